"""Who is the alleged perpetrator: an aid worker, a member of the community, or unknown.

Reports name several people: the survivor ('anak saya', 'relawan perempuan'), the reporter ('saya relawan
PMI'), witnesses ('bidan relawan mengatakan ...') and the perpetrator. Each role mention is scored by the
small words around it (agent 'oleh/by/ku/karo', passive verbs, 'dia adalah ...', self-identification,
'ke/kepada', 'ngaku'), and the best-scoring role decides.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pseah.triage.classification import cues as k
from pseah.triage.classification.lexicon.people import (
    AGENT_MARKERS,
    CARE_PASSIVES,
    CLAIM_MARKERS,
    FEMALE_MARKERS,
    IDENTIFYING,
    NO_AGENCY,
    OBJECT_MARKERS,
    REPORTING_VERBS,
    SELF_MARKERS,
    WEARS_THE_VEST,
    WITH_OR_BY,
)
from pseah.triage.classification.lexicon.structure import RELATIVE_PRONOUNS
from pseah.triage.classification.matcher import Hit
from pseah.triage.classification.model import PerpetratorType
from pseah.triage.classification.text import Text

_SELF = re.compile(rf"(?:^|\s)(?:{SELF_MARKERS})$")
# Round 28 (B50-25: 'dia blg suami sy bkl tau smua'): never across a verb of saying, whose object is his words, not who
# he is (KBBI bilang, mengatakan, mengancam; Baoesastra ngomong, jare; Danadibrata nyarios, ceuk; English plain usage)
_SAYING = (r"(?:bilang|ngomong|omong|mengatakan|berkata|ngancam|ngancem|mengancam|jare|jarene|nyarios|ceuk|"
           r"ngendika|ngendikan|said|says|told|tells|threatened|threatens)")
_IDENTIFIED = re.compile(rf"(?:^|\s)(?:{IDENTIFYING})(?: (?!{_SAYING}(?: |$))\S+){{0,2}}$")
_CLAIM = re.compile(rf"(?:^|\s)(?:{CLAIM_MARKERS})(?: \S+){{0,2}}$")
_NEAR = 14
_ROLE_KINDS = (k.AID_ROLE, k.CONDITIONAL_AID_ROLE, k.COMMUNITY_ROLE, k.WEAK_COMMUNITY_ROLE)
PARTNER = "partner, friend or acquaintance"
# 'She's a widow staying at the Petobo camp': what follows 'she is (a ...)' describes a woman, in these reports the
# survivor or the reporter's relative, not the man who did it
_DESCRIBES_HER = re.compile(r"(?:^|\s)she (?:is|was)(?: (?:a|an|the|also|still))?(?: \S+)?$")
_UNKNOWN_VALUES = {"", "-", "unknown", "tidak tahu", "tidak diketahui", "tdk tahu", "gak tahu", "none", "n/a",
                   "tidak ada", "belum tahu", "anonim", "other", "lainnya"}


@dataclass(frozen=True)
class Candidate:
    type: PerpetratorType
    hit: Hit
    score: int
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    type: PerpetratorType
    reason: str
    weak: bool = False      # a guess from a faint sign: lowers the confidence
    strong: bool = False    # named as the agent, identified, stated in a form field or said to be a stranger
    named: bool = False     # a role word that says who he is by itself ('penerjemah', 'neighbour'), not 'a man'


# Round 52: a phone number or an account as the one who claims (KBBI nomor, akun; informal nomer, no; Danadibrata
# nomer; Baoesastra nomer; English plain usage), up to three words between it and the claim ('nomor yang mengaku',
# 'nomer gk dikenal ngaku', 'a number claiming to be'); never a number with a person's name after it ('nomor Pak Budi')
_NUMBER_WORDS = frozenset({"nomor", "nomer", "no", "number", "akun", "account", "nomornya", "nomerna", "nomere",
                           "nomeripun"})
_CLAIM_WORD = re.compile(rf"^(?:{CLAIM_MARKERS})$")


def _claimed_by_a_number(text: Text, hit: Hit) -> str | None:
    start = max(text.clause_start(hit.first), hit.first - 8)
    words = text.words
    for c in range(hit.first, start - 1, -1):             # (the claim may open the hit: "ngaku relawan dr ...")
        if _CLAIM_WORD.match(words[c].norm) or words[c].norm == "claiming":
            for n in range(c - 1, max(start, c - 4) - 1, -1):
                if words[n].norm in _NUMBER_WORDS:
                    return text.original[words[n].start:words[hit.last].end]
            return None
    return None


def _prefix(text: Text, hit: Hit, words: int) -> str:
    start = max(text.clause_start(hit.first), hit.first - words)
    return " ".join(w.norm for w in text.words[start:hit.first])


# 'the trainer', 'pelatih itu', 'juru masak kuwi': a role said with a definite word refers back to one already
# placed, so the sentence before it may hold its context ('I attended a trauma-healing training ... Since then the
# trainer has been ...')
_BACK_BEFORE = frozenset({"the", "this", "that", "si"})
_BACK_AFTER = frozenset({"itu", "tersebut", "tsb", "kuwi", "iku", "eta", "teh", "niku", "menika", "punika"})


# Round 25 (B35-03: 'Saya mau lapor soal Pak Sekdes ... . Waktu pendataan penerima dana stimulan ..., beliau bilang
# ...'): the next sentence opens with the aid work and names him by a third-person word within its first words (KBBI
# beliau, dia; Baoesastra dheweke, piyambakipun; Danadibrata anjeunna; English he): the official's own aid work
_HE = frozenset({"beliau", "dia", "ia", "dheweke", "deweke", "anjeunna", "manehna", "piyambakipun", "he"})
_HE_WITHIN = 12
_HE_AFTER_AID = 6
_SOMEONE_ELSE = frozenset({"ibu", "ibu-ibu", "bapak-bapak", "warga", "orang", "relawan", "petugas", "tetangga",
                           "women", "people", "someone", "wong", "jalma", "urang", "saya", "aku", "abdi", "kula", "i"})


def _aid_in_the_next_sentence(text: Text, role: Hit, context: list[Hit]) -> Hit | None:
    nxt = text.sentence_of(role.first) + 1
    start = next((i for i in range(role.last + 1, len(text.words)) if text.sentence_of(i) == nxt), None)
    if start is None:
        return None
    he = next((i for i in range(start, min(len(text.words), start + _HE_WITHIN))
               if text.sentence_of(i) == nxt and text.words[i].norm in _HE), None)
    if he is None:
        return None
    # (the word for him right after the aid work, no one else named between: not 'Waktu pembagian bantuan, ibu-ibu
    # lain bilang dia ...')
    return next((c for c in context if not c.negated and text.sentence_of(c.first) == nxt and
                 0 < he - c.last <= _HE_AFTER_AID and not text.any_within(_SOMEONE_ELSE, c.last + 1, he)), None)


def _has_aid_context(text: Text, role: Hit, context: list[Hit]) -> Hit | None:
    sentence = text.sentence_of(role.first)
    back = ((role.first > 0 and text.words[role.first - 1].norm in _BACK_BEFORE) or
            (role.last + 1 < len(text.words) and text.words[role.last + 1].norm in _BACK_AFTER))
    for c in context:
        overlaps = c.first <= role.last and role.first <= c.last
        if not c.negated and not overlaps and (text.sentence_of(c.first) == sentence or
                                               (back and text.sentence_of(c.first) == sentence - 1)):
            return c
    return _aid_in_the_next_sentence(text, role, context)


# Round 16 (B33-27): 'di pengungsian Dukun', 'desa Dukun': a capitalised role word right after a word for a place is
# the place's name, not a person (KBBI pengungsian, desa, dusun, kampung; Danadibrata lembur; Baoesastra dhusun)
_PLACE_NOUNS = frozenset({"pengungsian", "pangungsian", "desa", "dusun", "dhusun", "kampung", "lembur", "kecamatan",
                          "kelurahan", "kabupaten", "village", "district", "camp", "kamp"})


def _place_name(text: Text, hit: Hit) -> bool:
    return (hit.first > 0 and text.words[hit.first - 1].norm in _PLACE_NOUNS
            and text.original[text.words[hit.first].start:text.words[hit.first].start + 1].isupper())


_VILLAGE_OFFICIAL = "village official"


def _role_candidates(text: Text, hits: list[Hit]) -> list[tuple[PerpetratorType, Hit, str]]:
    context = [h for h in hits if h.kind == k.AID_CONTEXT]
    roles: list[tuple[PerpetratorType, Hit, str]] = []
    # 'polisi yg tiap hari bagi2 nasi ... krn dia polisi': the same role word said again, without its context, is
    # the same man; the context of one mention holds for all of them
    # Round 38 (B58-05 'Kepala desa yang membagikan bantuan ... diperkosa oleh aparat desa sendiri'): so does a
    # village official's for every village official of the report, one administration handing out the aid
    # (PRODUCT.md: officials or village heads handing out aid are aid workers)
    in_aid = {}
    for h in hits:
        if h.kind == k.CONDITIONAL_AID_ROLE and not h.negated:
            if (c := _has_aid_context(text, h, context)) is not None:
                in_aid.setdefault(h.quote.casefold(), c)
                if h.label == _VILLAGE_OFFICIAL:
                    in_aid.setdefault(_VILLAGE_OFFICIAL, c)
    for h in hits:
        if h.negated:
            continue
        if h.kind == k.AID_ROLE:
            roles.append((PerpetratorType.AID_WORKER, h, h.label))
        elif h.kind == k.CONDITIONAL_AID_ROLE:
            if (c := _has_aid_context(text, h, context) or in_aid.get(h.quote.casefold()) or
                    (in_aid.get(_VILLAGE_OFFICIAL) if h.label == _VILLAGE_OFFICIAL else None)) is not None:
                roles.append((PerpetratorType.AID_WORKER, h, f'{h.label} with aid context "{c.quote}"'))
            else:
                roles.append((PerpetratorType.COMMUNITY_MEMBER, h, f"{h.label}, no aid context"))
        elif h.kind in (k.COMMUNITY_ROLE, k.WEAK_COMMUNITY_ROLE):
            if _place_name(text, h):
                continue
            roles.append((PerpetratorType.COMMUNITY_MEMBER, h, h.label))
    aid = [h for t, h, _ in roles if t is PerpetratorType.AID_WORKER]

    def qualified_by_aid(h: Hit) -> bool:
        # 'ustadz relawan', 'relawan laki-laki', 'petugas ... warga'? only adjacent words qualify one person;
        # 'wong lanang sing ngakune relawan': a relative clause right after 'a man' says who he is
        return any(a is not h and (0 <= h.first - a.last <= 2 or 0 <= a.first - h.last <= 1 or
                                   (h.kind == k.WEAK_COMMUNITY_ROLE and 0 < a.first - h.last <= 4 and
                                    any(w.norm in RELATIVE_PRONOUNS for w in text.words[h.last + 1:a.first])) or
                                   # 'guru honorer yang ditempatkan oleh sebuah lembaga': the clause right after
                                   # the role, opened by its relative pronoun, says who he works for
                                   (0 < a.first - h.last <= 3 and text.words[a.first].norm in RELATIVE_PRONOUNS))
                   for a in aid)

    return [(t, h, why) for t, h, why in roles
            if t is PerpetratorType.AID_WORKER or not qualified_by_aid(h)]


# Round 11 (B28-32): 'dheweke sedulure pak lurah' (he is the village head's relative) says whose kin he is, not the
# role he acted in (the volunteer guarding the store): titles and roles of another person right after the kin word
# (KBBI pak, bu, kepala; Baoesastra pak, bu, lurah; Danadibrata pa, juragan; English of, the)
_ANOTHERS_TITLE = frozenset({"pak", "bu", "bapak", "ibu", "kepala", "pa", "mas", "mbak", "kang", "juragan", "lurah",
                             "kades", "camat", "bupati", "the", "of", "ketua", "pejabat", "rt", "rw"})


_KIN_OF = frozenset({"sedulure", "sedulur", "saudara", "saudaranya", "keponakan", "keponakannya", "ponakane",
                     "keponakane", "iparnya", "ipare", "kerabat", "kerabatnya", "baraya", "barayana", "dulur",
                     "dulurna", "sedherekipun", "relative", "nephew", "cousin"})


def _kin_of_someone(text: Text, hit: Hit) -> bool:
    """The kin word, or the other person named right after it ('sedulure pak lurah'): neither is who acted."""
    if hit.label == "family member":
        return hit.last + 1 < len(text.words) and text.words[hit.last + 1].norm in _ANOTHERS_TITLE
    before = [w.norm for w in text.words[max(0, hit.first - 2):hit.first]]
    # 'sedulure pak lurah', 'saudara pak kades': the kin word right before, or before a title
    return bool(before) and (before[-1] in _KIN_OF or (len(before) == 2 and before[-1] in _ANOTHERS_TITLE and
                                                        before[0] in _KIN_OF))


# Round 16 (B33-01): 'takut lapor ke ketua posko karena dia temannya', 'dia kawannya': a friend word with its
# possessive, after another person's role in the same sentence, says whose friend he is (a relation, as kin is), not
# the role he acted in (KBBI teman, kawan, -nya; Danadibrata batur, -na; Baoesastra kanca, -ne)
_FRIEND_OF = re.compile(r"^(?:teman|temen|tmn|kawan|sahabat|kanca|konco|batur|rencang)(?:nya|na|ne|e|ipun)$")


def _friend_of_another(text: Text, hit: Hit, roles: tuple[Hit, ...]) -> bool:
    if hit.first != hit.last or not _FRIEND_OF.match(text.words[hit.first].norm):
        return False
    sentence = text.sentence_of(hit.first)
    return any(r.last < hit.first and text.sentence_of(r.first) == sentence and r.kind != hit.kind for r in roles)


# Round 16 (B34-01): 'Saya yang bertanda tangan di bawah ini, seorang ibu rumah tangga warga Desa ...', 'Kula ingkang
# tapak asma ing ngandhap punika, warga Dusun ...', 'the undersigned, a resident of ...': the rest of that sentence
# describes the reporter (KBBI bertanda tangan; Baoesastra tapak asma, ngandhap; Danadibrata nandatanganan, handap)
_UNDERSIGNED = re.compile(r"(?:yang|yg|ingkang|sing|nu) (?:bertanda tangan|bertandatangan|tapak asma|tanda tangan|"
                          r"nandatanganan|tandatangan) (?:di|ing|wonten ing|ing ngandhap|di handap) ?(?:bawah|ngandhap|"
                          r"handap)?(?: ini| punika| ieu| iki)?|the undersigned")


_SIGNED_WORDS = ("tanda", "tapak asma", "undersigned", "nandatangan")


def _the_undersigned(text: Text, hit: Hit, acts_by_sentence: dict[int, list[Hit]]) -> bool:
    if not any(w in text.norm for w in _SIGNED_WORDS):
        return False                            # (most reports: no need to look for the sentence's start)
    sentence = text.sentence_of(hit.first)
    begin = next(i for i in range(hit.first + 1) if text.sentence_of(i) == sentence)
    before = " ".join(w.norm for w in text.words[begin:hit.first])
    m = _UNDERSIGNED.search(before)
    if m is None:
        return False
    # no act told between the phrase and the role: still the reporter's description
    return not any(begin <= a.first < hit.first for a in acts_by_sentence.get(sentence, []))


# Notes that tie a role to the act itself; without one, the role is only mentioned nearby.
_STRONG_NOTES = frozenset({"named as the one who did it", "identified as the perpetrator", "named after the act"})
# said outright to be a stranger ('lalaki teu dikenal', 'a man I did not recognise'), not only 'someone'
_STRANGER = re.compile(r"kenal|tepang|wanoh|stranger|unknown|know|recogni|asing|apal|terang|ngerti|tahu|tau|face|rai|wajah|"
                       r"muka|beungeut|helm|mask|topeng|cadar")
CLAIMED_AID = "says he is from an aid organisation"
_CLAIM_NOTES = frozenset({"says he is one", "only claimed to be one"})
# 'anak tetangga', 'istri pak RT', 'budak awewe tatangga': the role says whose relative the survivor is
_SURVIVOR_RELATION = frozenset({"anak", "anake", "putri", "putra", "putrane", "budak", "awewe", "istri", "istrinya",
                                "adik", "cucu", "keponakan", "bocah", "lare", "murangkalih", "daughter", "son",
                                "child", "wife", "granddaughter", "niece", "cah", "wedok", "wadon", "perempuan"})
_ENGLISH_PASSIVE = frozenset({"was", "were", "been", "being", "got", "gets", "get", "is", "are"})


def _passive(text: Text, act: Hit) -> bool:
    """Passive acts name their survivor first: 'diperkosa', 'dipun rudapeksa', and English 'was raped'."""
    if act.passive:
        return True
    head = text.words[act.first].norm
    return (act.first > 0 and text.words[act.first - 1].norm in _ENGLISH_PASSIVE
            and head.endswith(("ed", "en")))         # 'was raped', not 'is selling'



# a title or an article may stand before the role that opens its sentence (KBBI pak, si, seorang; English the, a)
_OPENERS = frozenset({"pak", "bapak", "si", "seorang", "the", "a", "an", "sang", "mas", "kang", "mang", "pa"})


def _opens_its_sentence(text: Text, hit: Hit) -> bool:
    i = hit.first - 1
    while i >= 0 and text.words[i].norm in _OPENERS and text.sentence_of(i) == text.sentence_of(hit.first):
        i -= 1
    return i < 0 or text.sentence_of(i) != text.sentence_of(hit.first)


# ('tmn sy ... pacaran sm relawan': the act done with someone named after it, who is the other party, B10-12)
_WITH = AGENT_MARKERS | {"dengan", "with", "deng", "bareng", "jeung", "kaliyan"}


def _with_someone(text: Text, act: Hit) -> bool:
    return any(w.norm in _WITH for w in text.words[act.first:act.last + 2])


# Round 29 (B49-25: 'Kami hanya meminta diperlakukan sama seperti pengungsi lain'): 'sama' before a word of likeness,
# or 'karo', 'sareng' after a word for 'the same', says whom she is likened to, not who did it ('sama seperti', 'sama
# kayak', 'padha karo', 'sami sareng'; KBBI sama, seperti; Baoesastra padha; Danadibrata sami, sarua)
_LIKE = frozenset({"seperti", "sperti", "spt", "kayak", "kaya", "kyk", "kek", "macam"})
_THE_SAME = frozenset({"padha", "podo", "sami", "sarua", "sami-sami"})


def _names_agent(text: Text, hit: Hit) -> bool:
    """An agent marker in the two words before the role; 'sama', 'karo', 'ku' only after a passive verb."""
    begin = max(text.clause_start(hit.first), hit.first - 2)
    for i in range(begin, hit.first):
        word = text.words[i].norm
        if word not in AGENT_MARKERS:
            continue
        if i > 0 and text.words[i - 1].norm in CARE_PASSIVES:
            continue                         # 'diparios ku bidan': examined by, not harmed by
        if ((word in ("sama", "ama") and i + 1 < len(text.words) and text.words[i + 1].norm in _LIKE) or
                (i > 0 and text.words[i - 1].norm in _THE_SAME)):
            continue                         # 'diperlakukan sama seperti warga lain': likened to, not done by
        if word not in WITH_OR_BY:
            return True
        before = text.words[max(text.clause_start(i), i - 3):i]
        if any(_PASSIVE_WORD.match(w.norm) or w.norm in _ENGLISH_PASSIVE for w in before):
            return True
    return False


_PASSIVE_WORD = re.compile(r"^(?:di|ter|dipun)[a-z]{3,}")


_CLAUSE_MARKS = frozenset({",", ";", ":"})
_YEARS = frozenset({"tahun", "taun", "thn", "th", "years", "year", "yo", "warsa"})


# Round 38 (B57-01 'saat suaminya jaga ronda, seorang relawan ... masuk ke tendanya'): a family word right after a
# word of time, his being away, on watch or at work told in the next words (before any word of coming back), is the
# setting of the act, not the one who did it (KBBI saat, ketika, ronda, jaga; Danadibrata basa, ronda, indit;
# Baoesastra nalika, ronda, lunga; English plain usage)
_WHILE = frozenset({"saat", "ketika", "pas", "waktu", "sewaktu", "selagi", "sementara", "basa", "nalika", "rikala",
                    "wektu", "while", "whilst", "when"})
_AWAY = frozenset({"jaga", "ronda", "ngeronda", "ngaronda", "meronda", "piket", "kerja", "bekerja", "digawe", "pergi",
                   "keluar", "lunga", "indit", "tindak", "kesah", "away", "out", "patrol", "watch", "shift", "working",
                   "work"})
_BACK = frozenset({"pulang", "balik", "mulih", "wangsul", "uih", "mulang", "back", "returned", "returning", "came",
                   "dari", "from", "saka", "ti"})


def _away_while(text: Text, hit: Hit, after: list[str]) -> bool:
    # (the two words before, across the clause start: 'while' opens a clause of its own)
    if hit.label != "family member" or not _WHILE.intersection(
            w.norm for w in text.words[max(0, hit.first - 2):hit.first]):
        return False
    for word in after[:4]:
        if word in _BACK:
            return False
        if word in _AWAY:
            return True
    return False


# Round 40 (B59-07 'abdi téh randa, salaki tilar dunya waktos lini'): a family word with a word of death in the three
# words after it is someone she has lost, the setting of her story, not the one who did it (Danadibrata tilar dunya,
# maot, pupus; KBBI meninggal, wafat, mati, tewas; Baoesastra seda, tilar donya, mati; English plain usage)
_DIED = frozenset({"tilar", "maot", "pupus", "meninggal", "wafat", "mati", "tewas", "seda", "sedo", "died", "passed",
                   "dead", "perished"})


def _late(hit: Hit, after: list[str]) -> bool:
    return hit.label == "family member" and not _DIED.isdisjoint(after[:3])


def _young_age_after(text: Text, hit: Hit) -> bool:
    """Round 23 (B43-36, 'abi lalaki 16 taun'): a man's word followed by an age under 18 describes a boy, the one the
    report is about (KBBI tahun; Danadibrata taun; Baoesastra taun), not a man who did it."""
    after = text.words[hit.last + 1:hit.last + 4]
    return any(w.norm.isdigit() and int(w.norm) < 18 and j + 1 < len(after) and after[j + 1].norm in _YEARS
               for j, w in enumerate(after))


def _score(text: Text, hit: Hit, acts_by_sentence: dict[int, list[Hit]], weak: bool,
           denied: bool = False, roles: tuple[Hit, ...] = (),
           every_role: tuple[Hit, ...] = ()) -> tuple[int, list[str]]:
    score, notes = (-1 if weak else 0), []
    before2 = [w.norm for w in text.words[max(text.clause_start(hit.first), hit.first - 2):hit.first]]
    before3 = [w.norm for w in text.words[max(text.clause_start(hit.first), hit.first - 3):hit.first]]
    after = [w.norm for w in text.words[hit.last + 1:hit.last + 6]]
    sentence = text.sentence_of(hit.first)
    agent = _names_agent(text, hit)
    if agent:
        score += 3
        notes.append("named as the one who did it")
    in_sentence = acts_by_sentence.get(sentence, [])
    # only acts a few words around the role matter (the longest cue spans about a dozen words)
    lo = bisect.bisect_left(in_sentence, hit.first - _NEAR, key=lambda a: a.first)
    hi = bisect.bisect_right(in_sentence, hit.last + _NEAR, key=lambda a: a.first)
    for act in in_sentence[lo:hi]:
        # (round 23, B43-01: not across a comma, 'nama sy bnr2 dicoret, tetangga yg lain udh dpt semua': the role
        # after it opens another clause)
        if _passive(text, act) and 0 < hit.first - act.last <= 3 and not any(
                text.words[i].norm in _CLAUSE_MARKS for i in range(act.last + 1, hit.first)):
            score += 3                          # 'diperkosa tetangga': named after the act
            notes.append("named after the act")
            break
        if act.first < hit.first and act.last >= hit.last:
            if _passive(text, act) and hit.first - act.first <= 2:
                score += 3                      # 'dijak relawan menyang tendane'
                notes.append("named after the act")
            else:
                score -= 2                      # the object of the act: the survivor
            break
        if 0 < act.first - hit.last <= 3 and _passive(text, act):
            score -= 3                          # 'anak saya diperkosa': the survivor
            break
        if (0 < act.first - hit.last <= 6 or (0 < act.first - hit.last and _opens_its_sentence(text, hit) and
                                               not _with_someone(text, act) and
                                               # ('Temen sekamar saya ..., cowok dari divisi logistik, ngintip ...':
                                               # another role named between says who did it)
                                               not any(hit.last < r.first < act.first for r in roles))) and \
                not _passive(text, act):
            # 'relawan itu memperkosa'; round 14 (B32-38): 'Satpam posko tiap malam datang ke beta pung tenda, coba
            # buka resleting, bilang ...': the role that opens its sentence is the subject of the acts told after it
            score += 1
            notes.append("subject of the act")
            break
    friend_of_another = _friend_of_another(text, hit, roles)
    # Round 19 (B37-30: 'A trainer contracted to run hygiene promotion sessions ... The girl says he is her
    # boyfriend'): a partner word said of him names his relation to her, not who he is in the response; beside an aid
    # role in the report it identifies no community member (an aid worker's relationship with someone he serves abuses
    # his position, the seed's principle)
    partner_of_an_aid_worker = hit.label == PARTNER and any(r.kind == k.AID_ROLE for r in roles)
    if (_IDENTIFIED.search(_prefix(text, hit, 6)) and not _kin_of_someone(text, hit) and not friend_of_another
            and not partner_of_an_aid_worker):
        score += 3
        notes.append("identified as the perpetrator")
    if friend_of_another:
        score -= 3                              # 'karena dia temannya': whose friend, not who did it
    if (_SELF.search(_prefix(text, hit, 4)) or _the_undersigned(text, hit, acts_by_sentence) or
            _after_the_reporters_role(text, hit, every_role)):
        score -= 4                              # 'saya relawan PMI', 'saya guru relawan': the reporter
    elif _DESCRIBES_HER.search(_prefix(text, hit, 4)):
        score -= 3
    if hit.kind == k.WEAK_COMMUNITY_ROLE and _young_age_after(text, hit):
        score -= 3                              # 'abi lalaki 16 taun': a boy told by his age, the survivor
    if hit.label == CLAIMED_AID:
        score -= 1                              # 'ada orang ngaku dari dinsos': maybe, maybe an impostor
        notes.append("says he is one")
    if text.words[max(0, hit.first - 1)].norm in _SURVIVOR_RELATION and hit.first > 0:
        score -= 3                              # 'anak tetangga saya', 'budak awewe tatangga abdi': whose child
    elif hit.quote.casefold().endswith(("'s", "’s")) and after[:1] and after[0] in _SURVIVOR_RELATION:
        score -= 3                              # "my neighbour's daughter": the English possessive, whose child
    if _CLAIM.search(_prefix(text, hit, 6)):
        # 'a man who said he was a volunteer' is taken at his word, unless the report denies it ('dudu relawan')
        score -= 3 if denied else 1
        notes.append("only claimed to be one" if denied else "says he is one")
    if any(w in OBJECT_MARKERS for w in before3) and not agent and not _lender(text, hit):
        score -= 2                              # 'ke relawan perempuan', 'about the volunteers'
    if (after[:1] and after[0] in FEMALE_MARKERS) or any(w in ("female", "women", "perempuan") for w in before2):
        score -= 2                              # 'relawan perempuan': usually the survivor
    if any(w in REPORTING_VERBS for w in after[:5]):
        score -= 2                              # the witness or reporter
    if _away_while(text, hit, after):
        score -= 3                              # 'saat suaminya jaga ronda': away when it happened, the setting
    if _late(hit, after):
        score -= 3                              # 'salaki tilar dunya': someone she has lost, the setting
    if not notes and _reporters_own(text, hit, after):
        score -= 2                              # 'Bojoku ... dheweke diperkosa', 'tmn sekelas sy': the reporter's own
    return score, notes


# Round 29 (B50-28: 'Laporan dari guru pendamping sekolah darurat ...'): a role word right after another role word
# that follows the reporter's word for herself ('saya guru relawan', 'abdi guru pendamping', 'kula guru pendamping',
# 'laporan dari bidan relawan'; KBBI guru, pendamping, relawan, bidan; Danadibrata guru; Baoesastra guru) is the
# second word of the same role, the reporter's own, not one who did it
def _after_the_reporters_role(text: Text, hit: Hit, roles: tuple[Hit, ...]) -> bool:
    return any(r.first < hit.first and hit.first - 1 <= r.last <= hit.last and _SELF.search(_prefix(text, r, 4))
               for r in roles)


# Round 28 (B50-25: 'sy dlu pinjem 2jt ke pendamping bansos wkt suami sakit'): the one she borrowed from or owes
# ('pinjam ke', 'ngutang ke', 'nginjeum ka', 'nyilih marang'; KBBI pinjam, utang; Danadibrata nginjeum, injeum;
# Baoesastra nyilih, utang; English borrowed, owe) is the lender, who holds the debt over her, not one spoken to
_BORROWED = frozenset({"pinjam", "pinjem", "minjem", "minjam", "meminjam", "ngutang", "utang", "berutang", "nginjeum",
                       "nginjem", "injeum", "nyilih", "ngampil", "borrowed", "borrow", "owe", "owed"})


def _lender(text: Text, hit: Hit) -> bool:
    start = max(text.clause_start(hit.first), hit.first - 5)
    return text.any_within(_BORROWED, start, hit.first)


# 'bojoku', 'tmn sekelas sy', 'salaki abdi', 'my husband': a person the reporter calls her own, when nothing ties him
# to the act, is on the survivor's side of the report (Baoesastra -ku; Danadibrata abdi, kuring)
_MINE = frozenset({"saya", "sy", "aku", "abdi", "kula", "kuring", "gue", "kami"})


def _reporters_own(text: Text, hit: Hit, after: list[str]) -> bool:
    if hit.kind not in (k.COMMUNITY_ROLE, k.WEAK_COMMUNITY_ROLE):
        return False
    last = text.words[hit.last].norm
    # (not English 'my': 'my neighbour's husband' names him through her)
    return last.endswith("ku") or bool(_MINE.intersection(after[:2]))


_FROM = frozenset({"dari", "ti", "saka", "seko", "from"})
# Round 27 (B47-30: 'Tenda jeung terpal bantuan nu kuduna keur warga nu imahna rubuh, ku Pa RW diteundeun di imahna';
# B48-06: 'Kami, perwakilan warga RT 03 ..., menyampaikan keberatan atas tindakan Kepala Desa'): the residents the aid
# is for, or whom the reporter speaks for, are no one who did it ('keur warga', 'kanggo warga', 'untuk warga',
# 'perwakilan warga', 'atas nama warga', 'meant for villagers'; KBBI untuk, bagi, perwakilan, atas nama; Danadibrata
# keur, pikeun; Baoesastra kanggo; English plain usage)
_FOR_OR_ON_BEHALF = frozenset({"untuk", "utk", "buat", "bwt", "bagi", "keur", "kanggo", "kangge", "nggo", "pikeun",
                               "for", "perwakilan", "wakil", "mewakili", "nama", "behalf"})
_RESIDENTS = "local resident"


def _served_or_represented(text: Text, h: Hit) -> bool:
    before = [w.norm for w in text.words[max(0, h.first - 2):h.first] if w.norm not in ("para", "the", "of", "all")]
    return h.label == _RESIDENTS and bool(before) and before[-1] in _FOR_OR_ON_BEHALF


_BUT = frozenset({"tapi", "tetapi", "tp", "namun", "melainkan", "but", "nanging", "ananging", "mung", "ngan", "namung",
                  "instead"})


def _denied_of_him(text: Text, denial: Hit) -> bool:
    """'..., bukan relawan.': a denial told as a statement, no 'but' with another role right after it."""
    sentence = text.sentence_of(denial.first)
    ends = [w.norm for i, w in enumerate(text.words) if text.sentence_of(i) == sentence][-1:]
    if ends == ["?"]:
        return False
    after = [w.norm for w in text.words[denial.last + 1:denial.last + 4]]
    return not any(w in _BUT for w in after)


_IS_NOT = frozenset({"bukan", "bkn", "sanes", "dudu", "not"})
_A = frozenset({"a", "an", "seorang", "sorang", "hiji", "salah", "one", "of", "the"})
_CLAIMS = frozenset({"ngaku", "mengaku", "ngaku-ngaku", "ngakunya", "claims", "claimed", "claiming", "pretends",
                     "pretended", "posing", "pura-pura", "nyamar", "menyamar", "ngaken"})


def _is_not(text: Text, hit: Hit) -> bool:
    """'bukan relawan', 'not an aid worker': the word of 'not' right before the role (an article between at most),
    no claim in its sentence."""
    i = hit.first - 1
    while i >= 0 and text.words[i].norm in _A:
        i -= 1
    if i < 0 or text.words[i].norm not in _IS_NOT:
        return False
    sentence = text.sentence_of(hit.first)
    return not any(w.norm in _CLAIMS for j, w in enumerate(text.words) if text.sentence_of(j) == sentence)


def _after_but(text: Text, hit: Hit) -> bool:
    """'bukan relawan tapi petugas BPBD': the role after 'but', within three words, is the one he has."""
    return any(w.norm in _BUT for w in text.words[max(0, hit.first - 3):hit.first])


def identify(text: Text, hits: list[Hit]) -> Finding:
    """The most likely perpetrator type in one text, with a plain reason."""
    acts_by_sentence: dict[int, list[Hit]] = {}
    for h in sorted((h for h in hits if h.kind in k.ACT_KINDS and not h.negated), key=lambda h: h.first):
        acts_by_sentence.setdefault(text.sentence_of(h.first), []).append(h)
    roles = _role_candidates(text, hits)
    # 'a man who also lives in our camp': the relative clause says who 'a man' is
    # (round 22, B42-07: so does the team he is from, 'a man from the volunteer medical team', 'cowok dari tim
    # dokumentasi relawan', 'lalaki ti tim ...': KBBI dari, Danadibrata ti, Baoesastra saka)
    roles = [(t, h, why) for t, h, why in roles
             if not (h.kind == k.WEAK_COMMUNITY_ROLE and any(
                 (r.kind == k.COMMUNITY_ROLE and 0 < r.first - h.last <= 4 and
                  any(w.norm in RELATIVE_PRONOUNS for w in text.words[h.last + 1:r.first + 1])) or
                 (r.kind == k.AID_ROLE and 0 < r.first - h.last <= 4 and
                  any(w.norm in _FROM for w in text.words[h.last + 1:r.first + 1])) for _, r, _ in roles))]
    roles = [(t, h, why) for t, h, why in roles if not _served_or_represented(text, h)]
    # Round 44 (B63-19 'Mandor eta sanes ti organisasi bantuan, anjeunna pagawe perkebunan'): a staff word after the
    # report says he works for no aid agency, in the same sentence, names the employer he has instead, no aid staff
    no_agency = [h for h in hits if h.label == NO_AGENCY and not h.negated]
    if no_agency:
        roles = [(t, h, why) for t, h, why in roles
                 if not (t is PerpetratorType.AID_WORKER and h.label == "staff" and any(
                     a.last < h.first and text.sentence_of(a.first) == text.sentence_of(h.first) for a in no_agency))]
    denied = any(h.negated and h.kind == k.AID_ROLE for h in hits)
    # Round 51 (B74-10 'He is a local farmer, not an aid worker'; B73-04 '(M/40s, farmer, no aid role)'): the report
    # saying he is no aid worker, an aid role denied ('bukan relawan', 'sanes relawan', 'dudu relawan', krama 'sanes
    # petugas', 'not an aid worker') or no aid role at all, leaves no aid-worker candidate, whoever else is named as
    # the one who did it (the caseworker who translated the report 'by' him); never an aid role after 'but' ('bukan
    # relawan tapi petugas BPBD'), nor a denial asked as a question
    # (only the role denied as what he is, the word of 'not' right before it, 'bukan relawan', 'not an aid worker';
    # never a role not met, 'has not seen a doctor', nor an impostor's claim in its sentence, 'ngaku relawan padahal
    # bukan relawan', left as it was)
    if any(_denied_of_him(text, h) for h in hits if (h.negated and h.kind == k.AID_ROLE and _is_not(text, h)) or
           (h.label == NO_AGENCY and not h.negated)):
        roles = [(t, h, why) for t, h, why in roles if t is not PerpetratorType.AID_WORKER or _after_but(text, h)]
    unknown = [h for h in hits if h.kind == k.UNKNOWN_PERPETRATOR and not h.negated
               and not any(r.first <= h.first <= r.last for _, r, _ in roles)]
    # 'ana wong lanang warga kene', 'ada cowok dari kampung sebelah': 'there is someone' followed by who he is
    unknown = [u for u in unknown if not any(h.kind != k.WEAK_COMMUNITY_ROLE and u.first <= h.first <= u.last + 3
                                             for _, h, _ in roles)]
    # 'lalaki nu teu dikenal': a man nobody knows is an unknown perpetrator; so is "seorang 'om' yang tidak
    # dikenal", a relative's word used of a stranger, when the relative clause says so
    roles = [(t, h, why) for t, h, why in roles
             if not (h.kind == k.WEAK_COMMUNITY_ROLE and any(0 <= u.first - h.last <= 3 for u in unknown))
             and not (h.kind == k.COMMUNITY_ROLE and any(
                 0 < u.first - h.last <= 3 and any(w.norm in RELATIVE_PRONOUNS for w in text.words[h.last + 1:u.first + 1])
                 for u in unknown))]
    candidates: list[Candidate] = []
    # (every role word, also one a neighbouring role qualifies: 'guru' in 'saya guru pendamping')
    every_role = tuple(h for h in hits if h.kind in _ROLE_KINDS and not h.negated)
    first_seen = False
    for kind, hit, why in sorted(roles, key=lambda r: r[1].first):
        score, notes = _score(text, hit, acts_by_sentence, weak=hit.kind == k.WEAK_COMMUNITY_ROLE, denied=denied,
                              roles=tuple(h for _, h, _ in roles), every_role=every_role)
        if not first_seen and score > -4:
            score, first_seen = score + 1, True
        candidates.append(Candidate(kind, hit, score, tuple([why, *notes])))
    best = max(candidates, key=lambda c: (c.score, -c.hit.first), default=None)
    # round 8: 'wong lanang nganggo rompi relawan, ora tak kenal jenenge': his name is unknown, not who he works for;
    # the vest of the response says it, whoever else the sentence names first
    vest = next((c for c in candidates if c.hit.label == WEARS_THE_VEST), None)
    if vest is not None and (best is None or best.type is not PerpetratorType.AID_WORKER or best.score < 0):
        return Finding(PerpetratorType.AID_WORKER, f'aid worker: "{vest.hit.quote}" ({WEARS_THE_VEST})', strong=True,
                       named=True)
    if best is not None and unknown and (best.hit.kind == k.WEAK_COMMUNITY_ROLE or best.score <= 0 or (
            unknown[0].first < best.hit.first and _STRANGER.search(unknown[0].quote.casefold()) and
            not any(n in _STRONG_NOTES for n in best.notes))):
        # 'a man nobody knows ... my husband is away': the stranger comes first and nothing ties the later role
        best = None                             # 'a man ... nobody knows who': unknown, not 'community'
    if best is not None and unknown and any(n in _CLAIM_NOTES for n in best.notes) and not any(
            n in _STRONG_NOTES for n in best.notes):
        # 'an account that uses the name of a relief volunteer group ... I don't know who runs it': a claimed
        # role beside an admitted stranger is the stranger's cover, not who he is
        best = None
    if best is not None and any(n in _CLAIM_NOTES for n in best.notes) and (
            number := _claimed_by_a_number(text, best.hit)) is not None:
        # Round 52 (B75-05 'dipun WA kaliyan nomer ingkang ngaken petugas Dinas Sosial', B75-40 'WA dr nomer gk
        # dikenal ngaku relawan'): a role claimed by a phone number or an account is its cover; who is behind it is
        # not known
        return Finding(PerpetratorType.UNKNOWN, f'perpetrator unknown: "{number}" (a number or account that claims '
                                                f'an aid role)', strong=True)
    if best is not None and best.score >= 0:
        # a role word that says who he is, doing the act, with no rival of the other type: as good as named
        subject = ("subject of the act" in best.notes and best.hit.kind in (k.AID_ROLE, k.COMMUNITY_ROLE)
                   and best.hit.label != CLAIMED_AID and not any(
                       c.type is not best.type and c.score >= 0 for c in candidates))
        # round 16 (B33-31): the report saying he works for no aid agency settles the community side
        no_agency = best.type is PerpetratorType.COMMUNITY_MEMBER and any(
            h.label == NO_AGENCY and not h.negated for h in hits)
        return Finding(best.type, f'{best.type.value.replace("_", " ")}: "{best.hit.quote}" ({"; ".join(best.notes)})',
                       strong=any(n in _STRONG_NOTES for n in best.notes) or subject or no_agency,
                       # a driver or cook is named too once the sentence shows the aid he works for
                       named=(best.hit.kind in (k.AID_ROLE, k.COMMUNITY_ROLE) and best.hit.label != CLAIMED_AID) or
                             (best.hit.kind == k.CONDITIONAL_AID_ROLE and best.type is PerpetratorType.AID_WORKER))
    if unknown:
        return Finding(PerpetratorType.UNKNOWN, f'perpetrator unknown: "{unknown[0].quote}"', strong=True)
    if best is not None and best.score > -2:
        return Finding(best.type, f'{best.type.value.replace("_", " ")} (unsure): "{best.hit.quote}" ({best.notes[0]})',
                       weak=True)
    return Finding(PerpetratorType.UNKNOWN, "perpetrator: no role named")


def from_fields(*, perpetrator_org: str | None) -> Finding | None:
    """A filled-in organisation field means the reporter names an employer: an aid worker."""
    if perpetrator_org is None or perpetrator_org.strip().casefold() in _UNKNOWN_VALUES:
        return None
    return Finding(PerpetratorType.AID_WORKER, f'aid worker: organisation field "{perpetrator_org.strip()}"',
                   strong=True)

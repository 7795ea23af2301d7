"""Is the survivor a child? Recall first: an unsure sign counts, and the reason says it is unsure."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pseah.triage.classification import cues as k
from pseah.triage.classification.ages import Age
from pseah.triage.classification.lexicon.children import (
    ADULT_AGE,
    FAMILY_SIZE,
    NOT_A_PUPIL_BEFORE,
    UNHARMED_CHILD,
    WAITING_CHILD,
)
from pseah.triage.classification.matcher import Hit
from pseah.triage.classification.text import Text

_CHILD_GROUPS = re.compile(r"child|anak|minor|under ?18|<\s*18|adolescen|remaja|kid|youth|0\s*-\s*17|bocah|budak")
_ADULT_GROUPS = re.compile(r"adult|dewasa|18\s*\+|elder|lansia|older|>\s*18")
_RANGE = re.compile(r"(\d{1,2})\s*[-–]\s*(\d{1,2})")
_FIRST_PERSON = frozenset({"saya", "aku", "abdi", "kula", "i", "me", "gue", "ingsun", "kami",
                           # round 11: Jakarta Malay 'aye' (I)
                           "aye"})


@dataclass(frozen=True)
class ChildFinding:
    possible: bool          # a child may be the survivor
    unsure: bool            # only ambiguous signs
    reasons: tuple[str, ...]


def _age_group(value: str | None) -> bool | None:
    """True for a child group, False for an adult group, None when it says nothing."""
    if not value:
        return None
    text = value.strip().casefold()
    if (m := _RANGE.search(text)) is not None:
        low, high = int(m[1]), int(m[2])
        return True if high < ADULT_AGE else (False if low >= ADULT_AGE else None)
    if _CHILD_GROUPS.search(text):
        return True
    if _ADULT_GROUPS.search(text):
        return False
    return None


def _pupil(text: Text, hit: Hit) -> bool:
    before = hit.first - 1
    # (round 34: 'sheltering at the SD', the school named with its article)
    if before > 0 and text.words[before].norm == "the":
        before -= 1
    return not (before >= 0 and text.words[before].norm in NOT_A_PUPIL_BEFORE)


# Harm that is not sexual: threats, beatings, abuse (used only when no sexual act is named).
_HARM_KINDS = (k.DANGER, k.PHYSICAL_VIOLENCE, k.MISTREATMENT)


# Round 35 (B53-26 'Basa abdi ngantri sembako sareng dua budak abdi, tentara ... ngomongkeun awak abdi'): her own
# children named as those she is with (KBBI bersama, dengan; Danadibrata sareng, jeung; Baoesastra karo, bareng, krama
# kaliyan; English plain usage), a count or 'my' between; 'karo', 'sama', 'dengan' never after a passive verb, where
# they name the agent ('dicekel karo anakku')
_WITH = frozenset({"bersama", "sareng", "jeung", "bareng", "bareng-bareng", "kaliyan", "with", "karo", "sama",
                   "dengan"})
_WITH_AGENT = frozenset({"karo", "sama", "dengan", "kaliyan", "sareng"})
_COUNT_OR_MINE = frozenset({"dua", "tiga", "empat", "loro", "telu", "papat", "tilu", "opat", "two", "three", "four",
                            "my", "our", "kedua", "ketiga", "the"})
_SELF_CLITIC = ("ku",)


def _with_her(text: Text, hit: Hit) -> bool:
    i = hit.first - 1
    while i >= 0 and hit.first - i <= 2 and (text.words[i].norm in _COUNT_OR_MINE or text.words[i].norm.isdigit()):
        i -= 1
    if i < 0 or text.words[i].norm not in _WITH:
        return False
    return not (text.words[i].norm in _WITH_AGENT and i > 0 and _PASSIVE_VERB.match(text.words[i - 1].norm))


def _told_of_her(text: Text, act: Hit) -> bool:
    """'ngomongkeun awak abdi', 'meraba pantat saya', 'ngelus-elus bokongku', 'grabbed my breast'."""
    words = [w.norm for w in text.words[act.first:min(len(text.words), act.last + 3)]]
    return any(w in _SELF_NEAR for w in words) or any(
        w.endswith(_SELF_CLITIC) and len(w) > 4 for w in words[:act.last - act.first + 1])


def _her_body_before(text: Text, act: Hit, soft: list[Hit]) -> bool:
    """Round 37 (B57-33 'Tanganku dicekel kenceng, awakku ditindihi'): her body word with her '-ku' right before a
    passive act tells it of her, as it does after an active one; never a child word ('anakku ditindihi')."""
    i = act.first - 1
    if i < 0 or not _PASSIVE_VERB.match(text.words[act.first].norm) or text.sentence_of(i) != text.sentence_of(
            act.first):
        return False
    word = text.words[i].norm
    return (word.endswith(_SELF_CLITIC) and word[:-2] in _BODY_STEMS and
            not any(s.first <= i <= s.last for s in soft))


# her body as a whole or its parts (KBBI badan, tubuh, dada, paha, pinggang, bibir; Danadibrata awak, pingping;
# Baoesastra awak, pupu, bokong, lambe, bangkekan), with her '-ku' in Indonesian and Javanese
_BODY_STEMS = frozenset({"awak", "badan", "tubuh", "tangan", "dada", "susu", "bokong", "pantat", "pupu", "paha",
                         "sikil", "kaki", "pinggang", "bangkekan", "lambe", "bibir", "pipi", "gulu", "leher",
                         "weteng", "perut", "rok", "klambi", "baju", "jarik", "celana", "sarung"})


# (round 50) a younger relative the reporter names as her own: grandchild, niece or nephew, younger sibling (KBBI
# cucu, keponakan, adik; Danadibrata incu, alo, adi; Baoesastra putu, ponakan, adhi, krama wayah, keponakan, rayi;
# English plain usage)
_YOUNGER_KIN = frozenset({"cucu", "incu", "putu", "wayah", "alo", "keponakan", "ponakan", "kaponakan", "adik", "adek",
                          "adi", "adhi", "rayi", "grandchild", "granddaughter", "grandson", "niece", "nephew"})


def _after_kin(text: Text, i: int) -> bool:
    """'incu abdi', 'cucu saya', 'adik saya': the first person right after a word of younger kin is its possessor."""
    return (text.words[i].norm in _SELF_NEAR and i > 0 and text.words[i - 1].norm in _YOUNGER_KIN) or (
        text.words[i].norm in _YOUNGER_KIN and i + 1 < len(text.words) and text.words[i + 1].norm in _SELF_NEAR)


def _reporter_is_survivor(text: Text, live: list[Hit], soft: list[Hit]) -> bool:
    """'... bisa dibantu kalau saya mau jadi pacarnya', 'ia berteriak akan membunuh saya ... Anak-anak saya
    ketakutan': every sexual act (or, with none, every threat or blow) is asked of or done to 'saya', and the child
    words ('anak saya') stand apart from them. Only ever used to set aside unsure child words."""
    acts = ([h for h in live if h.kind in k.SEXUAL_KINDS] or
            [h for h in live if h.kind in _HARM_KINDS and not any(s.first <= h.first <= s.last for s in soft)])
    if not acts:
        return False
    for act in acts:
        # round 7: 'saya dapat beras lebih asal mau 'menemani' dia': the reporter opens the clause of the terms
        here = text.sentence_of(act.first)
        # (round 50, B71-18 'incu abdi sok dicandak ku relawan'): 'my' after a word of kin is whose the survivor is,
        # not the reporter as the survivor
        near = {w.norm for i, w in enumerate(text.words[max(0, act.first - 3):act.last + 3], max(0, act.first - 3))
                if not _after_kin(text, i)}
        near |= {text.words[i].norm for i in range(max(0, act.first - 8), act.first)
                 if text.sentence_of(i) == here and text.words[i].norm in _SINGULAR_SELF and not _after_kin(text, i)}
        if not near & _SELF_NEAR and not _told_of_her(text, act) and not _her_body_before(text, act, soft):
            return False
        # (round 35: her children named as those she is with are beside her, however near the act told of her)
        if any((abs(s.first - act.first) <= 4 or abs(s.last - act.last) <= 4) and
               text.sentence_of(s.first) == text.sentence_of(act.first) and
               not (_with_her(text, s) and _told_of_her(text, act)) for s in soft):
            return False
    return True


def _harm_apart_from_children(text: Text, live: list[Hit], soft: list[Hit]) -> bool:
    """Round 12 (B30-03): 'dipukuli suaminya ... diancam akan dibunuh ... anak-anak mereka tidur di sebelahnya': no
    sexual act is told, only blows or threats, and the family's children are named in no sentence where they are
    done; the one harmed is the grown woman who calls, not the children asleep beside him."""
    if any(h.kind in k.SEXUAL_KINDS for h in live):
        return False
    harm = [h for h in live if h.kind in _HARM_KINDS and not any(s.first <= h.first <= s.last for s in soft)]
    return bool(harm) and not any(text.sentence_of(h.first) == text.sentence_of(s.first) for h in harm for s in soft)


def _acts_on_grown_women(text: Text, live: list[Hit], soft: list[Hit]) -> bool:
    """'tell a young mother carrying a baby that she would get extra rice if ...': every sexual act or term is asked
    of a grown woman named in its sentence, and the child words are only her family (soft)."""
    # the child words are her own: right after the grown woman's word ('a young mother carrying a baby')
    # (round 12: or her own by 'her', -nya, a grown woman named before it in its sentence: 'One mother ... her baby')
    if not all(any(w.norm in _ADULT_WOMEN for w in text.words[max(0, s.first - 4):s.first]) or _her_own(text, s)
               for s in soft):
        return False
    sexual = [h for h in live if h.kind in k.SEXUAL_KINDS]
    # (round 12, B29-30: an exchange word only counts in a sentence with a sexual act or term; 'after the flood' in
    # the reporter's own introduction asks nothing of anyone)
    acts = sexual + [h for h in live if h.kind == k.EXCHANGE and
                     any(text.sentence_of(x.first) == text.sentence_of(h.first) for x in sexual)]
    return bool(acts) and all(
        any(w.norm in _ADULT_WOMEN and text.sentence_of(i) == text.sentence_of(a.first) and
            not any(s.first <= i <= s.last for s in soft) for i, w in enumerate(text.words)) for a in acts)


# 'grabbed my breasts': the possessive says the act was done to the reporter
_SELF_NEAR = _FIRST_PERSON | {"my", "our", "us"}
_SINGULAR_SELF = frozenset({"saya", "aku", "abdi", "kula", "kuring", "i", "me", "gue", "aye"})
_AGENT = frozenset({"oleh", "by", "dening", "karo", "sama", "ku", "sareng", "kaliyan"})
_PASSIVE_VERB = re.compile(r"^(?:di|ter|dipun)[a-z]{3,}")
_SEEING = frozenset({"melihat", "lihat", "liat", "saw", "sees", "seen", "witnessed", "weruh", "ningali", "nyaksian",
                     "ningal", "mirsani", "ndeleng", "ndelok", "nonton", "noticed", "menyaksikan",
                     # round 8: Sundanese loma 'nempo', 'nenjo' (Danadibrata)
                     "nempo", "nenjo",
                     # round 43 (B64-35): Javanese krama 'sumerep', of 'weruh' (Baoesastra sumerep)
                     "sumerep"})
# round 8: the witness named, then the next sentence about what she or he saw ('Anak kuring nu umur 9 taun ... indit ka
# WC. Manehna balik lumpat ..., cenah nempo aya lalaki nindihan hiji awewe gede'): it opens with a third person
# (KBBI dia, ia; Danadibrata manehna, anjeunna; Baoesastra dheweke, piyambakipun)
_THIRD_PERSON = frozenset({"dia", "ia", "manehna", "anjeunna", "dheweke", "deweke", "piyambakipun", "she", "he",
                           "beliau", "bocahe", "budakna"})
# round 9 (B23-27): 'Anakku sing umur 7 taun tangi lan weruh kabeh': a child who saw it all (what was done to the
# reporter) is a witness (KBBI semua, kejadian; Baoesastra kabeh, sedaya, kedadeyan; Danadibrata kabeh, sadayana)
_SEEN_ALL = frozenset({"kabeh", "kabeah", "sedaya", "sadaya", "sadayana", "semua", "semuanya", "everything", "it",
                       "all", "kejadian", "kejadiannya", "kedadeyan", "kajadian", "kajadianana"})
# the one acted on is a grown woman: 'ngintip ibu-ibu', 'memaksa seorang ibu', 'a woman'
_ADULT_WOMEN = frozenset({"ibu", "ibu-ibu", "perempuan", "wanita", "women", "woman", "awewe", "istri", "janda",
                          "mothers", "mother", "emak-emak", "mbok", "wadon", "ibune", "ibunya",
                          # aunts and grown sisters (KBBI tante, bibi; Danadibrata teteh, bibi; Baoesastra mbakyu)
                          "tante", "bibi", "bibik", "teteh", "mbakyu", "aunt", "auntie", "aunty",
                          # Sasak inaq 'mother' (Kamus Sasak-Indonesia, Balai Bahasa NTB)
                          "inaq",
                          # round 12 (B30-09): the short forms before a grown woman's name, 'Teh Euis', 'Mbak Sri',
                          # 'Ceu Imas', 'Bu Tini' (Danadibrata teh, ceu; Baoesastra mbak; KBBI bu)
                          "teh", "mbak", "ceu", "ceuceu", "bu",
                          # and women in non-native English ('some womans'), ladies
                          "womans", "womens", "ladies", "lady",
                          # round 32 (B52-23 'Randa éta butuh artos kanggo ubar budakna'): widows, as 'janda' (KBBI
                          # janda; Danadibrata randa; Baoesastra randha, rondho; English plain usage)
                          "randa", "randana", "randha", "rondho", "rondo", "widow", "widows"})
# Round 17 (B36-32): mothers and grandmothers in every register, whom a child reporter may write for ('dhadhane
# ibukku', 'dada mamah abdi', 'my mom's'; KBBI ibu, mama, emak, bunda, nenek; Baoesastra simbok, biyung; Danadibrata
# indung, ema, nini; English plain usage). Only for a child reporter's acts (_child_reporter_not_survivor): elsewhere
# 'jangan bilang mama' is the child's own mother, told nothing.
_MOTHERS = frozenset({"ibu", "ibuk", "mama", "mamah", "mamak", "emak", "bunda", "simbok", "biyung", "indung", "ema",
                      "mom", "mum", "mommy", "mummy", "mother", "nenek", "nini", "grandmother", "grandma", "granny"})
_CHILD_WORDS = (k.CHILD, k.UNDERAGE, k.OFFSPRING, k.AMBIGUOUS_YOUTH, k.GRADE)


# Younger relatives a reporter names (KBBI adik, keponakan, cucu; Danadibrata adi, alo, incu; Baoesastra adhi,
# ponakan, putu; English): a gender word right after one of these describes that relative.
_KIN = frozenset({"adik", "adiknya", "adikku", "adi", "adina", "adhi", "adhiku", "adhine", "keponakan", "ponakan",
                  "alo", "cucu", "incu", "putu", "anak", "anakku", "anaknya", "putra", "putri", "son", "daughter",
                  "brother", "sister", "nephew", "niece", "grandson", "granddaughter", "rayi",
                  # a child of one's own (Danadibrata budak, murangkalih; Baoesastra lare, bocah)
                  "budak", "lare", "bocah", "murangkalih", "anake", "incuna", "putune"})


# Round 12: someone else a child reporter may speak for: an older sister or brother, a cousin, a friend (KBBI kakak,
# sepupu, teman, kawan; Danadibrata teteh, aa, akang, babaturan; Baoesastra mbakyu, mas, kanca, sedulur; Salsabila et
# al. 2018 for 'kakakku', 'temenku'; English plain usage)
_OLDER_KIN_OR_FRIEND = frozenset({"kakak", "kakakku", "kakaknya", "kak", "mbak", "mbakku", "mbake", "teteh",
                                  "tetehku", "teh", "aa", "akang", "sepupu", "sepupuku", "sister", "cousin", "friend",
                                  "teman", "temanku", "temen", "temenku", "kawan", "kawanku", "babaturan",
                                  "babaturanku", "kanca", "kancaku", "kancane", "sedulur", "sedulurku"})


def _describes_kin(text: Text, role: Hit) -> bool:
    if any(w.norm in _KIN for w in text.words[max(0, role.first - 4):role.first]):
        return True
    # Round 25 (B37-34: 'My cousin (20 years old)'): the role word is itself a relative the reporter names as hers
    # ('my cousin', 'sepupu saya', 'dulur misan abdi'; KBBI sepupu; Danadibrata dulur misan): the age is that relative's
    words = text.words
    kin = {_kin_stem(words[i].norm) for i in range(role.first, role.last + 1)}
    mine = ((role.first > 0 and words[role.first - 1].norm in _MINE_BEFORE) or
            (role.last + 1 < len(words) and words[role.last + 1].norm in _MINE_AFTER) or
            words[role.last].norm.endswith("ku"))
    return mine and bool(kin & (_KIN | _OLDER_KIN_OR_FRIEND | {"misan"}))


# Round 13 (B32-29, held-out: 'I am volunteer 17 years old from Kupang'): the reporter names her own role, and the age
# after it is hers. Only a copula or an article may stand between the pronoun and the role word (KBBI seorang,
# sebagai, adalah; Danadibrata hiji, jadi; Baoesastra dadi, minangka; English plain usage), so 'saya diraba relawan
# 40 tahun' still gives the age to the volunteer who did it.
_SELF_LINK = frozenset({"am", "m", "a", "an", "seorang", "sebagai", "adalah", "jadi", "hiji", "dadi", "minangka"})


def _describes_self(text: Text, role: Hit) -> bool:
    i, links = role.first - 1, 0
    while i >= 0 and text.words[i].norm in _SELF_LINK and links < 3:
        i, links = i - 1, links + 1
    return i >= 0 and _own_pronoun(text, i, sentence=text.sentence_of(role.first))


def _own_pronoun(text: Text, i: int, *, sentence: int) -> bool:
    """Word i is a first-person word of `sentence` naming the reporter herself: after a kin word it is a possessive
    ('incu abdi awewe umur 12', 'adik saya 12 tahun'), and what follows is the relative's."""
    return (text.words[i].norm in _FIRST_PERSON and text.sentence_of(i) == sentence
            and not (i > 0 and text.words[i - 1].norm in _KIN))


def _agent(text: Text, hit: Hit, acts: list[Hit] = ()) -> bool:
    """'aku dipeksa turu bareng karo cah lanang': the young person named as the agent of a passive act."""
    for i in range(max(0, hit.first - 2), hit.first):
        if text.words[i].norm in _AGENT and any(_PASSIVE_VERB.match(w.norm) for w in text.words[max(0, i - 4):i]):
            return True
    # Round 25: 'Sepupu saya (21 tahun) diperkosa anak tetangga', 'was raped by the neighbour's son': the child word
    # owned by someone ('anak tetangga', "the neighbour's son") right after a passive act, or after 'by' right after
    # the act, names who did it (KBBI di-, oleh; English by)
    owned = (hit.last + 1 < len(text.words) and text.words[hit.last + 1].norm not in _MINE_AFTER
             and text.words[hit.last + 1].norm.isalpha()) or (
        hit.first > 0 and text.words[hit.first - 1].norm.endswith(("'s", "’s")))
    for act in acts:
        if not owned or text.sentence_of(act.first) != text.sentence_of(hit.first):
            continue
        if act.passive and hit.first == act.last + 1:
            return True
        between = [w.norm for w in text.words[act.last + 1:hit.first]]
        if between and between[0] == "by" and len(between) <= 3:
            return True
    return False


def _subject(text: Text, hit: Hit, acts: list[Hit]) -> bool:
    """'budak ngora ti lembur sejen sok ngintip ibu-ibu': the young person does the act, to grown women."""
    sentence = text.sentence_of(hit.first)
    for act in acts:
        if (0 < act.first - hit.last <= 6 and not act.passive and text.sentence_of(act.first) == sentence
                and any(w.norm in _ADULT_WOMEN for w in text.words[act.first:act.last + 3])):
            return True
    return False


_SEEING_WITHIN = 13
_RESUMED_WITHIN = 17


def _witness_span(text: Text, hits: list[Hit], ages: list[Age] = ()) -> tuple[int, int] | None:
    """'Anak sulung saya (10 tahun) kemarin sore melihat sopir ... memaksa seorang ibu ...': a child who saw what
    was done to a grown woman. The words from the sentence start to the seeing verb describe the witness."""
    for h in hits:
        if h.kind not in _CHILD_WORDS or h.negated:
            continue
        sentence = text.sentence_of(h.first)
        for i in range(h.last + 1, min(len(text.words), h.last + 9)):
            if text.sentence_of(i) != sentence:
                break
            if text.words[i].norm in _SEEING:
                rest = [w.norm for j, w in enumerate(text.words[i + 1:], i + 1) if text.sentence_of(j) == sentence]
                if any(w in _ADULT_WOMEN for w in rest) or (rest and rest[0] in _SEEN_ALL):
                    return (h.first, i)
                break
        else:
            following = [j for j in range(h.last + 1, len(text.words)) if text.sentence_of(j) == sentence + 1][:14]
            if following and text.words[following[0]].norm in _THIRD_PERSON:
                seen = next((j for j in following if text.words[j].norm in _SEEING), None)
                if seen is not None and any(text.words[j].norm in _ADULT_WOMEN for j in range(seen + 1, len(
                        text.words)) if text.sentence_of(j) == sentence + 1):
                    return (h.first, seen)
    # Round 19 (B38-07: 'Anak saya yang umur 7 tahun ada di samping saya dan melihat semuanya'): the seeing verb a
    # dozen words on in the child's own sentence, 'all of it' right after it (a second pass, so that round 6's reading
    # above is kept as it was)
    for h in hits:
        if h.kind not in _CHILD_WORDS or h.negated:
            continue
        sentence = text.sentence_of(h.first)
        seen = next((i for i in range(h.last + 1, min(len(text.words), h.last + _SEEING_WITHIN))
                     if text.sentence_of(i) == sentence and text.words[i].norm in _SEEING), None)
        if seen is not None and seen + 1 < len(text.words) and text.words[seen + 1].norm in _SEEN_ALL:
            return (h.first, seen)
        # Round 35 (B53-28 'Anakku lanang umur 8 taun mau esuk crito, wingi bengi dheweke weruh mbak Wati, tanggaku
        # umur 20-an, diseret ... lan diperkosa'): or a third person resuming the child right before the seeing verb
        # ('dheweke weruh', 'dia melihat', 'manehna ningali', 'he saw'), the one seen a grown woman by her word or by
        # an age of 18 or more told after the verb in its sentence
        # (up to sixteen words on: 'My son, who is 9 years old, told me this morning that he saw ...')
        seen = next((i for i in range(h.last + 2, min(len(text.words), h.last + _RESUMED_WITHIN))
                     if text.sentence_of(i) == sentence and text.words[i].norm in _SEEING), None)
        if seen is not None and text.words[seen - 1].norm in _THIRD_PERSON:
            rest = range(seen + 1, next((j for j in range(seen + 1, len(text.words))
                                         if text.sentence_of(j) != sentence), len(text.words)))
            grown = (any(text.words[j].norm in _ADULT_WOMEN for j in rest) or
                     any(a.word in rest and a.years >= ADULT_AGE for a in ages) or
                     any(o.kind == k.ADULT_STATUS and o.first in rest for o in hits))
            if grown and not any(a.word in rest and a.years < ADULT_AGE for a in ages) and not any(
                    o.kind in (k.CHILD, k.UNDERAGE) and o.first in rest for o in hits):
                return (h.first, seen)
    # Round 43 (B64-35 'Anak kula ingkang umur sanga taun ingkang sumerep piyambakipun motret'): a child who saw him
    # do it, the seeing verb in the child's sentence with him right after it ('sumerep piyambakipun', 'melihat dia',
    # 'saw him'), where every sexual act the report tells is told in a sentence naming a grown woman and none in the
    # child's own: the acts were done to grown women, the child watched (a third pass, the two above kept as they were)
    acts = [a for a in hits if a.kind in k.SEXUAL_KINDS and not a.negated]
    women = {text.sentence_of(i) for i, w in enumerate(text.words) if w.norm in _ADULT_WOMEN} if acts else set()
    if acts and all(text.sentence_of(a.first) in women for a in acts):
        for h in hits:
            if h.kind not in _CHILD_WORDS or h.negated:
                continue
            sentence = text.sentence_of(h.first)
            if any(text.sentence_of(a.first) == sentence for a in acts):
                continue
            seen = next((i for i in range(h.last + 1, min(len(text.words), h.last + _SEEING_WITHIN))
                         if text.sentence_of(i) == sentence and text.words[i].norm in _SEEING), None)
            if (seen is not None and seen + 1 < len(text.words) and text.sentence_of(seen + 1) == sentence and
                    text.words[seen + 1].norm in _HIM):
                return (h.first, seen)
    return None


# (round 43: him, the one seen doing it; KBBI dia, ia; Danadibrata anjeunna, manehna; Baoesastra dheweke, krama
# piyambakipun; English him, he)
_HIM = frozenset({"dia", "ia", "manehna", "anjeunna", "dheweke", "deweke", "piyambakipun", "he", "him"})
# Round 43 (B63-40 'Seorang murid laki-laki kelas 5 bercerita ... ia melihat ...'; '... atas izin anak itu'): the
# witness described in several child words, each within three words of the next in its sentence, is one person; and a
# child word said later with a demonstrative, in a sentence where nothing sexual is done, names that witness again
# (KBBI itu, tersebut; Danadibrata eta, eta teh; Baoesastra kuwi, iku, krama menika, punika, niku; English that)
_DESCRIBED_WITHIN = 3
_DEMONSTRATIVE_AFTER = frozenset({"itu", "tersebut", "eta", "kuwi", "kuwe", "iku", "menika", "punika", "niku"})
_DEMONSTRATIVE_BEFORE = frozenset({"that", "this"})


def _witness_described(text: Text, hits: list[Hit], lo: int) -> int:
    """The start of the witness's description: child words before the span's, in its sentence, each within three
    words of the next."""
    sentence = text.sentence_of(lo)
    moved = True
    while moved:
        moved = False
        for h in hits:
            if (h.kind in _CHILD_WORDS and not h.negated and h.first < lo and 0 < lo - h.last <= _DESCRIBED_WITHIN
                    and text.sentence_of(h.first) == sentence):
                lo, moved = h.first, True
    return lo


# Round 52: the witnesses' sight or fear told of them when named again (KBBI melihat, takut, ketakutan, menangis,
# trauma; Danadibrata ningali, sieun, ceurik; Baoesastra weruh, wedi, nangis, krama sumerep, ajrih, nangis; English
# plain usage); and 'the mother of one of' before a child word (KBBI salah satu, salah seorang; Danadibrata salah
# sahiji; Baoesastra salah siji; English plain usage)
_SIGHT_OR_FEAR = frozenset({"melihat", "lihat", "liat", "ningali", "weruh", "sumerep", "saw", "seen", "witnessed",
                            "takut", "ketakutan", "sieun", "wedi", "ajrih", "afraid", "scared", "terrified",
                            "frightened", "menangis", "nangis", "ceurik", "crying", "cried", "trauma", "kaget",
                            "shocked"})
# ('satu' arrives as '1': numbers are read as digits)
_ONE_OF = (("salah", "satu"), ("salah", "1"), ("salah", "seorang"), ("one", "of"), ("salah", "sahiji"),
           ("salah", "siji"))


def _whose_mother(text: Text, h: Hit) -> bool:
    """'ibu salah satu murid', 'the mother of one of the pupils': the child word names whose mother she is, one of a
    group (never 'ibu dari anak itu', which may be the reporter naming the child harmed)."""
    before = [w.norm for w in text.words[max(0, h.first - 6):h.first]]
    if before and before[-1] == "the":
        before.pop()
    return (len(before) >= 3 and tuple(before[-2:]) in _ONE_OF and
            any(w in ("ibu", "ibunya", "ibune", "indung", "mother", "mom", "mum") for w in before[-5:-2]))


def _witness_named_again(text: Text, h: Hit, hi: int, acts: list[Hit]) -> bool:
    if h.kind not in _CHILD_WORDS or h.first < hi:
        return False
    words = text.words
    shown = ((h.last + 1 < len(words) and words[h.last + 1].norm in _DEMONSTRATIVE_AFTER) or
             (h.first > 0 and words[h.first - 1].norm in _DEMONSTRATIVE_BEFORE))
    return shown and not any(text.sentence_of(a.first) == text.sentence_of(h.first) for a in acts)


# Round 19 (B38-19: 'Anjeunna nyariosna payuneun budak abdi anu umurna 12 taun', B37-09: 'di depan anaknya'): a child
# named right after 'in front of' (KBBI di depan, hadapan; Danadibrata payuneun, hareupeun; Baoesastra ngarepe, ngarep,
# krama ngajengipun, ngajeng; English in front of) is the one it was done before, the audience: that child and the age
# told with it are no survivor. The child harmed before her mother ('meraba anak saya ... di depan saya') names the
# child first, outside the span; 'di depan tenda, anak saya ...' is another clause.
_IN_FRONT_OF = frozenset({"depan", "didepan", "hadapan", "payuneun", "hareupeun", "ngarepe", "ngarep", "ngajengipun",
                          "ngajeng", "front"})
_PRESENT_WITHIN = 4


def _presence_spans(text: Text, hits: list[Hit]) -> list[tuple[int, int]]:
    spans = []
    for h in hits:
        if h.kind not in _CHILD_WORDS or h.negated:
            continue
        clause = text.clause_start(h.first)
        marker = next((i for i in range(h.first - 1, max(clause, h.first - _PRESENT_WITHIN) - 1, -1)
                       if text.words[i].norm in _IN_FRONT_OF), None)
        if marker is not None:
            end = h.last + 1
            while (end < len(text.words) and end <= h.last + _OWN_AGE_WITHIN
                   and text.sentence_of(end) == text.sentence_of(h.first)):
                end += 1
            spans.append((marker, end))
    return spans


# Round 52: her grown age after 'but', 'already' or 'turned' (KBBI tapi, sudah; Danadibrata tapi, geus, tos;
# Baoesastra nanging, wis, krama sampun; English plain usage), never 'ago' after it
_GROWN_AFTER_BUT = re.compile(r"(?<!\w)(?:tapi|tetapi|namun|nanging|ananging|but) (?:i |saya |aku |abdi |kula )?"
                              r"(?:sudah|udah|geus|tos|wis|wes|sampun|already|turned|just turned|have turned) "
                              r"(1[89]|[2-9]\d)(?: (?:tahun|taun|years?|warsa))?(?! (?:lalu|ago|kapungkur|kepungkur|"
                              r"kepengker))(?!\w)")
_A_PUPIL = "a pupil"
# Round 52: present where it was done, or hearing it (KBBI hadir, ada di situ, mendengar; informal denger; Danadibrata
# aya di dinya, ngadangu; Baoesastra ana neng kono, krungu, krama wonten ing ngriku, mireng, midhanget; English plain
# usage)
_PRESENT_OR_HEARD = frozenset({"hadir", "present", "situ", "dinya", "kono", "ngriku", "ngrika", "mendengar", "dengar",
                               "denger", "mendengarnya", "ngadangu", "krungu", "mireng", "midhanget", "midanget",
                               "heard", "overheard"})
_SELF_WINDOW = 3
_OPENING_SELF = 8
_MINE_AFTER = frozenset({"saya", "aku", "abdi", "kula", "kami", "kuring", "gue", "sayah", "aye",
                         # round 12 (B30-03): a couple's children, 'anak-anak mereka' (KBBI mereka; Danadibrata
                         # maranehna; Baoesastra dheweke kabeh is left out: 'dheweke' alone is he or she)
                         "mereka", "maranehna",
                         # round 33 (B53-01, hotline notes: 'Anak-anak pelapor tidak terlibat'): the reporter named in
                         # the third person (KBBI pelapor, penelepon; English plain usage)
                         "pelapor", "penelepon"})
_MINE_BEFORE = frozenset({"my", "our", "their", "caller", "reporter"})       # ('the caller's' arrives as 'caller')


def _mine_apart(text: Text, hit: Hit, acts: list[Hit]) -> bool:
    """'bocah-bocahku turu ning jejerku', 'Barudak abdi ningali sadayana', 'my children were asleep': the
    reporter's own children, named in a sentence where nothing sexual is done. They are the reporter's family
    (someone's child), not yet a survivor; the rules for someone's child decide (an adult age, the reporter as
    the one harmed)."""
    if hit.kind != k.CHILD:
        return False
    words = text.words
    mine = (words[hit.last].norm.endswith("ku") or
            (hit.last + 1 < len(words) and words[hit.last + 1].norm in _MINE_AFTER) or
            (hit.first > 0 and words[hit.first - 1].norm in _MINE_BEFORE))
    # 'my children saw it': her own children who watched are witnesses, even in the act's sentence
    saw = any(w.norm in _SEEING for w in words[hit.last + 1:hit.last + 4])
    sentence = text.sentence_of(hit.first)
    here = [a for a in acts if text.sentence_of(a.first) == sentence]
    # (round 35: her children named as those she is with, every act of their sentence told of her; 'with my two
    # kids', a count between)
    mine = mine or (hit.first > 1 and words[hit.first - 2].norm in _MINE_BEFORE and
                    (words[hit.first - 1].norm in _COUNT_OR_MINE or words[hit.first - 1].norm.isdigit()) and
                    _with_her(text, hit))
    return mine and (saw or not here or (_with_her(text, hit) and all(_told_of_her(text, a) for a in here)))



# Round 7: words by which a grown woman names her own small children, away from any act: what she has, feeds or
# carries (KBBI punya, memberi makan, menggendong, dengan; Danadibrata gaduh, boga, ngagandong, nyangkeh; Baoesastra
# duwe, krama gadhah, kagungan, nedha, nggendong, ngemban; English plain usage).
_HAS_OR_FEEDS = frozenset({"punya", "mempunyai", "memiliki", "gaduh", "boga", "duwe", "gadhah", "kagungan", "have",
                           "has", "with", "dengan", "bersama", "nedha", "nedhani", "maem", "mangan", "makan",
                           "menghidupi", "feed", "feeding", "carrying", "holding", "menggendong", "gendong",
                           "nggendong", "ngagandong", "nyangkeh", "ngemban", "tiga", "dua", "two", "three"})


def _family_apart(text: Text, hit: Hit, hits: list[Hit], acts: list[Hit]) -> bool:
    """'tiga anak saya yang masih kecil', 'gaduh budak nu alit keneh', 'kangge nedha anak-anak', 'a young mother
    carrying a baby': a small child a grown woman has, feeds or carries, in a sentence where nothing sexual is done.
    Only made a soft sign: the rules for someone's child then decide (the acts done to the reporter or to a grown
    woman), and an age under 18 still counts."""
    if hit.kind != k.CHILD:
        return False
    before = {w.norm for w in text.words[max(0, hit.first - 3):hit.first]}
    if before & _ADULT_WOMEN and before & _HAS_OR_FEEDS:
        return True             # 'a young mother carrying a baby', 'ibu yang menggendong bayi': her baby, even here
    if _yours(text, hit) and _her_own(text, hit):
        return True             # (round 25) '"bayimu lemu merga susumu gedhe"' said to the women: their baby, even here
    if any(text.sentence_of(a.first) == text.sentence_of(hit.first) for a in acts):
        return False
    # 'masih kecil' said of 'anak saya' just before it
    of_offspring = any(o.kind == k.OFFSPRING and 0 <= hit.first - o.last <= 3 for o in hits)
    # (round 32, B51-01 'Anak saya tiga dan masih kecil-kecil': or of her children counted just before it, the
    # reporter's family size; the count arrives as digits, '3', so the words of counting above do not see it)
    of_offspring = of_offspring or any(o.kind == k.NOT_A_CHILD_SURVIVOR and o.label == FAMILY_SIZE and
                                       0 <= hit.first - o.last <= 3 for o in hits)
    return (of_offspring or bool(before & _HAS_OR_FEEDS) or _her_own(text, hit) or
            _brought_along(text, hit))


# Round 43 (B63-16 'Karena tidak punya tempat tinggal dan membawa dua anak, saya terpaksa menurutinya'): the children
# a grown woman brings along, counted, her dependants: a verb of bringing, then the child word with its count right
# before or after it ('membawa 2 anak', 'nggawa anak loro'; counts arrive as digits, so 'dua' above never sees them),
# never a count of years (KBBI bawa, membawa; Danadibrata mawa; Baoesastra nggawa, krama mbekta; English plain usage)
_BRINGING = frozenset({"membawa", "bawa", "mawa", "nggawa", "gawa", "mbekta", "bringing", "brought", "bring"})
_NOT_A_COUNT_AFTER = frozenset({"tahun", "taun", "th", "thn", "warsa", "years", "year", "yo", "bulan", "sasi", "wulan",
                                "months", "month", "minggu", "weeks"})


def _brought_along(text: Text, hit: Hit) -> bool:
    words = text.words
    counted_before = hit.first > 1 and words[hit.first - 1].norm.isdigit() and words[hit.first - 2].norm in _BRINGING
    counted_after = (hit.first > 0 and words[hit.first - 1].norm in _BRINGING and hit.last + 1 < len(words) and
                     words[hit.last + 1].norm.isdigit() and not (
                         hit.last + 2 < len(words) and words[hit.last + 2].norm in _NOT_A_COUNT_AFTER))
    return counted_before or counted_after


# Round 12 (B29-30): 'One mother told me she did it because her baby was sick', 'seorang ibu ... karena bayinya
# sakit': a child word owned by 'her' or 'their' (or with the suffix -nya, -na, -ne), a grown woman named before it in
# the same sentence, is that woman's child (KBBI -nya; Danadibrata -na; Baoesastra -e, -ne; English plain usage)
# (round 25, B45-23: 'ibu-ibu digodani, "susumu gedhe, mesti anakmu lemu"': 'your child' in his words to grown women
# named before it is theirs too; KBBI -mu; Baoesastra -mu; English your)
_HER = frozenset({"her", "their", "your"})
_HER_SUFFIX = re.compile(r"^(?:anak|bayi|orok|bayek|putra|putri|budak|lare|bocah)(?:nya|na|ne|e|mu)$|"
                         r"^anak-anak(?:nya|na|mu)$")


def _yours(text: Text, hit: Hit) -> bool:
    """'anakmu', 'bayimu', 'your baby': the child of the one spoken to."""
    return ((hit.first > 0 and text.words[hit.first - 1].norm == "your") or
            text.words[hit.last].norm.endswith("mu"))


def _her_own(text: Text, hit: Hit) -> bool:
    # (round 32: or 'her' inside the child words' own match, "her child's")
    owned = ((hit.first > 0 and text.words[hit.first - 1].norm in _HER) or
             (hit.first < hit.last and text.words[hit.first].norm in _HER) or
             bool(_HER_SUFFIX.match(text.words[hit.last].norm)))
    sentence = text.sentence_of(hit.first)
    return owned and any(text.words[i].norm in _ADULT_WOMEN and text.sentence_of(i) == sentence
                         for i in range(hit.first))


# Round 14 (B31-19, B32-27): 'Sing diintip aku, dudu anakku', 'Abdi nu dicabak, lain budakna', 'Yang dipegang saya,
# bukan anak saya', 'It was me he touched, not my son': the reporter says the act was done to her and not to her own
# child (KBBI bukan; Baoesastra dudu, krama sanes; Danadibrata lain 'not', before its noun; English not). Her own child
# and the age she gives it are set aside; a child of someone else, or an age of her own, still counts.
_NOT_THE_CHILD = frozenset({"bukan", "dudu", "sanes", "not"})
_OWN_CHILD_AGE_WITHIN = 6


def _not_my_child(text: Text, hits: list[Hit]) -> Hit | None:
    """The child word the reporter says it was not done to, in a sentence where she names herself before it."""
    for h in hits:
        if h.kind not in _CHILD_WORDS or h.first == 0:
            continue
        # Sundanese 'lain' is a negator only right before its noun ('relawan lain' is another volunteer)
        if h.negated_by not in _NOT_THE_CHILD and text.words[h.first - 1].norm != "lain":
            continue
        sentence = text.sentence_of(h.first)
        if any(text.words[i].norm in _SINGULAR_SELF | {"me"} and text.sentence_of(i) == sentence
               for i in range(max(0, h.first - 8), h.first - 1)):
            return h
    return None


def _own_child(text: Text, hit: Hit) -> bool:
    """'anak saya', 'anakku', 'budak abdi', 'my son': the reporter's own child."""
    words = text.words
    return hit.kind == k.OFFSPRING or (hit.kind == k.CHILD and (
        words[hit.last].norm.endswith("ku") or
        (hit.last + 1 < len(words) and words[hit.last + 1].norm in _MINE_AFTER) or
        (hit.first > 0 and words[hit.first - 1].norm in _MINE_BEFORE)))


def _describes_reporter(text: Text, word: int) -> bool:
    """'aku kelas 5 SD', 'Nama saya Salsa, kelas 8', 'saya 12 tahun': the reporter says who she is."""
    sentence = text.sentence_of(word)
    if any(_own_pronoun(text, i, sentence=sentence) for i in range(max(0, word - _SELF_WINDOW), word)):
        return True
    # Round 19 (B38-27: 'Aku umur 15 taun, kelas 9.'): her grade after her age, in a sentence that opens with the
    # reporter herself, within its first words, describes her too
    start = text.sentence_start(word)
    return word - start <= _OPENING_SELF and _own_pronoun(text, start, sentence=sentence)


def _near_first_person(text: Text, act: Hit) -> bool:
    # (round 16: not the possessive after a kin word, 'dada teteh abdi', my sister's chest)
    return any(text.words[i].norm in _FIRST_PERSON and not (
        i > 0 and _kin_stem(text.words[i - 1].norm) in _KIN | _OLDER_KIN_OR_FRIEND | _ADULT_WOMEN | _MOTHERS)
        for i in range(max(0, act.first - 3), min(len(text.words), act.last + 3)))


def _child_reporter_not_survivor(text: Text, hits: list[Hit]) -> bool:
    """A child who reports what was done to someone else ('aku kelas 5 SD ... ngomong jorok ke kakakku (umur 20)
    ... om itu gak pernah ngapa-ngapain aku'): no act touches the reporter, and either she says none was done to her
    or the acts are near a grown woman. Only then is her own grade or age set aside."""
    acts = [h for h in hits if h.kind in k.SEXUAL_KINDS and not h.negated]
    if not acts or any(_near_first_person(text, a) for a in acts):
        return False
    unharmed = any(h.negated and h.kind in k.SEXUAL_KINDS and
                   {w.norm for w in text.words[h.first + 1:h.last + 3]} & _FIRST_PERSON for h in hits)
    # Round 12 (B29-06): 'dia jg gk pernah nyentuh sy' after his messages to her denies a touch, not that it was
    # done to her: her saying she was unharmed sets her grade aside only when the report names someone else it was
    # done to (a grown woman, an older sister or a friend; not 'kak' opening the report, which calls the reader)
    someone_else = any(w.norm in _ADULT_WOMEN or w.norm in _OLDER_KIN_OR_FRIEND for w in text.words[1:])
    # round 16 (B34-26): a grown woman's word with its possessive ('mbakyuku', 'tetehku'), or an older sister, cousin
    # or friend whom the report gives a grown age ('mbakyuku umure 24', 'kakakku umurnya 22 tahun', 'my sister is 23
    # years old')
    grown = _ADULT_WOMEN | _MOTHERS | _grown_kin(text)
    # (round 23, B43-35: 'do rape to my sister', the kin word three words after the act)
    other = all({_kin_stem(w.norm) for w in text.words[max(0, a.first - 3):a.last + 4]} & grown for a in acts)
    return (unharmed and someone_else) or other


# the possessive after a kin word (KBBI -ku, -nya; Baoesastra -ku, -ne, -e; Danadibrata -na; English 's)
_KIN_POSSESSIVE = re.compile(r"(?:ku|ne|nya|na|'s|’s)$")


def _kin_stem(word: str) -> str:
    stem = _KIN_POSSESSIVE.sub("", word)
    return stem if stem in _ADULT_WOMEN or stem in _OLDER_KIN_OR_FRIEND or stem in _MOTHERS else word


_COPULA = frozenset({"is", "was"})
_NOT_YEARS = frozenset({"months", "month", "weeks", "week", "days", "day", "hours", "km", "kg", "cm", "minutes"})


def _age_by_copula(words, j: int) -> bool:
    """Round 23 (B43-35, 'My sister is 27 and she is deaf'): the English copula right before the bare number gives
    her age, unless a unit other than years follows it."""
    return words[j - 1].norm in _COPULA and not (j + 1 < len(words) and words[j + 1].norm in _NOT_YEARS)


def _grown_kin(text: Text) -> set[str]:
    """Older kin or friends the report gives a grown age of their own, right after the word ('mbakyuku umure 24',
    'teteh abdi umurna 25 taun', 'my sister is 23 years old'): an own-age word before the number, or years after it."""
    words, grown = text.words, set()
    for i, w in enumerate(words):
        stem = _kin_stem(w.norm)
        if stem not in _OLDER_KIN_OR_FRIEND and stem not in _ADULT_WOMEN:
            continue
        j = i + 1
        if j < len(words) and words[j].norm in _MINE_AFTER:
            j += 1                              # 'teteh abdi', 'kakak saya'
        aged = j < len(words) and words[j].norm in _OWN_AGE
        j += aged
        while j < len(words) and j < i + 6 and words[j].norm in _ABOUT:
            j += 1
        if (j < len(words) and text.sentence_of(j) == text.sentence_of(i) and words[j].norm.isdigit()
                and 18 <= int(words[j].norm) <= 99
                and (aged or (j + 1 < len(words) and words[j + 1].norm in _YEARS) or _age_by_copula(words, j))):
            grown.add(stem)
    return grown


def _unharmed_witness(text: Text, hits: list[Hit]) -> bool:
    """'dia lihat tante tetangga tendanya dipeluk paksa ... The child herself was not touched': the report says the
    child was unharmed and every act it names was done near a grown woman."""
    if not any(h.kind == k.NOT_A_CHILD_SURVIVOR and h.label == UNHARMED_CHILD for h in hits):
        return False
    acts = [h for h in hits if h.kind in k.SEXUAL_KINDS and not h.negated]
    return bool(acts) and all(any(w.norm in _ADULT_WOMEN and text.sentence_of(i) == text.sentence_of(a.first)
                                  for i, w in enumerate(text.words)) for a in acts)


# Round 25 (B40-03, B42-01, B45-26, B46-08, B41-39): the reporter names herself as a grown woman, a widow, a mother, a
# housewife ('sy janda anak 2', 'aku rondho', 'abdi randa', 'saya seorang ibu rumah tangga', 'I am a widow'; KBBI janda,
# ibu; Baoesastra randha, rondho; Danadibrata randa; English plain usage), or names her husband as hers ('pas bojoku
# jaga ronda', 'suami saya', 'salaki abdi', 'my husband'; Baoesastra bojo, garwa; Danadibrata salaki, carogé)
_GROWN_SELF = frozenset({"janda", "randa", "randha", "rondo", "rondho", "widow", "ibu", "mother", "mum", "mom",
                         "housewife"})
_HUSBAND = frozenset({"suami", "salaki", "bojo", "garwa", "caroge", "carogé", "husband"})
_HUSBAND_MINE = frozenset({"bojoku", "suamiku", "garwaku"})


def _grown_reporter(text: Text, hits: list[Hit]) -> int | None:
    """The word by which the reporter says she is a grown woman or a wife: a first-person word, then (past a copula
    or an article) a widow's or a mother's word; or her husband named as hers. None when she says neither."""
    words = text.words
    for i, w in enumerate(words):
        if w.norm in _HUSBAND_MINE:
            return i
        if w.norm in _HUSBAND and ((i + 1 < len(words) and words[i + 1].norm in _MINE_AFTER) or
                                   (i > 0 and words[i - 1].norm == "my")):
            return i
        if w.norm in _GROWN_SELF and i > 0:
            j, links = i - 1, 0
            while j >= 0 and words[j].norm in _SELF_LINK and links < 3:
                j, links = j - 1, links + 1
            if j >= 0 and words[j].norm in _SINGULAR_SELF and not (j > 0 and words[j - 1].norm in _KIN):
                return i
    return None


# (group 8: her own body named beside the act, 'ngrasani awakku', 'comments about my body'; Baoesastra awak, dhadha;
# KBBI badan, tubuh, dada; Danadibrata awak; English plain usage)
_BODY_WORDS = frozenset({"awak", "badan", "tubuh", "dada", "dhadha", "susu", "bokong", "pantat", "pupu", "paha",
                         "pingping", "bujur", "body", "breasts", "breast", "chest", "bottom", "thighs"})


def _her_body_near(text: Text, act: Hit) -> bool:
    words = text.words
    for i in range(max(0, act.first - 3), min(len(words), act.last + 4)):
        w = words[i].norm
        if (w.endswith("ku") and w[:-2] in _BODY_WORDS) or (
                w == "my" and i + 1 < len(words) and words[i + 1].norm in _BODY_WORDS):
            return True
    return False


def _grown_reporter_harmed(text: Text, hits: list[Hit], ages: list[Age]) -> int | None:
    """'sy janda anak 2 ... asal sy mau nemenin dia ... anak sulung sy yg SMP gak bakal dpt bantuan': a grown reporter
    (above) of whom every sexual act or term is told (a first-person word beside it, not after a kin word), with no
    child word and no age under 18 in the sentence of any act, and no young age or grade told of herself. Her
    children named elsewhere are her family, not the survivor (child_involved is about the survivor, PRODUCT.md)."""
    acts = [h for h in hits if h.kind in k.SEXUAL_KINDS and not h.negated]
    # (group 8, B33-28: 'ngrembag badan kula kanthi tembung saru, suit-suit, lan nate ngintip': an act in the sentence
    # of one told of her, a list of what he does to her, is hers too)
    hers_told = {text.sentence_of(a.first) for a in acts if _near_first_person(text, a) or _her_body_near(text, a)}
    if not hers_told or not all(text.sentence_of(a.first) in hers_told for a in acts):
        return None
    if (grown := _grown_reporter(text, hits)) is None:
        return None
    act_sentences = {text.sentence_of(a.first) for a in acts}
    if any(h.kind in _CHILD_WORDS and not h.negated and text.sentence_of(h.first) in act_sentences for h in hits):
        return None
    # (an age or a grade right after one of her children's words, 'anak bungsu sy msh SD', or after her children
    # counted, 'Saya ibu dengan anak satu umur 4 tahun', is that child's)
    children = [h for h in hits if h.kind in (k.CHILD, k.OFFSPRING, k.NOT_A_CHILD_SURVIVOR) and not h.negated]

    def hers(word: int) -> bool:
        return _describes_reporter(text, word) and not any(
            c.first < word <= c.last + _OWN_AGE_WITHIN and text.sentence_of(c.first) == text.sentence_of(word)
            for c in children)
    if any(a.years < ADULT_AGE and (text.sentence_of(a.word) in act_sentences or hers(a.word)) for a in ages):
        return None
    if any(h.kind == k.GRADE and not h.negated and hers(h.first) for h in hits):
        return None
    return grown


# Round 15 (B33-18): the age told right after a child word is that person's own ('Budakna umurna kira dua puluh
# taunan', 'Anak itu umurnya 20 tahun'; KBBI umur, usia, kira-kira, sekitar; Danadibrata umur, kira; Baoesastra umur,
# krama yuswa, kira-kira): a grown age sets that word aside, and the same word said again
_OWN_AGE = frozenset({"umur", "umurnya", "umurna", "umure", "usia", "usianya", "yuswa", "yuswanipun", "berumur",
                      "berusia", "aged", "age"})
_ABOUT = frozenset({"kira", "kira-kira", "kurang", "lebih", "leuwih", "sekitar", "sakitar", "sekitaran", "about",
                    "around", "approximately", "roughly", "kinten-kinten", "kinten", "udah", "sudah", "geus", "wis",
                    "sampun", "is", "was", ","})
_YEARS = frozenset({"tahun", "taun", "taunan", "tahunan", "th", "thn", "warsa", "years", "year", "yo", "y.o."})
_CHILD_STEM = re.compile(r"(?:nya|na|ne|e)$")


def _stem(word: str) -> str:
    return _CHILD_STEM.sub("", word) if len(word) > 5 else word


_HER_SEX = frozenset({"istri", "awewe", "perempuan", "wadon", "estri", "female", "girl"})


def _says_her_sex(text: Text, role: Hit, hits: list[Hit]) -> bool:
    """'budak abdi, istri,': a woman's word right after a child word says the child's sex, it names no one else."""
    return text.words[role.first].norm in _HER_SEX and role.first == role.last and any(
        h.kind in _CHILD_WORDS and 0 < role.first - h.last <= 3 and
        text.sentence_of(h.first) == text.sentence_of(role.first) for h in hits)


def _grown_child_words(text: Text, hits: list[Hit]) -> set[str]:
    grown: set[str] = set()
    for h in (h for h in hits if h.kind in _CHILD_WORDS):
        sentence = text.sentence_of(h.first)
        after = [i for i in range(h.last + 1, min(len(text.words), h.last + 4)) if text.sentence_of(i) == sentence]
        for i in (i for i in after if text.words[i].norm in _OWN_AGE):
            j = i + 1
            while j < len(text.words) and j < i + 4 and text.words[j].norm in _ABOUT:
                j += 1
            if (j + 1 < len(text.words) and text.words[j].norm.isdigit() and 18 <= int(text.words[j].norm) <= 99
                    and text.words[j + 1].norm in _YEARS):
                grown.add(_stem(text.words[h.first].norm))
    return grown


# Round 19 (B37-28: 'Ana cah lanang, umure kira-kira 25, ... motret lan ngrekam ibu-ibu sing lagi adus', read as a
# child): a child word whose own age, the first told within a few words after it in its sentence, is 18 or more names
# a grown person ('cah lanang, umure kira-kira 25', 'anak laki-laki, umurnya sekitar 24', 'a boy of about 25'). An
# age under 18 there ('anak laki-laki umur 14') keeps the child.
_OWN_AGE_WITHIN = 6


def _grown_by_its_age(text: Text, h: Hit, ages: list[Age]) -> bool:
    after = [a for a in ages if 0 < a.word - h.last <= _OWN_AGE_WITHIN
             and text.sentence_of(a.word) == text.sentence_of(h.first)]
    return bool(after) and min(after, key=lambda a: a.word).years >= ADULT_AGE


def assess(*, text: Text, hits: list[Hit], ages: list[Age], role_hits: list[Hit], survivor_age: int | None,
           survivor_age_group: str | None) -> ChildFinding:
    # An age right after a role word is the perpetrator's ('pria berusia 40 tahun'), not the survivor's, unless
    # the role word itself describes a relative of the reporter ('adik saya (cowok, 12 tahun)') or the reporter
    # herself ('I am volunteer 17 years old').
    # (round 23, B43-32: nor a woman's word said of the child right before it, 'Budak abdi, istri, umurna salapan welas
    # taun', my child, a girl, of 19: Danadibrata istri, 'woman', in lemes)
    ages = [a for a in ages if not any(0 < a.word - r.last <= 2 and not _describes_kin(text, r)
                                       and not _describes_self(text, r) and not _says_her_sex(text, r, hits)
                                       for r in role_hits)]
    # Round 10 (B25-25): an age told within the words for the baby she carried or nursed ('nggendong anakku sing
    # umure 8 sasi') is the baby's, not the survivor's
    babies = [h for h in hits if h.kind == k.NOT_A_CHILD_SURVIVOR and h.label == "the reporter's baby"]
    # Round 11 (B27-31, B28-05): so are the ages of the children a parent counts ('ibu dua anak (4 dan 7 tahun)') and
    # of her child who waited in the car
    theirs = babies + [h for h in hits if h.kind == k.NOT_A_CHILD_SURVIVOR and h.label in (FAMILY_SIZE, WAITING_CHILD)]
    ages = [a for a in ages if not any(b.first <= a.word <= b.last for b in theirs)]
    # and the same word for her child said again later ('anakku nganti nangis') is the same baby
    baby_words = {text.words[i].norm for b in babies for i in range(b.first, b.last + 1)}
    # (round 23: unless an act is told on it, 'gendong anak sy ..., laki2 itu meraba kemaluan anak sy': the child she
    # carried is then the one harmed)
    acted_on = [h for h in hits if h.kind in k.SEXUAL_KINDS and not h.negated]
    hits = [h for h in hits if not (h.kind in _CHILD_WORDS and any(b.first <= h.first <= b.last for b in babies))
            and not (h.kind == k.OFFSPRING and text.words[h.first].norm in baby_words and not any(
                (a.first <= h.first <= a.last or 0 < h.first - a.last <= 3) and
                text.sentence_of(a.first) == text.sentence_of(h.first) for a in acted_on))]
    if (denied_child := _not_my_child(text, hits)) is not None:
        # ('lain budakna', the child: the word said of her own child named before)
        own = [h for h in hits if h.kind in _CHILD_WORDS and (_own_child(text, h) or h is denied_child)]
        ages = [a for a in ages if not any(0 <= a.word - h.last <= _OWN_CHILD_AGE_WITHIN and
                                           text.sentence_of(a.word) == text.sentence_of(h.first) for h in own)]
        hits = [h for h in hits if not any(h is o for o in own)]
    # (round 23, B43-32: the same word said again later, 'ka budak abdi', is the child whose grown age was told six
    # words on, 'Budak abdi, istri, umurna salapan welas taun')
    if grown := _grown_child_words(text, hits) | {_stem(text.words[h.first].norm) for h in hits if h.kind in (
            k.CHILD, k.AMBIGUOUS_YOUTH) and _grown_by_its_age(text, h, ages)}:
        hits = [h for h in hits if not (h.kind in _CHILD_WORDS and _stem(text.words[h.first].norm) in grown)]
    # (after round 15's rule, which reads the same word said again with its grown age)
    hits = [h for h in hits if not (h.kind in (k.CHILD, k.AMBIGUOUS_YOUTH) and _grown_by_its_age(text, h, ages))]
    # A young person who did the act, or a child who only saw it done to a grown woman, is not the survivor.
    acts = [h for h in hits if h.kind in k.SEXUAL_KINDS and not h.negated]
    hits = [h for h in hits if not (h.kind in _CHILD_WORDS and (_agent(text, h, acts) or _subject(text, h, acts)))]
    witness = _witness_span(text, hits, ages)
    if witness is not None:
        lo, hi = witness
        lo = _witness_described(text, hits, lo)
        ages = [a for a in ages if not lo <= a.word < hi]
        # 'anak saya' said again later is the same witness (round 43: so is 'anak itu', 'that boy')
        hits = [h for h in hits if not (h.kind in _CHILD_WORDS and (lo <= h.first < hi or h.kind == k.OFFSPRING or
                                                                  _witness_named_again(text, h, hi, acts)))]
        # Round 52 (B75-37 'Anak-anak yang melihat menjadi takut', B76-38 'Anak-anak ketakutan', after pupils who saw
        # a volunteer shove or beat a mother): the children named again in a later sentence that tells no act, with
        # their sight or their fear within four words, are the witnesses still; and a child word right after 'the
        # mother of one of' names whose mother she is ('ibu salah satu murid')
        harmed = {text.sentence_of(h.first) for h in hits if not h.negated and
                  (h.kind in k.SEXUAL_KINDS or h.kind in _HARM_KINDS)}
        hits = [h for h in hits if not (h.kind in _CHILD_WORDS and h.first >= hi and (
            (text.sentence_of(h.first) not in harmed and text.sentence_of(h.first) != text.sentence_of(hi) and
             text.any_within(_SIGHT_OR_FEAR, h.last + 1, h.last + 5) and
             all(text.sentence_of(i) == text.sentence_of(h.first)
                 for i in range(h.last + 1, min(len(text.words), h.last + 5))
                 if text.words[i].norm in _SIGHT_OR_FEAR)) or
            _whose_mother(text, h)))]
    for lo, hi in _presence_spans(text, hits):
        ages = [a for a in ages if not lo <= a.word < hi]
        hits = [h for h in hits if not (h.kind in _CHILD_WORDS and lo <= h.first < hi)]
    # Round 52 (B76-24 'Adult woman (45) ... Her 9-year-old son was present and heard the comments'): a child told as
    # present where it was done, or hearing it, in a sentence that tells no act, where a grown age is told in the
    # report, is its audience as round 19's 'in front of' is: that child and the age told with it are no survivor
    if any(a.years >= ADULT_AGE for a in ages):
        harmed = {text.sentence_of(h.first) for h in hits if not h.negated and
                  (h.kind in k.SEXUAL_KINDS or h.kind in _HARM_KINDS)}
        for h in [h for h in hits if h.kind in _CHILD_WORDS and not h.negated]:
            sentence = text.sentence_of(h.first)
            if sentence in harmed:
                continue
            there = next((i for i in range(h.last + 1, min(len(text.words), h.last + 11))
                          if text.sentence_of(i) == sentence and text.words[i].norm in _PRESENT_OR_HEARD), None)
            if there is not None:
                lo = text.sentence_start(h.first)
                ages = [a for a in ages if not lo <= a.word < there]
                hits = [o for o in hits if not (o.kind in _CHILD_WORDS and lo <= o.first < there)]
    hits = [replace(h, kind=k.OFFSPRING, label="the reporter's own child (age not stated)")
            if _mine_apart(text, h, acts) else h for h in hits]
    hits = [replace(h, kind=k.OFFSPRING, label="a grown woman's own small child (age not stated)")
            if _family_apart(text, h, hits, acts) else h for h in hits]
    if _unharmed_witness(text, hits):
        return ChildFinding(False, False, ("not a child: the child is said not to have been touched, and the acts "
                                           "were done to a grown woman",))
    if _child_reporter_not_survivor(text, hits):
        ages = [a for a in ages if not _describes_reporter(text, a.word)]
        hits = [h for h in hits if not (h.kind in (k.GRADE, k.CHILD) and _describes_reporter(text, h.first))]
    # Round 52 (B75-11 'sy kelas 3 SMA tp udh 18 thn bulan kmrn'): the reporter's grade told with her own age of 18 or
    # more in its sentence ('kelas 12 SMA, tetapi usia saya sudah 18 tahun', 'yuswa kula sampun 18', 'I am in grade 12
    # but I turned 18') is a pupil who is grown: the grade says no child (never beside an age under 18 of hers)
    # (and the age told after 'but' with 'already' or 'turned', which ages.py leaves as a duration: 'tp udh 19th',
    # 'nanging wis 18 taun', 'but I turned 18')
    own_ages = [a for a in ages if _describes_reporter(text, a.word)]
    if not any(a.years < ADULT_AGE for a in own_ages):
        grown_sentences = {text.sentence_of(a.word) for a in own_ages if a.years >= ADULT_AGE}
        grown_sentences |= {text.sentence_of(text.word_at(m.start(1))) for m in _GROWN_AFTER_BUT.finditer(text.norm)}
        hits = [h for h in hits if not (
            (h.kind == k.GRADE or (h.kind == k.CHILD and h.label == _A_PUPIL)) and
            text.sentence_of(h.first) in grown_sentences and _describes_reporter(text, h.first))]
    grown_reason = None
    if (grown := _grown_reporter_harmed(text, hits, ages)) is not None:
        # (only where a sure child word or a young age would make her a child: her own child with no age, a soft
        # word, is left to the rules for someone's child below)
        family = [h for h in hits if h.kind in (k.CHILD, k.UNDERAGE, k.GRADE) and not h.negated]
        if family or any(a.years < ADULT_AGE for a in ages):
            said = family[0].quote if family else next(a.quote for a in ages if a.years < ADULT_AGE)
            hits = [h for h in hits if h.kind not in _CHILD_WORDS]
            ages = [a for a in ages if a.years >= ADULT_AGE]
            her_word = text.original[text.words[grown].start:text.words[grown].end]
            grown_reason = (f'not counted as a child: "{said}" is the reporter\'s family, named apart from the acts, '
                            f'which are told of her, a grown woman ("{her_word}")')
    reasons: list[str] = []
    if survivor_age is not None and survivor_age < ADULT_AGE:
        reasons.append(f"child: survivor age field {survivor_age} (under 18)")
    if _age_group(survivor_age_group) is True:
        reasons.append(f'child: survivor age group field "{survivor_age_group}"')
    reasons += [f'child: "{a.quote}" (age under 18)' for a in ages if a.years < ADULT_AGE]
    live = [h for h in hits if not h.negated]
    reasons += [f'child: "{h.quote}" ({h.label})' for h in live if h.kind in (k.CHILD, k.UNDERAGE)]
    reasons += [f'child: "{h.quote}" (school pupil)' for h in live if h.kind == k.GRADE and _pupil(text, h)]
    if reasons:
        return ChildFinding(True, False, tuple(dict.fromkeys(reasons)))

    soft = [h for h in live if h.kind in (k.OFFSPRING, k.AMBIGUOUS_YOUTH)]
    if not soft:
        return ChildFinding(False, False, (grown_reason,) if grown_reason else ())
    adult = [a.quote for a in ages if a.years >= ADULT_AGE] + [h.quote for h in live if h.kind == k.ADULT_STATUS]
    adult_field = (survivor_age is not None and survivor_age >= ADULT_AGE) or _age_group(survivor_age_group) is False
    if adult or adult_field:
        said = f'"{adult[0]}"' if adult else "the survivor age field"
        return ChildFinding(False, False, (f'not a child: "{soft[0].quote}" but said to be grown up ({said})',))
    if _acts_on_grown_women(text, live, soft):
        return ChildFinding(False, False, (f'not counted as a child: "{soft[0].quote}" is mentioned, but the acts '
                                           f"are done to a grown woman",))
    if _harm_apart_from_children(text, live, soft):
        return ChildFinding(False, False, (f'not counted as a child: "{soft[0].quote}" is mentioned, but no sexual '
                                           f"act is told and the harm told is done apart from the children",))
    if _reporter_is_survivor(text, live, soft):
        return ChildFinding(False, False, (f'not counted as a child: "{soft[0].quote}" is mentioned, but the acts '
                                           f"are done to the reporter",))
    return ChildFinding(True, True, (f'unsure, treated as a child: "{soft[0].quote}" ({soft[0].label}), '
                                     f"no age given",))

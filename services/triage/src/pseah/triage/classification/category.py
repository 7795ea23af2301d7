"""The IASC category of a report, from its cues.

Principles that decide (seed, IASC core principles 2-4): any sexual activity with a child is abuse,
whatever the local age of consent; exchanging aid, money, work or favours for sex is exploitation; a sexual
relationship of an aid worker with a beneficiary abuses their position. Where cues point two ways, the more
severe category wins, because a triage officer can lower it and a missed case cannot be undone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pseah.triage.classification import cues as k
from pseah.triage.classification.lexicon.danger import (EXPOSES_HER, KNOCKS_AT_NIGHT, PRESSED, SPREADS_HER_PICTURES,
                                                         WAITS_BY_HER_BATH)
from pseah.triage.classification.lexicon.exchange import BECAUSE_OF_IT
from pseah.triage.classification.lexicon.sexual import (COME_AT_NIGHT, DONE_THAT, ENTERS_TONIGHT, JOKES_ABOUT_WOMEN,
                                                         NIGHTWEAR_PICTURE, PHOTOGRAPHED_UNSEEN, POSTED_CAPTION,
                                                         PROPOSITION_MARKERS, RATING_HER_BODY, TRIES_TO_GET_IN,
                                                         USED_IN_QUOTES)
from pseah.triage.classification.matcher import Hit
from pseah.triage.classification.model import Category, PerpetratorType
from pseah.triage.classification.text import Text

_EXCHANGE_SEXUAL = (k.PROPOSITION, k.SEX_ACT, k.CONTACT, k.RAPE, k.GENITAL_CONTACT, k.NONCONTACT, k.ISOLATION,
                    k.INTRUSION, k.MARRIAGE, k.VERBAL, k.PREGNANCY)
_WITH_A_CHILD = (k.SEX_ACT, k.PREGNANCY, k.CONTACT, k.NONCONTACT, k.PROPOSITION, k.ISOLATION, k.INTRUSION,
                 k.MARRIAGE)
# A child made to watch, undress or be photographed is drawn into sexual activity (abuse); a child watched from
# hiding or followed, who takes no part, is harassed (the child flag still makes it critical); a secret asked
# for is grooming only beside another sign (a gift, an invitation), decided above
# (round 37: her bathing photographed unseen, as peeping is: B25-15, B51-33 are harassment of a child)
_AT_A_DISTANCE = frozenset({"peeping", "stalking", "asked to keep it secret", PHOTOGRAPHED_UNSEEN})
# Round 43: a picture of her in her nightwear or underwear asked of a child is harassment while it is only asked (B47-10
# 'mnt foto aku pake baju tdr', a girl of 16 who did not send it); once she says she sent one she was made to be
# photographed, abuse (B24-20 'Abdi tos ngintunkeun hiji'): herself, then within three words a verb of sending (KBBI
# kirim, mengirim; Danadibrata ngintun, ngintunkeun, ngirimkeun; Baoesastra ngirim, krama ngintun; English sent)
_HERSELF = frozenset({"saya", "sy", "aku", "abdi", "kula", "kuring", "i", "gue", "gw"})
_SENT = frozenset({"kirim", "ngirim", "mengirim", "mengirimkan", "kirimin", "ngirimin", "ngirimi", "ngintun",
                   "ngintunkeun", "ngirimkeun", "ngirimke", "ngirimake", "sent", "send"})
_SENT_WITHIN = 3


def _she_sent_one(text: Text) -> bool:
    words = text.words
    return any(w.norm in _HERSELF and any(x.norm in _SENT for x in words[i + 1:i + 1 + _SENT_WITHIN])
               for i, w in enumerate(words))


# Exchange markers that state the terms outright: with these, even a violent act is the price of the benefit.
_EXPLICIT_TERMS = frozenset({"in exchange", "on condition", "only for those who agree"})
_GROOMING_ACTS = (k.CONTACT, k.ISOLATION)
_COURTING = frozenset({"asking to be his girlfriend/wife", "a relationship with him"})
PET_WORDS = "messages with pet words"
# sweets, snacks and toys buy a child's trust (grooming); cash handed to a teenager is read as a price
_SWEETS = re.compile(r"permen|jajan|coklat|cokelat|candy|sweets|snacks?|es krim|ice cream|mainan|toys?|biskuit|"
                     r"kue|wafer|boneka|dolls?|"
                     # cigarettes and phone credit buy a teenage boy's or girl's trust as sweets buy a small child's
                     r"rokok|cigarettes?|pulsa|phone credit")
# game currency given online (the gift words of exchange.py: diamonds, top-up, skins); not phone credit, which the
# blind labels keep as a price when a volunteer pays a girl with it for a photo (B12-09: exploitation)
_GAME_CURRENCY = re.compile(r"diamonds?|\bdm\b|\buc\b|top ?-?up|voucher game|game credits?|skins?|koin game|in-game")
_CONDITIONS = frozenset({"on condition", "aid withheld otherwise"})
# dangers only beside a sexual cue (urgency.NEEDS_SEXUAL)
_NEEDS_SEXUAL = frozenset({WAITS_BY_HER_BATH, SPREADS_HER_PICTURES, EXPOSES_HER, KNOCKS_AT_NIGHT, PRESSED})
_PURPOSE = "to obtain"
# a bare 'if'/'when' (kalau, nek, menawi, lamun) links only a demand to a benefit, never a remark
_WHEN = frozenset({"on condition"})
PEEPING = "peeping"
# ... unless the remark is itself demanded of her ('hrs kirim foto2 yg seksi'): KBBI harus, kirim; Baoesastra kudu,
# kedah, ngirim; Danadibrata kudu, kedah, ngirimkeun
_DEMANDS = frozenset({"harus", "kudu", "kedah", "must", "wajib", "mesti", "minta", "meminta", "disuruh", "suruh",
                      "asked", "asks", "kirim", "ngirim", "mengirim", "kirimin", "ngirimkeun", "send", "sending",
                      # round 7: 'asalkan saya mengirimkan video diri saya ketika mandi' (KBBI mengirimkan, kirimkan)
                      "mengirimkan", "kirimkan", "dikirimkan", "dikirim", "ngirimin", "sends", "sent"})
_GROOMING_SIGNS = (k.GROOMING, k.ISOLATION, k.BENEFIT)
_SIGNS = ("pain in the genitals", "signs of")
HELD = "held or locked in"
THREATS = frozenset({"threats of harm"})


@dataclass(frozen=True)
class CategoryFinding:
    category: Category
    reason: str
    support: int          # how many distinct kinds of cue back it (for confidence)


# a touch is only asked for when 'willing' stands right before it (KBBI mau, bersedia; Baoesastra gelem, purun;
# Danadibrata daek, purun)
_WILLING = frozenset({"mau", "bersedia", "gelem", "daek", "purun", "willing", "agrees", "agree", "rela"})


def _willing_before(text: Text, h: Hit) -> bool:
    return text.any_within(_WILLING, max(text.clause_start(h.first), h.first - 2), h.first)


# Round 11 (B28-12): 'geulis, montok, hoyong dipeluk' in his quoted words: a touch he says he wants is a remark, not a
# touch done (KBBI ingin, pengin, SMS pengen; Danadibrata hoyong, hayang; Baoesastra kepingin, pengin, krama kepengin)
_WISHING = frozenset({"hoyong", "hayang", "pengen", "pengin", "pingin", "ingin", "kepingin", "kepengin", "pgn",
                      "pengen2", "want", "wanna", "wish"})


def _wished_in_quotes(text: Text, h: Hit) -> bool:
    return (h.first in text.quoted and
            text.any_within(_WISHING, h.first - 2, h.first))


# Round 12 (B29-06): 'tiap malam dia chat ... 'bajunya dibuka dikit'': undressing named in his quoted words, with a
# word of asking after it or a message before it, is nudity asked for in a message, not an assault attempted (KBBI
# sedikit, coba; informal dikit, dong, yuk: Salsabila et al. 2018; Danadibrata saeutik, sakedik, atuh; Baoesastra
# sithik; English please)
_ASKING = frozenset({"dikit", "sedikit", "sithik", "saeutik", "sakedik", "dong", "donk", "atuh", "yuk", "please",
                     "pls", "coba", "cuba"})
_MESSAGE = frozenset({"chat", "ngechat", "nge-chat", "wa", "nge-wa", "dm", "sms", "pesan", "message", "messages",
                      "messaged", "texts", "texted", "inbox", "vc", "ngirim", "kirim", "mengirim", "nulis", "menulis"})


def _undressing_asked_in_a_message(text: Text, h: Hit) -> bool:
    if not (h.kind == k.CONTACT and h.label == "an attempted sexual assault" and
            all(i in text.quoted for i in range(h.first, h.last + 1))):
        return False
    after = {w.norm for w in text.words[h.last + 1:h.last + 3]}
    sentence = text.sentence_of(h.first)
    sent = any(text.words[i].norm in _MESSAGE and text.sentence_of(i) == sentence for i in range(h.first))
    return bool(after & _ASKING) or sent


# Round 19 (B38-40: 'wengi Pak Kades sumping ka tenda abdi ..., nyarios lamun maneh masih ngomong ka LSM, ku aing
# dipaehan', read as exploitation): a man who came at night to her own tent or room ('tenda abdi', 'tenda saya',
# 'tendaku', 'my tent') with a threat of harm in the same sentence came to threaten her; the visit is the threat's,
# no invitation to his room. Without a threat it is read as before (round 14: 'datang ke tenda saya ..., coba buka
# resleting' names him as the one who comes).
_HERS = frozenset({"saya", "aku", "abdi", "kula", "kuring", "kami", "kita", "urang", "gue", "my", "our"})


def _visit_to_threaten(text: Text, h: Hit, hits: list[Hit]) -> bool:
    if h.label != COME_AT_NIGHT:
        return False
    last = text.words[h.last].norm
    hers = last.endswith("ku") or (h.last + 1 < len(text.words) and text.words[h.last + 1].norm in _HERS)
    sentence = text.sentence_of(h.first)
    return hers and any(t.kind == k.DANGER and t.label in THREATS and text.sentence_of(t.first) == sentence
                        for t in hits)


# Round 19 (B38-32): 'tonight I sleep in this tent' inside a caption he posted on her photo is what he published, not a
# visit he announces to her: no night intrusion, so no ongoing danger (a message to her keeps it: control)
def _in_a_posted_caption(text: Text, h: Hit, hits: list[Hit]) -> bool:
    return h.label == ENTERS_TONIGHT and any(
        c.label == POSTED_CAPTION and c.first <= h.first and text.sentence_of(c.first) == text.sentence_of(h.first)
        for c in hits)


def as_propositions(text: Text, hits: list[Hit]) -> list[Hit]:
    """'asal saya mau tidur dengannya': a sexual act asked for is a proposition, not an act that happened."""
    out = []
    for h in hits:
        if _visit_to_threaten(text, h, hits) or _in_a_posted_caption(text, h, hits):
            continue
        if _undressing_asked_in_a_message(text, h):
            h = Hit(kind=k.NONCONTACT, label="nudity demanded in his message", start=h.start, end=h.end,
                    first=h.first, last=h.last, quote=h.quote, negated_by=h.negated_by)
        if h.kind == k.CONTACT and _wished_in_quotes(text, h):
            h = Hit(kind=k.VERBAL, label=f"a remark: {h.label} wished in his words", start=h.start, end=h.end,
                    first=h.first, last=h.last, quote=h.quote, negated_by=h.negated_by)
        if h.kind == k.CONTACT and _willing_before(text, h):
            # 'asal saya mau dicium', 'if she lets him kiss her': a touch asked as the price, not one that happened
            h = Hit(kind=k.PROPOSITION, label=f"asking for {h.label}", start=h.start, end=h.end,
                    first=h.first, last=h.last, quote=h.quote, negated_by=h.negated_by)
        if h.kind == k.SEX_ACT and h.label not in (DONE_THAT, USED_IN_QUOTES):  # (round 50: told done in quotes)
            before = {w.norm for w in text.words[max(text.clause_start(h.first), h.first - 3):h.first]}
            # 'ngomong "geulis, hayu sare bareng"': an act in the reporter's quotes is something said, not done
            quoted = h.first in text.quoted and h.last in text.quoted
            if before & PROPOSITION_MARKERS or quoted:
                h = Hit(kind=k.PROPOSITION, label=f"asking for {h.label}", start=h.start, end=h.end,
                        first=h.first, last=h.last, quote=h.quote, negated_by=h.negated_by)
        out.append(h)
    return out


# 'get', bare (KBBI dapat; Danadibrata meunang, kenging; Baoesastra entuk, oleh, angsal, pikantuk): a link of
# exchange only when what is got is a benefit ('biar dapet terpal'); 'dapet SMS', 'dapet no hp saya dari daftar
# penerima' say how something happened, not what was traded; so does a bare 'after' ('sesudah badai Seroja' dates
# the story, 'setelah dikasih beras' names the price)
_BARE_GET = frozenset({"dapat", "entuk", "kenging", "angsal", "pikantuk", "meunang", "oleh", "after", "setelah",
                       "sesudah"})
_GOT_WITHIN = 3


def _gets_a_benefit(text: Text, h: Hit, benefits: list[Hit]) -> bool:
    return any(0 < b.first - h.last <= _GOT_WITHIN for b in benefits)


# Round 16 (B33-22, B34-14): 'yen', 'kalau', 'nek', 'menawi' right after a verb of recounting ('crita yen', 'nyarita ka
# pun bojo yén', 'cerita kalau', 'mengaku kalau') is 'that': what was told follows, no condition is set (Baoesastra
# yèn 'bilih, bahwa' after crita, ngaku; Danadibrata yén 'bahwa'; KBBI kalau, cak. 'bahwa'). Only verbs of telling
# what happened, not of saying terms: 'ngomong yen gelem ...', 'bilang kalau mau ...', krama 'matur ... menawi kula
# purun' (round 5's probe) stay conditions.
_RECOUNTING = frozenset({
    "cerita", "bercerita", "menceritakan", "ceritain", "nyeritain", "curhat", "ngaku", "mengaku", "ngakuin",
    "lapor", "melapor", "ngadu", "mengadu", "crita", "cerito", "nyritakake", "nyeritakake", "nyarita",
    "nyaritakeun", "ngadongeng", "wadul", "ngawadul", "bebeja", "sadar", "tahu", "tau", "ngerti",
    "ngertos", "terang", "apal"})
_THAT = frozenset({"yen", "kalau", "kalo", "klo", "nek", "menawi", "menawa"})
_TOLD_WITHIN = 4


def _told_that(text: Text, h: Hit) -> bool:
    if h.first != h.last or text.words[h.first].norm not in _THAT:
        return False
    sentence = text.sentence_of(h.first)
    return any(text.words[i].norm in _RECOUNTING and text.sentence_of(i) == sentence
               for i in range(max(0, h.first - _TOLD_WITHIN), h.first))


# Round 29 (B49-34's class: 'he gives only to women who keep him company', the kits in the sentence before): given to
# those whose relative clause is the company he asks for states the terms as outright as 'only for those who agree'
_GIVEN_TO_THOSE_WHO = "given to those who do it"


def _given_for_company(h: Hit, live: list[Hit]) -> bool:
    return h.label == _GIVEN_TO_THOSE_WHO and any(
        p.kind == k.PROPOSITION and h.first < p.first <= h.last + 1 and p.last > h.last for p in live)


_NEVER_THE_PRICE = frozenset({JOKES_ABOUT_WOMEN, RATING_HER_BODY, "remarks on looks", "remarks on the body"})


# Round 35 (B55-22 'sopir tangki air bersih ... suka siul2 ... trs sengaja nyiram2 baju biar basah'): the goods named
# right after the man's role and his vehicle ('sopir tangki air bersih', 'sopir truk beras', 'sopir tangki cai',
# 'sopir tangki banyu', 'driver of the rice truck') or right before them ('the rice truck driver') say what he drives,
# no price of anything (KBBI sopir, tangki, truk, mobil; Danadibrata tangki, treuk; Baoesastra tangki, trek; English
# plain usage)
_VEHICLES = frozenset({"tangki", "truk", "truck", "trek", "treuk", "mobil", "pikap", "pick-up", "pickup", "tanker",
                       "lorry", "van", "of", "the"})


def _what_he_drives(text: Text, role: Hit, benefit: Hit, benefits: list[Hit]) -> bool:
    """(and the goods named after them: 'sopir truk beras bantuan')"""
    if role.last < benefit.first <= role.last + 4:
        between = range(role.last + 1, benefit.first)
    elif role.first - 3 <= benefit.last < role.first:
        between = range(benefit.last + 1, role.first)
    else:
        return False
    return any(text.words[i].norm in _VEHICLES and text.words[i].norm not in ("of", "the") for i in between) and \
        all(text.words[i].norm in _VEHICLES or any(b.first <= i <= b.last for b in benefits) for i in between)


# (and B55-22's 'yg dtg ke titik air RW 05': the water point, the place where aid is given, as 'titik distribusi';
# KBBI titik, lokasi, tempat; English plain usage)
_PLACE_BEFORE = frozenset({"titik", "lokasi", "tempat"})
_PLACE_AFTER = frozenset({"point", "points"})


def _a_place(text: Text, benefit: Hit) -> bool:
    return ((benefit.first > 0 and text.words[benefit.first - 1].norm in _PLACE_BEFORE) or
            (benefit.last + 1 < len(text.words) and text.words[benefit.last + 1].norm in _PLACE_AFTER))


def _exchange(text: Text, live: list[Hit]) -> tuple[Hit, Hit, Hit] | None:
    """A sexual cue, a benefit and an exchange marker in one sentence."""
    by_sentence: dict[int, dict[str, Hit]] = {}
    roles = [h for h in live if h.kind in (k.AID_ROLE, k.CONDITIONAL_AID_ROLE)]
    benefits = [h for h in live if h.kind == k.BENEFIT]
    for h in live:
        if h.kind == k.BENEFIT and any(r.start <= h.start < r.end for r in roles):
            continue                    # 'penjaga keamanan', 'petugas distribusi': part of a role's name
        if h.kind == k.BENEFIT and any(_what_he_drives(text, r, h, benefits) for r in roles):
            continue                    # round 35: 'sopir tangki air bersih', 'the rice truck driver': his load
        if h.kind == k.BENEFIT and _a_place(text, h):
            continue                    # round 35: 'ke titik air RW 05', 'at the water point': where, not a price
        if h.kind == k.BENEFIT and any(i.kind == k.INTRUSION and i.start <= h.start < i.end for i in live):
            continue                    # 'goyang-goyang terpal': the tarpaulin he shakes is her shelter, not a price
        if (h.kind == k.EXCHANGE and h.first == h.last and text.words[h.first].norm in _BARE_GET
                and not _gets_a_benefit(text, h, benefits)):
            continue
        if h.kind == k.EXCHANGE and (_threat_condition(text, h, live) or _told_that(text, h)):
            continue
        if h.kind in (k.BENEFIT, k.EXCHANGE):
            by_sentence.setdefault(text.sentence_of(h.first), {}).setdefault(h.kind, h)
    because_of_it = {text.sentence_of(h.first): h for h in reversed(live)
                     if h.kind == k.EXCHANGE and h.label == BECAUSE_OF_IT}
    explicit: dict[int, Hit] = {}
    for h in live:
        if (h.kind == k.EXCHANGE and (h.label in _EXPLICIT_TERMS or _given_for_company(h, live))
                and not _threat_condition(text, h, live) and not _told_that(text, h)):
            explicit.setdefault(text.sentence_of(h.first), h)
    first = None
    # round 8: a sign read from the body ('lara nek pipis', torn clothes) is evidence of an act, never the act traded
    # round 16 (B34-29): a joke or meme is what he posts, never the act traded, even when it names a price ('memes
    # about widows who'll do anything for a tarp'); nor is his rating of her body (round 17, B36-10), nor (round 30,
    # B39-37: '"bodinya masih oke ya walau janda" ... baru dapat beras') his remarks on her looks or her body: said to
    # her in the queue, never asked of her
    for sexual in (h for h in live if h.kind in _EXCHANGE_SEXUAL and not h.label.startswith(_SIGNS)
                   and h.label not in _NEVER_THE_PRICE):
        sentence = text.sentence_of(sexual.first)
        found = by_sentence.get(sentence, {})
        if (sexual.kind == k.VERBAL and found.get(k.EXCHANGE) is not None and found[k.EXCHANGE].label in _WHEN
                and _DEMANDS.isdisjoint(w.norm for w in text.words[max(0, sexual.first - 3):sexual.first])):
            # 'menawi kula mendhet bantuan tansah ngendika ingkang saru', 'nek ora mesem ora entuk beras': remarks
            # made when or unless she takes her aid are harassment at the distribution; a price is something asked
            # of her (a proposition, an act), not something said to her
            continue
        if (sexual.label == PEEPING and not sexual.passive and found.get(k.EXCHANGE) is not None
                and found[k.EXCHANGE].label in _WHEN):
            # Round 25 (B40-14, B45-36): 'sok ngintip mun kuring mandi', 'kalo aku lagi nyusoni mesti ngintip lewat
            # sela terpal': his peeping, in the active voice, is what he does when she bathes or nurses, never a
            # price asked of her, and the tarpaulin he peeps through is her shelter ('terpal baru dikasih kalau saya
            # mau diintip', being peeped at in the passive, may still be the terms)
            continue
        given = {**by_sentence.get(sentence - 1, {}), **found}.get(k.EXCHANGE)
        if (k.BENEFIT not in found or k.EXCHANGE not in found) and sentence - 1 in by_sentence and (
                sentence in explicit or (sexual.kind in (k.SEX_ACT, k.TRANSACTION) and given is not None and
                                         given.label == "paid or given")):
            # the benefit in one sentence, the terms or the sex in the next: 'sok dibere beas ku relawan. Tapi
            # saratna kudu daek dicium', 'tiap plg dikasih pulsa 50rb ... udh tidur sm om itu'
            found = {**by_sentence[sentence - 1], **found}
        elif (k.BENEFIT not in found and k.BENEFIT in by_sentence.get(sentence - 1, {}) and
              (because := because_of_it.get(sentence)) is not None and because.first < sexual.first):
            # Round 27 (B48-16): what she got in one sentence, 'that was because' she 'served' him in the next: the
            # act named after it is the price of the benefit ('itu krn udh 'ngelayanin' pak koordinator')
            found = {**by_sentence[sentence - 1], **found, k.EXCHANGE: because}
        after = by_sentence.get(sentence + 1, {})
        if ((k.BENEFIT not in found or k.EXCHANGE not in found) and k.BENEFIT in after and k.EXCHANGE in after
                and sexual.kind not in (k.RAPE, k.GENITAL_CONTACT) and
                ((after[k.EXCHANGE].label in _CONDITIONS and
                  (_opens_sentence(text, after[k.EXCHANGE]) or
                   # (round 51, B74-07 '... asked me to send him photos of myself without clothes. He said if I send
                   # them my name will be approved': his terms told next for pictures asked, as for a proposition)
                   ((sexual.kind == k.PROPOSITION or sexual.label in _PICTURES_ASKED) and
                    _said_before(text, after[k.EXCHANGE])))) or
                 # Round 27 (B48-28: 'diajak turu bareng karo wong kecamatan ... jarene ben jatah beras ... luwih
                 # akeh'): the purpose told next as his words, 'jarene ben', 'katanya biar', 'cenah sangkan', 'he said
                 # so that', after a night or company asked: the benefit he named for it
                 (sexual.kind == k.PROPOSITION and after[k.EXCHANGE].label == _PURPOSE and
                  _said_before(text, after[k.EXCHANGE])))):
            # the demand first, the price of refusing next: '... minta relawan cewek mijit dia di kamar. Kalau
            # nolak, nama kita dicoret dari list insentif'
            found = {**after, **found}
        if ((k.BENEFIT not in found or k.EXCHANGE not in found) and sexual.kind in _PAID_AFTER and
                k.BENEFIT in after and k.EXCHANGE in after and after[k.EXCHANGE].label == "paid or given" and
                _opens_with_next(text, sentence + 1)):
            # the night first, the payment the morning after: 'Paginya kakak saya dikasih uang', 'The next morning
            # he gave her cash', 'isukna dibere artos'
            found = {**after, **found}
        if _purpose_after_both(text, sexual, found, sentence, live):
            continue
        if k.BENEFIT in found and k.EXCHANGE in found:
            if sentence in explicit:
                # the terms stated outright anywhere ('... menawi kula taksih kepengin nyambut damel') decide
                return sexual, found[k.BENEFIT], explicit[sentence]
            first = first or (sexual, found[k.BENEFIT], found[k.EXCHANGE])
    return first


# Round 43 (B63-25 'saat pembagian paket ... meremas bokong saya ..., lalu berbisik agar saya datang lagi sore hari
# sendirian'): a purpose word ('agar', 'supaya', 'ben', 'supados', 'so that') with the act and every benefit of their
# sentence before it says what he wants next, not the terms: the terms need a benefit or the act after it ('agar dapat
# beras', 'jarene ben jatah berase ditambahi', 'supaya saya mau tidur dengannya')
# (the purpose words only, never 'depends on', which points back: KBBI agar, supaya, biar; Danadibrata supados, sangkan,
# ambeh; Baoesastra ben, amrih, supaya; English so that)
_SO_THAT = frozenset({"agar", "supaya", "biar", "ben", "supados", "sangkan", "ambeh", "ameh", "amrih", "so"})


def _purpose_after_both(text: Text, sexual: Hit, found: dict[str, Hit], sentence: int, live: list[Hit]) -> bool:
    purpose, benefit = found.get(k.EXCHANGE), found.get(k.BENEFIT)
    return (purpose is not None and benefit is not None and purpose.label == _PURPOSE and
            text.words[purpose.first].norm in _SO_THAT and
            text.sentence_of(purpose.first) == sentence == text.sentence_of(benefit.first) and
            sexual.last < purpose.first and not any(
                h.kind in (k.BENEFIT, *_EXCHANGE_SEXUAL) and h.last > purpose.first and
                text.sentence_of(h.first) == sentence for h in live))


# Round 14 (B31-26): 'yen bengok tak pateni kowe', 'kalau berteriak dia akan membunuhnya', 'if you scream I'll kill
# you': the condition of a threat of harm, right before it, sets no terms of an exchange
# (the threat to kill or harm, not 'ngancam' alone: 'ngancam yen ora gelem, bantuane dicabut' states terms)
_THREAT_AFTER = 6
_THREAT_BEFORE = 2


def _threat_condition(text: Text, h: Hit, live: list[Hit]) -> bool:
    return any(t.kind == k.DANGER and t.label in THREATS and text.sentence_of(t.first) == text.sentence_of(h.first)
               and (0 < t.first - h.last <= _THREAT_AFTER or 0 < h.first - t.last <= _THREAT_BEFORE) for t in live)


# 'the morning after', 'after that' opening a sentence (KBBI paginya, besoknya, setelah itu; Danadibrata isukna,
# sanggeusna; Baoesastra esuke, sakbanjure; krama enjingipun)
_NEXT = frozenset({"paginya", "besoknya", "esoknya", "keesokan", "isukna", "isukan", "esuke", "sesuke", "enjingipun",
                   "setelahnya", "sesudahnya", "sanggeusna", "sabada", "sakbanjure", "banjur", "terus", "the", "next",
                   "afterwards", "later", "after", "setelah", "sesudah", "habis", "abis", "bar", "mari"})
_PAID_AFTER = (k.SEX_ACT, k.ISOLATION, k.TRANSACTION)


def _opens_with_next(text: Text, sentence: int) -> bool:
    first = next((i for i, _ in enumerate(text.words) if text.sentence_of(i) == sentence), None)
    return first is not None and text.words[first].norm in _NEXT


def _opens_sentence(text: Text, hit: Hit) -> bool:
    """'Kalau nolak, ...', 'If she refuses ...': the condition is what the sentence is about."""
    return hit.first - text.sentence_start(hit.first) <= 1


# Round 20 (B39-34: '... I stayed the night with the foreman ... He said if I did, my family would get ...'): the
# terms told as his words, 'he said', 'katanya', 'cenah', 'jarene' (KBBI kata; Danadibrata cenah; Baoesastra jare),
# still open the sentence after a night asked or spent (not after a touch: 'Dia bilang kalau saya lapor, jatah
# bantuan keluarga saya bakal dicoret', B20-39, is the price of reporting a hug, not the terms of it)
_SAID = frozenset({"he", "she", "they", "said", "says", "told", "tells", "me", "her", "that", "katanya", "kata",
                   "dia", "bilang", "ngomong", "cenah", "saurna", "anjeunna", "jarene", "jare", "dheweke", "ngendika",
                   # round 27: the krama "ngendikanipun" (he said; Baoesastra ngendika)
                   "ngendikanipun",
                   "ngendikane", "ngendikan", "promised", "janji", "berjanji"})


_PICTURES_ASKED = frozenset({"asking for naked images", "nudity demanded"})


def _said_before(text: Text, hit: Hit) -> bool:
    begin = text.sentence_start(hit.first)
    return 0 < hit.first - begin <= 3 and all(w.norm in _SAID for w in text.words[begin:hit.first])


def _first(live: list[Hit], *kinds: str) -> Hit | None:
    return next((h for h in live if h.kind in kinds), None)


# Denied outright ('relawan itu tidak pernah meminta imbalan', 'ora tau dilecehke', 'nothing happened'): when
# these are negated and nothing else places the report, the reporter is telling us it did not happen.
_DENIABLE = (*k.SEXUAL_KINDS, k.OTHER_MISCONDUCT, k.PHYSICAL_VIOLENCE, k.MISTREATMENT, k.EXCHANGE, k.DISTRESS)
# 'teu terang kedah ka mana' (I don't know where I must go): a negated 'must', 'if' or 'to get' denies nothing
_NOT_A_DENIAL = frozenset({"aid withheld otherwise", "on condition", "to obtain"})


def decide(*, text: Text, live: list[Hit], child_possible: bool, perpetrator: PerpetratorType,
           denied: list[Hit] | None = None, young_child: bool = False) -> CategoryFinding:
    """`live` are the hits that no negation reaches, with requested acts already turned into propositions;
    `denied` the negated ones; `young_child`: an age under 13 is given."""
    kinds = {h.kind for h in live}
    support = len(kinds & set(k.SEXUAL_KINDS + (k.BENEFIT, k.EXCHANGE)))
    if (h := _first(live, k.TRANSACTION)) is not None:
        return CategoryFinding(Category.SEXUAL_EXPLOITATION, f'exploitation: "{h.quote}" ({h.label})', support + 1)
    secret = next((h for h in live if h.kind in (k.GROOMING, k.ISOLATION) and "secret" in h.label), None)
    if child_possible and secret is not None and any(
            h.kind in _GROOMING_SIGNS for h in live if not (h.first <= secret.last and secret.first <= h.last)):
        # another sign than the secret itself ('ulah bebeja ka mamah' is read both as secrecy and as grooming)
        # gifts, night invitations and secrecy with a child: grooming, abuse even where gifts are 'exchanged'
        return CategoryFinding(Category.SEXUAL_ABUSE, f'abuse: grooming of a child ("{secret.quote}", '
                                                      f"{secret.label})", support + 1)
    violent = _first(live, k.RAPE, k.GENITAL_CONTACT)
    # (round 50, B71-35: 'used' in quotes is sex done to her as a thing, no consent in it: abuse, whoever did it)
    violent = violent or next((h for h in live if h.kind == k.SEX_ACT and h.label == USED_IN_QUOTES), None)
    # a benefit or an exchange marker under a negation is still one: 'bantuan tidak cair kalau tidak mau ...'
    found = _exchange(text, live + [h for h in denied or [] if h.kind == k.BENEFIT or
                                    (h.kind == k.EXCHANGE and h.label in _CONDITIONS)])
    if found is not None and (violent is None or found[2].label in _EXPLICIT_TERMS):
        # rape 'after offering her a lift' is abuse; rape as the stated price of aid is exploitation
        sexual, benefit, exchange = found
        # any gift in the sentence may be the grooming one ('gave him cigarettes and money and took him to his car')
        gifts = [h.quote for h in live if h.kind == k.BENEFIT and
                 text.sentence_of(h.first) == text.sentence_of(benefit.first)] or [benefit.quote]
        sweets = any(_SWEETS.search(g.casefold()) for g in gifts)
        if (child_possible and exchange.label == "paid or given" and (
                (sexual.kind in _GROOMING_ACTS and (young_child or sweets)) or
                # round 9 (B24-29): a child asked to be his girlfriend and given money many times, then touched: the
                # gifts court her (grooming), the price of nothing stated
                (sexual.label in _COURTING and
                 any(h.kind == k.CONTACT for h in live)) or
                # round 8: images asked of a child paid in game currency online ('ngasih diamonds terus minta dia
                # kirim foto'): grooming, abuse
                (sexual.kind == k.NONCONTACT and _GAME_CURRENCY.search(" ".join(gifts).casefold())) or
                # round 11: night messages calling a child by a pet word, and gifts: courting, grooming
                sexual.label == PET_WORDS)):
            # sweets or small money given to a child who is then touched or taken aside: grooming, abuse; a price
            # stated as terms ('syaratnya', 'if she does') or paid for sex itself stays exploitation
            return CategoryFinding(Category.SEXUAL_ABUSE, f'abuse: "{sexual.quote}" ({sexual.label}) with a child '
                                                          f'groomed by "{benefit.quote}" ({benefit.label})', support + 1)
        return CategoryFinding(
            Category.SEXUAL_EXPLOITATION,
            f'exploitation: "{sexual.quote}" ({sexual.label}) linked to "{benefit.quote}" ({benefit.label}) '
            f'by "{exchange.quote}"', support + 1)
    if (h := violent) is not None:
        return CategoryFinding(Category.SEXUAL_ABUSE, f'abuse: "{h.quote}" ({h.label})', support + 1)
    held = next((h for h in live if h.kind == k.DANGER and h.label == HELD), None)
    if held is not None and (h := _first(live, *k.SEXUAL_KINDS)) is not None:
        return CategoryFinding(Category.SEXUAL_ABUSE, f'abuse: "{h.quote}" ({h.label}) while held ("{held.quote}")',
                               support + 1)
    # Round 14 (B32-38): he tries to get into her tent and says what for ('coba buka resleting, bilang mau tidur deng
    # beta'): a threatened sexual intrusion, abuse (IASC), as a sexual demand made while she is locked in is
    entry = next((h for h in live if h.kind == k.INTRUSION and h.label == TRIES_TO_GET_IN), None)
    # (round 49, B69-12: the sexual word in the sentence of the attempt, what he says it is for; a shout of 'kawin' on
    # other nights, in another sentence, with the tent opened by someone unnamed, is harassment)
    if entry is not None and (h := _first([x for x in live if x.kind != k.INTRUSION and
                                           text.sentence_of(x.first) == text.sentence_of(entry.first)],
                                          *k.SEXUAL_KINDS)) is not None:
        return CategoryFinding(Category.SEXUAL_ABUSE, f'abuse: "{h.quote}" ({h.label}) while he tries to get in '
                                                      f'("{entry.quote}")', support + 1)
    drawn_in = [h for h in live if h.label not in _AT_A_DISTANCE and (h.label != NIGHTWEAR_PICTURE or
                                                                      (child_possible and _she_sent_one(text)))]
    if child_possible and (h := _first(drawn_in, *_WITH_A_CHILD)) is not None:
        return CategoryFinding(Category.SEXUAL_ABUSE,
                               f'abuse: "{h.quote}" ({h.label}) with a child: sexual activity with a child is abuse',
                               support + 1)
    if (h := _first(live, k.SEX_ACT, k.PREGNANCY)) is not None:
        if perpetrator is PerpetratorType.AID_WORKER:
            return CategoryFinding(Category.SEXUAL_EXPLOITATION,
                                   f'exploitation: "{h.quote}" ({h.label}) by an aid worker with someone they serve '
                                   f"(abuse of position)", support)
        return CategoryFinding(Category.SEXUAL_ABUSE, f'abuse: "{h.quote}" ({h.label}); consent unclear', support)
    if (h := _first(live, k.CONTACT)) is not None:
        return CategoryFinding(Category.SEXUAL_ABUSE, f'abuse: "{h.quote}" ({h.label}, physical)', support + 1)
    if (h := _first(live, k.MARRIAGE)) is not None and perpetrator is PerpetratorType.AID_WORKER:
        return CategoryFinding(Category.SEXUAL_EXPLOITATION,
                               f'exploitation: "{h.quote}" ({h.label}) by an aid worker (abuse of position)', support)
    if (h := _first(live, k.NONCONTACT, k.VERBAL, k.PROPOSITION, k.ISOLATION, k.INTRUSION)) is not None:
        return CategoryFinding(Category.SEXUAL_HARASSMENT, f'harassment: "{h.quote}" ({h.label})', support + 1)
    if (h := _first(live, k.PHYSICAL_VIOLENCE, k.MISTREATMENT, k.OTHER_MISCONDUCT)) is not None:
        return CategoryFinding(Category.OTHER_MISCONDUCT, f'other misconduct: "{h.quote}" ({h.label})',
                               1 + len(kinds & {k.PHYSICAL_VIOLENCE, k.MISTREATMENT, k.OTHER_MISCONDUCT}))
    if (h := next((h for h in live if h.kind == k.DANGER and h.label in THREATS), None)) is not None:
        # 'berteriak akan membunuh saya', 'threatened to burn our tent': a threat of harm is misconduct itself
        return CategoryFinding(Category.OTHER_MISCONDUCT, f'other misconduct: "{h.quote}" (a threat of harm)', 1)
    if (h := _first(live, k.NOT_MISCONDUCT)) is not None:
        return CategoryFinding(Category.NOT_MISCONDUCT, f'not misconduct: no misconduct named; "{h.quote}" '
                                                        f"({h.label})", 1)
    # 'kula mboten saged nolak' (I could not refuse) denies nothing: refusal words are no denial of the act
    if (h := _first([d for d in denied or [] if d.label not in _NOT_A_DENIAL], *_DENIABLE)) is not None:
        return CategoryFinding(Category.NOT_MISCONDUCT, f'not misconduct: the reporter says it did not happen '
                                                        f'("{h.negated_by} ... {h.quote}")', 1)
    return CategoryFinding(Category.NOT_MISCONDUCT, "not misconduct: no misconduct named", 0)


def fallback(*, text: Text, live: list[Hit], child_possible: bool) -> CategoryFinding:
    """A report no cue placed: the most likely misconduct, flagged as a guess (never 'not misconduct', which
    needs positive evidence). A child with grooming, isolation or distress is treated as possible abuse."""
    del text
    if child_possible and (h := _first(live, k.GROOMING, k.ISOLATION, k.DISTRESS)) is not None:
        return CategoryFinding(Category.SEXUAL_ABUSE, f'unplaced, treated as possible abuse: a child and "{h.quote}" '
                                                      f"({h.label})", 0)
    # (round 34: not a danger that is one only beside a sexual cue, none here: 'Relawan mengetuk pintu tenda tengah
    # malam untuk memberi tahu ada banjir' is a warning, nothing to place as abuse)
    if (h := _first([h for h in live if h.label not in _NEEDS_SEXUAL], k.DISTRESS, k.DANGER)) is not None:
        return CategoryFinding(Category.SEXUAL_ABUSE, f'unplaced, treated as possible abuse: "{h.quote}" ({h.label})',
                               0)
    return CategoryFinding(Category.OTHER_MISCONDUCT, "unplaced: no cue of misconduct or of feedback; proposed as "
                                                      "other misconduct for an officer to place", 0)

"""Urgent medical care (sexual violence within 72 hours) and ongoing danger."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from pseah.triage.classification import cues as k
from pseah.triage.classification.lexicon.danger import (CHILDREN_TAKEN, DARES_NOT_LEAVE, EXPOSES_HER, KEEPS_CLOSE,
                                                         KNOCKS_AT_NIGHT, KNOWS_HER_BED, NIGHTLY_AT_HER_DOOR, PRESSED,
                                                         SAYS_HE_IS_OUTSIDE,
                                                         SPREADS_HER_PICTURES, STILL_COMES_DAILY, STILL_LIVES_NEAR,
                                                         UNLOCKABLE,
                                                         UNLOCKED_TONIGHT, WAITS_BY_HER_BATH)
from pseah.triage.classification.lexicon.sexual import (GETS_INTO_HER_BED, INSIDE_CLOTHES, NIGHT_INTRUSIONS, POSSESSIVE,
                                                         SELLS_HER_BODY, TRIES_TO_GET_IN, USED_IN_QUOTES)
from pseah.triage.classification.lexicon.time import INCIDENT_WORDS
from pseah.triage.classification.matcher import Hit
from pseah.triage.classification.text import Text
from pseah.triage.classification.timing import PEP_WINDOW, When, find_times, from_incident_date

THREATENED = "threats"                  # misconduct.MISTREATMENT's label for 'mengancam', 'ngancam', 'threatened'
_WINDOW_HOURS = PEP_WINDOW.total_seconds() / 3600


@dataclass(frozen=True)
class Urgency:
    urgent_medical: bool
    reasons: tuple[str, ...]
    unsure: bool = False


# 'harus datang', 'must come', 'kudu datang': said as terms of an exchange, not (yet) done
_DEMANDED = frozenset({"harus", "must", "kudu", "kedah", "wajib", "mesti", "kudune", "have", "has"})

# the passive of 'ajak' (KBBI diajak; Baoesastra dijak, krama dipun ajak; Danadibrata diajak, kaajak)
_TAKEN_ALONG = frozenset({"diajak", "dijak", "diajakin", "diajak-ajak", "kaajak", "diajakan", "dibawa", "digawa"})
# told or made to (KBBI disuruh, SMS dsuruh, dsuru; Baoesastra dikongkon, krama dipun utus; Danadibrata dititah,
# dipiwarang; English made, forced, told), and forced or threatened (KBBI dipaksa, mengancam; Baoesastra dipeksa,
# ngancam; Danadibrata dipaksa, ngancam)
_ORDERED = frozenset({"disuruh", "dsuruh", "dsuru", "disuru", "suruh", "dikongkon", "dikongkonan", "utus", "dititah",
                      "dipiwarang", "dipaksa", "dipeksa", "peksa", "kapaksa", "made", "forced", "told"})
_FORCED = frozenset({"dipaksa", "paksa", "maksa", "memaksa", "dipaksa-paksa", "dipeksa", "peksa", "meksa", "kapaksa",
                     # round 9: had to, compelled (KBBI terpaksa; Baoesastra kepeksa, krama kepeksa; Danadibrata
                     # kapaksa)
                     "terpaksa", "kepeksa", "kepaksa",
                     "dipaksakeun", "forced", "forcing", "force", "ngancam", "mengancam", "diancam", "ngancem",
                     "diancem", "ngancem-ngancem", "threatened", "threatening", "threats", "threat"})
_ASKED_FOR_ACT = "asking for "
# (round 50) the words of compulsion that say a quoted euphemism right after them was done (had to, was forced to)
_COMPELLED = frozenset({"terpaksa", "kepaksa", "kapaksa", "kepeksa", "dipaksa", "dipeksa", "forced"})
QUOTED_EUPHEMISM_LABEL = "a sexual euphemism in quotes"          # (classifier._cues' label for them)
# Round 8 (B21-26): an act he threatened or said he would do ('ngancam badhe mlebet tenda lan ngrudapeksa kula',
# 'mengancam akan memperkosa', 'threatened to rape me') has not happened: a threat and a danger, not a case for
# post-exposure care (KBBI mengancam, akan; Baoesastra ngancam, badhe, arep; Danadibrata ngancam, bade, rek)
_THREATENED_OR_FUTURE = frozenset({"ngancam", "mengancam", "ngancem", "diancam", "ancam", "threatened", "threatens",
                                   "threatening", "threaten", "badhe", "bade", "akan", "bakal", "arep", "rek", "will",
                                   "would", "going"})
ATTEMPTED = "an attempted sexual assault"
# round 34: an attempt told by what he did, urgent only when dated within the window (violence, assess_urgency)
_BY_WHAT_HE_DID = ", told by what he did"
# the first words of 'grabbed her from behind', 'dipeluk dari belakang', 'direngkuh ti tukang' (lexicon.sexual)
_FROM_BEHIND = frozenset({"grabbed", "dipeluk", "direngkuh"})
# what she wears, in the attempts of lexicon.sexual (KBBI baju, celana, rok, sarung, kain, resleting; Danadibrata
# acuk, calana, samping, sinjang; Baoesastra klambi, kathok, jarik, jarit, krama rasukan, sinjang; English plain
# usage), with their clitics
_HER_CLOTHES = frozenset(
    f"{base}{clitic}" for base in (
        "baju", "celana", "calana", "clana", "rok", "sarung", "pakaian", "kain", "resleting", "sleting", "acuk",
        "klambi", "kathok", "katok", "jarik", "jarit", "sinjang", "rasukan", "samping", "clothes", "pants",
        "trousers", "skirt", "sarong", "underwear", "shirt", "dress", "shorts", "knickers", "panties", "blouse", "top")
    for clitic in ("", "nya", "ku", "mu", "na", "ne", "e", "ipun"))
# Round 34 (B16-24 'Durung nganti kena apa-apa'; 'sebelum terjadi apa-apa', 'before anything happened'): the report
# says the attempt stopped before anything happened (KBBI belum, sebelum, terjadi; Baoesastra durung, sadurunge,
# kedadeyan, kena; Danadibrata acan, samemeh, kajadian; English plain usage)
_NOT_YET = frozenset({"belum", "blm", "sebelum", "durung", "dereng", "sakdurunge", "sadurunge", "sakderengipun",
                      "acan", "samemeh", "saacan", "before"})
_HAPPENED = frozenset({"terjadi", "kena", "kenapa-napa", "apa-apa", "kedadeyan", "kedaden", "kedadosan", "kajadian",
                       "nanaon", "happened", "anything"})


# round 34: 'if she wants' opening the terms (KBBI mau, ingin; Baoesastra pengin, gelem, krama kersa; Danadibrata
# hoyong, hayang; English plain usage); never 'kalau tidak salah' (if I am not mistaken)
_WANTS = frozenset({"mau", "ingin", "pengen", "pengin", "kepengin", "hoyong", "hayang", "palay", "kersa", "want",
                    "wants", "wanted", "gelem", "daek", "purun"})
_COMES_BACK = "he comes back every night"        # (lexicon.danger)
_SAFE = frozenset({"aman", "safe", "tenang"})
_NOT = frozenset({"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "teu", "henteu", "ora", "mboten",
                  "boten", "not", "don't", "dont", "doesn't", "never", "no", "longer"})


def _unsafe(text: Text) -> bool:
    """She says she is afraid or not safe ('I don't feel safe', 'saya tidak merasa aman', 'abdi sieun')."""
    return any(w.norm in _AFRAID or w.norm == "unsafe" or (w.norm in _SAFE and text.any_within(_NOT, i - 3, i))
               for i, w in enumerate(text.words))


def _stopped_short(text: Text) -> bool:
    return any(w.norm in _NOT_YET and text.any_within(_HAPPENED, i + 1, i + 4) for i, w in enumerate(text.words))
# Round 18: an injury or bleeding on the body (KBBI berdarah, luka, lecet, memar, lebam, bengkak; Danadibrata getih,
# getihan, raheut, baret, biru 'bruised'; Baoesastra getih, getihen, tatu; English plain usage)
_INJURED = frozenset({"berdarah", "darah", "pendarahan", "perdarahan", "luka", "terluka", "lecet", "lecet-lecet",
                      "memar", "lebam", "bengkak", "getih", "getihan", "getihen", "raheut", "baret", "baret-baret",
                      "biru-biru", "tatu", "bleeding", "blood", "bled", "bloody", "bruised", "bruises", "bruise",
                      "swollen", "injured", "injury", "injuries", "wounded", "wound", "wounds", "scratched",
                      "scratches",
                      # round 22 (B41-26): swollen in Sundanese and Javanese (Danadibrata bareuh, Baoesastra abuh)
                      "bareuh", "abuh"})
# Fear (KBBI takut; Danadibrata sieun; Baoesastra wedi, krama ajrih; English plain usage), also of going out (below)
_AFRAID = frozenset({"takut", "wedi", "sieun", "ajrih", "scared", "afraid", "frightened"})
# Round 23: pain (KBBI sakit, nyeri, perih; Danadibrata nyeri, nyareri, peurih; Baoesastra lara, krama sakit; English
# plain usage) and fear (KBBI ketakutan, gemetar; and _AFRAID), read beside an attempted assault only
_PAIN_OR_FEAR = _AFRAID | frozenset({"sakit", "kesakitan", "nyeri", "nyareri", "perih", "peurih", "lara", "pain",
                                     "painful", "hurts", "aching", "aches", "sore", "ketakutan", "gemetar",
                                     "gemeteran", "terrified", "trauma",
                                     # round 28 (B49-15 'taksih gemeter'): trembling (Baoesastra gemeter, dhredheg;
                                     # Danadibrata dégdég, geter; KBBI gemetar, gemetaran; English plain usage)
                                     "gemeter", "ndredheg", "dredheg", "ngadegdeg", "ngadégdég", "ngageter",
                                     "gemetaran", "trembling", "shaking", "shaken"})
# round 9: terms, not a deed (KBBI mesti, SMS musti, kalau, jika; Danadibrata kudu, lamun; Baoesastra kudu, yen)
# (round 19, B38-21: Javanese 'nek', Sundanese 'mun', short 'if'; Baoesastra nek, Danadibrata mun)
_TERMS = frozenset({"musti", "mesti", "harus", "kudu", "kedah", "wajib", "kalau", "kalo", "jika", "asal", "asalkan",
                    "lamun", "upami", "yen", "menawi", "if", "unless", "mau", "must", "want", "wants", "wanted",
                    "nek", "mun",
                    "asked", "asks", "minta", "meminta", "ngajak", "mengajak", "ajak", "diajak", "nawarin",
                    "menawarkan", "offered", "offers"})
GAVE_IN = "gave in to the terms"
_FOR_AID = ", for aid"
# round 9: she gave in (Ambonese iko; KBBI ikut, menuruti, SMS nurut; Baoesastra manut, nuruti; Danadibrata nurut)
_GAVE_IN = frozenset({"iko", "ikut", "nurut", "menurut", "nuruti", "menuruti", "nurutin", "manut", "nurutan",
                      "nuturkeun", "gave", "agreed", "complied", "went",
                      # round 11: Jakarta 'ikutin', 'ngikutin' (Salsabila et al. 2018), KBBI mengikuti; willing,
                      # said of herself after the terms (Baoesastra gelem, krama purun; Danadibrata daek)
                      "ikutin", "ngikutin", "mengikuti", "turuti", "gelem", "daek", "purun",
                      # round 15 (B33-29): she went to him, stayed the night or kept him company, told after his terms
                      # ('She go with him yesterday night', 'Tadi malam kakak pergi ke sana', 'aku nginep ning
                      # kamare'): going (KBBI pergi, berangkat, SMS pgi; Baoesastra lunga, mangkat, krama tindak,
                      # kesah; Danadibrata indit, angkat, mangkat; English went and non-native go, goes), staying the
                      # night (KBBI menginap, bermalam, nginap; Baoesastra nginep, nyipeng; Danadibrata nginep, mondok;
                      # English stayed, spent, slept) and keeping him company (KBBI menemani, SMS nemenin, nemani;
                      # Baoesastra ngancani, nemeni; Danadibrata ngancanan, ngabaturan; English accompanied)
                      "pergi", "pgi", "berangkat", "lunga", "mangkat", "kesah", "indit", "angkat", "go", "goes",
                      "menginap", "nginep", "nginap", "bermalam", "nyipeng", "mondok", "stayed", "spent", "slept",
                      "menemani", "nemenin", "nemani", "ngancani", "nemeni", "ngancanan", "ngabaturan", "accompanied",
                      # round 25b: going along, Sundanese 'ngiring', 'milu' (Danadibrata ngiring, milu)
                      "ngiring", "milu"})
# round 11: 'Yen ora gelem', 'teu daek', 'durung nuruti': a refusal or not yet, not giving in (KBBI tidak;
# Baoesastra ora, emoh, krama boten; Danadibrata teu, embung; Jakarta kagak, ogah)
_REFUSING = frozenset({"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "kagak", "ogah", "ora", "emoh",
                       "boten", "mboten", "teu", "henteu", "embung", "moal", "not", "never", "refused", "didn't",
                       "wouldn't", "won't", "yen", "kalau", "kalo", "lamun", "upami", "menawi", "if",
                       # not yet ('aku durung nuruti'; KBBI belum; Baoesastra durung, krama dereng; Danadibrata acan)
                       "durung", "dereng", "belum", "blm", "blom", "tacan", "acan", "can", "urung", "haven't",
                       "hasn't", "yet",
                       # round 15: 'She does not go', 'she don't go' (English, non-native without the apostrophe)
                       "don't", "doesn't", "dont", "doesnt", "didnt"})


def violence(*, text: Text, live: list[Hit], child_possible: bool) -> list[Hit]:
    """Acts that call for post-exposure prophylaxis or emergency contraception if recent.

    Intercourse with a child is sexual violence whatever was said about consent. Being taken somewhere and then
    found crying or hurt is treated as a suspected assault: the check costs less than a missed one.
    """
    acts = [h for h in live if h.kind in (k.RAPE, k.GENITAL_CONTACT) and not _threatened(text, h)]
    # Round 50 (B71-35 'digawa mlebu kebon tebu terus 'dienggo' karo wong kuwi'): 'used' by a man, the passive in
    # quotes, is sex done to her as a thing, no consent in it: examined as an assault if recent, for anyone
    acts += [h for h in live if h.kind == k.SEX_ACT and h.label == USED_IN_QUOTES]
    # Round 50 (B72-39 'she says she 'terpaksa melayani' the petugas pendataan ... on Wednesday night'): compelled to
    # 'serve' him, the euphemism in quotes within three words after the word of compulsion ('terpaksa 'melayani'',
    # 'kapaksa 'ngalayanan'', 'kepeksa 'ngladeni'', 'forced to 'serve''), is told done, for anyone, as round 7 read
    # it for a child (KBBI terpaksa, dipaksa; Danadibrata kapaksa, dipaksa; Baoesastra kepeksa, dipeksa; English
    # plain usage)
    acts += [h for h in live if h.kind == k.PROPOSITION and h.label == QUOTED_EUPHEMISM_LABEL and
             any(w.norm in _COMPELLED for w in text.words[max(text.clause_start(h.first), h.first - 3):h.first])]
    # Round 18 (B38-18: held down, thrown to the ground, 'calanana bade dilaan', her neck bruised and hands bleeding):
    # an attempted rape of anyone told beside an injury is examined as an assault if recent; whether it stopped
    # where the report says cannot be known, and the injury itself needs care
    # Round 23 (B43-27: 'bade diperkosa ... Ayeuna awak abdi nyareri, teu tiasa sare'): pain or fear told beside the
    # attempt are as much a reason to examine her within the window as an injury
    if any(w.norm in _INJURED or w.norm in _PAIN_OR_FEAR for w in text.words):
        acts += [h for h in live if h.kind == k.CONTACT and h.label == ATTEMPTED]
    if child_possible:
        acts += [h for h in live if h.kind == k.SEX_ACT]
        # 'diajak turu bareng karo relawan': a child 'taken along' to sleep with him is read as an invitation, but
        # the passive says she went; post-exposure care cannot wait for an officer to ask what happened
        # a child whose clothes were pulled at or off: whether it stopped there is not known from the report
        acts += [h for h in live if h.kind == k.CONTACT and h.label == ATTEMPTED]
        # a hand inside a child's clothes reached what the report may not name: examined as an assault if recent
        acts += [h for h in live if h.kind == k.CONTACT and h.label == INSIDE_CLOTHES]
        # round 14 (B13-40): a man in a child's blanket or sleeping bag at night did what the report may not name
        acts += [h for h in live if h.kind == k.CONTACT and h.label == GETS_INTO_HER_BED]
        # round 49 (B69-20 'cah-cah wadon pengungsi ... sing dodolan awak'): a child who sells her body has sex for
        # pay; when it was last done is seldom told, and the labelling rules count that as possibly within 72 h
        acts += [h for h in live if h.kind == k.TRANSACTION and h.label == SELLS_HER_BODY]
        # round 52 (B75-24 'sopir truk logistik kasih dia uang 100rb dan sembako beberapa hari lalu, in exchange for
        # sex'): sex traded for money or aid, with a payment told as given in its sentence ('kasih', 'dikasih',
        # 'dibere', 'diwenehi', krama 'dipunparingi', 'paid'), is the trade done; an offer ('menawari', 'offered')
        # is not
        acts += [h for h in live if h.kind == k.TRANSACTION and h.label == _SEX_TRADED and any(
            p.kind == k.EXCHANGE and p.label == _PAID and not p.quote.casefold().startswith(_TRADE_WORDS)
            and text.sentence_of(p.first) == text.sentence_of(h.first) for p in live)]
        # (in quotes it is the invitation as he worded it: 'diajak "tidur bareng" di hotel')
        acts += [h for h in live if h.kind == k.PROPOSITION and h.label.startswith(_ASKED_FOR_ACT) and
                 h.first not in text.quoted and
                 text.any_within(_TAKEN_ALONG, h.first - 3, h.first)]
        # Round 7: told or forced to 'melayani' him, in quotes ('dsuruh 'melayani' bpk kpl gudang'): the order
        # says what was done to the child, as the passive of 'ajak' does above
        acts += [h for h in live if h.kind == k.PROPOSITION and
                 text.any_within(_ORDERED, h.first - 3, h.first)]
    # Round 34 (B56-20 'Last night around 1am our team leader came into my room ..., got into my bed and tried to pull
    # my shorts down. I kicked him and he left.'): an attempt told by what he did to her clothes, or his getting into
    # her bed or sleeping mat, is examined as an assault for anyone when a time within 72 h is told: whether it
    # stopped where the report says cannot be known (with no time told an officer asks, assess_urgency). Not where
    # the report says it stopped before anything happened ('Durung nganti kena apa-apa', B16-24), nor an attempt
    # told without what he did ('tried to force himself on me ... aku iso mlayu sakdurunge kedadeyan', B5-39), nor
    # being grabbed or hugged from behind, which reaches no clothes
    by_what_he_did = [replace(h, label=f"{h.label}{_BY_WHAT_HE_DID}") for h in live if h.kind == k.CONTACT and
                      h not in acts and (h.label == GETS_INTO_HER_BED or (
                          h.label == ATTEMPTED and text.words[h.first].norm not in _FROM_BEHIND and
                          any(w.norm in _HER_CLOTHES for w in text.words[h.first:h.last + 1])))]
    if by_what_he_did and not _stopped_short(text):
        acts += by_what_he_did
    # Round 7: an act said by a euphemism ('ngalakukeun perkawis anu teu pantes', 'did things to me') with force or
    # a threat in its sentence or the one before is read as an assault: examined if recent
    for act in (h for h in live if h.kind == k.SEX_ACT):
        here = text.sentence_of(act.first)
        if any(w.norm in _FORCED and here - 1 <= text.sentence_of(i) <= here for i, w in enumerate(text.words)):
            acts.append(act)
    # Round 9 (B23-35): sex for aid told as done is sexual contact, whatever the category: 'tidur dengan petugas
    # supaya dapat beras', 'I slept with the guard so that he would give me rice' (not the terms: 'beta musti tidor
    # deng dia', 'kalau mau ... harus tidur dengannya'); and her giving in to the terms told after them ('beta su iko
    # satu kali kamarin malam': Ambonese iko, KBBI ikut, menuruti; Baoesastra manut, nuruti, krama nurut; Danadibrata
    # nurut, nuturkeun), dated by the time beside the giving in
    traded = {text.sentence_of(h.first) for h in live if h.kind in (k.EXCHANGE, k.BENEFIT)}
    # Round 11 (B27-04): the terms may be a request ('asal mau 'melayani' dia', 'as long as I 'serve' him'), and her
    # giving in may come two sentences later, after what he threatened otherwise ('Yen ora gelem, dikon lunga. Aku wis
    # ping pindho terpaksa nurut, sing terakhir tadi malam')
    asked = [h for h in live if h.kind == k.PROPOSITION and h not in acts and
             text.sentence_of(h.first) in traded]
    # Round 15: the night itself told as done in the sentence of the aid ('Tadi malam kakak saya menginap di mess
    # sopir tangki supaya dapat air', 'kakak aq nemenin sopir truk air semalem di messnya biar tenda kami dpt air',
    # 'mondok di kamar supir tangki supados kenging cai') is sex for aid, as 'tidur dengan petugas supaya dapat beras'
    # is; not the terms or a request ('mau menginap', 'diminta menemani', 'kalau nginep', 'if she stays the night')
    for night in (h for h in live if h.kind in (k.PROPOSITION, k.ISOLATION) and h not in acts and
                  text.sentence_of(h.first) in traded and text.words[h.first].norm in _NIGHT_TOLD):
        before = {w.norm for w in text.words[max(text.clause_start(night.first), night.first - 6):night.first]}
        if not before & (_NOT_GIVING_IN | _DEMANDED | _ASKED_OF_HER):
            acts.append(replace(night, label=f"{night.label}{_FOR_AID}"))
    for act in (h for h in live if h.kind == k.SEX_ACT or h in asked):
        here = text.sentence_of(act.first)
        if act in acts or not traded & {here - 1, here, here + 1}:
            continue
        before = {w.norm for w in text.words[max(text.clause_start(act.first), act.first - 6):act.first]}
        # Round 34 (B56-15 'ngomong nang aku, nek pengen entuk jatah dobel mengko bengi dolan o nang pos, turu bareng.
        # Aku ora gelem.'): the terms opened by an 'if' earlier in the sentence, the act after a comma, are terms too
        # (KBBI kalau; Baoesastra nek, yen; Danadibrata lamun, upami; English if)
        if_before = any(text.words[i].norm in _IF and text.any_within(_WANTS, i + 1, i + 3)
                        for i in range(max(text.sentence_start(act.first), act.first - 14), act.first))
        if act.kind == k.PROPOSITION or if_before or before & (_DEMANDED | _THREATENED_OR_FUTURE | _TERMS):
            reach = 2 if act.kind == k.PROPOSITION else 1
            for i, w in enumerate(text.words):
                if (w.norm in _GAVE_IN and here <= text.sentence_of(i) <= here + reach and i > act.last and
                        # round 15: 'She will go tomorrow', 'akan menginap': going told as still to come
                        not _NOT_GIVING_IN.intersection(_before_giving_in(text, i)) and
                        not _according_to(text, i)):
                    acts.append(Hit(kind=k.SEX_ACT, label=GAVE_IN, start=w.start, end=w.end, first=i,
                                    last=i, quote=w.norm))
                    break
            continue
        acts.append(replace(act, label=f"{act.label}{_FOR_AID}"))
    distress = [h for h in live if h.kind == k.DISTRESS]
    # 'jgn crita2 k mama' is read as isolation too (kept apart by a secret), but no one was taken anywhere: only a
    # place or a taking, then distress, suggests an assault
    for isolation in (h for h in live if h.kind == k.ISOLATION and "secret" not in h.label):
        near = text.sentence_of(isolation.first)
        before = {w.norm for w in text.words[max(0, isolation.first - 2):isolation.first]}
        if before & _DEMANDED and any(h.kind == k.EXCHANGE and text.sentence_of(h.first) == near for h in live):
            continue                    # 'ibu harus datang ke mobilnya malam-malam kalau mau ...': terms, not done
        if any(abs(text.sentence_of(d.first) - near) <= 1 for d in distress):
            acts.append(Hit(kind=k.RAPE, label="suspected assault (taken away, then in distress)",
                            start=isolation.start, end=isolation.end, first=isolation.first, last=isolation.last,
                            quote=isolation.quote))
    return acts


# round 15: 'Kalau tidak mau, saya disuruh pergi': told to go is his threat (go away), not her going to him (KBBI
# disuruh, diusir; Baoesastra dikongkon, diusir; Danadibrata dititah, diusir; English told, sent)
_SENT_AWAY = frozenset({"disuruh", "dsuruh", "dsuru", "disuru", "suruh", "dikongkon", "dikongkonan", "dititah",
                        "dipiwarang", "diusir", "told", "sent", "kon", "dikon"})
# round 31 (B51-30 'Nu bageur teh hartina daek dicekelan ...'): a word of meaning right before the willingness says
# what a quoted euphemism asks, not what she did (KBBI arti, maksud, yaitu; Danadibrata harti, hartos, nyaeta;
# Baoesastra teges, krama tegesipun; English plain usage)
_MEANING = frozenset({"hartina", "hartosna", "hartosnya", "artinya", "artine", "artosipun", "maksudnya", "maksudna",
                      "maksude", "maksudipun", "tegese", "tegesipun", "means", "meaning", "meant", "yaitu", "yakni",
                      "nyaeta"})
_NOT_GIVING_IN = _TERMS | _REFUSING | _THREATENED_OR_FUTURE | _SENT_AWAY | _MEANING
# round 15: the first word of a night spent with him or of keeping him company, told as done (KBBI menginap,
# bermalam, menemani, SMS nginep, nemenin; Baoesastra nginep, nyipeng, ngancani, nemeni; Danadibrata nginep, mondok,
# ngancanan, ngabaturan; English stayed, spent, accompanied, slept)
# (round 47, B68-29 'after she 'stays the night' with him': the English present of a habit, told as done as the
# past is; the terms, 'if she stays the night', are left out by the words before it)
_NIGHT_TOLD = frozenset({"menginap", "nginep", "nginap", "bermalam", "nyipeng", "mondok", "menemani", "nemenin",
                         "nemani", "ngancani", "nemeni", "ngancanan", "ngabaturan", "stayed", "spent", "accompanied",
                         "slept", "stays", "spends", "sleeps"})
# asked of her, the passive of a request (KBBI diminta, dimintai; Baoesastra dijaluk, krama dipun suwun; Danadibrata
# dipenta; English asked, invited)
_ASKED_OF_HER = frozenset({"diminta", "dimintai", "dimintain", "dijaluk", "disuwun", "suwun", "dipenta", "asked",
                           "invited", "ask", "asks",
                           # what the money is offered for ('nawarin duit 500rb ke cewe2 pengungsi buat nemenin dia',
                           # B4-17; KBBI buat, untuk, SMS bwt, utk; Baoesastra kanggo, gawe; Danadibrata pikeun, keur)
                           "buat", "bwt", "untuk", "utk", "kanggo", "gawe", "pikeun", "keur", "to", "for"})
# Javanese 'mau' before a part of the day is 'earlier' ('Mau bengi aku nginep', Baoesastra mau), not Indonesian 'mau'
# (want, terms)
_PART_OF_DAY = frozenset({"bengi", "esuk", "isuk", "awan", "sore", "wengi"})


# Round 27 (B48-01: '... meminta pelapor "menemani beliau semalam" dengan imbalan ... Pelapor menolak ... Menurut
# pelapor, koordinator tersebut sudah dipindahtugaskan'): 'menurut' and the Javanese 'manut' opening their clause
# before a word are 'according to' (KBBI menurut 2 'sesuai dengan'; Baoesastra manut 'miturut'), who said it, never
# her obeying ('akhirnya menurut', 'akhire manut' stay)
_ACCORDING = frozenset({"menurut", "manut"})


def _according_to(text: Text, i: int) -> bool:
    return (text.words[i].norm in _ACCORDING and text.clause_start(i) == i and i + 1 < len(text.words) and
            text.sentence_of(i + 1) == text.sentence_of(i) and text.words[i + 1].norm[:1].isalnum())


def _before_giving_in(text: Text, i: int) -> set[str]:
    """The three words before her giving in, a Javanese 'mau bengi' (last night) left out."""
    return {w.norm for j, w in enumerate(text.words[max(0, i - 3):i], start=max(0, i - 3))
            if not (w.norm == "mau" and j + 1 < len(text.words) and text.words[j + 1].norm in _PART_OF_DAY)}


def _threatened(text: Text, act: Hit) -> bool:
    """'ngancam badhe mlebet tenda lan ngrudapeksa kula': a threat or a future within the clause before the act."""
    begin = max(text.clause_start(act.first), act.first - 6)
    return text.any_within(_THREATENED_OR_FUTURE, begin, act.first)


# Round 17: that he still lives near her, that she dares not leave her shelter or her door cannot be locked is a
# danger beside an assault, a sexual touch or a threat of harm told in the report (B35-19: groped, and he knocks
# at her door every night), not by itself (a neighbour who sold aid, a fear of the rain). These never let a report
# sort last by themselves either (classifier.py).
# (round 54: STILL_COMES_DAILY, he still comes back every day, as his living near her)
NEEDS_ASSAULT = frozenset({STILL_LIVES_NEAR, DARES_NOT_LEAVE, UNLOCKABLE, STILL_COMES_DAILY})
NEEDS_VIOLENCE = frozenset({KEEPS_CLOSE, CHILDREN_TAKEN}) | NEEDS_ASSAULT
_THREATS_OF_HARM = "threats of harm"
# (round 28: EXPOSES_HER, a threat to tell her husband or family everything, as her pictures spread)
# (round 34: KNOCKS_AT_NIGHT, his knocking at her door in the middle of the night, as his waiting by her bathroom)
# (round 39: PRESSED, the price still pressed on her with a deadline or a summons for tonight, as her pictures spread)
# (round 42: NIGHTLY_AT_HER_DOOR, he approaches her tent or her door is knocked on every night, as his knocking)
# (round 47: KNOWS_HER_BED, he knows where she sleeps, told of him, or asks it, as his knocking)
TOLD_INDIRECTLY = frozenset({SAYS_HE_IS_OUTSIDE, WAITS_BY_HER_BATH, SPREADS_HER_PICTURES, EXPOSES_HER,
                             KNOCKS_AT_NIGHT, PRESSED, NIGHTLY_AT_HER_DOOR, UNLOCKED_TONIGHT, KNOWS_HER_BED})
NEEDS_SEXUAL = frozenset({WAITS_BY_HER_BATH, SPREADS_HER_PICTURES, EXPOSES_HER, KNOCKS_AT_NIGHT, PRESSED,
                          NIGHTLY_AT_HER_DOOR, UNLOCKED_TONIGHT, KNOWS_HER_BED})
# it stopped, she blocked him, he moved away (KBBI blokir, berhenti, pindah; Danadibrata eureun, ngalih; Baoesastra
# mandheg, leren, pindhah; English plain usage)
_IF = frozenset({"kalau", "kalo", "klo", "jika", "jikalau", "if", "nek", "yen", "lamun", "mun", "upami", "menawi"})
_STOPPED = frozenset({"blokir", "diblokir", "memblokir", "ngeblok", "diblok", "blocked", "berhenti", "stopped",
                      "eureun", "mandheg", "leren", "moved", "pindah", "pindhah", "ngalih"})
# afraid to go out (KBBI keluar; Danadibrata kaluar; Baoesastra metu, krama medal): _AFRAID above
_GOING_OUT = frozenset({"keluar", "kluar", "kaluar", "metu", "medal", "leave", "out", "outside"})
_PURSUIT = frozenset({"stalking"})
# (round 19, B37-15: 'budak abdi teu acan tuang ti kamari', since yesterday: Sundanese ti, Danadibrata 'dari, sejak';
# Javanese saka, seko, Baoesastra saka)
_SINCE = frozenset({"sejak", "semenjak", "since", "wiwit", "kawit", "saprak", "barang", "mulai", "dari", "ti", "saka",
                    "seko", "soko"})
# Round 19 (B37-01: 'Sampai hari ini nama saya tidak tercantum'): 'until today', 'until now' say how long a state has
# lasted, not when the act was (KBBI sampai, hingga; Danadibrata dugi ka, nepi ka; Baoesastra ngantos, nganti,
# tekan; English until, till); only today or now, never 'until this morning', which may date the act's end
_UNTIL = frozenset({"sampai", "sampe", "hingga", "until", "till", "dugi", "nepi", "ngantos", "nganti", "tekan"})
_NOW = frozenset({"ini", "ieu", "iki", "niki", "menika", "today", "now", "sekarang", "ayeuna", "saiki", "sakmenika",
                  "samenika"})


def _since(text: Text, when: When) -> bool:
    if when.word <= 0:
        return False
    before = text.words[when.word - 1].norm
    if before in _SINCE:
        return True
    said = when.quote.casefold().split()
    # ('Sampai hari ini' is read as one time, 'until' inside it)
    until = said[0] in _UNTIL or before in _UNTIL or (before in ("ka", "ke", "to") and when.word > 1 and
                                                       text.words[when.word - 2].norm in _UNTIL)
    return until and said[-1] in _NOW


_TELLING = frozenset({"cerita", "bercerita", "crita", "cerito", "nyarios", "nyaritakeun", "ngadongeng", "ngawadul",
                      "told", "tells", "tell", "confided", "disclosed", "admitted", "ngaku", "mengaku", "ngakoni",
                      "matur", "ngomong", "bilang", "curhat", "melapor", "lapor", "ngadu", "mengadu"})


# Round 25 (B46-11: 'Kemarin keponakan sy akhirnya ngaku udah tidur sm dia bbrp kali, terakhir 2 minggu lalu'): a time
# right after the words for the last time ('terakhir', 'yang terakhir', 'sing pungkasan', 'panungtungan', 'the last
# time'; KBBI terakhir; Baoesastra pungkasan; Danadibrata panungtung), past 'about', dates the last act of its sentence
# before any other time there (the day she told, 'Kemarin')
_LAST_TIME = frozenset({"terakhir", "terakhirnya", "pungkasan", "pungkasane", "panungtungan", "panungtungna"})
_ABOUT_TIME = frozenset({"kira-kira", "kira", "sekitar", "kurang", "lebih", "about", "around", "roughly", "kinten",
                         "kinten-kinten", "yaiku", "yaitu", "nya", "is", "was", "time"})


# Round 47 (B67-13 'Wis sewulan iki dheweke dipacari ...', acts with a child, the last time not known): 'already' and
# a length of time with 'this' or 'now' after it ('sudah sebulan ini', 'tos sabulan ieu', 'wis sewulan iki', 'sampun
# sewulan menika', 'for a month now') says how long it has gone on up to now, not when the last act was: no time of
# the act (KBBI sudah, ini; Danadibrata tos, geus, ieu; Baoesastra wis, sampun, iki, menika; English plain usage)
_ALREADY = frozenset({"sudah", "udah", "wis", "wes", "uwis", "tos", "geus", "sampun", "for"})
_THIS_NOW = frozenset({"ini", "ieu", "iki", "niki", "menika", "punika", "now"})


def _up_to_now(text: Text, when: When) -> bool:
    if when.word < 0:
        return False
    said = when.quote.casefold().split()
    first = said[0] in _ALREADY or (when.word > 0 and text.words[when.word - 1].norm in _ALREADY)
    after = when.word + len(said)
    return first and after < len(text.words) and text.words[after].norm in _THIS_NOW


def _the_last_time(text: Text, when: When) -> bool:
    i = when.word - 1
    while i >= 0 and i >= when.word - 4 and text.words[i].norm in _ABOUT_TIME:
        if text.words[i].norm == "time" and i > 0 and text.words[i - 1].norm == "last":
            return True                                 # 'the last time 2 weeks ago'
        i -= 1
    return i >= 0 and text.words[i].norm in _LAST_TIME


def _nearest(text: Text, act: Hit, times: list[When]) -> When | None:
    if not times:
        return None
    sentence = text.sentence_of(act.first)
    same = [t for t in times if text.sentence_of(t.word) == sentence]
    if last := [t for t in same if t.word >= 0 and _the_last_time(text, t)]:
        return min(last, key=lambda t: min(abs(t.word - act.first), abs(t.word - act.last)))
    # round 19 (B37-15: 'Abdi kapaksa daek margi budak abdi teu acan tuang ti kamari'): a 'since' after the act, in
    # its sentence, dates what follows it (the child unfed since yesterday), not the act
    same = [t for t in same if not (t.word > act.last and _since(text, t))]
    # 'Kamari peuting di tenda, salaki abdi maksa abdi, padahal ... dua minggu kapengker': a time that opens the
    # sentence sets the scene for its act; a later one after the act is usually about something else
    same = [t for t in same if t.word < act.first] or same
    # no time beside the act: a time said of the incident itself comes before a nearer time of something else
    dated = {text.sentence_of(i) for i, w in enumerate(text.words) if w.norm in INCIDENT_WORDS}
    # 'Lampu di area itu sudah mati sejak seminggu lalu': a time after 'since' dates a state that lasts till now,
    # not the act; in another sentence it is no candidate (KBBI sejak, semenjak; Baoesastra wiwit, kawit;
    # Danadibrata ti saprak, ti barang)
    others = [t for t in times if not _since(text, t)] or times
    # Round 11 (B27-02): 'Adik baru berani cerita kemarin': a time beside a verb of telling dates the disclosure, not
    # the act, when another time is told (KBBI cerita, bilang, mengaku; Baoesastra crita, ngomong,
    # krama matur; Danadibrata nyarios, ngawadul, cerita; English told, said)
    # (only a time right beside the verb of telling: 'bercerita bahwa ... terakhir tadi malam' dates the act)
    told = [i for i, w in enumerate(text.words) if w.norm in _TELLING]
    others = [t for t in others if t.word < 0 or text.sentence_of(t.word) == sentence or
              not any(abs(i - t.word) <= 3 and text.sentence_of(i) == text.sentence_of(t.word) for i in told)] or others
    in_dated = [t for t in others if t.word >= 0 and text.sentence_of(t.word) in dated]
    # Round 39 (B60-05 'She told one of our female staff yesterday; it happened about three weeks ago'): in that
    # sentence the time in the four words after the word of the incident is the incident's, before any other time of
    # it (KBBI kejadian; Danadibrata kajadian; Baoesastra kedadean; English plain usage)
    beside = [t for t in in_dated if _after_the_incident_word(text, t)]
    pool = same or beside or in_dated or others
    return min(pool, key=lambda t: min(abs(t.word - act.first), abs(t.word - act.last)))


def _after_the_incident_word(text: Text, when: When) -> bool:
    return when.word >= 0 and any(text.words[i].norm in INCIDENT_WORDS
                                  for i in range(max(0, when.word - 4), when.word))


def _describe(when: When, least: float, most: float) -> str:
    where = f'"{when.quote}"' if when.word >= 0 else f"incident date {when.quote}"
    return f"{where}, about {least:.0f}-{most:.0f} h before the report"


def assess_urgency(*, text: Text, acts: list[Hit], reported_at: datetime,
                   incident_date: date | None) -> Urgency:
    if not acts:
        return Urgency(False, ())
    times = [t for t in find_times(text, reported_at) if not _up_to_now(text, t)]
    field = from_incident_date(incident_date, reported_at) if incident_date else None
    outside: list[str] = []
    for act in acts:
        nearest = _nearest(text, act, times)
        candidates = [w for w in (nearest, field) if w is not None]
        # (round 25: the last time told is the most recent act, the other times of its sentence are not added)
        last_told = nearest is not None and nearest.word >= 0 and _the_last_time(text, nearest)
        # Round 35 (B54-18 'came to our mobile clinic today and told me that four nights ago ... forced himself on
        # her'): a time right beside a verb of telling dates the disclosure, as round 11 reads it in another sentence,
        # and is no second time of the act when a nearer time of the act is told (below)
        told = [i for i, w in enumerate(text.words) if w.norm in _TELLING] if nearest is not None else []
        disclosed = [t for t in times if t is not nearest and t.word >= 0 and
                     any(abs(i - t.word) <= 3 and text.sentence_of(i) == text.sentence_of(t.word) for i in told)]
        # Round 9 (B24-05): 'Dua hari lalu (Sabtu sore), ...': two times told for the act in its sentence, before it,
        # may disagree (a weekday counted from another day than the report's); the more recent one is kept as well,
        # since a missed window costs more than an examination
        candidates += [t for t in times if not last_told and t.word >= 0 and t.word < act.first and
                       t not in candidates and t not in disclosed and
                       text.sentence_of(t.word) == text.sentence_of(act.first) and not _since(text, t)]
        # Round 10 (B25-33): 'Two days before, on Monday night, ...': two times told side by side restate one time
        # and may disagree (a weekday counted from the day the writer began); wherever they stand, the more recent
        # is kept as well, since a missed window costs more than an examination
        # (round 39: never across the word of the incident, 'told me yesterday; it happened three weeks ago': the
        # incident's time and another)
        candidates += [t for t in times if not last_told and t.word >= 0 and t not in candidates and
                       t not in disclosed and not _since(text, t) and
                       any(c.word >= 0 and abs(t.word - c.word) <= 5 and
                           text.sentence_of(t.word) == text.sentence_of(c.word) and
                           not (_after_the_incident_word(text, c) and not _after_the_incident_word(text, t))
                           for c in list(candidates))]
        if not candidates and (act.label == GAVE_IN or act.label.endswith(_FOR_AID)):
            continue                # sex for aid with no time told: an officer asks when (L168), not urgent by itself
        if not candidates and act.label.endswith(_BY_WHAT_HE_DID):
            continue                # (round 34) an attempt with no time told: an officer asks when
        if not candidates:
            return Urgency(True, (f'urgent medical: "{act.quote}" ({act.label}); when is not stated, treated as '
                                  f"possibly within 72 h",), unsure=True)
        for when in candidates:
            least, most = when.hours_since(reported_at)
            if most <= _WINDOW_HOURS:
                return Urgency(True, (f'urgent medical: "{act.quote}" ({act.label}) within 72 h '
                                      f"({_describe(when, least, most)})",))
            if least <= _WINDOW_HOURS:
                return Urgency(True, (f'urgent medical: "{act.quote}" ({act.label}) possibly within 72 h '
                                      f"({_describe(when, least, most)}); treated as urgent",), unsure=True)
            if most <= _EC_WINDOW_HOURS and _EMERGENCY_CONTRACEPTION.search(text.norm):
                return Urgency(True, (f'urgent medical: "{act.quote}" ({act.label}) within 120 h '
                                      f"({_describe(when, least, most)}) and she fears pregnancy: emergency "
                                      f"contraception works within 120 h",))
            if not act.label.endswith(_BY_WHAT_HE_DID):      # (round 34: said, if at all, by the older rules)
                outside.append(f'"{act.quote}" more than 72 h ago ({_describe(when, least, most)})')
    return Urgency(False, (f"no urgent medical need: {outside[0]}",) if outside else ())


_HAS = frozenset({"has", "had", "have", "sudah", "udah", "sdh", "udh", "geus", "wis", "wes", "telah", "already"})
_LEFT = frozenset({"left", "moved", "pindah", "pindhah", "ngalih", "pergi", "lunga", "indit", "minggat"})
# Round 30 (B49-31 'abdi sok ngimpi deui kajadian sapuluh taun ka tukang, waktu abdi diperkosa'): a habit word right
# before a verb of dreaming or remembering dates her dreams or memories, not the act (Danadibrata ngimpi, inget;
# Baoesastra ngimpi, kelingan, krama supena, emut; KBBI mimpi, bermimpi, teringat, ingat; English plain usage)
_DREAMS = frozenset({"mimpi", "bermimpi", "ngimpi", "ngimpen", "supena", "kaimpi", "mimpi-mimpi", "teringat",
                     "keinget", "kepikiran", "ingat", "inget", "kelingan", "emut", "dream", "dreams", "dreaming",
                     "dreamt", "dreamed", "remember", "nightmares", "nightmare", "flashbacks"})


# Round 49 (B69-35 'Since I said no, he parks his motorbike next to my tent every evening and just sits there
# watching'): her refusal, after a word of since, earlier in the sentence of his keeping close (KBBI sejak, menolak;
# Danadibrata ti saprak, nolak, embung; Baoesastra wiwit, kawit, nolak, emoh, wegah; English since, refused, said
# no, turned him down)
_REFUSED = frozenset({"menolak", "nolak", "ditolak", "refused", "declined", "rejected", "emoh", "embung", "wegah",
                      "moh"})


def _after_her_refusal(text: Text, hit: Hit) -> bool:
    start = text.sentence_start(hit.first)
    words = text.words
    for i in range(start, hit.first):
        if words[i].norm not in _SINCE:
            continue
        after = [w.norm for w in words[i + 1:min(i + 5, hit.first)]]
        if _REFUSED.intersection(after) or any(
                a == "said" and b == "no" or a == "turned" and "down" in after[j + 1:j + 4]
                for j, (a, b) in enumerate(zip(after, after[1:] + [""]))):
            return True
    return False


def _gone(text: Text) -> bool:
    return any(w.norm in _LEFT and text.any_within(_HAS, i - 2, i) for i, w in enumerate(text.words))


# Round 52 (B41-38 '4 hr lalu ... maksa sy berhubungan ... sy takut bgt hamil. msh bisa minum obat pencegah gk?'):
# PRODUCT.md's second window, emergency contraception within 120 h: past 72 h, her fear of pregnancy or her asking for
# the pill that prevents it is the need that window serves, when the act was surely within it (four days ago, not
# 'limang dina kepungkur', five days, 106-130 h, B56-29, labelled not urgent) (KBBI hamil, pencegah kehamilan, kontrasepsi darurat;
# Danadibrata reuneuh, kakandungan; Baoesastra meteng, krama mbobot; English plain usage)
_EC_WINDOW_HOURS = 120
_EMERGENCY_CONTRACEPTION = re.compile(
    r"(?<!\w)(?:(?:takut|khawatir|kuatir|sieun|wedi|ajrih|afraid|scared|worried|fear) (?:\S+ ){0,4}(?:hamil|reuneuh|"
    r"meteng|mbobot|ngandhut|pregnant|pregnancy)|(?:obat|pil) (?:\S+ )?pencegah|pil kb darurat|kontrasepsi darurat|"
    r"morning-after pill|morning after pill|emergency contraception)(?!\w)")
_SEX_TRADED = "sex traded for aid or money"
_PAID = "paid or given"
_TRADE_WORDS = ("in exchange", "in return", "exchange")      # the trade's own words, never a payment told
# Round 52: the words of the night in a habit or a count ('setiap malam', 'unggal peuting', 'saben bengi', krama
# 'saben dalu', 'tilu peuting berturut-turut', 'nightly', 'three nights running'; KBBI malam; Danadibrata peuting,
# wengi; Baoesastra bengi, krama dalu; English plain usage)
_OF_THE_NIGHT = re.compile(r"(?<!\w)(?:malam|malem|mlm|peuting|wengi|bengi|dalu|night|nights|nightly)(?!\w)")


def ongoing_danger(*, text: Text, live: list[Hit]) -> tuple[bool, tuple[str, ...]]:
    violent = [h for h in live if h.kind in (k.RAPE, k.GENITAL_CONTACT, k.PHYSICAL_VIOLENCE, k.INTRUSION)]
    # round 7: a threat told in the report ('kmrn dia ngancem mau nyeret sy ... dr td pagi dia nongkrong di dpn
    # tenda sy') makes his sitting by her tent a danger as an assault does
    violent += [h for h in live if h.kind == k.MISTREATMENT and h.label == THREATENED]
    # round 8: a man who follows her as a habit, peeps at her or says she will be his is no guard at his post: his
    # waiting by her tent now or last night is a danger as after an assault (B21-23, B22-19)
    violent += [h for h in live if (h.kind == k.NONCONTACT and h.label in _PURSUIT) or
                (h.kind == k.VERBAL and h.label == POSSESSIVE)]
    # round 20 (B40-11: an attempted rape four days ago, and 'Semalam saya lihat orang dengan jaket yang sama berdiri
    # dekat tenda saya'): after an attempt to assault her as after an assault, the man by her tent is a danger
    violent += [h for h in live if h.kind == k.CONTACT and h.label == ATTEMPTED]
    # he sits by her tent every night, or would take her children: a danger beside an assault told in the report,
    # however long ago; alone it may be a guard at his post or a custody quarrel
    assault = bool(violent) or any(h.kind in (k.CONTACT, k.SEX_ACT) or (h.kind == k.DANGER and h.label ==
                                                                      _THREATS_OF_HARM) for h in live)
    # round 21: danger told indirectly (his night message that he is outside her tent; a man who talks sex to her
    # waiting by the women's bathroom; a threat to spread her pictures): not where the report says it stopped or he
    # moved away, the last two only beside a sexual cue
    sexual = any(h.kind in k.SEXUAL_KINDS for h in live)
    # (round 24, B45-04: 'kalau nomornya sy blokir videonya bakal "jalan-jalan"': a block named as the threat's
    # condition has not happened; KBBI kalau, jika; Baoesastra yen, nek; Danadibrata lamun, upami)
    stopped = any(w.norm in _STOPPED and not text.any_within(_IF, i - 4, i) for i, w in enumerate(text.words))
    # her fear of going out ('wedi metu tenda bengi', 'takut keluar', 'sieun kaluar', 'scared to leave')
    afraid = any(w.norm in _AFRAID and text.any_within(_GOING_OUT, i + 1, i + 4) for i, w in enumerate(text.words))
    live = [h for h in live if h.label != WAITS_BY_HER_BATH or afraid]
    # (round 47: his knowing where she sleeps told of him, not again where round 25's words of his saying it read it)
    live = [h for h in live if h.label != KNOWS_HER_BED or not any(
        o.kind == k.DANGER and o.label != KNOWS_HER_BED and o.start < h.end and h.start < o.end for o in live)]
    # Round 34 (B55-27 '... he knocks on my door at the guesthouse after midnight ... I don't feel safe'; not B28-03,
    # the same knocks, 'none of us feel comfortable'): his knocking at her door in the middle of the night is a danger
    # where she says she is afraid or not safe (KBBI takut, aman; Danadibrata sieun, aman; Baoesastra wedi, aman;
    # English plain usage)
    if any(h.label == KNOCKS_AT_NIGHT for h in live):
        # (and not again where an older cue of danger or intrusion reads the same words: 'tiap malam dia ketok2')
        others = [o for o in live if o.kind == k.INTRUSION or (o.kind == k.DANGER and o.label == _COMES_BACK)]
        unsafe = _unsafe(text)
        live = [h for h in live if h.label != KNOCKS_AT_NIGHT or
                (unsafe and not any(o.start < h.end and h.start < o.end for o in others))]
    # Round 23: a threat of harm from a man the report says has left or moved away ('he has left the camp and moved
    # to another province', 'dia sudah pindah'; KBBI pindah, pergi; Danadibrata ngalih, indit; Baoesastra pindhah,
    # lunga) is over; other signs of danger told beside it still count
    if _gone(text):
        live = [h for h in live if not (h.kind == k.DANGER and h.label == _THREATS_OF_HARM)]
    found = [f'ongoing danger: "{h.quote}" ({h.label})' for h in live if h.kind == k.DANGER and
             not (h.label in TOLD_INDIRECTLY and (stopped or (h.label in NEEDS_SEXUAL and not sexual))) and
             (violent or h.label not in NEEDS_VIOLENCE or (assault and h.label in NEEDS_ASSAULT) or
              # (round 49: his keeping close as the answer to her refusal of a sexual demand, a retaliation)
              (h.label == KEEPS_CLOSE and sexual and _after_her_refusal(text, h)))]
    # Round 7: he says he will come into her tent tonight, or shakes it at night and speaks to her: the danger is
    # tonight, whether or not he has touched her yet
    found += [f'ongoing danger: "{h.quote}" ({h.label})' for h in live if h.kind == k.INTRUSION and
              h.label in NIGHT_INTRUSIONS]
    # Round 49 (B69-12: a tent's zip opened from outside last night, 'urang sieun peuting ieu'): someone trying to get
    # into her tent, and her fear of the nights to come, is a danger as round 34's knocks at night with her fear are
    if _unsafe(text):
        found += [f'ongoing danger: "{h.quote}" ({h.label}) and she is afraid' for h in live
                  if h.kind == k.INTRUSION and h.label == TRIES_TO_GET_IN]
    intrusions = [h for h in live if h.kind == k.INTRUSION]
    # Round 52 (B75-09 'unggal peuting dicekelan ku tatangga nu sare di tenda gigireun'; B76-33 'three nights running,
    # touching sleeping women's legs'): a sexual touch repeated as a habit of the night, or on nights counted, where
    # she sleeps, is repeated violence as rape and beating are; a touch repeated by day stays what it was
    touches = [h for h in live if h.kind == k.CONTACT and h.label != ATTEMPTED]
    for again in (h for h in live if h.kind in (k.RECURRENCE, k.COUNTED)):
        if again.kind == k.RECURRENCE and text.any_within(_DREAMS, again.last + 1, again.last + 3):
            continue
        nightly = bool(_OF_THE_NIGHT.search(again.quote.casefold()))
        for act in (violent + (touches if nightly else []) if again.kind == k.RECURRENCE else
                    intrusions + (touches if nightly else [])):
            if text.sentence_of(act.first) == text.sentence_of(again.first):
                found.append(f'ongoing danger: "{act.quote}" happens repeatedly ("{again.quote}")')
                break
    return bool(found), tuple(dict.fromkeys(found))

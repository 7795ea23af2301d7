"""classify(): one report in, one explained proposal out. Pure: no I/O, no clock, no randomness."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from pseah.triage.classification import cues as k
from pseah.triage.classification.ages import ages_of_her_childhood, find_ages, grown_now, told_of_her_then
from pseah.triage.classification.category import CategoryFinding, as_propositions, decide, fallback
from pseah.triage.classification.learned import predict
from pseah.triage.classification.child import assess
from pseah.triage.classification.lexicon.children import UNHARMED_CHILD
from pseah.triage.classification.lexicon.misconduct import (
    NOTHING_HAPPENED,
    NOTHING_TO_REPORT,
    PROTEST_THREATENED,
    RULE_TAUGHT,
)
from pseah.triage.classification.lexicon.sexual import (
    BLEEDING_AND_LAME,
    BLEEDING_AND_SORE,
    BLOOD_ON_HER_CLOTHES,
    COMPANY_ASKED,
    DONE_THAT,
    PROPOSITION_MARKERS,
    USED_IN_QUOTES,
    KISSES_SENT,
    MARRYING_ASKED,
    QUOTED_EUPHEMISMS,
    QUOTED_PLAIN_BEFORE,
    SAID_READY_TO_MARRY,
)
from pseah.triage.classification.lexicon.time import STILL_GOING_ON
from pseah.triage.classification.matcher import Hit, _short_quote, find, find_quoted, negation_before
from pseah.triage.classification.model import (
    Category,
    Classification,
    PerpetratorType,
    Priority,
    required_priority,
)
from pseah.triage.classification.perpetrator import from_fields, identify
from pseah.triage.classification.text import Text
from pseah.triage.classification.timing import find_times
from pseah.triage.classification.urgency import (NEEDS_SEXUAL, NEEDS_VIOLENCE, assess_urgency, ongoing_danger,
                                                 violence)

# Signs that something may be wrong, whatever the category: sexual conduct, danger, distress, grooming.
_CONCERN_KINDS = (*k.SEXUAL_KINDS, k.DANGER)
# Below this share of words the lexicons know, the report is read poorly (see Text.coverage).
_POOR_COVERAGE = 0.2
_REVIEW_BELOW = 0.45
_HARMLESS = frozenset({Category.NOT_MISCONDUCT.value})
# Chosen on blind batches 02-04 scored with the rules of commit 01c66e5 and a model trained without them.
_LEARNED_PERPETRATOR_AT = 0.6
_LEARNED_MIN_WORDS = 8
_YOUNG = 13
_LEARNED_URGENT_AT = 0.5
# against a role word that names who he is ('penerjemah', 'neighbour'), the model must be surer
_LEARNED_AGAINST_NAMED_ROLE_AT = 0.75
_LEARNED_DOUBTS_HARMLESS_AT = 0.6
# Round 7, chosen on batches 19 and 20 (B19-16 0.97, B20-32 0.87): the model's other misconduct at this level, with
# no sign of concern, is placed by its category rather than held at high
_LEARNED_PLACES_AT = 0.85
_ROLE_KINDS = (k.AID_ROLE, k.CONDITIONAL_AID_ROLE, k.COMMUNITY_ROLE, k.WEAK_COMMUNITY_ROLE)
# Only cues that could change the outcome are worth a line when a negation switches them off.
_WORTH_REPORTING_NEGATED = k.SEXUAL_KINDS + (k.OTHER_MISCONDUCT, k.PHYSICAL_VIOLENCE, k.CHILD, k.AID_ROLE)



def classify(*, narrative: str, reported_at: datetime, incident_date: date | None = None,
             survivor_age: int | None = None, survivor_age_group: str | None = None,
             perpetrator_org: str | None = None, perpetrator_description: str | None = None,
             language: str | None = None) -> Classification:
    """Propose category, perpetrator type, child and medical flags and priority for one report, with reasons.

    `reported_at` anchors relative times ('tadi malam', 'dua hari lalu'); `incident_date` is the form field if
    the reporter gave one. `language` is accepted for the record but not used: reports mix languages, so every
    lexicon always applies.
    """
    del language
    text = Text.of(narrative or "")
    hits = _cues(text)
    live = [h for h in hits if not h.negated]

    perpetrator = from_fields(perpetrator_org=perpetrator_org)
    if perpetrator is None and perpetrator_description:
        described = Text.of(perpetrator_description)
        found = identify(described, find(described, k.ALL))
        if found.type is not PerpetratorType.UNKNOWN:
            perpetrator = replace(found, reason=f"{found.reason}, from the perpetrator description")
    if perpetrator is None:
        perpetrator = identify(text, hits)

    ages = find_ages(text, year=reported_at.year)
    # (round 39: the ages of her childhood, told by a grown survivor, make no child of her now; the acts were still
    # done to a child, which the category reads)
    then = ages_of_her_childhood(text, ages)
    # (and her school grade then, in the five words after a word of when and herself)
    grades_then = [h for h in hits if h.kind in (k.GRADE, k.CHILD, k.UNDERAGE, k.AMBIGUOUS_YOUTH) and
                   grown_now(text, ages) and told_of_her_then(text, h.first, within=5)]
    child = assess(text=text, hits=[h for h in hits if not any(h is g for g in grades_then)],
                   ages=[a for a in ages if a not in then],
                   role_hits=[h for h in live if h.kind in _ROLE_KINDS],
                   survivor_age=survivor_age, survivor_age_group=survivor_age_group)
    category = decide(text=text, live=live, child_possible=child.possible or bool(then) or bool(grades_then),
                      perpetrator=perpetrator.type,
                      denied=[h for h in hits if h.negated], young_child=any(a.years < _YOUNG for a in ages))

    # The safety floor. 'Not misconduct' needs positive evidence (thanks, a question, a complaint about aid);
    # a report that matched nothing is not harmless, it is one the classifier could not place.
    placed_harmless = category.category is Category.NOT_MISCONDUCT and category.support > 0
    # Round 8 (B21-09): a denial read from a negated cue is the thinnest evidence there is (a negator that was no
    # denial made a girl of 16 sent naked photos 'not misconduct, low'); beside a child it is not enough to place the
    # report as harmless: an officer reads it (high, reviewed)
    if (placed_harmless and child.possible and
            not any(h.kind == k.NOT_MISCONDUCT for h in live)):
        placed_harmless = False
    # the learned model needs a few words to go on; below that it would only repeat its training priors
    learned = predict.model() if len(text.words) >= _LEARNED_MIN_WORDS else None
    doubted = None
    # the reporter saying outright that nothing happened or that she reports nothing is not thin evidence
    said_nothing = any(h.kind == k.NOT_MISCONDUCT and h.label in (NOTHING_TO_REPORT, NOTHING_HAPPENED) for h in live)
    if placed_harmless and learned is not None and not said_nothing:
        # a question, thanks or a denial is thin evidence beside words the rules do not know ('Last night the team
        # coordinator tried to ..., Sampeyan bisa bantu?'): when the learned model is fairly sure of misconduct,
        # the report is not placed as harmless but left for an officer (at least high, reviewed)
        second = learned.predict(narrative, "category")
        if second.value != Category.NOT_MISCONDUCT.value and second.probability >= _LEARNED_DOUBTS_HARMLESS_AT:
            doubted = (f'{category.reason}; but the learned model reads {second.value.replace("_", " ")} '
                       f"(p={second.probability:.2f})")
            placed_harmless = False
    unplaced = category.category is Category.NOT_MISCONDUCT and not placed_harmless
    learned_abuse = None
    model_placed = False
    if unplaced:
        category = fallback(text=text, live=live, child_possible=child.possible)
        # the rules' own guess: distress or grooming, or a child (round 9, B23-06: not a danger alone, a woman locked
        # in by her husband is no told sexual contact to examine for)
        if category.category is Category.SEXUAL_ABUSE and (child.possible or any(h.kind == k.DISTRESS for h in live)):
            learned_abuse = 0.0
        if learned is not None and category.category is Category.OTHER_MISCONDUCT:
            # no rule placed it: the learned model's best misconduct category (never 'not misconduct', which
            # needs positive evidence), said to be a guess
            guess = learned.predict(narrative, "category", exclude=_HARMLESS)
            if guess.value == Category.SEXUAL_ABUSE.value and guess.probability >= _LEARNED_URGENT_AT:
                learned_abuse = guess.probability
            # Round 7: a fee for the aid list, aid withheld for a belief or a disability: no rule names it, the model
            # is sure it is other misconduct, and nothing sexual, dangerous or about a child is in it. It is placed
            # (by category, still reviewed), not raised to high as a report nobody can read.
            if (guess.value == Category.OTHER_MISCONDUCT.value and guess.probability >= _LEARNED_PLACES_AT and
                    not child.possible and not any(h.kind in _CONCERN_KINDS or h.kind in (k.GROOMING, k.DISTRESS)
                                                   for h in live)):
                model_placed = True
            category = CategoryFinding(Category(guess.value), f"unplaced by the rules; the learned model proposes "
                                                              f"{guess.value.replace('_', ' ')} (p={guess.probability:.2f})",
                                       0)
    misconduct = category.category is not Category.NOT_MISCONDUCT
    # Signs that never let a report sort last, whatever its category: sexual conduct, danger, grooming of a child.
    # (not 'relawan yang setiap malam berjaga di sekitar tenda': near her tent is a danger only beside an assault)
    # (round 34: nor a threat to tell her husband or spread her pictures with no sexual cue beside it, as
    # urgency.ongoing_danger reads them: 'Suami saya mengancam akan memberi tahu keluarga saya kalau saya ikut padat
    # karya' is a quarrel at home)
    sexual = any(h.kind in k.SEXUAL_KINDS for h in live)
    concern = [h for h in live if (h.kind in _CONCERN_KINDS and h.label not in NEEDS_VIOLENCE and
                                   (sexual or h.label not in NEEDS_SEXUAL)) or
               (h.kind == k.GROOMING and child.possible)]

    # Child and urgent-medical detection do not wait for the category: a child named beside any sign of concern
    # is flagged, and a report that could not be placed keeps its child flag for the officer to judge.
    violent_misconduct = any(h.kind in (k.PHYSICAL_VIOLENCE, k.MISTREATMENT) for h in live)
    child_involved = child.possible and (category.category.is_sexual or unplaced or bool(concern) or
                                         (category.category is Category.OTHER_MISCONDUCT and violent_misconduct))
    acts = violence(text=text, live=live, child_possible=child_involved) if misconduct else []
    urgency = assess_urgency(text=text, acts=acts, reported_at=reported_at, incident_date=incident_date)
    if not urgency.urgent_medical and learned_abuse is not None:
        # no rule named the act, but the learned model reads sexual abuse and the report names a time within
        # 72 h: post-exposure care cannot wait for an officer to find the word the rules missed
        # (round 9: a habit, 'unggal wengi', 'every day', dates no act: B23-19, B23-30, B24-20 told no contact)
        recent = next((w for w in find_times(text, reported_at) if w.hours_since(reported_at)[0] <= 72 and
                       w.label != STILL_GOING_ON), None)
        if recent is not None:
            urgency = replace(urgency, urgent_medical=True, unsure=True, reasons=(
                "urgent medical (possible): no rule named the act, but "
                + (f"the learned model reads sexual abuse (p={learned_abuse:.2f})" if learned_abuse else
                   "it is treated as possible abuse") + f' and "{recent.quote}" is within 72 h; an officer checks',))
    danger, danger_reasons = ongoing_danger(text=text, live=live) if misconduct else (False, ())

    if misconduct and learned is not None and not perpetrator.strong:
        # the rules only saw a role nearby, or none: the learned model decides when it is fairly sure
        guess = learned.predict(narrative, "perpetrator_type")
        needed = _LEARNED_AGAINST_NAMED_ROLE_AT if perpetrator.named else _LEARNED_PERPETRATOR_AT
        if guess.value != perpetrator.type.value and guess.probability >= needed:
            perpetrator = replace(perpetrator, type=PerpetratorType(guess.value), weak=True,
                                  reason=f"{guess.value.replace('_', ' ')}: the learned model (p={guess.probability:.2f}); "
                                         f"the rules had {perpetrator.reason}")
    perpetrator_type = perpetrator.type if misconduct else PerpetratorType.UNKNOWN
    priority = required_priority(category=category.category, child_involved=child_involved,
                                 urgent_medical=urgency.urgent_medical, ongoing_danger=danger)
    floor_reason = None
    if unplaced and not model_placed and priority.rank < Priority.HIGH.rank:
        priority, floor_reason = Priority.HIGH, "priority high: the report could not be placed, an officer decides"
    elif concern and priority.rank < Priority.MEDIUM.rank:
        # round 19: whatever the category (other misconduct beside a marriage asked of her, a danger the rules do not
        # count as ongoing): a sexual or danger cue, or grooming of a child, never sorts last
        priority = Priority.MEDIUM
        floor_reason = f'priority medium: "{concern[0].quote}" ({concern[0].label}) is never low'

    reasons = [category.reason]
    if misconduct:
        reasons.append(perpetrator.reason)
    if child_involved or (misconduct and child.reasons):
        reasons += child.reasons
    reasons += urgency.reasons
    reasons += danger_reasons
    reasons.append(floor_reason or _priority_reason(priority.value, child_involved, urgency.urgent_medical, danger))
    reasons += [f'ignored, negated by "{h.negated_by}": "{h.quote}" ({h.label})'
                for h in hits if h.negated and h.kind in _WORTH_REPORTING_NEGATED]

    unsure = sum([child.unsure and child_involved, urgency.unsure, perpetrator.weak and misconduct])
    confidence = _confidence(category=category.category, support=category.support, unsure=unsure,
                             perpetrator_known=perpetrator_type is not PerpetratorType.UNKNOWN)
    coverage = text.coverage
    if unplaced:
        confidence = min(confidence, 0.3)
    review = []
    if doubted:
        review.append(f"review: {doubted}")
    elif unplaced:
        review.append("review: no cue placed this report")
    if coverage < _POOR_COVERAGE and len(text.words) >= 6:
        confidence = min(confidence, 0.4)
        review.append(f"review: the lexicons read few of its words ({coverage:.0%}); the language or spelling may "
                      f"be one they cover thinly")
    if not misconduct and concern:
        review.append("review: signs of concern in a report placed as not misconduct")
    if confidence < _REVIEW_BELOW:
        review.append(f"review: low confidence ({confidence:.2f})")
    if review and not unplaced and not misconduct and priority.rank < Priority.MEDIUM.rank:
        priority = Priority.MEDIUM
    return Classification(category=category.category, perpetrator_type=perpetrator_type,
                          child_involved=child_involved, urgent_medical=urgency.urgent_medical, priority=priority,
                          reasons=tuple(dict.fromkeys(reasons + review)), confidence=confidence,
                          needs_review=bool(review), ongoing_danger=danger)


# (round 49) animals that crawl over people asleep (KBBI tikus, kecoak, semut, nyamuk, kutu, ular, kelabang, serangga;
# Danadibrata beurit, sireum, reungit, tuma, oray, kalabang; Baoesastra tikus, curut, coro, semut, lemut, tuma, ula,
# ulo, kelabang; English plain usage), and the agent words before them (KBBI oleh, sama; Danadibrata ku; Baoesastra
# karo, dening, krama kaliyan; English by)
_ANIMALS = frozenset({"tikus", "tikus-tikus", "curut", "beurit", "kecoa", "kecoak", "coro", "semut", "sireum", "nyamuk",
                      "reungit", "lemut", "kutu", "tuma", "ular", "oray", "ula", "ulo", "kelabang", "kalabang", "lipan",
                      "serangga", "rat", "rats", "mice", "mouse", "cockroach", "cockroaches", "ant", "ants",
                      "mosquitoes", "insects", "bugs", "lice", "snake", "snakes"})
_AGENT = frozenset({"oleh", "sama", "ama", "ku", "karo", "dening", "kaliyan", "by", "the"})


def _by_an_animal(text: Text, hit: Hit) -> bool:
    j = hit.last + 1
    while j < len(text.words) and j <= hit.last + 2 and text.words[j].norm in _AGENT:
        j += 1
    return j < len(text.words) and text.words[j].norm in _ANIMALS


# (round 49) the reporter asleep with her children: a verb of sleeping, herself within the three words before it,
# her children right after it (KBBI tidur, bersama, anak-anak; Danadibrata kulem, sare, sareng, murangkalih,
# barudak; Baoesastra turu, karo, krama tilem, kaliyan, lare-lare; English plain usage)
_SLEEPS = frozenset({"tidur", "bobo", "bobok", "sare", "kulem", "turu", "tilem", "sleep", "sleeping", "slept",
                     "sleeps"})
_HERSELF = frozenset({"saya", "aku", "abdi", "kula", "kuring", "gue", "i", "kami", "we"})
_HER_CHILDREN = frozenset({"anak-anak", "anak-anakku", "anakku", "anak-anake", "anak-anakipun", "murangkalih",
                           "barudak", "budak-budak", "lare-lare", "bocah-bocah", "putra-putri", "putra-putra",
                           "kids", "children", "baby", "bayi", "bayiku"})
_MY = frozenset({"my", "our", "saya", "kami", "abdi", "kula", "aku"})


def _asleep_with_her_children(text: Text, hit: Hit) -> bool:
    words = text.words
    if words[hit.first].norm not in _SLEEPS or not any(
            w.norm in _HERSELF for w in words[max(0, hit.first - 3):hit.first]):
        return False
    after = [w.norm for w in words[hit.last + 1:hit.last + 3]]
    return bool(after) and (after[0] in _HER_CHILDREN or (after[0] in _MY and after[1:2] and
                                                          after[1] in _HER_CHILDREN))


# (round 50) the act named only by a demonstrative in quotes after a word of 'already' ('sudah 'begitu' dengan',
# 'geus 'kitu' jeung', 'wis 'ngono' karo', 'has done 'that' with'): what she admits was done, sex told done (KBBI
# sudah, begitu, gitu; Danadibrata geus, parantos, tos, kitu; Baoesastra wis, uwis, krama sampun, ngono, ngaten,
# mekaten; English plain usage); never a demonstrative of speech or manner with no 'already' before it
_DEMONSTRATIVES = frozenset({"begitu", "gitu", "kitu", "ngono", "ngaten", "mekaten", "that"})
_ALREADY = frozenset({"sudah", "udah", "udh", "dah", "sdh", "telah", "pernah", "geus", "parantos", "tos", "atos",
                      "wis", "wes", "uwis", "sampun", "has", "had", "have"})
_ALREADY_DONE = frozenset({"done", "did", "melakukan", "ngelakuin", "ngalakukeun", "nglakoni"})


# (round 50, B71-35 ''dienggo' karo wong kuwi') the passive of using set apart in quotes: what was done to her, sex told
# done, not a word he asked with (KBBI dipakai, informal dipake; Danadibrata dianggo, dipake; Baoesastra dienggo,
# dipek, krama dipunagem, dipunanggo; English plain usage); never with what she was used for after it in the same
# quotes or sentence ('dipake' buat atap', ''used' as helpers'), nor as the terms asked, a word of asking, willing or
# must within the three words before ('asal daek 'dipake'', 'hrs mau 'dipake' dulu': B14-19, B60-29)
_MUST = frozenset({"harus", "hrs", "kudu", "kedah", "kudune", "must", "should", "wajib", "mesti", "musti"})
_USED = frozenset({"dipakai", "dipake", "dipek", "dienggo", "dianggo", "dipunagem", "dipunanggo", "used"})
_USED_FOR = frozenset({"untuk", "buat", "bwt", "utk", "pikeun", "kanggo", "gawe", "for", "as", "sebagai", "jadi",
                       "dadi", "janten", "to"})


def _done_that(text: Text) -> list[Hit]:
    hits = []
    for i in sorted(text.quoted):
        if (text.words[i].norm in _USED and _short_quote(text, i) and i - 1 not in text.quoted and
                i + 1 not in text.quoted and not (i + 1 < len(text.words) and text.words[i + 1].norm in _USED_FOR)
                and not any(w.norm in PROPOSITION_MARKERS or w.norm in _MUST
                            for w in text.words[max(text.clause_start(i), i - 3):i])):
            start = sum(len(w.norm) + 1 for w in text.words[:i])
            hits.append(Hit(kind=k.SEX_ACT, label=USED_IN_QUOTES, start=start, end=start + len(text.words[i].norm),
                            first=i, last=i, quote=text.original[text.words[i].start:text.words[i].end],
                            negated_by=negation_before(text, i)))
            continue
        if text.words[i].norm not in _DEMONSTRATIVES or not _short_quote(text, i) or i - 1 in text.quoted:
            continue
        j = i - 1
        if j >= 0 and text.words[j].norm in _ALREADY_DONE:
            j -= 1
        if j < 0 or text.words[j].norm not in _ALREADY:
            continue
        start = sum(len(w.norm) + 1 for w in text.words[:i])
        hits.append(Hit(kind=k.SEX_ACT, label=DONE_THAT, start=start, end=start + len(text.words[i].norm),
                        first=i, last=i, quote=text.original[text.words[i].start:text.words[i].end],
                        negated_by=negation_before(text, i)))
    return hits


def _cues(text: Text) -> list[Hit]:
    """Every cue, with quoted euphemisms, requested acts read as propositions, and child words that only
    describe the reporter's family or a children's service left out."""
    hits = find(text, k.ALL) + [h for h in find_quoted(text, QUOTED_EUPHEMISMS, kind=k.PROPOSITION,
                                                       label="a sexual euphemism in quotes")
                                if not _plain_in_its_quotes(text, h.first)] + _done_that(text)
    # 'sosialisasi pencegahan kekerasan seksual': the words of an act inside a training's name are its topic; so are
    # those of the reporting asked about ('kalau mau lapor pelecehan ...?', 'yang lapor akan dicoret ...?': round 16)
    topics = [h for h in hits if h.kind == k.TOPIC]
    if topics:
        hits = [h for h in hits if h.kind != k.TOPIC and not (
            # (round 17: violence too, 'diajari apa itu pelecehan seksual dan kekerasan dalam rumah tangga', B35-11)
            h.kind in (*k.SEXUAL_KINDS, k.OTHER_MISCONDUCT, k.PHYSICAL_VIOLENCE)
            and any(t.start <= h.start < t.end for t in topics))
            # (round 22, B42-30: the threat of a protest over late aid endangers no one, 'threatening to burn tyres';
            # B42-32: nor is the shout a child is taught, 'kudu ngagorowok sareng lapor')
            and not (h.kind in (k.DANGER, k.MISTREATMENT) and any(
                t.label in (PROTEST_THREATENED, RULE_TAUGHT) and t.start <= h.start < t.end for t in topics))]
    # Round 49 (B69-07 'tiap mlm tenda ibu2 digerayangi tikus'): a touching verb whose agent, right after it (an
    # agent word between at most), is an animal: rats or insects that crawl over someone asleep, no person's act
    hits = [h for h in hits if not (h.kind in k.SEXUAL_KINDS and _by_an_animal(text, h))]
    # Round 49 (B69-13 'nalika abdi nuju kulem sareng murangkalih'): the reporter asleep with her own children is
    # where and when a man came, no act with a child
    hits = [h for h in hits if not (h.kind in k.SEXUAL_KINDS and _asleep_with_her_children(text, h))]
    # Round 25b: blood on her sarong told in the sentence of a wound ('kakinya luka kena paku, ada darah di sarungnya')
    # is the wound's, no sign of an assault
    # (round 51: so is bleeding with her walk failing, 'kakinya luka ..., masih keluar darah dan tidak bisa berjalan')
    # (round 54: and bleeding with her walk painful, 'metu getih, mlaku lara', beside a wound or her period)
    hits = [h for h in hits if not (h.label in (BLOOD_ON_HER_CLOTHES, BLEEDING_AND_LAME, BLEEDING_AND_SORE)
                                    and _beside_a_wound(text, h))]
    # Round 51 (B73-12 'cuma dikasih 5 kg, sisanya dibawa koordinator relawan desa ke rumahnya pake mobil bak'): goods
    # named right before the passive of carrying are what was taken to his house or car, no person taken (round 47
    # read goods after the active verb only)
    hits = [h for h in hits if not (h.label == "taken to a tent, car or room" and _goods_before_the_passive(text, h))]
    # Round 32 (B52-07 'ngirim stiker2 cium'): a kiss inside the stickers or emojis he sends is a remark, no kiss given
    sent = [h for h in hits if h.label == KISSES_SENT]
    if sent:
        hits = [h for h in hits if not (h.kind == k.CONTACT and any(s.start <= h.start < s.end for s in sent))]
    # Round 25b: company asked with no night named only where no other proposition is read in its words (the night
    # named, 'menemani' in quotes: they say more)
    others = [h for h in hits if h.kind == k.PROPOSITION and h.label != COMPANY_ASKED]
    hits = [h for h in hits if not (h.label == COMPANY_ASKED and
                                    any(o.start < h.end and h.start < o.end for o in others))]
    places = [h for h in hits if h.kind == k.NOT_A_CHILD_SURVIVOR]
    child_kinds = (k.CHILD, k.OFFSPRING, k.AMBIGUOUS_YOUTH, k.GRADE, k.UNDERAGE)
    hits = [h for h in hits if not (h.kind in child_kinds and any(p.start <= h.start < p.end for p in places))]
    # 'bertanya kepada para janda kapan siap dinikahi lagi': the marriage is inside a question, a remark
    # (round 46: and 'wis pantes dirabi', she is said to be ready to be married, a remark too)
    asked = [h for h in hits if h.kind == k.VERBAL and h.label in (MARRYING_ASKED, SAID_READY_TO_MARRY)]
    hits = [h for h in hits if not (h.kind == k.MARRIAGE and any(a.start <= h.start < a.end for a in asked))]
    if any(p.label == UNHARMED_CHILD for p in places):
        # 'ngusir aku karo anakku ... Anakku isih cilik, dheweke ora diapa-apakke': the reporter's child named
        # elsewhere ('anakku', 'my son') is the same child, said to be unharmed
        hits = [h for h in hits if h.kind != k.OFFSPRING]
    return sorted(as_propositions(text, hits), key=lambda h: (h.first, h.start))


# a wound, a cut or an injury (KBBI luka, terluka, jahit; Baoesastra tatu; Danadibrata raheut, tatu; English plain usage)
_WOUND = frozenset({"luka", "lukanya", "terluka", "tatu", "tatune", "raheut", "raheutna", "dijahit", "jahit",
                    "wound", "wounded", "cut", "injured", "injury", "paku", "beling", "kaca",
                    # (round 51, with her trousers: her period, KBBI haid, menstruasi, pembalut; Danadibrata
                    # haid; English plain usage)
                    "haid", "haidh", "mens", "menstruasi", "period", "menstruation", "pembalut", "pads"})


# (round 51: the passive of carrying, KBBI dibawa; Danadibrata dicandak, dibawa; Baoesastra digawa, krama dipunbekta;
# English plain usage; the goods, KBBI sisa, beras, bantuan; Danadibrata sesa, beas; Baoesastra turahan, beras)
_CARRIED = frozenset({"dibawa", "dibawain", "digawa", "dicandak", "dipunbekta", "taken", "carried"})
_GOODS = frozenset({"sisanya", "sisana", "sisane", "sisanipun", "sisa", "sesana", "turahane", "turahanipun", "rest",
                    "remainder", "beras", "beas", "uwos",
                    "berasnya", "bantuan", "bantuannya", "bantosan", "sembako", "terpal", "terpalnya", "selimut",
                    "logistik", "barang", "barangnya", "karung", "kardus", "paket", "rice", "aid", "supplies",
                    "blankets", "sacks", "boxes", "tarpaulins", "food"})


def _goods_before_the_passive(text: Text, h: Hit) -> bool:
    """'sisanya dibawa ... ke rumahnya', 'the rest of the rice was taken to his house': the goods before the passive."""
    i = h.first
    if text.words[i].norm not in _CARRIED:
        return False
    before = [text.words[j].norm for j in range(max(0, i - 3), i) if text.sentence_of(j) == text.sentence_of(i)]
    if before and before[-1] in {"was", "were", "been", "is", "are"}:
        before = before[:-1]
    return any(w in _GOODS for w in before[-2:])


def _beside_a_wound(text: Text, h: Hit) -> bool:
    sentence = text.sentence_of(h.first)
    return any(w.norm in _WOUND and text.sentence_of(i) == sentence for i, w in enumerate(text.words))


def _plain_in_its_quotes(text: Text, i: int) -> bool:
    """"untuk main HP", "ini khusus jemaah": the word after it, inside the same quotes, gives it its plain sense."""
    followers = QUOTED_PLAIN_BEFORE.get(text.words[i].norm, frozenset())
    j = i + 1
    if followers == frozenset() or j not in text.quoted or j >= len(text.words):
        return False
    if text.words[j].start > text.words[i].end + 2:
        return False                          # the next quote, not the same one
    return followers is None or text.words[j].norm in followers


def _priority_reason(priority: str, child: bool, urgent: bool, danger: bool) -> str:
    why = [w for w, on in (("a child is involved", child), ("urgent medical care", urgent),
                           ("ongoing danger", danger)) if on]
    return f"priority {priority}: {', '.join(why)}" if why else f"priority {priority}: by category"


def _confidence(*, category: Category, support: int, unsure: int, perpetrator_known: bool) -> float:
    """A rough, explainable score: more independent cues raise it, every unsure guess lowers it."""
    if category is Category.NOT_MISCONDUCT:
        value = 0.6 + 0.15 * min(support, 1)
    else:
        value = 0.5 + 0.1 * min(support, 3) + (0.05 if perpetrator_known else 0.0)
    return round(max(0.05, min(0.95, value - 0.1 * unsure)), 2)

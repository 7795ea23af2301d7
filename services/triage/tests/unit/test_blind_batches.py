"""The scored blind tuning batches (tests/data/blind, see its README): once tuned on, they must stay passed.

Their first-pass scores, the honest estimate, are in the README; these floors only stop regressions.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pseah.triage.classification.evaluate import evaluate, load

BLIND = Path(__file__).resolve().parents[1] / "data" / "blind"
BATCHES = sorted(BLIND.glob("batch-*.jsonl"))


def test_the_batches_are_here():
    assert len(BATCHES) >= 4


# Safety misses of a batch just moved in from final/, named one by one until its round fixes them (round 18: 37 and
# 38 came in with these; round 17's first commit left the test failing for a commit instead). Any other miss fails.
# (B37-33 and B38-18 fixed by round 18's group 1, sexual violence told without the usual words; B38-14 by its group
# 2, a child touched under her skirt: none left)
# Round 20: 39 and 40 came in with one under-triaged critical report each (B39-34, also its urgent miss; B40-11).
# (B39-34 fixed by round 20's group 1, a night spent for aid; B40-11 by its group 2, the man seen again by her tent:
# none left)
# Round 21: 41 and 42 came in with five under-triaged critical reports (B41-03, B41-32, B41-38, B42-15, B42-17) and
# two more urgent misses on 41 (B41-23, B41-26), named here until fixed.
# (B41-03 and B41-32 fixed by round 21's group 1, rape told without the usual words; B42-15 and B42-17 by its group
# 2, danger told indirectly)
SAFETY_LEFT: dict[str, set[str]] = {
    # (B41-26 and B41-23 fixed by round 22's groups 13 and 14; B41-38 by round 52's group 5, a rape four days ago
    # with her fear of pregnancy, emergency contraception's 120 h: none left on 41)
    "batch-41": set(),
    # Round 23: 43 and 44 came in with four under-triaged critical reports (B43-26, B43-39, B44-34: threats of death
    # or a night visit not read as danger; B43-27, also its urgent miss: an attempted rape last night with pain)
    # (B43-26, B43-39 and B44-34 fixed by round 23's group 1, a threat of death or a night visit; B43-27 by its group
    # 2, an attempted rape within 72 hours with pain or fear: none left)
    # Round 24: 45 came in with five under-triaged critical reports (B45-04, B45-28: sextortion not read as danger;
    # B45-06: a death threat to stop a report read as no misconduct; B45-11: a rape told by a midwife through its
    # traces; B45-25: a boy of 13 slapped, the child not read) and two more urgent misses (B45-08, B45-30); 46 with none
    # (B45-06 fixed by round 24's group 1, a death threat to stop a report; B45-08, B45-11 and B45-30 by its group 2,
    # rape told by a third party through its traces; B45-25 by its group 3, a child slapped by an aid worker; B45-04
    # and B45-28 by its group 4, sextortion: none left)
    # Round 26: 47 came in with one under-triaged critical report (B47-29: sextortion in SMS abbreviations, 'dsbr')
    # and two more urgent misses (B47-07: an attempted rape of a girl of 14 two days before, Sundanese; B47-14:
    # locked in and forced, 'td siang', SMS); 48 with none
    # (B47-07 fixed by round 26's group 1, her clothes forced open; B47-14 by its group 2, forced 'like that'; B47-29
    # by its group 3, sextortion in SMS abbreviations: none left)
    # Round 28: 49 came in with one urgent miss (B49-15: an urgent case read as a child's, not urgent); 50 with two
    # under-triaged critical reports (B50-07: ongoing danger, a threat to spread a video, read as medium; B50-25:
    # read as high), named here until fixed
    # (B49-15 fixed by round 28's group 1, an attempt with her trembling; B50-07 by its group 2, a threat to spread
    # her video if she reports; B50-25 by its group 3, a threat to tell her husband everything: none left)
    # Round 31: 51 came in with two urgent misses (B51-20: an act of abuse read as harassment, urgent missed; B51-36:
    # urgent missed), named here until fixed; 52 with none (with the model)
    # (B51-36 fixed by round 31's group 1, marital relations done with a child; B51-20 by its group 2, forced until
    # she bled: none left)
    # Round 33: 53 came in with none; 54 with four under-triaged critical reports (B54-05: read as medium; B54-10:
    # abuse read as harassment, medium, also its urgent miss; B54-32, B54-39: read as high) and one more urgent miss
    # (B54-22), named here until fixed
    # (B54-05 and B54-32 fixed by round 33's group 1, he still sleeps across from her, says he knows where she sleeps;
    # B54-10 by its group 2, her clothes torn; B54-39 by its group 3, her pictures to be spread if she reports;
    # B54-22 by its group 4, her mouth held and her clothes opened: none left)
    # Round 34: 55 came in with one under-triaged critical report (B55-27: harassment with a threat to her contract
    # and night visits, read as medium); 56 with three (B56-19: sex demanded to stay on a cash-for-work list, read as
    # harassment, medium; B56-20: an attempted rape last night, read as other misconduct, low, also its urgent miss;
    # B56-22: a threat to spread her bathing photos, read as high), named here until fixed
    # (B55-27 fixed by round 34's group 4, he knocks at her door after midnight and she does not feel safe: none left
    # on 55)
    # (B56-20 fixed by round 34's group 1, an attempt told by what he did within 72 hours; B56-22 by its group 2, he
    # says her bathing photos will be spread if she reports; B56-19 by its group 3, sex demanded to stay registered,
    # with a threat to tell her husband: none left on 56)
    # Round 36: 57 came in with one under-triaged critical report (B57-21: an unknown man held her, covered her mouth,
    # laid her down and forced her trousers open last night, Sundanese: read as abuse, high, also its urgent miss); 58
    # with one (B58-24: a volunteer photographed her breastfeeding, shared it and threatens to spread others if she
    # makes a fuss, SMS: read as medium), named here until fixed
    # (B57-21 fixed by round 36's group 1, her clothes forced open, 'by force' after the verb; B58-24 by its group 2,
    # a threat to spread her other pictures after the verb of threatening: none left)
    # Round 39: 59 came in with one child miss (B59-08: 'anak kula estri, lair taun 2008', a year of birth as the age,
    # krama) and one under-triaged critical report (B59-20: an interpreter's demand with night visits to her tent, read
    # as high); 60 with one urgent miss (B60-11) and one under-triaged critical report (B60-16: the room manager wants
    # her to come tonight or the room goes to others, SMS, read as high), named here until fixed
    # (B59-08 fixed by round 39's group 1, a year of birth as the age; B60-11 by its group 2, her trousers opened by
    # the bare verb, 'muka calanana'; B59-20 and B60-16 by its group 3, the price still pressed on her with a deadline
    # or a summons for tonight again: none left)
    # Round 41: 61 came in with two under-triaged critical reports (B61-24: her late husband's brother, who forced her
    # in the tent, comes every night after the children sleep and knocks, the tent has no lock, Sundanese, read as
    # high; B61-31: a security volunteer who peeps at women changing says he knows where she sleeps, no need to lock,
    # Javanese ngoko, read as medium); 62 with none, named here until fixed
    # (B61-31 fixed by round 41's group 1, his own words that he knows where she sleeps; B61-24 by its group 2, her
    # tent with no lock after the assault: none left)
    # Round 42: 63 came in with two under-triaged critical reports (B63-04: a landlord with a spare key who knocks at
    # night, read as high; B63-14: a man who comes to an older woman's tent every night, read as medium); 64 with one
    # (B64-40: a threat to spread her bathing photos, read as medium), named here until fixed
    # (B63-04 and B63-14 fixed by round 42's group 1, he comes to her door or tent every night: none left on 63)
    # (B64-40 fixed by round 42's group 2, he says her pictures are going to be spread, and where to: none left on 64)
    # Round 45: 65 came in with one under-triaged critical report (B65-24: a woman with an intellectual disability
    # forced into a truck by a porter who still loads there and came to her tent again, read as high); 66 with one
    # (B66-32: a rape two nights ago told in an SMS voice note, read as no misconduct, low: 'gak bisa tidur' taken to
    # negate 'takut hamil'; also its urgent miss), named here until fixed
    # (B65-24 fixed by round 45's group 3, he came to her tent again after an assault: none left on 65)
    # (B66-32 fixed by round 45's group 1, a negation that does not reach a new clause in run-on text: none left on
    # 66)
    # Round 47: 67 came in with one under-triaged critical report (B67-30: read as high) and one urgent miss (B67-13);
    # 68 with five under-triaged critical reports (B68-05, B68-13, B68-21: read as high; B68-27, B68-35: read as
    # medium; several ongoing danger told indirectly) and one urgent miss (B68-29), named here until fixed
    # (B67-30 fixed by round 47's group 3, a man who enters the women's tents every night; B67-13 by its group 8,
    # acts gone on 'for a month now', the last time not told: none left on 67)
    # (B68-21, B68-27 and B68-35 fixed by round 47's group 1, he knows or asks where she sleeps)
    # (B68-05 fixed by round 47's group 2, he now sleeps near her after a sexual touch)
    # (B68-13 fixed by round 47's group 5, the nights of his coming counted beside a touch; B68-29 by its group 7,
    # a child's night for aid told in the English present: none left on 68)
    # Round 48: 69 came in with one child miss (B69-18, read as high), one urgent miss (B69-20) and three more
    # under-triaged critical reports (B69-12: read as other misconduct, medium; B69-35: read as high; B69-37: read as
    # low); 70 with three (B70-03, B70-29, B70-37: read as high), named here until fixed
    # (B69-18 fixed by round 48's group 1, a survivor taken to school by an adult)
    # (B69-37 fixed by round 48's group 4, a threat to finish off her family told of him)
    # Round 49 (what round 48 left, safety first):
    # (B69-20 fixed by round 49's group 1, girls who sell their bodies)
    # (B69-12 fixed by round 49's group 2, her tent opened from outside at night, and her fear)
    # (B69-35 fixed by round 49's group 3, he keeps by her tent every evening after her refusal: none left on 69)
    "batch-69": set(),
    # (B70-37 fixed by round 48's group 2, the nights counted of a man entering the women's tents)
    # (B70-29 fixed by round 48's group 5, 'beware if you report')
    # (B70-03 fixed by round 49's group 4, the women's tents opened at night with a torch shone inside: none left on
    # 70)
    "batch-70": set(),
    # Round 50: 71 came in with one child miss (B71-18, a child exploited, read as harassment, medium; also its urgent
    # miss), two more urgent misses (B71-22: read as harassment; B71-35: read as medium) and one more under-triaged
    # critical report (B71-26: read as high); 72 with two urgent misses (B72-11: read as medium; B72-39: read as high)
    # and one more under-triaged critical report (B72-35: read as high), named here until fixed
    # (B71-18 fixed by round 50's group 1, a girl who admits she has done 'that' for money)
    # (B71-22 fixed by round 50's group 2, forced, the act left unsaid, a vocative after the passive)
    # (B71-35 fixed by round 50's group 3, 'used' in quotes)
    # (B71-26 fixed by round 50's group 5, the women's tents opened at night on nights counted, a torch shone: none
    # left on 71)
    "batch-71": set(),
    # (B72-11 fixed by round 50's group 2, forced 'like that', the act left unsaid)
    # (B72-39 fixed by round 50's group 4, compelled to 'serve' him)
    # (B72-35 fixed by round 51's group 5, following her everywhere and sitting by her tent every night: none left
    # on 72)
    "batch-72": set(),
    # Round 51: 73 came in with one child miss (B73-05, read as high), one urgent miss (B73-37, read as high) and one
    # more under-triaged critical report (B73-15, read as low); 74 with none, named here until fixed
    # (B73-05 fixed by round 51's group 2, a survivor's age in a case note's notation, 'Survivor 17F')
    # (B73-37 fixed by round 51's group 3, back with torn clothes and bruises on her thighs)
    # (B73-15 fixed by round 51's group 4, violence repeated on nights in a row: none left on 73)
    "batch-73": set(),
    "batch-74": set(),
    # Round 52: 75 came in with one urgent miss (B75-24, read as high) and two more under-triaged critical reports
    # (B75-09: read as high; B75-29: read as not misconduct, low); 76 with one urgent miss (B76-26, read as critical
    # for its child) and one more under-triaged critical report (B76-33: read as high), named here until fixed
    # (B75-29 fixed by round 52's group 1, a stranger entering the women's tents, their plural 'tenda istri-istri')
    # (B75-09 fixed by round 52's group 2, a sexual touch repeated every night)
    # (B75-24 fixed by round 52's group 3, a child paid for sex, the trade told as done: none left on 75)
    "batch-75": set(),
    # (B76-33 fixed by round 52's group 2, touching sleeping women three nights running)
    # (B76-26 fixed by round 52's group 4, a child's secret part touched, 'wadine', its time untold: none left on 76)
    "batch-76": set(),
    # Round 54: 77 came in with one urgent miss (B77-04, read as harassment, medium) and six more under-triaged
    # critical reports (B77-09: read as not misconduct, low, no child; B77-02: read as medium; B77-05, B77-23, B77-24,
    # B77-40: read as high); 78 with none, named here until fixed
    # (B77-04 fixed by round 54's group 1, bleeding with her walk painful, 'metu getih, mlaku lara')
    # (B77-09 fixed by round 54's group 2, girls peeped at where they bathe, the passive after them, 'diinceng')
    # (B77-40 fixed by round 54's group 3, nights counted with the word of times, 'wis kaping telu bengi')
    # (B77-05 fixed by round 54's group 4, still living beside her tent in krama, 'taksih manggen ing sandhing')
    # (B77-23, B77-24 fixed by round 54's group 5, he still comes back every day, 'taksih rawuh saben dinten')
    "batch-77": {"B77-02"},
    "batch-78": set(),
}


def _safety_misses(result) -> set[str]:
    missed = {ident for ident, wrong in result.misses
              if any(name in wrong and wrong[name][1] is True for name in ("child_involved", "urgent_medical"))}
    return missed | set(result.under_triaged)


@pytest.mark.parametrize("path", BATCHES, ids=lambda p: p.stem)
def test_no_child_or_urgent_case_missed_and_none_under_triaged(path, reported_at):
    result = evaluate(load(path), default_reported_at=reported_at)
    left = SAFETY_LEFT.get(path.stem, set())
    assert _safety_misses(result) <= left, result.misses
    if not left:
        assert result.recall["child_involved"].rate == 1.0, result.misses
        assert result.recall["urgent_medical"].rate == 1.0, result.misses
        assert result.under_triaged == []


# A batch not yet tuned up to the common floor keeps its own, at what it scores today (rounded down): a regression
# guard, not a target. The safety test above holds for every batch without exception.
FLOOR = 0.95
# (Batches 11 and 12 had their own until round 4 tuned them to 40/40.) After round 5, 13, 15 and 16 clear the common
# floor; 14 keeps its own for category, at what it scores (B14-29, a withdrawn report about a child, and B14-35,
# B14-39, gifts beside a quoted word, are left as they are: see the README).
# Round 6 tuned on 17 and 18 (round 5's held-out pair): their floors are what they reach after that tuning, above the
# common floor where they are above it (18's category, 38/40, is at it: B18-28 and B18-39, see the README).
OWN_FLOORS: dict[str, dict[str, float]] = {
    "batch-14": {"category": 0.925},
    "batch-17": {"category": 1.0, "perpetrator_type": 1.0, "priority": 1.0},
    # (raised at round 51's end to what it reached already, perpetrator 40/40)
    "batch-18": {"perpetrator_type": 1.0, "priority": 1.0},
    # Round 7 tuned on 19 and 20 (round 6's held-out pair): 19 reaches category 40/40, 20 priority 40/40 and
    # perpetrator 39/40; the rest sit at the common floor (B19-26, B19-37, B20-15, B20-16: see the README)
    "batch-19": {"category": 1.0},
    "batch-20": {"perpetrator_type": 0.975, "priority": 1.0},
    # Round 8 tuned on 21 and 22 (round 7's held-out pair): 21 reaches category and perpetrator 40/40, priority 39/40
    # (B21-40); 22 perpetrator and priority 40/40, category 39/40 (B22-36): see the README
    "batch-21": {"category": 1.0, "perpetrator_type": 1.0, "priority": 0.975},
    "batch-22": {"category": 0.975, "perpetrator_type": 1.0, "priority": 1.0},
    # Round 9 tuned on 23 and 24 (round 8's held-out pair), moved in from final/ in the same commit as these floors:
    # what they reach after round 9 (23: perpetrator and priority 39/40, category 38/40; 24: category 37/40,
    # perpetrator and priority 39/40): see the README
    # (round 25's group 6, peeping when she bathes: 23 category 39/40)
    "batch-23": {"category": 0.975, "perpetrator_type": 0.975, "priority": 0.975},
    "batch-24": {"category": 0.925, "perpetrator_type": 0.975, "priority": 0.975},
    # Round 10 (safety only) tuned on 25 and 26 (round 9's held-out pair), moved in from final/ in the same commit as
    # these floors: what they reach after round 10's rules with round 9's model (25: category 33/40, perpetrator and
    # priority 38/40; 26: category 37/40, perpetrator 35/40, priority 38/40): see the README
    # (raised by round 11, whose retrained model gained on both in-sample: 25 category 36/40; 26 category 38/40,
    # perpetrator 36/40)
    "batch-25": {"category": 0.90},
    # (round 51's group 8, said to be no aid worker, B26-03: 26 perpetrator 37/40)
    "batch-26": {"category": 0.95, "perpetrator_type": 0.925},
    # Round 11 tuned on 27 and 28 (round 10's held-out pair): what they reach after round 11 (27: category and
    # perpetrator 40/40, priority 39/40, B27-26; 28: all three 40/40): see the README
    "batch-27": {"category": 1.0, "perpetrator_type": 1.0, "priority": 0.975},
    "batch-28": {"category": 1.0, "perpetrator_type": 1.0, "priority": 1.0},
    # Round 12 (safety first) tuned on 29 and 30 (round 11's held-out pair): what they reach after round 12 with
    # round 11's model (29: category 34/40, perpetrator 40/40, priority 39/40; 30: category 39/40, perpetrator 37/40,
    # priority 40/40); the category conventions left as they are and the model's perpetrator overrides are in the
    # README
    # (round 24's group 3, 'nampiling' a slap: 29 category 36/40)
    # (raised by round 44's group 4, the disabled told to come later: B29-15, 29 priority 40/40)
    "batch-29": {"category": 0.90, "perpetrator_type": 1.0, "priority": 1.0},
    # (round 46's group 10, said to be ready to be married, a remark: 30 category 40/40)
    "batch-30": {"category": 1.0, "perpetrator_type": 0.925, "priority": 1.0},
    # Round 14 tuned on 31 and 32 (round 12's held-out pair, round 13 fixed its one child miss): what they reach after
    # round 14 with round 11's model (31: all three 40/40; 32: category and perpetrator 40/40, priority 39/40, B32-35,
    # 'masih datang mendata di kampung sebelah' read as ongoing danger, the safe direction): see the README
    "batch-31": {"category": 1.0, "perpetrator_type": 1.0, "priority": 1.0},
    "batch-32": {"category": 1.0, "perpetrator_type": 1.0, "priority": 0.975},
    # Round 15 (safety first, short) tuned on 33 and 34 (round 14's held-out pair), moved in from final/ in the same
    # commit as these floors: what they reach after round 15 with round 11's model (33: category 34/40, perpetrator
    # 36/40, priority 34/40; 34: all three 37/40); the categories and perpetrator types not tuned are in the README
    # (raised by round 16, which tuned their categories, perpetrator types and priorities by class, model of round 11
    # kept: 33 category and perpetrator 40/40, priority 39/40, B33-28 left as it is, see the README; 34 all three
    # 40/40)
    # (round 25's group 8, a grown reporter's list of acts: 33 priority 40/40, B33-28 fixed)
    "batch-33": {"category": 1.0, "perpetrator_type": 1.0, "priority": 1.0},
    "batch-34": {"category": 1.0, "perpetrator_type": 1.0, "priority": 1.0},
    # Round 17 (safety first) tunes on 35 and 36 (the held-out pair of rounds 15 and 16), moved in from final/ in
    # 5d55d67: what they reach after its ongoing-danger and touch groups with round 11's model (35: category 32/40,
    # perpetrator 36/40, priority 33/40; 36: category 28/40, perpetrator 33/40, priority 27/40); raised as the round
    # goes, see the README (36's priority raised to 30/40 by its child-precision group; 35 to category and
    # perpetrator 37/40, priority 38/40 by its group on sexual words as a topic; 36 to category 30/40, perpetrator
    # 34/40, priority 32/40 by its group on harassment with no touch, and to 31, 35, 33 by its group on a meeting
    # alone at night as the price)
    # (35's category and priority raised to 38/40 and 39/40 by its group on an improper act still to come)
    # (round 25's group 10, an official whose aid work is told in the next sentence: 35 perpetrator 38/40)
    "batch-35": {"category": 0.95, "perpetrator_type": 0.95, "priority": 0.975},
    # (36's category and perpetrator raised to 32/40 and 36/40 by its group on a cut from each envelope)
    # (36's priority raised to 34/40 by round 25's group 1, a grown reporter's children named apart from the acts)
    # (round 25b's group 5, naked pictures asked in other words, B36-39: 36 category 33/40)
    # (raised by round 29's group 1, the reporter's role in two words, 'I am a volunteer midwife': 36 perpetrator
    # 37/40)
    # (round 32's group 1, a free stay as the price: 36 category 34/40, priority 35/40)
    "batch-36": {"category": 0.85, "perpetrator_type": 0.925, "priority": 0.875},
    # Round 18 (safety only, short) tunes on 37 and 38 (round 17's held-out pair), moved in from final/ in the same
    # commit as these floors: what they reach on arrival with round 11's model (37: category 36/40, perpetrator
    # 38/40, priority 34/40; 38: category 34/40, perpetrator 37/40, priority 31/40); see the README
    # (raised by its group 1, sexual violence told without the usual words: 37 category 37/40, priority 35/40; 38
    # category 35/40, priority 32/40)
    # (38 raised by round 19's groups 1 and 2, exploitation told as an offer or terms: category 39/40, perpetrator
    # 38/40, priority 34/40; and by its group 4, young men and the children the aid is for: 37 category 38/40,
    # priority 36/40; 38 priority 35/40; and by its group 5, a child who watched: 38 category 40/40, priority 37/40;
    # and by its group 6, a bystander and the one who lists the aid: 38 perpetrator 40/40; and by its group 7, 'he is
    # her boyfriend' said of an aid worker: 37 perpetrator 39/40; and by its group 8, a child writing for her mother:
    # 38 priority 38/40; and by its group 10, a time that dates a state: 37 priority 38/40; and by its group 11, the
    # night put as terms behind a short 'if': 38 priority 39/40; and by its group 12, aid withheld for faith or
    # disability: 37 category 39/40, perpetrator 40/40; and by its group 13, a caption he posted: 38 priority 40/40)
    "batch-37": {"category": 0.975, "perpetrator_type": 1.0, "priority": 0.95},
    "batch-38": {"category": 1.0, "perpetrator_type": 1.0, "priority": 1.0},
    # Round 20 tunes on 39 and 40 (round 19's held-out pair), moved in from final/ in the same commit as these
    # floors: what they reach on arrival with round 11's model (39: category 36/40, perpetrator 39/40, priority
    # 34/40; 40: category 35/40, perpetrator 36/40, priority 32/40); see the README
    # (raised by its group 1, a night spent for aid: 39 category 37/40, perpetrator 40/40, priority 35/40; 40
    # category 36/40, priority 33/40; and by its group 2, the man seen again by her tent: 40 priority 34/40)
    # (round 22 by class, group 7, her child kept away or never affected: 39 priority 36/40)
    # (round 30's group 1, aid withheld for who they are or how they voted: 39 priority 37/40)
    # (and its group 6, her body praised in informal words, no price: 39 category 38/40, priority 38/40)
    "batch-39": {"category": 0.95, "perpetrator_type": 1.0, "priority": 0.95},
    # (round 22 by class, group 1, sexual words that tell no act: 40 category 37/40, priority 35/40; 42 category
    # 30/40, priority 30/40; and by its group 2, her counted children or a child beside her: 40 priority 36/40; 42
    # category 31/40, priority 31/40; and by its group 3, who the man is said to be: 40 perpetrator 38/40; 42
    # perpetrator 35/40; and by its group 4, photographed bathing or breastfeeding: 40 category 38/40, priority
    # 37/40; 41 category 34/40, priority 35/40; and by its group 5, a trade said plainly or by 'anu': 41 category
    # 36/40, perpetrator 36/40, priority 36/40; 42 category 32/40, priority 32/40; and by its group 6, words of
    # misconduct in a complaint about aid: 42 category 34/40, perpetrator 36/40, priority 34/40; and by its group 8,
    # the children she gave in for: 40 priority 38/40; 41 category 37/40; 42 priority 35/40; and by its group 9,
    # his team or no agency: 42 perpetrator 38/40; and by its group 11, a rule taught to children: 42 category
    # 35/40, perpetrator 39/40, priority 36/40; and by its group 12, a child comforted or a hug asked about: 42
    # category 36/40, perpetrator 40/40, priority 37/40)
    # (round 25's group 4, a weekday of last week: 40 priority 39/40; and its group 6, peeping when she bathes: 40
    # category 39/40, priority 40/40)
    "batch-40": {"category": 0.975, "perpetrator_type": 0.95, "priority": 1.0},
    # Round 21 tunes on 41 and 42 (round 20's held-out pair), moved in from final/ in the same commit as these
    # floors: what they reach on arrival with round 11's model (41: category 31/40, perpetrator 35/40, priority
    # 32/40; 42: category 28/40, perpetrator 33/40, priority 26/40); see the README
    # (raised by its group 1, rape told without the usual words: 41 category 33/40, priority 34/40; and by its group
    # 2, danger told indirectly: 42 priority 28/40)
    # (round 23's group 6, a role after a comma is not the agent: 41 perpetrator 37/40)
    # (round 30's group 1, aid withheld for who they are: 41 priority 37/40)
    # (round 32's group 8, stroking in the Sundanese -an form: 41 category 38/40)
    # (round 52's group 5, a rape four days ago with her fear of pregnancy: 41 priority 38/40)
    "batch-41": {"category": 0.95, "perpetrator_type": 0.925, "priority": 0.95},
    # (round 32's group 4, a rumour no one can place: 42 category 37/40, priority 38/40)
    "batch-42": {"category": 0.925, "perpetrator_type": 1.0, "priority": 0.95},
    # Round 23 tunes on 43 and 44 (round 22's held-out pair), moved in from final/ in the same commit as these
    # floors: what they reach on arrival with round 11's model (43: category 35/40, perpetrator 36/40, priority
    # 31/40; 44: category 34/40, perpetrator 37/40, priority 33/40); see the README
    # (raised by its groups 1 and 2, safety: 43 priority 34/40; 44 priority 34/40; and by its group 4, her own
    # children told as her household: 43 priority 36/40; 44 category 35/40, priority 36/40; and by its group 5, a
    # grown daughter and a gift 'repaid with': 43 category 36/40, priority 37/40; and by its group 6, a role word that
    # is not the man: 43 perpetrator 38/40; and by its group 7, women photographed breastfeeding: 43 category 37/40,
    # priority 38/40; 44 category 36/40, priority 37/40; and by its group 8, a child telling of her grown sister: 43
    # priority 39/40; and by its group 9, a driver who delivers the aid: 44 perpetrator 38/40)
    "batch-43": {"category": 0.925, "perpetrator_type": 0.95, "priority": 0.975},
    # (round 25b's group 1, improper words said to her, B44-22 no longer held only by the model: 44 category 37/40,
    # priority 38/40)
    "batch-44": {"category": 0.925, "perpetrator_type": 0.95, "priority": 0.95},
    # Round 24 tunes on 45 and 46 (round 23's held-out pair), moved in from final/ in the same commit as these
    # floors: what they reach on arrival with round 11's model (45: category 33/40, perpetrator 37/40, priority
    # 30/40; 46: category 37/40, perpetrator 39/40, priority 36/40); see the README
    # (raised by its group 1, a death threat to stop a report: 45 category 34/40, perpetrator 38/40, priority 31/40;
    # and by its group 2, rape told through its traces: 45 category 36/40, priority 32/40; and by its group 3, a
    # child slapped by an aid worker: 45 priority 33/40; and by its group 4, sextortion: 45 priority 35/40)
    # (round 25's group 6, peeping when she bathes: 45 category 37/40, priority 36/40; and its group 7, 'your child'
    # in his remark to women: 45 category 38/40, priority 37/40)
    # (round 30's group 2, his messages that keep coming: 45 priority 38/40; and its group 5, aid sold at the market
    # in Javanese: 39/40)
    # (round 32's group 1, a tent got only if: 45 category 39/40)
    "batch-45": {"category": 0.975, "perpetrator_type": 0.95, "priority": 0.975},
    # (round 25's group 1, a grown reporter's children named apart from the acts: 46 priority 37/40)
    # (round 34's group 7, thanks in the short Javanese 'suwun': 46 category 38/40, perpetrator 40/40, priority 38/40)
    "batch-46": {"category": 0.95, "perpetrator_type": 1.0, "priority": 0.95},
    # Round 26 tunes on 47 and 48 (round 25's held-out pair), moved in from final/ in the same commit as these
    # floors: what they reach on arrival with the classifier of cc18808 (47: category 36/40, perpetrator 35/40,
    # priority 32/40; 48: category 34/40, perpetrator 36/40, priority 30/40); see the README
    # (raised by its groups 1 to 3, safety: 47 priority 33/40; and by its group 4, a night of company asked in the
    # Sundanese imperative: 47 category 37/40)
    # (raised by round 27's groups 1 to 3, the priority under-calls: work offered with terms, aid traded for sex, aid
    # got 'because' she 'served' him: 47 category 38/40, priority 34/40; 48 category 36/40, priority 32/40)
    # (and by its groups 8 and 9, child precision: years lived there, an act feared: 47 priority 35/40; 48 category
    # 38/40, priority 37/40)
    # (and by its group 12, the residents served: 47 perpetrator 36/40; 48 perpetrator 38/40; and by its group 13,
    # women photographed while bathing: 47 priority 36/40, 48 priority 39/40)
    # (round 30's group 4, a slap and a kick in plain English: 47 priority 37/40)
    "batch-47": {"category": 0.95, "perpetrator_type": 0.90, "priority": 0.925},
    # (raised by round 27's groups 4 to 7, urgent precision: 'menurut pelapor', 'taun wingi', a right 'raped', a
    # service for survivors: 48 category 37/40, perpetrator 37/40, priority 36/40)
    # (and by its groups 10 and 11, her children unable to eat, the purpose as his words: 48 category 39/40,
    # priority 38/40)
    # (round 30's group 1, aid withheld for how they voted: 48 priority 40/40)
    # (raised by round 44's group 1, no one accused: B48-08, 48 category 40/40)
    "batch-48": {"category": 1.0, "perpetrator_type": 0.95, "priority": 1.0},
    # Round 28 (safety only, short) tunes on 49 and 50 (the held-out pair scored once in bd8c4bd), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of e0b05d2 (49:
    # category 32/40, perpetrator 39/40, priority 33/40; 50: category 33/40, perpetrator 31/40, priority 30/40); see
    # the README
    # (raised by round 29's group 3, those she asks to be treated like: 49 perpetrator 40/40; and its group 4, aid
    # given only to those who keep him company: 49 category 33/40, priority 34/40)
    # (round 30's group 4, a slap in plain English: 49 category 34/40, priority 35/40; and its group 5, aid withheld
    # from those who did not vote for him: 49 category 35/40, priority 36/40; and its group 8, a habit of dreaming of
    # it: 49 priority 37/40)
    # (round 32's group 4, a rumour no one can place: 49 category 36/40, priority 38/40)
    # (round 46's group 6, the Javanese slap 'napuk': 49 category 37/40)
    # (round 52's group 1, a stranger described by 'boten dipuntepangi' no negation: 49 category 38/40)
    "batch-49": {"category": 0.95, "perpetrator_type": 1.0, "priority": 0.95},
    # (raised by its groups 1 to 3, safety: 50 priority 32/40; and by its groups 4 and 5, her husband in his words and
    # the man she borrowed from: 50 perpetrator 32/40)
    # (and by round 29's group 1, the reporter's role in two words, 'Laporan dari guru pendamping': 50 perpetrator
    # 33/40; and its group 2, a soldier who hands out rice: 34/40)
    # (round 30's group 1, aid withheld from widows and from women in a veil: 50 priority 34/40; and its groups 2 and
    # 3, her children's papers lost, papers done in two days if she goes out with him: 50 category 34/40, priority
    # 35/40; and its group 5, aid unloaded at his own house: 50 category 35/40, priority 36/40; and its group 7,
    # pregnant mothers named as a group: 50 category 36/40, perpetrator 35/40, priority 37/40)
    # (round 46's group 10, said to be ready to be married, a remark: 50 category 37/40)
    "batch-50": {"category": 0.925, "perpetrator_type": 0.875, "priority": 0.925},
    # Round 31 (safety only, short) tunes on 51 and 52 (the held-out pair scored once in cd829fb), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of 61aad70 (51:
    # category 34/40, perpetrator 38/40, priority 36/40; 52: category 33/40, perpetrator 39/40, priority 33/40); see
    # the README
    # (raised by its group 2, forced until she bled: 51 category 35/40; and by its group 4, a case told to a helper
    # asked about: 51 category 36/40, priority 37/40; and by its group 5, willing in a definition: 51 priority 38/40)
    # (round 32's group 3, her own children counted apart from the terms: 51 priority 39/40; and its group 5,
    # indecent gestures: 51 priority 40/40)
    # (round 37's group 3a, her bathing photographed unseen: 51 category 37/40)
    "batch-51": {"category": 0.925, "perpetrator_type": 0.95, "priority": 1.0},
    # (round 32's group 1, her tent taken away unless: 52 category 34/40; and its group 2, a survivor who would report
    # asked about: 52 category 36/40, perpetrator 40/40, priority 35/40; and its group 3, a widow's own child: 52
    # priority 36/40; and its group 5, her chest stared at: 52 priority 37/40; and its group 6, kisses sent as
    # stickers: 52 category 37/40, priority 38/40; and its group 7, contempt named 'pelecehan': 52 category 38/40,
    # priority 39/40)
    "batch-52": {"category": 0.95, "perpetrator_type": 1.0, "priority": 0.975},
    # Round 33 (safety first, short) tunes on 53 and 54 (the held-out pair scored once in a84e5a4), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of c67ba18 (53:
    # category 34/40, perpetrator 40/40, priority 35/40; 54: category 38/40, perpetrator 37/40, priority 32/40); see
    # the README
    # (raised by its group 5, the reporter's children in hotline notes: 53 priority 36/40; and by its group 6, her
    # children counted after her age: 53 priority 37/40)
    # (round 35's group 3, 'without stopping' after a negator: 53 category 35/40; and its group 10, her children with
    # her, the act told of her: 53 priority 38/40)
    # (round 37's group 3a, her bathing photographed unseen: 53 category 36/40)
    # (round 46's group 6, the Javanese slap 'napuk': 53 category 37/40)
    "batch-53": {"category": 0.925, "perpetrator_type": 1.0, "priority": 0.95},
    # (raised by its group 1, he still sleeps across from her or says he knows where she sleeps: 54 priority 34/40;
    # and by its group 2, her clothes torn: 54 category 39/40, priority 35/40; and by its group 3, her pictures to be
    # spread if she reports: 54 priority 36/40)
    # (round 35's group 1, the day she told beside the verb of telling: 54 priority 37/40)
    "batch-54": {"category": 0.975, "perpetrator_type": 0.925, "priority": 0.925},
    # Round 34 (safety first, short) tunes on 55 and 56 (the held-out pair scored once in 30e6178), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of 78380ef (55:
    # category 34/40, perpetrator 38/40, priority 33/40; 56: category 33/40, perpetrator 38/40, priority 32/40); see
    # the README
    # (raised by its group 4, he knocks at her door after midnight: 55 priority 34/40; and by its group 6, the children
    # she feeds: 55 priority 35/40)
    # (round 35's group 6, the goods he drives and the water point no price: 55 category 35/40, priority 36/40; and
    # its group 8, comments to the women about their bodies: 55 priority 37/40; and its group 9, her clothes about to
    # be opened, the verb first: 55 category 36/40, priority 38/40)
    # (round 51's group 6, blood on her trousers, B55-01: 55 category 37/40)
    # (round 52's group 8, a number that claims an aid role, B55-26: 55 perpetrator 39/40)
    "batch-55": {"category": 0.925, "perpetrator_type": 0.975, "priority": 0.95},
    # (raised by its group 1, an attempt told by what he did: 56 category 34/40, priority 33/40; and by its group 2,
    # her bathing photos to be spread if she reports: 56 priority 34/40; and by its group 3, sex demanded to stay
    # registered: 56 category 35/40, perpetrator 39/40, priority 35/40; and by its group 5, the school where she
    # shelters: 56 category 36/40, priority 36/40; and by its group 6, the children she feeds: 56 priority 37/40; and
    # by its group 7, thanks in the short Javanese 'suwun': 56 category 37/40, priority 38/40)
    # (round 35's group 7, the congregation he belongs to, 'your kind' no praise: 56 category 38/40, priority 39/40)
    "batch-56": {"category": 0.95, "perpetrator_type": 0.975, "priority": 0.975},
    # Round 36 (safety first, short) tunes on 57 and 58 (the held-out pair scored once in 1ccc9a1), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of 08929c7 (57:
    # category 36/40, perpetrator 39/40, priority 34/40; 58: category 33/40, perpetrator 37/40, priority 32/40); see
    # the README
    # (raised by its group 1, her clothes forced open: 57 priority 35/40; and by its group 2, a threat to spread her
    # other pictures: 58 priority 33/40; and by its group 3, rights 'raped' as a figure of speech: 58 category 34/40,
    # priority 34/40; and by its group 4, children who have to bathe naked in the river: 58 category 35/40, priority
    # 35/40)
    # (round 37's group 1, pinning her down by the bare verb, 'nindih sy': 57 category 37/40, priority 36/40; and its
    # group 2, children named who are not the survivor: 57 category 38/40, priority 37/40; 58 category 36/40, priority
    # 37/40; and its group 3a, her bathing photographed unseen: 57 category 39/40; 58 priority 38/40; and its group
    # 3b, a stranger in Sundanese, 'teu dipikawanoh': 58 perpetrator 38/40; and its group 3c, her name to be entered,
    # krama 'dipun lebetaken': 58 category 37/40; and its group 3d, looking her up and down: 57 priority 38/40)
    # (round 38's group 2, sexual remarks and winks without touch, 'ngomong inappropriate', 'lelucon tentang hubungan
    # suami-istri': 57 priority 39/40; 58 priority 39/40; and its group 4a, aid carried off at night and sold at a
    # shop: 57 category 40/40, priority 40/40; 58 category 38/40, perpetrator 39/40; and its group 4b, her husband
    # away on watch is not the perpetrator: 57 perpetrator 40/40; and its group 4c, village officials handing out aid:
    # 58 perpetrator 40/40)
    "batch-57": {"category": 1.0, "perpetrator_type": 1.0, "priority": 1.0},
    "batch-58": {"category": 0.95, "perpetrator_type": 1.0, "priority": 0.975},
    # Round 39 (safety first, short) tunes on 59 and 60 (the held-out pair scored once in 68dc428), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of b9c5cfd (59:
    # category 35/40, perpetrator 36/40, priority 32/40; 60: category 38/40, perpetrator 40/40, priority 31/40); see
    # the README
    # (raised by its group 3, the price still pressed on her with a deadline or a summons for tonight: 59 priority
    # 33/40; 60 priority 32/40; and by its group 4, her room paid and her nights with him: 59 category 36/40,
    # priority 34/40; and by its group 5, the rape word as a figure in complaints about aid: 59 category 39/40,
    # priority 37/40; and by its group 7, school words that make no child survivor now: 59 priority 38/40; 60
    # priority 36/40)
    # (round 40's group 2, village officials keeping back aid, 'oknum desa', 'kamituwa': 59 perpetrator 38/40; and its
    # group 4, an aid budget 'abused', misused or diverted: 59 priority 39/40; and its group 5, her late husband is
    # not the one who did it: 59 perpetrator 39/40)
    "batch-59": {"category": 0.975, "perpetrator_type": 0.975, "priority": 0.975},
    # (and by its group 6, childhood abuse told by a grown survivor, its year named: 60 priority 34/40)
    # (and by its group 8, the incident's time over the disclosure's: 60 priority 37/40)
    # (round 40's group 1, her identity papers issued as the price: 60 category 39/40, priority 38/40; and its group 3,
    # obscene pictures as the colloquial 'poto' writes them: 60 priority 39/40)
    "batch-60": {"category": 0.975, "perpetrator_type": 1.0, "priority": 0.975},
    # Round 41 (safety first, short) tunes on 61 and 62 (the held-out pair scored once in 4e81583), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of 74f9b68 (61:
    # category 37/40, perpetrator 40/40, priority 34/40; 62: category 34/40, perpetrator 39/40, priority 34/40); see
    # the README
    # (raised by its group 1, his own words that he knows where she sleeps, and its group 2, her tent with no lock
    # after an assault: 61 priority 36/40)
    "batch-61": {"category": 0.925, "perpetrator_type": 1.0, "priority": 0.90},
    # (raised by its group 3, sex demanded for the rent she cannot pay: 62 category 35/40, priority 35/40)
    "batch-62": {"category": 0.875, "perpetrator_type": 0.975, "priority": 0.875},
    # Round 42 (safety first, then category) tunes on 63 and 64 (the held-out pair scored once in 98a7fa9), moved in
    # from final/ in the same commit as these floors: what they reach on arrival with the classifier of f91e729 (63:
    # category 33/40, perpetrator 37/40, priority 33/40; 64: category 35/40, perpetrator 37/40, priority 32/40); see
    # the README
    # (raised by its group 1, he comes to her door or tent every night: 63 priority 35/40; and by round 43's group 1,
    # a child witness or dependant, no child survivor: 63 priority 37/40; and its group 2, a picture of her in her
    # nightwear asked: 63 category 34/40, perpetrator 38/40, priority 38/40; and its group 3, sex named in other words
    # for aid or money: 63 category 37/40; and its group 4, her door not to be locked tonight: 63 category 38/40; and
    # its group 5, a purpose word after the touch and the aid: 63 category 39/40; and its group 6, aid goods loaded at
    # night: 63 category 40/40; and by round 44's group 4, the disabled told to come later: 63 priority 39/40; and its
    # group 5, his job named after no aid agency: 63 perpetrator 39/40)
    "batch-63": {"category": 1.0, "perpetrator_type": 0.975, "priority": 0.975},
    # (raised by its group 2, he says her pictures are going to be spread, and where to: 64 priority 33/40; and its
    # group 3, 'ngelayanin' him for the rent: 64 category 36/40, perpetrator 38/40, priority 34/40; and by round 43's
    # group 1, a child witness or dependant: 64 priority 35/40; and its group 3, sex named in other words for aid or
    # money: 64 category 37/40, priority 36/40; and by round 44's group 1, no one accused: 64 category 39/40,
    # perpetrator 39/40, priority 37/40; and its group 2, 'tentara' no tent: 64 priority 38/40; and its group 3, the
    # applicative forms of asking and cutting: 64 category 40/40, priority 39/40)
    "batch-64": {"category": 1.0, "perpetrator_type": 0.975, "priority": 0.975},
    # Round 45 (safety only) tunes on 65 and 66 (the held-out pair scored once in 5a76b06), moved in from final/ in
    # the same commit as these floors: what they reach on arrival with the classifier of 496e09b (65: category 36/40,
    # perpetrator 39/40, priority 36/40; 66: category 34/40, perpetrator 36/40, priority 33/40); see the README
    # (raised by its group 3, he came to her tent again after an assault: 65 priority 37/40; and by round 46's group
    # 1, a job, a post or unpaid rent promised for sex: 65 category 37/40, priority 38/40; and its group 2, the
    # reporter's own children no child survivor: 65 category 38/40, priority 39/40; and its group 3, theft of aid:
    # 65 priority 40/40; and its group 9, the Javanese neighbour 'tangga': 65 perpetrator 40/40; and its group 10,
    # said to be ready to be married, a remark: 65 category 39/40)
    "batch-65": {"category": 0.975, "perpetrator_type": 1.0, "priority": 1.0},
    # (raised by its group 1, a negation that does not reach a new clause in run-on text: 66 category 35/40,
    # perpetrator 37/40, priority 34/40; and by round 46's group 1, a job, a post or unpaid rent promised for sex: 66
    # category 37/40, priority 36/40; and its group 2, the reporter's own children no child survivor: 66 priority
    # 37/40; and its group 3, theft of aid: 66 category 38/40, perpetrator 38/40; and its group 4, 'dadi ngene' no
    # relationship asked: 66 category 39/40, priority 38/40; and its group 5, peeping in other words: 66 priority
    # 39/40; and its group 6, an apology before 'if' no condition: 66 category 40/40; and its group 7, newcomers
    # passed over: 66 priority 40/40)
    "batch-66": {"category": 1.0, "perpetrator_type": 0.95, "priority": 1.0},
    # Round 47 (safety first) tunes on 67 and 68 (the held-out pair scored once in 420751e), moved in from final/ in
    # the same commit as these floors: what they reach on arrival with the classifier of 8f616c9 (67: category 33/40,
    # perpetrator 38/40, priority 33/40; 68: category 36/40, perpetrator 37/40, priority 31/40); see the README
    # (raised by its group 3, a man who enters the women's tents every night: 67 priority 34/40; and its group 9,
    # children who only saw, none of them harmed: 67 priority 35/40)
    "batch-67": {"category": 0.825, "perpetrator_type": 0.95, "priority": 0.875},
    # (raised by its group 1, he knows or asks where she sleeps: 68 priority 34/40; and its group 2, he now sleeps
    # near her after a sexual touch: 68 priority 35/40; and its group 5, the nights of his coming counted: 68
    # priority 36/40; and its group 6, a widow's children all still small: 68 priority 37/40)
    "batch-68": {"category": 0.9, "perpetrator_type": 0.925, "priority": 0.925},
    # Round 48 (safety only, short) tunes on 69 and 70 (the held-out pair scored once in 07f2593), moved in from
    # final/ in the same commit as these floors: what they reach on arrival with the classifier of 0f949ae (69:
    # category 33/40, perpetrator 34/40, priority 30/40; 70: category 36/40, perpetrator 34/40, priority 34/40); see
    # the README (raised by its group 1, a survivor taken to school by an adult: 69 priority 31/40; and its group 4,
    # a threat to finish off her family told of him: 69 priority 32/40)
    # (round 49's group 1, girls who sell their bodies: 69 category 34/40; and its group 2, her tent opened from
    # outside at night: 69 category 35/40, priority 33/40; and its group 3, he keeps by her tent after her refusal:
    # 69 priority 34/40; and its group 5, sexual words named as words or a form: 69 category 37/40, priority 36/40;
    # and its group 6, a touch by an animal: 69 category 38/40, priority 37/40; and its group 7, a child comforted
    # until she stopped crying: 69 category 39/40, perpetrator 35/40, priority 38/40; and its group 10, money
    # collected per family for an aid list: 69 priority 39/40)
    "batch-69": {"category": 0.975, "perpetrator_type": 0.875, "priority": 0.975},
    # (raised by its group 2, the nights counted of a man entering the women's tents: 70 priority 35/40; and its
    # group 5, 'beware if you report': 70 priority 36/40)
    # (round 49's group 4, the women's tents opened at night with a torch shone inside: 70 priority 37/40; and its
    # group 8, a grown woman's age in a summary's notation: 70 priority 38/40)
    "batch-70": {"category": 0.9, "perpetrator_type": 0.85, "priority": 0.95},
    # Round 50 tunes on 71 and 72 (the held-out pair scored once in e145c10), moved in from final/ in the same commit
    # as these floors: what they reach on arrival with the classifier of 613a954 (71: category 33/40, perpetrator
    # 38/40, priority 33/40; 72: category 34/40, perpetrator 39/40, priority 34/40); see the README
    # (round 50's group 1, a girl who admits she has done 'that' for money: 71 category 34/40, priority 34/40)
    # (its group 2, forced, the act left unsaid: 71 category 35/40; 72 category 35/40, priority 35/40)
    # (its group 3, 'used' in quotes: 71 category 36/40, priority 35/40)
    # (its group 5, the women's tents opened at night with a torch shone: 71 category 37/40, priority 36/40)
    # (round 51's group 10, a relationship told as going on, B71-31: 71 category 38/40, priority 37/40)
    "batch-71": {"category": 0.95, "perpetrator_type": 0.95, "priority": 0.925},
    # (its group 4, compelled to 'serve' him: 72 priority 36/40)
    # (round 51's group 5, following her everywhere and sitting by her tent every night: 72 category 36/40, priority
    # 37/40)
    "batch-72": {"category": 0.9, "perpetrator_type": 0.975, "priority": 0.925},
    # Round 51 tunes on 73 and 74 (the held-out pair scored once in 6b294e4), moved in from final/ in the same commit
    # as these floors: what they reach on arrival with the classifier of da22755 (73: category 34/40, perpetrator
    # 37/40, priority 33/40; 74: category 35/40, perpetrator 35/40, priority 36/40); see the README
    # (round 51's group 2, a survivor's age in a case note's notation: 73 priority 34/40)
    # (its group 3, back with torn clothes and bruises on her thighs: 73 priority 35/40)
    # (its group 4, violence repeated on nights in a row: 73 priority 36/40)
    # (its group 7, taken somewhere, then bleeding with pain or her walk failing: 73 category 36/40)
    # (its group 8, said to be no aid worker: 73 perpetrator 38/40)
    # (its group 10, a relationship told as going on: 73 category 37/40)
    # (its group 13, aid goods carried to his house no person taken: 73 category 38/40, priority 37/40)
    # (its group 14, families of a faith skipped: 73 priority 38/40)
    "batch-73": {"category": 0.95, "perpetrator_type": 0.95, "priority": 0.95},
    # (round 51's group 8, said to be no aid worker: 74 perpetrator 36/40)
    # (its group 9, nude pictures asked for her name approved: 74 category 36/40, priority 37/40)
    # (its group 10, a relationship told as going on: 74 category 37/40, priority 38/40)
    # (its group 12, the hour alone no invitation: 74 category 38/40, priority 39/40)
    "batch-74": {"category": 0.95, "perpetrator_type": 0.9, "priority": 0.975},
    # Round 52 tunes on 75 and 76 (the held-out pair scored once in a80d7ca), moved in from final/ in the same commit
    # as these floors: what they reach on arrival with the classifier of 9958603 (75: category 38/40, perpetrator
    # 35/40, priority 32/40; 76: category 36/40, perpetrator 38/40, priority 35/40); see the README
    # (round 52's group 1, a stranger entering the women's tents on nights counted: 75 category 39/40, priority 33/40)
    # (its group 2, a sexual touch repeated every night: 75 priority 34/40)
    # (its group 6, child witnesses named again with their fear: 75 priority 35/40)
    # (its group 7, the reporter's grade with her grown age: 75 priority 36/40)
    # (its group 8, a number that claims an aid role: 75 perpetrator 37/40)
    # (its group 11, the caller named as a neighbour: 75 perpetrator 38/40)
    "batch-75": {"category": 0.975, "perpetrator_type": 0.95, "priority": 0.9},
    # (round 52's group 2, a sexual touch repeated every night: 76 priority 36/40)
    # (its group 6, child witnesses named again with their fear: 76 priority 37/40)
    # (its group 9, forced at a place, the act unsaid: 76 category 37/40, priority 38/40)
    # (its group 10, a child present who heard what was said to a woman: 76 priority 39/40)
    "batch-76": {"category": 0.925, "perpetrator_type": 0.95, "priority": 0.975},
    # Round 54 tunes on 77 and 78 (the held-out pair scored once in db46114), moved in from final/ in the same commit
    # as these floors: what they reach on arrival with the classifier of ea3328e (77: category 34/40, perpetrator
    # 37/40, priority 28/40; 78: category 37/40, perpetrator 37/40, priority 35/40); see the README
    # (round 54's group 1, bleeding with her walk painful: 77 category 35/40, priority 29/40)
    # (its group 2, girls peeped at where they bathe: 77 category 36/40, perpetrator 38/40, priority 30/40)
    # (its group 3, nights counted with the word of times: 77 priority 31/40)
    # (its group 4, the man who forced her still living beside her tent: 77 priority 32/40)
    # (its group 5, the man who touched her still coming every day: 77 priority 34/40)
    "batch-77": {"category": 0.9, "perpetrator_type": 0.95, "priority": 0.85},
    "batch-78": {"category": 0.925, "perpetrator_type": 0.925, "priority": 0.875},
}


@pytest.mark.parametrize("path", BATCHES, ids=lambda p: p.stem)
def test_fields_stay_above_the_floor(path, reported_at):
    result = evaluate(load(path), default_reported_at=reported_at)
    for field in ("category", "perpetrator_type", "priority"):
        floor = OWN_FLOORS.get(path.stem, {}).get(field, FLOOR)
        assert result.fields[field].rate >= floor, (field, result.misses)

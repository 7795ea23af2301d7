"""Round 51 of issue 12: 73 and 74 become tuning batches, the safety misses first (the child miss, the urgent miss,
the critical report read as low, then round 50's B72-35 and B71-02), then the figures the issue's bar needs, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 51 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: his coming to her tent or door counted in nights in a row, after a sexual touch ('since then he
# came to her tent two nights in a row', 'dua malam berturut-turut ia datang ke tenda'): B73-22, a porter of the aid
# truck who groped a woman in the night queue and 'Since then he came to SV's tent two nights in a row, knocking and
# calling her name': critical with the rules and the model only because 'toddler' was read as the survivor (a child
# over-call group 2 takes away); the danger itself was read by no cue. Taken first so that group 2 leaves it at its
# label. Round 47's 'already N nights' of his coming took the count before the verb and after 'already' only.
# Controls: a volunteer who came to her tent two nights in a row with rice (no sexual cue), her own nights in a row
# ('I slept in the hall two nights in a row'), a touch told once two nights ago.
# First run on 6ce0236: 3 of 6, controls 3 of 3; the three passed for a wrong reason, the nights read as her age
# ('tenda saya dua malam': 'saya dua', a child of 2), which the fix takes away with them (children.AGE_PATTERNS);
# now 6 of 6, controls 3 of 3, each by his coming counted. ---------------------------------------------------------

NIGHTS_IN_A_ROW = [
    # Indonesian formal
    "Seorang petugas gudang meraba dada saya saat antre. Sejak itu ia datang ke tenda saya dua malam berturut-turut "
    "dan memanggil nama saya.",
    # Indonesian SMS
    "relawan dapur megang2 pantat sy pas antre. trs dia dtg ke tenda sy 3 mlm berturut2, ketok2 terpal",
    # Sundanese
    "Hiji relawan ngarampa dada abdi waktos ngantri. Ti harita anjeunna datang ka tenda abdi dua peuting "
    "berturut-turut, ngagedor panto.",
    # Javanese ngoko
    "Ana relawan sing ngremet dodoku pas antri. Wiwit kuwi dheweke teka neng tendaku rong bengi urut-urutan.",
    # Javanese krama
    "Wonten relawan ingkang nggepok dhadha kula nalika antri. Wiwit punika piyambakipun rawuh dhateng tendha kula "
    "kalih dalu urut-urutan.",
    # English
    "A warehouse volunteer groped my breasts in the queue. Since then he has come to my tent three nights in a row, "
    "calling my name.",
]


@pytest.mark.parametrize("narrative", NIGHTS_IN_A_ROW)
def test_his_coming_to_her_tent_nights_in_a_row_after_a_touch_is_critical(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


NIGHTS_IN_A_ROW_CONTROLS = [
    # a volunteer with rice, no sexual cue
    "Relawan datang ke tenda kami dua malam berturut-turut membawa beras dan selimut. Terima kasih banyak.",
    # her own nights in a row
    "I slept in the school hall three nights in a row because our tent was flooded. When will new tents come?",
    # a touch told once, two nights ago, no coming back
    "Dua malam lalu seorang relawan meraba dada saya di antrean, lalu ia pergi.",
]


@pytest.mark.parametrize("narrative", NIGHTS_IN_A_ROW_CONTROLS)
def test_nights_in_a_row_with_no_touch_or_of_her_own_are_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons

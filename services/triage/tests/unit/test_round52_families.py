"""Round 52 of issue 12: 75 and 76 become tuning batches, the safety misses first (the critical report read as low,
the critical reports read as high, the urgent misses), then the figures the issue's bar needs, by class. Sentences
written for this test (not the batches' own); each group was written and run before its fix (on the commit named in
its comment), its first-run count (rules alone) in the comment and in the blind README's Round 52 section. They run
with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: a man entering the women's tents on nights counted, the women named by a plural of reduplication
# or a polite group word ('tenda ibu-ibu', 'tenda istri-istri', 'tenda awewe-awewe', 'tendha wadon-wadon', krama
# 'tendha tiyang estri', 'the mothers' tent'): B75-29, a stranger who for three nights has gone into the women's
# tents at night in Sundanese lemes, 'lebet kana tenda istri-istri', opening the zip and shining a torch on the women
# asleep: read as no misconduct, low (its thanks the only cue). Round 47's women's tents took the bare word only
# ('tenda istri'), never its plural, so the entering and its nights counted were read by no cue.
# Controls: a volunteer who went into the mothers' tent once to mend a leak (harassment at most, never critical), the
# women's own nights in the mothers' tent, a question about a lamp for the women's tents.
# First run on 5fffd13: 2 of 6 (the SMS and the ngoko, by round 7's hour of the night beside the entering), controls 3
# of 3. The formal, the Sundanese, the krama and the English also failed by their stranger: 'yang tidak kami kenal',
# 'nu teu dipikawanoh', 'ingkang mboten dipuntepangi', 'nobody knows' were read as negating the entering after them
# (matcher.negation_before); now 6 of 6, controls 3 of 3. --------------------------------------------------------------

WOMENS_TENTS_PLURAL = [
    # Indonesian formal
    "Sudah dua malam seorang laki-laki yang tidak kami kenal masuk ke tenda ibu-ibu sekitar jam dua malam, lalu lari "
    "ketika ada yang bangun.",
    # Indonesian SMS
    "udh 3 mlm ada cowo gk dikenal masuk ke tenda ibu2 tengah mlm, trs kabur pas kita bangun",
    # Sundanese
    "Parantos dua wengi aya lalaki nu teu dipikawanoh lebet ka tenda awewe-awewe tengah wengi, teras kabur.",
    # Javanese ngoko
    "Wis telung bengi ana wong lanang sing ora dikenal mlebu tenda wadon-wadon tengah bengi, banjur mlayu.",
    # Javanese krama
    "Sampun kalih dalu wonten tiyang jaler ingkang mboten dipuntepangi mlebet dhateng tendha tiyang estri tengah "
    "dalu, lajeng mlajar.",
    # English
    "For three nights now a man nobody knows has come into the mothers' tent after midnight and run off when someone "
    "wakes.",
]


@pytest.mark.parametrize("narrative", WOMENS_TENTS_PLURAL)
def test_a_man_entering_the_womens_tents_on_nights_counted_is_critical_harassment(narrative):
    result = run(narrative)
    assert result.category.value in ("sexual_harassment", "sexual_abuse"), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


WOMENS_TENTS_PLURAL_CONTROLS = [
    # a volunteer once, to mend a leak
    "Tadi malam relawan masuk ke tenda ibu-ibu untuk memperbaiki terpal yang bocor. Terima kasih.",
    # the women's own nights
    "Sudah tiga malam kami tidur di tenda ibu-ibu karena tenda kami kebanjiran. Kapan tenda baru datang?",
    # a question about a lamp
    "Can the camp put a solar lamp near the mothers' tent? The path is very dark at night.",
]


@pytest.mark.parametrize("narrative", WOMENS_TENTS_PLURAL_CONTROLS)
def test_a_volunteer_once_or_the_womens_own_nights_are_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons

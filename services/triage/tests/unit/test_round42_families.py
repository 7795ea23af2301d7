"""Round 42 of issue 12: safety first on the tuning batches 63 and 64, just moved in from final/, then category.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 42 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: he comes to her door or tent every night, told by a verb of approaching or by her door knocked on,
# the passive (B63-04 'saben bengi lawangku dithothok', a landlord who asks a night for the rent: exploitation, high,
# for critical; B63-14 'unggal wengi ngadeukeutan tenda abdi ... sok ngintip', a man at an older woman's tent:
# harassment, medium, for critical). Round 17's 'he comes back every night' reads 'datang', 'nyamperin', 'ngetok';
# now also his approaching her tent or door ('mendekati', 'ngadeukeutan', 'nyaketan', 'nyedhaki', 'approaches') and
# her door knocked on ('diketuk', 'diketok', 'diketrok', 'dithothok', 'digedor'), every night: a night visit as a
# habit, an ongoing danger beside a sexual cue in the report (PRODUCT.md: critical if danger is ongoing). Controls:
# an officer who comes to the tents every night with blankets, no sexual cue; a neighbour's door knocked on every
# night for the night watch; a man who once approached her tent, no habit. First run on 156187a: 0 of 7, controls 3
# of 3; now 7 of 7, controls 3 of 3. -------------------------------------------------------------------------------

EVERY_NIGHT_AT_HER_DOOR = [
    # Indonesian, formal
    "Penjaga gudang yang pernah meraba dada saya, setiap malam mendekati tenda saya dan memanggil nama saya pelan.",
    # Indonesian SMS
    "org yg prnh megang2 pantat sy di antrean, tiap mlm pintu kamar sy diketok, sy gk brani buka",
    # Sundanese
    "Aya lalaki nu sok ngintip abdi ganti baju. Unggal peuting anjeunna ngadeukeutan tenda abdi bari nyebut nami abdi.",
    # Sundanese, the passive
    "Tukang ojeg nu kantos nyabak-nyabak awak abdi, ayeuna unggal wengi panto kamar abdi diketrok.",
    # Javanese ngoko
    "Mandor sing tau ngelus-elus pupuku, saben bengi nyedhaki tendaku karo ngundang jenengku.",
    # Javanese ngoko, the passive
    "Wong lanang sing njaluk aku turu karo dheweke, saben bengi lawang kamarku dithothok.",
    # English
    "The guard who groped me at the water point approaches my tent every night and calls my name.",
]


@pytest.mark.parametrize("narrative", EVERY_NIGHT_AT_HER_DOOR)
def test_he_comes_to_her_door_every_night_is_a_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


EVERY_NIGHT_CONTROLS = [
    # an officer who comes to the tents every night with blankets, no sexual cue
    "Setiap malam petugas posko mendekati tenda-tenda kami untuk membagikan selimut dan senter.",
    # the night watch knocks at the doors, no sexual cue
    "Saben bengi lawange tangga-tangga dithothok petugas ronda supaya siaga yen ana lahar.",
    # a man who once came near her tent and whistled: harassment, no habit
    "Kemarin sore ada laki-laki mendekati tenda saya dan bersiul-siul menggoda saya.",
]


@pytest.mark.parametrize("narrative", EVERY_NIGHT_CONTROLS)
def test_no_habit_or_no_sexual_cue_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons

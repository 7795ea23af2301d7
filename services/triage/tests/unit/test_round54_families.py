"""Round 54 of issue 12: 77 and 78 become tuning batches, safety only this round (the urgent miss read as harassment,
the critical reports read as low, medium or high). Sentences written for this test (not the batches' own); each group
was written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the
comment and in the blind README's Round 54 section. They run with the learned model switched off: the rules are what
is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: an assault told through its traces, the act left unsaid: she bleeds and it hurts her to walk, told
# in one sentence ('keluar darah, jalan pun masih sakit', 'kaluar getih, leumpang oge nyeri', 'metu getih, mlaku isih
# lara', 'bleeding, and walking hurts'): B77-04, a married woman taken behind a warehouse by a driver yesterday
# afternoon, her mouth covered, her clothes torn, bleeding, in pain walking (Javanese ngoko): read as harassment,
# medium, not urgent. Round 51 read bleeding with her walk failing ('isih metu getih lan ora iso mlaku'), never with
# her walk only painful.
# Controls: a foot cut on a nail that bleeds and hurts to walk on, a sprained ankle with her period, an old woman's
# knees that hurt when she walks.
# First run on 6d0fc7e (the classifier of ea3328e): 2 of 6 (the Sundanese and the ngoko, by 'getih' alone, unplaced,
# read as possible abuse), controls 3 of 3; now 6 of 6, controls 3 of 3. ---------------------------------------------

BLEEDING_AND_PAIN_WALKING = [
    # Indonesian formal
    "Kemarin malam saya ditarik seorang kuli angkut bantuan ke balik gudang. Saya tidak sanggup menceritakannya. Sampai "
    "sekarang keluar darah dan berjalan pun masih sakit.",
    # Indonesian SMS
    "kmrn sore aq diseret ke blkg tenda logistik sm relawan. aq g bs crita. skrg kluar darah, jalan jg sakit bgt",
    # Sundanese
    "Kamari sonten abdi dibawa ku supir bantuan ka tukangeun gudang. Abdi teu tiasa nyarioskeun. Ayeuna kaluar getih, "
    "leumpang oge nyeri keneh.",
    # Javanese ngoko
    "Wingi bengi aku digeret wong lanang petugas posko neng mburi tenda. Aku ora wani crita. Saiki metu getih, yen "
    "mlaku lara banget.",
    # Javanese krama
    "Wingi dalu kula dipunbekta petugas gudang dhateng wingking tendha. Kula mboten saged nyariosaken. Sakmenika "
    "medal rah, mlampah taksih sakit sanget.",
    # English
    "Last night a distribution volunteer dragged me behind the store tent. I cannot say what he did. I am bleeding "
    "and it hurts to walk.",
]


@pytest.mark.parametrize("narrative", BLEEDING_AND_PAIN_WALKING)
def test_bleeding_and_pain_walking_after_being_taken_is_urgent_abuse(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.urgent_medical is True, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


BLEEDING_AND_PAIN_WALKING_CONTROLS = [
    # a foot cut on a nail
    "Kaki saya luka kena paku di dekat posko, keluar darah dan jalan pun sakit. Apakah ada obat merah?",
    # her period and a sprained ankle
    "Aku lagi haid, metu getih akeh, terus sikilku keseleo dadi mlaku lara. Ana pembalut neng posko?",
    # an old woman's knees
    "My grandmother's knees hurt when she walks to the water point. Can the tap be moved closer?",
]


@pytest.mark.parametrize("narrative", BLEEDING_AND_PAIN_WALKING_CONTROLS)
def test_a_wound_or_her_period_or_old_knees_are_no_assault(narrative):
    result = run(narrative)
    assert result.category.value != "sexual_abuse", result.reasons
    assert result.urgent_medical is False, result.reasons


KNOWN_GAPS: list[str] = []

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


# --- (2) Safety: girls peeped at where they bathe, every night, the peeping told by a passive after them ('anak-anak
# perempuan yang mandi ... diintip', ngoko 'cah-cah wadon sing adus ... diinceng', krama 'lare-lare estri ingkang siram
# ... dipuninceng'): B77-09, girls bathing by the river watched every night for a week by a neighbour (Javanese ngoko,
# 'cah wadon', 'bocah-bocah wadon'): read as not misconduct, low, no child. Round 46 read 'nginceng' with the women
# or the bathing place after it only, never the passive with them before it.
# Controls: girls afraid to bathe in the dark asking for a lamp, a man aiming ('nginceng') at a bird, the night
# patrol by the women's bathroom thanked.
# First run on ff9ac43: 1 of 6 (the Sundanese, by 'diintip'), controls 3 of 3; now 6 of 6, controls 3 of 3. The SMS
# failed on 'diintipin' (the Jakarta -in of the passive, now read), the English on 'peeked at' with no woman after it.
# ------------------------------------------------------------------------------------------------------------------

GIRLS_PEEPED_AT_BATHING = [
    # Indonesian formal
    "Setiap malam sejak minggu lalu, anak-anak perempuan yang mandi di bilik mandi dekat sungai diintai oleh seorang "
    "bapak dari tenda sebelah.",
    # Indonesian SMS
    "tiap mlm anak2 cewe yg mandi di wc darurat diintipin om2 tetangga tenda, udh seminggu",
    # Sundanese
    "Unggal wengi budak-budak awewe nu ibak di pancuran sisi walungan diintip ku lalaki tatangga, tos saminggu.",
    # Javanese ngoko
    "Saben bengi cah-cah wadon sing adus neng sumur mburi posko diinjen wong lanang tanggane, wis seminggu iki.",
    # Javanese krama
    "Saben dalu lare-lare estri ingkang siram wonten pakiwan dipuninceng tiyang jaler tangga tendha, sampun "
    "seminggu.",
    # English
    "Every night this week the girls who wash at the river have been peeked at by a man from the next tent.",
]


@pytest.mark.parametrize("narrative", GIRLS_PEEPED_AT_BATHING)
def test_girls_peeped_at_bathing_every_night_are_critical_with_a_child(narrative):
    result = run(narrative)
    assert result.category.value in ("sexual_harassment", "sexual_abuse"), result.reasons
    assert result.child_involved is True, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


GIRLS_PEEPED_AT_BATHING_CONTROLS = [
    # girls afraid of the dark
    "Cah-cah wadon wedi adus bengi neng sumur merga peteng banget. Tulung dipasang lampu.",
    # a man aiming at a bird
    "Pak RT nginceng manuk neng wit pinggir kali nganggo ketapel, bocah-bocah padha nonton.",
    # the night patrol thanked
    "Terima kasih, setiap malam ada petugas jaga di dekat kamar mandi perempuan, anak-anak jadi berani mandi.",
]


@pytest.mark.parametrize("narrative", GIRLS_PEEPED_AT_BATHING_CONTROLS)
def test_fear_of_the_dark_or_aiming_or_a_patrol_are_no_peeping(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_harassment", "sexual_abuse"), result.reasons


KNOWN_GAPS: list[str] = []

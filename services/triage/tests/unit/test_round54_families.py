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


# --- (3) Safety: ongoing danger, a man coming into her tent on nights counted with the word of times between
# 'already' and the number ('wis kaping telu bengi', krama 'sampun ping tiga dalu', Sundanese 'tos kaping tilu
# peuting'), touching her: B77-40, a stranger who has come into a mother's tent three nights running and stroked her
# legs, 'Wis kaping telu bengi ... mlebu tendaku', sure to come back tonight (Javanese ngoko): read as high. Round 50
# read 'already N nights' ('wis telung bengi') only. (B77-02, B77-05, B77-23, B77-24: not reached, see KNOWN_GAPS.)
# Controls: nights counted of her own sleeping in the tent, a volunteer's visits counted by day, the third time the
# aid came late.
# First run on 4f096d3: 3 of 6 (the formal, the SMS and the English, by round 50's 'already N nights'), controls 3 of
# 3; now 6 of 6, controls 3 of 3. ------------------------------------------------------------------------------------

NIGHTS_COUNTED_WITH_TIMES = [
    # Indonesian formal
    "Sudah tiga malam seorang laki-laki masuk ke tenda saya ketika saya tidur dan meraba paha saya. Saya takut.",
    # Indonesian SMS
    "udh 4 mlm ada cowo msk tenda aq pas tdr, megang2 paha aq. aq takut bgt",
    # Sundanese
    "Tos kaping tilu peuting aya lalaki asup ka tenda abdi, ngarampa pingping abdi nalika abdi sare.",
    # Javanese ngoko
    "Wis kaping papat bengi ana wong lanang mlebu tendaku pas aku turu, ngelus-elus pupuku.",
    # Javanese krama
    "Sampun ping tiga dalu wonten tiyang jaler mlebet tendha kula nalika kula sare, lajeng ngelus pupu kula.",
    # English
    "For three nights now a man has come into my tent while I sleep and touched my thighs.",
]


@pytest.mark.parametrize("narrative", NIGHTS_COUNTED_WITH_TIMES)
def test_a_man_in_her_tent_on_nights_counted_with_times_is_critical(narrative):
    result = run(narrative)
    assert result.category.value in ("sexual_harassment", "sexual_abuse"), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


NIGHTS_COUNTED_WITH_TIMES_CONTROLS = [
    # her own nights in the tent
    "Wis kaping telu bengi aku turu neng tenda posko merga omahku ambruk. Kapan terpal teka?",
    # a volunteer's visits by day
    "Relawan sampun ping tiga rawuh ing tendha kula kangge ngeterake sembako, matur nuwun.",
    # the aid late again
    "Tos kaping tilu bantuan telat dugi ka pangungsian, kumaha ieu?",
]


@pytest.mark.parametrize("narrative", NIGHTS_COUNTED_WITH_TIMES_CONTROLS)
def test_her_own_nights_or_visits_by_day_are_not_critical(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (4) Safety (group 3's class, continued): ongoing danger, the man who forced her still living beside her tent, the
# krama 'still' and 'beside' ('taksih manggen ing sandhing tendha', 'msh tinggal di sblh'): B77-05, a mother raped a
# week ago by a neighbour who 'taksih manggen ing sandhing tenda kula' and threatens her: read as high. Round 33's
# 'still lives beside her' took the colloquial krama 'tasih' only, never 'taksih', and not 'sandhing', 'jejer'.
# Controls: the reporter herself still living beside the post, a kind neighbour who still lives beside her tent, an
# old assault by a man who has moved away.
# First run on 50dc3a1: 3 of 6 (the formal, the Sundanese and the English), controls 3 of 3 (the krama as first
# written failed by its act, not by this family: replaced, see KNOWN_GAPS); now 6 of 6, controls 3 of 3. ------------

STILL_LIVES_BESIDE_HER = [
    # Indonesian formal
    "Dua minggu lalu tetangga saya memaksa saya berhubungan badan. Sampai sekarang ia masih tinggal di sebelah tenda "
    "saya.",
    # Indonesian SMS
    "2 mgg lalu aq diperkosa sm tetangga. dia msh tinggal di sblh tenda aq, tiap hari ngeliatin aq",
    # Sundanese
    "Dua minggu kapengker abdi diperkosa ku tatangga. Anjeunna keneh cicing di gigireun tenda abdi.",
    # Javanese ngoko
    "Rong minggu kepungkur aku dipeksa karo tanggaku. Wonge isih manggon neng jejere tendaku.",
    # Javanese krama
    "Kalih minggu kepengker tiyang jaler meksa kula sare kaliyan piyambakipun. Tiyang punika taksih manggen wonten "
    "sandhing tendha kula.",
    # English
    "Two weeks ago my neighbour raped me. He still lives beside my tent and watches me.",
]


@pytest.mark.parametrize("narrative", STILL_LIVES_BESIDE_HER)
def test_the_man_who_forced_her_still_living_beside_her_is_critical(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


STILL_LIVES_BESIDE_HER_CONTROLS = [
    # the reporter herself
    "Kula taksih manggen wonten sandhing posko, badhe nyuwun terpal malih.",
    # a kind neighbour
    "Tangga ingkang sae punika taksih manggen wonten sandhing tendha kula, asring paring sekul.",
    # a man gone
    "Rong minggu kepungkur aku dipeksa karo tanggaku, nanging wonge wis pindhah menyang Jakarta.",
]


@pytest.mark.parametrize("narrative", STILL_LIVES_BESIDE_HER_CONTROLS)
def test_herself_or_a_kind_neighbour_or_a_man_gone_are_not_critical(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (5) Safety (group 3's class, continued): ongoing danger, the man who touched her still coming back every day
# ('masih datang setiap hari', 'unggal enjing dongkap deui', krama 'taksih rawuh saben dinten', 'still comes every
# day'), beside a sexual touch told: B77-24, a psychosocial companion who stroked a client's thigh and 'taksih rawuh
# saben dinten' (krama), B77-23, a man who groped a woman three times in the water queue, 'Unggal enjing anjeunna
# dongkap deui' (lemes): read as high. Round 42 read his coming every night only.
# Controls: a volunteer who still comes every day to hand out water (no touch), a touch told once by a man who has
# left, the water truck that comes every morning.
# First run on a7580d3: 3 of 6 (the formal, the SMS and the English, by earlier rounds' cues), controls 3 of 3; now
# 6 of 6, controls 3 of 3. ----------------------------------------------------------------------------------------

STILL_COMES_EVERY_DAY = [
    # Indonesian formal
    "Petugas gudang itu meraba dada saya saat pembagian beras, dan ia masih datang setiap hari ke tenda kami. Saya "
    "takut.",
    # Indonesian SMS
    "relawan itu megang2 pantat aq di antrian, skrg dia msh dtg tiap hari. aq takut bgt",
    # Sundanese
    "Supir bantuan ngarampa dada abdi di posko. Unggal dinten anjeunna dongkap deui ka posko, abdi sieun.",
    # Javanese ngoko
    "Wong lanang kuwi ngremet dhadhaku neng antrian banyu, saben esuk dheweke teka maneh. Aku wedi.",
    # Javanese krama
    "Petugas punika ngelus-elus pupu kula wonten posko, piyambakipun taksih rawuh saben dinten. Kula ajrih.",
    # English
    "The distribution volunteer groped me in the queue, and he still comes to our block every day. I am scared.",
]


@pytest.mark.parametrize("narrative", STILL_COMES_EVERY_DAY)
def test_the_man_who_touched_her_still_coming_every_day_is_critical(narrative):
    result = run(narrative)
    assert result.category.value in ("sexual_harassment", "sexual_abuse"), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


STILL_COMES_EVERY_DAY_CONTROLS = [
    # a volunteer handing out water
    "Relawan masih datang setiap hari membagikan air bersih, terima kasih banyak.",
    # a touch told once, the man gone
    "Minggu lalu supir truk megang tangan saya pas turun dari truk. Sekarang dia sudah pindah tugas ke Palu.",
    # the water truck
    "Unggal enjing mobil cai dongkap deui ka posko, hatur nuhun.",
]


@pytest.mark.parametrize("narrative", STILL_COMES_EVERY_DAY_CONTROLS)
def test_a_volunteer_or_a_man_gone_or_the_water_truck_are_not_critical(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


KNOWN_GAPS = [
    # group 3's class not reached this round (time box): B77-02, a Linmas guard in the women's tent 'sampun ping tiga
    # ... wanci dalu', 'taksih jagi saben dalu' (read as medium: the entering counted, the night named apart from the
    # count, and 'jagi', on duty, is no coming back). (B77-05 fixed by group 4, B77-23 and B77-24 by group 5.)
    # Group 5's 'still comes' is not read after 'kula' ('pupu kula taksih rawuh'), kept out as the reporter herself
    # ('kula taksih rawuh'): abuse, high, with the rules alone on the commit of group 5
    "Pendamping ingkang ngelus-elus pupu kula taksih rawuh saben dinten, kula ajrih.",
    # other misconduct, low: the forcing inside a relative clause ('ingkang meksa kula') is read as no act at all
    "Tiyang jaler ingkang meksa kula minggu kepengker taksih manggen ing sandhing tendha kula lan ngancam kula.",
    # group 4's krama probe as first written: the krama passive of forcing with its agent, the act unnamed ('kula
    # dipunpeksa tiyang jaler'), is read as no act (round 52's group 9 read it with a place after it only): abuse,
    # high only by the danger cue, unplaced; replaced by the active with what he forced
    "Kalih minggu kepengker kula dipunpeksa tiyang jaler. Tiyang punika taksih manggen wonten sandhing tendha kula.",
]

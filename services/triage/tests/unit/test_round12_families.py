"""Round 12 of issue 12 (safety first): the classes behind the misses of blind batches 29 and 30 (round 11's
held-out pair), each held by sentences written for this test (not the batches' own), so that a rule, not a sentence,
is what passes. Each group was written and run before its fix; its first-run count (rules alone) is in its comment.
They run with the learned model switched off: the rules are the floor for child, urgent and danger recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) a pupil who reports messages sent to her, saying he never touched her: the denial of a touch is no sign
# that the reporter was unharmed and reports about someone else; her grade still makes her a child (B29-06).
# First run, rules alone: see the README's Round 12 table. ----------------------------------------------------------

PUPIL_HARASSED_BY_MESSAGES = [
    # Indonesian SMS: 'kls 3 SMP', the messages quoted, 'dia gk pernah pegang sy'
    "kak sy kls 3 SMP, tinggal di tenda pengungsian. ada om relawan yg tiap malam wa sy 'km manis bgt', 'bajunya "
    "dilepas dikit dong'. dia gk pernah pegang sy tp sy takut keluar tenda.",
    # Indonesian formal: 'siswi kelas XI SMA' (the grade in Roman numerals)
    "Saya siswi kelas XI SMA. Seorang relawan dapur umum sering mengirim pesan kepada saya, meminta saya membuka baju "
    "saat video call. Dia tidak pernah menyentuh saya, tetapi saya takut.",
    # Sundanese: 'kelas 2 SMP', 'teu acan kantos nyabak abdi'
    "Abdi kelas 2 SMP. Aya relawan nu unggal peuting nga-WA 'buka bajuna sakedik atuh'. Anjeunna teu acan kantos "
    "nyabak abdi, ngan abdi sieun.",
    # Javanese ngoko: 'kelas 8', 'ora tau nyekel aku'
    "Aku kelas 8 SMP. Ana relawan sing saben bengi nge-WA 'klambimu dibukak sithik'. Dheweke ora tau nyekel aku, "
    "nanging aku wedi.",
    # English: 'in year 11', 'never touched me'
    "I'm in year 11 at school. A volunteer texts me every night telling me to take my top off on camera. He never "
    "touched me but I am scared.",
    # Indonesian SMS, the school's name with 'N' (negeri): 'SMPN 2'
    "sy murid SMPN 2 Cianjur, ngungsi di posko. ada petugas yg suka chat sy 'buka bajunya dikit'. dia blm pernah "
    "nyentuh sy.",
    # Indonesian SMS, a man in a vest (added before the fix, after the first run of the others): 'kls 1 SMK'
    "kak sy kls 1 SMK. ada mas2 pake rompi posko yg tiap malam chat sy 'kamu cantik bgt', 'kerudungnya dibuka dong'. "
    "dia jg ga prnh megang sy kok.",
]


@pytest.mark.parametrize("narrative", PUPIL_HARASSED_BY_MESSAGES)
def test_a_pupil_harassed_by_messages_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (2) the reporter's age said without a word for years: 'masih 17', 'baru 16', 'umurku 15', 'aku 17 taun'
# (B30-38). ----------------------------------------------------------------------------------------------------------

AGE_WITHOUT_YEARS = [
    # Indonesian informal, code-switched: 'masih 17 sih'
    "Aku ikut jadi volunteer di posko, masih 17 sih. Volunteer senior kirim foto alat kelaminnya ke aku lewat DM.",
    # Indonesian SMS: 'sy br 16'
    "sy br 16, relawan dapur kirim video porno ke sy tiap malam.",
    # Indonesian formal: 'usia saya 16'
    "Usia saya 16. Seorang staf posko mengirimi saya foto telanjangnya.",
    # Sundanese: 'abdi nembe 15 taun'
    "Abdi nembe 15 taun. Relawan di posko ngintunkeun poto taranjang na ka abdi.",
    # Javanese ngoko: 'umurku lagi 16'
    "Umurku lagi 16. Relawan posko ngirimi aku foto wudane.",
    # English: 'I'm only 17'
    "I'm only 17 and I volunteer at the kids' tent. A senior volunteer sent me photos of his genitals.",
    # English: '17 y/o'
    "I am a 16 y/o volunteer. The logistics coordinator sends me naked pictures of himself.",
]


@pytest.mark.parametrize("narrative", AGE_WITHOUT_YEARS)
def test_an_age_without_a_word_for_years_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    "Masih 17 keluarga yang belum dapat terpal di posko kami.",
    "Relawan itu bilang stok masih 17 dus, saya minta tambah untuk ibu-ibu.",
])
def test_a_count_after_masih_is_no_age(narrative):
    # controls: 'masih' before a count of families or boxes
    assert not run(narrative).child_involved


# --- (3) a threat to kill in his own words, and the rapist still sleeping in the same tent (B30-19): ongoing danger,
# critical, though the rape was two weeks ago. -------------------------------------------------------------------------

THREAT_TO_KILL = [
    # Sundanese kasar: 'ku aing dipaehan' (by me you will be killed)
    "Dua minggu ka tukang abdi diperkosa ku tatangga tenda. Kamari anjeunna nyarios, 'mun bebeja, ku aing dipaehan.'",
    # Sundanese: 'ku urang dipaehan'
    "Abdi diperkosa ku lalaki ti lembur sejen sabulan katukang. Cenah, 'ulah bebeja ka saha-saha, ku urang dipaehan "
    "sia.'",
    # Javanese ngoko: 'tak pateni kowe'
    "Rong minggu kepungkur aku diperkosa tanggaku. Wingi dheweke ngomong, 'yen crita, tak pateni kowe.'",
    # Indonesian slang: 'gw bunuh lo'
    "dua minggu lalu sy diperkosa sm tetangga tenda. kmrn dia bilang 'kalo lo ngadu, gw bunuh lo.'",
    # Indonesian slang: 'lo gue abisin'
    "sebulan lalu sy diperkosa sm org kampung sebelah. kemarin dia bilang 'awas kalo lapor, lo gue abisin.'",
    # English
    "I was raped by a neighbour two weeks ago. Yesterday he whispered, 'tell anyone and I will kill you.'",
]


@pytest.mark.parametrize("narrative", THREAT_TO_KILL)
def test_a_threat_to_kill_in_his_own_words_is_critical(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


STILL_SLEEPING_THERE = [
    # Sundanese: 'dugi ka ayeuna anjeunna masih sare di tenda eta'
    "Dua minggu ka tukang abdi diperkosa ku lalaki nu sami ngungsi di tenda gede. Dugi ka ayeuna anjeunna masih sare "
    "di tenda eta.",
    # Indonesian: 'sampai sekarang dia masih tidur di tenda itu'
    "Dua minggu lalu saya diperkosa oleh laki-laki yang juga mengungsi di tenda besar. Sampai sekarang dia masih tidur "
    "di tenda itu.",
    # Javanese ngoko: 'nganti saiki dheweke isih turu neng tendha kuwi'
    "Rong minggu kepungkur aku diperkosa wong lanang sing ngungsi neng tendha gedhe. Nganti saiki dheweke isih turu "
    "neng tendha kuwi.",
    # English: 'he still sleeps in that tent'
    "Two weeks ago I was raped by a man sheltering in the big tent with us. He still sleeps in that tent, three "
    "families away from me.",
]


@pytest.mark.parametrize("narrative", STILL_SLEEPING_THERE)
def test_the_rapist_still_sleeping_in_her_tent_is_critical(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (4) a child named who is not the survivor (B29-09, B29-14, B29-30, B30-03, B30-09, B30-25): children counted
# with their ages after a comma, counted in Sundanese or by a widow in krama, a mother's baby, the children of a couple
# in a report of a beating, a child who saw it done to a grown woman. ------------------------------------------------

NOT_THE_SURVIVOR = [
    # Indonesian formal: her children counted, their ages after a comma
    "Saya ibu tiga anak, umur 4, 7 dan 10 tahun. Minggu lalu petugas pembagi beras meremas dada saya di antrean.",
    # English: two kids, aged 6 and 9
    "I am a mother of two kids, aged 6 and 9. Last week the soldier handing out rice grabbed my breast in the queue.",
    # Sundanese: 'murangkalih abdi opat' (my children are four)
    "Salaki abdi tos maot, murangkalih abdi opat. Juru masak di dapur umum nawiskeun beas upami abdi daek "
    "ngalayanan anjeunna.",
    # Javanese krama: 'kula randha tiga anak'
    "Kula randha tiga anak. Pak RT ingkang nyathet bantuan ngendika nami kula badhe dipun lebetaken daftar menawi "
    "kula purun ngladosi piyambakipun.",
    # English, non-native: a mother and her baby
    "The driver of the boat say to the womans they must sleep with him if they want go to hospital. One mother did "
    "it because her baby was sick.",
    # Indonesian: a beating, the couple's children asleep beside him
    "Penelepon dipukuli suaminya dan diancam akan dibunuh. Penelepon menegaskan tidak ada kekerasan seksual. Suami "
    "masih di tenda dan anak-anak mereka tidur di sebelahnya.",
    # Indonesian: a child who saw it done to 'Teh' Ani, a grown woman of 30
    "Anak saya yang berumur 8 tahun pulang menangis kemarin. Ia bercerita melihat seorang relawan menyeret Teh Ani, "
    "tetangga kami yang sekitar 30 tahun, ke gudang lalu menindihnya.",
    # Javanese: a child who saw it done to 'Mbak' Sri
    "Anakku sing umur 7 taun mlayu mulih wingi sore. Dheweke crita weruh relawan nyeret Mbak Sri, tanggaku sing umur "
    "35 taun, menyang gudang banjur nindihi.",
]


@pytest.mark.parametrize("narrative", NOT_THE_SURVIVOR)
def test_a_child_who_is_not_the_survivor_is_not_flagged(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", [
    "Seorang ibu melapor tentang anaknya. Kemarin relawan itu memperkosa dia di gudang.",
    "Anak-anak mereka dipukuli oleh penjaga gudang dan diancam akan dibunuh.",
    "Anak saya yang berumur 8 tahun bercerita dia ditarik relawan ke gudang lalu ditindih.",
])
def test_a_child_who_may_be_the_survivor_is_still_flagged(narrative):
    # controls: the child is (or may be) the one harmed
    assert run(narrative).child_involved, run(narrative).reasons


# --- (5) school grades and ages in more forms, the survivor the reporter (the brief's list for this round, written
# after groups 1-4 were fixed and run first on cb25340): Roman numerals, a school with 'N' (negeri), madrasah grades,
# the grade spelled out, ages spelled out in Javanese, Sundanese and English. -----------------------------------------

MORE_GRADES_AND_AGES = [
    "sy kls XI, relawan posko kirim foto telanjangnya ke sy tiap malam.",
    "Saya siswi kelas 1 MTs. Petugas dapur umum meraba dada saya kemarin di belakang tenda.",
    "Abdi kelas 10 MA. Relawan nu ngajar di sakola darurat nyabak-nyabak dada abdi minggu kamari.",
    "Aku murid SDN Sumbersari, relawan sing ngeterke banyu ngelus-elus pupuku saben sore.",
    "Abdi kelas tilu SMP. Relawan di posko sok ngintunkeun poto taranjang ka abdi.",
    "Umurku pitulas, relawan logistik ngirimi aku foto saru saben bengi.",
    "Yuswa kula gangsal welas. Relawan ing posko ngirimaken foto wuda dhateng kula.",
    "Umur abdi tujuh belas taun. Supir bantuan nyiuman abdi kapaksa di jero mobil minggu kamari.",
    "I'm seventeen and a volunteer at the kitchen keeps sending me pictures of his private parts.",
    "I am a sixteen-year-old girl. The camp manager touched my breasts last week.",
]


@pytest.mark.parametrize("narrative", MORE_GRADES_AND_AGES)
def test_more_grades_and_ages_of_the_reporter_are_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (6) more threats to kill, in the words the brief lists for this round (written after group 3 was fixed, first
# run on 26aa05a): 'you are dead' said as 'mati kowe', 'mampus kamu', 'paeh sia', 'you're dead'; krama 'mejahi'. ----

MORE_THREATS = [
    "Rong minggu kepungkur aku diperkosa tanggaku. Wingi dheweke ngomong, 'yen kowe crita, mati kowe.'",
    "Sebulan lalu saya diperkosa tetangga tenda. Kemarin dia bilang 'kalau kamu lapor, mampus kamu.'",
    "I was raped by a neighbour two weeks ago. Yesterday he said, 'if you tell anyone, you're dead.'",
    "Kalih minggu kepengker kula dipunperkosa tangga. Wingi piyambakipun ngendika badhe mejahi kula menawi kula "
    "matur.",
    "sabulan katukang abdi diperkosa ku tatangga. cenah 'mun wani ngadu, paeh sia.'",
    "Dua minggu ka tukang abdi diperkosa ku tatangga. Kamari anjeunna ngancam bakal maehan abdi upami abdi bebeja.",
]


@pytest.mark.parametrize("narrative", MORE_THREATS)
def test_more_threats_to_kill_are_critical(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    "Kemarin lampu di posko mati, kamu bisa kirim genset?",
    "Hp saya mati kemarin, jadi baru bisa lapor sekarang soal beras yang kurang.",
])
def test_mati_said_of_a_lamp_or_phone_is_no_threat(narrative):
    # controls: 'mati' (off, dead) said of things
    assert run(narrative).priority is not Priority.CRITICAL, run(narrative).reasons


# --- (7) undressing asked for in his quoted messages, to a grown woman: harassment, not an attempted assault and not
# urgent (B29-06's category and urgency; written after the fix, first run on a copy of 7be6ade). -----------------------

UNDRESSING_ASKED_IN_MESSAGES = [
    "Saya janda, tinggal di tenda pengungsian. Relawan gudang tiap malam chat saya 'bajunya dibuka dikit dong'. Dia "
    "tidak pernah menyentuh saya.",
    "Aku randha. Petugas posko saben bengi nge-WA 'klambine dibukak sithik'. Dheweke ora tau nyekel aku.",
    "Abdi randa. Relawan dapur sok nga-WA 'bajuna dibuka sakedik atuh'. Anjeunna teu acan kantos nyabak abdi.",
]


@pytest.mark.parametrize("narrative", UNDRESSING_ASKED_IN_MESSAGES)
def test_undressing_asked_in_his_messages_is_harassment_not_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert not result.urgent_medical, result.reasons


def test_clothes_pulled_off_told_in_her_quoted_words_is_still_abuse():
    # control: her own account quoted, no asking and no message
    result = run("Tetangga saya bercerita: 'tadi malam bajuku dibuka paksa sama relawan itu di gudang.'")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


# --- (8) perpetrator type: officials compiling the lists of aid, the water tanker's driver, a partner organisation's
# driver, and the reporter named by 'a report from' (B29-02, B29-07, B29-12, B30-02, B30-29, B30-37; written after the
# fix, first run on a copy of 3b9dcdb). -------------------------------------------------------------------------------

@pytest.mark.parametrize("narrative", [
    "pak RT yg ngedata bansos bilang nama sy bisa masuk kalo sy mau nemenin dia nginep. sy gk mau.",
    "Pa RT nu ngadata warga keur relokasi nyarios nami abdi tiasa lebet upami abdi daek ngancanan anjeunna sapeuting.",
    "Pak Dukuh sing nyathet warga kanggo relokasi ngomong jenengku iso mlebu yen aku gelem nginep karo dheweke.",
    "The RT head who was compiling the list for the cash transfer said my name could go on it if I spent the night "
    "with him.",
    "Laporan dari warga Desa Sukamaju. Kepala dusun yang mendata rumah rusak meminta uang Rp100.000 agar rumah kami "
    "masuk kategori rusak berat.",
    "Sopir truk tangki yang mengantar air bersih ke pengungsian memegang dada saya kemarin sore.",
    "Last night a driver from a partner organisation grabbed a woman at the camp and dragged her into his car.",
])
def test_officials_listing_aid_and_drivers_bringing_it_are_aid_workers(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.AID_WORKER, run(narrative).reasons


# --- (9) words read as misconduct or an exchange that are none: 'durung omah-omah' (not yet married) is no house
# offered; 'susah ambil bantuan' (hard to collect aid) is no theft; 'aku arep ngeluh' opens a complaint about aid
# (B30-23, B30-40, B30-24; written after the fix, first run on a copy of ac35cbc). ---------------------------------

def test_not_yet_married_is_no_house_offered():
    result = run("Wingi bengi sopir ambulans meksa aku nglayani dheweke neng mobil. Aku umur 24, durung omah-omah.")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    "Punten, mau tanya. Ema abdi tos sepuh, tendana tebih ti posko, janten hese ambil bantuan. Naha tiasa dianteur?",
    "Mau tanya, ibu saya pakai kursi roda jadi susah ambil bantuan di posko. Apa bisa diantar ke tenda?",
])
def test_hard_to_collect_aid_is_a_question_not_theft(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


def test_wanting_to_complain_about_a_late_shelter_is_feedback():
    result = run("Nuwun sewu, aku arep ngeluh. Huntara sing dijanjekake durung rampung, pompa banyu rusak wis "
                 "seminggu. Mung pengin ngerti kapan.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons


# --- (10) her name put on the aid list as the price, in SMS, Sundanese and Javanese forms ('nama sy bisa dimasukin',
# 'nami abdi tiasa dilebetkeun', 'jenengku iso dilebokke'): exploitation, even refused (B29-02; written after the
# fix, first run on a copy of 02baf68). --------------------------------------------------------------------------------

@pytest.mark.parametrize("narrative", [
    "pak kades yg ngumpulin data penerima bilang nama sy bisa dimasukin asal sy mau nemenin dia semalem. sy gk mau.",
    "Pa kuwu nu ngadata nyarios nami abdi tiasa dilebetkeun upami abdi daek ngancanan anjeunna sapeuting.",
    "Pak lurah sing nyathet ngomong jenengku iso dilebokke yen aku gelem ngancani dheweke sewengi.",
])
def test_a_name_put_on_the_list_for_company_at_night_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


# --- (11) a touch told in code-switched words, and a denial that is a comparison: 'grab pantat aku', 'touch dada
# aku', 'ketawa kayak nothing happened', 'pura-pura tidak terjadi apa-apa'; Jakarta 'dia emang gitu' (he is just like
# that) is no uncle (B29-38; written after the fix, first run on a copy of 9992976). --------------------------------

@pytest.mark.parametrize("narrative", [
    "Pas bongkar muat minggu lalu, koordinator relawan literally grab pantat aku dari belakang, terus ketawa kayak "
    "nothing happened. Kata team lead 'ya udah lah, dia emang gitu'.",
    "So the team leader kemarin touch dada aku pas briefing, abis itu dia pura-pura tidak terjadi apa-apa.",
])
def test_a_code_switched_touch_is_abuse_by_an_aid_worker(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


def test_nothing_happened_said_plainly_is_still_a_denial():
    # control
    assert run("Tidak terjadi apa-apa, saya cuma mau tanya jadwal pembagian beras.").category is Category.NOT_MISCONDUCT


# --- (12) Javanese ngoko words the lexicons missed: 'foto tanpa klambi' (a photo without clothes) asked for the
# shelter list is exploitation; 'nyekel dhadhaku' (he grabbed my chest) is a touch (B29-27, B29-28; written after the
# fix, first run on a copy of f9db5aa). --------------------------------------------------------------------------------

def test_a_photo_without_clothes_for_the_shelter_list_is_exploitation():
    result = run("Petugas pendataan ngomong jenengku iso mlebu daftar huntara yen aku ngirim foto tanpa klambi. Aku "
                 "durung ngirim.")
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons


def test_grabbing_her_chest_in_ngoko_is_abuse():
    result = run("Telung dina kepungkur tanggaku nyekel dhadhaku neng mburi tendha.")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


# --- (13) genital contact told by a euphemism or by where his hand went: 'ngremet anuku' (squeezed my 'thing'), 'his
# hand inside my trousers', 'tangane neng njero celanaku' (B30-22, a man's report; written after the fix, first run on
# a copy of 61fe8e2). Never other misconduct, never low. --------------------------------------------------------------

@pytest.mark.parametrize("narrative", [
    "Aku wong lanang, relawan dapur. Rong minggu kepungkur koordinator shift ngremet anuku pas aku turu neng tenda.",
    "Seminggu lalu waktu tidur di tenda relawan, koordinator memasukkan tangannya ke dalam celana saya.",
    "Two weeks ago the shift coordinator put his hand inside my trousers while I was asleep in the volunteers' tent.",
])
def test_a_hand_inside_the_trousers_or_a_squeezed_anu_is_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.priority is Priority.HIGH, result.reasons

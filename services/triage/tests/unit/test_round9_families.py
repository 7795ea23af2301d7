"""Round 9 of issue 12: the classes behind the misses of blind batches 23 and 24 (round 8's held-out pair), each held
by sentences written for this test (not the batches' own), so that a rule, not a sentence, is what passes. Each group
was written and run before the fix it prompted; its first-run count (rules alone) is in its comment. They run with the
learned model switched off: the rules are the floor for child, urgent and danger recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) a child made pregnant: abuse of a child whatever the consent claim, never low (B24-13). First run, rules
# alone: 2 of 8 (the formal Indonesian and the English passed; the others came out unplaced, other misconduct); the
# control passed. The cause: the verbs of making pregnant ('ngahamilan', 'metengi', 'damel ngandhut', 'hamilin',
# 'bekin hamil') and 'pregnant ... by' him were read only in Indonesian. ------------------------------------------

CHILD_MADE_PREGNANT = [
    # Indonesian formal: 'menghamilinya', a consent claim ('suka sama suka')
    "Anak saya berusia 15 tahun, kelas 9, sekarang hamil empat bulan. Yang menghamilinya petugas gudang bantuan di "
    "posko. Katanya mereka suka sama suka.",
    # Indonesian SMS: 'yg hamilin', 'kls 10'
    "kak adik sy 16th kls 10 skrg hamil 2 bln, yg hamilin relawan dapur umum. katanya dia mau sendiri",
    # Sundanese: 'reuneuh' (Danadibrata), 'nu ngahamilan', 'silih pikabogoh'
    "Incu abdi umurna 15 taun, kelas 9, ayeuna keur reuneuh. Nu ngahamilan teh petugas gudang bantuan. Cenah mah "
    "duanana silih pikabogoh.",
    # Sundanese: 'kakandungan' (pregnant, Danadibrata kandung), a consent claim ('daek')
    "Alo abdi, budak awewe kelas 10, kakandungan dua bulan ku relawan dapur umum. Budakna ngaku daek.",
    # Javanese ngoko: 'meteng' (Baoesastra), 'sing metengi'
    "Adhiku umur 16, kelas 10, saiki meteng telung sasi. Sing metengi sopir truk bantuan. Jarene padha senenge.",
    # Javanese krama: 'ngandhut' (Baoesastra), 'ingkang damel ngandhut'
    "Putri kula yuswa 15 taun, kelas 9, sapunika ngandhut kalih wulan. Ingkang damel ngandhut relawan posko. "
    "Piyambakipun ngaken sami remen.",
    # English: 'pregnant by', a claim that she agreed
    "My niece is 16 and in grade 11. She is now three months pregnant by a driver of the aid convoy. He says she "
    "agreed and that they are in love.",
    # Ambonese Malay: 'bekin hamil' (made pregnant)
    "Beta pung ana parampuang umur 15 taun su hamil. Yang bekin hamil tu bapa yang bagi bantuan di posko. Dia bilang "
    "ana su mau.",
]


@pytest.mark.parametrize("narrative", CHILD_MADE_PREGNANT)
def test_a_child_made_pregnant_is_abuse_of_a_child_and_critical(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


def test_control_an_adult_asking_about_pregnancy_care_is_no_abuse():
    result = run("Saya sedang hamil tujuh bulan, apakah ada bidan di posko yang bisa memeriksa kandungan saya?")
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (2) sexual activity with a child and a consent claim: abuse whatever the claim. First run, rules alone: 3 of 4
# (the Sundanese 'dibawa sare ku relawan', taken to sleep by him, was not read as sleeping together). --------------

MINOR_CONSENT = [
    "Keponakan saya umur 14 tahun sering tidur bersama petugas gudang bantuan. Katanya suka sama suka, dia mau "
    "sendiri.",
    "Budak awewe tatangga kuring, kelas 8, sok dibawa sare ku relawan. Cenah mah daek, ngaku bogoh.",
    "Bocah wadon umur 15 kerep diajak turu bareng karo sopir bantuan. Jarene bocahe gelem dhewe, ngaku tresna.",
    "A boy of 15 says he is in a sexual relationship with the camp manager and that he consented.",
]


@pytest.mark.parametrize("narrative", MINOR_CONSENT)
def test_sexual_activity_with_a_child_is_abuse_whatever_the_consent_claim(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (3) sextortion: intimate images got by a price, then a threat to spread them. Exploitation with ongoing danger,
# critical (B24-12). First run, rules alone: 3 of 7. The causes: 'tanpa busana' negated the price after it ('vc tanpa
# busana biar dpt pulsa'), a video call was no image, the threat to spread was read only in a few forms ('nyebarin',
# 'nyebar', krama 'nyebaraken', 'sebar'), Ambonese 'talanjang'. ----------------------------------------------------

SEXTORTION = [
    "sy 22th, petugas posko minta sy vc tanpa busana biar dpt pulsa. skrg dia ngancem mau nyebarin fotonya ke grup "
    "wa kampung kalo sy ga kirim lg",
    "Seorang relawan meminta saya mengirim foto telanjang dengan imbalan pulsa. Sekarang ia mengancam akan menyebarkan "
    "foto itu jika saya menolak.",
    "Aya relawan nu menta poto taranjang, dibere pulsa. Ayeuna manehna ngancam rek nyebarkeun potona ka grup upami "
    "abdi teu daek deui.",
    "Relawan posko njaluk foto wuda, aku diwenehi pulsa. Saiki dheweke ngancam arep nyebar fotoku neng grup yen aku "
    "ora gelem maneh.",
    "Relawan punika nyuwun foto tanpa rasukan, kula dipun paringi pulsa. Sapunika piyambakipun ngancam badhe "
    "nyebaraken foto kula menawi kula mboten purun.",
    "A volunteer paid me phone credit for naked photos. Now he threatens to share the pictures with the camp group "
    "chat unless I send more.",
    "Om relawan kase pulsa kalo beta kirim foto talanjang. Skarang dia ancam mo sebar foto itu di grup kalo beta "
    "seng kirim lai.",
]


@pytest.mark.parametrize("narrative", SEXTORTION)
def test_sextortion_is_exploitation_with_ongoing_danger(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (4) a weapon and a threat now: ongoing danger, critical, in every language (B24-11). First run, rules alone: 0
# of 7; the control passed. The cause: a weapon made a threat a danger only after it ('ngancam pake golok'), never
# in his hands before it ('bw parang ngancem2', 'with a machete is threatening'). ---------------------------------

WEAPON_NOW = [
    "tolong!! ada bapak2 mabuk bawa golok ngamuk di dapur umum, ngancem relawan. skrg msh di situ",
    "Saat ini seorang warga yang mabuk membawa parang dan mengancam petugas distribusi di posko. Ia masih berada di "
    "lokasi.",
    "Tulung! Aya lalaki mabok mawa bedog, ngancam relawan di posko. Ayeuna masih keneh di dinya.",
    "Tulung! Ana wong mendem nggawa arit ngancam relawan neng posko. Saiki isih neng kono.",
    "Nyuwun tulung, wonten tiyang mendem mbekta bendho ngancam relawan wonten posko. Sapunika taksih wonten mriku.",
    "Help now! A drunk man with a machete is threatening the volunteers at the health post. He is still there.",
    "Tolong! Ada laki-laki mabo bawa parang ancam relawan di posko. Skarang dia masih di situ.",
]


@pytest.mark.parametrize("narrative", WEAPON_NOW)
def test_a_weapon_and_a_threat_now_are_ongoing_danger(narrative):
    result = run(narrative)
    assert result.category is not Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons
    assert result.ongoing_danger, result.reasons


def test_control_tools_handed_out_are_no_danger():
    result = run("Kemarin relawan membagikan parang dan cangkul untuk membersihkan puing. Terima kasih banyak.")
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (5) urgent care: sexual contact within 72 hours obtained by exploitation, and a genital 'examination' with no
# medical reason (B23-35, B24-05). First run, rules alone: 1 of 8 (the Sundanese). The causes: sex for aid told as
# done counted only with force ('terpaksa', 'kepeksa' were not force words), Ambonese 'kamarin' (yesterday) was read
# as 'kamar', the genitals examined were a needless examination (contact), not genital contact. ------------------

RECENT_CONTACT = [
    "Semalam saya terpaksa tidur dengan petugas logistik supaya dapat beras tambahan.",
    "Kamarin malam beta iko tidor deng bapa posko supaya dapa beras.",
    "Tadi peuting abdi kapaksa sare jeung petugas gudang supaya meunang beas.",
    "Mau bengi aku kepeksa turu karo petugas gudang ben oleh beras.",
    "Dalu wingi kula kepeksa tilem kaliyan petugas gudang supados angsal uwos.",
    "Last night I slept with the warehouse guard so that he would give me extra rice.",
    "Kemarin seorang perawat klinik keliling melakukan pemeriksaan pada kemaluan saya tanpa indikasi medis.",
    "Two days ago a nurse at the mobile clinic examined my genitals although there was no medical reason.",
]


@pytest.mark.parametrize("narrative", RECENT_CONTACT)
def test_sexual_contact_within_72_hours_is_urgent_whatever_the_category(narrative):
    result = run(narrative)
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (6) a threat to come to her tent tonight, or locked in now: ongoing danger (B23-10, B23-14, B24-24, B24-40).
# First run, rules alone: 0 of 4. The causes: 'mampir', 'sumping' were no verbs of coming, 'ntr mlm' and tomorrow
# night no night, 'ngunci' (without me-) no locking, a summons at night ('sesuk bengi tak enteni') no danger. ------

TONIGHT = [
    "petugas gudang td bilang 'ntr mlm aku mampir ke tenda km ya'. sy sendirian, takut",
    "Anjeunna nyarios bade sumping ka tenda abdi wengi ieu. Abdi nyalira.",
    "Wong lanang kuwi ngomong 'sesuk bengi tak enteni neng kene'. Aku wedi metu.",
    "Koordinator lapangan ngunci dia di gudang karena dia menolak. Dia masih di dalam sekarang.",
]


@pytest.mark.parametrize("narrative", TONIGHT)
def test_a_visit_tonight_or_being_locked_in_now_is_critical(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (7) urgent recall (B23-38, B24-17, B24-27): an act said by a passive euphemism ('dipigawe teu pantes'), forced
# 'service' in Makassar/Mamuju Malay ('napaksa ka layani'), a child made to hold his parts in krama ('nyepeng').
# Written after the fix, run first on the classifier before it (a copy of commit 83b3ea3): 0 of 5. -------------

RECENT_ACTS_BY_OTHER_WORDS = [
    # Sundanese: the passive euphemism, a child, yesterday
    "Kamari peuting budak awewe kelas 5 dipigawe teu pantes ku tatanggana di jero tenda.",
    # Indonesian formal: 'diperlakukan tidak senonoh', a pupil of 9, yesterday
    "Kemarin sore murid saya yang berusia 9 tahun diperlakukan tidak senonoh oleh penjaga gudang.",
    # Makassar/Mamuju Malay: he forced her to 'serve' him last night
    "Tadi malam napaksa ka layani i itu laki-laki di tenda.",
    # Indonesian SMS: forced to 'layani' him
    "td mlm sy dipaksa layani dia di gudang",
    # Javanese krama: a child made to hold his parts, yesterday
    "Kala wingi lare kula ingkang yuswa 6 taun dipun kengken nyepeng manukipun relawan punika.",
]


@pytest.mark.parametrize("narrative", RECENT_ACTS_BY_OTHER_WORDS)
def test_an_act_told_by_other_words_within_72_hours_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (8) urgent precision (B23-19, B23-30, B24-08, B24-20): a habit ('unggal wengi', 'every day') dates no act, and
# thanks in SMS ('trmksh') are thanks. Written after the fix, run first on the classifier before it: 1 of 3.

NO_ACT_TO_EXAMINE = [
    "trmksh bnyk utk relawan yg kmrn udh jahit luka tangan ibu sy. skrg udh sehat",
    "Aya relawan nu unggal wengi ngintun pesen ka abdi, nyungkeun poto abdi. Abdi teu acan ngintun.",
    "A driver gives a girl of 15 a lift every day and buys her phone credit. Her mother is worried.",
]


@pytest.mark.parametrize("narrative", NO_ACT_TO_EXAMINE)
def test_no_act_within_72_hours_is_not_urgent(narrative):
    result = run(narrative)
    assert not result.urgent_medical, result.reasons


# --- (9) a child named who is not the survivor (B23-11, B23-24, B23-27, B23-32): a widow's small children counted,
# a child who woke and saw it all, a blanket for his baby. Written after the fix, run first on the classifier of
# 2c66ed3: 0 of 4. --------------------------------------------------------------------------------------------------

NOT_THE_SURVIVOR = [
    "sy janda anak 2 msh kecil2. petugas posko ngajak sy 'nginep' katanya klo mau nanti dpt terpal duluan",
    "Kula randha, anak kula kalih taksih alit-alit. Mandor ngendika kula angsal damel menawi purun ngladosi "
    "piyambakipun ing dalu.",
    "Mau bengi aku dipeksa karo tanggaku. Bocahku sing umur 5 taun tangi lan weruh kabeh.",
    "The warehouse guard hit my cousin with a stick when he asked for a blanket for his baby.",
]


@pytest.mark.parametrize("narrative", NOT_THE_SURVIVOR)
def test_a_child_who_is_not_the_survivor_is_not_flagged(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


# --- (10) perpetrator type (B24-25, B24-34): krama 'sedherekipun' (his relative), 'also a refugee like us'. Written
# after the fix, run first on the classifier of 2c66ed3: 1 of 2. -----------------------------------------------

COMMUNITY = [
    "A man who is also a refugee like us grabbed my breast at the water point last week.",
    "Sasi kepengker sedherekipun semah kula nindakaken tumindak ingkang boten senonoh dhateng kula kanthi peksa.",
]


@pytest.mark.parametrize("narrative", COMMUNITY)
def test_a_relative_or_a_fellow_refugee_is_of_the_community(narrative):
    from pseah.triage.classification import PerpetratorType
    assert run(narrative).perpetrator_type is PerpetratorType.COMMUNITY_MEMBER


# --- (11) feedback and other misconduct the rules could not place (B23-23, B23-37, B24-32): rice full of lice told
# far from its word, aid taken then sold ('kong jual', 'terus didol'), a transport fee. Written after the fix, run
# first on the classifier of 31aa695: 1 of 4 (the Javanese sale). ----------------------------------------------

def test_rice_full_of_lice_is_feedback():
    result = run("Beras bantuan sing dibagi neng balai desa minggu wingi akeh kutune. Mbok diganti. Suwun.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


@pytest.mark.parametrize("narrative", [
    "Tu bapak dari posko ambe beras deng supermi bantuan kong jual di pasar.",
    "Petugas gudang nggawa karung beras bantuan terus didol neng pasar.",
    "The boat man hired by the aid agency charges every family a transport fee before he hands over the rice.",
])
def test_aid_sold_or_a_fee_for_it_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


# --- (12) a child courted with money ('asked her to be his girlfriend and gave her money'), then touched: grooming,
# abuse (B24-29). Written after the fix, run first on the classifier of 31aa695: 0 of 1. ---------

def test_a_child_courted_with_money_then_touched_is_abuse():
    result = run("A volunteer asked my niece, who is 14, to be his girlfriend and gave her money many times. Last "
                 "month he kissed her in his car.")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


# --- (13) forced 'until the improper thing happened' ('dipaksa dugi ka kajadian nu teu pantes', B23-20): the act
# said by its outcome, abuse. Written before the fix, rules alone: 1 of 3 (the Indonesian passed). -----------------

@pytest.mark.parametrize("narrative", [
    "Dua minggu ka tukang aya lalaki nu asup ka tenda, abdi dipaksa dugi ka kajadian nu teu pantes.",
    "Bulan lalu saya dipaksa oleh seorang pria sampai terjadi hal yang tidak senonoh.",
    "Sasi wingi aku dipeksa wong lanang nganti kedaden sing ora pantes.",
])
def test_forced_until_the_improper_thing_happened_is_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.priority in (Priority.HIGH, Priority.CRITICAL), result.reasons


# --- (14) a weekday of last week ('minggu kamari, dinten Rebo wengi', B23-20) is no day of this week: reported on a
# Friday, last week's Wednesday is nine days back. Written after the fix, run first on the classifier of b952a37:
# 0 of 2. -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("narrative", [
    "Minggu kemarin, hari Rabu malam, saya diperkosa oleh seorang pria di tenda.",
    "Last week, on Wednesday night, a man raped me in my tent.",
])
def test_a_weekday_of_last_week_is_not_within_72_hours(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert not result.urgent_medical, result.reasons


# --- (15) Sundanese 'mang' (short for mamang) who cooks at the public kitchen is someone doing aid work (B23-13).
# Written after the fix, run first on the classifier of 2f3cb71: 0 of 1. ---------------------------------------------

def test_the_man_who_cooks_at_the_public_kitchen_is_an_aid_worker():
    from pseah.triage.classification import PerpetratorType
    result = run("Mang nu sok masak di dapur umum ngagerayangan abdi di tukangeun kompor.")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons

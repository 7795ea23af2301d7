"""Round 47 of issue 12: 67 and 68 become tuning batches, safety first (the under-triaged critical reports, then the
urgent misses, then over-calls), by class. Sentences written for this test (not the batches' own); each group was
written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the comment
and in the blind README's Round 47 section. They run with the learned model switched off: the rules are what is
tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: he knows, or asks, where she sleeps, told by the reporter in the third person or as his question,
# beside a sexual touch, a kiss or sexual messages (B68-21 'skrg dia tau sy tidur di tenda no 7 blok C'; B68-27
# 'nanya sy tidur di tenda yg mana & sama siapa'; B68-35 'The sender knows I sleep in the women's tent': high or
# medium for critical). Rounds 25 and 41 read it only in his own words ('aku tahu kamu tidur di ...') or after a
# verb of saying; told of him, or asked by him, it is the same threat of a night visit, but only beside a sexual
# cue: alone it is an officer who knows her tent from his list.
# Controls: the officer who knows her tent, or asks it, to bring the aid there; no sexual cue.
# First run on db9c302: 0 of 6, controls 2 of 3 (the first control named the reporter's child, critical by the
# child, and was shortened before the fix); now 6 of 6, controls 3 of 3. -----------------------------------------------

KNOWS_WHERE_SHE_SLEEPS = [
    # Indonesian formal
    "Petugas gudang itu pernah meraba dada saya saat pembagian beras. Sekarang dia tahu saya tidur di tenda nomor "
    "empat.",
    # Indonesian SMS
    "relawan dapur kmrn grepe2 pantat aku pas antri makan. skrg dia udh tau aku tidur di tenda biru paling ujung",
    # Sundanese
    "Supir bantuan teh kantos nyium abdi dipaksa di tukangeun gudang. Ayeuna anjeunna terang abdi saré di tenda "
    "nomer dua.",
    # Javanese ngoko
    "Relawan kuwi minggu wingi ngelus-elus pupuku neng dapur umum. Saiki dheweke ngerti aku turu neng tenda pojok.",
    # Javanese krama
    "Petugas posko ngirim gambar saru dhateng kula saben dalu, lajeng takon kula tilem wonten tenda ingkang pundi.",
    # English
    "A volunteer keeps sending me dirty pictures at night and asked which tent I sleep in and who with.",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_SHE_SLEEPS)
def test_he_knows_or_asks_where_she_sleeps_beside_a_sexual_cue_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


KNOWS_WHERE_SHE_SLEEPS_CONTROLS = [
    "Petugas pendataan tahu saya tidur di tenda nomor lima, jadi selimut dan tikar diantar ke sana.",
    "relawan nanya aku tidur di tenda yg mana biar paket sembako bisa dianter",
    "The registration officer knows I sleep in the women's tent and brought us two extra blankets.",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_SHE_SLEEPS_CONTROLS)
def test_knowing_her_tent_without_a_sexual_cue_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons
    assert not result.ongoing_danger, result.reasons


# --- (2) Safety: after a sexual touch, he now sleeps or lives by her shelter, 'now' where round 17 read only
# 'still' (B68-05, a driver who grabbed her breasts, 'saiki dheweke turu nang tenda ...': high for critical).
# 'Now' ('sekarang', 'kini', 'ayeuna', 'saiki', 'sakmenika', 'now') and a third person ('dia', 'anjeunna', 'dheweke',
# 'piyambakipun', 'he') before a verb of sleeping or living near, beside or across from her place is the same danger
# beside an assault (STILL_LIVES_NEAR); never said of herself or her family ('sekarang saya tidur di tenda dekat
# posko'), nor with no assault told. (Lexicon: the Javanese chest spelled 'dodo' and the krama touch 'nggepok' on a
# body word, sexual.py.)
# Controls: she herself now sleeps near the post; he now sleeps next door, no assault; he now lives far away.
# First run on 3560598: 0 of 6, controls 3 of 3; two probes' touches were read by no cue ('ngremet dodoku', 'nggepok
# pupu': the chest spelled 'dodo' and the krama 'nggepok' on a body word were added with the fix); now 6 of 6,
# controls 3 of 3. -----------------------------------------------------------------------------------------------------

NOW_SLEEPS_NEAR = [
    # Indonesian formal
    "Petugas distribusi meremas payudara saya minggu lalu di gudang. Kini dia tidur di tenda sebelah tenda saya.",
    # Indonesian SMS
    "satpam posko kmrn nyolek2 pantat sy pas antri air. skrg dia tinggal di bedeng dkt bedeng sy",
    # Sundanese
    "Relawan éta kantos ngagerayangan abdi di gudang beas. Ayeuna anjeunna saré di tenda gigireun tenda abdi.",
    # Javanese ngoko
    "Juru masak dapur umum kuwi ngremet dodoku pas aku ngumbahi panci. Saiki dheweke manggon neng bedeng "
    "sandhinge bedengku.",
    # Javanese krama
    "Relawan menika sampun nggepok pupu kula wonten pawon umum. Sakmenika piyambakipun tilem wonten tendha caket "
    "tendha kula.",
    # English
    "The man who unloads the aid trucks grabbed my breasts last week. Now he sleeps in the tent next to mine.",
]


@pytest.mark.parametrize("narrative", NOW_SLEEPS_NEAR)
def test_he_now_sleeps_near_her_after_a_sexual_touch_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


NOW_SLEEPS_NEAR_CONTROLS = [
    "Relawan dapur pernah memegang pantat saya. Sekarang saya tidur di tenda dekat posko bersama ibu saya.",
    "Sekarang dia tidur di tenda sebelah kami dan sering membantu mengangkat air untuk para lansia.",
    "A man groped me at the market last month. Now he lives in another village far from the camp.",
]


@pytest.mark.parametrize("narrative", NOW_SLEEPS_NEAR_CONTROLS)
def test_she_herself_near_the_post_or_no_assault_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons
    assert not result.ongoing_danger, result.reasons


# --- (3) Safety: a man who enters the women's tents at night as a habit, in the lemes, krama and other words round
# 5's list lacked (B67-30, a guard who 'sok lebet ka tenda istri unggal wengi' while women sleep or change, read by
# no cue: other misconduct, high, for harassment, critical). The Sundanese lemes and Javanese krama 'lebet',
# 'mlebet' (to enter), the formal 'memasuki', the English 'walks into', 'goes into'; the Sundanese lemes 'istri' and
# krama 'estri' (woman), the informal 'cewek'; a group word between ('para', 'kaum', 'wong') are round 5's entering
# women's tents (sexual.INTRUSION), repeated in its sentence a danger (urgency.ongoing_danger). Never 'istri' with
# its owner after it ('tenda istri saya', my wife's tent).
# Controls: the tent of his own wife; a cadre entering the tents of pregnant mothers to check their blood pressure;
# a nurse going into the storage tent every night.
# First run on c9d2388: 0 of 6, controls 3 of 3; the krama probe's 'saben dalu' was no habit ('dalu', the krama night,
# added to danger.RECURRENCE with the fix); now 6 of 6, controls 3 of 3. -----------------------------------------------

ENTERS_WOMENS_TENTS = [
    # Indonesian formal
    "Petugas keamanan posko memasuki tenda wanita setiap malam dengan alasan memeriksa, padahal kami sedang tidur.",
    # Indonesian SMS
    "satpam posko tiap mlm msk ke tenda cewek2, alesannya ngecek keamanan pdhl kita lg ganti baju",
    # Sundanese
    "Petugas jaga unggal wengi lebet ka tenda para istri bari nyenteran, padahal urang nuju sararé.",
    # Javanese ngoko
    "Satpam posko kuwi saben bengi mlebu tenda wong wadon, jare ngecek keamanan, padahal awake dhewe lagi turu.",
    # Javanese krama
    "Petugas jagi saben dalu mlebet tendha estri, ngendikanipun mriksa keamanan, kamangka kula sami sampun tilem.",
    # English
    "A guard walks into the women's tent every night saying he is checking security while we are asleep.",
]


@pytest.mark.parametrize("narrative", ENTERS_WOMENS_TENTS)
def test_entering_the_womens_tents_every_night_is_harassment_and_danger(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


ENTERS_WOMENS_TENTS_CONTROLS = [
    "Pak RT masuk ke tenda istri saya kemarin untuk mengantar selimut dan tikar.",
    "Kader posyandu lebet ka tenda ibu hamil unggal enjing kanggo mariksa tensi.",
    "The nurse goes into the storage tent every night to count the medicine.",
]


@pytest.mark.parametrize("narrative", ENTERS_WOMENS_TENTS_CONTROLS)
def test_a_wife_s_tent_or_a_health_visit_is_no_intrusion(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (4) Category (the rules alone: B67-29, an unknown number that calls every night and says he knows where she
# sleeps, read as a complaint about aid, not misconduct, medium, for harassment, critical): 'for four days' then a
# negator is round 9's aid still not come ('sudah 3 hari belum ...'), but 'not known' after it ('nomor tidak
# dikenal', 'nomer teu dikenal', 'nomer ora dikenal', 'wong ora kenal') is an unknown sender or person, no absence
# of aid. Told with no sexual word, the threat of a night visit is then placed as misconduct, critical by the danger.
# Controls: days without water, rice or aid, still complaints.
# First run on 579bfed: 1 of 6 (the English), controls 3 of 3; the krama probe also needed round 25's words of his
# saying it in krama ('ngendika', 'ngertos', 'tilem', added with the fix); now 6 of 6, controls 3 of 3. ----------------

UNKNOWN_SENDER_FOR_DAYS = [
    # Indonesian formal
    "Sudah 3 hari ada nomor tidak dikenal menelepon saya tiap malam dan bilang dia tahu saya tidur di tenda yang mana.",
    # Indonesian SMS
    "udh 5 hari nomer gk dikenal nelpon aku tiap malem, katanya dia tau aku tidur di bilik yg mana",
    # Sundanese
    "Geus 4 poe aya nomer teu dikenal nelepon abdi unggal peuting, cenah anjeunna terang abdi sare di tenda mana.",
    # Javanese ngoko
    "Wis 3 dina ana nomer ora dikenal nelpon aku saben bengi, jare dheweke ngerti aku turu neng tenda endi.",
    # Javanese krama
    "Sampun 2 dinten wonten nomer mboten dikenal nelpon kula saben dalu, ngendika piyambakipun ngertos kula tilem "
    "wonten tendha pundi.",
    # English
    "For 6 days a number not known to me has called every night, saying he knows which tent I sleep in.",
]


@pytest.mark.parametrize("narrative", UNKNOWN_SENDER_FOR_DAYS)
def test_an_unknown_sender_for_days_is_no_complaint_about_aid(narrative):
    result = run(narrative)
    assert result.category is not Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


UNKNOWN_SENDER_FOR_DAYS_CONTROLS = [
    "Sudah 5 hari tidak ada air bersih di blok kami, mohon dibantu.",
    "wis 4 dina ora entuk beras, bocah-bocah wis luwe",
    "Geus 3 poe teu aya bantuan nu dongkap ka posko kami.",
]


@pytest.mark.parametrize("narrative", UNKNOWN_SENDER_FOR_DAYS_CONTROLS)
def test_days_without_aid_are_still_a_complaint(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons


# --- (5) Safety: he has come to her tent night after night, the nights counted, beside a sexual touch (B68-13, a man
# claiming to be an officer who 'udh 3 malem dia dtg terus' to the women's tents and groped a neighbour in her tent
# last night: high for critical). 'Already N nights' ('sudah tiga malam', 'tos tilu peuting', 'wis telung bengi',
# 'sampun kalih dalu', 'for three nights') then, within three words, his coming ('datang', 'teka', 'sumping', 'rawuh',
# 'has come') is round 42's visit every night (NIGHTLY_AT_HER_DOOR), a danger beside a sexual cue only.
# Controls: a volunteer bringing rice three nights running; a nurse checking a fever for three nights; nights she
# slept elsewhere after a touch.
# First run on cb64974: 0 of 6, controls 3 of 3. With the fix the first control (rice brought to the tent three
# nights running) became critical: round 17's 'taken to a tent' read rice carried to a tent as a person taken; goods
# after a verb of carrying were left out of it (sexual.ISOLATION) with the fix; now 6 of 6, controls 3 of 3. -------

NIGHTS_COUNTED = [
    # Indonesian formal
    "Petugas itu pernah meraba paha saya di gudang. Sudah tiga malam dia datang ke tenda kami.",
    # Indonesian SMS
    "relawan itu kmrn grepe2 aku pas antri. udh 2 mlm dia dtg trs ke bilik aku",
    # Sundanese
    "Supir éta kantos ngagerayangan abdi di gudang. Tos tilu peuting anjeunna datang waé ka tenda abdi.",
    # Javanese ngoko
    "Satpam kuwi wis nyekel-nyekel bokongku neng gudang. Wis telung bengi dheweke teka terus neng tendaku.",
    # Javanese krama
    "Relawan menika sampun nggrayangi kula wonten gudang. Sampun kalih dalu piyambakipun rawuh dhateng tendha kula.",
    # English
    "A volunteer groped me at the water point. For three nights now he has come to my tent.",
]


@pytest.mark.parametrize("narrative", NIGHTS_COUNTED)
def test_nights_of_his_coming_counted_beside_a_touch_are_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


NIGHTS_COUNTED_CONTROLS = [
    "Sudah tiga malam relawan datang membawa nasi bungkus ke tenda kami, terima kasih banyak.",
    "For three nights the nurse has come to our tent to check my mother's fever.",
    "Petugas itu pernah meraba paha saya di gudang. Sudah tiga malam saya tidur di tenda kakak saya.",
]


@pytest.mark.parametrize("narrative", NIGHTS_COUNTED_CONTROLS)
def test_nights_counted_without_a_sexual_cue_or_his_coming_are_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons
    assert not result.ongoing_danger, result.reasons


# --- (6) Child over-call: a widow counts her children and says all of them are still small, 'all' between the count
# and 'still small' (B68-09, a widow asked to go to a lodging for her house to be rebuilt first, 'Abdi randa, gaduh
# putra tilu, sadayana masih alit': critical by an unsure child, for high). Round 9's widow with small children
# ('janda anak 3 msh kecil2') read only the count right before 'still small'; 'all of them' between ('semuanya',
# 'sadayana', 'kabeh', 'sedaya', 'all of them') leaves them her family (children.FAMILY_SIZE), no child survivor.
# Controls: her child the one touched or taken, the count after it; a girl of nine touched. (A sexual act told of
# the reporter already leaves the count her family, round 9's; the probes tell a shout or a refusal instead.)
# First run on 38d07f8: 4 of 6 (the Sundanese 'sadayana masih alit' and the krama 'sedaya taksih alit' failed),
# controls 3 of 3 (a first draft, each probe with a sexual proposition, passed 9 of 9 and was rewritten before the
# fix); now 6 of 6, controls 3 of 3. ----------------------------------------------------------------------------------

WIDOW_ALL_SMALL = [
    # Indonesian formal
    "Petugas distribusi membentak saya di depan orang banyak karena saya terlambat antre. Saya janda, punya anak "
    "empat, semuanya masih kecil.",
    # Indonesian SMS
    "relawan gudang ngusir aku pas minta jatah beras. aku janda, anak 3, semuanya msh kecil2",
    # Sundanese
    "Petugas posko nyentak abdi di payuneun jalmi seueur. Abdi randa, gaduh murangkalih dua, sadayana masih alit.",
    # Javanese ngoko
    "Relawan kuwi nyentak aku neng ngarepe wong akeh. Aku randha, duwe anak telu, kabeh isih cilik.",
    # Javanese krama
    "Petugas menika nyeneni kula wonten ngajenging tiyang kathah. Kula randha, gadhah lare tiga, sedaya taksih alit.",
    # English
    "The aid officer shouted at me in front of everyone in the queue. I am a widow with three children, all of them "
    "still small.",
]


@pytest.mark.parametrize("narrative", WIDOW_ALL_SMALL)
def test_a_widow_s_children_all_still_small_are_her_family(narrative):
    result = run(narrative)
    assert result.child_involved is False, result.reasons


WIDOW_ALL_SMALL_CONTROLS = [
    "Petugas itu meraba anak saya di belakang gudang. Saya janda, anak saya dua, semuanya masih kecil.",
    "Relawan ngajak budak awewe abdi ka tendana peuting-peuting. Abdi randa, budak abdi dua, sadayana keneh leutik.",
    "A volunteer touched a girl of nine behind the school tent.",
]


@pytest.mark.parametrize("narrative", WIDOW_ALL_SMALL_CONTROLS)
def test_her_child_touched_or_taken_is_still_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons


# --- (7) Urgent: a night with him for aid told as a habit in the English present, 'after she stays the night with
# him', with a child (B68-29, a girl of 17 given rice and oil from the warehouse stock after she 'stays the night'
# with a soldier guarding it, most recently three nights ago: urgent missed). Round 15 read the night told as done
# in the past ('stayed', 'spent', 'slept') and in the other languages' unmarked verb ('nginep', 'nemenin'); the
# English present of a habit ('stays', 'spends', 'sleeps') is the same night told as done, never after 'if' or a
# demand (the terms).
# Controls: the terms ('if she stays the night'); the demand ('wants her to spend the night'); a night two weeks ago.
# First run on 08234a9: 5 of 6 (the English failed), controls 3 of 3; now 6 of 6, controls 3 of 3. ---------------------

NIGHT_AS_A_HABIT = [
    # Indonesian formal
    "Seorang anak perempuan berusia 15 tahun diberi beras oleh penjaga gudang setelah dia menginap di pos jaga, "
    "terakhir dua malam lalu.",
    # Indonesian SMS
    "ade sy 16th dikasih mie sm minyak dr gudang abis nemenin satpam semalem di posnya, trakhir kmrn malem",
    # Sundanese
    "Budak awewe umur 15 dibere beas ku penjaga gudang sanggeus nginep di pos jagana, panungtungan tadi peuting.",
    # Javanese ngoko
    "Bocah wedok umur 16 diwenehi beras karo penjaga gudang bar nginep neng pose, pungkasan wingi bengi.",
    # Javanese krama
    "Lare estri yuswa 15 dipunparingi uwos dening penjaga gudang sasampunipun nyipeng wonten pos, ingkang pungkasan "
    "kala wingi dalu.",
    # English
    "A girl of 15 says the warehouse guard gives her flour after she spends the night with him, most recently two "
    "nights ago.",
]


@pytest.mark.parametrize("narrative", NIGHT_AS_A_HABIT)
def test_a_child_s_night_for_aid_told_as_a_habit_within_72_hours_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is True, result.reasons


NIGHT_AS_A_HABIT_CONTROLS = [
    "A girl of 15 says the warehouse guard will give her flour if she spends the night with him.",
    "The guard wants a girl of 15 to spend the night with him for flour; she refused yesterday.",
    "A girl of 15 says the guard gave her flour after she spent the night with him two weeks ago.",
]


@pytest.mark.parametrize("narrative", NIGHT_AS_A_HABIT_CONTROLS)
def test_the_terms_or_an_old_night_are_not_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons


# --- (8) Urgent: acts with a child that have gone on 'for a month now', the last time not told (B67-13, a girl born
# in 2006 who 'wis ping pirang-pirang turu bareng' a trauma-healing companion, 'Wis sewulan iki dheweke dipacari ...',
# 'aku ora ngerti kapan pungkasane': read as a month ago, not urgent). 'Already' and a length of time with 'this' or
# 'now' after it ('sudah sebulan ini', 'udh 2 minggu ini', 'tos sabulan ieu', 'wis sewulan iki', 'sampun sewulan
# menika', 'for a month now') is how long it has gone on up to now, not when the last act was: no time of the act,
# which the labelling rules count as possibly within 72 h.
# Controls: 'a month ago' ('sebulan yang lalu', 'sewulan kepungkur'); 'it has been two weeks since' without 'now'.
# First run on 7ea318b: 2 of 6 (the SMS and the English), controls 3 of 3; two probes' acts were read by no cue and
# were reworded after the first run ('dikeueum', a wrong word, and 'diturokke': now 'diajak sare bareng', 'dijak turu
# bareng', as the Javanese control); now 6 of 6, controls 3 of 3. ------------------------------------------------------

GONE_ON_UP_TO_NOW = [
    # Indonesian formal
    "Sudah sebulan ini adik saya yang berusia 14 tahun sering ditiduri seorang relawan di tenda posko.",
    # Indonesian SMS
    "udh 2 minggu ini ade sy yg kls 8 smp sering dibawa tidur bareng sm relawan di gudang",
    # Sundanese
    "Tos sabulan ieu adi abdi nu yuswana 15 taun sering diajak saré bareng ku relawan di tenda posko.",
    # Javanese ngoko
    "Wis rong minggu iki adhiku sing kelas 8 kerep dijak turu bareng relawan neng tenda posko.",
    # Javanese krama
    "Sampun sewulan menika adhik kula ingkang yuswa 14 taun asring dipun tiduri relawan wonten tendha posko.",
    # English
    "For a month now my sister, who is 14, has been sleeping with a volunteer in his tent.",
]


@pytest.mark.parametrize("narrative", GONE_ON_UP_TO_NOW)
def test_acts_with_a_child_gone_on_up_to_now_are_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is True, result.reasons


GONE_ON_UP_TO_NOW_CONTROLS = [
    "Sebulan yang lalu adik saya yang berusia 14 tahun ditiduri seorang relawan di tenda posko.",
    "Sewulan kepungkur adhiku sing kelas 8 dijak turu bareng relawan neng tenda posko.",
    "A month ago my sister, who is 14, slept with a volunteer in his tent.",
]


@pytest.mark.parametrize("narrative", GONE_ON_UP_TO_NOW_CONTROLS)
def test_a_month_ago_is_not_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons


# --- (9) Child over-call: children who only saw an act done to a grown woman, said unharmed in the words 'none of
# them' ('tidak ada yang diapa-apakan', 'teu aya nu dinanaon', 'ora ana sing diapa-apakke', krama 'boten wonten
# ingkang dipun apa-apakaken', 'none of them was touched') (B67-03, a teacher reporting that pupils of grade 4 saw a
# warehouse officer peep at an old woman bathing, 'Lare-lare namung ningali, boten wonten ingkang dipun
# apa-apakaken': child, critical, for medium). Round 17's unharmed child read the negator right before the verb; 'there
# is no one who' between, and the krama passive written apart ('dipun apa-apakaken'), are the same.
# Controls: the children touched, a grown woman said unharmed; a pupil peeped at; a girl touched, the women unharmed.
# First run on 65b4699: 0 of 6, controls 3 of 3; now 6 of 6, controls 3 of 3. -----------------------------------------

NONE_OF_THEM_HARMED = [
    # Indonesian formal
    "Anak-anak kelas 5 melihat seorang relawan mengintip ibu-ibu mandi; anak-anak hanya melihat, tidak ada yang "
    "diapa-apakan.",
    # Indonesian SMS
    "ank2 sd liat satpam ngintip ibu2 mandi di mck, ank2 cm liat aja gk ada yg diapa2in",
    # Sundanese
    "Barudak kelas 4 ningali petugas ngintip ibu-ibu mandi di MCK; barudak ngan ningali, teu aya nu dinanaon.",
    # Javanese ngoko
    "Bocah-bocah kelas 5 weruh relawan ngintip ibu-ibu adus neng MCK; bocah-bocah mung weruh, ora ana sing "
    "diapa-apakke.",
    # Javanese krama
    "Lare-lare kelas 3 mirsani petugas ngintip ibu-ibu siram wonten MCK; lare-lare namung mirsani, mboten wonten "
    "ingkang dipun apa-apakaken.",
    # English
    "Children in grade 4 saw a guard peeping at women bathing at the latrines; the children only watched, none of "
    "them was touched.",
]


@pytest.mark.parametrize("narrative", NONE_OF_THEM_HARMED)
def test_children_who_only_saw_none_of_them_harmed_are_no_child_survivor(narrative):
    result = run(narrative)
    assert result.child_involved is False, result.reasons


NONE_OF_THEM_HARMED_CONTROLS = [
    "Lare-lare kelas 3 dipun grayangi petugas wonten MCK; ibu-ibu mboten wonten ingkang dipun apa-apakaken.",
    "Anak saya kelas 4 diintip relawan saat mandi di MCK.",
    "A guard touched a girl in grade 4 at the latrines; none of the women was harmed.",
]


@pytest.mark.parametrize("narrative", NONE_OF_THEM_HARMED_CONTROLS)
def test_a_child_touched_or_peeped_at_is_still_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons


# Left by round 47 (not run): a sentence of each class not fixed, for a later round.
KNOWN_GAPS = [
    # B67-04's child over-call, dropped in its time box: the reporter's children counted with the Sundanese
    # collective 'tiluan' after a refused demand stay an unsure child, but probes in other words (opatan, bertiga,
    # telu-telune) already pass, so the class was not isolated
    "Kuring embung, jadi can dibere terpal. Budak kuring tiluan sare dina kardus, tiris.",
]

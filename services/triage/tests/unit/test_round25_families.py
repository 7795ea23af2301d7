"""Round 25 of issue 12: precision of child and urgent, then categories, by class, on the tuning batches 29-46.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 25 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Child precision: a grown reporter, a widow, a mother or a wife, who says what was asked of or done to her,
# and names her children only apart from it (B40-03: 'sy janda, tinggal sm 2 anak kecil'; B42-01: 'sy janda anak 2
# ... anak sulung sy yg SMP'; B45-26: 'aku rondho ... karo anak wedokku sing isih cilik'; B46-08: 'sy ibu 2 anak ...
# krn anak2 haus'; B41-39: 'pas bojoku jaga ronda ... karo aku lan anak-anak': each read as a child, critical for
# high, or critical only through the danger). child_involved is about the survivor (PRODUCT.md): when the reporter
# names herself as a grown woman ('sy janda', 'aku rondho', 'abdi randa', 'saya seorang ibu', 'I am a widow'; KBBI
# janda, ibu; Baoesastra randha, rondho; Danadibrata randa) or names her husband ('bojoku', 'suami saya', 'salaki
# abdi', 'my husband'; Baoesastra bojo; Danadibrata salaki), every sexual act or term is told of her (a first-person
# word beside it) and no child word or young age stands in the sentence of any act, her children named elsewhere are
# her family, not the survivor. Controls: her daughter of 14 touched in a sentence of its own; a widow who gives her
# own age of 17; the daughter taken along in the act's sentence. First run on cab39cf: 1 of 6 (the housewife, through
# round 7's soft words), controls 3 of 3. (The Javanese one first said 'Aku turu karo anak-anak': 'turu karo' was read
# as sleeping together, a sexual act beside the children, a gap of its own, see KNOWN_GAPS; rewritten to keep to this
# class.) Now 6 of 6, controls 3 of 3. ---------------------------------------------------------------------------

GROWN_REPORTER_HER_CHILDREN_APART = [
    # Indonesian SMS, a widow with three children
    "sy janda anak 3, tinggal di tenda blok B. petugas yg bagi sembako blg beras sy ditambah asal sy mau nemenin dia "
    "mlm2. anak bungsu sy msh SD, sy takut.",
    # Indonesian formal, a housewife
    "Saya seorang ibu rumah tangga. Relawan dapur umum bilang jatah beras kami ditambah kalau saya mau 'melayani' "
    "dia. Anak-anak saya masih kecil dan sering lapar.",
    # Javanese ngoko, a widow
    "Aku rondho, omahku ambruk. Mandor posko ngomong jenengku dilebokke daftar bantuan nek aku gelem turu bareng "
    "dheweke. Aku wedi, anakku sing mbarep lagi kelas 2 SD.",
    # Javanese ngoko, her husband away, her children asleep with her
    "Wingi bengi tanggane tenda mlebu pas bojoku lunga, aku wedi meteng saiki. Aku karo anak-anak cilik isih manggon "
    "neng tenda kuwi.",
    # Sundanese, a widow
    "Abdi randa. Petugas logistik nyarios beas bakal ditambihan upami abdi daek sare bareng anjeunna. Budak abdi nu "
    "cikal nembe kelas 4 SD.",
    # English, a widow
    "I am a widow. The camp coordinator said we would get a shelter unit if I slept with him. I live with my two "
    "small children, the youngest is in grade 2.",
]


@pytest.mark.parametrize("narrative", GROWN_REPORTER_HER_CHILDREN_APART)
def test_a_grown_reporters_children_named_apart_are_not_the_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    assert result.category is not Category.NOT_MISCONDUCT, result.reasons


GROWN_REPORTER_CONTROLS = [
    # her daughter of 14 touched, in a sentence of its own
    "Saya janda. Relawan itu bilang beras ditambah asal saya mau 'melayani' dia. Anak saya umur 14 juga dia "
    "raba-raba di dapur umum.",
    # a widow who gives her own age of 17
    "sy janda muda, umur sy baru 17 thn. petugas itu blg sy dpt beras asal sy mau nemenin dia mlm2.",
    # the daughter taken along in the act's sentence
    "Aku rondho. Petugas posko ngajak aku karo anak wedokku sing umur 13 turu bareng dheweke.",
]


@pytest.mark.parametrize("narrative", GROWN_REPORTER_CONTROLS)
def test_a_child_harmed_or_the_reporters_young_age_still_counts(narrative):
    assert run(narrative).child_involved


# --- (2) Safety, found by group 1's comparison (B42-01: a widow who refused a village secretary's terms, then 'dia
# sms trs tiap mlm ... dia bilang dia tau sy tidur di bilik yg mana': critical only through her son's grade, which
# group 1 sets aside). His saying that he knows where she sleeps ('bilang dia tau sy tidur di bilik yg mana', 'ngomong
# yen ngerti aku turu nang tenda endi', 'nyarios terang abdi sare di tenda mana', 'he said he knows where I sleep';
# KBBI tahu, tidur, mana; Baoesastra ngerti, turu, endi; Danadibrata terang, apal, saré, mana) is a threat of a night
# visit: ongoing danger, critical. Controls: a list officer who knows her tent because he lists it, with nothing said;
# her asking where to sleep. First run on cab39cf with group 1: 0 of 6, controls 2 of 2; now 6 of 6. --------------

KNOWS_WHERE_SHE_SLEEPS = [
    "pak kadus sms tiap mlm, trus dia bilang dia tau sy tidur di tenda yg mana.",
    "Setelah saya menolak, petugas itu mengancam, katanya dia tahu saya tidur di bilik mana.",
    "Mandor posko ngomong yen dheweke ngerti aku turu nang tenda endi.",
    "Saben bengi dheweke ngirim WA, jare ngerti aku turu neng bilik ngendi.",
    "Relawan eta nyarios yen anjeunna terang abdi sare di tenda mana.",
    "After I refused, the driver said he knows where I sleep.",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_SHE_SLEEPS)
def test_saying_he_knows_where_she_sleeps_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger, result.reasons


KNOWS_WHERE_SHE_SLEEPS_CONTROLS = [
    "Petugas pendataan tahu saya tidur di tenda nomor 5 karena dia yang membagi tenda.",
    "Saya bertanya ke posko di mana saya bisa tidur malam ini.",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_SHE_SLEEPS_CONTROLS)
def test_knowing_her_tent_for_the_list_is_no_danger(narrative):
    assert not run(narrative).ongoing_danger



# --- (3) Child precision: the baby she nurses, told with its age in months (B45-36: 'kalo aku lagi nyusoni anakku sing
# umur 8 bulan mesti ngintip lewat sela terpal ... motret', read as a child of 8 years, critical, for harassment, medium).
# Round 23 made the nursed child her baby ('nyusoni putranipun'); its age told right after it in months or weeks ('sing
# umur 8 bulan', 'yang berumur 5 bulan', 'nu yuswana 4 sasih', 'who is 6 months old'; KBBI bulan; Baoesastra sasi,
# wulan; Danadibrata bulan, sasih) is that baby's, as round 10's carried baby ('nggendong anakku sing umure 8 sasi').
# Controls: a girl of 15 who nurses her baby (her own age, not the baby's); a man who touched a child of 8 years while
# the mother nursed. First run on c270a64: 1 of 6 (the English one, its age read with its own words), controls 2 of 2. ----------------------------------------------------------

NURSED_BABY_WITH_ITS_AGE = [
    "Pas aku nyusoni anakku sing umur 7 bulan, relawan kuwi ngintip lewat sela terpal karo motret.",
    "Ketika saya menyusui anak saya yang berumur 5 bulan, petugas itu mengintip dari celah terpal.",
    "Waktu sy nyusuin anak sy yg umur 9 bulan di tenda, laki2 itu ngintip dan foto2 pakai hp.",
    "Nalika abdi nyusuan orok abdi nu umurna 4 bulan, aya lalaki ngintip ti sela terpal.",
    "Nek aku nyusoni bayiku sing umure 6 sasi, wong lanang tenda sebelah mesti ndelok karo guyu-guyu.",
    "While I was breastfeeding my baby who is 6 months old, the camp guard kept peeping through the tarp.",
]


@pytest.mark.parametrize("narrative", NURSED_BABY_WITH_ITS_AGE)
def test_the_age_of_the_baby_she_nurses_is_the_babys(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


NURSED_BABY_CONTROLS = [
    # a girl of 15 who nurses her baby: her own age
    "Aku umur 15 taun, pas nyusoni anakku relawan kuwi ngintip lan nggrayangi dhadhaku.",
    # a child of 8 years touched while the mother nursed
    "Waktu saya menyusui bayi saya, relawan itu meraba anak saya yang umur 8 tahun.",
]


@pytest.mark.parametrize("narrative", NURSED_BABY_CONTROLS)
def test_a_young_mother_or_an_older_child_touched_still_counts(narrative):
    assert run(narrative).child_involved


# --- (4) Urgent precision: a weekday of last week, 'last week' said after the day (B40-12: 'pada hari Selasa minggu
# lalu ... meraba pantat dan dada', read as this week's Tuesday, 58-82 h, urgent, critical, for high). Round 9 read
# 'minggu kamari, dinten Rebo' (last week before the day); the same words right after it ('hari Selasa minggu lalu',
# 'dina Rebo minggu kepungkur', 'dinten Salasa minggu kamari', 'on Tuesday last week'; KBBI minggu lalu; Baoesastra
# minggu kepungkur; Danadibrata minggu kamari, kapengker) date the day of last week: more than 72 hours before a
# Friday report. Controls: 'hari Rabu malam' (two days before), 'Selasa kemarin' (this week's, possibly within 72 h).
# First run on 884f24c: 0 of 6, controls 2 of 2; now 6 of 6. ---------------------------------------------------

WEEKDAY_OF_LAST_WEEK = [
    "Pada hari Selasa minggu lalu saya diperkosa oleh relawan di gudang logistik.",
    "sy diperkosa sm sopir truk bantuan hari rabu minggu kemarin di belakang posko.",
    "Dina Selasa minggu kepungkur aku diperkosa mandor posko nang gudang.",
    "Dinten Salasa minggu kamari abdi diperkosa ku petugas logistik di gudang.",
    "I was raped by a volunteer on Tuesday last week behind the warehouse.",
    "On Wednesday last week the guard raped her in the storage tent.",
]


@pytest.mark.parametrize("narrative", WEEKDAY_OF_LAST_WEEK)
def test_a_weekday_of_last_week_is_more_than_72_hours_ago(narrative):
    result = run(narrative)
    assert not result.urgent_medical, result.reasons


WEEKDAY_OF_LAST_WEEK_CONTROLS = [
    "Hari Rabu malam saya diperkosa oleh relawan di gudang logistik.",
    "Selasa kemarin aku diperkosa mandor posko nang gudang.",
]


@pytest.mark.parametrize("narrative", WEEKDAY_OF_LAST_WEEK_CONTROLS)
def test_a_weekday_of_this_week_stays_urgent(narrative):
    assert run(narrative).urgent_medical


# --- (5) Urgent precision: the last time told, more than 72 hours before (B46-11: 'Kemarin keponakan sy akhirnya ngaku
# udah tidur sm dia bbrp kali, terakhir 2 minggu lalu', dated by 'Kemarin', the day she told; B30-01: 'kejadian
# terakhir kira-kira sepekan lalu', 'sepekan' not read: urgent, for not urgent). A time right after the words for the
# last time ('terakhir', 'yang terakhir', 'sing pungkasan', 'panungtungan', 'the last time'; KBBI terakhir; Baoesastra
# pungkasan; Danadibrata panungtung) dates the last act of its sentence before any other time there; 'sepekan lalu'
# (KBBI sepekan, a week) is a week ago as 'seminggu lalu'. Controls: the last time two days ago; a rape last night
# told yesterday. First run on d600770: 0 of 6, controls 2 of 2; now 6 of 6. --------------------------------------

THE_LAST_TIME_LONG_AGO = [
    "Kemarin adik saya akhirnya cerita sudah beberapa kali diperkosa relawan itu, terakhir 12 hari lalu.",
    "td pagi ponakan sy ngaku udh diperkosa sm sopir itu bbrp kali, terakhir 2 minggu lalu.",
    "Wingi anakku crita yen wis kaping telu diperkosa mandor kuwi, sing pungkasan 2 minggu kepungkur.",
    "Kamari budak abdi nyarios tos sababaraha kali diperkosa ku supir eta, panungtungan 2 minggu ka tukang.",
    "Yesterday my niece told me the volunteer had raped her several times, the last time 2 weeks ago.",
    "Menurut anak itu, tetangga sering memegang kemaluannya. Kejadian terakhir kira-kira sepekan lalu.",
]


@pytest.mark.parametrize("narrative", THE_LAST_TIME_LONG_AGO)
def test_the_last_time_more_than_72_hours_ago_is_not_urgent(narrative):
    result = run(narrative)
    assert not result.urgent_medical, result.reasons


THE_LAST_TIME_CONTROLS = [
    "Sudah tiga kali saya diperkosa relawan itu, terakhir 2 hari lalu.",
    "Kemarin adik saya cerita dia diperkosa relawan itu tadi malam.",
]


@pytest.mark.parametrize("narrative", THE_LAST_TIME_CONTROLS)
def test_the_last_time_within_72_hours_stays_urgent(narrative):
    assert run(narrative).urgent_medical


# --- (6) Category: peeping when she bathes read as exploitation (B40-14: 'kapergok keur ngintip mun kuring mandi ...
# bolong terpalna'; B45-36: 'kalo aku lagi nyusoni ... mesti ngintip lewat sela terpal': 'exploitation: "ngintip"
# linked to "terpal" by "mun"/"kalo"', high, for harassment, medium). A bare 'when' (kalau, kalo, mun, nek; KBBI
# kalau; Danadibrata mun; Baoesastra nek) links only a demand to a benefit (round 7, for remarks): his peeping, told
# in the active voice with no demand before it, is something he does when she bathes, never a price asked of her;
# the tarpaulin he peeps through is her shelter. Controls: being peeped at named as the terms of the tarpaulin
# ('terpal baru dikasih kalau saya mau diintip', 'harus mau diintip'): still exploitation. First run on 2a52941:
# 1 of 6 (the English one, 'if' not read as terms there), controls 2 of 2; now 6 of 6. ---------------------------

PEEPING_WHEN_SHE_BATHES = [
    "Aya lalaki ti tenda sabeulah sok ngintip mun abdi mandi di kamar mandi nu ditutupan terpal.",
    "Wong lanang tenda jejer mesti ngintip lewat bolongan terpal nek aku adus.",
    "ada bapak2 pengungsi yg suka ngintip dr celah terpal kalo sy lg mandi.",
    "Seorang pria dari tenda sebelah sering mengintip lewat celah terpal kalau saya sedang mandi.",
    "A man from the next tent always peeps through the hole in the tarp if I bathe in the evening.",
    "Tanggane tenda kalo aku lagi nyusoni mesti ngintip lewat sela terpal.",
]


@pytest.mark.parametrize("narrative", PEEPING_WHEN_SHE_BATHES)
def test_peeping_when_she_bathes_is_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons


PEEPING_AS_TERMS_CONTROLS = [
    "Relawan bilang terpal baru dikasih kalau saya mau diintip waktu mandi.",
    "Petugas logistik bilang kalau mau dapat terpal harus mau diintip pas mandi.",
]


@pytest.mark.parametrize("narrative", PEEPING_AS_TERMS_CONTROLS)
def test_being_peeped_at_as_the_terms_is_exploitation(narrative):
    assert run(narrative).category is Category.SEXUAL_EXPLOITATION


# --- (7) Child precision: 'your child' in his remark to grown women (B45-23: 'Saben antri, ibu-ibu digodani, "susumu
# gedhe, mesti anakmu lemu"', read as an unsure child, and the photographs of women breastfeeding then as abuse of a
# child, critical, for harassment, medium). A child word with the second-person possessive ('anakmu', 'bayimu',
# 'your baby', 'your kids'; KBBI -mu; Baoesastra -mu; English your) in a sentence that names the grown women he says it
# to is their child, as round 12's 'her baby' after a grown woman: the acts told of the women decide. Controls: the
# child touched, with her age; his words to a mother about her daughter of 13. First run on 2d97b02: 0 of 6, controls
# 2 of 2 (three of them, 'susumu gedhe', 'your breasts are big', 'your big breasts', were not read as remarks at all:
# Javanese 'gedhe' (Baoesastra) and the English forms added to the remarks about her body); now 6 of 6. --------------

YOUR_CHILD_IN_A_REMARK_TO_WOMEN = [
    "Saben antri, ibu-ibu digodani mandor posko, \"dhadhamu gedhe, anakmu mesti seneng\".",
    "Waktu antre sembako, ibu-ibu digoda petugas itu: \"susumu besar, anakmu pasti gemuk\".",
    "tiap antri ibu2 digodain sm relawan itu, \"anakmu pasti kenyang ya bu, susumu gede\".",
    "Ibu-ibu sing ngantri diomongi tentara kuwi, \"bayimu lemu merga susumu gedhe\".",
    "At the queue the soldier tells the mothers \"your breasts are big, your baby must be fat\".",
    "He said to the women in the line, \"your kids must love your big breasts\".",
]


@pytest.mark.parametrize("narrative", YOUR_CHILD_IN_A_REMARK_TO_WOMEN)
def test_your_child_in_a_remark_to_women_is_not_the_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


YOUR_CHILD_CONTROLS = [
    "Relawan itu meraba dada anakmu yang umur 13, kata ibu-ibu di antrean.",
    "Dheweke ngomong marang ibu-ibu, \"anakmu sing umur 13 kuwi wis gedhe, gelem tak jak turu bareng?\"",
]


@pytest.mark.parametrize("narrative", YOUR_CHILD_CONTROLS)
def test_your_child_touched_or_asked_for_with_her_age_still_counts(narrative):
    assert run(narrative).child_involved


# --- (8) Child precision: group 1's grown reporter, the acts told as a list, only the first beside her own word
# (B33-28: 'Kula ibu kaliyan anak setunggal umur gangsal taun ... ngrembag badan kula kanthi tembung saru, suit-suit,
# lan nate ngintip': her child of five read as the survivor, critical, for harassment, medium). An act told in the
# same sentence as one told of her (a list of what he does to her) is hers too. Controls: her child touched in the
# list; the child peeped at with her age in the list. First run on 04a868b: 0 of 6, controls 2 of 2; now 6 of 6 (her
# own body named beside the act, 'ngrasani awakku', 'comments about my body', counts as told of her; an age right after
# her children counted, 'ibu dengan anak satu umur 4 tahun', is theirs). ---------------------------------------------

GROWN_REPORTER_ACTS_LISTED = [
    "Kula randha kaliyan anak setunggal umur tiga taun. Mandor posko saben dinten ngrembag badan kula kanthi tembung "
    "saru, suit-suit, lan ngintip.",
    "Saya ibu dengan anak satu umur 4 tahun. Petugas itu sering mengomentari badan saya dengan kata-kata jorok, "
    "bersiul-siul, dan mengintip.",
    "sy janda anak 1 umur 3 thn. relawan itu tiap hari ngomongin badan sy pake kata2 jorok, suit2, trs ngintip.",
    "Abdi randa, gaduh budak hiji umur opat taun. Petugas eta unggal poe ngomongkeun awak abdi ku kecap jorang, "
    "suit-suitan, jeung ngintip.",
    "I am a widow with one child aged 4. The guard makes dirty comments about my body every day, whistles, and "
    "peeps.",
    "Aku rondho, anakku siji umur 5 taun. Wong lanang kuwi saben dina ngrasani awakku nganggo tembung saru, suit-suit, "
    "karo ngintip.",
]


@pytest.mark.parametrize("narrative", GROWN_REPORTER_ACTS_LISTED)
def test_a_list_of_acts_told_of_a_grown_reporter_is_hers(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


GROWN_REPORTER_ACTS_LISTED_CONTROLS = [
    "Saya ibu dengan anak umur 4 tahun. Petugas itu menggoda saya, bersiul-siul, dan meraba anak saya.",
    "Aku rondho. Wong lanang kuwi ngrasani awakku, suit-suit, lan ngintip anakku sing umur 12 pas adus.",
]


@pytest.mark.parametrize("narrative", GROWN_REPORTER_ACTS_LISTED_CONTROLS)
def test_her_child_in_the_list_still_counts(narrative):
    assert run(narrative).child_involved


# --- (9) Child precision: the reporter's cousin's own age read as the perpetrator's (B37-34: 'My cousin (20 years old)
# ... Two weeks ago the uncle's son raped her': the age set aside as said of a role word, 'cousin' (a family member),
# and 'son' then an unsure child, critical through it as well as the danger). An age right after a kin word the
# reporter names as hers ('my cousin', 'sepupu saya', 'dulur misan abdi'; KBBI sepupu; Danadibrata dulur misan;
# Baoesastra sedulur) is that relative's, as round 11's 'adik saya (cowok, 12 tahun)'. Controls: the same cousin of
# 15 and of 14 (a child, now read by her age). First run on 5bde5a5: 2 of 6 (the Sundanese and Javanese ones),
# controls 2 of 2; now 6 of 6 (the child word owned by someone right after a passive act, 'diperkosa anak tetangga',
# or after 'by' right after the act, "raped by the neighbour's son", names who did it: KBBI di-, oleh). ------------

MY_COUSINS_OWN_AGE = [
    "My cousin (20 years old) was raped by the neighbour's son two weeks ago.",
    "Sepupu saya (21 tahun) diperkosa anak tetangga dua minggu lalu.",
    "sepupu sy (20 thn) diperkosa anak pakdenya 2 minggu lalu.",
    "Dulur misan abdi (22 taun) diperkosa ku budak tatangga dua minggu ka tukang.",
    "Sedulurku (23 taun) diperkosa anake tanggane rong minggu kepungkur.",
    "My cousin, 24 years old, was raped by her uncle's son last month.",
]


@pytest.mark.parametrize("narrative", MY_COUSINS_OWN_AGE)
def test_my_cousins_grown_age_is_hers(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


MY_COUSINS_OWN_AGE_CONTROLS = [
    "My cousin (15 years old) was raped by the neighbour's son two weeks ago.",
    "Sepupu saya (14 tahun) diperkosa anak tetangga dua minggu lalu.",
]


@pytest.mark.parametrize("narrative", MY_COUSINS_OWN_AGE_CONTROLS)
def test_my_cousin_of_fifteen_is_a_child(narrative):
    assert run(narrative).child_involved


# --- (10) Perpetrator type: a village official named in one sentence, the aid he lists in the next, where he is 'he'
# (B35-03: 'Saya mau lapor soal Pak Sekdes di desa kami di Mamuju. Waktu pendataan penerima dana stimulan rumah rusak
# berat, beliau bilang nama saya bisa masuk daftar asal ...': 'village official, no aid context', community member,
# for an aid worker). PRODUCT.md: officials or village heads handing out aid are aid workers. A sentence that names him
# by a third-person word ('beliau', 'dia', 'dheweke', 'anjeunna', 'piyambakipun', 'he'; KBBI beliau, dia; Baoesastra
# dheweke, piyambakipun; Danadibrata anjeunna) within its first words, after the aid work ('Waktu pendataan ...',
# 'Nalika ngadata bantuan', 'During the aid registration'), gives the official of the sentence before his aid context.
# Controls: an aid queue the next day with no word for him; another man named in the aid sentence. First run on
# e28bfef: 0 of 6 (the English and krama ones first said 'village secretary' and 'nyipeng', read as no role and no
# act, rewritten before the run), controls 2 of 2 (the second passed only once the word for him was required right
# after the aid work, no one else named between); now 6 of 6. ------------------------------------------------------

OFFICIAL_AND_THE_AID_NEXT = [
    "Saya mau lapor soal Pak Kades. Waktu pendataan bantuan, beliau bilang nama saya masuk asal saya mau menemani "
    "beliau semalam.",
    "sy mau lapor pak sekdes. wkt pendataan bansos dia blg nama sy bs masuk asal sy mau nemenin dia mlm2.",
    "Aku arep lapor Pak Carik. Pas pendataan bantuan, dheweke ngomong jenengku isa mlebu daftar nek aku gelem turu "
    "bareng.",
    "Abdi bade lapor perkawis Pak Kadus. Nalika ngadata bantuan, anjeunna nyarios nami abdi tiasa lebet daptar upami "
    "abdi daek sare bareng.",
    "I want to report the village head. During the aid registration he said my name could go on the list if I "
    "spent the night with him.",
    "Kula badhe matur bab Pak Lurah. Nalika pendataan bantuan, piyambakipun ngendika nami kula saged mlebet daftar "
    "menawi kula purun tilem sareng.",
]


@pytest.mark.parametrize("narrative", OFFICIAL_AND_THE_AID_NEXT)
def test_an_official_who_lists_the_aid_in_the_next_sentence_is_an_aid_worker(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


OFFICIAL_AND_THE_AID_NEXT_CONTROLS = [
    "Pak Kades tetangga saya memaksa saya masuk ke rumahnya. Besoknya saya antre bantuan di posko.",
    "Pak Kades memaksa saya masuk ke rumahnya. Waktu pembagian bantuan, ibu-ibu lain bilang dia memang begitu.",
]


@pytest.mark.parametrize("narrative", OFFICIAL_AND_THE_AID_NEXT_CONTROLS)
def test_an_official_with_no_aid_work_of_his_own_is_community(narrative):
    assert run(narrative).perpetrator_type is PerpetratorType.COMMUNITY_MEMBER

# Not fixed in this round (not run as tests; see the blind README's Round 25 section).
KNOWN_GAPS = [
    # 'turu karo' (sleeping together) read as a sexual act when what follows is her children: 'Aku turu karo
    # anak-anak neng tenda' (found while writing group 1)
    "Aku turu karo anak-anak neng tenda kuwi.",
    # (B36-20) she refused and went away at once, 'lunga' read as her going to him after his terms (round 15's
    # giving in, three words back): urgent within 72 h, for not urgent. A group was drafted and dropped: most of its
    # Indonesian and Sundanese sentences ('kalau saya mau menemani dia', with no night named) were not read as terms
    # at all, so they proved nothing
    "Wingi mandor ngomong nek aku gelem ngancani dheweke bengi-bengi, jatahku ditambahi. Aku ora gelem lan langsung "
    "lunga.",
    # (her keeping him company asked with no night named, and her giving in after it: fixed by round 25b's group 4,
    # test_round25b_families.py)
    # (B46-07) a child who tells what she saw men do to women in the bathroom ('cewek'), read as the survivor
    "Anak saya yang kelas 3 SD cerita dia lihat bapak-bapak ngintip kamar mandi cewek dari celah seng.",
    # (B44-17) her son at the children's activity, the messages sent to her ('teteh geulis') not told beside 'abdi'
    "Abdi ibu ti pangungsian. Budak abdi kelas 2 SD. Pendampingna unggal wengi ngirim pesen 'teteh geulis pisan'.",
]

"""Round 15 of issue 12 (safety first): the one critical report the held-out pair 33/34 under-triaged, scored first
with the classifier of dc85b73 (B33-29: an aid worker's terms, a night with him for a water tank, and then 'She go
with him yesterday night'). The class: the terms of an exchange told, then her going to him, staying the night or
keeping him company told as done, within 72 hours: sexual contact that needs post-exposure prophylaxis and emergency
contraception. Sentences written for this test (not the batch's own); the group was written and run before the fix
(on b0e07ee), its first-run count (rules alone) in its comment and in the blind README's Round 15 section. They run
with the learned model switched off: the rules are the floor for urgent recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) the terms told, then she went to him, stayed the night or kept him company, within 72 hours (B33-29).
# First run on b0e07ee: 0 of 8, controls 6 of 6 (a first draft passed 2 of 8 through 'takut hamil', 'wedi meteng',
# afraid of pregnancy; that sign was taken out so that the going itself is tested). -----------------------------

WENT_TO_HIM_AFTER_THE_TERMS = [
    # non-native English, the bare verb for the past ('She go to him')
    "I write for my cousin, she is 25. The man who gives the rice at the church post told her if she accompany him "
    "overnight at his room, he gives extra rice for her children. She go to him two days ago because the children are "
    "hungry. Now she is quiet and does not eat.",
    # Indonesian: 'Tadi malam kakak pergi ke sana'
    "Petugas gudang bantuan bilang kalau kakak saya mau menemani dia semalam di messnya, keluarga kami dapat terpal "
    "dan beras. Tadi malam kakak pergi ke sana karena anaknya sakit. Pagi ini dia pulang dan menangis terus.",
    # Indonesian SMS: 'aq udh nginep tadi mlm'
    "sopir truk air blg klo aq mau nginep di mobilnya semalem, tenda kami dapet air gratis seminggu. aq udh nginep "
    "tadi mlm krn ga ada uang bwt beli air. aq malu bgt.",
    # Javanese ngoko: 'Wingi bengi aku lunga mrana'
    "Sopir tangki banyu ngomong yen aku gelem ngancani dheweke sewengi ing mess, omahku oleh banyu saben dina. Wingi "
    "bengi aku lunga mrana amarga ibu lara. Saiki aku isin.",
    # Sundanese: 'Tadi peuting abdi angkat ka ditu'
    "Supir tangki cai nyarios upami abdi daek ngancanan anjeunna sapeuting di mess, kulawarga abdi kenging cai. Tadi "
    "peuting abdi angkat ka ditu margi indung abdi gering. Ayeuna abdi isin pisan.",
    # English: 'She stayed the night at his container yesterday'
    "The distribution officer told my friend she would get a tarp and a stove if she spent the night with him. She "
    "stayed at his container yesterday night and came back with the tarp this morning.",
    # Indonesian: 'Dua hari lalu dia akhirnya menemani bapak itu'
    "Koordinator logistik menjanjikan kakak saya pekerjaan di dapur umum kalau dia mau menemani bapak itu di kamarnya "
    "sampai pagi. Dua hari lalu dia akhirnya menemani bapak itu karena kami butuh uang.",
    # Javanese: 'Mau bengi aku nginep ning kamare'
    "Mandor proyek hunian ngomong aku oleh gawean lan bayaran yen gelem nginep ning kamare. Mau bengi aku nginep ning "
    "kamare amarga butuh dhuwit kanggo anakku.",
]


@pytest.mark.parametrize("narrative", WENT_TO_HIM_AFTER_THE_TERMS)
def test_going_to_him_after_the_terms_within_72_hours_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical and result.priority == Priority.CRITICAL, result.reasons


# Controls: refused, not yet, tomorrow, a week ago: no sexual contact within 72 hours is told.
@pytest.mark.parametrize("narrative", [
    # refused
    "The water truck driver told my sister if she accompany him overnight in his mess we get a water tank. She did "
    "not go, she refused, and now he does not bring water to our block.",
    # Indonesian: not yet, tomorrow
    "Petugas gudang bilang kalau kakak saya mau menemani dia semalam di messnya, keluarga kami dapat terpal. Kakak "
    "belum pergi, dia bingung dan takut.",
    # English: she will go tomorrow
    "The man from the water team said if she stays the night with him in his mess, our family gets a water tank. She "
    "will go tomorrow because our mother is sick.",
    # a week ago
    "Petugas gudang bilang kalau kakak saya mau menemani dia semalam di messnya, keluarga kami dapat terpal. Seminggu "
    "yang lalu kakak pergi ke sana karena anaknya sakit.",
    # Javanese refusal
    "Sopir tangki banyu ngomong yen aku gelem ngancani dheweke sewengi ing mess, omahku oleh banyu. Aku ora gelem "
    "lunga, aku wedi.",
    # Sundanese: not yet ('can angkat')
    "Supir tangki cai nyarios upami abdi daek ngancanan anjeunna sapeuting di mess, kulawarga abdi kenging cai. Abdi "
    "teu acan angkat, abdi sieun.",
])
def test_terms_refused_pending_or_long_ago_are_not_urgent(narrative):
    assert not run(narrative).urgent_medical


# --- (2) the night itself told as done in the sentence of the aid, with no separate verb of going (found while
# writing group 1). First run on 875efaa, before its fix: 1 of 5, the Indonesian one only through 'diam saja' (a sign
# of distress, since replaced by 'pulang' so that the night itself is tested); controls 4 of 4. ----------------------

THE_NIGHT_TOLD_AS_DONE_FOR_AID = [
    "Tadi malam kakak saya menginap di mess sopir tangki air supaya keluarga kami dapat air bersih. Pagi ini dia "
    "pulang.",
    "kakak aq nemenin sopir truk air semalem di messnya biar tenda kami dpt air. skrg dia diem aja.",
    "Wingi bengi mbakyuku nginep ning kamare mandor supaya oleh beras lan terpal. Saiki dheweke meneng wae.",
    "Tadi peuting teteh abdi mondok di kamar supir tangki supados kulawarga kenging cai. Ayeuna anjeunna ngan cicing.",
    "My sister stayed the night in his mess yesterday night in exchange for a water tank for our block. She does not "
    "talk now.",
]


@pytest.mark.parametrize("narrative", THE_NIGHT_TOLD_AS_DONE_FOR_AID)
def test_a_night_with_him_for_aid_told_as_done_within_72_hours_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical and result.priority == Priority.CRITICAL, result.reasons


# Controls: the night still wanted of her or asked of her, or a week ago.
@pytest.mark.parametrize("narrative", [
    "Kakak saya mau menginap di mess sopir tangki itu besok malam supaya keluarga kami dapat air bersih.",
    "Seminggu yang lalu kakak saya menginap di mess sopir tangki air supaya keluarga kami dapat air bersih.",
    "Sopir tangki minta kakak saya menemani dia semalam di messnya supaya dapat air. Kakak tidak mau.",
    "Kakak saya diminta menemani sopir tangki semalam di messnya supaya keluarga dapat air. Kakak bingung.",
    # what the money is offered for (the class of B4-17, which the first version of the fix made urgent)
    "ada petugas posko yg nawarin duit sejuta ke janda2 pengungsi buat nemenin dia semalam di mess. tmn sy jg "
    "ditawarin kmrn",
])
def test_a_night_wanted_asked_or_long_ago_is_not_urgent(narrative):
    assert not run(narrative).urgent_medical


# --- (3) child precision: the reporter's household, her children counted after a comma and the aid promised for
# them (B33-01, B34-25). Not a child survivor. First run on 1d714c8, before the fix: 0 of 5, controls 2 of 2. --------

THE_REPORTERS_HOUSEHOLD = [
    # Indonesian SMS: aid 'buat anak2'
    "sy janda tinggal di tenda pengungsian. relawan dapur bilang kalo sy mau nemenin dia malem2 di gudang nanti sy "
    "dikasih beras sm mie lebih buat anak2. sy gk mau, skrg jatah sy dikurangin.",
    # Javanese krama: 'kula randha, anak kalih'
    "Nuwun sewu, kula randha, anak kalih. Petugas pendataan ngendika kula kedah purun nemeni piyambakipun nginep "
    "wonten penginapan supados nami kula mlebet daftar bantuan. Wulan kepengker kula nuruti sepisan.",
    # Sundanese: 'abdi randa, budak tilu' and 'beas kanggo barudak'
    "Abdi randa, budak tilu, cicing di tenda pangungsian. Supir bantuan nyarios upami abdi daek ngancanan anjeunna "
    "sapeuting, abdi dipasihan beas langkung kanggo barudak. Abdi embung.",
    # Javanese ngoko: 'beras karo mi luwih nggo bocah-bocah'
    "Aku rondo manggon ning tenda pengungsian. Relawan gudang ngomong yen aku gelem ngancani dheweke bengi-bengi, aku "
    "entuk beras karo mi luwih nggo bocah-bocah. Aku ora gelem.",
    # English: 'I am a widow, three kids' and 'extra rice and noodles for the kids'
    "I am a widow, three kids, living in the camp. The cook at the kitchen said if I keep him company at night he "
    "gives extra rice and noodles for the kids. I said no and now he gives me less.",
]


@pytest.mark.parametrize("narrative", THE_REPORTERS_HOUSEHOLD)
def test_the_reporters_household_is_no_child_survivor(narrative):
    assert not run(narrative).child_involved, run(narrative).reasons


# Controls: the child is the one the terms or the act concern.
@pytest.mark.parametrize("narrative", [
    "Petugas bilang kalau anak saya (14 tahun) mau menemani dia semalam di gudang, kami dapat beras lebih.",
    "relawan itu ngasih beras buat anak2 di tenda sebelah terus dia meraba anak perempuan tetangga yg umur 10 thn.",
])
def test_a_child_the_terms_or_act_concern_still_counts(narrative):
    assert run(narrative).child_involved


# --- (4) safety with the rules alone: forced intercourse in Javanese, 'dipunpeksa sesambungan', and the fear of
# pregnancy in krama, 'ajrih menawi ngandheg' (B34-22: a girl of 15, urgent and a child only through the model; with
# the rules alone read as no misconduct and under-triaged). First run on 6d52eaf, before the fix: 0 of 4. ----------

FORCED_INTERCOURSE_IN_JAVANESE = [
    # krama: 'dipunpeksa sesambungan'
    "Kula nyuwun pitulungan. Garwa kula kala wingi dipunpeksa sesambungan kaliyan satpam posko wonten ing gudang.",
    # ngoko: 'dipeksa sesambungan'
    "Mbakyuku wingi bengi dipeksa sesambungan karo sopir truk bantuan ning mburi posko.",
    # krama: only the fear of pregnancy after the act told by a euphemism
    "Adhik kula kala wingi dipuntimbali mandor proyek ing bedhengipun, sakmenika piyambakipun ajrih menawi ngandheg.",
    # ngoko: 'wedi ngandhut'
    "Aku wingi dijak relawan mlebu gudang, aku saiki wedi ngandhut.",
]


@pytest.mark.parametrize("narrative", FORCED_INTERCOURSE_IN_JAVANESE)
def test_forced_intercourse_or_fear_of_pregnancy_in_javanese_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical and result.priority == Priority.CRITICAL, result.reasons


# --- (5) child precision: supplies for babies named as what the aid is ('paket bayi', 'perlengkapan bayi', 'baby
# kits'), no child survivor (B34-09). First run on 57154bf, before the fix: 0 of 4, control 1 of 1. -----------------

AID_FOR_BABIES = [
    "Kemarin seorang relawan dari lembaga yang membagikan paket bayi masuk ke tenda saya tanpa permisi dan memotret "
    "dada saya.",
    "Petugas sing mbagekake perlengkapan bayi ning posko kerep ngomong saru lan ngelus bokongku pas antri.",
    "The volunteer who hands out baby kits at the health post keeps touching my waist and asking about my sex life.",
    "Relawan nu ngabagikeun paket bayi di posko sok nyolek bujur abdi upami ngantri.",
]


@pytest.mark.parametrize("narrative", AID_FOR_BABIES)
def test_supplies_for_babies_name_no_child_survivor(narrative):
    assert not run(narrative).child_involved, run(narrative).reasons


def test_a_baby_harmed_beside_the_supplies_still_counts():
    assert run("Relawan yang membagikan paket bayi memegang kemaluan bayi tetangga saya kemarin.").child_involved


# --- (6) child precision: a child word whose own age, told right after it, is grown ('Budakna umurna kira dua puluh
# taunan', 'Anak itu umurnya 20 tahun'; B33-18). First run on ea3b2c6, before the fix: 1 of 4 (the English one, a
# soft word), controls 2 of 2. -------------------------------------------------------------------------------------

A_CHILD_WORD_WITH_A_GROWN_AGE = [
    "Kamari aya pulisi nu ngabagikeun bantuan nyabok budak ngora nu ngantri. Budakna umurna kira dua puluh taunan.",
    "Petugas posko memukul anak itu di antrean beras. Anak itu umurnya 20 tahun, baru lulus kuliah.",
    "Relawan dapur nendhang bocah sing antri sembako. Bocahe umure kira-kira 22 taun.",
    "The soldier handing out rice slapped a boy in the queue. The boy, aged about 19, fell into the mud.",
]


@pytest.mark.parametrize("narrative", A_CHILD_WORD_WITH_A_GROWN_AGE)
def test_a_child_word_with_its_own_grown_age_is_no_child(narrative):
    assert not run(narrative).child_involved, run(narrative).reasons


# Controls: the grown age is someone else's, or the child's own age is a child's.
@pytest.mark.parametrize("narrative", [
    "Petugas posko memukul anak itu di antrean beras. Anak itu umurnya 12 tahun.",
    "Relawan umur 25 tahun meraba anak saya di gudang kemarin. Anak saya masih SD.",
])
def test_a_child_word_without_its_own_grown_age_still_counts(narrative):
    assert run(narrative).child_involved

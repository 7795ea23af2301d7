"""Round 40 of issue 12: what round 39 left on the tuning batches 59 and 60. Sentences written for this test (not
the batches' own); each group was written and run before its fix (on the commit named in its comment), its first-run
count (rules alone) in the comment and in the blind README's Round 40 section. They run with the learned model
switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Below its label: her identity papers issued as the price (B60-21 'Cenah KTP abdi bakal réngsé dinten éta
# kénéh upami abdi daék diajak ka hotél di kota': harassment, medium, for exploitation, high). A civil document made
# or issued for her (an identity card, a family card, a birth certificate, a letter of the village: 'KTP', 'KK',
# 'kartu keluarga', 'akta', 'surat keterangan', 'ID card', 'family card'), in the sentence of a sexual demand and of
# a condition, is a favour traded for sex, the benefit of IASC principle 3 (PRODUCT.md: exchanging aid, money, work or
# favours for sex is exploitation); aid is often handed out only on showing it. Controls: the papers done on
# condition of another paper; a hotel trip asked with no papers named; the papers lost in one sentence and a trip
# asked in another, no condition. First run on afaf564: 0 of 6, controls 3 of 3. -------------------------------------

PAPERS_AS_THE_PRICE = [
    # Sundanese, as B60-21 but a family card
    "Petugas desa nyarios KK abdi bakal réngsé énjing upami abdi daék diajak ka hotél sareng anjeunna.",
    # Indonesian, formal
    "Petugas pencatatan sipil mengatakan KTP saya akan selesai hari ini juga jika saya mau diajak ke hotel.",
    # Indonesian SMS
    "ptgs dukcapil blg akta lahir sy bs jadi cpt asal sy mau diajak ke hotel sm dia",
    # Javanese ngoko
    "Petugas kelurahan ngomong KTP-ku iso dadi dina iki yen aku gelem dijak neng hotel karo dheweke.",
    # English
    "The officer making ID cards said my ID card would be ready the same day if I agreed to go with him to a hotel.",
    # English, a family card, a night asked
    "The man from the civil registry said he would issue our family card this week if I spent the night with him.",
]


@pytest.mark.parametrize("narrative", PAPERS_AS_THE_PRICE)
def test_papers_issued_on_condition_of_sex_are_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority in (Priority.HIGH, Priority.CRITICAL), result.reasons


PAPERS_CONTROLS = [
    # the papers done on condition of another paper
    "Petugas bilang KTP saya selesai hari ini jika saya membawa kartu keluarga.",
    # a hotel trip asked, no papers named: harassment as before
    "Petugas posko ngajak abdi ka hotél, abdi teu daék.",
    # the papers lost in one sentence, a trip asked in another, no condition
    "KTP abdi leungit kabawa banjir. Aya petugas nu ngajak abdi ka hotél, abdi teu daék.",
]


@pytest.mark.parametrize("narrative", PAPERS_CONTROLS)
def test_papers_without_a_sexual_price_are_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (2) Perpetrator: village officials keeping back aid, named as their own words name them (B59-34 'dana bantuan
# rumah rusak diperkosa abis2an sm oknum desa'; B59-04 'dirudapeksa tenan karo perangkat desa. Beras bantuan ...
# turahane didol neng toko duweke adhine pak kamituwa': community member for aid worker). PRODUCT.md: officials or
# village heads handing out aid are aid workers. 'Oknum desa', 'oknum aparat desa', the rogue of the village
# administration as the press and SMS name him (KBBI oknum: a person, of one who acts wrongly in an office), and the
# Javanese 'kamituwa' as Baoesastra spells it ('kamituwo' was read) are village officials, aid workers with aid in
# their sentence, and round 38's one administration makes the village officials of the report aid workers with
# them. Controls: a rogue of the village, a village head's brother, with no aid in the report. First run on 1179090:
# 2 of 6 (the formal 'oknum aparat desa', 'aparat desa' read; the English), controls 3 of 3. ---------------------------

OFFICIALS_KEEPING_AID = [
    # Indonesian SMS
    "bansos beras dipotong sm oknum desa, warga cm dpt 5 kilo dr 10 kilo",
    # Indonesian, formal
    "Dana bantuan rumah rusak dipotong oleh oknum aparat desa sehingga warga hanya menerima sebagian.",
    # Javanese ngoko
    "Bantuan beras dikorupsi karo pak kamituwa, warga mung oleh separo.",
    # Javanese, the one administration: the village apparatus named first, the kamituwa with the aid next
    "Perangkat desa neng kene ora adil tenan. Beras bantuan didol neng toko duweke pak kamituwa.",
    # Sundanese
    "Bantosan artos kanggo imah ruksak dipotong ku oknum desa, warga ngan nampi satengahna.",
    # English
    "A rogue village official cut our cash aid in half and kept the rest as an admin fee.",
]


@pytest.mark.parametrize("narrative", OFFICIALS_KEEPING_AID)
def test_village_officials_keeping_back_aid_are_aid_workers(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


OFFICIALS_CONTROLS = [
    # a rogue of the village, no aid in the report
    "Ada oknum desa yang sering mabuk dan mengganggu warga di pos ronda setiap malam.",
    # the kamituwa's brother, no aid
    "Adhine pak kamituwa sok nggodha aku neng kali saben sore.",
    # village funds for a road, not aid
    "Oknum desa korupsi dana desa untuk jalan kampung.",
]


@pytest.mark.parametrize("narrative", OFFICIALS_CONTROLS)
def test_village_officials_with_no_aid_are_no_aid_workers(narrative):
    result = run(narrative)
    assert result.perpetrator_type is not PerpetratorType.AID_WORKER, result.reasons


# --- (3) Below its label with the rules alone: obscene pictures sent to her phone (B60-31 'aya nu ngirim poto-poto
# jorang jeung pesen ... ka WA abdi': no misconduct, low, for harassment, medium; with the model unplaced, high).
# Pictures or videos said to be obscene are read already ('gambar jorang', 'foto saru', 'video porno'), but not as
# the colloquial 'poto', 'vidio' write them, nor 'bokep', a pornographic film (Salsabila et al. 2018): harassment
# without touch. Controls: pictures of papers, of a list, of the flood sent. First run on 21140d5: 2 of 6 (the
# Javanese 'ngirimi aku foto saru', the English 'obscene photos'), controls 3 of 3. ----------------------------------

OBSCENE_PICTURES_SENT = [
    # Sundanese
    "Aya nu ngirim poto jorang ka WA abdi unggal peuting, nomerna teu dikenal.",
    # Indonesian SMS
    "ada no gk dikenal ngirimin video bokep ke wa sy td mlm",
    # Indonesian, formal
    # (first written with 'setelah saya mendaftar bantuan di posko', read as exploitation by the bare 'after' before
    # the aid, round 16's link: a class of its own, KNOWN_GAPS)
    "Seseorang mengirimkan foto-foto porno ke nomor WhatsApp saya tadi malam.",
    # Javanese ngoko
    "Ana wong sing ngirimi aku foto saru lewat WA, nomere ora dikenal.",
    # Javanese, a volunteer
    "Relawan kuwi ngirim vidio porno neng HP-ku bengi-bengi.",
    # English
    "An unknown number sent me obscene photos on WhatsApp last night.",
]


@pytest.mark.parametrize("narrative", OBSCENE_PICTURES_SENT)
def test_obscene_pictures_sent_to_her_are_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority in (Priority.MEDIUM, Priority.HIGH, Priority.CRITICAL), result.reasons


PICTURES_SENT_CONTROLS = [
    "Saya mengirim foto KTP ke petugas lewat WA supaya didata.",
    "Petugas ngirim poto daptar bantuan ka grup WA RT.",
    "The volunteer sent photos of the flooded road to the group chat.",
]


@pytest.mark.parametrize("narrative", PICTURES_SENT_CONTROLS)
def test_pictures_of_papers_or_places_sent_are_no_harassment(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_HARASSMENT, result.reasons


# --- (4) Priority over-call: an aid budget 'abused', misused or diverted (B59-05 'The hygiene kit budget has been
# badly abused by our procurement officer: we have invoices for 2,000 kits, but only about 1,200 ever reached the
# camps': unplaced by the rules, high for an officer to place, for other misconduct, low). Money, funds or a budget
# of the aid as the subject of a verb of misuse or diversion ('abused', 'misused', 'diverted', 'disalahgunakan',
# 'diselewengkan', SMS 'diselewengin', Sundanese 'diselewengkeun', Javanese 'diselewengke') is aid misconduct, never
# abuse of a person. Controls: a person abused; a budget paid out; a budget used up. First run on 4288618: 1 of 6 (the
# first English), controls 3 of 3. -------------------------------------------------------------------------------------

AID_FUNDS_MISUSED = [
    # English, as B59-05 but shelter repairs
    "The shelter repair budget was badly abused by the site manager, half the timber never arrived.",
    # English, donations
    "Our donation funds were misused by the finance officer of the NGO.",
    # Indonesian, formal
    "Anggaran pengadaan hygiene kit disalahgunakan oleh petugas pengadaan lembaga.",
    # Indonesian SMS
    "dana bantuan huntara diselewengin sm bendahara posko",
    # Sundanese
    "Artos bantosan kanggo dapur umum diselewengkeun ku bendahara posko.",
    # Javanese ngoko
    "Dhuwit bantuan kanggo dapur umum diselewengke karo bendahara posko.",
]


@pytest.mark.parametrize("narrative", AID_FUNDS_MISUSED)
def test_aid_funds_misused_are_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


def test_a_person_abused_is_still_abuse():
    result = run("A volunteer at the shelter abused my neighbour's daughter in the latrine.")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


FUNDS_CONTROLS = [
    "Anggaran bantuan untuk dapur umum sudah cair minggu lalu, terima kasih.",
    "The hygiene kit budget was used up in the first week of the response.",
]


@pytest.mark.parametrize("narrative", FUNDS_CONTROLS)
def test_a_budget_paid_out_or_used_up_is_no_misuse(narrative):
    result = run(narrative)
    assert not any("aid funds misused" in r for r in result.reasons), result.reasons



# --- (5) Perpetrator: her late husband is not the one who did it (B59-07 'abdi téh randa, salaki tilar dunya waktos
# lini. Aya lalaki nu ngabagikeun terpal ...': community member by 'salaki', for aid worker, the man handing out the
# tarpaulins). A family word with a word of death in the three words after it ('tilar dunya', 'maot', 'meninggal',
# 'wafat', 'seda', 'mati', 'died', 'passed away') is someone she has lost, the setting of her story, not the one who
# did it, as round 38's husband away on watch. Controls: a relative who did it after another relative died. First run
# on 84864d1: 4 of 6 (the SMS and the English missed), controls 3 of 3. ------------------------------------------------

HER_LATE_HUSBAND = [
    # Sundanese, a man handing out rice
    "Abdi randa, salaki abdi tilar dunya waktos lini. Aya lalaki nu ngabagikeun beas, cenah mun abdi hoyong beas dua "
    "karung abdi kedah ngancanan anjeunna sapeuting.",
    # Indonesian, formal
    "Saya janda, suami saya meninggal saat gempa. Seorang laki-laki yang membagikan terpal bilang saya dapat dua "
    "terpal kalau mau menemani dia semalam.",
    # Indonesian SMS
    "sy janda, suami udh meninggal wkt banjir. ada bapak2 yg bagi2 sembako blg sy dpt jatah lebih asal mau nemenin dia "
    "malem2",
    # Javanese ngoko
    "Aku randha, bojoku wis mati pas banjir. Ana wong lanang sing mbagi beras ngomong aku oleh beras rong karung yen "
    "gelem ngancani dheweke sewengi.",
    # Javanese krama
    "Kula randha, garwa kula sampun seda. Wonten tiyang jaler ingkang mbagi bantuan ngendika kula angsal beras menawi "
    "purun ngancani piyambakipun sewengi.",
    # English
    "I am a widow; my husband died in the earthquake. A man handing out tarpaulins said I could have two if I spent "
    "the night with him.",
]


@pytest.mark.parametrize("narrative", HER_LATE_HUSBAND)
def test_her_late_husband_is_not_the_perpetrator(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


RELATIVE_AFTER_A_DEATH = [
    "Paman saya memperkosa saya setelah ayah saya meninggal.",
    "Salaki abdi sok neunggeul abdi saprak indung abdi tilar dunya.",
    "My stepfather touched me after my mother died.",
]


@pytest.mark.parametrize("narrative", RELATIVE_AFTER_A_DEATH)
def test_a_relative_who_did_it_after_a_death_stays_the_perpetrator(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER, result.reasons

# Left (time box), not run: the classes of 59 and 60 not reached, no probe group yet (see the README). Round 39's
# KNOWN_GAPS (B60-09, B60-27) stand.
KNOWN_GAPS = [
    # group 3's first formal probe: the bare 'after' before the aid she registered for, round 16's link, read as the
    # price: exploitation, high, for harassment, medium
    "Seseorang mengirimkan foto-foto porno ke nomor WhatsApp saya setelah saya mendaftar bantuan di posko.",
    # B59-24: 'dilayani', served at night, by the warehouse men, told as a rumour: unplaced, for exploitation by an
    # aid worker
    "katanya cewe2 di tenda sebelah bisa dpt terpal tambahan asal mau dilayani mlm2 sm org gudang",
    # B59-21: a question whether the channel takes harassment of volunteers: harassment, medium, for no misconduct
    "Apakah kanal ini bisa dipakai kalau yang mengalami pelecehan adalah staf kami sendiri, bukan warga?",
    # B60-30: a girl taken to his cab at night, paid in money and rice: abuse (a child), for exploitation; PRODUCT.md
    # names both (any sexual activity with a child is abuse; sex for aid or money is exploitation), round 35 kept
    # grooming with gifts as abuse (B45-20): no rule chosen yet
    "Bocah wadon tanggaku isih SMP, saben bengi dijak turu neng truk sopir bantuan, mulihe digawani duit karo beras.",
]

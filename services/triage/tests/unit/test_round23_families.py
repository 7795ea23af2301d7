"""Round 23 of issue 12: the tuning batches 43 and 44, safety first, then by class. Sentences written for this test
(not the batches' own); each group was written and run before its fix (on the commit named in its comment), its
first-run count (rules alone) in the comment and in the blind README's Round 23 section. They run with the learned
model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: a threat of death told as the act, or a night visit announced, the man still around (B43-26: the
# village head came to the reporter's tent at night with a machete, 'kalau kau lapor lagi, saya potong lehermu', and
# passes every night: other misconduct, LOW; B43-39: 'last night he stood outside her tent whispering that tonight he
# will come inside': harassment, medium; B44-34: 'he told her he would cut her throat if she spoke to the police',
# he waits outside her tent most nights: abuse, high; all labelled critical). The throat or neck cut in the first
# person or as what he would do ('saya potong lehermu', 'tak gorok gulumu', 'he would cut her throat'; KBBI potong,
# gorok, leher; Baoesastra gorok, gulu; Danadibrata peuncit, beuheung), the future passive of slaughter said of a
# person ('abdi rek dipeuncit'), 'he'd kill her if she reported', coming to her tent ('mendatangi', 'nyampeurkeun')
# with a machete, and his visit announced for tonight ('tonight he will come inside', 'mengko bengi tak parani'):
# ongoing danger, critical, whatever the category. Controls: a threat to cut aid or rations; the same threat from a
# man who has since left; a machete brought for work.
# First run on 98c1f20: 4 of 8 (the Javanese 'tak gorok', the Sundanese 'rek dipeuncit', 'he'd kill' and a visit
# with a golok passed through older rules), controls 3 of 4 (the machete brought to cut bamboo was read as armed by
# her shelter: possible abuse, critical). ---------------------------------------------------------------------------

THREAT_OR_NIGHT_VISIT = [
    # Indonesian, formal, as B43-26
    "Ketua posko datang ke tenda saya tadi malam membawa golok dan berkata 'kalau kamu lapor, saya potong "
    "lehermu'. Sejak itu dia hampir tiap malam lewat di depan tenda kami.",
    # Indonesian, coming to her tent with a machete, the verb 'mendatangi'
    "Koordinator dapur umum mendatangi tenda kami malam hari membawa parang karena saya mengadu soal beras. Anak-anak "
    "saya ketakutan.",
    # Sundanese, the future passive of slaughter
    "Pa kuwu nyarios, upami abdi wadul ka LSM, abdi rek dipeuncit. Unggal peuting anjeunna ngaliwat hareupeun tenda "
    "abdi.",
    # Javanese ngoko, the first person 'tak gorok'
    "Mandor gudang bantuan ngomong 'yen kowe lapor, tak gorok gulumu'. Saben bengi dheweke liwat ngarep tendaku.",
    # English, as B44-34
    "The camp manager told her he would cut her throat if she reported the food he took. He waits outside her tent "
    "most nights.",
    # English, 'he'd kill her if she reported'
    "A guard at the distribution point said he'd kill her if she reported him. He sleeps two tents away from her.",
    # English, as B43-39
    "A man from the next tent stood by her shelter last night and whispered that tonight he will come inside. She is "
    "alone with her baby.",
    # Javanese ngoko SMS, a night visit announced
    "Wong lanang saka tenda sebelah ngirim SMS 'mengko bengi tak parani nang tendamu'. Aku wedi banget.",
]


@pytest.mark.parametrize("narrative", THREAT_OR_NIGHT_VISIT)
def test_a_threat_of_death_or_a_night_visit_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons


THREAT_CONTROLS = [
    # a threat to cut aid
    "Kepala desa bilang kalau kami protes lagi, dia potong jatah beras kami.",
    "The distribution officer said he would cut her rations if she complained again.",
    # the same threat from a man who has left
    "Last year a guard told her he would cut her throat if she talked, but he has left the camp and moved to "
    "another province.",
    # a machete brought for work
    "Pak RT datang ke tenda kami membawa parang untuk memotong bambu buat memperbaiki atap.",
]


@pytest.mark.parametrize("narrative", THREAT_CONTROLS)
def test_aid_cut_a_man_gone_or_a_machete_for_work_is_no_danger(narrative):
    result = run(narrative)
    assert not result.ongoing_danger and result.priority is not Priority.CRITICAL, result.reasons


# --- (2) Safety: a rape attempted within 72 hours, with pain or fear (B43-27, Sundanese lemes: 'Kamari wengi ...
# abdi dibekem, diraba-raba, disuruh muka baju, bade diperkosa. Abdi ngegel leungeunna terus lumpat. Ayeuna awak abdi
# nyareri, teu tiasa sare': abuse, high, the urgent need not read). Round 22 read an attempt as urgent beside an
# injury; pain (KBBI sakit, nyeri, perih; Danadibrata nyeri, nyareri; Baoesastra lara, krama sakit; English pain,
# hurts, sore) and her fear told after it are as much a reason to examine her within the window. Controls: the same
# attempt weeks ago.
# First run on 98c1f20: 2 of 6 ('pinned me down' and 'td mlm aq mau diperkosa' passed through older rules), controls
# 2 of 2. ---------------------------------------------------------------------------

ATTEMPT_WITH_PAIN = [
    # Sundanese, as B43-27
    "Tadi peuting abdi dibekem ku supir mobil bantuan, bade diperkosa, abdi ngegel leungeunna terus lumpat. Ayeuna "
    "awak abdi nyareri.",
    # Javanese ngoko
    "Wingi bengi aku dibekep wong lanang saka posko neng mburi tenda, arep diperkosa, nanging aku isa mlayu. Saiki "
    "awakku lara kabeh.",
    # Indonesian
    "Semalam saya hampir diperkosa oleh relawan dapur umum di belakang gudang. Sekarang badan saya sakit semua dan "
    "saya takut sekali.",
    # English
    "She was almost raped last night by a man from the distribution team; she fought him off and now her whole body "
    "hurts.",
    # English, 'tried to rape', pain and fear
    "Yesterday evening a volunteer pinned me down in the store tent and tried to rape me. I got away but I am in pain "
    "and too scared to sleep.",
    # Indonesian SMS
    "td mlm aq mau diperkosa sm penjaga posko, untung bs kabur. skrg perutku perih n aq takut bgt.",
]


@pytest.mark.parametrize("narrative", ATTEMPT_WITH_PAIN)
def test_a_rape_attempted_within_72_hours_with_pain_or_fear_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


ATTEMPT_WEEKS_AGO = [
    "Tiga minggu lalu saya hampir diperkosa oleh sopir truk bantuan, badan saya sakit waktu itu.",
    "About a month ago he tried to rape her behind the warehouse; she escaped, and she still feels pain and fear.",
]


@pytest.mark.parametrize("narrative", ATTEMPT_WEEKS_AGO)
def test_the_same_attempt_weeks_ago_is_not_urgent(narrative):
    assert not run(narrative).urgent_medical


# --- (3) A child over-called: an adult's age told in Javanese words of the twenties (B44-22, krama: 'anak kula estri,
# yuswanipun selangkung taun', a daughter of 25, read as someone's child of no stated age: critical for medium). The
# twenties in one word (Baoesastra selikur 21, rolikur, telulikur, patlikur, selawé 25, krama selangkung 25,
# nemlikur, pitulikur, wolulikur, sangalikur) are ages, as 'dua puluh lima' and 'twenty-five' already were.
# Controls: a daughter of eleven and a sister of sixteen told in words stay children.
# First run on 82cb7ba: 3 of 6 (the krama 22 and the Sundanese and Indonesian numbers passed through older rules),
# controls 2 of 2. ----------------------------------------------------------------------------------------------

ADULT_AGE_IN_WORDS = [
    # Javanese krama, as B44-22
    "Anak kula estri, yuswanipun selangkung taun, dipun cepeng-cepeng bokongipun kaliyan relawan dapur umum.",
    # Javanese ngoko
    "Anakku wadon umure selawe taun diremet dhadhane karo sopir logistik neng mburi tenda.",
    # Javanese ngoko, 27
    "Anakku wedok, umure pitulikur taun, dicekel-cekel dhadhane karo petugas posko.",
    # Javanese krama, 22
    "Anak kula yuswanipun rolikur taun dipun raba-raba dhadhanipun kaliyan penerjemah.",
    # Sundanese
    "Budak abdi nu awewe, umurna dua puluh tilu taun, dirampa-rampa dadana ku relawan.",
    # Indonesian
    "Anak perempuan saya, usianya dua puluh lima tahun, diraba dadanya oleh petugas gudang.",
]


@pytest.mark.parametrize("narrative", ADULT_AGE_IN_WORDS)
def test_an_adult_age_in_words_is_no_child(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


CHILD_AGE_IN_WORDS = [
    "Anak kula estri, yuswanipun sewelas taun, dipun cepeng-cepeng bokongipun kaliyan relawan dapur umum.",
    "Adhiku wadon umure nembelas taun diremet dhadhane karo sopir logistik neng mburi tenda.",
]


@pytest.mark.parametrize("narrative", CHILD_AGE_IN_WORDS)
def test_a_child_age_in_words_stays_a_child(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


# --- (4) A child over-called: her own children told as her household (B43-07 'randa anakna tilu', a widow with
# three; B43-17 'anakku bakal oleh susu lan sega luwih', her baby as the one the offer would feed; B44-08 'sy lg
# gendong anak sy yg umur 3 thn', the child she carried; B44-13 'abdi sareng murangkalih masih kulem dina terpal', she
# and her children still sleeping under the tarp; all critical for high). The widow's children counted right after
# her ('randa anakna tilu', 'janda anaknya tiga', 'rondo anake telu'; Danadibrata randa; Baoesastra randha; KBBI
# janda), her child promised aid ('anakku bakal oleh susu', 'budak anjeun bakal meunang beas', 'your baby will get
# milk'; Baoesastra oleh, entuk; Danadibrata meunang; KBBI dapat), the child she carried with its age in years, and she
# with her children sleeping or sheltering ('abdi sareng murangkalih masih kulem'; Danadibrata kulem, saré; Baoesastra
# turu, krama saré; KBBI tidur): dependants, not a survivor. Controls: the carried child then touched; a widow's
# child of twelve touched.
# First run on a546644: 1 of 6 (the Indonesian 'janda anaknya tiga' passed through older rules), controls 1 of 2
# (the carried child then touched: the same word said again was read as the carried baby, an older gap of round 10's
# rule, fixed here: a later mention with an act told on it stays the child). ------------------------------------

HER_HOUSEHOLD = [
    # Sundanese, as B43-07
    "Tatangga kuring, randa anakna tilu, cenah kapaksa daek ngancanan supir tangki cai peuting-peuting sangkan "
    "meunang cai leuwih.",
    # Indonesian, the widow's children counted
    "Tetangga saya, janda anaknya tiga, dipaksa menemani petugas gudang malam-malam supaya dapat beras tambahan.",
    # Javanese ngoko, as B43-17
    "Wong lanang sing masak neng dapur umum ngomong nek aku gelem dijak turu bareng, anakku bakal oleh susu lan sega "
    "luwih.",
    # English, her baby as the one the offer would feed
    "The storekeeper told me that if I spend the night with him, my baby will get milk and extra rice.",
    # Indonesian SMS, as B44-08
    "sy lg gendong anak sy yg umur 3 thn mau ke MCK, tiba2 ada laki2 pengungsi remas dada sy dr samping.",
    # Sundanese, as B44-13
    "Relawan nu ngabagikeun terpal nyarios, upami hoyong kasur kedah nemenan anjeunna wengi-wengi. Abdi teu purun. "
    "Ayeuna abdi sareng murangkalih masih kulem dina terpal anu bocor.",
]


@pytest.mark.parametrize("narrative", HER_HOUSEHOLD)
def test_her_own_children_told_as_her_household_are_no_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved and result.priority is not Priority.CRITICAL, result.reasons


CHILD_IN_HER_HOUSEHOLD_TOUCHED = [
    "sy lg gendong anak sy yg umur 3 thn, tiba2 laki2 itu meraba kemaluan anak sy.",
    "Tetangga saya janda anaknya tiga. Anaknya yang umur 12 tahun diraba dadanya oleh petugas gudang.",
]


@pytest.mark.parametrize("narrative", CHILD_IN_HER_HOUSEHOLD_TOUCHED)
def test_a_child_of_her_household_touched_stays_a_child(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


# --- (5) A grown daughter read as a child and the trade told as 'repaid with' (B43-32, Sundanese lemes: 'Budak abdi,
# istri, umurna salapan welas taun ... sok mere pulsa sareng kuota ka budak abdi, tapi menta dibales ku video call
# bari taranjang': abuse of a child, critical, for exploitation, high). A woman's word right after the child word says
# the child's sex ('istri', Danadibrata: woman, lemes; 'perempuan', 'wadon'), not another person whose age follows;
# the same child word said again is the grown child; and 'dibales ku', 'dibalas dengan', 'repaid with' (Danadibrata
# bales; KBBI balas; Baoesastra bales) after a gift is the price asked. Controls: the same daughter of seventeen; a
# message 'tidak dibalas sama sekali' beside a touch.
# First run on 60bb3e4: 6 of 8 (the grown daughter with the gift, and the Sundanese 'dibales ku', failed; the others
# passed through older rules: the later 'budak abdi' of B43-32 is what they lacked), controls 2 of 2. ------------

GROWN_DAUGHTER = [
    # Sundanese, as B43-32
    "Budak abdi, istri, umurna dua puluh taun, dicekel-cekel dadana ku relawan. Ayeuna budak abdi teu daek kaluar.",
    # Indonesian
    "Anak saya, perempuan, umurnya 20 tahun, diraba dadanya oleh petugas gudang. Sekarang anak saya tidak mau "
    "bicara.",
    # Javanese ngoko
    "Anakku, wadon, umure 21 taun, dicekel bokonge karo sopir logistik. Saiki anakku wedi metu.",
    # Sundanese, the child word said again after the gift, as B43-32
    "Budak abdi, istri, umurna dua puluh hiji taun, tos damel. Aya relawan nu sok mere beas ka budak abdi, tapi "
    "menta dicium.",
    # English
    "My daughter, female, aged 22, was groped by a guard at the warehouse. Now my daughter will not leave the "
    "kitchen.",
]


@pytest.mark.parametrize("narrative", GROWN_DAUGHTER)
def test_a_grown_daughter_told_with_her_sex_and_age_is_no_child(narrative):
    result = run(narrative)
    assert not result.child_involved and result.priority is not Priority.CRITICAL, result.reasons


REPAID_WITH = [
    # Sundanese
    "Aya relawan nu sok mere pulsa ka abdi, tapi menta dibales ku poto taranjang.",
    # Indonesian
    "Petugas posko sering kasih pulsa ke saya, tapi minta dibalas dengan video call telanjang.",
    # English
    "The volunteer kept giving her phone credit, and then asked to be repaid with naked photos.",
]


@pytest.mark.parametrize("narrative", REPAID_WITH)
def test_a_gift_repaid_with_images_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons


def test_the_same_daughter_of_seventeen_stays_a_child():
    result = run("Budak abdi, istri, umurna tujuh welas taun, dicekel-cekel dadana ku relawan. Ayeuna budak abdi teu "
                 "daek kaluar.")
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


def test_a_message_not_answered_at_all_is_no_price():
    result = run("Relawan itu meraba dada saya waktu bagi sembako. Pesan WA saya ke koordinator tidak dibalas sama "
                 "sekali.")
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (6) Perpetrator type: a role word that is not the man (B43-01: 'skrg nama sy bnr2 dicoret, tetangga yg lain udh
# dpt semua', the neighbours who got their aid read as named after the act, community for the village official who
# kept the list; B43-36: 'abi lalaki 16 taun', the boy himself read as 'a man', community for the volunteer trainer;
# B41-12, round 22's, the same comma). A role after a comma that follows the passive verb opens another clause and is
# not its agent ('diperkosa tetangga' still is); a man's word followed by an age under 18 describes a boy, the
# survivor (KBBI tahun; Danadibrata taun; Baoesastra taun). Controls: a rape by a neighbour told without a comma; a
# man of 40 who groped her.
# First run on 902a7fc: 3 of 6 (the three boys told by their age passed through older rules: B43-36's 'a man' came
# before two aid roles tied with it), controls 2 of 2. -------------------------------------------------------------

NOT_THE_MAN = [
    # Indonesian, as B43-01
    "Petugas pendataan huntara bilang nama saya bisa masuk daftar asal saya mau menemani dia malam-malam. Saya tolak. "
    "Sekarang nama saya dicoret, tetangga lain sudah dapat semua.",
    # Sundanese
    "Pa kadus nu ngadata bantuan nyarios nami abdi tiasa diasupkeun asal abdi daek ngancanan anjeunna peuting-peuting. "
    "Abdi nolak. Ayeuna nami abdi dicoret, tatangga sanes mah tos kenging.",
    # Javanese ngoko
    "Petugas pendataan bantuan ngomong jenengku iso mlebu daftar nek aku gelem ngancani dheweke bengi-bengi. Aku "
    "nolak. Saiki jenengku dicoret, tanggane liyane wis oleh kabeh.",
    # Sundanese SMS, as B43-36
    "kak, abi lalaki 15 taun. relawan nu ngajar ngaji di posko ngajak abi ka tendana, tuluy nyekel2 kemaluan abi.",
    # Indonesian SMS
    "kak, sy cowok 14 thn. relawan dapur umum narik sy ke belakang tenda trus pegang2 kemaluan sy.",
    # Javanese SMS
    "mbak, aku lanang 16 taun. relawan saka posko ngajak aku neng mburi gudang, terus nyekel-nyekel kemaluanku.",
]


@pytest.mark.parametrize("narrative", NOT_THE_MAN)
def test_a_role_word_that_is_not_the_man_leaves_the_aid_worker(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "aid_worker", result.reasons


@pytest.mark.parametrize("narrative", [
    "Semalam adik saya diperkosa tetangga kami di belakang tenda.",
    "Ada laki-laki 40 tahun, pengungsi juga, meraba dada saya di dekat MCK.",
])
def test_a_neighbour_named_after_the_act_or_a_grown_man_stays_the_community(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "community_member", result.reasons


# --- (7) Women photographed breastfeeding (B43-03, krama: 'motret ibu-ibu ingkang saweg nyusoni putranipun', the
# nursed babies read as someone's child: abuse of a child, critical, for harassment, medium; B44-06: 'Beberapa ibu
# memberi tahu saya bahwa dia sering memotret ibu-ibu yang sedang menyusui lewat celah terpal', 'memberi' read as a
# price beside the tarpaulin: exploitation, high, for harassment, medium). The nursed child in krama ('nyusoni
# putranipun'; Baoesastra putra) is the mother's baby, not a survivor; 'memberi tahu', 'kasih tau' (KBBI beri tahu, to
# tell) is telling, not giving. Controls: a nursed baby then touched; a tarpaulin given for a photo.
# First run on 86e3e9f: 2 of 6 (the krama and ngoko ones passed through older rules), controls 2 of 2; after the
# first fix the SMS 'kasih tau' and 'ngasih tau' still failed: SMS 'ngasih' arrives as 'memberikan' (sourced.py), and
# Jakarta 'nyusuin' ('nyusui') was not read after 'motret'; both fixed. --------------------------------------------

BREASTFEEDING_PHOTOGRAPHED = [
    # Javanese krama, as B43-03
    "Wonten relawan jaler ingkang asring motret ibu-ibu ingkang saweg nyusoni putranipun wonten ing tenda, tanpa "
    "nyuwun idin.",
    # Javanese ngoko
    "Ana relawan lanang sing kerep motret ibu-ibu sing lagi nyusoni putrane neng tenda laktasi.",
    # English
    "A volunteer keeps taking photos of mothers breastfeeding their babies in the lactation tent.",
    # Indonesian, as B44-06
    "Beberapa ibu memberi tahu saya bahwa relawan itu sering memotret ibu-ibu yang sedang menyusui lewat celah "
    "terpal.",
    # Indonesian SMS
    "ibu2 kasih tau sy kalo petugas posko suka motret ibu2 yg lg nyusuin dr balik terpal.",
    # Sundanese
    "Ibu-ibu ngasih tau ka abdi yen relawan eta sok moto ibu-ibu nu keur nyusuan di tukangeun terpal.",
]


@pytest.mark.parametrize("narrative", BREASTFEEDING_PHOTOGRAPHED)
def test_mothers_photographed_breastfeeding_is_harassment(narrative):
    result = run(narrative)
    assert (result.category is Category.SEXUAL_HARASSMENT and not result.child_involved
            and result.priority is Priority.MEDIUM), result.reasons


def test_a_nursed_baby_then_touched_stays_a_child():
    result = run("Relawan itu motret ibu-ibu ingkang saweg nyusoni putranipun, lajeng ngraba-raba bokongipun lare "
                 "menika.")
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


def test_a_tarpaulin_given_for_a_photo_stays_exploitation():
    result = run("Petugas posko memberi terpal ke ibu-ibu asal mau difoto waktu menyusui.")
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons


# --- (8) A child over-called: a child reporter telling what was done to her grown sister (B43-35, non-native English:
# 'I am 15 years old. My sister is 27 and she is deaf ... he come in our class room and do rape to my sister':
# abuse of a child, critical, for high). Her sister's age given by the English copula ('my sister is 27', no 'years')
# and the kin word three words after the act ('do rape to my sister') name a grown woman as the one harmed, as round
# 16's 'kakakku umurnya 22 tahun' did. Controls: the reporter touched herself; a sister of sixteen.
# First run on fceedae: 3 of 6 (the Indonesian, Sundanese and Javanese ones, with 'umurnya 24 tahun', passed through
# round 16's rule), controls 2 of 2. -------------------------------------------------------------------------------

CHILD_REPORTER_GROWN_SISTER = [
    # English, as B43-35
    "I am 14 years old. My sister is 25 and she cannot hear. Last month a man from the camp came to our tent and did "
    "rape to my sister.",
    # English
    "I'm 13 years old. My cousin is 22. The cook of the public kitchen touched the breasts of my cousin behind the "
    "tent last week.",
    # English
    "I am 16 years old. My sister is 20, she is deaf. Two weeks ago a volunteer raped my sister in the store tent.",
    # Indonesian
    "Saya umur 15 tahun. Kakak saya umurnya 24 tahun. Seminggu lalu relawan gudang memperkosa kakak saya di belakang "
    "tenda.",
    # Sundanese
    "Abdi umur 14 taun. Teteh abdi umurna 23 taun. Minggu kamari supir bantuan merkosa teteh abdi di kebon.",
    # Javanese ngoko
    "Aku umur 15 taun. Mbakyuku umure 26 taun. Seminggu kepungkur sopir logistik merkosa mbakyuku neng mburi gudang.",
]


@pytest.mark.parametrize("narrative", CHILD_REPORTER_GROWN_SISTER)
def test_a_child_telling_what_was_done_to_her_grown_sister_is_no_child_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", [
    "I am 14 years old. My sister is 25. Last week a man from the camp touched me and raped my sister.",
    "I am 14 years old. My sister is 16. Last week a man from the camp did rape to my sister.",
])
def test_the_child_touched_herself_or_a_sister_of_sixteen_stays_a_child(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


# --- (9) Perpetrator type: a driver or courier who delivers the aid (B44-36: 'tukang ojek nu sok nganterkeun logistik
# ti yayasan ka posko urang', community for an aid worker). The relative clause after him telling that he delivers
# the aid (KBBI mengantarkan, kurir; Danadibrata nganteurkeun, ngirimkeun; Baoesastra ngeterake; English plain usage)
# says he works for the response, as round 11's driver of the aid boat. Controls: an ojek driver who brings
# passengers; a driver who brings his own goods.
# First run on 1846834: 2 of 6 (the Javanese and Sundanese drivers, 'sopir', 'supir', passed through the older rule
# of a driver beside aid words), controls 2 of 2. -----------------------------------------------------------------

DELIVERS_THE_AID = [
    # Sundanese and Indonesian, as B44-36
    "Tadi peuting incu abdi diajak ku tukang ojek nu sok nganterkeun logistik ti yayasan, tuluy diperkosa di kebon.",
    # Indonesian
    "Kurir yang biasa mengantar bantuan ke posko meraba dada saya di belakang tenda.",
    # Javanese ngoko
    "Sopir sing biasa ngeterake bantuan menyang posko nyekel-nyekel dhadhaku neng mburi tenda.",
    # English
    "The courier who delivers relief supplies to the camp grabbed my breasts behind the kitchen.",
    # Indonesian SMS
    "tukang ojek yg suka nganter sembako dr yayasan ke posko pegang2 pantat sy.",
    # Sundanese
    "Supir nu sok ngirimkeun bantosan ka posko nyabak-nyabak dada abdi.",
]


@pytest.mark.parametrize("narrative", DELIVERS_THE_AID)
def test_a_driver_who_delivers_the_aid_is_an_aid_worker(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "aid_worker", result.reasons


@pytest.mark.parametrize("narrative", [
    "Tukang ojek nu sok nganterkeun panumpang ka pasar nyabak-nyabak dada abdi.",
    "A driver who brings his own vegetables to the market grabbed my breasts behind the stalls.",
])
def test_a_driver_who_carries_no_aid_is_no_aid_worker(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value != "aid_worker", result.reasons

"""Round 11 of issue 12: the classes behind the misses of blind batches 27 and 28 (round 10's held-out pair), each
held by sentences written for this test (not the batches' own), so that a rule, not a sentence, is what passes. Each
group was written and run before its fix; its first-run count (rules alone) is in its comment. They run with the
learned model switched off: the rules are the floor for child, urgent and danger recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) a place to stay (his land, his house) on condition she 'serves' him; she gave in, the last time within
# 72 hours: exploitation, urgent, critical (B27-04). First run, rules alone: 0 of 7 (the control below, 0 of 1:
# harassment, the place to stay not read as a benefit). -----------------------------------------------------------

GAVE_IN_TO_TERMS_RECENTLY = [
    # Indonesian formal: allowed to stay on his land as long as she 'serves' him, told to leave otherwise
    "Pemilik lahan tempat kami menumpang berkata saya boleh tetap di lahannya asal mau 'melayani' dia. Kalau tidak "
    "mau, saya disuruh pergi. Saya sudah dua kali terpaksa menurut, yang terakhir tadi malam.",
    # Indonesian SMS
    "yg pny tanah blg sy boleh ttp di lahannya asal mau 'nemenin' dia. kalo gk mau disuruh pergi. sy udh 2x terpaksa "
    "nurut, terakhir td mlm",
    # Javanese ngoko: 'oleh tetep manggon ... anggere gelem ngladeni', 'dikon lunga', 'kepeksa manut', 'wingi bengi'
    "Juragan sing duwe lemah ngomong aku oleh tetep manggon neng kono anggere gelem 'ngladeni' dheweke. Yen ora "
    "gelem, dikon lunga. Aku wis ping telu kepeksa manut, sing pungkasan wingi bengi.",
    # Sundanese: 'meunang keneh cicing ... asal daek ngalayanan', 'dititah indit', 'kapaksa nurut', 'tadi peuting'
    "Nu boga lahan nyarios abdi meunang keneh cicing di dinya asal daek 'ngalayanan' anjeunna. Lamun teu daek, "
    "dititah indit. Abdi tos dua kali kapaksa nurut, nu terakhir tadi peuting.",
    # Javanese krama: 'kenging manggen ... menawi purun ngladosi', 'dipunkengken kesah', 'kepeksa manut', 'dalu wingi'
    "Ingkang gadhah siti ngendika kula kenging manggen wonten ngriku menawi purun 'ngladosi' piyambakipun. Menawi "
    "boten purun, kula dipunkengken kesah. Kula sampun kaping kalih kepeksa manut, ingkang pungkasan dalu wingi.",
    # English: 'stay on his land as long as I serve him', 'gave in', 'last night'
    "The owner of the land where we pitched our tent said I could stay as long as I 'serve' him. If not, I must "
    "leave. I gave in twice, the last time was last night.",
    # mixed Indonesian and Javanese, as reports from East Java are written
    "Bapak sing duwe omah bilang aku oleh tetep numpang asal mau 'ngelayani' dia. Yen ora gelem, dikon metu. Aku wis "
    "terpaksa nurut, sing terakhir wingi sore.",
]


@pytest.mark.parametrize("narrative", GAVE_IN_TO_TERMS_RECENTLY)
def test_giving_in_to_terms_for_a_place_to_stay_within_72_hours_is_urgent_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


def test_giving_in_weeks_ago_is_exploitation_but_not_urgent():
    # control: the same terms, the last time three weeks ago
    result = run("Pemilik lahan bilang saya boleh tetap di lahannya asal mau 'melayani' dia. Saya terpaksa menurut, "
                 "terakhir tiga minggu lalu.")
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert not result.urgent_medical, result.reasons


@pytest.mark.parametrize("narrative", [
    "Pemilik lahan bilang saya boleh tetap di lahannya asal mau 'melayani' dia. Kalau tidak mau, saya disuruh pergi. "
    "Saya belum menurut, tapi tadi malam dia datang lagi.",
    "Sing duwe lemah ngomong aku oleh tetep manggon asal gelem 'ngladeni' dheweke. Aku durung manut, nanging wingi "
    "bengi dheweke teka maneh.",
])
def test_not_yet_giving_in_is_not_urgent(narrative):
    # controls written after the fix (its first version read 'aku durung nuruti', not yet, as giving in: B12-32)
    assert not run(narrative).urgent_medical


# --- (2) sex asked 'in return' for aid already given more generously (B27-30): exploitation. First run, rules
# alone: 0 of 4 (harassment).

IN_RETURN = [
    # Javanese ngoko: 'minangka gantine' (as its replacement, in return; Baoesastra ganti, minangka)
    "Petugas gudang kerep menehi aku beras luwih akeh. Saiki dheweke njaluk aku turu bareng neng gudang minangka "
    "gantine.",
    # Javanese krama: 'minangka gantosipun'
    "Sopir bantuan asring maringi kula beras langkung kathah. Sapunika piyambakipun nyuwun kula tilem sareng minangka "
    "gantosipun.",
    # Sundanese: 'salaku gantina' (Danadibrata ganti, salaku)
    "Supir bantuan sok mere abdi beas leuwih loba. Ayeuna anjeunna menta abdi sare bareng di mobil salaku gantina.",
    # Indonesian formal: 'sebagai balasannya' (KBBI balas, balasan)
    "Petugas posko sering memberi saya beras lebih banyak. Sekarang dia meminta saya tidur bersamanya sebagai "
    "balasannya.",
]


@pytest.mark.parametrize("narrative", IN_RETURN)
def test_sex_asked_in_return_for_aid_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons


# --- (3) a child named who is not the survivor: the children a mother counts with their ages, the children she
# needs money for, her son who waited outside, a grown woman 'like a little child' (B27-31, B27-39, B28-05, B28-17,
# B28-34). First run, rules alone: 0 of 7 (the control below passed).

NOT_THE_SURVIVOR = [
    # Indonesian formal: a mother of two, their ages in brackets
    "Saya ibu tiga anak (3, 6 dan 9 tahun). Petugas posko meminta saya mengirim foto telanjang supaya jatah beras "
    "saya ditambah.",
    # English: two kids aged 4 and 7
    "I am a mother of two kids (5 and 8 years old). The warehouse guard asked me to send him naked photos for "
    "extra rice.",
    # Sundanese: she needs money for the children ('butuh artos kanggo murangkalih')
    "Mandor proyek jangji masihan abdi padamelan asal abdi daek ngancanan anjeunna sapeuting. Abdi butuh pisan artos "
    "kanggo murangkalih, janten abdi daek.",
    # Betawi/Jakarta Malay: 'anak aye tiga' (I have three children; 'aye', I)
    "Relawan posko bilang aye bisa dapet sembako lebih asal mau nemenin die malem-malem. Anak aye tiga, laki aye "
    "kagak kerja.",
    # English: her son waited in the car
    "A woman in her twenties told us the contracted driver gave her cash and then took her to a motel. Her "
    "8-year-old son waited in the car.",
    # Javanese ngoko: a grown woman whose mind is like a little child's ('kaya bocah cilik')
    "Mbakyuku umur 28 taun, pikirane kaya bocah cilik. Wingi bengi ana wong lanang sing nggrayangi dhadhane neng "
    "mburi tenda.",
    # Indonesian: 'seperti anak kecil'
    "Kakak saya umur 25 tahun tapi pikirannya seperti anak kecil. Kemarin malam seorang laki-laki meraba dadanya di "
    "belakang tenda.",
]


@pytest.mark.parametrize("narrative", NOT_THE_SURVIVOR)
def test_a_child_who_is_not_the_survivor_is_not_flagged(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


def test_a_daughter_with_her_age_who_is_harmed_is_still_a_child():
    # control: the age and the act in one sentence, the child acted on
    result = run("Anak saya (9 tahun) kemarin diraba kemaluannya oleh sopir truk bantuan.")
    assert result.child_involved and result.urgent_medical, result.reasons


# --- (4) harassment with no touch (B27-05, B27-26, B28-12): 'not yet' touched ('can aya nu dirampa', 'durung
# dicekel', 'belum disentuh'), a hug only said in a quoted remark, a husband working out of town: harassment, medium.
# First run, rules alone: 2 of 6 (the Javanese and Indonesian
# 'not yet' passed). -------------------------------------------------------------------------------

NO_TOUCH = [
    # Sundanese: whistles and remarks at the well; 'can aya nu dirampa' (nobody touched yet; Danadibrata can, acan)
    "Unggal sore pamuda lembur sok suit-suitan jeung ngomong jorang ka ibu-ibu di sumur. Can aya nu dirampa, tapi "
    "urang sieun.",
    # Javanese ngoko: 'durung ana sing dicekel' (nobody grabbed yet)
    "Saben bengi bocah-bocah enom ngomong saru marang ibu-ibu sing adus neng kali. Durung ana sing dicekel, nanging "
    "aku wedi.",
    # Indonesian: 'belum ada yang disentuh'
    "Setiap malam beberapa pemuda bersiul dan berkata jorok kepada ibu-ibu di kamar mandi umum. Belum ada yang "
    "disentuh, tapi kami takut.",
    # Sundanese: a hug said in his quoted remark, never done ('teu kantos nyabak')
    "Hiji relawan dapur umum sok nyarios ka ibu-ibu 'geulis pisan, hoyong dirangkul'. Teu kantos nyabak, tapi urang "
    "isin.",
    # Indonesian: a kiss only said in quotes
    "Petugas posko selalu bilang ke ibu-ibu yang antre 'cantik, pengen dicium'. Dia tidak pernah menyentuh kami, "
    "tapi kami risih.",
    # Betawi: WhatsApp messages, staring, her husband working out of town ('laki aye lagi kerja di luar kota')
    "Petugas posko tiap malem nge-WA aye 'cantik udah bobo belom'. Tiap aye ke toilet die ngeliatin aje. Laki aye "
    "lagi kerja di luar kota.",
]


@pytest.mark.parametrize("narrative", NO_TOUCH)
def test_harassment_with_no_touch_is_harassment_medium(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


# --- (5) an old act told only recently: the time of the telling is not the time of the act (B27-02). First run,
# rules alone: 2 of 4 (the Indonesian SMS and the English failed: urgent).

TOLD_RECENTLY = [
    # Indonesian SMS: two weeks ago, the act in the next sentence with no time, told yesterday
    "Kira2 dua minggu lalu relawan ngajak adik sy umur 15 thn tidur di tendanya. Malamnya kemaluan adik dipegang2. "
    "Adik baru berani cerita kemarin.",
    # Javanese ngoko: 'rong minggu kepungkur', told 'wingi'
    "Rong minggu kepungkur sopir truk ngajak adhiku umur 14 taun turu neng truk. Bengine manuke dicekel-cekel. "
    "Dheweke lagi wani crita wingi.",
    # Sundanese: 'dua minggu ka tukang', told 'kamari'
    "Dua minggu ka tukang relawan ngajak adi abdi umur 15 taun sare di tendana. Peutingna kamaluanana dirampa. "
    "Anjeunna nembe wani nyarios kamari.",
    # English
    "About two weeks ago a volunteer took my brother, 15, to sleep in his tent. That night he touched his genitals. "
    "My brother only told us yesterday.",
]


@pytest.mark.parametrize("narrative", TOLD_RECENTLY)
def test_an_old_act_told_recently_is_not_urgent_but_still_critical(narrative):
    result = run(narrative)
    assert not result.urgent_medical, result.reasons
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


def test_a_telling_that_dates_the_act_itself_stays_urgent():
    # control, written after the fix (a first version of it turned B24-02 urgent off): she told this morning that the
    # last time was last night; the act (a sign) in the next sentence, undated
    result = run("Tadi pagi murid itu bercerita bahwa pamannya berbuat tidak senonoh kepadanya, terakhir tadi malam. "
                 "Anak itu mengeluh sakit saat buang air kecil.")
    assert result.urgent_medical, result.reasons


# --- (6) misconduct that is not sexual, placed by the rules as other misconduct (B27-22, B28-04, B28-01): families
# sent out of the queue for their religion, donations into a private account, a deaf boy mocked and crossed off.
# First run, rules alone: 0 of 5 (all unplaced, high).

OTHER_MISCONDUCT = [
    # Indonesian formal: excluded from the queue for their religion (KBBI agama, antrean)
    "Petugas pembagian bantuan menyuruh keluarga yang beragama lain keluar dari antrean karena bantuan itu hanya untuk "
    "umat mereka.",
    # Javanese ngoko
    "Petugas bantuan ngongkon wong sing agamane beda metu saka antrean, jarene bantuan mung kanggo umate.",
    # Indonesian: donations into a private account (KBBI rekening pribadi)
    "Seorang relawan membuka donasi untuk korban banjir, tapi uangnya masuk ke rekening pribadinya.",
    # English: donations pocketed
    "A volunteer collected donations for the flood victims, but the money went into his personal account.",
    # English: a deaf boy mocked by staff
    "At the distribution the staff laughed at my deaf neighbour and copied his gestures, then crossed him off the "
    "list.",
]


@pytest.mark.parametrize("narrative", OTHER_MISCONDUCT)
def test_non_sexual_misconduct_is_placed_as_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons        # placed by the rules, not held for an officer


# --- (8) a complaint about aid that did not come, with a request and thanks in a regional form (B28-27): not
# misconduct, low. First run, rules alone: 1 of 5 (only the Indonesian passed; the others unplaced, high).

AID_NOT_COME = [
    # Ambonese Malay: 'seng dapa aer', 'kasi tau', 'danke' (Kamus Dialek Melayu Ambon)
    "Katong su dua minggu seng dapa aer bersih. Tangki aer datang satu kali sa. Tolong kasi tau yang urus logistik. "
    "Danke.",
    # Indonesian
    "Sudah dua minggu kami belum dapat air bersih, tangki air hanya datang sekali. Mohon dikirim lagi.",
    # Sundanese
    "Tos dua minggu urang teu kenging cai beresih, tangki cai ngan sumping sakali. Punten dikintunkeun deui.",
    # Javanese ngoko
    "Wis rong minggu aku ora oleh banyu resik, tangki banyu mung teka pisan. Tulung dikirimi maneh.",
    # English
    "We have had no clean water for two weeks, the water tanker came only once. Please tell the logistics team.",
]


@pytest.mark.parametrize("narrative", AID_NOT_COME)
def test_aid_that_did_not_come_is_not_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


# --- (7) perpetrator type (B27-03, B27-15, B28-08): the reporter's own role is not the perpetrator's; the man who
# drives the boat bringing aid does aid work; a man from the next neighbourhood unit is of the community. First run,
# rules alone: 2 of 4 (the boat driver and the Javanese 'saka RT
# sebelah' failed). ------------------------------------------------------------------------------------------

PERPETRATORS = [
    ("Dengan hormat, saya selaku kepala desa ingin melaporkan seorang relawan yang sering mengajak anak-anak ke "
     "tendanya malam-malam.", PerpetratorType.AID_WORKER),
    ("The man who drives the boat to bring the aid gave my sister money and touched her breasts.",
     PerpetratorType.AID_WORKER),
    ("Ana wong lanang saka RT sebelah sing saben sore ngintip ibu-ibu adus neng kali.",
     PerpetratorType.COMMUNITY_MEMBER),
    ("Aya lalaki ti RT sebelah nu unggal peuting ngintip ibu-ibu mandi di pancuran.",
     PerpetratorType.COMMUNITY_MEMBER),
]


@pytest.mark.parametrize(("narrative", "expected"), PERPETRATORS)
def test_perpetrator_type(narrative, expected):
    result = run(narrative)
    assert result.perpetrator_type is expected, result.reasons


# --- (9) words that are harassment without touch (B28-30, B28-03): he tells her he knows she sleeps alone; he is
# 'lonely' and asks her to keep him company. Written after the fix, run first on a copy of the classifier before it
# (commit 1ee5f2d): 0 of 4 (sleeps alone) and 0 of 3 (lonely). -----------------------------------------------

SLEEPS_ALONE = [
    "Laki-laki dari tenda sebelah kirim pesan 'aku tahu kamu tidur sendirian'. Saya takut.",
    "Wong lanang kuwi ngirim pesen 'aku ngerti kowe turu dhewekan'. Aku wedi.",
    "Lalaki eta ngirim SMS 'abdi terang anjeun sare nyalira'. Abdi sieun.",
    "A man from the next tent texted me 'I know you sleep alone'. I am scared.",
]


@pytest.mark.parametrize("narrative", SLEEPS_ALONE)
def test_telling_her_he_knows_she_sleeps_alone_is_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons


LONELY = [
    "The consultant sends messages at night: 'I'm lonely, come keep me company'. He has not touched anyone.",
    "Petugas posko kirim pesan 'aku kesepian, temani aku dong'. Dia belum pernah menyentuh saya.",
    "Relawan kuwi ngirim WA 'aku kesepen, kancani aku'. Dheweke durung tau nyekel aku.",
]


@pytest.mark.parametrize("narrative", LONELY)
def test_lonely_keep_me_company_is_harassment_medium(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


# --- (10) 'he is the village head's relative' says whose kin he is, not the role he acted in (B28-32): the volunteer
# who takes the aid home is an aid worker. Written after the fix, run first on a copy of the classifier before it
# (commit 8a870b1): 0 of 3. -----------------------------------------------------------------------------------------

KIN_OF_AN_OFFICIAL = [
    "Relawan sing jaga gudang saben bengi nggawa beras mulih. Aku ora wani ngomong amarga dheweke sedulure pak lurah.",
    "Relawan penjaga gudang setiap malam membawa pulang beras bantuan. Saya tidak berani bicara karena dia saudara "
    "pak kades.",
    "Relawan nu jaga gudang unggal peuting mawa beas ka imahna. Abdi teu wani nyarios sabab anjeunna baraya pak kuwu.",
]


@pytest.mark.parametrize("narrative", KIN_OF_AN_OFFICIAL)
def test_the_kin_of_an_official_is_still_the_aid_worker_he_acted_as(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


# --- (11) the rules alone, as the floor: three reports of 27/28 that only the learned model had kept off low or made
# urgent (B27-15, B27-19, B28-34). Non-native English 'he do sex with her'; naked images asked in eastern Malay ('foto
# seng pake baju', 'jang kasi tau mama'); a penetration told by a word and a gesture ('dilebokke' while pointing at her
# crotch). Written after the fix, run first on a copy of the classifier before it (commit ece99e0): 0 of 5 and 0 of 2.

DONE_TO_HER_IN_FEW_WORDS = [
    # (with a child: sex with an adult told without force stays 'consent unclear', for an officer, by design)
    "My daughter is 14 year. The guard of the warehouse he do sex with her yesterday night. She have pain.",
    "My son 13 year old, the driver of aid truck make sex to him in the truck last night.",
    "Adhiku wadon umur 25 taun ilang wingi bengi. Pas ditakoni dheweke mung ngomong 'dilebokke' karo nuding "
    "selangkangane.",
    "Kakak saya (27 tahun) tadi malam hilang, ditemukan subuh. Dia cuma bilang 'dimasukin' sambil menunjuk "
    "selangkangannya.",
    "My sister (30) went missing last night. She only said 'he put it in' and pointed at her crotch.",
]


@pytest.mark.parametrize("narrative", DONE_TO_HER_IN_FEW_WORDS)
def test_an_act_told_in_few_words_is_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


NAKED_IMAGES_EASTERN_MALAY = [
    "Beta pung ade umur 13 taong. Relawan minta dia kirim foto seng pake baju, dia bilang jang kasi tau mama.",
    "Beta adik umur 14 taun. Petugas posko minta dia kirim foto sonde pake baju.",
]


@pytest.mark.parametrize("narrative", NAKED_IMAGES_EASTERN_MALAY)
def test_naked_images_asked_of_a_child_in_eastern_malay_are_abuse(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.category is Category.SEXUAL_ABUSE, result.reasons

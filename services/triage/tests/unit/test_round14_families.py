"""Round 14 of issue 12: the classes behind the misses left on blind batches 31 and 32 (round 12's held-out pair,
scored first with the classifier of cc5b692; round 13 fixed its one child miss), each held by sentences written for
this test (not the batches' own), so that a rule, not a sentence, is what passes. Every group was written and run
before any change to the classifier (on 5982c80); its first-run count (rules alone) is in its comment and in the
blind README's Round 14 table. They run with the learned model switched off: the rules are the floor."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)



# --- (1) 'it was me, not my child': the reporter says the act was done to her, and her own child, whose age she
# gives, only saw it (B31-19, B32-27). Not a child survivor. First run: 1 of 5 (controls 2 of 2). -----------------

IT_WAS_ME_NOT_MY_CHILD = [
    # Indonesian formal: 'Yang dipegang saya, bukan anak saya'
    ("Seminggu yang lalu petugas distribusi memegang pantat saya di antrean beras. Anak saya yang berumur enam tahun "
     "melihatnya dan menangis. Yang dipegang saya, bukan anak saya.", Category.SEXUAL_ABUSE),
    # Javanese ngoko: 'Sing dicekel aku, dudu anakku'
    ("Rong minggu kepungkur relawan dapur nyekel bokongku pas antri sega. Anakku sing umur wolung taun weruh lan "
     "nangis. Sing dicekel aku, dudu anakku.", Category.SEXUAL_ABUSE),
    # Sundanese: 'Abdi nu dirangkul, lain budak abdi' (Danadibrata rangkul, ngarangkul; lain 'not')
    ("Dua minggu kapengker supir truk bantuan ngarangkul abdi ti tukang. Budak abdi nu umurna genep taun aya di "
     "gigireun, ceurik. Abdi nu dirangkul, lain budak abdi.", Category.SEXUAL_ABUSE),
    # English: 'It was me he touched, not my son'
    ("Last week a volunteer from the kitchen grabbed my bottom in the queue. My son, who is 9, saw it and started "
     "crying. It was me he touched, not my son.", Category.SEXUAL_ABUSE),
    # Indonesian SMS, peeping: 'yg diintip sy, bkn anak sy'
    ("sminggu lalu ada cowok dr tenda sebelah ngintip sy mandi. anak sy umur 4 thn liat trus teriak. yg diintip sy, "
     "bkn anak sy.", Category.SEXUAL_HARASSMENT),
]


@pytest.mark.parametrize("narrative,category", IT_WAS_ME_NOT_MY_CHILD)
def test_the_reporter_not_her_child_is_the_survivor(narrative, category):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    assert result.category is category, result.reasons


# Controls: the child, not the reporter, is the one it was done to
@pytest.mark.parametrize("narrative", [
    "Relawan itu memegang dada anak saya yang berumur 12 tahun, bukan saya. Kejadiannya minggu lalu di posko.",
    "Sing dicekel anakku, dudu aku. Anakku lagi umur 10 taun, dicekel pupune karo relawan minggu wingi.",
])
def test_the_child_named_as_the_one_harmed_stays_a_child(narrative):
    assert run(narrative).child_involved


# --- (2) the reporter's own children beside her: threatened with her ('bunuh saya dan anak-anak'), or the ones she
# needs money for in ngoko ('butuh duit nggo anak-anak'), or a population served ('pads for women and girls')
# (B32-10, B32-23, B32-31). First run: 2 of 7 (control 1 of 1). ------------------------------------------------------

HER_OWN_CHILDREN = [
    "Tetangga tenda memaksa saya berhubungan tiga minggu lalu. Dia mengancam akan membunuh saya dan anak-anak kalau "
    "saya cerita ke siapa pun.",
    "Pak mandor ngancam arep mateni aku lan anak-anakku yen aku lapor. Dheweke meksa aku turu karo dheweke rong "
    "minggu kepungkur.",
    "Mamang ti tenda gigireun maksa abdi kulem sareng anjeunna dua minggu kapengker, saurna bade maehan abdi sareng "
    "barudak upami abdi wadul.",
    "Two weeks ago my husband's friend forced me to have sex. He said he would kill me and the kids if I told anyone.",
    "Pak mandor nawani aku gawean, syarate aku gelem turu karo dheweke. Aku nuruti amarga aku butuh duit nggo "
    "anak-anak.",
    "Koordinator gudang janji ngasih kerjaan asal sy mau tidur sm dia. sy terpaksa mau krn butuh duit bwt anak2.",
]


@pytest.mark.parametrize("narrative", HER_OWN_CHILDREN)
def test_her_own_children_beside_her_are_not_the_survivor(narrative):
    assert not run(narrative).child_involved, run(narrative).reasons


def test_supplies_for_women_and_girls_name_no_survivor():
    result = run("The hygiene kits came without pads for women and girls again. Nobody has done anything wrong to us; "
                 "we only need the kits on time.")
    assert not result.child_involved, result.reasons
    assert result.category is Category.NOT_MISCONDUCT and result.priority is Priority.LOW, result.reasons


def test_control_the_reporter_and_the_other_girls():
    assert run("The guard touched me and the other girls at the latrine last month. I am 15.").child_involved


# --- (3) a sexual demand with physical coercion: locked in while he demands to be 'served', trying to get into her
# tent at night saying he wants to sleep with her: threatened sexual intrusion, abuse (B31-26, B32-38).
# First run: 1 of 7. ------------------------------------------------------------------------------------------------

COERCED_DEMAND = [
    "Tolong! Teman saya dikunci di gudang posko oleh koordinator logistik. Dia minta dilayani dan mengancam akan "
    "membunuhnya kalau berteriak.",
    "Kancaku dikunci ning kamar mess karo sopir bantuan, sopire njaluk dilayani. Durung diapa-apakke, nanging lawange "
    "digembok saka njaba.",
    "My friend is locked in the storeroom by the warehouse supervisor right now. He demands to be served and has "
    "locked the door from outside.",
    "Relawan laki-laki tiap malam datang ke beta pung tenda, coba buka resleting tenda, bilang mau tidur deng beta. "
    "Beta tahan deng tangan.",
    "Setiap malam petugas keamanan posko mencoba membuka resleting tenda saya dan berkata ingin tidur dengan saya.",
    "Unggal peuting satpam posko nyobian muka seleting tenda abdi, saurna hoyong sare sareng abdi.",
    "Every night the camp guard tries to unzip my tent and says he wants to sleep with me.",
]


@pytest.mark.parametrize("narrative", COERCED_DEMAND)
def test_a_sexual_demand_with_coercion_is_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (4) work or pay as the price: a paid post promised on condition of naked photos or nights at a lodging; a
# woman paid each time she spends the night (B31-17, B32-23, B31-29). Exploitation, high. First run: 1 of 6. ------

WORK_OR_PAY_FOR_SEX = [
    "Pelatih relawan jangji bade ngasupkeun abdi damel di lembagana, saratna abdi kedah ngirim poto taranjang.",
    "Koordinator posko janji arep nglebokke aku dadi relawan sing dibayar, syarate aku kudu ngirim foto wuda.",
    "mandor proyek huntara nawarin sy kerja harian, syaratnya sy mau diajak nginap di losmen tiap sabtu.",
    "Mandor nawani aku gawean dadi kuli, syarate aku gelem diajak nginep ning penginapan saben malem Minggu.",
    "A site engineer on the shelter project has been paying a widow in cash each time she spends the night at his "
    "rented house.",
    "The driver gives her food vouchers every time she stays the night with him at the guesthouse.",
]


@pytest.mark.parametrize("narrative", WORK_OR_PAY_FOR_SEX)
def test_work_or_pay_for_sex_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


# --- (5) harassment with no touch: pictures of his genitals sent, questions about a woman's sex life (B31-32,
# B32-16). Harassment, medium. First run: 2 of 6. ------------------------------------------------------------------

NO_TOUCH_HARASSMENT = [
    "A logistics officer keeps sending me photos of his penis at night. He has never touched me.",
    "Relawan itu sering mengirim foto alat kelaminnya ke WA saya tengah malam.",
    "Pendamping psikososial naros ka abdi ngeunaan kahirupan ranjang abdi sareng salaki, sabaraha kali saminggu.",
    "Petugas konseling bertanya-tanya kepada ibu-ibu soal urusan ranjang dengan suami, katanya untuk data trauma.",
    "During the session the facilitator asked the women about their sex life with their husbands.",
    "Petugas trauma healing takon-takon marang ibu-ibu babagan urusan ranjang karo bojone.",
]


@pytest.mark.parametrize("narrative", NO_TOUCH_HARASSMENT)
def test_no_touch_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


# --- (6) other misconduct the rules can place: aid stock sold, the aid truck used for private work, aid refused to
# someone for who they are (B31-04, B32-33, B31-25, B32-22). Other misconduct, low. First run: 2 of 6. -------------

OTHER_MISCONDUCT_PLACED = [
    "Penjaga gudang posko mengeluarkan 15 karung beras pada malam hari dan menjualnya ke pedagang di pasar.",
    "The NGO driver uses the aid truck at night to haul bricks for his own house and sells diesel from the generator.",
    "Petugas bantuan ing posko mboten purun maringi sembako dhateng bapak kula ingkang lumpuh.",
    "Petugas posko ora gelem menehi paket bantuan marang kancaku amarga dheweke waria.",
    "Petugas pembagian tidak mau memberikan bantuan kepada tetangga saya yang difabel karena tidak datang sendiri.",
    "Petugas bantuan teu daek masihan paket ka emang abdi nu lumpuh.",
]


@pytest.mark.parametrize("narrative", OTHER_MISCONDUCT_PLACED)
def test_other_misconduct_placed_by_the_rules(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


# --- (7) feedback: aid not enough in Sundanese, deliveries weeks late, 'a date' that is a day (B31-16, B32-31).
# Not misconduct, low. First run: 0 of 4. ---------------------------------------------------------------------------

FEEDBACK = [
    "Beas bantuan ngan sakilo kanggo hiji kulawarga saminggu, teu cekap pisan.",
    "Mie instan teu aya deui ti minggu kamari. Mangga diperhatoskeun kanggo RT 03.",
    "The food parcels have been two weeks late again and had no soap in them.",
    "We just need a date for the next distribution so we can plan.",
]


@pytest.mark.parametrize("narrative", FEEDBACK)
def test_feedback_is_not_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


# --- (8) who did it: the guard of the aid post, a volunteer's senior colleagues in the team's group (B32-38,
# B32-26). First run: 1 of 4. ---------------------------------------------------------------------------------------

AID_WORKER_NAMED = [
    "Satpam posko sering bersiul dan bilang 'montok' tiap saya lewat ke MCK.",
    "Aku relawan. Kanca-kanca senior ning grup tim kerep ngirim gambar saru babagan aku.",
    "Saya relawan dapur umum. Para senior di tim sering mengirim stiker jorok tentang saya di grup WA.",
    "I volunteer with the evacuation team. Senior members of the team post sexual jokes about me in the group chat.",
]


@pytest.mark.parametrize("narrative", AID_WORKER_NAMED)
def test_the_aid_worker_is_named(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


# --- (9) no danger read into an offer: a night at his truck offered for extra water and refused is not him coming
# into her tent tonight (B32-04). First run: 0 of 2. ----------------------------------------------------------------

OFFER_FOR_TONIGHT_REFUSED = [
    "Sopir tangki bilang mau kasih air lebih buat tenda saya asal saya mau tidur di truknya malam ini. Saya tolak.",
    "Supir tangki nyarios bade masihan cai langkung kanggo tenda abdi, asal abdi daek kulem di mobilna wengi ieu. "
    "Abdi nolak.",
]


@pytest.mark.parametrize("narrative", OFFER_FOR_TONIGHT_REFUSED)
def test_an_offer_for_tonight_is_no_danger(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


# --- (10) safety, the rules' own floor: a forced act told in Manado, Ambonese and Kupang Malay, the person forced
# after the object marker ('da paksa pa dia', 'paksa pa beta', 'paksa sang beta'), crying afterwards ('manangis'):
# B32-36, urgent with the model only (rules alone: unplaced, not urgent). First run: 1 of 4 (control 1 of 1). --------

FORCED_IN_EASTERN_MALAY = [
    # Manado Malay: 'da paksa pa kita pe ade', she 12, 'tadi malam'
    ("Tadi malam om dari tenda sebelah da paksa pa kita pe ade, umur 12 taong. Ade manangis trus, nyanda mo bicara.",
     True),
    # Ambonese Malay: 'paksa pa beta' behind the store, last night
    ("Semalam tentara yang bagi beras paksa pa beta di balakang gudang. Beta manangis sampe pagi.", False),
    # Kupang Malay: 'paksa sang beta'
    ("Kamarin malam satpam posko paksa sang beta di blakang tenda. Beta sakit dan takut.", False),
    # Manado: pulled to the hut, then forced
    ("Tadi malam dia tarik pa ade ka kobong, trus paksa pa dia. Ade umur 14 taong, skarang cuma manangis.", True),
]


@pytest.mark.parametrize("narrative,child", FORCED_IN_EASTERN_MALAY)
def test_a_forced_act_in_eastern_malay_is_urgent(narrative, child):
    result = run(narrative)
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved is child, result.reasons


def test_control_forced_to_queue_again_is_no_assault():
    result = run("Petugas paksa pa torang antri ulang dari pagi, padahal torang so antri kemarin.")
    assert not result.urgent_medical, result.reasons


# --- (11) safety, the rules' own floor on older batches: urgent recall with the rules alone was below 1.0 on 12 and 13
# (B12-17, B13-40: urgent only through the model). A wound in a child's genitals after she was taken away, and a man
# who gets into a child's blanket or sleeping bag at night. First run: 1 of 6 (control 1 of 1). --------------------

CHILD_ASSAULT_SIGNS = [
    "Anakku wedok umur 9 taun mau bengi digawa wong lanang menyang kebon. Saiki ning puskesmas, ana tatu ning perangan "
    "wadon.",
    "Keponakan saya (10 tahun) tadi pagi ditemukan di kebun, kata bidan ada luka di kemaluannya.",
    "Budak abdi umur 8 taun kamari sonten dibawa ka kebon ku lalaki, ayeuna aya raheut di kamaluanana.",
    "sy 13thn. om sy masuk ke selimut sy td mlm di tenda. sy takut plg.",
    "I am 15. Last night my uncle got into my sleeping bag in the tent again.",
    "Aku umur 12 taun. Pakdhe mlebu kemulku mau bengi neng tenda, aku wedi.",
]


@pytest.mark.parametrize("narrative", CHILD_ASSAULT_SIGNS)
def test_signs_of_a_child_assault_are_urgent(narrative):
    result = run(narrative)
    assert result.child_involved and result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


def test_control_her_small_child_in_her_blanket_is_no_assault():
    result = run("Tadi malam anak saya (6 tahun) masuk ke selimut saya karena kedinginan. Mohon tambahan selimut.")
    assert not result.urgent_medical, result.reasons


# --- (12) the role that opens its sentence is the subject of the acts told after it, however long the sentence
# ('Satpam posko tiap malam datang ke beta pung tenda, coba buka resleting, bilang ...'), so the rules name him
# outright and the learned model does not override them (B32-38, where round 11's model read a community member).
# Written after the fix, first run on a copy of 6530e5a: 1 of 4 (control 1 of 1). -----------------------------------

OPENS_ITS_SENTENCE = [
    "Satpam posko itu sejak minggu lalu setiap malam jam sebelas datang ke tenda saya di blok C, coba buka resleting, "
    "lalu bilang mau tidur dengan saya.",
    "Pak relawan logistik kuwi saben bengi watara jam sewelas teka ning tendaku ing blok C, nyoba mbukak resleting, "
    "ngomong arep turu karo aku.",
    "The guard from the post comes to my block every night, tries to unzip my tent and says he wants to sleep with "
    "me.",
    "Petugas keamanan posko teh ti minggu kamari unggal peuting kira-kira jam sabelas datang ka tenda abdi di blok C, "
    "nyobian muka seleting, nyarios hoyong sare sareng abdi.",
]


def _perpetrator(narrative: str):
    from pseah.triage.classification.classifier import _cues
    from pseah.triage.classification.perpetrator import identify
    from pseah.triage.classification.text import Text
    text = Text.of(narrative)
    return identify(text, _cues(text))


@pytest.mark.parametrize("narrative", OPENS_ITS_SENTENCE)
def test_the_role_opening_its_sentence_did_the_acts(narrative):
    found = _perpetrator(narrative)
    assert found.type is PerpetratorType.AID_WORKER and found.strong, found


def test_control_a_friend_opening_her_sentence_did_not_do_what_was_done_with_him():
    found = _perpetrator("Tmn sekelas sy (kls 11, umur 16) dulu pacaran sm relawan yg umurnya 30an, sering diajak "
                         "nginep di hotel.")
    assert found.type is PerpetratorType.AID_WORKER, found


# --- (13) 'almost every night' is a frequency, not a denial: 'hampir setiap malam', 'almost every night', 'nearly
# every day' were read as 'almost ... did not happen' (the negator 'hampir', 'almost' reaching the habit), so a man
# keeping close to her every night after he raped her was no danger. Found while writing group 12 (no batch case).
# Written before the fix (its first version, with gropes, expected a danger the rules keep for violent acts: rewritten
# with rapes), run on a copy of cc6d173: 0 of 3 (control 1 of 1). -------------------------------------------------

ALMOST_EVERY_NIGHT = [
    "Hampir setiap malam petugas itu duduk di depan tenda saya. Dua minggu lalu dia memperkosa saya di gudang.",
    "Almost every night the guard sits outside my tent. Two weeks ago he raped me behind the store.",
    "Hampir tiap malam mandor itu nongkrong di depan tenda saya. Sebulan lalu dia memaksa saya berhubungan badan.",
]


@pytest.mark.parametrize("narrative", ALMOST_EVERY_NIGHT)
def test_almost_every_night_is_a_habit(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons


def test_control_almost_raped_is_still_an_attempt():
    result = run("Tadi malam relawan itu hampir memperkosa saya, tapi saya berhasil lari ke tenda tetangga.")
    assert not result.urgent_medical, result.reasons

"""Round 32 of issue 12: category and priority misses of the newest batches (41-52 and 36), by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 32 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Exploitation read as harassment: her tent as the price (B45-37 'cuma dapat tenda kalau "mau melayani" dia',
# B52-37 'tenda sy mau dicabut krn sy janda sendiri, kecuali sy mau melayani dia') and a stay offered free (B36-21
# 'ditawarin tinggal gratis ... "gratis kok bu, asal ibu mau melayani saya"'): the demand and the condition were read,
# but a tent is named so often as a place ('di tenda') that it was no benefit, nor was a free stay. A tent got or
# given, or hers to be taken away, and a stay offered free now are (KBBI dapat, cabut, bongkar, tinggal, gratis;
# Danadibrata meunang, dicabut, cicing; Baoesastra entuk, bongkar, manggon; English plain usage). Controls: a tent
# received with thanks, a camp's tents taken down for a move, catcalls when she walks past her tent.
# First run on 72ef781: 0 of 7, controls 3 of 3; now 7 of 7. -------------------------------------------------------

TENT_AS_THE_PRICE = [
    # Indonesian formal, her tent to be taken away unless
    "Koordinator posko bilang tenda saya akan dicabut karena saya janda, kecuali saya mau melayani dia.",
    # Indonesian, a tent got only if
    "Petugas itu bilang saya cuma dapat tenda kalau mau melayani dia.",
    # Indonesian SMS
    "sy cm dpt tenda klo mau nemenin petugas itu semalam",
    # Sundanese
    "Pa RT nyarios tenda abdi bade dicabut, iwal abdi daek ngalayanan anjeunna.",
    # Javanese ngoko
    "Lurahe ngomong tendhaku arep dibongkar, kajaba aku gelem nglayani dheweke.",
    # English
    "The camp manager said my tent would be taken down unless I agreed to sleep with him.",
    # Indonesian, a stay offered free in one sentence, the terms in the next
    "Pak H nawarin saya tinggal gratis di kamar kontrakannya. Minggu kedua dia bilang \"gratis kok bu, asal ibu mau "
    "melayani saya\".",
]


@pytest.mark.parametrize("narrative", TENT_AS_THE_PRICE)
def test_a_tent_or_a_free_stay_as_the_price_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


TENT_AS_THE_PRICE_CONTROLS = [
    ("Alhamdulillah minggu lalu kami dapat tenda dari BNPB, terima kasih banyak kepada relawan.",
     Category.NOT_MISCONDUCT),
    ("Tenda kami mau dibongkar karena lokasi pengungsian dipindah, kalau hujan kami tidur di mana?",
     Category.NOT_MISCONDUCT),
    ("Relawan itu suka siul-siul kalau saya lewat depan tenda saya.", Category.SEXUAL_HARASSMENT),
]


@pytest.mark.parametrize(("narrative", "category"), TENT_AS_THE_PRICE_CONTROLS)
def test_a_tent_with_no_terms_is_no_price(narrative, category):
    result = run(narrative)
    assert result.category is category, result.reasons


# --- (2) Urgent and sexual over-calls of a question: the survivor who would report, asked about (B52-25 'bila ada
# penyintas perkosaan yang melapor lewat kami, apakah identitasnya akan diteruskan ...?', a new NGO's question: abuse,
# urgent, critical, for not misconduct, low), and whom to tell if a woman were harassed with the report as a noun and
# a second question before the mark (B52-04 'Nek ana wong wadon sing dilecehke ..., lapore neng endi, lan jenenge sing
# nglapor dirahasiake ora?': harassment, medium, for low). Round 16's and 22's questions read the act after the
# reporting verb, or the verb 'lapor' within six words of the mark; the survivor or victim ('penyintas', 'korban',
# 'survivor') in a condition with the reporting verb right after, and the report as a noun ('lapore', 'laporannya')
# with up to twelve words to the mark, are now read too (KBBI penyintas, korban, laporan; Danadibrata korban,
# ngalaporkeun; Baoesastra korban, lapur; English plain usage). Controls: a survivor who reported last night, asked
# about; the survivor of last night's rape who would report; her sister harassed yesterday, where to report.
# First run on 0149174: 2 of 7 (the SMS read as unplaced, the krama as a question already), controls 3 of 3; now 7 of
# 7 (the SMS and the English stay unplaced, high: no word of asking the lexicon knows). -----------------------------

SURVIVOR_WHO_WOULD_REPORT = [
    # Indonesian formal
    "Kami ingin tahu: bila ada penyintas perkosaan yang melapor lewat kami, apakah identitasnya akan dirahasiakan?",
    # Indonesian SMS
    "kalo ada korban pelecehan seksual yg lapor ke posko, namanya dirahasiain gak ya?",
    # Sundanese
    "Upami aya korban perkosaan nu ngalaporkeun ka urang, naha namina dirahasiakeun?",
    # Javanese krama
    "Menawi wonten korban pelecehan ingkang lapor dhateng kula, punapa asmanipun dipun rahasiakaken?",
    # English
    "If a rape survivor reports through our clinic, will her name be shared with the organisation of the perpetrator?",
    # Javanese ngoko, the report as a noun and a second question
    "Nek ana wong wadon sing dilecehke karo relawan neng pengungsian, lapore neng endi, lan jenenge sing nglapor "
    "dirahasiake ora?",
    # Indonesian, the report as a noun
    "Kalau ada perempuan yang dilecehkan petugas, laporannya ke mana dan apakah nama pelapor dirahasiakan ya?",
]


@pytest.mark.parametrize("narrative", SURVIVOR_WHO_WOULD_REPORT)
def test_a_survivor_who_would_report_asked_about_is_no_case(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons
    assert result.category in (Category.NOT_MISCONDUCT, Category.OTHER_MISCONDUCT), result.reasons
    assert result.priority in (Priority.LOW, Priority.HIGH), result.reasons


SURVIVOR_WHO_WOULD_REPORT_CONTROLS = [
    ("Ada korban perkosaan yang melapor ke kami tadi malam, apakah identitasnya akan dirahasiakan?",
     Category.SEXUAL_ABUSE),
    ("Kalau korban perkosaan semalam itu mau melapor, apakah namanya dirahasiakan?", Category.SEXUAL_ABUSE),
    ("Adik saya dilecehkan relawan kemarin, laporannya ke mana ya?", Category.SEXUAL_HARASSMENT),
]


@pytest.mark.parametrize(("narrative", "category"), SURVIVOR_WHO_WOULD_REPORT_CONTROLS)
def test_a_case_told_then_asked_about_stays_a_case(narrative, category):
    result = run(narrative)
    assert result.category is category, result.reasons
    if category is Category.SEXUAL_ABUSE:
        assert result.urgent_medical is True, result.reasons


# --- (3) Child over-calls that raise priority: a grown woman's own children named apart from the terms asked of her
# (B51-01 'Anak saya tiga dan masih kecil-kecil' after the terms, B52-23 'Randa éta butuh artos kanggo ubar budakna',
# a widow of 19: critical by a child, for high). Round 7's rule makes her own small children a soft sign where she has
# or counts them; the count arrives as digits ('anak saya 3'), which its words of counting did not see, and a widow
# ('randa', 'randha', 'rondho', 'widow') was no grown woman to own 'budakna', 'anake', 'her child' (KBBI janda;
# Danadibrata randa; Baoesastra randha, rondho; English plain usage). Now her children counted right before, and a
# widow's own child, are that soft sign; the acts told of the grown woman decide. Controls: her own child touched
# (the count in the next sentence), a widow's small child touched, a widow's girl of 12 taken to a car for rice.
# First run on 7588810: 2 of 6 (the Javanese read already: 'loro' is a word of counting, the widow's age 30 said
# once), controls 3 of 3; now 6 of 6. ------------------------------------------------------------------------------

HER_OWN_CHILDREN_APART = [
    # Indonesian formal, the count after the terms
    "Petugas itu bilang jatah saya keluar kalau saya mau menemani dia malam ini. Anak saya tiga dan masih kecil-kecil.",
    # Indonesian SMS
    "ketua rt blg bantuan sy cair klo sy mau nemenin dia semalem. anak sy 2 dan masih kecil2.",
    # Javanese ngoko
    "Lurahe ngomong aku entuk beras nek gelem ngancani dheweke sewengi. Anakku loro lan isih cilik-cilik.",
    # Sundanese, a widow's child
    "Aya lalaki nawiskeun artos ka tatangga abdi, randa umur 25 taun, upami daek ngancanan anjeunna sapeuting. Randa "
    "eta butuh artos kanggo ubar budakna.",
    # Javanese ngoko, a widow's child
    "Ana wong lanang nawani dhuwit marang tanggaku, randha umur 30 taun, nek gelem ngancani dheweke sewengi. Randha "
    "kuwi butuh dhuwit kanggo obat anake.",
    # English
    "A man offered money to my neighbour, a widow of 28, if she would spend the night with him. The widow needs the "
    "money for her child's medicine.",
]


@pytest.mark.parametrize("narrative", HER_OWN_CHILDREN_APART)
def test_her_own_children_apart_from_the_terms_are_no_child_survivor(narrative):
    result = run(narrative)
    assert result.child_involved is False, result.reasons
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


HER_OWN_CHILDREN_APART_CONTROLS = [
    "Petugas itu memegang-megang anak saya kemarin. Anak saya tiga dan masih kecil-kecil.",
    "Seorang janda di tenda sebelah bilang relawan itu menyentuh budaknya yang masih kecil tadi malam.",
    "Ada janda umur 40 tahun di pengungsian, anaknya umur 12 tahun diajak relawan tidur di mobil kalau mau dapat beras.",
]


@pytest.mark.parametrize("narrative", HER_OWN_CHILDREN_APART_CONTROLS)
def test_a_child_acted_on_stays_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (4) Urgent over-calls of a rumour: an act heard as a rumour, the same sentence saying no one knows who nor when,
# whether it happened, or that no one saw it themselves (B42-14 'beredar isu bahwa ada perempuan yang diperkosa ...,
# tetapi ... tidak ada yang tahu siapa, kapan, atau apakah benar terjadi'; B49-04 'ngadéngé béja yén aya awéwé nu
# diperkosa ..., tapi teu jelas saha jeung iraha': abuse, urgent, critical, for not misconduct, low). Left on the
# safe side in round 30; with the words that no one knows who nor when (or whether) it is no case told, no survivor
# to reach within 72 h (KBBI isu, kabar, tahu, kapan; Danadibrata béja, jelas, saha, iraha; Baoesastra kabar, jare,
# sapa, kapan; English plain usage). Who alone unknown is a case with an unknown man, read as before. Controls: her
# sister raped last night, the man unknown ('pelakunya tidak ada yang tahu siapa'), heard as news; a neighbour raped
# last night, no one knows who; a rumour of a rape with the woman named and at the clinic.
# First run on 52a11b9: 0 of 6, controls 3 of 3; now 6 of 6 (some unplaced, high: an officer reads them). ----------

RUMOUR_NO_CASE_KNOWN = [
    # Indonesian formal
    "Di pengungsian beredar isu bahwa ada perempuan yang diperkosa di tenda belakang, tetapi tidak ada yang tahu "
    "siapa, kapan, atau apakah benar terjadi. Kami hanya mohon penerangan ditambah.",
    # Indonesian SMS
    "di grup wa rame katanya ada cewe yg diperkosa di posko sebelah, tp gak ada yg tau siapa n kapan. mohon ronda "
    "malam ditambah",
    # Sundanese
    "Abdi ngadangu beja yen aya awewe nu diperkosa di posko sejen, tapi teu jelas saha jeung iraha, ngan saukur "
    "omongan jalma. Kamana kedah ngalaporna?",
    # Javanese ngoko
    "Aku krungu kabar jare ana wong wadon sing diperkosa neng posko liya, nanging ora cetha sapa lan kapan, mung "
    "omongan wong neng warung. Nyuwun lampu ditambahi.",
    # English
    "There is a rumour in the camp that a woman was raped near the latrines, but nobody knows who or when, or whether "
    "it really happened. Please add lights.",
    # Indonesian, no one saw it themselves
    "Katanya ada relawan yang suka keluar masuk tenda perempuan malam-malam, tapi tidak ada yang melihat sendiri dan "
    "tidak ada yang tahu siapa. Ini benar tidak ya?",
]


@pytest.mark.parametrize("narrative", RUMOUR_NO_CASE_KNOWN)
def test_a_rumour_no_one_can_place_is_no_case(narrative):
    result = run(narrative)
    assert result.urgent_medical is False, result.reasons
    assert result.category in (Category.NOT_MISCONDUCT, Category.OTHER_MISCONDUCT), result.reasons


RUMOUR_NO_CASE_KNOWN_CONTROLS = [
    "Kabarnya adik saya diperkosa tadi malam di tenda belakang, pelakunya tidak ada yang tahu siapa.",
    "Tadi malam tetangga saya diperkosa di tenda belakang, sampai sekarang tidak ada yang tahu siapa pelakunya.",
    "Katanya ada perempuan yang diperkosa di tenda belakang kemarin malam, namanya Bu Siti, dia sekarang di puskesmas.",
]


@pytest.mark.parametrize("narrative", RUMOUR_NO_CASE_KNOWN_CONTROLS)
def test_a_rape_heard_of_with_a_time_or_a_name_stays_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical is True, result.reasons
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


# --- (5) Harassment the lexicon did not read, held at high as unplaced: her chest stared at in the verbs of repeated
# looking (B52-35 'saben briefing ndelengi dadaku terus'), indecent gestures (B51-25 'bari nyieun gerakan nu teu
# sopan ku leungeunna'): unplaced, high, for harassment, medium. The lexicon read 'menatap', 'melotot', 'staring' at
# the body; now 'ngeliatin' (normalised 'ngeliati'), 'ndelengi', 'ndeloki', 'neuteupan', 'nempoan' with her chest,
# breasts or bottom right after, and gestures not decent ('gerakan tidak sopan', 'gerakan nu teu sopan', 'gerakan
# jorok', 'obscene gestures'; KBBI lihat, pelotot, gerakan, sopan; Salsabila et al. 2018 ngeliatin; Baoesastra deleng,
# delok, sopan; Danadibrata teuteup, tempo, gerak; English plain usage). Controls: a child's chest examined by a
# doctor, with thanks; her chest stared at, then groped (abuse, the touch decides); exercise movements and a
# volunteer who is polite.
# First run on 24eb52e: 0 of 6, controls 3 of 3; now 6 of 6. -------------------------------------------------------

STARING_OR_GESTURES = [
    # Javanese ngoko
    "Koordinator lapangan kuwi saben briefing ndelengi dadaku terus, aku risih banget.",
    # Indonesian SMS
    "Petugas logistik itu tiap pagi ngeliatin dada saya waktu antre, bikin nggak nyaman.",
    # Sundanese
    "Relawan eta unggal isuk neuteupan dada abdi bari seuri, abdi teu betah.",
    # Indonesian formal, gestures
    "Relawan itu sering membuat gerakan tidak sopan dengan tangannya ke arah kami para perempuan.",
    # Sundanese, gestures
    "Sok ngagero ka awewe-awewe bari nyieun gerakan nu teu sopan ku leungeunna.",
    # English
    "The volunteer keeps making obscene gestures at the women queuing for water.",
]


@pytest.mark.parametrize("narrative", STARING_OR_GESTURES)
def test_staring_at_her_chest_or_indecent_gestures_is_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


STARING_OR_GESTURES_CONTROLS = [
    ("Dokter relawan itu memeriksa dada anak saya yang sesak napas, terima kasih atas pelayanannya.",
     Category.NOT_MISCONDUCT),
    ("Relawan itu ngeliatin dada saya lalu meraba dada saya di gudang kemarin.", Category.SEXUAL_ABUSE),
    ("Relawan itu selalu sopan, gerakan senamnya juga mudah diikuti ibu-ibu, terima kasih.", Category.NOT_MISCONDUCT),
]


@pytest.mark.parametrize(("narrative", "category"), STARING_OR_GESTURES_CONTROLS)
def test_a_chest_examined_or_a_touch_is_read_as_before(narrative, category):
    result = run(narrative)
    assert result.category is category, result.reasons


# --- (6) Harassment read as abuse: a kiss sent as a sticker or an emoji read as a kiss given (B52-07 'tiap mlm WA sy,
# ngirim stiker2 cium': abuse, high, for harassment, medium). Kisses sent as stickers or emojis ('stiker cium', 'stiker
# ciuman', 'stiker ambung', 'emot cium', 'kiss emojis'; KBBI stiker, cium; Baoesastra ambung; Danadibrata cium;
# English plain usage) are a remark in his messages; the kiss read inside them is set aside (classifier._cues).
# Controls: a kiss given, then a laughing sticker sent; a funny sticker, then a kiss on her cheek; stickers given to
# children, with thanks; a neighbour who kissed a girl's neck ('ciumin': the Jakarta -in still read as its root, no
# word ending in -in is listed, text._known_words).
# First run on 19cfd0e: 0 of 6, controls 4 of 4; now 6 of 6. Group 5's list of looking verbs lost its bare -in words
# in the same commit ('liatin', 'lihatin', 'ndelokin'): listed, they were no longer normalised to their roots. -----

KISSES_SENT = [
    # Indonesian SMS
    "ada org dr posko yg dulu data KK sy, skrg tiap mlm WA sy, ngirim stiker2 cium, nanya sy tidur pake baju apa.",
    # Indonesian formal
    "Petugas pendataan itu setiap malam mengirimi saya stiker cium dan emoji hati lewat WhatsApp.",
    # Sundanese
    "Relawan eta unggal peuting ngirim stiker ciuman ka abdi, abdi risih pisan.",
    # Javanese ngoko
    "Koordinator kuwi bengi-bengi ngirim stiker ambung neng WA-ku terus.",
    # English
    "The camp officer keeps sending me kiss emojis late at night on WhatsApp.",
    # Sundanese, an emoticon
    "Mandor eta sok ngirimkeun emot cium ka pamajikan batur tengah peuting.",
]


@pytest.mark.parametrize("narrative", KISSES_SENT)
def test_kisses_sent_as_stickers_are_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


KISSES_SENT_CONTROLS = [
    ("Tadi malam petugas itu mencium saya di gudang, lalu mengirim stiker tertawa.", Category.SEXUAL_ABUSE),
    ("Relawan itu ngirim stiker lucu ke grup, terus tadi siang dia nyium pipi saya di dapur umum.",
     Category.SEXUAL_ABUSE),
    ("Terima kasih relawan, anak-anak senang dapat stiker dan buku gambar.", Category.NOT_MISCONDUCT),
    ("kmrn sy liat sndiri tetangga ciumin leher anak sy (7th) di dpn pintu", Category.SEXUAL_ABUSE),
]


@pytest.mark.parametrize(("narrative", "category"), KISSES_SENT_CONTROLS)
def test_a_kiss_given_stays_a_kiss(narrative, category):
    result = run(narrative)
    assert result.category is category, result.reasons


# --- (7) Contempt named 'pelecehan' read as sexual harassment (B52-17 'ini pelecehan thd warga!!! beras yg dibagi ...
# bau apek': harassment, medium, for not misconduct, low). 'Pelecehan' is contempt before it is sexual (KBBI leceh,
# melecehkan 'memandang rendah, menghinakan'); said of the aid given as what this is, of the residents, the displaced
# or their rights ('ini pelecehan terhadap warga', 'adalah pelecehan terhadap pengungsi', 'ieu mah pelecehan ka
# warga', 'iki pelecehan marang warga', 'is a harassment of the displaced people'; Danadibrata and Baoesastra have the
# Indonesian loan as is), it is a right violated, as round 22's 'memperkosa hak'. Never of women or a child among them,
# nor 'pelecehan seksual'. Controls: harassment of the women among the residents, with groping; sexual harassment of
# residents last night; harassment of her child.
# First run on 1ea4f3c: 0 of 6, controls 3 of 3; now 6 of 6. -------------------------------------------------------

CONTEMPT_OF_THE_PEOPLE = [
    # Indonesian SMS
    "ini pelecehan thd warga!!! beras yg dibagi di posko bau apek, mie cm 2 bungkus per KK. tolong disampaikan ke pemda",
    # Indonesian formal
    "Pembagian bantuan yang tidak adil ini adalah pelecehan terhadap pengungsi, kami minta data penerima diperiksa "
    "ulang.",
    # Sundanese
    "Ieu mah pelecehan ka warga, beas nu dibagikeun geus bau, cai beresih teu datang-datang tilu poe.",
    # Javanese ngoko
    "Iki pelecehan marang warga, berase mambu apek lan banyu resik ora teka telung dina.",
    # English
    "Giving us rotten rice is an insult and a harassment of the displaced people, please tell the district government.",
    # Indonesian, of their rights
    "Bantuan telat terus, ini penghinaan dan pelecehan terhadap hak-hak pengungsi.",
]


@pytest.mark.parametrize("narrative", CONTEMPT_OF_THE_PEOPLE)
def test_contempt_of_the_people_is_no_sexual_harassment(narrative):
    result = run(narrative)
    assert result.category in (Category.NOT_MISCONDUCT, Category.OTHER_MISCONDUCT), result.reasons
    assert result.urgent_medical is False, result.reasons


CONTEMPT_OF_THE_PEOPLE_CONTROLS = [
    ("Relawan itu melakukan pelecehan terhadap warga perempuan di posko, dia meraba-raba mereka saat antre.",
     Category.SEXUAL_ABUSE),
    ("Terjadi pelecehan seksual terhadap warga di pengungsian tadi malam oleh petugas gudang.",
     Category.SEXUAL_HARASSMENT),
    ("Ada pelecehan terhadap anak saya oleh relawan di tenda belajar.", Category.SEXUAL_HARASSMENT),
]


@pytest.mark.parametrize(("narrative", "category"), CONTEMPT_OF_THE_PEOPLE_CONTROLS)
def test_harassment_of_women_or_a_child_stays_sexual(narrative, category):
    result = run(narrative)
    assert result.category is category, result.reasons


# --- (8) Abuse held as unplaced with the rules alone: stroking in the Sundanese -an form (B41-30 'ngusapan dada sim
# kuring kalayan alesan badé mariksa jantung', five days before: unplaced, high; the learned model guessed
# harassment): 'ngusapan', 'diusapan', 'ngelusan' with the body after (Danadibrata usap: ngusapan, diusapan; elus),
# as 'ngusap', 'mengusap', 'ngelus' were read already. Controls: a child's back stroked while coughing, with thanks
# ('tonggong' is no body word of the list); a feverish child's forehead; her own tears wiped.
# First run on 5d15167: 4 of 6 (the Indonesian, Javanese, English and 'ngusap-ngusap' read already), controls 3 of 3;
# now 6 of 6. ---------------------------------------------------------------------------------------------------

STROKING_THE_BODY = [
    # Sundanese lemes, as B41-30's class
    "Lima dinten ka pengker petugas nu ngaku relawan medis ngusapan dada sim kuring kalayan alesan bade mariksa "
    "jantung.",
    # Sundanese, read already
    "Relawan eta ngusap-ngusap pingping abdi di tenda kaséhatan, abdi isin pisan.",
    # Sundanese loma
    "Kamari supir bantuan ngusapan bujur pun adi di mobil.",
    # Indonesian, read already
    "Petugas itu mengusap-usap dada saya dengan alasan memeriksa jantung, padahal tidak pakai alat.",
    # Javanese, read already
    "Wingi relawan kuwi ngelus-elus pupuku neng tenda kesehatan.",
    # English, read already
    "The volunteer medic stroked my chest for a long time, saying he was checking my heart.",
]


@pytest.mark.parametrize("narrative", STROKING_THE_BODY)
def test_stroking_her_body_is_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


STROKING_THE_BODY_CONTROLS = [
    "Relawan medis ngusapan tonggong budak abdi nu keur batuk, hatur nuhun pisan.",
    "Perawat relawan mengusap dahi anak saya yang demam, terima kasih.",
    "Abdi ngusapan cimata nu ngocor, teu kuat ningali imah rubuh.",
]


@pytest.mark.parametrize("narrative", STROKING_THE_BODY_CONTROLS)
def test_a_back_a_forehead_or_tears_stroked_is_no_abuse(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons

# --- Left (not run): what this round did not fix, with why; the blind README's Round 32 section lists the cases. --

KNOWN_GAPS = [
    # a rape feared, read as told (B49-22 'sy takut diperkosa, pintu tenda gk bs dikunci': abuse, urgent, for
    # harassment, not urgent): reading 'takut diperkosa' as feared (tried: a topic like round 27's 'an act feared')
    # takes away the assault that the danger beside it (her door cannot be locked, his visit announced) needs, and
    # B49-22 fell to medium, below its label (critical): left until the danger rules read a feared act beside his
    # announced visit
    "satpam itu bilang nanti malam mau ke tenda saya. sy takut diperkosa, pintu tenda gk bs dikunci",
    # the benefit promised as more of it ('sembakonya ditambahin', B36-17; 'mun hayang cai mah dua drum ge dibere,
    # tapi engke peuting ulin heula ka mobil akang', B36-13): harassment for exploitation; the Sundanese, Javanese
    # and English company asked ('kancanan akang di kamar', 'keep him company at his guesthouse tonight') are not read
    # at all, a group of their own
    "dia bilang ke ibu itu \"nanti malem temenin abang di penginapan ya, sembakonya ditambahin.\"",
    "Relawan eta nyarios, engke peuting kancanan akang di kamar, beasna ditambahan.",
    # a rumour whose 'no one knows who' stands in the next sentence (B44-09): read as harassment, medium
    "Katanya ada relawan yang suka keluar masuk tenda cewek malam-malam. Tapi gak ada yang tau siapa, gak ada yang "
    "ngaku liat sendiri.",
    # a survivor who would report, asked in SMS or English with no word of asking the lexicon knows: unplaced, high
    "If a rape survivor reports through our clinic, will her name be shared with the organisation of the perpetrator?",
    # a picture of her in her nightdress asked at night (B49-05 'kirim foto dong yg pake daster': unplaced, high, for
    # harassment, medium): tried as 'asking for intimate images' without 'only' (round 8 needs 'pake daster doang');
    # it read B49-05 and B44-17 right, but made B45-12 exploitation ('"kamu cantik kalau lagi nangis", minta foto saya
    # pakai daster', the 'when' of his remark read as the terms, 'huntara' of the sentence before as the benefit):
    # reverted, left until a remark's 'kalau' ('when') is told from the terms' 'kalau' ('if')
    "relawan yg nyatet no hp sy tiap malem wa sy \"cantik lg apa\", \"kirim foto dong yg pake daster\".",
]

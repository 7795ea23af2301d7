"""Round 35 of issue 12: what round 34 left, over-calls first, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 35 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Urgent over-call: the day she told, right beside the verb of telling, kept as a second time of the act
# (B54-18 'A woman came to our mobile clinic today and told me that four nights ago one of the soldiers ... forced
# himself on her': urgent, dated by 'today', for not urgent): round 9 keeps the more recent of two times told before
# the act in its sentence, since a missed window costs more than an examination; but a time right beside a verb of
# telling ('today and told me', 'cerita tadi pagi', 'nyarios dinten ieu', 'crita dina iki') dates the disclosure, as
# round 11 read it in another sentence, and is no second time of the act when a nearer time of the act is told (KBBI
# cerita, bilang; Danadibrata nyarios; Baoesastra crita, ngomong; English plain usage). Controls: the act last night
# told the same way; the disclosure dated and no other time told (possibly within 72 h, as before); two times of the
# act side by side ('two days ago, on Wednesday night').
# First run on db509b1: 0 of 6 (all urgent, dated by the day she told), controls 3 of 3; now 6 of 6. ------------------

THE_DAY_SHE_TOLD = [
    # English
    "A girl of twenty came to our health post today and told me that five nights ago a volunteer from the kitchen "
    "forced himself on her behind the tents.",
    # English, 'this morning'
    "My neighbour told me this morning that a week ago the camp driver raped her in his truck.",
    # Indonesian formal
    "Korban baru bercerita tadi pagi bahwa empat hari yang lalu ia diperkosa oleh petugas logistik di gudang.",
    # Indonesian SMS
    "tmn sy br curhat hr ini, 5 hari lalu dia diperkosa relawan dapur umum d blkg tenda",
    # Sundanese
    "Tatangga abdi nembe nyarios dinten ieu yen opat dinten kapengker anjeunna diperkosa ku relawan di gudang.",
    # Javanese
    "Kancaku lagi crita dina iki yen limang dina kepungkur dheweke diperkosa relawan neng gudang.",
]

THE_DAY_SHE_TOLD_CONTROLS = [
    # the act last night, told today: urgent within 72 h
    ("A woman came to our health post today and told me that last night a volunteer forced himself on her.", True),
    # only the day she told: the act possibly within 72 h, an officer asks
    ("Korban baru bercerita tadi pagi bahwa ia diperkosa oleh petugas logistik di gudang.", True),
    # two times of the act side by side, the more recent within 72 h
    ("Two days ago, on Wednesday night, the driver raped her in the truck.", True),
]


@pytest.mark.parametrize("narrative", THE_DAY_SHE_TOLD)
def test_the_day_she_told_does_not_date_an_older_act(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert not result.urgent_medical, result.reasons


@pytest.mark.parametrize("narrative, urgent", THE_DAY_SHE_TOLD_CONTROLS)
def test_the_day_she_told_controls(narrative, urgent):
    assert run(narrative).urgent_medical is urgent


# --- (2) Urgent over-call: the name of a trauma-recovery programme read as a child's distress (B53-02 'seorang
# relawan kegiatan pemulihan trauma rutin mengisikan pulsa ..., dan mengajaknya datang ke tenda relawan selepas
# isya': a child invited to his tent, then 'in distress', a suspected assault, urgent, for not urgent): 'trauma' was
# read as distress except before 'healing', 'center' or 'counselling'; after the words of recovery or healing
# ('pemulihan trauma', 'penyembuhan trauma', 'pamulihan trauma', 'trauma recovery'; KBBI pemulihan, penyembuhan;
# Danadibrata pulih; Baoesastra pulih; English plain usage) it names the programme the man works for, not what the
# child shows. Controls: the child taken to his tent, then crying; the child 'trauma' after being taken there; a
# volunteer of the same programme who took her to his tent, after which she cried.
# First run on 62a6103: 2 of 6 (four urgent by the programme read as distress), controls 3 of 3; now 6 of 6. ---------

THE_PROGRAMME_NAMED = [
    # Indonesian formal
    "Relawan program pemulihan trauma sering memberi jajan kepada murid kelas 5 dan mengajaknya ke tenda relawan "
    "setelah magrib. Ia berpesan agar tidak bilang ke orang tua.",
    # Indonesian SMS
    "relawan kegiatan pemulihan trauma ngajak anak sy (11th) ke tendanya malem2, dikasih pulsa, blg jgn cerita ke ibu",
    # Sundanese
    "Relawan ti kagiatan pamulihan trauma sok mere jajan ka budak abdi nu kelas 4, teras ngajak ka tendana peuting.",
    # Javanese
    "Relawan kegiatan penyembuhan trauma ngajak anakku sing isih kelas 3 menyang tendane bengi-bengi lan diwenehi "
    "jajan.",
    # English
    "A volunteer from the trauma recovery programme keeps giving phone credit to a girl of 13 and invites her to his "
    "tent after dark.",
    # English, the programme after the man
    "The man who runs the trauma recovery sessions invited my daughter (12) to the volunteers' tent at night and "
    "gave her snacks.",
]

THE_PROGRAMME_NAMED_CONTROLS = [
    # taken to his tent, then crying
    "Relawan mengajak anak saya (11 tahun) ke tendanya tadi malam, pulangnya dia menangis terus.",
    # 'trauma' as what the child shows
    "Anak saya (12 tahun) diajak ke tenda relawan kemarin malam, sekarang dia trauma dan tidak mau keluar.",
    # a volunteer of the programme took her there, after which she cried
    "A volunteer from the trauma recovery programme took my daughter (13) to his tent last night and she came back "
    "crying.",
]


@pytest.mark.parametrize("narrative", THE_PROGRAMME_NAMED)
def test_a_trauma_recovery_programme_is_no_distress(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert not result.urgent_medical, result.reasons
    assert result.priority.value == "critical", result.reasons


@pytest.mark.parametrize("narrative", THE_PROGRAMME_NAMED_CONTROLS)
def test_a_trauma_recovery_programme_controls(narrative):
    result = run(narrative)
    assert result.child_involved and result.urgent_medical, result.reasons


# --- (3) Harassment read as negated: 'without stopping' after a negator (B53-26 'tentara nu ngabagikeun sembako ...
# teu eureun-eureun ngomongkeun awak abdi, 'bohay' cenah': the comments on her body 'ignored, negated by "teu"',
# unplaced, for harassment): a negator followed by a word of stopping ('teu eureun-eureun', 'tidak henti-hentinya',
# 'gk berhenti2', 'ora leren-leren', 'never stopped', 'did not stop') says the act went on and on, as 'tidak mau' says
# she refused: it denies nothing (Danadibrata eureun; KBBI henti, berhenti; Baoesastra leren, mandheg; English plain
# usage). Controls: the same comments denied outright in each language.
# First run on bb25187: 0 of 6 (all negated), controls 3 of 3; now 6 of 6. ---------------------------------------------

WITHOUT_STOPPING = [
    # Sundanese
    "Satpam posko teu eureun-eureun ngomongkeun awak abdi unggal abdi ngalangkung.",
    # Indonesian formal
    "Petugas distribusi tidak henti-hentinya mengomentari tubuh saya waktu antre beras.",
    # Indonesian SMS
    "relawan itu gk berhenti2 godain sy tiap lewat tenda",
    # Javanese
    "Sopir truk bantuan ora leren-leren ngomongke awakku nalika aku antri beras.",
    # English
    "The camp guard never stopped commenting on my body whenever I walked past.",
    # English, 'did not stop'
    "The distribution officer did not stop making sexual comments about me in the queue.",
]

DENIED_OUTRIGHT = [
    "Satpam posko teu ngomongkeun awak abdi, ngan naros nami.",
    "Petugas distribusi tidak mengomentari tubuh saya, hanya menanyakan nama.",
    "The camp guard never commented on my body; he only asked my name.",
]


@pytest.mark.parametrize("narrative", WITHOUT_STOPPING)
def test_without_stopping_is_no_negation(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_harassment", result.reasons


@pytest.mark.parametrize("narrative", DENIED_OUTRIGHT)
def test_denied_outright_stays_negated(narrative):
    result = run(narrative)
    assert result.category.value != "sexual_harassment", result.reasons


# --- (4) Child over-call: a child who told what he saw done to a grown woman, the pronoun resumed before the seeing
# verb more than eight words on (B53-28 'Anakku lanang umur 8 taun mau esuk crito, wingi bengi dheweke weruh mbak
# Wati, tanggaku umur 20-an, diseret ... lan diperkosa': child, for no child): round 6 reads a child who saw what was
# done to a grown woman as a witness when the seeing verb comes within eight words of the child, round 19 a dozen
# words on with 'all of it' after it; now also a dozen words on where a third person resumes the child right before
# the seeing verb ('dheweke weruh', 'dia melihat', 'manehna ningali', 'he saw'), and the one seen is a grown woman by
# her word or by an age of 18 or more told after the verb (KBBI dia, melihat; Danadibrata manehna, ningali;
# Baoesastra dheweke, weruh; English plain usage). Controls: the child herself dragged and raped; the child who saw a
# girl of 15 raped; the child who saw a grown woman's rape told with no pronoun, the age of the one seen not told.
# First run on 2e3ff37: 1 of 6 (the Indonesian SMS, its verb within eight words), controls 2 of 2; now 6 of 6. -------

A_CHILD_WHO_SAW = [
    # Javanese
    "Anakku wadon umur 9 taun wingi sore crita, dheweke weruh tanggaku umur 30-an diseret menyang mburi tenda lan "
    "diperkosa relawan.",
    # Indonesian formal
    "Anak saya laki-laki umur 10 tahun tadi pagi bercerita, dia melihat tetangga kami umur 25 tahun ditarik ke "
    "belakang gudang lalu diperkosa petugas.",
    # Indonesian SMS
    "anak sy cowo 7th kmrn crita, dia liat tetangga sy umur 20an diseret ke blkg tenda trs diperkosa relawan",
    # Sundanese
    "Budak abdi lalaki umur 8 taun tadi isuk nyarios, manehna ningali tatangga abdi umur 30 taun diseret ka "
    "tukangeun tenda teras diperkosa ku relawan.",
    # English
    "My son, who is 9 years old, told me this morning that he saw our neighbour, a woman of about 30, dragged "
    "behind the warehouse and raped by a volunteer.",
    # English, 'she saw'
    "My daughter of 11 came home crying yesterday and said she saw a woman of 40 from the next tent raped by the "
    "driver.",
]

A_CHILD_WHO_SAW_CONTROLS = [
    # the child herself dragged and raped
    "Anak saya perempuan umur 10 tahun tadi pagi bercerita, dia ditarik ke belakang gudang lalu diperkosa petugas.",
    # the one seen is a girl of 15
    "Anakku lanang umur 9 taun wingi crita, dheweke weruh bocah wadon umur 15 taun diseret menyang mburi tenda lan "
    "diperkosa relawan.",
]


@pytest.mark.parametrize("narrative", A_CHILD_WHO_SAW)
def test_a_child_who_saw_a_grown_woman_harmed_is_a_witness(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", A_CHILD_WHO_SAW_CONTROLS)
def test_a_child_who_saw_controls(narrative):
    assert run(narrative).child_involved


# --- (5) Exploitation read as harassment: money or aid given by the Sundanese or Javanese active verb, then a night
# asked after 'teras', 'terus', 'lajeng' (round 34's KNOWN_GAPS: 'Petugas masihan artos kanggo susu murangkalih, teras
# nyuhunkeun abdi ngancanan anjeunna sapeuting', harassment, medium): the Indonesian 'memberi', 'ngasih' and the
# English 'gave me' link the money to the night asked in its sentence, but the Sundanese 'masihan' and the Javanese
# 'menehi', 'ngekei', krama 'maringi' were no word of giving, only their passives ('dipasihan', 'dibere', 'diwenehi',
# 'diparingi'); now they are, never as telling ('masihan terang', 'menehi ngerti', 'maringi pirsa', as 'memberi tahu'
# is not) (Danadibrata masihan; Baoesastra menehi, ngekei, krama maringi). The loma 'mere' is left (KNOWN_GAPS: B45-20,
# a girl given phone credit by 'mere', is labelled abuse, grooming). Controls: 'masihan terang' (told her) before
# sexual talk; 'menehi ngerti' (told her) before a night asked; 'a mere week after the flood'.
# First run on 30409d3: 1 of 6 (the Indonesian SMS, the parity), controls 3 of 3; now 6 of 6. ---------------------

GIVEN_THEN_A_NIGHT = [
    # Sundanese lemes
    "Petugas masihan artos kanggo susu murangkalih, teras nyuhunkeun abdi ngancanan anjeunna sapeuting.",
    # Sundanese lemes, the aid given
    "Koordinator posko masihan beas dua karung, teras ngajak abdi sare bareng di mobilna.",
    # Javanese ngoko
    "Petugas menehi duit kanggo susu anakku, terus njaluk aku ngancani dheweke sewengi.",
    # Javanese ngoko, 'ngekei'
    "Sopir truk bantuan ngekei beras rong karung, terus ngajak aku turu bareng neng truke.",
    # Javanese krama
    "Petugas punika maringi arta kangge tumbas beras, lajeng ngajak kula tilem sesarengan.",
    # Indonesian SMS (read already: the parity the others are brought to)
    "Relawan ngasih beras 2 karung, terus ngajak sy nginep di mobilnya.",
]

GIVEN_THEN_A_NIGHT_CONTROLS = [
    "Relawan masihan terang ka abdi ngeunaan jadwal bantuan, teras sok ngomong jorang ka abdi.",
    "Koordinator posko menehi ngerti yen bantuan teka sesuk, terus ngajak aku turu bareng.",
    "A mere week after the flood, the driver asked me to spend the night with him.",
]


@pytest.mark.parametrize("narrative", GIVEN_THEN_A_NIGHT)
def test_given_then_a_night_is_exploitation(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_exploitation", result.reasons
    assert result.priority.value == "high", result.reasons


@pytest.mark.parametrize("narrative", GIVEN_THEN_A_NIGHT_CONTROLS)
def test_given_then_a_night_controls(narrative):
    assert run(narrative).category.value == "sexual_harassment"


# --- (6) Exploitation over-call: the goods the man carries, named in his job, read as the price (B55-22 'sopir tangki
# air bersih yg dtg ke titik air ... suka siul2 dan ngomongin badan ibu2 yg antri, ... trs sengaja nyiram2 baju biar
# basah': exploitation, 'siul2' linked to 'air bersih' by 'biar', for harassment, medium): a benefit named right after
# the man's role and his vehicle ('sopir tangki air bersih', 'sopir truk beras', 'sopir tangki cai', 'sopir tangki
# banyu') or right before them ('the rice truck driver') says what he drives, as 'petugas distribusi' names his work:
# no price of anything (KBBI sopir, tangki, truk; Danadibrata sopir, tangki; Baoesastra sopir, tangki; English plain
# usage). And the water point, the place where aid is given ('ke titik air RW 05', 'di titik cai', 'at the water
# point'; KBBI titik, lokasi, tempat), is where, not a price. Controls: the same driver who says he will give more
# water if she keeps him company tonight; the rice given if she lets him kiss her.
# First run on b62175c: 1 of 6 (the English), controls 2 of 2; now 6 of 6. The place, written when B55-22 still read
# 'titik air' as the price after the first fix: 1 of 3 on b62175c (the English), now 3 of 3. ----------------------

WHAT_HE_DRIVES = [
    # Indonesian SMS
    "sopir tangki air bersih suka godain ibu2 yg antri, trs sengaja nyipratin baju kita biar basah",
    # Indonesian SMS, 'mobil tangki'
    "sopir mobil tangki air suka siul2 ke ibu2 yg antri trs nyiram2 baju kita biar basah",
    # Indonesian formal
    "Sopir truk beras bantuan sering bersiul dan menggoda para ibu yang antre, lalu sengaja menyiram baju kami "
    "supaya basah.",
    # Sundanese
    "Sopir tangki cai bersih sok ngagoda ibu-ibu nu ngantri, teras ngahaja nyiram acuk urang sangkan baseuh.",
    # Javanese
    "Sopir tangki banyu resik seneng ngomongke awake ibu-ibu sing antri, terus sengaja nyiram klambi ben teles.",
    # English (read already)
    "The rice truck driver makes sexual comments to the women in the queue and splashes their clothes so that they "
    "get wet.",
]

AT_THE_WATER_POINT = [
    "Relawan yg jaga titik air tiap pagi suka godain ibu2 yg antri, trs sengaja nyiram2 baju kita biar basah",
    "Satpam di titik cai sok ngagoda ibu-ibu nu ngantri, teras ngahaja nyiram acuk urang sangkan baseuh.",
    "The guard at the water point whistles at the women in the queue and splashes their clothes so that they get wet.",
]

WHAT_HE_DRIVES_CONTROLS = [
    "Sopir tangki air bilang mau ngasih air lebih biar saya mau nemenin dia malam ini.",
    "Sopir truk beras bilang berasnya dikasih kalau saya mau dicium.",
]


@pytest.mark.parametrize("narrative", WHAT_HE_DRIVES + AT_THE_WATER_POINT)
def test_what_he_drives_is_no_price(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_harassment", result.reasons
    assert result.priority.value == "medium", result.reasons


@pytest.mark.parametrize("narrative", WHAT_HE_DRIVES_CONTROLS)
def test_what_he_drives_controls(narrative):
    assert run(narrative).category.value == "sexual_exploitation"


# --- (7) Discrimination read as praise: 'your kind' and the community he belongs to (B56-12 'one of our contracted
# drivers shoved an elderly man ... out of the queue and told him 'your kind gets nothing here' because he belongs to
# the Ahmadiyya community': not misconduct, '"kind" (praise)', unknown, for other misconduct, aid worker, low):
# 'kind' after 'your', 'their', 'that', 'what' or before 'of' is a sort of people, no praise; and aid withheld or a man
# sent away because he belongs to a congregation ('because he belongs to', 'karena dia jemaat', 'margi anjeunna
# kaasup jamaah', 'amarga dheweke kalebu jamaah') is discrimination by religion, as round 11's 'beda agama' is (KBBI
# jemaat, jemaah, penganut; Danadibrata kaasup; Baoesastra kalebu; English plain usage). Controls: a volunteer very
# kind to her children (praise, not misconduct); a man who belongs to the volunteers' team said in passing.
# First run on a2a330b: 1 of 6 (the English "refused to give ... because"), controls 2 of 2; now 6 of 6. ------------

WHO_HE_BELONGS_TO = [
    # English
    "The driver told us 'your kind gets nothing here' because we belong to the Shia community.",
    # English, 'belongs to'
    "The distribution officer refused to give my father rice because he belongs to the Ahmadiyya community.",
    # Indonesian formal
    "Petugas logistik tidak memberi beras ke bapak saya karena dia jemaat Ahmadiyah.",
    # Indonesian SMS
    "ptgs distribusi g ngasih beras ke kami krn kami jamaah ahmadiyah",
    # Sundanese
    "Relawan teu masihan beas ka bapa abdi margi anjeunna kaasup jamaah Ahmadiyah.",
    # Javanese
    "Sopir logistik ora menehi beras marang bapakku amarga dheweke kalebu jamaah Ahmadiyah.",
]

WHO_HE_BELONGS_TO_CONTROLS = [
    ("The volunteer at the kitchen was very kind to my children.", "not_misconduct"),
    ("Terima kasih, relawan itu jemaat masjid kami dan sangat membantu.", "not_misconduct"),
]


@pytest.mark.parametrize("narrative", WHO_HE_BELONGS_TO)
def test_who_he_belongs_to_is_discrimination(narrative):
    result = run(narrative)
    assert result.category.value == "other_misconduct", result.reasons
    assert result.priority.value == "low", result.reasons


@pytest.mark.parametrize("narrative, category", WHO_HE_BELONGS_TO_CONTROLS)
def test_who_he_belongs_to_controls(narrative, category):
    assert run(narrative).category.value == category


# --- (8) Harassment unread: his comments to the women, who they are told between, then 'about their bodies' (B55-12
# 'The local interpreter ... keeps making comments to young women patients about their bodies while translating':
# unplaced, high, for harassment, medium): round 7's comments on the body allow three words between the verb and the
# body, round 16's talk 'about' the body none; now the verb of commenting or talking, then to whom ('to', 'kepada',
# 'ke', 'ka', 'marang') and up to five words, then 'about' ('about', 'tentang', 'soal', 'perkawis', 'ngeunaan', 'bab')
# and the body (KBBI komentar, tentang; Danadibrata nyarios, perkawis; Baoesastra ngomong, marang, bab; English plain
# usage). Controls: comments to the patients about their medicine; talk to the women about the aid schedule.
# First run on c87ce62: 0 of 6, controls 2 of 2; now 6 of 6. --------------------------------------------------------

COMMENTS_TO_THEM_ABOUT_THEIR_BODIES = [
    # English
    "The interpreter keeps making comments to the young women patients about their bodies.",
    # English, 'remarks'
    "The shelter manager makes remarks to the women in the queue about their figures.",
    # Indonesian formal
    "Petugas posko sering berkomentar kepada ibu-ibu yang antre tentang bentuk tubuh mereka.",
    # Indonesian SMS
    "relawan itu suka komen ke cewe2 pengungsi soal badan mereka",
    # Sundanese
    "Relawan sok nyarios ka ibu-ibu nu ngantri perkawis awakna.",
    # Javanese
    "Sopir kuwi seneng ngomong marang ibu-ibu sing antri bab awake.",
]

COMMENTS_TO_THEM_CONTROLS = [
    "The interpreter makes comments to the patients about their medicine.",
    "Relawan sok nyarios ka ibu-ibu nu ngantri perkawis jadwal bantuan.",
]


@pytest.mark.parametrize("narrative", COMMENTS_TO_THEM_ABOUT_THEIR_BODIES)
def test_comments_to_them_about_their_bodies(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_harassment", result.reasons
    assert result.priority.value == "medium", result.reasons


@pytest.mark.parametrize("narrative", COMMENTS_TO_THEM_CONTROLS)
def test_comments_to_them_controls(narrative):
    assert run(narrative).category.value != "sexual_harassment"


# --- (9) An attempt read as harassment, below its label: her clothes about to be opened, in the passive with the verb
# first (B55-18 'teras abdi didorong kana kasur bari rék dibuka bajuna. Abdi ngagorowok sareng kabur', eight months
# before: harassment, medium, for abuse, high): round 20 reads 'rek muka baju', 'mau membuka baju' (the active after
# 'about to' or 'tried') and round 18 'bajuna rek dibuka' (the clothes first) as an attempt; the passive with the verb
# first ('rék dibuka bajuna', 'mau dibuka bajunya', 'arep dibukak klambiku') was not (Danadibrata buka, dibuka, laan;
# KBBI buka, dibuka; Baoesastra bukak, dibukak). Controls: a box of aid about to be opened tomorrow, its contents
# clothes; the same attempt told within 72 h (urgent, round 34's attempt told by what he did).
# First run on 6b9b161: 2 of 6 (the Sundanese 'nyekel abdi ..., rek dilaan calana abdi', abuse by his holding her, and
# the English), controls 1 of 2 (the attempt last night read as other misconduct, low, no urgent); now 6 of 6, 2 of 2.

HER_CLOTHES_ABOUT_TO_BE_OPENED = [
    # Sundanese
    "Dua sasih kapengker relawan ngadorong abdi kana kasur bari rek dibuka acukna, abdi ngagorowok teras kabur.",
    # Sundanese, 'dilaan'
    "Sasih kapengker petugas gudang nyekel abdi, rek dilaan calana abdi, tapi abdi tiasa lumpat.",
    # Indonesian SMS
    "bln lalu sy didorong ke kasur sm relawan, mau dibuka bajunya, sy teriak trs kabur",
    # Indonesian
    "Bulan lalu petugas gudang mendorong saya ke kasur dan saya hendak dibuka bajunya, tetapi saya berhasil lari.",
    # Javanese
    "Sasi kepungkur relawan kuwi nyurung aku menyang kasur, arep dibukak klambiku, aku bengok-bengok banjur mlayu.",
    # English (read already)
    "Two months ago the guard pushed me onto the mattress and tried to take my clothes off; I screamed and ran.",
]


@pytest.mark.parametrize("narrative", HER_CLOTHES_ABOUT_TO_BE_OPENED)
def test_her_clothes_about_to_be_opened_is_an_attempt(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert not result.urgent_medical, result.reasons


def test_her_clothes_about_to_be_opened_controls():
    assert run("Kotak bantuan rek dibuka isukan, eusina acuk bekas.").category.value != "sexual_abuse"
    result = run("Tadi wengi relawan ngadorong abdi kana kasur bari rek dibuka acukna, abdi ngagorowok teras kabur.")
    assert result.category.value == "sexual_abuse" and result.urgent_medical, result.reasons


# --- (10) Child over-call: her own children with her in the queue, the act told of her (B53-26 'Basa abdi ngantri
# sembako sareng dua budak abdi, tentara ... teu eureun-eureun ngomongkeun awak abdi': child by 'budak', for no child):
# round 25 sets aside the reporter's own children named in a sentence where nothing sexual is done, or who saw it; now
# also her own children named as those she is with ('sareng dua budak abdi', 'bersama anak saya', 'bareng anak sy',
# 'karo anakku', 'with my children'), where every act of their sentence is told of her ('awak abdi', 'pantat saya',
# 'bokongku', 'my breast'): the family beside her, not the one harmed (KBBI bersama; Danadibrata sareng, jeung;
# Baoesastra karo, bareng; English plain usage). Controls: her child, with her, touched; her child of 12 with her, his
# chest touched.
# First run on e46c34d: 0 of 6, controls 2 of 2; now 6 of 6. ---------------------------------------------------------

HER_CHILDREN_WITH_HER = [
    # Sundanese
    "Waktu abdi ngantri sembako sareng budak abdi, satpam posko ngomongkeun awak abdi bari kiceup-kiceup.",
    # Indonesian formal
    "Saat saya antre beras bersama dua anak saya, petugas distribusi meraba pantat saya.",
    # Indonesian SMS
    "pas sy antri air bareng anak sy, sopir tangki colek2 pantat sy",
    # Javanese
    "Nalika aku antri beras karo anakku loro, relawan kuwi ngelus-elus bokongku.",
    # English
    "While I was queuing for rice with my children, the guard grabbed my breast.",
    # English, a count between
    "I was at the water point with my two kids when the driver grabbed my breast.",
]

HER_CHILDREN_WITH_HER_CONTROLS = [
    "Saat saya antre bersama anak saya, petugas meraba anak saya.",
    "Pas aku antri karo anakku (12 taun), relawan kuwi ngelus-elus dhadhane anakku.",
]


@pytest.mark.parametrize("narrative", HER_CHILDREN_WITH_HER)
def test_her_children_with_her_are_not_the_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", HER_CHILDREN_WITH_HER_CONTROLS)
def test_her_children_with_her_controls(narrative):
    assert run(narrative).child_involved


# What round 35 left (time box), by class: not run as tests; see the blind README's Round 35 section.
KNOWN_GAPS = [
    # urgent over-call on 54 (B54-30: a boy of 12 asked by chat every night to stay at the volunteers' tent, home at
    # 11 at night the day before and will not say what he did: 'suspected assault (taken away, then in distress)',
    # dated by 'tiap mlm', labelled not urgent): the line between an invitation and a night spent is not clear; left
    # on the safe side, as B56-38
    "adik sy (11th) tiap mlm di-chat relawan diajak nginep di tendanya, kmrn pulang jam 12 mlm gk mau cerita apa2",
    # child over-calls on 53 (precision 11/13): a father's children in the queue and his eldest who saw him hit, no
    # sexual act told ('sampai sekarang masih ketakutan', the child's lasting fear, also read as ongoing danger,
    # B53-05); her children 'all still small' after a comma (B53-22, tried and reverted in round 33)
    "Pas ngantri bareng anak-anakku, sopir kuwi nggebuki pundakku; anakku sing gedhe weruh lan nganti saiki isih wedi.",
    # the Sundanese loma 'mere' as giving (group 5): B45-20, a girl of 16 given phone credit by 'sok mere pulsa' and
    # then asked for naked pictures, is labelled abuse (grooming); the link would make it exploitation, as its
    # Indonesian 'sering ngasih pulsa' already is; the convention for gifts to a child of 16 first
    "Relawan sok mere pulsa ka abdi (16 taun), teras menta poto abdi teu make baju.",
    # a dry classroom or tent as the price ('I could get a dry classroom if I slept with him'): no benefit read
    "The camp manager said I could get a dry classroom if I slept with him.",
    # his getting into her sleeping mat in Sundanese and Javanese with his role named earlier, past a comma
    "Tadi wengi relawan datang ka tenda abdi, teras asup ka samak abdi.",
    # exploitation below its label on 55 (B55-23: put on the cash list 'asal kuring daék ulin ka kosanna', then two
    # sentences later 'diajak saré bareng'): the visit to his lodging as the terms and the night told after them
    "Relawan nu ngurus daptar bantuan ngajangjikeun ngaran abdi diasupkeun asal abdi daek ulin ka kosanna. Di ditu "
    "abdi diajak sare bareng.",
    # unplaced on 56 (B56-36: a shirtless selfie and 'udah bobo belum sayang' sent late at night to a beneficiary)
    "The field coordinator keeps sending me shirtless selfies at night with 'udah bobo belum sayang'.",
]

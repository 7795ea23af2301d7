"""Round 34 of issue 12: safety misses of batches 55 and 56 (just moved in from final/), by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 34 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


def _danger(result) -> bool:
    return any(reason.startswith("ongoing danger") for reason in result.reasons)


# --- (1) An attempted rape told by what he did, within 72 hours, read as other misconduct, low, urgent missed
# (B56-20 'our team leader came into my room ..., got into my bed and tried to pull my shorts down. I kicked him and
# he left.'): 'shorts' was no garment of the English attempt, his getting into her bed was read only right after a
# man word, and an attempt on a grown woman was urgent only beside her pain or fear (round 23). Now an attempt told
# by what he did to her clothes (pulled down, off or open), or his getting into her bed, sleeping bag or sleeping mat
# with the man named before in the sentence, is examined as an assault when a time within 72 h is told, whoever she
# is; not where the report says it stopped before anything happened, nor with no time told (an officer asks), nor
# being hugged from behind (English plain usage; KBBI tikar, celana, sebelum, terjadi; Danadibrata samak, calana;
# Baoesastra klasa, jarik, durung, kedadeyan). Controls: the same attempts two weeks before; her sister in her bed;
# the wind that pulled a sarong off the line; an attempt that stopped before anything happened; hugged from behind.
# First run on 2d969e9: 0 of 8 (none urgent; two English ones not read as sexual), controls 8 of 9 (the English attempt
# two weeks before read as harassment, medium: "shorts" was not read); now 8 of 8, controls 9 of 9. -----------------

ATTEMPTS_TOLD_BY_WHAT_HE_DID = [
    # English, his getting into her sleeping bag after a comma
    "Two nights ago the camp driver came into my tent after midnight, got into my sleeping bag and tried to pull my "
    "shorts off. I pushed him away and he left.",
    # English, into her bed, her shorts
    "Yesterday around midnight the shelter manager climbed into my bed and tried to take my shorts off. I kicked him "
    "out of the room.",
    # English, her sarong pulled down on her mat
    "Last night the warehouse guard pulled my sarong down while I was asleep on my mat. I woke up and shouted and he "
    "ran off.",
    # Indonesian formal
    "Tadi malam petugas logistik masuk ke tenda saya dan mencoba menarik celana saya. Saya menendangnya lalu dia "
    "pergi.",
    # Indonesian SMS
    "smlm relawan dapur umum narik celana sy pas sy tidur d tenda. sy teriak trs dia kabur",
    # Sundanese
    "Tadi wengi relawan asup ka simut abdi, teras narik calana abdi. Abdi ngagorowok, anjeunna kabur.",
    # Javanese ngoko
    "Wingi bengi relawan kuwi mlebu kemulku lan nyopot jarikku. Aku bengok-bengok, dheweke banjur lunga.",
    # Javanese krama
    "Kala wau dalu petugas punika mlebet tenda kula lajeng nyobi nyopot sinjang kula. Kula bengok, piyambakipun "
    "mlajar.",
]


@pytest.mark.parametrize("narrative", ATTEMPTS_TOLD_BY_WHAT_HE_DID)
def test_an_attempt_told_by_what_he_did_within_72_hours_is_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


ATTEMPT_CONTROLS = [
    ("Two weeks ago the camp driver tried to pull my shorts off in the tent. I pushed him away and he left.",
     Priority.HIGH),
    ("Dua minggu lalu relawan mencoba menarik celana saya di tenda, saya menendangnya lalu dia pergi.", Priority.HIGH),
    ("Last night my sister got into my bed because the tent was cold. Thank you for the blankets.", Priority.LOW),
    # (no rule places it: high, for an officer, before and after)
    ("The wind pulled my sarong off the line last night and the guard brought it back.", Priority.HIGH),
    ("Tadi malam angin narik sarung abdi tina jemuran, satpam mulangkeun deui.", Priority.HIGH),
    ("Tadi malam relawan mencoba menarik celana saya, tapi saya lari sebelum terjadi apa-apa.", Priority.HIGH),
    ("Last night the guard tried to pull my skirt off but I ran away before anything happened.", Priority.HIGH),
    ("Kemarin saya dipeluk dari belakang oleh relawan waktu antre air.", Priority.HIGH),
    ("Kemarin relawan memeluk saya dari belakang waktu antre air, saya kaget.", Priority.HIGH),
]


@pytest.mark.parametrize(("narrative", "priority"), ATTEMPT_CONTROLS)
def test_an_old_attempt_one_stopped_short_or_no_attempt_is_not_urgent(narrative, priority):
    result = run(narrative)
    assert not result.urgent_medical, result.reasons
    assert result.priority is priority, result.reasons


# --- (2) A threat to spread her bathing photos said after his photographing her, the picture not the subject of the
# threat's clause (B56-22 'ada cowok tenda sebelah motoin sy pas mandi ..., skrg fotonya dikirim ke wa sy trs dia
# bilang mau disebar ke grup wa pengungsian klo sy lapor2': unplaced, high, for harassment, critical): the Jakarta
# 'motoin' arrives as 'motoi' (text.py's -in) and was not read as photographing her bathing; round 33's threat wants
# the picture as the subject right before 'mau disebar'. Now the picture, or his photographing her, named first in
# the sentence, then his saying that it will be spread or sent if she reports or refuses ('dia bilang mau disebar
# ... kalau saya lapor', 'cenah bade disebarkeun ... upami abdi lapor', 'kandha arep disebar ... yen aku wadul',
# 'said they are going to be posted ... if I report'; KBBI bilang, sebar, lapor; Danadibrata cenah, nyebarkeun;
# Baoesastra kandha, wadul; English plain usage) is round 21's threat to spread her pictures, a danger beside a
# sexual cue. Controls: she says she will report; her fear, no saying; an official who says the list of recipients
# will be posted.
# First run on 6754b2c: 0 of 6 (the first unplaced, the others harassment, medium), controls 3 of 3; now 6 of 6. ---

SAYS_HER_PICTURES_WILL_BE_SPREAD = [
    # Indonesian informal
    "Relawan itu motoin saya waktu mandi di bilik darurat, lalu dia bilang mau disebar ke grup WA desa kalau saya "
    "lapor.",
    # Indonesian SMS
    "sy difoto pas mandi sm penjaga posko, fotonya dikirim ke sy, dia blg mau disebar ke fb klo sy ngadu2",
    # Sundanese
    "Satpam posko moto abdi nuju mandi, cenah bade disebarkeun ka grup WA upami abdi lapor.",
    # Javanese
    "Relawan kuwi moto aku pas adus, terus kandha arep disebar nang grup WA yen aku wadul.",
    # English
    "The guard photographed me while I was bathing and said they are going to be posted in the camp group if I report "
    "him.",
    "A volunteer filmed me bathing and keeps saying it will be shared with everyone if I tell anyone.",
]


@pytest.mark.parametrize("narrative", SAYS_HER_PICTURES_WILL_BE_SPREAD)
def test_his_saying_her_pictures_will_be_spread_if_she_reports_is_ongoing_danger(narrative):
    result = run(narrative)
    assert _danger(result), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


SAYS_SPREAD_CONTROLS = [
    "Relawan motoin saya waktu mandi. Saya bilang mau lapor ke koordinator.",
    "Relawan motoin saya waktu mandi, saya takut fotonya mau disebar kalau saya lapor.",
    "Petugas bilang data penerima mau disebar ke grup desa kalau saya tidak protes.",
]


@pytest.mark.parametrize("narrative", SAYS_SPREAD_CONTROLS)
def test_her_own_words_her_fear_or_a_list_to_be_posted_is_no_danger(narrative):
    result = run(narrative)
    assert not _danger(result), result.reasons
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (3) Sex demanded to stay on a cash-for-work list, with a threat to tell her husband (B56-19 'Nu ngalatih sareng
# nyatet absen padat karyana nyarios, upami abdi hoyong tetep kadaptar, abdi kedah ngalayanan anjeunna ... Ayeuna
# upami abdi nolak, anjeunna ngancam bade ngawartosan salaki abdi yen abdi selingkuh': harassment, community member,
# medium, for exploitation, aid worker, critical): staying registered was no benefit ('tetep kadaptar', 'tetap
# terdaftar', 'stay registered'; KBBI tetap, terdaftar; Danadibrata kadaptar; Baoesastra kedaftar); his threat to
# tell her husband or family was read only as 'they will know everything' (round 28), not with the verb of telling
# before them ('ngancam bade ngawartosan salaki', 'mengancam akan memberi tahu suami', 'ngancam arep ngandhani
# bojoku', 'threatens to tell my husband'; Danadibrata ngawartosan, ngabejaan; Baoesastra ngandhani; KBBI memberi
# tahu); the one who trains ('nu ngalatih', 'yang melatih') or keeps a programme's attendance ('nu nyatet absen',
# 'keeps the attendance') was no role of aid work beside a cash-for-work programme. A threat to tell her family with
# no sexual cue beside it is no concern either (a quarrel at home: it was already no danger). Controls: her name
# still on the list and wages unpaid; her husband who threatens to tell her family; staying registered by coming
# every morning.
# First run on 49153af: 0 of 6 (harassment, medium, or other misconduct, low; one English exploitation, high),
# controls 3 of 3; now 6 of 6. -----------------------------------------------------------------------------------

KEPT_ON_THE_LIST_FOR_SEX_WITH_A_THREAT = [
    # Indonesian formal
    "Mandor padat karya bilang kalau saya mau tetap terdaftar, saya harus melayani dia di rumahnya. Sekarang kalau "
    "saya menolak, dia mengancam akan memberi tahu suami saya bahwa saya selingkuh.",
    # Indonesian SMS
    'yg nyatet absen padat karya blg klo sy mau ttp kedaftar sy hrs "melayani" dia di kontrakannya. skrg dia ngancam '
    "mau bilangin ke suami sy",
    # Sundanese
    "Palatih program padat karya nyarios upami hoyong tetep kadaptar, abdi kedah ngancanan anjeunna sapeuting. Ayeuna "
    "upami abdi embung, anjeunna ngancam bade ngabejaan kulawarga abdi.",
    # Javanese
    "Mandor padat karya kandha yen aku pengin tetep kedaftar, aku kudu ngladeni dheweke ing kontrakane. Saiki dheweke "
    "ngancam arep ngandhani bojoku.",
    # English
    "The cash-for-work supervisor said that if I want to stay registered I have to sleep with him. Now he threatens to "
    "tell my husband I am having an affair.",
    "The man who keeps the attendance for the cash-for-work programme told me I would stay on the list only if I slept "
    "with him, and he threatened to tell my family.",
]


@pytest.mark.parametrize("narrative", KEPT_ON_THE_LIST_FOR_SEX_WITH_A_THREAT)
def test_sex_demanded_to_stay_registered_with_a_threat_to_tell_her_husband_is_exploitation_and_danger(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert _danger(result), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


KEPT_ON_THE_LIST_CONTROLS = [
    ("Nama saya masih terdaftar di padat karya tapi upah minggu ini belum dibayar.", Priority.LOW),
    ("Suami saya mengancam akan memberi tahu keluarga saya kalau saya ikut padat karya.", Priority.LOW),
    # (no rule places it: high, for an officer)
    ("Mandor padat karya bilang kalau mau tetap terdaftar harus datang setiap pagi jam tujuh.", Priority.HIGH),
]


@pytest.mark.parametrize(("narrative", "priority"), KEPT_ON_THE_LIST_CONTROLS)
def test_staying_registered_or_a_threat_without_sex_is_no_exploitation(narrative, priority):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons
    assert not _danger(result), result.reasons
    assert result.priority is priority, result.reasons


# --- (4) He knocks at her door in the middle of the night, beside his sexual messages and her saying she is not
# safe (B55-27 'My team leader has been sending me messages late at night asking what I'm wearing ..., and he knocks
# on my door at the guesthouse after midnight ... I don't feel safe': harassment, medium, for critical): knocking was
# read only as 'knocking on' women's tents or 'every night'. Now his knocking or banging at her door or tent with the
# dead of night told beside it ('after midnight', 'tengah malam', 'tengah peuting', 'tengah wengi'; KBBI ketuk,
# tengah malam; Danadibrata ngetrokan, panto; Baoesastra dhodhog, lawang; English plain usage) is a night visit, a
# danger beside a sexual cue where she says she is afraid or not safe (not B28-03's 'none of us feel comfortable',
# labelled medium); a danger cue that needs a sexual cue is no sign of possible abuse without one. Controls: a
# volunteer who knocks at midnight to warn of a flood; the water truck come after midnight; knocks every morning to
# bring water; knocks after midnight with dirty jokes, 'none of us feel comfortable'.
# First run on 4dbcdf8: 0 of 6 (harassment, medium), controls 4 of 4; now 6 of 6. -------------------------------

KNOCKS_AT_NIGHT_AND_SHE_IS_AFRAID = [
    # English
    "The camp coordinator keeps texting me dirty jokes and he knocks on my door after midnight. I am scared to sleep "
    "there.",
    "Since last week the driver sends me sexual messages, and he knocked on my room door in the middle of the night. I "
    "don't feel safe in the house.",
    # Indonesian formal
    "Relawan itu sering kirim pesan mesum ke saya dan mengetuk pintu kamar saya tengah malam. Saya tidak merasa aman "
    "lagi.",
    # Indonesian SMS
    "kordinator sk chat jorok k sy, trs tengah mlm dia ngetok2 pintu kamar sy. sy takut bgt",
    # Sundanese
    "Supir eta sok ngirim pesen jorang ka abdi, tengah peuting ngetrokan panto kamar abdi. Abdi sieun pisan.",
    # Javanese
    "Relawan kuwi kerep ngirim pesen saru marang aku, lan tengah wengi ndodog lawang kamarku. Aku wedi.",
]


@pytest.mark.parametrize("narrative", KNOCKS_AT_NIGHT_AND_SHE_IS_AFRAID)
def test_his_knocking_at_her_door_at_night_with_her_fear_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert _danger(result), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


KNOCKS_CONTROLS = [
    # (no rule places it: high, for an officer, before and after; no longer possible abuse by a danger cue alone)
    ("Relawan mengetuk pintu tenda tengah malam untuk memberi tahu ada banjir, kami semua takut tapi selamat.",
     Priority.HIGH),
    ("He knocked on my door after midnight to tell us the water truck had arrived. Thank you.", Priority.LOW),
    ("The guard sends me dirty jokes, and he knocks on my door every morning to bring water. I am scared of him.",
     Priority.MEDIUM),
    ("The logistics officer sends us dirty jokes and knocked on our doors after midnight. None of us feel comfortable "
     "around him.", Priority.MEDIUM),
]


@pytest.mark.parametrize(("narrative", "priority"), KNOCKS_CONTROLS)
def test_knocks_to_warn_by_day_or_without_her_fear_are_no_danger(narrative, priority):
    result = run(narrative)
    assert not _danger(result), result.reasons
    assert result.priority is priority, result.reasons


# --- (5) Child over-call: the school where a grown woman shelters read as her grade (B56-33 'aku lan anak-anakku
# ngungsi neng SD ... aku kudu turu karo dheweke': abuse, child, critical, for exploitation, high): 'di', 'at', 'in'
# before 'SD' name the building already (round 4's NOT_A_PUPIL_BEFORE), not the Javanese 'neng', 'nang', 'ning', 'ing'
# nor the krama 'wonten', 'teng' (Baoesastra neng, ing, wonten), nor English 'at the SD'. Controls: her child still
# in primary school touched; a niece in the fifth grade asked to sleep with a volunteer at the school.
# First run on 6357072: 2 of 6 (the Sundanese and Indonesian 'di' read already), controls 2 of 2; now 6 of 6. ------

SHELTERING_AT_A_SCHOOL = [
    # Javanese ngoko
    "Aku lan anak-anakku ngungsi neng SD Negeri 2. Sing ngurus posko ngomong nek aku pengin oleh kemul aku kudu turu "
    "karo dheweke.",
    "Awake ngungsi nang SD, mandor posko njaluk aku turu karo dheweke ben oleh jatah beras.",
    # Javanese krama
    "Kula ngungsi wonten SD Inpres. Petugas posko ngendika kula kedah tilem sareng piyambakipun supados angsal kemul.",
    # Sundanese (read already)
    "Abdi ngungsi di SD Cibeureum. Petugas posko nyarios upami hoyong kenging simut abdi kedah sare sareng anjeunna.",
    # Indonesian (read already)
    "Kami mengungsi di SD Inpres. Koordinator posko minta saya tidur dengannya supaya dapat terpal.",
    # English
    "We are sheltering at the SD in Karangrejo. The camp manager said I could get a dry classroom if I slept with him.",
]


@pytest.mark.parametrize("narrative", SHELTERING_AT_A_SCHOOL)
def test_the_school_she_shelters_in_is_no_grade_of_hers(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    assert result.priority is not Priority.CRITICAL, result.reasons


SCHOOL_CONTROLS = [
    "Anakku sing isih SD dicekel-cekel karo relawan neng posko.",
    "Ponakanku kelas 5 SD diajak turu bareng karo relawan neng SD.",
]


@pytest.mark.parametrize("narrative", SCHOOL_CONTROLS)
def test_a_child_at_school_stays_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (6) Child over-call: the children a grown woman provides for, named by their milk or food (B56-39 'sy ibu 1 anak
# bayi 7bln ... ngasih sy uang 200rb katanya buat susu anak trs minta ditemenin ke hotel': child, critical, for
# exploitation, high; B55-05 'she agreed because she had nothing left to feed her kids': child, critical, for high):
# round 11 read the children she provides for after 'butuh ... kanggo', not money or goods for a child's milk,
# nappies or food ('buat susu anak', 'kanggo susu murangkalih', 'nggo susu bocah', 'for baby formula'), nor feeding
# her children ('to feed her kids'; KBBI susu, popok, makan; Danadibrata susu, kanggo; Baoesastra susu, nggo; English
# plain usage); and her family size counted as 'ibu 1 anak' left the baby after it ('anak bayi 7bln') a child of its
# own. Never money for a child's snacks, which may be grooming. Controls: money for her child's snacks, then her
# child's chest touched; money for a daughter's snacks, then her breasts touched.
# First run on 8045484: 2 of 7 (the English 'for my son' and 'ibu 1 anak bayi' with no milk named read already),
# controls 2 of 2; now 7 of 7. ----------------------------------------------------------------------------------

THE_CHILDREN_SHE_PROVIDES_FOR = [
    # Indonesian formal
    "Petugas kasih saya uang 300 ribu buat susu anak, lalu minta saya menemani dia di mess malam itu.",
    # Indonesian SMS
    "sy dikasih duit 100rb bwt beli susu anak trs dia minta ditemenin semalem di messnya",
    "sy ibu 1 anak bayi 7bln suami meninggal pas gempa. petugas ngasih sy uang 100rb trs minta ditemenin ke hotel",
    # Sundanese
    "Petugas masihan artos kanggo susu murangkalih, teras nyuhunkeun abdi ngancanan anjeunna sapeuting.",
    # Javanese
    "Petugas menehi dhuwit nggo susu bocah, terus njaluk aku ngancani dheweke sewengi.",
    # English
    "She slept with the driver for rice because she had nothing left to feed her kids.",
    "The officer gave me money for baby formula for my son and then asked me to spend the night at his place.",
]


@pytest.mark.parametrize("narrative", THE_CHILDREN_SHE_PROVIDES_FOR)
def test_the_children_she_feeds_are_no_child_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    assert result.priority is not Priority.CRITICAL, result.reasons


PROVIDES_FOR_CONTROLS = [
    "Petugas kasih uang buat jajan anak saya, lalu memegang-megang dada anak saya.",
    "He gave my daughter money for snacks and then touched her breasts.",
]


@pytest.mark.parametrize("narrative", PROVIDES_FOR_CONTROLS)
def test_a_child_given_money_then_touched_stays_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (7) Child over-call: thanks in the short Javanese 'suwun' (B56-03 'suwun yo mas mbak relawan sing wingi ngeterke
# kemul karo popok ..., anakku saiki wis ora kadhemen maneh': unplaced, child, critical, for not misconduct, low):
# the thanks were read as 'matur suwun', 'matur nuwun' only, so nothing placed the report and her child was kept for
# an officer. Now the ngoko 'suwun' and the krama 'suwun sanget' are thanks (Baoesastra suwun); 'nyuwun', 'disuwun'
# (asking) are other words. Controls: 'nuwun sewu' (excuse me) before her child touched; 'suwun' before her child's
# thigh stroked.
# First run on bae792b: 3 of 6 (the Indonesian, Sundanese and English thanks read already), controls 2 of 2; now 6 of
# 6. --------------------------------------------------------------------------------------------------------------

THANKS_WITH_HER_CHILD_WARM = [
    # Javanese ngoko
    "suwun yo relawan sing wis ngeterke beras, anakku saiki wis iso mangan.",
    "suwun mas mbak, susu kanggo bocahku wis teka wingi.",
    # Javanese krama
    "Suwun sanget kagem relawan ingkang sampun maringi kemul, lare kula sampun mboten kadhemen.",
    # Indonesian, Sundanese, English (read already)
    "Makasih ya relawan, anak saya sudah nggak kedinginan lagi.",
    "Nuhun pisan ka relawan, budak abdi tos teu tiiseun deui.",
    "Thanks to the volunteers, my kids are warm at night now.",
]


@pytest.mark.parametrize("narrative", THANKS_WITH_HER_CHILD_WARM)
def test_thanks_with_her_child_named_are_no_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert not result.child_involved, result.reasons
    assert result.priority is Priority.LOW, result.reasons


THANKS_CONTROLS = [
    "Nuwun sewu, anakku dicekel-cekel relawan wingi bengi.",
    "Suwun, nanging relawan kuwi ngelus-elus pupu anakku.",
]


@pytest.mark.parametrize("narrative", THANKS_CONTROLS)
def test_thanks_beside_her_child_touched_keep_the_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (8) Urgent over-call: a time written as one word (B56-17 'anak cowok sy umur14 th minggulalu bantu2 angkat semen
# ... anak sy dipegang2 kemaluannya': urgent, 'when is not stated', for not urgent): 'minggulalu' was no time, so the
# act of a week before was treated as possibly within 72 h. Now the run-together times are spellings of the two words
# ('minggulalu', 'bulanlalu', 'tahunlalu', 'tadimalam', 'mingguwingi', 'minggukamari', 'lastweek', 'lastnight'; KBBI
# minggu lalu, tadi malam; Baoesastra minggu wingi; Danadibrata minggu kamari; English plain usage), as 'gatau' is.
# Controls: 'tadimalam' dates an act within the window; no time told stays possibly within 72 h.
# First run on d4a5a70: 0 of 6 (all urgent), controls 2 of 2; now 6 of 6. -----------------------------------------

A_TIME_WRITTEN_AS_ONE_WORD = [
    # Indonesian SMS
    "anak sy umur 10 th minggulalu dipegang2 kemaluannya sm relawan posko",
    "bulanlalu ponakan sy 12th diperkosa relawan di tenda",
    # Indonesian formal
    "Anak saya umur 13 tahun bulanlalu dicabuli relawan di posko.",
    # Javanese
    "mingguwingi anakku umur 11 taun dirudapeksa relawan neng tenda",
    # Sundanese
    "minggukamari budak abdi umur 9 taun dirogahala ku relawan",
    # English
    "my daughter aged 12 was touched on her private parts by a volunteer lastweek",
]


@pytest.mark.parametrize("narrative", A_TIME_WRITTEN_AS_ONE_WORD)
def test_a_time_written_as_one_word_dates_the_act(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert not result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


ONE_WORD_TIME_CONTROLS = [
    "tadimalam anak sy 12th dipegang2 kemaluannya sm relawan",
    "anak sy 9th dipegang2 kemaluannya sm relawan posko",
]


@pytest.mark.parametrize("narrative", ONE_WORD_TIME_CONTROLS)
def test_last_night_or_no_time_stays_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical, result.reasons


# --- (9) Urgent over-call: terms opened by 'if she wants' earlier in the sentence, the act after a comma, read as done
# (B56-15 'ngomong nang aku, nek pengen entuk jatah dobel mengko bengi dolan o nang pos, turu bareng. Aku ora gelem.
# Sakwise kuwi saben bengi dia lewat depan tendaku, ketok2 terpal ... takut banget': urgent, dated by 'saben bengi',
# for not urgent, critical): round 9 looked for the terms in the act's own clause only. Now an 'if' with a word of
# wanting after it earlier in the sentence ('nek pengen', 'kalau mau', 'upami hoyong', 'menawi kersa', 'if I
# wanted'; KBBI kalau, mau; Baoesastra nek, pengin, krama menawi, kersa; Danadibrata upami, hoyong; English plain
# usage) makes the act terms, and her giving in is looked for after it, as round 11 does (her refusal is none); never
# 'kalau tidak salah' (if I am not mistaken) before an act told as done. His knocking told up to six words after
# 'every night', past where he passes ('saben bengi dia lewat depan tendaku, ketok2 terpal'), is group 4's knocking
# at her door at night, a danger beside a sexual cue and her fear, where no older cue reads the same words. Controls:
# sex for rice told as done last night, twice (once after 'kalau tidak salah'); the water truck's driver who knocks
# every night to hand out water.
# First run on 342edc3: 0 of 6 (five urgent, the krama one high with no danger), controls 3 of 3; now 6 of 6. ----

TERMS_REFUSED_AND_HE_KNOCKS_EVERY_NIGHT = [
    # Javanese ngoko
    "Petugas logistik ngomong nang aku, nek pengin oleh beras luwih mengko bengi teka nang gudang, turu bareng. Aku "
    "ora gelem. Saben bengi dheweke liwat ngarep tendaku, ketok-ketok terpal. Aku wedi banget.",
    # Javanese krama
    "Petugas ngendika dhateng kula, menawi kersa angsal uwos langkung mangke dalu dhateng pos, tilem sareng. Kula "
    "mboten purun. Saben dalu piyambakipun langkung ngajeng tenda kula, ngetok-ngetok terpal. Kula ajrih.",
    # Indonesian formal
    "Relawan bilang ke saya, kalau mau dapat terpal malam ini datang ke posko, tidur bersama. Saya menolak. Setiap "
    "malam dia lewat depan tenda saya, mengetuk-ngetuk terpal. Saya takut.",
    # Indonesian SMS
    "relawan blg klo mau jatah dobel ntr malem ke pos, tdr bareng. sy gk mau. tiap malem dia lewat dpn tenda sy, "
    "ketok2 terpal. sy takut bgt",
    # Sundanese
    "Petugas nyarios ka abdi, upami hoyong beas deui engke peuting ka pos, sare bareng. Abdi embung. Unggal peuting "
    "anjeunna ngaliwat payuneun tenda abdi, ngetrok-ngetrok terpal. Abdi sieun.",
    # English
    "The guard told me that if I wanted extra rations I should come to the post tonight, sleep together. I refused. "
    "Every night he walks past my tent, knocking on the tarp. I am scared.",
]


@pytest.mark.parametrize("narrative", TERMS_REFUSED_AND_HE_KNOCKS_EVERY_NIGHT)
def test_terms_refused_are_not_urgent_and_his_knocking_every_night_is_danger(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert not result.urgent_medical, result.reasons
    assert _danger(result), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


TERMS_CONTROLS = [
    ("Tadi malam kakak saya tidur dengan petugas supaya dapat beras.", True, Priority.CRITICAL),
    ("Kalau tidak salah, tadi malam petugas itu tidur dengan kakak saya supaya dapat beras.", True, Priority.CRITICAL),
    # (possible abuse by an older cue, 'Setiap malam truk air lewat': high before and after, no danger)
    ("Setiap malam truk air lewat depan tenda kami, sopirnya mengetuk terpal untuk membagi air.", False, Priority.HIGH),
]


@pytest.mark.parametrize(("narrative", "urgent", "priority"), TERMS_CONTROLS)
def test_an_act_told_as_done_stays_urgent_and_a_driver_knocking_is_no_danger(narrative, urgent, priority):
    result = run(narrative)
    assert result.urgent_medical is urgent, result.reasons
    assert not _danger(result), result.reasons
    assert result.priority is priority, result.reasons


# What round 34 left (not run as tests; see the blind README's Round 34 section):
KNOWN_GAPS = [
    # urgent over-call on 56 (B56-38: a girl of 15 'beberapa kali diajak ke tenda relawan pada malam hari dan tidur
    # bareng', 'sejak sebulan terakhir', labelled not urgent): no time told for the last night, so possibly within
    # 72 h, the safe side; left as it is
    "Murid kami, 15 tahun, sejak sebulan terakhir beberapa kali diajak ke tenda relawan pada malam hari dan tidur "
    "bareng di sana.",
    # money given, then a night asked, in Sundanese and Javanese, read as harassment, not exploitation (group 6's
    # probes: no link between the money and the night after 'teras', 'terus')
    "Petugas masihan artos kanggo susu murangkalih, teras nyuhunkeun abdi ngancanan anjeunna sapeuting.",
    # a dry classroom as the price ('I could get a dry classroom if I slept with him'): harassment, not exploitation
    "We are sheltering at the SD in Karangrejo. The camp manager said I could get a dry classroom if I slept with him.",
    # his getting into her sleeping mat in the other languages with his role named earlier in the sentence, past a
    # comma ('relawan datang ka tenda, asup ka samak abdi'): the older entry wants him right before the verb; left out
    # of group 1's English entry for speed
    "Tadi wengi relawan datang ka tenda abdi, teras asup ka samak abdi.",
    # child over-calls on 53 (precision 11/15): a child who saw or heard what was done to a grown woman or man (B53-05,
    # B53-26, B53-28), her children 'all still small' after a comma (B53-22): not tried this round
    "Anak sulung saya (12 tahun) melihat kejadian itu dan sampai sekarang masih ketakutan.",
]

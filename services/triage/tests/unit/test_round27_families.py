"""Round 27 of issue 12: precision and priority by class, batches 33-48 (round 26's tuning pair 47 and 48 first).
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 27 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Priority under-call: work offered as a verb, with terms (B47-12: 'nawaran abdi digawé jadi tukang beberesih
# ..., tapi saratna abdi kudu daék diajak ka hotél': harassment, medium, for exploitation, high). The offer word right
# before her and the working ('nawaran', 'nawarkeun', 'nawani', 'menawari', 'offered' ... 'digawé', 'gawe',
# 'bekerja'; Danadibrata nawaran, digawé; Baoesastra nawani, gawe; KBBI menawari, bekerja) is work offered, a
# benefit: with the terms and a sexual demand, exploitation. Controls: the same offer with terms that are not sexual.
# First run on f6b92c8: 2 of 6 (the Javanese 'nyambut gawe' and the English 'job' already read), controls 2 of 2.
# Now 6 of 6. ----------------------------------------------------------------------------------------------------

WORK_OFFERED = [
    'Petugas posko nawaran abdi digawé di dapur umum, tapi saratna abdi kudu daék diajak ka hotél.',
    'Relawan LSM nawarkeun abdi digawe jadi tukang masak, saratna abdi kudu daek diajak sare bareng.',
    'Koordinator gudang nawani aku nyambut gawe dadi tukang resik-resik, nanging syarate aku kudu gelem diajak neng '
    'hotel.',
    'Mandor posko nawani aku gawe neng dapur umum, syarate aku kudu gelem diajak turu bareng.',
    'Staf LSM menawari saya bekerja jadi tukang bersih-bersih di kantornya, tapi syaratnya saya harus mau diajak ke '
    'hotel.',
    'The interpreter offered me a cleaning job at the NGO office, but the condition was that I go to a hotel with him.',
]


@pytest.mark.parametrize("narrative", WORK_OFFERED)
def test_work_offered_on_sexual_terms_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


WORK_OFFERED_CONTROLS = [
    'Petugas posko nawaran abdi digawé di dapur umum, saratna kudu datang isuk-isuk.',
    'Staf LSM menawari saya bekerja jadi tukang masak, syaratnya harus bawa KTP.',
]


@pytest.mark.parametrize("narrative", WORK_OFFERED_CONTROLS)
def test_work_offered_on_plain_terms_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (2) Priority under-call: aid traded for sex, said outright (B48-35: 'I believe aid is being traded for sex':
# harassment by 'for sex', medium, for exploitation, high). Aid or goods traded, bartered or swapped for sex, a few
# words between ('trading relief supplies for sex', 'memperdagangkan bantuan untuk seks', 'barter sembako sm sex',
# 'dagang bantuan keur begituan', 'ngijolke beras karo begituan'; KBBI memperdagangkan, barter; Danadibrata dagang,
# keur; Baoesastra ijol, karo) is the transaction itself. Controls: supplies traded to other camps, rice bartered for
# vegetables. First run on f6b92c8: 1 of 6 (the Javanese 'ngijolke', an exchange marker already), controls 2 of 2.
# Now 6 of 6. ----------------------------------------------------------------------------------------------------

TRADED_FOR_SEX = [
    'I work for the shelter cluster and I believe our warehouse keeper is trading relief supplies for sex with women '
    'in the camp.',
    'A volunteer told me the distribution team lead trades extra rice for sex with widows at the evacuation centre.',
    'Kami curiga petugas gudang memperdagangkan bantuan untuk seks dengan janda-janda di pengungsian.',
    'Sy dgr relawan logistik barter sembako sm sex ke ibu2 di posko.',
    'Warga nyebutkeun petugas gudang dagang bantuan keur begituan jeung randa-randa di pangungsian.',
    'Aku krungu mandor posko ngijolke beras karo begituan marang randha-randha neng pengungsian.',
]


@pytest.mark.parametrize("narrative", TRADED_FOR_SEX)
def test_aid_traded_for_sex_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


TRADED_CONTROLS = [
    'The warehouse keeper trades relief supplies to other camps when ours are full.',
    'Petugas gudang barter beras dengan sayur dari warga, kami tidak dapat bagian.',
]


@pytest.mark.parametrize("narrative", TRADED_CONTROLS)
def test_goods_traded_for_goods_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (3) Priority under-call: what she got, then 'that was because' she 'served' him (B48-16: 'dia dpt terpal, kasur,
# beras lebih dr yg lain ... blg itu krn udh 'ngelayanin' pak koordinator posko': harassment by the quoted euphemism,
# medium, for exploitation, high). 'That was because' ('itu karena', 'itu krn', 'itu gara-gara', 'éta téh lantaran',
# 'iku merga', 'it was because'; KBBI karena; Danadibrata lantaran; Baoesastra merga) after the sentence of the benefit
# she got names the act after it as its price; never negated ('itu bukan karena'). The ngoko 'nglayani' in quotes
# added to the euphemisms (Baoesastra layan). Controls: a plain reason (her five children), the reason denied. First
# run on f6b92c8: 0 of 6, controls 2 of 2. Now 6 of 6. ------------------------------------------------------------

BECAUSE_SHE_SERVED = [
    "Tetangga saya dapat beras dan selimut lebih banyak dari yang lain. Katanya itu karena dia sudah 'melayani' "
    'ketua posko tiap malam.',
    "tmn sy dpt terpal sm kasur duluan. dia ngaku itu krn udh 'nemenin' relawan gudang.",
    "Randa di tenda hareup meunang beas leuwih loba ti batur. Cenah éta téh lantaran geus 'ngalayanan' petugas posko "
    'unggal peuting.',
    "Kancaku entuk beras luwih akeh tinimbang liyane. Jarene iku merga wis 'nglayani' mandor posko saben bengi.",
    "My neighbour got a new tarpaulin before everyone else. She told me it was because she had been 'serving' the "
    'camp coordinator at night.',
    "Bu Siti dapat kasur dan terpal lebih dulu. Dia nangis, bilang itu gara-gara sudah 'ngelayanin' koordinator posko.",
]


@pytest.mark.parametrize("narrative", BECAUSE_SHE_SERVED)
def test_aid_got_because_she_served_him_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


BECAUSE_CONTROLS = [
    'Tetangga saya dapat beras lebih banyak dari yang lain. Katanya itu karena anaknya lima dan suaminya sakit.',
    "Bu Siti dapat kasur lebih dulu. Orang bergosip, tapi itu bukan karena dia 'melayani' koordinator posko.",
]


@pytest.mark.parametrize("narrative", BECAUSE_CONTROLS)
def test_aid_got_for_a_plain_or_denied_reason_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (4) Urgent precision: 'menurut', 'manut' opening their clause are 'according to' (B48-01: '... meminta pelapor
# "menemani beliau semalam" dengan imbalan ... Pelapor menolak ... Menurut pelapor, koordinator tersebut sudah
# dipindahtugaskan': urgent by 'menurut' read as her giving in). 'menurut' and the Javanese 'manut' opening their
# clause before a word are who said it (KBBI menurut 2; Baoesastra manut 'miturut'), never her obeying; 'akhirnya
# menurut', 'akhire manut' stay (controls). The Sundanese 'numutkeun' and English 'according to' were never read as
# giving in (first-run passes). First run on f6b92c8: 2 of 8 (the Sundanese and English ones), controls 2 of 2.
# Now 8 of 8. -----------------------------------------------------------------------------------------------------

ACCORDING_TO = [
    'Petugas gudang meminta kakak saya menemani dia semalam dengan imbalan beras. Kakak saya menolak. Menurut kakak '
    'saya, petugas itu masih sering datang ke posko.',
    'Tadi malam relawan logistik minta sy nemenin dia tidur biar dpt terpal. Sy nolak. Menurut warga, dia memang '
    'sering begitu.',
    'Wingi bengi mandor posko ngajak mbakyuku turu bareng ben entuk beras. Mbakyuku nolak. Manut critane '
    'tangga-tangga, mandor kuwi pancen kerep ngono.',
    'Kemarin koordinator posko menawarkan sembako tambahan asal saya mau menginap di rumahnya. Saya menolak. '
    'Menurut informasi, dia sudah dipindahkan.',
    'Tadi wengi relawan dapur nawani adhiku beras tambahan yen gelem nginep neng kamare. Adhiku nolak. Manut '
    'adhiku, relawan kuwi saiki isih neng posko.',
    'Tadi malam ketua posko nawarin ibu saya terpal asal mau nemenin dia semalam. Ibu saya nolak. Menurut ibu, dia '
    'sering begitu ke janda-janda.',
    'Tadi peuting petugas posko ngajak lanceuk abdi sare bareng supaya meunang beas. Lanceuk abdi nolak. Numutkeun '
    'tatangga, petugas eta sok kitu.',
    'Last night the warehouse officer asked my sister to spend the night with him in exchange for rice. She said '
    'no. According to her, he has done this before.',
]


@pytest.mark.parametrize("narrative", ACCORDING_TO)
def test_according_to_her_is_no_giving_in(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert not result.urgent_medical, result.reasons


GIVING_IN_CONTROLS = [
    'Petugas gudang meminta kakak saya menemani dia semalam dengan imbalan beras. Kakak saya takut dan akhirnya '
    'menurut tadi malam.',
    'Mandor posko ngajak mbakyuku turu bareng ben entuk beras. Mbakyuku akhire manut wingi bengi.',
]


@pytest.mark.parametrize("narrative", GIVING_IN_CONTROLS)
def test_giving_in_last_night_stays_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


# --- (5) Urgent precision: last year told as 'the year' with 'kemarin', 'kamari', 'wingi' (B48-32: 'pas banjir Demak
# taun wingi ... aku dirudapeksa': urgent by 'wingi', yesterday). The SMS rules write 'taun', 'thn' as 'tahun', so
# round 1's 'taun wingi' never matched: 'tahun' before 'kemarin', 'kamari', 'wingi', 'kepungkur' is last year (KBBI
# tahun kemarin; Danadibrata taun kamari; Baoesastra taun wingi, kepungkur), never after a number ('umur 9 tahun
# kemarin sore', 'yuswa gangsal taun wingi sonten' are her age and yesterday: B3-18 and B7-17 were caught by the
# comparison, '6thn kmrn sore', '13th kmrn siang'). First run on 757c63a: 0 of 6, controls 4 of 4. Now 6 of 6. -----

LAST_YEAR = [
    'Aku arep lapor kedadeyan pas lindhu taun wingi. Aku dipeksa karo mandor posko neng gudang, nganti aku '
    'dirudapeksa. Saiki aku wis pindah.',
    'Saya mau melaporkan kejadian waktu banjir tahun kemarin. Saya diperkosa oleh tetangga di pengungsian. Sekarang '
    'saya sudah pindah ke kota lain.',
    'sy mo lapor kjadian pas gempa thn kmrn, sy diperkosa sm relawan di tenda. skrg sy udh pindah',
    'Abdi bade ngalaporkeun kajadian basa lini taun kamari. Abdi diperkosa ku tatangga di pangungsian. Ayeuna abdi '
    'tos ngalih.',
    'Aku arep crita kedadeyan nalika banjir tahun kepungkur. Aku dirudapeksa karo relawan neng tenda. Saiki aku wis '
    'ora neng kono.',
    'Kula badhe lapor kedadosan nalika banjir taun wingi. Kula dipunrudapeksa dening tangga wonten pengungsian.',
]


@pytest.mark.parametrize("narrative", LAST_YEAR)
def test_last_year_is_no_urgent_medical_need(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert not result.urgent_medical, result.reasons


YESTERDAY_CONTROLS = [
    'Kemarin malam saya diperkosa oleh tetangga di pengungsian. Banjir tahun ini parah sekali.',
    'Wingi bengi aku dirudapeksa karo tanggaku neng pengungsian. Banjire taun iki gedhe banget.',
    'Anak saya umur 9 tahun kemarin sore diperkosa tetangga di pengungsian. Tolong segera.',
    'Putu kula yuswa gangsal taun wingi sonten dipunrudapeksa tangga.',
]


@pytest.mark.parametrize("narrative", YESTERDAY_CONTROLS)
def test_yesterday_beside_a_year_or_an_age_stays_urgent(narrative):
    result = run(narrative)
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


# --- (6) Urgent precision: a right 'raped', a figure of speech (B48-08: 'Ini sungguh pemerkosaan terhadap hak
# pengungsi!' of rice gone bad: abuse, urgent, critical, for not misconduct, low). Round 22's 'memperkosa hak' now also
# with 'terhadap', 'atas', 'kana', 'marang' between, the Javanese 'merkosa hak', and 'a rape of our rights' (KBBI
# memperkosa 2, terhadap; Danadibrata kana; Baoesastra marang). Controls: a rape told beside a complaint of rights.
# First run on 757c63a: 2 of 6 ('memperkosa hak', 'pemerkosaan hak' already read), controls 2 of 2. Now 6 of 6. -----

RIGHTS_VIOLATED = [
    'Beras yang dibagikan kemarin busuk dan jumlahnya kurang. Ini pemerkosaan terhadap hak pengungsi! Kami minta '
    'diperbaiki.',
    'Pembagian terpal kemarin tidak adil, ini namanya memperkosa hak warga miskin. Tolong dicek.',
    'bantuan kmrn dipotong sm pengurus, ini pemerkosaan hak rakyat!! tlg ditindak',
    'Pembagian beras kamari teu adil pisan, ieu mah perkosaan kana hak pangungsi. Mangga dipariksa.',
    'Beras wingi dibagi ora adil, iki jenenge merkosa hak rakyat cilik. Tulung dicek.',
    "Yesterday's distribution skipped half the camp. This is a rape of our rights as refugees! Please fix it.",
]


@pytest.mark.parametrize("narrative", RIGHTS_VIOLATED)
def test_a_right_violated_is_no_rape(narrative):
    result = run(narrative)
    assert result.category not in (Category.SEXUAL_ABUSE, Category.SEXUAL_EXPLOITATION), result.reasons
    assert not result.urgent_medical, result.reasons


RAPE_CONTROLS = [
    'Kemarin malam tetangga saya diperkosa di dekat posko. Ini pelanggaran hak perempuan!',
    'Pembagian beras kemarin kacau. Anak saya diperkosa oleh relawan tadi malam, tolong segera.',
]


@pytest.mark.parametrize("narrative", RAPE_CONTROLS)
def test_a_rape_beside_a_complaint_stays_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.urgent_medical, result.reasons


# --- (7) Urgent precision: sexual violence named as whom a service or a volunteer role serves (B48-13: 'kl mau daftar
# jd relawan pendamping korban kekerasan seksual di cianjur syaratnya apa aja?': exploitation, urgent, critical, for
# not misconduct, low). 'pendamping korban kekerasan seksual', 'layanan konseling untuk korban ...', 'a support worker
# for survivors of sexual violence' (KBBI pendamping, layanan, penyintas; Danadibrata palayanan; Baoesastra
# pendhamping) are the people served, a topic as round 6's trainings are. Controls: an act told beside the role. First
# run on 757c63a: 0 of 6, controls 2 of 2. Now 6 of 6. ------------------------------------------------------------

SERVICE_FOR_SURVIVORS = [
    'min mau tanya, kalau mau daftar jadi relawan pendamping korban kekerasan seksual syaratnya apa ya? makasih',
    'Punten, abdi hoyong daptar janten relawan pendamping korban kekerasan seksual di posko, upami daftar '
    'sarat-saratna naon wae?',
    'Nyuwun pirsa, menawi kula badhe dados relawan pendamping korban kekerasan seksual, syaratipun menapa kemawon?',
    'Hi, I would like to volunteer as a support worker for survivors of sexual violence at the camp. What do I need '
    'if I sign up?',
    'Apakah di posko ada layanan konseling untuk korban kekerasan seksual? Kalau ada, saya ingin tahu jadwalnya.',
    'Lembaga kami ingin membuka layanan pendampingan bagi penyintas kekerasan seksual di Cugenang kalau izinnya '
    'keluar. Mohon informasinya.',
]


@pytest.mark.parametrize("narrative", SERVICE_FOR_SURVIVORS)
def test_a_service_for_survivors_is_no_act(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert not result.urgent_medical, result.reasons


SERVICE_CONTROLS = [
    'Pendamping korban kekerasan seksual di posko justru memperkosa saya tadi malam. Saya takut.',
    'Saya mau melapor, kemarin malam saya jadi korban kekerasan seksual oleh relawan posko.',
]


@pytest.mark.parametrize("narrative", SERVICE_CONTROLS)
def test_an_act_told_beside_the_service_stays_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.urgent_medical, result.reasons


# --- (8) Child precision: years lived or worked somewhere, a duration (B47-16: 'padahal kami sudah tinggal di sini
# enam tahun': a child by 'enam tahun', critical, for other misconduct, low). Years told right after living, staying
# or working somewhere, only place words between ('tinggal di sini 7 tahun', 'cicing di dieu genep taun', 'manggon
# neng kene limang taun', 'lived in this village eight years', 'bekerja di proyek huntara itu tiga tahun'; KBBI
# tinggal, bekerja; Danadibrata cicing; Baoesastra manggon) are how long, not an age; never past a person (controls:
# 'tinggal bersama anak saya 7 tahun', an age said with 'umurnya'). First run on 711e72b: 0 of 6 (three kept the flag
# off but named the years as a child's age in the reasons), controls 2 of 2. Now 6 of 6. --------------------------

YEARS_LIVED_THERE = [
    'Petugas menolak memberi kami beras karena kami pendatang, padahal kami sudah tinggal di sini tujuh tahun. Dia '
    'juga membentak ibu saya.',
    'Petugas posko teu daek mere bantuan ka kulawarga abdi pedah lain urang dieu, padahal abdi geus cicing di dieu '
    'genep taun.',
    'Petugas ora gelem menehi bantuan marang keluargaku merga dudu warga asli, padahal aku wis manggon neng kene '
    'limang taun.',
    'The officer refused us food because we are not from here, although we have lived in this village eight years.',
    'ptgs gk mau ksh bantuan krn kmi bkn warga asli, pdhl kmi udh tinggal di sni 9 thn. ibu sy dibentak2',
    'Suami saya bekerja di proyek huntara itu tiga tahun, lalu mandornya memecatnya tanpa alasan dan memukulnya.',
]


@pytest.mark.parametrize("narrative", YEARS_LIVED_THERE)
def test_years_lived_somewhere_are_no_age(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    assert not any(reason.startswith("child:") for reason in result.reasons), result.reasons


AGE_CONTROLS = [
    'Saya tinggal bersama anak saya 7 tahun di tenda. Kemarin malam dia diraba relawan.',
    'Adik saya tinggal di sini, umurnya 12 tahun, kemarin dia diraba petugas gudang.',
]


@pytest.mark.parametrize("narrative", AGE_CONTROLS)
def test_a_childs_age_beside_living_there_stays(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


# --- (9) Child and urgent precision: an act feared of someone who might come (B48-31: '... ajrih menawi wonten tiyang
# ingkang badhe tumindak saru utawi ngrudapeksa. Dereng wonten kedadosan punapa-punapa': abuse, a child by 'lare-lare',
# critical, for not misconduct, low). Fear, 'if' or 'that', an indefinite someone and 'will' or 'might' before the act
# ('takut kalau ada yang mau memperkosa', 'sieun bilih aya nu bade ngarogahala', 'wedi yen ana wong sing arep
# ngrudapeksa', 'afraid that someone might rape'; KBBI takut; Danadibrata sieun, bilih; Baoesastra wedi, ajrih) is a
# topic, no act told; never past a comma or a full stop (controls: a rape told after the fear, an attempt last night).
# First run on 711e72b: 1 of 6 (the krama 'tumindak saru' never read), controls 2 of 2. Now 6 of 6. ---------------

ACT_FEARED = [
    'Lampu WC umum di pengungsian mati seminggu. Ibu-ibu dan anak-anak perempuan takut kalau ada yang mau '
    'memperkosa mereka di sana malam-malam. Belum ada kejadian, tolong lampunya diperbaiki.',
    'Lampu di jamban pangungsian tos pareum saminggu. Awewe jeung barudak awewe sieun bilih aya nu bade ngarogahala '
    'upami ka jamban peuting. Teu acan aya kajadian nanaon, mangga dibenerkeun.',
    'Lampune WC pengungsian mati wis seminggu. Wong wadon lan bocah-bocah wedok wedi yen ana wong sing arep '
    'ngrudapeksa nek mrana bengi. Tulung didandani.',
    'The toilet lights at the camp have been out for a week. The women and girls are afraid that someone might rape '
    'them there at night. Nothing has happened yet, please fix the lights.',
    'lampu kmr mandi di posko mati udh 5 hr, cewe2 takut klo ada yg mau ngintip atau melecehkan. tlg diperbaiki ya',
    'Kula ajrih menawi wonten tiyang ingkang badhe tumindak saru dhateng lare-lare estri wonten ing WC. Nyuwun '
    'lampunipun dipun dandosi.',
]


@pytest.mark.parametrize("narrative", ACT_FEARED)
def test_an_act_feared_is_no_act(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert not result.urgent_medical and not result.child_involved, result.reasons


FEARED_CONTROLS = [
    'Saya takut sekali. Kemarin malam ada orang yang memperkosa tetangga saya di WC pengungsian.',
    'Adik saya (13 tahun) takut, tadi malam ada orang yang mau memperkosa dia di WC, untung dia bisa lari.',
]


@pytest.mark.parametrize("narrative", FEARED_CONTROLS)
def test_an_act_told_after_the_fear_stays_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.urgent_medical, result.reasons


# --- (10) Child precision: her children unable to eat, the ones she provides for (B48-28: 'mbakku janda ... mbakku
# gelem mergo anake 3 ra iso mangan': a child by 'anake', abuse, urgent, critical, for exploitation, high). Unable to
# eat ('ra iso mangan', 'gak bisa makan', 'teu tiasa dahar', 'mboten saged nedha', 'could not eat'; Baoesastra ra,
# isa, saged; KBBI bisa; Danadibrata tiasa) joins round 8's hungry children: her dependents, not the survivor.
# Controls: a girl of 14 or 15 who gave in because she could not eat stays a child. First run on 9a3ba0f: 5 of 6 (the
# others already placed by the grown woman named; the ngoko 'anake loro ra iso mangan' not), controls 2 of 2. Now 6
# of 6. ------------------------------------------------------------------------------------------------------------

CHILDREN_UNABLE_TO_EAT = [
    'Kakakku randha, dijak turu karo mandor posko ben oleh beras. Kakakku gelem merga anake loro ra iso mangan.',
    'Tetangga saya janda, diajak tidur sama petugas gudang biar dapat sembako. Dia mau karena anak-anaknya gak bisa '
    'makan.',
    'Lanceuk abdi randa, diajak sare ku petugas posko supaya meunang beas. Manehna daek lantaran barudakna teu '
    'tiasa dahar.',
    'My sister is a widow. The camp manager asked her to sleep with him so she would get rice. She agreed because '
    'her kids could not eat.',
    'sy janda, relawan gudang ngajak sy tdr bareng biar dpt beras. sy mau krn anak2 sy gk bisa makan',
    'Mbakyu kula randha, dipunajak tilem kaliyan petugas supados angsal uwos. Piyambakipun purun amargi putranipun '
    'mboten saged nedha.',
]


@pytest.mark.parametrize("narrative", CHILDREN_UNABLE_TO_EAT)
def test_her_children_unable_to_eat_are_not_the_survivor(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert not result.child_involved, result.reasons


UNABLE_TO_EAT_CONTROLS = [
    'Adik saya umur 14 tahun diajak tidur sama petugas gudang biar dapat sembako. Dia mau karena gak bisa makan.',
    'Anak saya (15 tahun) diajak turu karo mandor ben oleh beras, anakku gelem merga ra iso mangan.',
]


@pytest.mark.parametrize("narrative", UNABLE_TO_EAT_CONTROLS)
def test_a_girl_who_could_not_eat_stays_a_child(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


# --- (11) Category, found with group 10 (B48-28 would have fallen to harassment, medium, below its label, without it):
# the purpose told next as his words after a night or company asked ('... diajak turu bareng karo wong kecamatan.
# jarene ben jatah beras ... luwih akeh', 'Katanya biar jatah berasnya ditambah', 'Cenah sangkan ...', krama
# 'Ngendikanipun supados ...', 'He said she would get more rice'; KBBI kata, biar; Danadibrata cenah, sangkan;
# Baoesastra jare, ben, ngendika) is the benefit he named for it, as round 20's terms told as his words are; the
# krama 'ngendikanipun' added to the words of saying. Controls: no purpose told; a purpose of plain aid work. First run
# on 9a3ba0f: 0 of 6, controls 2 of 2. Now 6 of 6. ------------------------------------------------------------------

PURPOSE_AS_HIS_WORDS = [
    'Petugas gudang ngajak tetangga saya tidur bareng. Katanya biar jatah berasnya ditambah.',
    'mbakyuku diajak turu bareng karo wong kecamatan. jarene ben jatah berase luwih akeh.',
    'Petugas posko ngajak lanceuk abdi sare bareng. Cenah sangkan jatah beasna ditambahan.',
    'The distribution officer asked my neighbour to spend the night with him. He said she would get more rice.',
    'relawan logistik ngajak kakak sy nginep di messnya. katanya biar dpt terpal baru.',
    'Koordinator posko ngajak mbakyu kula tilem sesarengan. Ngendikanipun supados jatah uwosipun dipuntambahi.',
]


@pytest.mark.parametrize("narrative", PURPOSE_AS_HIS_WORDS)
def test_the_purpose_he_named_next_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


PURPOSE_CONTROLS = [
    'Petugas gudang ngajak tetangga saya tidur bareng. Kami kaget dan marah.',
    'Petugas posko membagikan beras kemarin. Katanya biar semua warga kebagian.',
]


@pytest.mark.parametrize("narrative", PURPOSE_CONTROLS)
def test_no_purpose_or_a_plain_one_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (12) Perpetrator type: the residents the aid is for, or whom the reporter speaks for (B47-30: 'terpal bantuan nu
# kuduna keur warga nu imahna rubuh, ku Pa RW diteundeun di imahna'; B48-06: 'Kami, perwakilan warga RT 03 ...
# tindakan Kepala Desa': community member by 'warga', for aid worker). 'warga' right after a word of for or on behalf
# of ('keur', 'kanggo', 'untuk', 'buat', 'perwakilan', 'atas nama', 'for'; KBBI untuk, perwakilan; Danadibrata keur;
# Baoesastra kanggo) names no one who did it, so the official handling the aid is read. Controls: a resident who
# peeps, residents who steal. First run on 537daff: 5 of 6 (only the Sundanese 'keur warga' before 'Pa Kadus' read as
# community; the others placed by the official already), controls 2 of 2. Now 6 of 6. -----------------------------

RESIDENTS_SERVED = [
    'Kami, perwakilan warga RT 02, melaporkan Kepala Desa yang meminta uang Rp20.000 dari setiap keluarga sebelum '
    'bantuan dibagikan.',
    'Terpal bantuan nu kuduna keur warga nu imahna ruksak, ku Pa Kadus diteundeun di imahna sorangan. Urang teu '
    'kabagean.',
    'Beras bantuan sing kudune kanggo warga sing omahe ambruk, malah digawa mulih Pak Kadus. Aku ora entuk apa-apa.',
    'The rice meant for villagers whose houses collapsed was taken home by the village head who hands out the aid. '
    'We got nothing.',
    'sembako buat warga yg rumahnya rusak malah dibawa pulang pak RT, kami gk dpt apa2. tlg dicek',
    'Atas nama warga Dusun Krajan, kami melaporkan Sekretaris Desa yang memotong bantuan tunai setiap keluarga.',
]


@pytest.mark.parametrize("narrative", RESIDENTS_SERVED)
def test_the_residents_served_are_not_the_perpetrator(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


RESIDENTS_CONTROLS = [
    'Kemarin malam seorang warga kampung mengintip ibu-ibu mandi di MCK posko. Kami takut.',
    'Warga setempat mencuri terpal bantuan dari gudang posko tadi malam.',
]


@pytest.mark.parametrize("narrative", RESIDENTS_CONTROLS)
def test_a_resident_who_did_it_stays_community(narrative):
    result = run(narrative)
    assert result.perpetrator_type is PerpetratorType.COMMUNITY_MEMBER, result.reasons


# --- (13) Category and priority: women photographed or filmed while bathing, the photographer told far after the
# bathing or the bathing after the verb (B48-14: 'wktu kami ibu2 mandi di kali ..., ada 2 org relawan berkaos oranye
# fotoin kami dr atas jembatan': not misconduct, low, with the rules alone, unplaced, high, with the model; B47-28:
# 'filming them with his phone while they bathe': unplaced, high; both for harassment, medium). Round 22 read an active
# verb only right after the bathing; it is now read further on when its object is the women or the reporter's group
# ('fotoin kami', 'motret kami', 'moto kami'), and the verb first with the bathing after 'while' ('filming the women
# ... while they bathe'; KBBI memfoto, mandi; Danadibrata moto, ibak; Baoesastra motret, adus). Controls: a bridge, a
# river crossing photographed. First run on da81bd9: 0 of 6, controls 2 of 2. Now 6 of 6. -------------------------

PHOTOGRAPHED_BATHING = [
    'Tadi pagi waktu kami mandi di sungai karena air di posko mati, ada relawan berompi biru yang memfoto kami dari '
    'jembatan.',
    'td pagi wkt kami ibu2 mandi di kali krn air posko mati, ada org relawan fotoin kami dr atas jembatan. kami malu',
    'Isuk mau nalika aku lan ibu-ibu adus neng kali merga banyu posko mati, ana petugas sing motret kami saka kreteg.',
    'Tadi isuk basa kuring jeung ibu-ibu ibak di walungan kusabab cai di posko pareum, aya relawan nu moto kami ti '
    'sasak.',
    'A man from the water contractor has been filming the women with his phone while they bathe at the river.',
    'The driver keeps photographing us from the bridge while we bathe in the river, every morning.',
]


@pytest.mark.parametrize("narrative", PHOTOGRAPHED_BATHING)
def test_women_photographed_while_bathing_is_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


PHOTOGRAPHED_CONTROLS = [
    'Waktu kami mandi di sungai, relawan memfoto jembatan yang rusak untuk laporan.',
    'The volunteer was filming the river crossing for the report while the children played.',
]


@pytest.mark.parametrize("narrative", PHOTOGRAPHED_CONTROLS)
def test_a_bridge_or_a_crossing_photographed_is_no_harassment(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_HARASSMENT, result.reasons


# Not run: what this round leaves (see the blind README's Round 27 section).
KNOWN_GAPS = [
    # the krama split passive 'dipun layani' in quoted terms with aid cut otherwise (B47-15): unplaced, not read as
    # the terms of an exchange
    "Koordinator posko sok rawuh dalu-dalu. Randha menika sambat bilih 'menawi boten dipun layani, bantuanipun dipun "
    "kirangi'.",
    # a widow's small child counted with the adjective between ('gadhah anak alit setunggal', B47-15): a possible
    # child, critical
    "Tetangga kula randha, gadhah anak alit setunggal. Mandor posko asring rawuh ing tendanipun dalu-dalu.",
]

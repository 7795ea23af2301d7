"""Round 30 of issue 12: category and priority on the tuning batches, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 30 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Category and priority: aid withheld for who the people are or how they voted, in the forms the lexicon
# lacked (B39-17 'kulawarga anu basa pilkades teu milih manehna teu kabagean'; B48-30 'Pak Kadus namung maringi paket
# sembako dhumateng sedherek lan tiyang ingkang nyengkuyung piyambakipun nalika pilkades'; B50-04 'Mbok-mbok rondho
# ora oleh jatah'; B50-30 'ibu2 yg pake cadar ga dilayanin'; B41-22 'petugas pendataan ... henteu kersa ngalebetkeun
# namina' of a lame man: all other misconduct, low; unplaced, high, before). Round 6 and round 19 read the vote, the
# relatives, the faith and the disability; not Sundanese 'kabagean' (a share got; Danadibrata bagi, kabagean), the
# krama 'sedherek' (Baoesastra sadherek, krama of sedulur), 'nyengkuyung' (Baoesastra sengkuyung, to support), widows
# ('janda', 'rondho', 'randa', 'widows'; KBBI janda; Baoesastra randha; Danadibrata randa), a veil of faith ('cadar',
# 'niqab', 'burqa'; KBBI cadar), not served ('tidak dilayani', 'not served'; KBBI layan), nor the unwilling officer in
# the polite forms ('henteu kersa', 'teu kersa', 'mboten kersa'; Danadibrata kersa; Baoesastra kersa) with the
# registering verbs ('ngalebetkeun', 'ngadata', 'ndata', 'nglebokke'). Controls: a share not got because the stock
# ran out, widows thanked for being registered.
# First run on a6fd4a6: 0 of 7, controls 2 of 2; now 7 of 7. -----------------------------------------------------------

AID_WITHHELD_FOR_WHO_THEY_ARE = [
    # Sundanese, as B39-17's class
    "Bantuan beas ti desa dibagikeun ku kuwu. Kulawarga anu teu milih anjeunna basa pilkades teu kabagean nanaon.",
    # Javanese krama, as B48-30's class
    "Pak Lurah namung maringi bantosan dhateng sedherek lan tiyang ingkang nyengkuyung piyambakipun nalika pilihan "
    "lurah. Kulawarga kula dereng nampi punapa-punapa.",
    # Javanese ngoko, as B50-04's class
    "Para rondho neng dhusunku ora oleh jatah beras saka posko, jarene mung kanggo KK sing ana bojone.",
    # Indonesian SMS, as B50-30's class
    "td di posko ibu2 yg pake cadar ga dilayani petugas pas antri sembako, disuruh plg aja",
    # Sundanese lemes, as B41-22's class
    "Bapa abdi lumpuh ti saprak lini. Petugas pendataan henteu kersa ngadata bapa abdi kanggo bantosan.",
    # English
    "The widows in our camp were not registered for the cash aid; the officer said only households with a husband "
    "get it.",
    # Indonesian formal
    "Para janda di RT kami tidak didata untuk bantuan tunai oleh petugas desa.",
]


@pytest.mark.parametrize("narrative", AID_WITHHELD_FOR_WHO_THEY_ARE)
def test_aid_withheld_for_who_they_are_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


AID_WITHHELD_CONTROLS = [
    # a share not got because the stock ran out: a question about aid
    ("Kami belum kebagian sembako karena stoknya habis. Kapan ada pembagian lagi?", Category.NOT_MISCONDUCT),
    # widows registered, and thanks
    ("Hatur nuhun ka relawan, para randa di RT kami parantos didata sareng nampi bantosan.", Category.NOT_MISCONDUCT),
]


@pytest.mark.parametrize(("narrative", "category"), AID_WITHHELD_CONTROLS)
def test_a_share_not_got_for_want_of_stock_is_no_misconduct(narrative, category):
    assert run(narrative).category is category


# --- (2) Priority: an ongoing danger read from a thing, not from him (B45-12 'Sudah saya bilang saya tidak nyaman
# tapi pesannya masih terus datang': messages that keep coming read as 'the perpetrator still near'; B50-09 'KK n
# akte anak2 sy ilang kebawa banjir': her children's papers lost read as her children missing; both critical for
# their labels' medium and high). Round 6 read 'masih .. datang' and 'terus datang' of him, round 7 and 22 a person
# missing, not a thing; the subject before them was not looked at when it is his messages ('pesannya', 'pesenna',
# 'pesene', 'chatnya', 'sms'; KBBI pesan; Danadibrata pesen; Baoesastra pesen) or the papers of a child ('akte',
# 'akta', 'kelahiran', 'ijazah', 'rapor', 'dokumen'; KBBI akta, ijazah, rapor; Baoesastra akte; English 'birth
# certificates', 'papers'). Controls: he himself still coming, a child herself missing.
# First run on ebc45b1: 1 of 6 (the Javanese 'isih terus teka', read of no one), controls 2 of 2; now 6 of 6. ------

DANGER_READ_FROM_A_THING = [
    # Indonesian formal, as B45-12's class
    ("Pendamping dari lembaga itu kirim WA jam 12 malam bilang kamu cantik dan minta foto. Sudah saya tolak tapi "
     "pesannya masih terus datang.", Priority.MEDIUM),
    # Sundanese
    ("Petugas eta sok ngirim SMS 'geulis pisan' tengah peuting. Tos dipenta eureun tapi pesenna masih terus datang.",
     Priority.MEDIUM),
    # Javanese ngoko
    ("Relawan kuwi saben bengi ngirim WA 'kowe ayu tenan', njaluk fotoku. Wis tak blokir nanging pesene isih terus "
     "teka.", Priority.MEDIUM),
    # Indonesian formal, as B50-09's class
    ("Akte kelahiran anak saya hilang waktu banjir. Waktu saya urus, petugas adminduk bilang kamu cantik dan minta "
     "nomor WA saya.", Priority.MEDIUM),
    # Javanese ngoko
    ("Akta anak-anakku ilang kegawa banjir. Pas tak urus, petugas dukcapil ngomong aku ayu tenan lan njaluk nomer "
     "WA-ku.", Priority.MEDIUM),
    # Indonesian SMS
    ("akte anak2 sy ilang pas banjir. pas sy ngurus, ptgs dukcapil godain sy blg sy cantik bgt trs minta no wa sy",
     Priority.MEDIUM),
]


@pytest.mark.parametrize(("narrative", "priority"), DANGER_READ_FROM_A_THING)
def test_messages_or_papers_that_go_on_or_are_lost_are_no_danger(narrative, priority):
    result = run(narrative)
    assert not result.ongoing_danger, result.reasons
    assert result.priority is priority, result.reasons


DANGER_READ_FROM_A_THING_CONTROLS = [
    # he himself still comes
    "Relawan itu bilang kamu cantik terus minta foto. Sudah saya tolak tapi dia masih terus datang ke tenda saya.",
    # a child herself missing
    "Petugas itu sering bilang kamu cantik ke anak saya. Sejak kemarin sore anak saya hilang, belum pulang.",
]


@pytest.mark.parametrize("narrative", DANGER_READ_FROM_A_THING_CONTROLS)
def test_he_or_a_child_still_is_the_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons


# --- (3) Category: papers done in a few days if she goes out with him (B50-09 'petugas yg jaga layanan adminduk ...
# blg bs jd 2 hr asal sy mau diajak 'jalan' sm dia malem minggu, kl gk ya ngantri bulanan': harassment, for
# exploitation, high; with group 2 it would have fallen to medium, below its label, so both came in one commit).
# 'berkas', 'registration' were favours already; a service promised done within a number of days ('bisa jadi 2
# hari', 'iso rampung rong dina', 'tiasa rengse dua poe', 'could be ready in two days'; KBBI jadi, selesai;
# Baoesastra dadi, rampung; Danadibrata jadi, rengse; English plain usage) was not: it is the favour of a faster
# service, traded when its condition is a night, company or a date. Not 'bisa jadi' alone, 'perhaps'. Controls: the
# same promise on a condition of papers, or of money (other misconduct, not exploitation).
# First run on ebc45b1: 2 of 6 (the Indonesian formal by 'berkas', the English by 'registration'), controls 2 of 2;
# now 6 of 6. --------------------------------------------------------------------------------------------------------

SERVICE_SOONER_FOR_A_NIGHT = [
    # Indonesian SMS, as B50-09's class
    "ptgs dukcapil blg akte anak sy bs jd 3 hr asal sy mau diajak jalan sm dia malem minggu",
    # Indonesian formal
    "Petugas pendataan bilang berkas saya bisa selesai dalam dua hari asal saya mau diajak keluar malam berdua "
    "dengannya.",
    # Javanese ngoko
    "Petugas dukcapil ngomong KK-ku iso rampung rong dina nek aku gelem nginep karo dheweke.",
    # Sundanese
    "Petugas eta nyarios KK abdi tiasa rengse dua poe upami abdi daek nemenan anjeunna sapeuting.",
    # English
    "The registration officer said my papers could be ready in two days if I spend the night with him.",
    # Javanese ngoko, the certificate
    "Wong kecamatan kuwi ngomong akta anakku iso dadi telung dina nek aku gelem nginep karo dheweke neng hotel.",
]


@pytest.mark.parametrize("narrative", SERVICE_SOONER_FOR_A_NIGHT)
def test_a_service_done_sooner_for_a_night_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


SERVICE_SOONER_CONTROLS = [
    # on a condition of papers
    "Petugas bilang berkas bisa selesai dalam dua hari asal fotokopi KTP lengkap.",
    # on a condition of money
    "Petugas bilang KK bisa jadi 2 hari asal bayar 50rb ke dia.",
]


@pytest.mark.parametrize("narrative", SERVICE_SOONER_CONTROLS)
def test_a_service_done_sooner_for_papers_or_money_is_no_exploitation(narrative):
    assert run(narrative).category is not Category.SEXUAL_EXPLOITATION


# --- (4) Category and priority: a slap, a kick or a punch told with the English verb's plain form (B49-12 'I saw a
# soldier who was handing out rice slap an elderly man across the face', B47-22 'one of our own distribution team
# leads slap and kick a displaced man': other misconduct, low; unplaced, and the learned model's sexual abuse, high,
# or unplaced, high, before). The past forms ('slapped', 'kicked', 'punched') were read, the plain form after 'saw
# ... ' or a plural subject was not (English plain usage: slap, kick, punch, smack); the Indonesian, Javanese and
# Sundanese verbs (KBBI tampar; Baoesastra tabok; Danadibrata tampiling) were read already. Not a ball kicked, nor
# dough punched, nor anyone kicked out (eviction).
# First run on f2b032a: 3 of 6 (the Indonesian, Javanese and Sundanese), controls 2 of 2; now 6 of 6. ---------------

A_BLOW_IN_PLAIN_ENGLISH = [
    # English, as B49-12's class
    "I saw the guard at the distribution point slap a displaced man across the face because he asked for a second "
    "bag.",
    # English, as B47-22's class
    "The team leaders kick and punch the men who push into the queue; yesterday I saw it again.",
    # English
    "Yesterday I watched a volunteer smack an old man who complained about the rice.",
    # Indonesian formal
    "Tadi pagi petugas logistik menampar seorang bapak di antrean karena dianggap menyerobot.",
    # Javanese ngoko
    "Aku weruh relawan posko nabok wong tuwa neng antrian sembako amarga njaluk jatah maneh.",
    # Sundanese
    "Kamari petugas distribusi nampiling hiji aki-aki di antrian beas.",
]


@pytest.mark.parametrize("narrative", A_BLOW_IN_PLAIN_ENGLISH)
def test_a_blow_by_a_worker_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons
    assert any("physical violence" in reason for reason in result.reasons), result.reasons


A_BLOW_CONTROLS = [
    # a ball kicked
    "The kids kick a ball near the posko every afternoon, can you give us a field?",
    # dough punched
    "The cooks punch the dough at five every morning before the distribution starts.",
]


@pytest.mark.parametrize("narrative", A_BLOW_CONTROLS)
def test_a_ball_or_dough_is_no_blow(narrative):
    assert not any("physical violence" in reason for reason in run(narrative).reasons)


# --- (5) Category and priority: aid withheld from those who did not vote for him, unloaded at his own house, sold at
# the market, in the forms the lexicon lacked (B49-06 'ora menehi jatah marang keluarga sing wingi ora milih dheweke
# pas pilkades': read as the reporter's denial, then the learned model's exploitation, high; B50-35 'menurunkan
# sebagian karung beras dan dus minyak goreng di rumahnya sendiri': the model's exploitation, high; B45-39 'Sisane
# didol nang pasar': unplaced, high; all other misconduct, low). Round 6 read 'those who voted for him' and a vote not
# given before a share not got; not those who did not vote for him as the ones left out ('sing ora milih dheweke',
# 'nu teu milih anjeunna', 'yang tidak memilih dia'; Baoesastra milih; Danadibrata milih; KBBI memilih). Round 8 read
# aid unloaded at a house three words on; not a longer list of goods before his own house ('rumahnya sendiri', 'omahe
# dhewe', 'his own house'; KBBI menurunkan; Baoesastra mudhunake; English plain usage). Aid sold at the market was
# read in Indonesian, not the Javanese and Sundanese passives ('didol', 'diical', 'disade'; Baoesastra dol, sade;
# Danadibrata ical) nor 'neng', 'peken'. Controls: the reporter selling her own vegetables at the market, sacks
# unloaded at the post before he went home.
# First run on c465f68: 0 of 7, controls 2 of 2; now 7 of 7. ---------------------------------------------------------

AID_DIVERTED_OR_WITHHELD = [
    # Javanese ngoko, as B49-06's class
    "Pak RT ora menehi sembako marang wong sing wingi ora milih dheweke pas pilihan RT.",
    # Sundanese
    "Kuwu teu mere bantosan ka kulawarga nu baheula teu milih anjeunna.",
    # Indonesian formal, as B50-35's class
    "Sopir truk bantuan menurunkan lima karung beras dan dua dus mi instan di rumahnya sendiri sebelum ke posko.",
    # English
    "The driver unloaded ten sacks of rice and two boxes of oil at his own house before reaching the camp.",
    # Javanese ngoko, as B45-39's class
    "Beras bantuan sing teka mung separo, sisane didol nang pasar karo koordinatore.",
    # Sundanese
    "Beas bantuan sesana diical ka pasar ku pangurus posko.",
    # Javanese krama
    "Uwos bantosan saking kabupaten sampun dipunsade wonten peken kaliyan pengurus posko.",
]


@pytest.mark.parametrize("narrative", AID_DIVERTED_OR_WITHHELD)
def test_aid_diverted_or_withheld_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


AID_DIVERTED_CONTROLS = [
    # her own vegetables sold at the market, and a question
    ("Aku ngedol sayur nang pasar saben esuk, saiki pasare tutup. Kapan bantuan teka maneh?", Category.NOT_MISCONDUCT),
    # sacks unloaded at the post, then he went home
    ("Sopir truk menurunkan karung beras di posko lalu pulang ke rumahnya. Terima kasih, bantuannya sudah sampai.",
     Category.NOT_MISCONDUCT),
]


@pytest.mark.parametrize(("narrative", "category"), AID_DIVERTED_CONTROLS)
def test_her_own_goods_or_aid_unloaded_at_the_post_is_no_misconduct(narrative, category):
    assert run(narrative).category is category


# --- (6) Category and priority: her body praised in the informal words (B39-37 'makes comments to women as they
# queue, like "bodinya masih oke ya walau janda"': unplaced, the learned model's exploitation, high, for harassment,
# medium). Round 8 read 'badanmu bagus', 'awakmu apik', 'your body is nice'; not the loanword 'bodi' (KBBI bodi,
# informal for the body) nor the informal praise after it ('oke', 'mantap', 'mantul', 'bohay', 'yahud'; Salsabila et
# al. 2018), nor 'body' before the Indonesian 'kamu' of a code-mixed report. Not a vehicle's body ('bodi mobil').
# Read, the remark made B39-37 exploitation by the rice of the same sentence ('baru dapat beras'): as his jokes and his
# rating of her body (rounds 16, 17), his remarks on her looks or her body are said to her, never the price asked of
# her (category._exchange). Controls: the body of an ambulance, a tent that is still fine.
# First run on 2cd275d: 0 of 6, controls 2 of 2; now 6 of 6. ---------------------------------------------------------

HER_BODY_PRAISED_INFORMALLY = [
    # Indonesian SMS
    "relawan dapur umum tiap hari komen ke sy 'bodinya masih oke ya walau udh punya anak 3'",
    # Indonesian
    "Petugas logistik bilang ke ibu-ibu yang antre 'bodimu mantap juga ya'.",
    # Javanese ngoko
    "Mas relawan kuwi ngomong 'bodimu isih oke ya mbak' pas aku njupuk banyu.",
    # Sundanese
    "Petugas posko sok nyarios 'bodina masih oke, teh' ka awewe nu keur antri.",
    # English, code-mixed
    "The volunteer at the kitchen said to me 'body kamu masih oke juga' in front of everyone.",
    # English, code-mixed, as B39-37's class (the rice of the queue is no price)
    "The relief officer makes comments to women in the queue like 'bodinya masih oke ya' when they come to get rice.",
]


@pytest.mark.parametrize("narrative", HER_BODY_PRAISED_INFORMALLY)
def test_her_body_praised_informally_is_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


HER_BODY_PRAISED_CONTROLS = [
    # the body of an ambulance
    "Bodi mobil ambulans masih oke, cuma mesinnya rusak. Kapan diperbaiki?",
    # a tent still fine
    "Terima kasih relawan, tendanya masih oke dan kuat walau hujan deras.",
]


@pytest.mark.parametrize("narrative", HER_BODY_PRAISED_CONTROLS)
def test_a_vehicle_or_a_tent_still_fine_is_no_remark(narrative):
    assert run(narrative).category is Category.NOT_MISCONDUCT


# --- (7) Category and priority: pregnant mothers named as a group of those aid is for, read as a pregnancy from the
# act (B50-02 'paket hygiene kit buat ibu2 hamil sm remaja putri ... kpn dibagi lg??': abuse, high, for not
# misconduct, low). 'hamil sama', 'hamil dari', 'meteng karo' tell by whom she is pregnant; after 'ibu', 'ibu-ibu'
# ('ibu hamil', the pregnant mothers of an aid list; KBBI ibu hamil; Baoesastra meteng; Danadibrata reuneuh) the
# 'sama', 'dari', 'karo' that follow join another group ('ibu hamil sama balita', 'and the toddlers') or name who
# gives the aid ('dari relawan'). Controls: her daughter pregnant by a volunteer, a sister by the foreman.
# First run on 14cbf75: 3 of 6 (the Sundanese, English and krama read already), controls 2 of 2; now 6 of 6. ----------

PREGNANT_MOTHERS_AS_A_GROUP = [
    # Indonesian SMS, as B50-02's class
    "min mau nanya, paket buat ibu2 hamil sm balita di posko kpn dibagi lg?",
    # Javanese ngoko
    "Mas, paket gizi kanggo ibu-ibu meteng karo bocah cilik kapan dibagi maneh?",
    # Indonesian formal
    "Bantuan susu untuk ibu hamil dari relawan kemarin sudah habis, kapan ada lagi?",
    # Sundanese
    "Punten, paket kanggo ibu reuneuh ti petugas posko iraha dibagikeun deui?",
    # English
    "When will the kits for pregnant women from the volunteers come again?",
    # Javanese krama
    "Nyuwun pirsa, paket kangge ibu ingkang mbobot kaliyan lare alit punika kapan dipunbagi malih?",
]


@pytest.mark.parametrize("narrative", PREGNANT_MOTHERS_AS_A_GROUP)
def test_pregnant_mothers_named_as_a_group_are_no_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


PREGNANT_BY_HIM_CONTROLS = [
    # her daughter pregnant by a volunteer
    ("Anak saya hamil sama relawan posko, umurnya baru 16 tahun.", Category.SEXUAL_ABUSE),
    # a sister pregnant by the foreman
    ("Adikku meteng karo mandor proyek huntara, saiki mandore ora gelem tanggung jawab.", Category.SEXUAL_EXPLOITATION),
]


@pytest.mark.parametrize(("narrative", "category"), PREGNANT_BY_HIM_CONTROLS)
def test_pregnant_by_him_is_still_read(narrative, category):
    result = run(narrative)
    assert any("pregnancy from the act" in reason for reason in result.reasons), result.reasons
    assert result.category is category, result.reasons


# --- (8) Priority: a habit word that dates her dreams or memories, not the act (B49-31 'Saprak lini, abdi sok ngimpi
# deui kajadian sapuluh taun ka tukang, waktu abdi diperkosa ku tatangga. Jalma eta geus maot': critical by 'diperkosa
# happens repeatedly ("sok")', for abuse, high). Round 6 read a habit word in the sentence of an assault as the assault
# repeated; right before a verb of dreaming or remembering ('sok ngimpi', 'sering mimpi', 'kerep ngimpi', 'often
# dream', 'sering teringat'; Danadibrata ngimpi; Baoesastra ngimpi, kelingan; KBBI mimpi, teringat; English plain
# usage) it is how often she dreams of it or remembers it, the act long past. Controls: the act itself repeated ('sering
# memperkosa', 'sok diperkosa').
# First run on f97df9e: 2 of 6 (the krama and the SMS 'srg', no habit word read), controls 2 of 2; now 6 of 6. -------

A_HABIT_OF_DREAMING = [
    # Sundanese, as B49-31's class
    "Abdi sok ngimpi deui kajadian sapuluh taun ka tukang, waktu abdi diperkosa ku tatangga. Anjeunna tos maot.",
    # Indonesian formal
    "Saya sering mimpi buruk tentang kejadian lima tahun lalu saat saya diperkosa oleh paman saya. Dia sudah "
    "meninggal.",
    # Javanese ngoko
    "Aku kerep ngimpi kedadeyan sepuluh taun kepungkur, nalika aku diperkosa karo tanggaku. Wonge wis mati.",
    # English
    "I often dream about the night years ago when I was raped by a neighbour; he died long ago.",
    # Indonesian SMS
    "sy srg keinget kejadian 5 thn lalu wkt sy diperkosa om sy, skrg dia udh meninggal",
    # Javanese krama
    "Kula asring supena kedadosan sedasa taun kepengker, nalika kula dipunperkosa tanggi.",
]


@pytest.mark.parametrize("narrative", A_HABIT_OF_DREAMING)
def test_a_habit_of_dreaming_of_it_is_no_ongoing_danger(narrative):
    result = run(narrative)
    assert not result.ongoing_danger, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


THE_ACT_REPEATED_CONTROLS = [
    "Dia sering memperkosa saya di tenda belakang posko, terakhir bulan lalu.",
    "Abdi sok diperkosa ku mamang abdi di tenda, pang ahirna minggu kamari.",
]


@pytest.mark.parametrize("narrative", THE_ACT_REPEATED_CONTROLS)
def test_the_act_repeated_is_still_a_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority is Priority.CRITICAL, result.reasons



# --- (9) Category, the rules alone: her night, weekend or service asked in forms the lexicon lacked (B50-29 'menawi
# kula purun nginep kaliyan piyambakipun ing penginepan tim', B49-32 'nek adhiku gelem nglayani dheweke sewengi', B50-37
# 'if she spent a weekend with him in Mataram': unplaced, other misconduct, with the rules alone, for exploitation; the
# learned model had them). Round 20 read a night spent 'kaliyan' a man named by his role or a pronoun; not the krama
# 'piyambakipun', 'panjenenganipun' (Baoesastra piyambak). Round 14 read 'daek', 'purun' before serving him; not the
# ngoko 'gelem' (Baoesastra gelem). Round 14 and 19 read 'spend the night with', 'a night with him'; not a weekend or
# a few days with him (English plain usage). Nor the krama 'pedamelan', work, beside 'padamelan' (Baoesastra
# padamel, pedamelan) as the favour. Controls: a weekend with her sister, a night with her mother.
# First run on d47f0c9: 3 of 6 (the Indonesian, the Sundanese and the English 'a few days ... at the hotel' read
# already), controls 2 of 2; now 6 of 6. -------------------------------------------------------------------------

A_NIGHT_OR_A_WEEKEND_ASKED = [
    # Javanese krama, as B50-29's class
    "Petugas punika ngendika badhe maringi pedamelan kangge kula menawi kula purun nginep kaliyan piyambakipun.",
    # Javanese ngoko, as B49-32's class
    "Relawan kuwi ngomong jatah berasku ditambah nek aku gelem nglayani dheweke sewengi.",
    # English, as B50-37's class
    "The village secretary said our name would go on the list if my mother spent a weekend with him in town.",
    # English
    "The officer said the family would get extra rice if she would spend a few days with him at the hotel.",
    # Indonesian
    "Petugas bilang jatah beras saya ditambah kalau saya mau nginep bareng dia di penginapan.",
    # Sundanese
    "Petugas nyarios bantosan bakal ditambahan upami abdi daek nginep sareng anjeunna.",
]


@pytest.mark.parametrize("narrative", A_NIGHT_OR_A_WEEKEND_ASKED)
def test_a_night_or_a_weekend_asked_for_aid_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


A_NIGHT_WITH_FAMILY_CONTROLS = [
    "She spent a weekend with her sister in town after the flood. Thank you for the tent.",
    "Kula nginep kaliyan ibu kula wonten griya sedherek. Matur nuwun bantuanipun.",
]


@pytest.mark.parametrize("narrative", A_NIGHT_WITH_FAMILY_CONTROLS)
def test_a_night_with_her_family_is_no_proposition(narrative):
    assert run(narrative).category is Category.NOT_MISCONDUCT



# --- (10) Category, the rules alone: aid unloaded at his own or his relatives' house, in the passive and in Sundanese
# (B47-09 'sing separo diudhunke ning omahe dulure banjur didol ning pasar': not misconduct by 'beras mesti kurang', a
# complaint, with the rules alone, for other misconduct; the learned model had it). Group 5 read 'menurunkan ... di
# rumahnya sendiri'; not the Javanese passive 'diudhunke', 'diudhunake' (Baoesastra udhun, ngudhunake) or the locative
# 'ning', the Sundanese 'diturunkeun' (Danadibrata turun, nurunkeun), nor the house of his relatives ('rumah
# adiknya', 'omahe dulure', 'his brother's house'; KBBI adik, saudara; Baoesastra dulur, sedulur), nor a part of the
# goods as the subject ('sing separo', 'sebagian', 'sisane'; KBBI separuh; Baoesastra separo). Controls: sacks
# unloaded at the post, then he went to his brother's house; her relatives' house named where she sleeps.
# First run on e7d543b: 1 of 6 (the ngoko 'nurunke ... neng omahe', group 5's), controls 2 of 2; now 6 of 6. ----------

AID_UNLOADED_AT_HIS_HOUSE = [
    # Javanese ngoko, the passive, as B47-09's class
    "Karung beras bantuan diudhunke ning omahe dhewe sadurunge tekan posko.",
    # Javanese ngoko, his relative's house
    "Sopir truk kuwi ngudhunake karung beras bantuan ning omahe dulure saben teka.",
    # Sundanese
    "Karung beas bantuan diturunkeun di imahna sorangan ku supir.",
    # Indonesian
    "Sopir menurunkan tiga karung beras bantuan di rumah adiknya sebelum ke posko.",
    # English
    "The driver unloaded three sacks of rice at his brother's house before the camp.",
    # Javanese ngoko, the active, group 5's
    "Sopir truk nurunke karung beras neng omahe sedulure.",
]


@pytest.mark.parametrize("narrative", AID_UNLOADED_AT_HIS_HOUSE)
def test_aid_unloaded_at_his_or_his_relatives_house_is_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert any("diverting aid" in reason for reason in result.reasons), result.reasons


AID_UNLOADED_CONTROLS = [
    "Sopir menurunkan karung beras di posko, lalu pulang ke rumah adiknya. Terima kasih, bantuannya sudah sampai.",
    "Kami tidur di rumah adik saya sejak banjir. Terima kasih untuk karung beras yang diturunkan di posko kemarin.",
]


@pytest.mark.parametrize("narrative", AID_UNLOADED_CONTROLS)
def test_aid_unloaded_at_the_post_is_no_diversion(narrative):
    assert not any("diverting aid" in reason for reason in run(narrative).reasons)


# Not run: what round 30 left, by class (see the blind README's Round 30 section). Our own sentences, as the probes.
KNOWN_GAPS = [
    # a negation's reach: 'dereng' (not yet) before one verb reaches a second verb after 'sampun' (already), and the
    # sale is read as denied (found while writing group 5's krama probe)
    "Uwos bantosan ingkang dereng dipunbagi sampun dipunsade wonten peken kaliyan pengurus posko.",
    # a year named as a bare number ('taun 2015', 'kejadian 2010') is read as no time: a rape long ago stays urgent
    "Abdi sok ngimpi deui kajadian taun 2015, waktu abdi diperkosa ku tatangga. Anjeunna tos maot.",
    # 'after I was treated, he ...': 'setelah' read as the terms of an exchange when it only orders the events
    # (B47-37: exploitation, high, for harassment, medium)
    "Setelah saya berobat di pos kesehatan, dokter relawan itu terus mengajak saya jalan berdua malam-malam.",
    # a rape heard as a rumour, no case reported, the reporter only asks where to report (B42-14, B49-04: critical,
    # urgent, for not misconduct, low): left, an urgent over-call on the safe side
    "Di posko sebelah katanya ada perempuan yang diperkosa, tapi tidak ada yang tahu siapa dan kapan. Kalau ada "
    "kejadian seperti itu, lapornya ke mana?",
    # the plain English 'skips the houses of' a people named (B45-33): left, not one of the faiths or disabilities read
    "The official who hands out the kits skips the houses of the Bajo families on the coast.",
    # a widow or a mother named with her own children, the terms asked of her in another sentence (B50-05, B47-02,
    # B39-36: critical by 'unsure, treated as a child', for high); child precision, left to a round of its own
    "My neighbour lost her husband and sleeps in the mosque with her two boys. The officer told her a shelter unit "
    "would be freed up if she came to his office alone after dark.",
]

"""Round 16 of issue 12: categories, perpetrator types and priorities of the tuning batches 33 and 34, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 16 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) 'yen', 'yén', 'kalau', 'nek', 'menawi' right after a verb of recounting ('crita yen', 'nyarita ka pun bojo
# yén', 'cerita kalau', 'mengaku kalau') is 'that', what was told follows, not a condition: a touch told so, with a
# gift named elsewhere, is abuse, not exploitation (B33-22, B34-14). The terms he says ('ngomong yen gelem ...') or a
# condition told inside the account ('asal', 'upami') stay exploitation (controls).
# First run on 8d4e17d: 0 of 5, controls 3 of 3 (the fifth, the gift told a sentence before, written after a first
# version of the fix that skipped the word only as a link within the sentence, and run first on a copy of 8d4e17d). --

TOLD_THAT = [
    # Sundanese: 'nyarita ka abdi yén'
    "Aya bapa-bapa di pangungsian nu sok mere duit ka barudak. Kamari budak abdi nyarita ka abdi yén éta bapa "
    "nyabak-nyabak dadana di jamban.",
    # Indonesian, informal: 'cerita kalau'
    "Ada om2 di tenda sebelah suka kasih permen ke anak2. Kemarin anakku cerita kalau om itu meraba-raba dadanya "
    "waktu sepi.",
    # Javanese ngoko: 'crita yen', an adult
    "Kancaku crita yen mandor kuwi nggrayangi dhadhane pas antri beras.",
    # Indonesian: 'mengaku kalau', an adult
    "Adik saya mengaku kalau petugas gudang memegang-megang dadanya waktu dia ambil beras di gudang.",
    # Javanese ngoko, the gift a sentence before (the terms would link across it: 'crita yen' is no terms)
    "Ning pengungsian ana wong lanang, senengane ngundang bocah-bocah wadon cilik diwenehi permen. Wingi anakku wadon "
    "umur wolung taun crita yen wong kuwi ngelus-elus pupune ning njero tenda.",
]


@pytest.mark.parametrize("narrative", TOLD_THAT)
def test_a_touch_told_after_that_is_abuse_not_an_exchange(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


@pytest.mark.parametrize("narrative", [
    # his terms, said with 'ngomong yen'
    "Sopir tangki ngomong yen aku gelem diambung, omahku oleh banyu.",
    # a condition inside what is told
    "Kakak cerita kalau petugas itu bilang dia dapat beras asal mau dicium.",
    "Manéhna nyarita yén relawan éta bakal mere beas upami daék dicium.",
])
def test_terms_told_stay_exploitation(narrative):
    assert run(narrative).category is Category.SEXUAL_EXPLOITATION


# --- (2) Sundanese 'tas' after 'mun', 'basa', 'nembé', 'karék' is 'just after' (Danadibrata: tas, baru saja), not a
# bag: 'mun tas pareum lampu' dates the touch, it names no price (B34-14). A bag given as the price stays one.
# First run on 8d4e17d: 0 of 2, controls 2 of 2. --------------------------------------------------------------------

JUST_AFTER = [
    "Mamangna sok ngarampa-rampa awak budak éta mun tas pareum lampu.",
    "Lalaki éta sok nyabak-nyabak pingping abdi lamun tas mandi di pancuran, upami abdi sorangan.",
]


@pytest.mark.parametrize("narrative", JUST_AFTER)
def test_tas_just_after_is_no_price(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


@pytest.mark.parametrize("narrative", [
    "Relawan éta mere tas sakola ka budak abdi upami daék dicium.",
    "Petugas itu janji kasih tas baru kalau adik saya mau dicium.",
])
def test_a_bag_as_the_price_stays_exploitation(narrative):
    assert run(narrative).category is Category.SEXUAL_EXPLOITATION


# --- (3) a quoted word in its plain sense: 'main' with what is played ("untuk main HP", "main game") is play, and
# 'khusus' with what it reserves ("ini khusus jemaah") is 'only for', not the euphemisms 'main' and 'khusus' alone
# (B33-02, B33-12); and 'agar tidak memberi tahu orang tuanya' is secrecy asked of a child, as 'agar tidak bilang' is
# (B33-02). A quoted 'main' or 'khusus' alone keeps its sense (controls).
# First run on 8d4e17d: 1 of 4 (the quote of four words, 'ini khusus umat kami', is already speech), controls 2 of 2.

PLAIN_IN_QUOTES = [
    # play, with a gift of phone credit and secrecy: grooming, abuse
    ("Relawan itu sering kasih pulsa ke murid saya yang kelas 4 dan mengajaknya ke posnya \"untuk main HP\". Murid "
     "itu sekarang murung.", Category.SEXUAL_ABUSE),
    ("Pendamping itu memberi anak saya yang umur 9 tahun jajan dan pulsa, lalu berpesan agar tidak memberi tahu "
     "orang tuanya.", Category.SEXUAL_ABUSE),
    # 'only for': aid refused by religion
    ("Petugas posko bilang bantuan ini \"khusus jemaah\" dan keluarga kami ditolak.", Category.OTHER_MISCONDUCT),
    ("Relawan dari yayasan keagamaan cuma membagikan sembako ke warga yang seagama. Kata mereka \"ini khusus umat "
     "kami\", keluarga saya ditolak.", Category.OTHER_MISCONDUCT),
]


@pytest.mark.parametrize(("narrative", "category"), PLAIN_IN_QUOTES)
def test_a_quoted_word_in_its_plain_sense(narrative, category):
    result = run(narrative)
    assert result.category is category, result.reasons


@pytest.mark.parametrize("narrative", [
    "Petugas itu bilang kalau mau beras harus kasih pelayanan \"khusus\" ke dia malam ini.",
    "Relawan itu bilang kalau mau dapat terpal harus \"main\" dulu sama dia.",
])
def test_the_quoted_euphemism_alone_keeps_its_sense(narrative):
    assert run(narrative).category is Category.SEXUAL_EXPLOITATION


# --- (4) not misconduct: the reporting itself asked about, with no act told: how to report 'pelecehan' and whether
# without a name, whether those who report will be struck off the list (B33-08, B34-12); and the reporter saying
# nobody steals, the aid is just little (B33-24). A misconduct told beside the question still places the report
# (controls). First run on af5f77c: 0 of 5 and 0 of 3, controls 3 of 3. ---------------------------------------------

ONLY_ASKING = [
    "Selamat siang, saya mau tanya. Kalau mau melaporkan pelecehan, apakah nama saya akan dirahasiakan? Saya belum "
    "siap cerita.",
    "Punten bade naros, upami bade ngalaporkeun pelecehan tiasa teu nganggo nami? Abdi teu acan wantun nyarios.",
    "Hi, how do I report sexual harassment without giving my name? I am not ready to tell yet. Thank you.",
    "Nyuwun sewu, badhe takon. Menawi badhe nglaporaken pelecehan, saged mboten tanpa nama? Kula dereng wantun "
    "cerita.",
    "Mau tanya min, apa benar warga yang lapor ke hotline bakal dicoret dari daftar bantuan? Soalnya ada yang bilang "
    "begitu di grup.",
]


@pytest.mark.parametrize("narrative", ONLY_ASKING)
def test_asking_about_reporting_is_no_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons


# theft denied, the aid just little: the rules already read a complaint about aid; the denial is what keeps the
# learned model from overriding it (B33-24: 'other misconduct, p=0.79'), so the denial itself is tested
THEFT_DENIED = [
    "Bu, beras ning posko kurang. Sak kk mung oleh 2 kilo. Ora ana sing nyolong, pancen kirimane sithik.",
    "Bantuan beas di posko teu cekap. Teu aya nu maling, ngan kiriman na saeutik pisan.",
    "The rice at the post is not enough for a week. Nobody is stealing it, the deliveries are just small.",
]


@pytest.mark.parametrize("narrative", THEFT_DENIED)
def test_nobody_steals_is_a_denial(narrative):
    from pseah.triage.classification import cues as k
    from pseah.triage.classification.lexicon.misconduct import NOTHING_HAPPENED
    from pseah.triage.classification.matcher import find
    from pseah.triage.classification.text import Text
    hits = find(Text.of(narrative), k.ALL)
    assert any(h.kind == k.NOT_MISCONDUCT and h.label == NOTHING_HAPPENED for h in hits), hits
    assert run(narrative).category is Category.NOT_MISCONDUCT


@pytest.mark.parametrize(("narrative", "category"), [
    ("Kalau mau melaporkan pelecehan, apakah nama saya dirahasiakan? Relawan dapur umum meremas dada saya kemarin.",
     Category.SEXUAL_ABUSE),
    ("Petugas posko mencoret nama kami dari daftar bantuan karena kami lapor ke hotline.", Category.OTHER_MISCONDUCT),
    ("Relawan gudang mencuri beras bantuan dan menjualnya ke warung.", Category.OTHER_MISCONDUCT),
])
def test_a_misconduct_told_beside_the_question_still_places_it(narrative, category):
    assert run(narrative).category is category


# --- (5) harassment with no touch in Javanese and Sundanese (B33-23): remarks about her body ('tansah ngendika bab
# badan kula', 'nyarios perkawis awak abdi') and his quoted words praising a part of her body ('"wah bokongmu apik"',
# '"bujurna alus"'); praise of the aid or of the people stays praise (controls). The interpreter of a medical team
# is an aid worker. First run on a9ca2cc: 0 of 4, controls 2 of 2. ------------------------------------------------

REMARKS_ON_HER_BODY = [
    "Juru basa ingkang ndherekaken tim dokter tansah ngendika bab badan kula nalika kula dipunpriksa. Kula risih.",
    "Penerjemah tim kesehatan teh sok nyarios perkawis awak abdi unggal abdi dipariksa. Abdi isin.",
    "Relawan dapur umum ngomong \"wah bokongmu apik\" saben aku njupuk sega. Aku isin.",
    "Petugas logistik sok ngomong \"bujurna alus\" ka abdi basa ngantri beas. Abdi teu betah.",
]


@pytest.mark.parametrize("narrative", REMARKS_ON_HER_BODY)
def test_remarks_on_her_body_are_harassment_by_an_aid_worker(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.perpetrator_type.value == "aid_worker", result.reasons


@pytest.mark.parametrize("narrative", [
    "Matur nuwun, berasipun sae lan petugasipun apik sanget.",
    "Hatur nuhun, bantosanana alus pisan, petugasna someah.",
])
def test_praise_of_the_aid_stays_praise(narrative):
    assert run(narrative).category is Category.NOT_MISCONDUCT


# --- (6) beating in Javanese and Sundanese forms the lexicon lacked ('nggebuki', 'digebuki', 'ngantemi',
# 'ditonjok', 'digebugan') is physical violence, other misconduct; the one who hands out the aid ('aparat sing mbagi
# bantuan') is an aid worker (B34-24). First run on a9ca2cc: 0 of 4 (one came out other misconduct only as unplaced,
# high, for an officer). -------------------------------------------------------------------------------------------

BEATEN = [
    "Pas antri sembako ana aparat sing mbagi bantuan nggebuki adhiku lanang mung merga takon jatahe.",
    "Adhiku digebuki wong sing mbagi bantuan ning balai desa amarga protes jatahe kurang.",
    "Petugas anu ngabagikeun bantuan nonjok lanceuk abdi di posko gara-gara nanyakeun jatah.",
    "Wong sing mbagi sembako ngantemi bapakku nganti getihen amarga takon.",
]


@pytest.mark.parametrize("narrative", BEATEN)
def test_beating_by_the_one_who_hands_out_aid(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.perpetrator_type.value == "aid_worker", result.reasons
    assert result.priority.value == "low", result.reasons          # placed, not unplaced for an officer


# --- (7) sexual jokes or memes about women with no touch (B34-29): 'jokes rating local women', 'memes about widows
# who'll do anything for a tarp' (the price named inside the joke is no exchange); a denial of touch beside them
# denies only the touch. First run on a9ca2cc: 0 of 3.

JOKES_ABOUT_WOMEN = [
    "A logistics officer keeps posting jokes rating the women at the distribution point in our WhatsApp group. "
    "Nobody has been touched, but the female volunteers left the group.",
    "Di grup WA relawan, koordinator gudang sering kirim meme tentang janda pengungsi yang mau apa saja demi terpal.",
    "Relawan posko sering bikin candaan menilai cewek-cewek pengungsi di grup WA. Belum ada yang dipegang.",
]


@pytest.mark.parametrize("narrative", JOKES_ABOUT_WOMEN)
def test_jokes_rating_women_are_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons


# --- (8) fraud on the aid list (B33-33): names that do not exist, fictitious recipients, packages resold; other
# misconduct, not unplaced. First run on a9ca2cc: 1 of 3 (the Indonesian one, 'paketnya dijual lagi', already read
# as aid sold). -----------------------------------------------------------------------------------------------------

FRAUD_ON_THE_LIST = [
    "The list made by the partner's staff has forty names that do not exist in the village, and the packages for "
    "them were resold.",
    "Di daftar penerima yang dibuat staf lembaga ada puluhan nama fiktif, paketnya dijual lagi ke warung.",
    "Petugas pendataan nyerat nami-nami fiktif dina daftar, bantuanana dijual deui.",
]


@pytest.mark.parametrize("narrative", FRAUD_ON_THE_LIST)
def test_fictitious_names_or_resold_aid_are_other_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.priority.value == "low", result.reasons


# --- (9) perpetrator types (B33-01, B33-15, B33-31, B34-01, B34-20). Who did it, by class:
# (a) a trainer of a foundation ('palatihna lalaki ti hiji yayasan', Danadibrata palatih), and the man who delivers
#     the aid, Sundanese 'anu' as 'nu' ('mang anu nganteurkeun cai', 'lalaki anu mawa cai ti tangki'): aid workers;
# (b) the reporter's own description after 'yang bertanda tangan di bawah ini', 'ingkang tapak asma ing ngandhap
#     punika' ('seorang ibu rumah tangga warga Desa ...') is hers, not the perpetrator's;
# (c) 'karena dia temannya', 'dia kawannya' after the head she would tell: his friend's, a relation, not who did it;
# (d) 'not affiliated with any agency' says the man is of the community, firmly (the learned model may not override).
# First run on 202ac07: 0 of 8, 0 of 1 (d). ------------------------------------------------------------------------

AID_WORKERS_BY_CLASS = [
    "Abdi milu pelatihan ngaput. Palatihna lalaki ti hiji yayasan. Minggu kamari anjeunna ngarangkul abdi ti pengker.",
    "Lalaki anu mawa cai ti tangki sok nyabak-nyabak dada awewe nu ngantri di dinya.",
    "Di posko aya mang anu nganteurkeun beas, anjeunna sok nyiwit bujur ibu-ibu nu ngantri.",
    "Di pangungsian, mang anu nganteurkeun cai ku tangki nyarios ka ibu-ibu: \"nu hayang meunang cai leuwih, kudu "
    "ngalayanan heula\".",
    "Saya yang bertanda tangan di bawah ini, seorang ibu rumah tangga warga Desa Benjot, ingin menyampaikan pengaduan. "
    "Saya mendatangi Sekretaris Desa yang bertugas mendata rumah rusak untuk bantuan. Beliau mengatakan nama saya "
    "dapat diurus asalkan saya bersedia menemani beliau pada malam hari.",
    "Kula ingkang tapak asma ing ngandhap punika, warga Dusun Krajan, badhe ngaturaken pengaduan. Kepala dusun "
    "ingkang ndata bantuan nyuwun kula nemeni piyambakipun dalu menawi kepengin nami kula mlebet daftar.",
    "Ada relawan dapur umum yang minta saya menemaninya malam-malam supaya dapat beras lebih. Saya takut lapor ke "
    "kepala posko karena dia temannya.",
    "Relawan gudang itu sering mencolek pinggang saya. Saya tidak berani bilang ke koordinator karena dia kawannya.",
]


@pytest.mark.parametrize("narrative", AID_WORKERS_BY_CLASS)
def test_who_did_it_by_class(narrative):
    result = run(narrative)
    assert result.perpetrator_type.value == "aid_worker", result.reasons


def test_not_affiliated_with_any_agency_is_a_firm_community_member():
    from pseah.triage.classification.classifier import _cues
    from pseah.triage.classification.perpetrator import identify
    from pseah.triage.classification.text import Text
    text = Text.of("A boy of 14 receives phone credit from a man in block B who is not affiliated with any agency. "
                   "The man invited the boy to sleep over in his tent and told him to keep it secret.")
    found = identify(text, _cues(text))
    assert found.type.value == "community_member" and found.strong, found


# --- (10) perpetrator types with the rules alone, where only the learned model had them on 33 and 34 (B33-18,
# B33-27, B33-29, B33-34, B34-03, B34-18, B34-27): Sundanese 'pulisi' and 'kapala dusun' handing out aid or making
# its list; a role word that is a place's name after 'pengungsian' ('pengungsian Dukun'); 'wong pengungsi uga';
# a man from a team of an international NGO; a man she could not see well, 'gatau siapa': unknown.
# First run on 0f18ea7 (the classifier of 554665c): 0 of 7. ---------------------------------------------------------

TYPES_BY_THE_RULES = [
    ("Basa pembagian beas di lapang, aya pulisi nu ngabagikeun bantuan nyabok budak ngora nu ngantri nepi ka ragrag.",
     "aid_worker"),
    ("Kapala dusun nu nyieun daptar nu narima bantuan ménta duit 300 rébu ka unggal kulawarga ambéh ngaranna "
     "diasupkeun.", "aid_worker"),
    ("Ning sekolah darurat ning pengungsian Dukun, ana relawan pengajar sing ngambungi anakku lanang umur telulas "
     "taun.", "aid_worker"),
    ("Aku weruh Pak D, wong pengungsi uga, nggawa bocah wadon umur pitung taun mlebu kamar mandi lan nyekeli "
     "kathoke.", "community_member"),
    ("One man from the water team of an international NGO say to my sister if she accompany him overnight in his "
     "mess, our family will get water.", "aid_worker"),
    ("A man she could not see well pulled my wife into the bushes yesterday night and tried to rape her.", "unknown"),
    ("udh 3x ada laki2 ngintip pas ibu2 mandi, gatau siapa, gelap bgt.", "unknown"),
]


@pytest.mark.parametrize(("narrative", "expected"), TYPES_BY_THE_RULES)
def test_perpetrator_types_by_the_rules_alone(narrative, expected):
    result = run(narrative)
    assert result.perpetrator_type.value == expected, result.reasons


# --- (11) an image of her with her chest or body exposed, taken or shown ('foto saya dengan dada terbuka', 'fotoku
# karo dhadha kebuka', 'poto abdi bari dada kabuka', 'a photo of me with my chest exposed') is harassment with no
# touch (B34-09: unplaced by the rules, high for an officer; medium as harassment). Photos of the distribution stay
# harmless (control). First run on 9be3ed4: 0 of 4, control 1 of 1. -----------------------------------------------

IMAGES_OF_HER_EXPOSED = [
    "Teman saya melihat foto saya dengan dada terbuka di status WA relawan itu. Saya malu sekali.",
    "Fotoku karo dhadha kebuka diunggah petugas posko ning status WA. Aku isin banget.",
    "Poto abdi bari dada kabuka dipasang ku relawan di grup WA. Abdi era pisan.",
    "A photo of me with my chest exposed was posted by the volunteer on his WhatsApp status. I am so ashamed.",
]


@pytest.mark.parametrize("narrative", IMAGES_OF_HER_EXPOSED)
def test_an_image_of_her_exposed_is_harassment(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert result.priority.value == "medium", result.reasons


def test_photos_of_the_distribution_stay_harmless():
    result = run("Petugas memotret kami saat menerima bantuan untuk laporan donor. Terima kasih atas bantuannya.")
    assert result.category is Category.NOT_MISCONDUCT


# --- (12) child precision (B34-26): a child reporter ('aku kelas 8 SMP') writing of what was done to an older sister
# or cousin whom she gives a grown age ('mbakyuku umure 24', 'kakakku umurnya 22 tahun', 'teteh abdi umurna 25
# taun', 'my sister is 23 years old') or calls by a grown woman's word with her possessive ('mbakyuku', 'tetehku'):
# the acts are done to a grown woman, the reporter's grade is hers. Controls: the sister a child herself, the act done
# to the reporter. First run on 31a8ebe: 0 of 4, controls 2 of 2. --------------------------------------------------

A_CHILD_WRITES_FOR_A_GROWN_SISTER = [
    "aku kelas 8 SMP. mbakyuku umure 24 dadi relawan masak. wingi ana relawan lanang nyekel susune mbakyuku pas lagi "
    "masak.",
    "Aku kelas 7 SMP. Kakakku umurnya 22 tahun kerja di dapur umum. Kemarin petugas gudang meraba dada kakakku.",
    "Abdi kelas 9 SMP. Teteh abdi umurna 25 taun. Kamari aya relawan nu nyabak-nyabak dada teteh abdi.",
    "I am in grade 8. My sister is 23 years old and volunteers at the kitchen. Yesterday a volunteer from another "
    "agency grabbed my sister's breast.",
]


@pytest.mark.parametrize("narrative", A_CHILD_WRITES_FOR_A_GROWN_SISTER)
def test_a_child_writing_for_a_grown_sister_is_no_child_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", [
    "Aku kelas 7 SMP. Kakakku umurnya 16 tahun. Kemarin petugas gudang meraba dada kakakku.",
    "aku kelas 8 SMP. mbakyuku umure 24. wingi relawan lanang nyekel susuku pas aku ngiris sayur.",
])
def test_a_child_sister_or_the_reporter_herself_still_counts(narrative):
    assert run(narrative).child_involved

"""Round 17 of issue 12 (safety first): the tuning batches 35 and 36, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 17 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Ongoing danger, whatever the category (B35-19, B35-32, B36-24: critical reports read as low): a threat to
# kill or harm in the clitic first person or the future passive ('kubunuh kau', 'yang lapor akan ditembak', 'will be
# shot', 'bakal dipaehan', 'arep dipateni'), a weapon carried by him near her shelter ('mondar-mandir di depan tenda
# sambil bawa parang', 'ngider hareupeun imah bari mawa bedog'), his waiting or knocking at her door every night
# ('unggal wengi ngadagoan di payuneun panto'), her not daring to leave her tent, her door that cannot be locked
# beside an assault told. Controls: a threat to cut aid or strike her from a list, a perpetrator who merely still
# lives nearby, with no threat and no assault, and a machete carried for work with nothing else.
# First run on 5d55d67: see the README (recorded on the commit of the fix). -------------------------------------------

DANGER = [
    # Indonesian, informal: the clitic first person, and a weapon by the tent
    "Petugas gudang itu menampar adik saya waktu antre beras. Dia bilang \"awas, kalau lapor kubunuh kau\".",
    "Ketua posko memukul suami saya karena protes soal terpal. Tadi malam dia mondar-mandir di depan tenda kami "
    "sambil membawa golok.",
    # Indonesian, formal: whoever reports will be shot
    "Seorang aparat yang membagikan beras menendang seorang pengungsi lansia. Ia mengatakan kepada warga bahwa "
    "siapa pun yang melapor akan ditembak.",
    # English: will be shot, a knife by her shelter
    "The camp guard who hands out the tarps hit my brother. He told us anyone who complains will be shot.",
    "A volunteer from the kitchen slapped me last week. Every night since then he stands outside my shelter "
    "holding a knife.",
    # Sundanese: the future passive, a machete by her house
    "Petugas nu ngabagikeun beas neunggeul salaki abdi. Cenah saha waé nu ngalaporkeun bakal dipaéhan.",
    "Korlap posko nyabok abdi di payuneun jalmi réa. Ayeuna unggal peuting anjeunna ngider hareupeun imah abdi bari "
    "mawa bedog.",
    # Javanese ngoko and krama: the future passive, waiting at her door every night
    "Mandor proyek huntara nggebuki bojoku. Jarene sing wani lapor arep dipateni.",
    "Petugas logistik ngrampa-ngrampa dhadha kula wonten gudang. Saben dalu piyambakipun ngentosi wonten ngajeng "
    "lawang kula, ngetok-ngetok lawang.",
    # Sundanese: waiting at her door every night after a groping, the door cannot be locked
    "Supir tangki cai ngarampa pingping abdi di pancuran. Unggal wengi anjeunna ngadagoan di payuneun panto, "
    "panto teu tiasa dikonci.",
    # Indonesian, informal: she dares not leave her tent after he beat her and threatened her
    "Relawan dapur itu mukul aku dan ngancam aku. Sekarang aku gak berani keluar tenda sama sekali.",
    # English: afraid to leave the tent after he groped her
    "The driver of the water truck groped my breasts near the tank. I am afraid to leave my tent now and my door "
    "cannot be locked.",
]


@pytest.mark.parametrize("narrative", DANGER)
def test_ongoing_danger_is_critical_whatever_the_category(narrative):
    result = run(narrative)
    assert result.ongoing_danger and result.priority == Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    # a threat to cut aid or strike from a list is a threat, not a danger to her body
    "Petugas pendataan bilang nama siapa pun yang melapor akan dicoret dari daftar bantuan.",
    "The aid officer said anyone who complains will be removed from the list and will get nothing.",
    "Ketua RT ngancam yen sing lapor bantuane bakal dicabut.",
    # a perpetrator who merely still lives nearby: no threat, no assault
    "Orang yang menjual bantuan kami masih tinggal di blok sebelah.",
])
def test_a_threat_to_aid_or_a_neighbour_is_no_danger(narrative):
    result = run(narrative)
    assert not result.ongoing_danger and result.priority != Priority.CRITICAL, result.reasons


# --- (2) Sexual touch in Sundanese lemes and loma, Javanese krama and ngoko, and its body words, never read as no
# misconduct (B35-19: 'lebet tanpa idin teras ngarampa dada sareng bujur abdi' negated by 'tanpa'): 'without' qualifies
# the next word or two and stops at a word of sequence ('teras', 'tuluy', 'lajeng', 'banjur', 'nuli', 'then');
# touching verbs in every register (ngarampa, dirampa, nyabak, ngagerayangan, ndemek, nggepe, dipun gepe, ngranggeh)
# on a body word (dada, pupu, bujur, bokong, imbit, susu, payudara) are sexual abuse, never low.
# Controls: a touch denied ('teu aya nu ngarampa'), and a touch of no body part ('nyabak sirah budak', blessing).
# First run on 5d55d67: see the README. ----------------------------------------------------------------------------

TOUCH = [
    # Sundanese lemes: 'tanpa idin teras'
    "Patugas posko lebet ka tenda abdi tanpa idin teras ngarampa dada abdi.",
    "Relawan éta asup ka kamar mandi tanpa permisi tuluy ngagerayangan bujur abdi.",
    # Sundanese loma
    "Supir truk bantuan nyabak-nyabak pingping jeung imbit kuring waktu ngantri beas.",
    # Javanese krama
    "Petugas dapur umum mlebet tanpa nuwun sewu lajeng ndemek dhadha kula.",
    "Relawan punika ngranggeh payudara kula wonten ing gudang logistik.",
    # Javanese ngoko
    "Mandor kuwi mlebu tanpa pamit banjur ndemeki bokongku ning tenda.",
    # Indonesian: 'tanpa izin lantas'
    "Petugas logistik masuk ke bilik saya tanpa izin lantas meraba payudara saya.",
    # English: 'without knocking then'
    "The shelter supervisor came into my room without knocking, then touched my bottom and thighs.",
]


@pytest.mark.parametrize("narrative", TOUCH)
def test_a_sexual_touch_in_every_register_is_abuse_never_low(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE and result.priority != Priority.LOW, result.reasons


@pytest.mark.parametrize("narrative", [
    "Di pangungsian mah teu aya nu ngarampa abdi, ngan beas telat.",
    "Mboten wonten ingkang ndemek kula, namung bantuan telat.",
])
def test_a_touch_denied_stays_no_misconduct(narrative):
    assert run(narrative).category is not Category.SEXUAL_ABUSE


# --- (3) Child precision (B36-32, B36-31, B36-40: children named who are not the survivor): a child reporter
# writing of what was done to her mother or grandmother ('dhadhane ibukku', 'dada mamah abdi', 'my mom's chest'); her
# children counted standing alone after a comma ('Imah abdi rubuh, budak tilu.', 'Rumah roboh, anak tiga.'); the
# children as the ones to be fed ('budak rék dibéré dahar naon', 'anak-anak mau makan apa', 'how will I feed my kids').
# Controls: the act done to the child reporter herself, a child's age after the count, a child harmed beside food.
# First run on 1a0aae3: see the README. ------------------------------------------------------------------------------

NOT_THE_CHILD = [
    # Javanese ngoko: a pupil writing for her mother
    "Aku kelas 1 SMP, arep lapor kanggo ibukku. Wingi petugas logistik ngremet dhadhane ibukku pas antri beras.",
    # Sundanese: a pupil writing for her mother
    "Abdi kelas 7 SMP. Relawan dapur umum ngarampa dada mamah abdi waktu ngantri sangu.",
    # Indonesian, informal: a pupil writing for her grandmother
    "Aku kelas 6 SD mau lapor buat nenekku. Petugas gudang meraba-raba pantat nenekku waktu ambil selimut.",
    # English: a pupil writing for her mother
    "I am in grade 8. The aid truck driver grabbed my mom's breasts while she was queuing for rice.",
    # Sundanese and Indonesian: children counted standing alone
    "Pa RW nu ngabagikeun bantuan teu méré jatah ka kulawarga abdi. Imah abdi rubuh, budak tilu.",
    "Petugas pendataan mencoret nama saya dari daftar bantuan. Rumah saya roboh, anak tiga.",
    # the children to be fed: the reason she gave in
    "Mandor gudang sok datang ka bilik kuring peuting, isukna kuring meunang beas. Ari teu kitu mah, budak rék "
    "dibéré dahar naon.",
    "Sopir tangki itu minta saya tidur dengannya supaya dapat air dan beras. Kalau tidak, anak-anak mau makan apa.",
    "The storekeeper made me sleep with him for the food parcels. Otherwise how will I feed my kids.",
]


@pytest.mark.parametrize("narrative", NOT_THE_CHILD)
def test_children_named_who_are_not_the_survivor(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons


@pytest.mark.parametrize("narrative", [
    # the act done to the child reporter herself, beside her mother
    "Aku kelas 1 SMP. Wingi petugas logistik ngremet dhadhaku pas aku karo ibukku antri beras.",
    # a child's age after the count is an age
    "Relawan itu meraba anak saya. Rumah saya roboh, anak 9 tahun.",
    # a child harmed beside food
    "Relawan dapur itu meraba budak abdi umur 8 taun, cenah bakal dibere dahar.",
])
def test_the_child_herself_stays_a_child(narrative):
    assert run(narrative).child_involved


# --- (4) Sexual words as a topic, no incident (B35-04, B35-11, B35-16, B35-20, B35-24, B35-30, B35-38: 0 of 7 on the
# tag 'sensitive-words-no-allegation'): harassment or violence named in a case still to come ('kalau nanti ada ...
# yang mengalami pelecehan', 'upami engké aya pelecehan seksual', 'if someone ever faces sexual abuse'), what was
# taught or is understood it is ('diajari apa itu pelecehan seksual', 'mangertos bilih pelecehan seksual menika ...'),
# a leaflet or session on it, and acts feared beside 'no incident yet' ('sieun diintip ..., teu acan aya kajadian').
# Controls: an act told beside the question, or a case to come 'again' ('lagi', 'deui'), still places the report.
# First run on 9ed4572: see the README. ------------------------------------------------------------------------------

TOPIC_NO_INCIDENT = [
    # Indonesian, formal
    "Saya kader di pengungsian. Kalau nanti ada remaja yang bercerita mengalami pelecehan atau kekerasan seksual, "
    "bagaimana cara melaporkannya? Sejauh ini belum ada kejadian.",
    "Kami ibu-ibu berterima kasih karena di posko kami diajari apa itu pelecehan seksual dan ke mana melapor.",
    # Sundanese lemes
    "Upami engké aya pelecehan seksual atanapi kekerasan ka ibu-ibu di pangungsian, naha tiasa dilaporkeun ka "
    "nomer ieu? Hatur nuhun.",
    "Ibu-ibu sieun diintip atanapi diganggu upami wengi, sanaos dugi ka ayeuna teu acan aya kajadian naon-naon. "
    "Nyuhunkeun lampu kanggo MCK.",
    # Javanese krama
    "Sasampunipun sosialisasi, ibu-ibu mangertos bilih pelecehan seksual menika boten namung dipun cekel, nanging "
    "ugi omongan saru. Ngantos sakmenika boten wonten kedadosan punapa-punapa.",
    # English
    "Is there a short leaflet on sexual exploitation and abuse for our volunteers? No incident to report, we just "
    "want to be ready.",
    "If someone ever faces sexual harassment at the camp, who should they call? Nothing has happened so far.",
]


@pytest.mark.parametrize("narrative", TOPIC_NO_INCIDENT)
def test_sexual_words_as_a_topic_are_no_allegation(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT and result.priority == Priority.LOW, result.reasons


@pytest.mark.parametrize("narrative", [
    # an act told beside the question
    "Kalau nanti ada pelecehan lagi, saya harus lapor ke mana? Kemarin petugas gudang meraba pantat saya.",
    # a case to come again: it has happened
    "Upami aya pelecehan deui ka abdi, kumaha? Relawan éta tos ngarampa dada abdi minggu kamari.",
    "The volunteers were taught what sexual harassment is, but one of them groped my breasts yesterday.",
])
def test_an_act_told_beside_it_still_places_the_report(narrative):
    assert run(narrative).category is not Category.NOT_MISCONDUCT


# --- (5) Harassment with no touch beside 'nobody touched her' (B36-10, B36-34: low for medium): remarks or captions
# rating her body ('captions rating her body', 'komentar yang menilai tubuhnya', 'méré peunteun kana awakna',
# 'menehi biji awake'), and a drone or phone held over where women bathe ('a drone hovered over the bathing spot',
# 'drone ngalayang di luhur tempat ibu-ibu ibak', 'drone mabur ing dhuwur panggonan adus'). 'Nobody touched her'
# denies only the touch. Controls: a drone over the flood for the damage assessment, a rating of the aid.
# First run on 7681f3c: see the README. ------------------------------------------------------------------------------

NO_TOUCH = [
    # English
    "Some male volunteers in the coordination chat keep posting captions rating her body. Nobody touched her.",
    "A drone from the mapping team hovered low over the spot where the women bathe at the river. Nobody was "
    "touched.",
    # Indonesian
    "Beberapa relawan laki-laki di grup WA menulis komentar yang menilai tubuhnya. Tidak ada yang menyentuhnya.",
    "Petugas pemetaan menerbangkan drone rendah di atas tempat ibu-ibu mandi di sungai.",
    # Sundanese
    "Para relawan lalaki di grup WA sok méré peunteun kana awak hiji relawan awéwé.",
    "Drone tim pemetaan ngalayang di luhur tempat ibu-ibu ibak di walungan.",
    # Javanese
    "Relawan lanang ing grup WA padha menehi biji awake relawati kuwi.",
    "Drone tim pemetaan mabur endhek ing dhuwur panggonan wong wadon adus ing kali.",
]


@pytest.mark.parametrize("narrative", NO_TOUCH)
def test_harassment_with_no_touch_is_never_low(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT and result.priority != Priority.LOW, result.reasons


@pytest.mark.parametrize("narrative", [
    "The mapping team flew a drone over the flooded village for the damage assessment. Thank you for the tarps.",
    "Warga memberi nilai buruk untuk kualitas beras bantuan. Terima kasih.",
])
def test_a_drone_or_a_rating_alone_is_no_harassment(narrative):
    assert run(narrative).category is not Category.SEXUAL_HARASSMENT


# --- (6) A meeting alone with him at night asked as the price of aid (B36-01, read as no misconduct, low; B36-13):
# 'asal ibu mau ketemu sy malem2 di kantor desa, sendirian aja', 'mun hayang cai ... ulin heula ka mobil akang
# peuting, urang ngobrol duaan', 'nek gelem nemoni dheweke bengi-bengi dhewekan', 'if I came to see him alone at
# night': a proposition, so with aid and its terms an exchange. Controls: a village meeting at night, volunteers
# packing kits together tonight.
# First run on bfa280a: see the README. ------------------------------------------------------------------------------

ALONE_AT_NIGHT = [
    # Indonesian, informal and formal
    "Pak kades bilang bantuan bisa cair asal saya mau ketemu dia malem2 di balai desa, sendirian aja.",
    "Petugas logistik mengatakan saya akan mendapat terpal asalkan saya bersedia menemuinya malam hari seorang diri "
    "di gudang.",
    # Sundanese, loma and lemes
    "Supir tangki ngomong, mun hayang cai kudu ulin heula ka mobilna peuting, duaan wungkul.",
    "Korlap nyarios beas tiasa ditambihan upami abdi daék papanggih sareng anjeunna wengi-wengi nyalira.",
    # Javanese ngoko and krama
    "Mandor kuwi ngomong aku oleh beras nek gelem nemoni dheweke bengi-bengi dhewekan nang gudang.",
    "Petugas punika ngendika kula badhe angsal bantuan menawi purun pinanggih piyambakipun dalu-dalu piyambakan.",
    # English
    "The storekeeper said I would get the food parcel if I came to see him alone at night in the warehouse.",
]


@pytest.mark.parametrize("narrative", ALONE_AT_NIGHT)
def test_a_meeting_alone_at_night_as_the_price_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons


@pytest.mark.parametrize("narrative", [
    "Pak kades bilang bantuan bisa cair asal warga datang rapat malam ini di balai desa.",
    "The coordinator asked all volunteers to meet at the warehouse tonight to pack the hygiene kits together.",
])
def test_a_meeting_of_many_is_no_proposition(narrative):
    assert not run(narrative).category.is_sexual


# --- (7) An improper act named in a case still to come, as group 4's named words (B35-11: 'ke mana harus melapor
# kalau ada yang berbuat tidak senonoh'): 'kalau ada yang berbuat tidak senonoh', 'upami aya nu ngalakukeun hal nu
# teu sopan', 'menawi wonten tiyang ingkang tumindak saru', 'if anyone behaves indecently'. Controls: the improper act
# told as done ('dia berbuat tidak senonoh kepada saya'), and a case to come 'again'.
# First run on 9e88287: see the README. ------------------------------------------------------------------------------

IMPROPER_TO_COME = [
    # Indonesian
    "Kami diajari ke mana harus melapor kalau ada yang berbuat tidak senonoh. Terima kasih.",
    "Kalau nanti ada orang yang berbuat tidak senonoh di pengungsian, kami lapor ke nomor ini? Terima kasih.",
    # Sundanese
    "Upami aya nu ngalakukeun hal nu teu sopan ka ibu-ibu, kedah lapor ka saha? Hatur nuhun.",
    "Barudak diajar wani nyarios upami aya jalma nu kalakuanana teu senonoh. Hatur nuhun.",
    # Javanese
    "Menawi wonten tiyang ingkang tumindak saru, kula kedah matur dhateng sinten? Matur nuwun.",
    # English
    "If anyone behaves indecently at the camp, who should we call? Thank you for the session.",
]


@pytest.mark.parametrize("narrative", IMPROPER_TO_COME)
def test_an_improper_act_still_to_come_is_no_allegation(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT and result.priority == Priority.LOW, result.reasons


@pytest.mark.parametrize("narrative", [
    "Petugas gudang itu berbuat tidak senonoh kepada saya di belakang tenda kemarin.",
    "Kalau ada yang berbuat tidak senonoh lagi, saya lapor ke mana? Kemarin dia berbuat tidak senonoh ke saya.",
])
def test_an_improper_act_told_still_places_the_report(narrative):
    assert run(narrative).category is not Category.NOT_MISCONDUCT


# --- (8) A cut taken from each worker's or each family's cash (B36-16, 'every payday he take 25,000 from each person
# envelope', read as a complaint, low): 'takes 25,000 from each envelope', 'memotong 20 ribu dari setiap amplop',
# 'nyokot 25 rebu tina unggal amplop', 'njupuk 20 ewu saka saben amplop'. Controls: sacks taken from each truck.
# First run on 7aaf142: see the README. ------------------------------------------------------------------------------

A_CUT = [
    # English
    "Our trainer takes 25,000 from each person's envelope every payday and says it is for administration.",
    "The team leader took Rp 50.000 from every worker's pay, saying it was for the tools.",
    # Indonesian
    "Mandor padat karya memotong 20 ribu dari setiap amplop upah kami tiap minggu.",
    "Koordinator mengambil Rp10.000 dari masing-masing penerima BLT dengan alasan uang transport.",
    # Sundanese
    "Mandor cash for work nyokot 25 rebu tina unggal amplop upah, cenah keur administrasi.",
    # Javanese
    "Mandor kuwi njupuk 20 ewu saka saben amplop bayaran, jarene kanggo tuku alat.",
]


@pytest.mark.parametrize("narrative", A_CUT)
def test_a_cut_from_each_envelope_is_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT and not result.needs_review, result.reasons


@pytest.mark.parametrize("narrative", [
    "Each family takes 2 sacks from each truck that comes. Thank you.",
    "Warga nyokot 2 karung tina unggal treuk. Hatur nuhun.",
])
def test_goods_taken_from_each_truck_are_no_cut(narrative):
    assert run(narrative).category is Category.NOT_MISCONDUCT


# --- (9) A photo of her wearing nothing asked as the price (B36-39, with the rules alone no misconduct, low: 'tak
# isiin kuota 10 giga, tapi kirimi aku foto sing spesial yo, sing ra nganggo apa-apa'): 'nothing' as what she wears,
# in every register ('ra nganggo apa-apa', 'mboten ngagem menapa-menapa', 'teu make nanaon', 'gak pake apa-apa',
# 'wearing nothing', 'with nothing on'). Controls: a photo of the house with nothing left in it.
# First run on 537dc87: see the README. ------------------------------------------------------------------------------

WEARING_NOTHING = [
    # Javanese ngoko and krama
    "Relawan kuwi ngomong tak isiin kuota, tapi kirimi aku foto sing ra nganggo apa-apa.",
    "Petugas punika nyuwun foto kula ingkang mboten ngagem menapa-menapa, mangke dipunparingi pulsa.",
    # Sundanese
    "Relawan éta ménta poto abdi nu teu make nanaon, cenah bakal dibéré kuota.",
    # Indonesian
    "Operator posko minta foto saya yang gak pake apa-apa, nanti dikasih kuota 10 giga.",
    # English
    "The volunteer said he would top up my data if I sent him a photo wearing nothing.",
    "He asked for a picture of me with nothing on in exchange for phone credit.",
]


@pytest.mark.parametrize("narrative", WEARING_NOTHING)
def test_a_photo_wearing_nothing_as_the_price_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons


@pytest.mark.parametrize("narrative", [
    "Petugas pendataan minta foto rumah saya yang sudah tidak ada apa-apa lagi untuk data bantuan.",
    "The assessor asked for a photo of our tent with nothing left in it, for the aid form.",
])
def test_a_photo_of_an_empty_house_is_no_nudity(narrative):
    assert not run(narrative).category.is_sexual

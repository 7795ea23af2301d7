"""Round 8 of issue 12: the classes behind the misses of blind batches 21 and 22 (round 7's held-out pair), each held
by sentences written for this test (not the batches' own), so that a rule, not a sentence, is what passes. Each group
was written and run before the fix it prompted; its first-run count (rules alone) is in its comment. They run with the
learned model switched off: the rules are the floor for child, urgent and danger recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday
SEXUAL = (Category.SEXUAL_ABUSE, Category.SEXUAL_HARASSMENT, Category.SEXUAL_EXPLOITATION)


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) the safety floor: sexual images or videos sent to a girl under 18, her age written as '16th', 'kls 2 SMA',
# 'umur 17', in every language. The cause found: 'gk pake baju' (not wearing clothes, i.e. naked) was read as a
# negation that reached the next cue ('& video jorok') and the negated cue as the reporter's denial, which placed
# the report as harmless (the same rules read the sentences without '&' right). First run, rules alone: 7 of 8 to a
# child (the one with '&' failed, not misconduct, low), 1 of 2 to an adult, the control passed. ----------------------

IMAGES_TO_A_CHILD = [
    # Indonesian SMS: photos 'not wearing clothes' and dirty videos, joined by '&', a girl of 16 in grade 11
    "kak relawan dapur yg gendut itu tiap mlm kirim2 foto gk pake baju & video jorok ke wa aku. aku kls 2 SMA 16th",
    # Indonesian SMS: naked photos sent, grade and age only
    "om sopir logistik sering ngirimin foto bugil dia ke hp sy, sy msh kls 1 SMA umur 16",
    # Indonesian formal: pornographic videos sent to a pupil
    "Seorang petugas posko mengirimkan video porno dan foto tanpa busana kepada keponakan saya yang berusia 15 "
    "tahun melalui WhatsApp.",
    # English: nude pictures sent to a girl of 15
    "A distribution volunteer has been sending nude pictures to my daughter, who is 15, every night this week.",
    # Sundanese loma: photos 'teu make baju' and an obscene video ('jorang', Danadibrata), a girl in grade 9
    "Aya relawan nu sok ngirim poto teu make baju jeung video jorang ka abdi. Abdi kelas 3 SMP, umur 14.",
    # Javanese ngoko: photos 'ora nganggo klambi' and an obscene video ('saru', Baoesastra), a girl of 17
    "Relawan dapur kuwi saben bengi ngirimi foto ora nganggo klambi lan video saru menyang HPku. Aku umur 17.",
    # Javanese krama: photos 'mboten ngagem rasukan' sent to her daughter of 13
    "Petugas posko punika ngintunaken foto mboten ngagem rasukan dhateng putri kula ingkang yuswa 13 taun.",
    # Kupang/Ambon Malay: naked photos sent to a girl of 15 ('beta pung hp', my phone)
    "Om relawan tu kirim foto telanjang ke beta pung hp tiap malam. Beta baru umur 15 taun.",
]


@pytest.mark.parametrize("narrative", IMAGES_TO_A_CHILD)
def test_sexual_images_sent_to_a_girl_under_18_are_abuse_of_a_child_and_critical(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", [
    # an adult: harassment, never low
    "Petugas logistik itu tiap malam kirim foto gak pake baju ke wa saya. Saya sudah menikah, umur 30.",
    # a negated wearing-verb is no denial of the next words in English either
    "The volunteer sent me photos of himself not wearing clothes and dirty videos. I am 24.",
])
def test_sexual_images_sent_to_an_adult_are_harassment_never_low(narrative):
    result = run(narrative)
    assert result.category in SEXUAL, result.reasons
    assert result.priority.rank >= Priority.MEDIUM.rank, result.reasons


def test_a_real_denial_still_places_a_report_as_not_misconduct():
    result = run("Relawan itu tidak pernah mengirim foto apa pun kepada saya. Saya hanya mau tanya jadwal pembagian.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


# --- (2) urgent recall: a touch of the intimate parts (between the thighs, the crotch) within 72 hours, the time said
# in every language ('rong dina kepungkur', 'kalih dinten kepengker', 'dua poe ka tukang', 'two days ago'): the times
# were read; the places were not (only 'between her legs' and SMS 'slangkangan' were). First run, rules alone: 2 of 7,
# the control passed. ------------------------------------------------------------------------------------------------

INTIMATE_TOUCH = [
    # Javanese ngoko: groped between the thighs two days ago, a girl of 16
    "Aku umur 16. Rong dina kepungkur mandor proyek huntara ngrogoh-ngrogoh sela pupuku neng njero gudang.",
    # Javanese krama: her daughter's inner thigh groped the day before yesterday
    "Kalih dinten kepengker putri kula, yuswa 15, dipun grayangi selaning wentisipun dening petugas dapur umum.",
    # Sundanese loma: groped between the thighs two days ago ('sela pingping', Danadibrata)
    "Dua poe ka tukang abdi (15 taun) dirampa-rampa sela pingping ku supir mobil bantuan di jero kabin.",
    # Indonesian SMS: groped between the thighs ('selangkangan') yesterday
    "kmrn sy (17th) diraba2 slangkangan sm satpam posko di blkg gudang",
    # Indonesian formal: hand between the thighs two days ago
    "Dua hari yang lalu seorang relawan meraba bagian antara paha adik saya yang berusia 14 tahun di dalam tenda.",
    # English: touched between her legs two nights ago
    "Two nights ago the warehouse supervisor touched my daughter (12) between her legs in the storage tent.",
    # Malay (Kupang): 'dua hari lalu' he groped inside her thighs
    "Kaka, dua hari lalu om sopir tu raba-raba beta pung paha dalam di oto. Beta umur 16.",
]


@pytest.mark.parametrize("narrative", INTIMATE_TOUCH)
def test_a_touch_of_the_intimate_parts_within_72_hours_is_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


def test_a_touch_between_the_thighs_a_month_ago_is_not_urgent():
    result = run("Sebulan yang lalu relawan itu meraba antara paha saya. Saya umur 25.")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert not result.urgent_medical, result.reasons


# --- (3) under-triage: the danger is now or tonight. He waits by her tent at night and says she will be his; a man
# follows her every night and stands at her tent now; he threatens her to keep silent and she must be alone with him
# again tonight. First run, rules alone: 1 of 6 (the English one came out not misconduct, low: 'follows me ... every
# night' was no stalking and 'Please send someone' a request); the control passed. -----------------------------------

DANGER = [
    # Javanese ngoko: he follows her and waited by her tent last night saying she will be his
    "Relawan logistik kuwi saben dina ngetutke aku. Wingi bengi dheweke ngenteni neng ngarep tendaku karo ngomong "
    "'kowe bakal dadi duwekku'. Aku wedi.",
    # Indonesian: 'kamu akan jadi milikku', waiting by her tent
    "Petugas posko itu menunggu di depan tenda saya tadi malam dan bilang 'kamu akan jadi milikku'. Saya takut.",
    # Sundanese: an unknown man follows her every night and stands at her tent now
    "Aya lalaki nu unggal peuting nuturkeun abdi ti WC. Ayeuna anjeunna keur nangtung di hareupeun tenda abdi.",
    # English: a man who follows her every night is outside her tent now
    "A man follows me from the latrines every night. Right now he is standing outside my tent. Please send someone.",
    # mixed: kissed by force last week, threatened, and tonight alone with him again
    "Minggu lalu koordinator tim maksa nyium aku di mobil. Dia bilang 'hidupmu akan saya bikin susah' kalau aku "
    "cerita, and tonight I have to ride with him again.",
    # Javanese: threat to make her life hard after groping
    "Mandor kuwi wingi ngrangkul lan ngambung aku peksa, terus ngomong 'nek kowe crita, tak gawe uripmu susah'.",
]


@pytest.mark.parametrize("narrative", DANGER)
def test_a_danger_now_or_tonight_is_critical(narrative):
    result = run(narrative)
    assert result.category in SEXUAL, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


def test_a_guard_standing_at_his_post_now_is_no_danger():
    result = run("Sekarang petugas keamanan sedang berdiri di depan posko. Terima kasih sudah menjaga kami.")
    assert result.priority is Priority.LOW, result.reasons
# --- (4) a child named who is not the survivor: a child witness of an assault on a grown woman, the reporter's small
# child who sleeps beside her, the children of a man's relatives put on an aid list, children fed by the exchange.
# First run, rules alone: 3 of 4 (krama 'sare namung kaliyan anak kula ingkang taksih alit' was read as a child, and
# the rape he threatened as one done, urgent). ------------------------------------------------------------------------

CHILD_NOT_THE_SURVIVOR = [
    # Indonesian: her son of 10 saw a grown woman raped
    ("Anak saya yang berumur 10 tahun tadi malam melihat seorang laki-laki memperkosa seorang perempuan dewasa di "
     "belakang MCK. Anak saya tidak kenal perempuan itu.", True),
    # Javanese krama: a threat to rape a grown woman who sleeps only with her small child
    ("Tanggi kula ngancam badhe ngrudapeksa kula menawi garwa kula mboten wonten. Kula sare namung kaliyan anak kula "
     "ingkang taksih alit.", True),
    # Javanese ngoko: a volunteer put his wife and children on the aid list
    ("Relawan pendata kuwi nglebokke bojone lan anak-anake neng daftar penerima bantuan tunai, padahal omahe ora "
     "kena banjir.", False),
    # English: her children were hungry, so she agreed
    ("A soldier at the checkpoint said she would only get rice if she slept with him. Her four children were hungry, "
     "so she agreed.", True),
]


@pytest.mark.parametrize("narrative,sexual", CHILD_NOT_THE_SURVIVOR)
def test_a_child_who_is_not_the_survivor_is_no_child_case(narrative, sexual):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    assert (result.category in SEXUAL) is sexual, result.reasons


# --- (5) the perpetrator's type, said by what he does or where he comes from: a neighbour in krama ('tanggi'), a
# volunteer's vest, a camp manager, a village guard (Linmas) keeping the camp, an uncle. First run, rules alone: 3 of 5
# (krama 'tanggi' and a Linmas guard keeping the 'pangungsian' failed).

PERPETRATORS = [
    ("Tanggi kula, priya sepuh, sampun seminggu tansah ngendika saru dhateng kula.", PerpetratorType.COMMUNITY_MEMBER),
    ("Tadi malam saya diperkosa laki-laki yang memakai rompi relawan, saya tidak tahu namanya.",
     PerpetratorType.AID_WORKER),
    ("The camp manager keeps touching the girls' hair and shoulders when he checks the tents.",
     PerpetratorType.AID_WORKER),
    ("Anggota Linmas nu ngajagi pangungsian sok nyabak-nyabak awak abdi.", PerpetratorType.AID_WORKER),
    ("Ponakanku umur 7 diraba-raba pakdhene dhewe neng tenda.", PerpetratorType.COMMUNITY_MEMBER),
]


@pytest.mark.parametrize("narrative,expected", PERPETRATORS)
def test_the_perpetrator_is_typed_by_what_he_does(narrative, expected):
    result = run(narrative)
    assert result.perpetrator_type is expected, result.reasons


# --- (6) categories: a photo without clothes demanded for more aid is exploitation in every register; a man who
# pushes an old man into a ditch is other misconduct; a complaint about waiting, with no one blamed, is feedback.
# First run, rules alone: 1 of 3 (the Sundanese photo 'nu teu nganggo acuk' passed once the safety fix above read it;
# on the rules before round 8 it failed too; the old man pushed failed: an age in brackets put 'smp jatuh' out of
# reach; the queue complaint passed). ---------------------------------------------------------------------------------

def test_a_naked_photo_demanded_for_more_aid_is_exploitation():
    result = run("Petugas dinsos ngintunkeun serat: 'upami hoyong kengingan bantosan nu langkung seueur, kintunkeun "
                 "poto nu teu nganggo acuk'. Abdi sieun bantosan dipotong.")
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority is Priority.HIGH, result.reasons


def test_an_old_man_pushed_into_a_ditch_is_other_misconduct():
    result = run("tadi siang petugas posko dorong kakek sy (70th) smp jatuh ke got. cm krn nanya jatah air.")
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons


def test_a_complaint_about_waiting_with_no_one_blamed_is_feedback():
    result = run("The queue at the distribution point is far too long, we waited four hours in the rain. Please give "
                 "out numbers. The staff were kind, no complaint about them.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


# --- (7) written after the fixes above, as a guard: a rape he threatened is a danger (critical), not an act to examine
# for; the rape done is still urgent.

@pytest.mark.parametrize("narrative", [
    "Tanggi kula ngancam badhe mlebet tenda lan ngrudapeksa kula menawi garwa kula mboten wonten.",
    "Tetangga tenda mengancam akan memperkosa saya kalau suami saya pergi kerja.",
    "The man in the next tent threatened to rape me when my husband is away.",
])
def test_a_threatened_rape_is_a_danger_not_an_urgent_case(narrative):
    result = run(narrative)
    assert result.category in SEXUAL, result.reasons
    assert not result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


def test_a_rape_done_last_night_is_still_urgent():
    result = run("Tetangga tenda memperkosa saya tadi malam waktu suami saya pergi kerja.")
    assert result.urgent_medical, result.reasons


# --- (8) written after the fix, as a guard: a child who saw an assault on a grown woman, told in the next sentence
# ('Anak kuring ... Manehna ... nempo ...'); a man lying on a woman ('nindihan') is an assault, rubble on a leg is not.
# First run: the witness passed; the rubble failed, and showed an older rule ('ditindih', pinned down) reading a leg
# under a fallen wall as an attempted rape (now not before rubble, a wall, a tree).

def test_a_child_who_saw_it_in_the_next_sentence_is_a_witness():
    result = run("Anak kuring umur 8 taun tadi peuting ka cai. Manehna balik ceurik, cenah nempo aya lalaki nindihan "
                 "hiji awewe di tukangeun tenda.")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert not result.child_involved, result.reasons
    assert result.urgent_medical, result.reasons


def test_rubble_on_a_leg_is_no_assault():
    result = run("Kaki bapak saya ditindih reruntuhan tembok waktu gempa. Mohon bantuan kursi roda.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons


# --- (9) field classes, written before their fixes. First run, rules alone: 3 of 14 (not the survivor 0 of 2, the
# perpetrator 1 of 5, categories 1 of 5, the long wait 0 of 1, aid carried away 1 of 1). Two of the misses were
# safety misses found on the way: krama 'tenda sanes' (another tent) read as 'not' negated the groping of a child after
# it, and 'ditindih' above. --------------------------------------------------------------------------------------------

# who is the survivor, not a child: children hungry for days, a man's relatives listed with commas
NOT_THE_SURVIVOR_2 = [
    "A guard told her she would get rice only if she slept with him. Her two children had not eaten for days.",
    "Petugas pendata nglebokke jeneng bojone, anak-anake, lan mertuane neng daftar penerima bantuan.",
]


@pytest.mark.parametrize("narrative", NOT_THE_SURVIVOR_2)
def test_children_named_beside_the_case_are_not_the_survivor(narrative):
    assert not run(narrative).child_involved, run(narrative).reasons


# the perpetrator: 'I don't know what is happening' is no unknown man; a volunteer's vest names an aid worker whose
# name she does not know; 'om itu' after an unknown man is that man, not an uncle; an older boy from another tent is
# of the community; a village head who hands out the aid ('ngasta pambagian') does aid work
PERPETRATORS_2 = [
    ("The camp manager keeps coming into her tent at night. I don't know what is happening but it feels wrong.",
     PerpetratorType.AID_WORKER),
    ("Mau bengi aku dicekel wong lanang nganggo rompi relawan, ora tak kenal jenenge.", PerpetratorType.AID_WORKER),
    ("anak sy td dibawa org gk dikenal ke blkg tenda, trs dipegang2 dadanya sm om itu", PerpetratorType.UNKNOWN),
    ("Lare jaler ingkang langkung ageng saking tenda sanes ngraba-raba lare kula.", PerpetratorType.COMMUNITY_MEMBER),
    ("Pak kuwu ingkang ngasta pambagian beras ngendika saru dhateng kula.", PerpetratorType.AID_WORKER),
]


@pytest.mark.parametrize("narrative,expected", PERPETRATORS_2)
def test_the_perpetrator_type_from_what_is_said_of_him(narrative, expected):
    result = run(narrative)
    assert result.perpetrator_type is expected, result.reasons


# categories: intercourse forced by an aid worker is abuse, not an abuse of position; remarks on her body and an
# offered massage are harassment (and fetching medicine for her mother is no theft); 'kecuali' (unless) states terms;
# words called obscene in krama; playing doctor is no doctor, and sweets given to a small child groom her
CATEGORIES_2 = [
    ("Tadi malam seorang relawan memaksa saya melakukan hubungan seksual di tenda.", Category.SEXUAL_ABUSE),
    ("Petugas posko tiap saya ambil obat untuk ibu saya bilang 'badanmu bagus sekali, mau kupijat?'.",
     Category.SEXUAL_HARASSMENT),
    ("Relawan gudang bilang selimut sudah habis, kecuali saya mau 'main' dulu ke kosnya. Besoknya saya dikasih "
     "selimut.", Category.SEXUAL_EXPLOITATION),
    ("Perawat ingkang jaga ngendika bab badan kula kanthi tembung-tembung saru.", Category.SEXUAL_HARASSMENT),
    ("Ponakanku umur 5 mau esuk dolanan dokter-dokteran karo tanggane, dikon ngudo terus diwenehi permen.",
     Category.SEXUAL_ABUSE),
]


@pytest.mark.parametrize("narrative,expected", CATEGORIES_2)
def test_the_category_from_the_class(narrative, expected):
    result = run(narrative)
    assert result.category is expected, result.reasons


def test_a_complaint_about_a_long_wait_is_feedback():
    result = run("Antrean pembagian beras lama sekali, kami menunggu lima jam di bawah terik. Mohon dipasang tenda.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


def test_aid_carried_away_at_night_is_other_misconduct():
    result = run("Aku weruh penjaga gudang ngusung karung beras menyang mobil pribadine jam loro bengi.")
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons


# --- (10) written after their fixes (from the last misses of 21 and 22, as classes), as guards; they were not run
# before the fix, so they carry no first-run count.

@pytest.mark.parametrize("narrative,expected", [
    # a girl taken at night who comes back with her school uniform torn: signs of an assault
    ("Adik saya (15) dijemput malam-malam oleh penjaga posko dan pulang subuh dengan seragam sobek.",
     Category.SEXUAL_ABUSE),
    # playing doctor is no doctor; pain 'nek pipis' (when she pees) is a sign, not terms of an exchange
    ("Anakku umur 6 dolanan dokter-dokteran karo tanggane, diwenehi permen, saiki lara nek pipis.",
     Category.SEXUAL_ABUSE),
    # sacks of rice loaded into a pick-up at one in the morning
    ("I saw the warehouse guard loading sacks of rice into a pick up at 1 am. The stock board said 'damaged'.",
     Category.OTHER_MISCONDUCT),
])
def test_signs_games_and_night_loading(narrative, expected):
    result = run(narrative)
    assert result.category is expected, result.reasons


def test_not_knowing_what_is_happening_is_not_an_unknown_perpetrator():
    result = run("The camp manager keeps visiting the tent of a girl of 14 at night. I don't know what is happening.")
    assert result.perpetrator_type is PerpetratorType.AID_WORKER, result.reasons
    assert result.child_involved, result.reasons


# --- (11) written before their fixes: staying on the list as the price; his relatives put on the recipients' list;
# a child paid in game currency online for photos. First run, rules alone: 1 of 8 (the Indonesian list price passed;
# 'serve' in quotes, a name kept on the list, his relatives listed, game currency for a child's photos and 'in his
# underwear' were not read). ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("narrative", [
    "Mandor padat karya bilang siapa yang mau namanya tetap ada di daftar pekerja minggu depan harus 'melayani' dia.",
    "Korlap ngomong sing pengin jenenge tetep ana neng daftar kudu gelem 'ngancani' dheweke bengi.",
    "The foreman told the women that whoever wants to stay on the cash-for-work list must 'serve' him.",
])
def test_staying_on_the_list_as_the_price_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons


@pytest.mark.parametrize("narrative", [
    "Relawan pendata memasukkan nama istri, anak dan mertuanya ke daftar penerima, padahal rumahnya tidak kena banjir.",
    "The volunteer put his wife and his in-laws on the list of recipients although their house was not damaged.",
    "Petugas ngalebetkeun nami pamajikanana sareng mitohana kana daptar panarima bantosan.",
])
def test_his_relatives_put_on_the_recipients_list_is_other_misconduct_low(narrative):
    result = run(narrative)
    assert result.category is Category.OTHER_MISCONDUCT, result.reasons
    assert not result.child_involved, result.reasons
    assert result.priority is Priority.LOW, result.reasons


@pytest.mark.parametrize("narrative", [
    "Anak saya umur 13 main game online, ada akun yang ngasih diamonds terus minta dia kirim foto tanpa baju.",
    "Someone on a game chat keeps giving my son (12) top-up credits and asks him for photos in his underwear.",
])
def test_a_child_paid_in_game_currency_for_photos_is_groomed_abuse(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved, result.reasons


# --- (12) written before their fixes, from the reports of 21 and 22 that the rules alone left to the learned model
# (the model read them; the rules are the floor): a touch 'down there' in quotes, the krama 'nggepok' (touch), a
# secret kept from the parents in Sundanese lemes. First run, rules alone: 1 of 5 (only the control passed). -------

@pytest.mark.parametrize("narrative", [
    "Tadi pagi budak awewe umur 9 cenah dipegang 'di bawah' ku supir truk bantuan di tukangeun tenda.",
    "Kalawingi lare kula estri, yuswa 8, dipun gepok-gepok kemaluanipun dening petugas dapur umum.",
    "Kemarin sore om relawan megang di bawah anak saya yang umur 7, dia nunjuk ke roknya.",
])
def test_a_childs_intimate_parts_touched_recently_is_urgent_on_the_rules_alone(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical, result.reasons


def test_the_shade_under_a_tent_is_no_intimate_part():
    result = run("Relawan memegang di bawah tenda supaya tidak roboh. Terima kasih sudah membantu kami.")
    assert result.category is Category.NOT_MISCONDUCT, result.reasons


def test_a_secret_kept_from_the_parents_with_gifts_and_night_rides_is_grooming():
    result = run("Satpam pangungsian sok ngajak budak awewe 13 taun ka luar wengi-wengi, ngagaleuh HP kanggo anjeunna, "
                 "sareng nyarios ulah dugi ka sepuhna terang.")
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved, result.reasons

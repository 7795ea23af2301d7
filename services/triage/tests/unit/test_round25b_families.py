"""Round 25b of issue 12: the rules as the safety floor where only the learned model held (B43-08, B43-10, B44-22,
B45-19 were kept from 'not misconduct, low' only by the model's 'doubts harmless' check), and the gap round 25 named
(keeping him company asked for aid, with no night named). Sentences written for this test (not the batches' own);
each group was written and run before its fix (on the commit named in its comment), its first-run count (rules alone)
in the comment and in the blind README's Round 25b section. They run with the learned model switched off: the rules
are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: an improper act done to her or improper words said to her, the act unsaid, in the spellings the rules
# did not read (B43-08: 'Pakdhe ... nutupi cangkeme adikku terus nindakke sing ora pantes marang adikku, nganti adikku
# getihen ... Aku kudu piye?': a girl of 13 last night, not misconduct by the question, urgent missed; B44-22: 'juru
# basa menika bola-bali criyos ingkang boten pantes dhateng anak kula estri ...: bab badanipun, menapa piyambakipun
# taksih prawan': not misconduct by the praise 'sae', low, for harassment, medium). The contracted ngoko 'nindakke',
# 'nindakne', 'nglakokke' (Baoesastra nindakake, nglakokake), the Jakarta 'ngelakuin' (KBBI melakukan), and improper
# words said to her ('criyos ingkang boten pantes dhateng', 'ngomong sing ora pantes marang', 'ngomong yg gak pantes
# ke', 'nyarios nu teu pantes ka', 'said inappropriate things to her'; Baoesastra criyos, ngomong, pantes; Danadibrata
# nyarios, pantes; KBBI bilang, pantas); her virginity asked in krama and Sundanese ('menapa taksih prawan', 'naros
# ... keneh parawan'; Baoesastra prawan, taksih; Danadibrata parawan, keneh). Controls: 'ora pantes' of the aid
# ('bantuane ora pantes', the rice not fit to eat), the words of a man who was not improper ('ngomong sing pantes').
# First run on a816993: 1 of 7 (the 'nglakokke' one only through the fallback, a child and her crying; 'nindakke',
# 'ngelakuin', every way of saying improper words not read), controls 2 of 2. Now 7 of 7. -----------------------------

IMPROPER_ACT_UNSAID = [
    # Javanese ngoko, the contracted 'nindakke', a child, last night
    "Wingi bengi tanggaku nindakke sing ora pantes marang ponakanku umur 11 taun neng tenda. Aku kudu piye?",
    # Javanese ngoko, 'nglakokke'
    "Mandor posko nglakokke sing ora pantes marang anak wedokku umur 9 taun wingi sore. Saiki dheweke nangis wae.",
    # Indonesian SMS, Jakarta 'ngelakuin'
    "kmrn mlm om tetangga ngelakuin yg gk pantes ke keponakan sy umur 12 thn. sy hrs gmn?",
]

IMPROPER_WORDS = [
    # Javanese krama, improper words to a grown daughter, and her virginity asked
    "Petugas pendataan bola-bali criyos ingkang boten pantes dhateng putri kula, menapa piyambakipun taksih prawan. "
    "Kula nyuwun supados dipun tindakaken kanthi sae.",
    # Javanese ngoko
    "Relawan dapur umum saben dina ngomong sing ora pantes marang aku pas aku njupuk sega. Matur nuwun.",
    # Sundanese
    "Petugas logistik sok nyarios nu teu pantes ka abdi unggal kenging beas. Kumaha atuh?",
    # English
    "The registration officer kept saying inappropriate things to my daughter, who is 22, about her body. Thank you.",
]


@pytest.mark.parametrize("narrative", IMPROPER_ACT_UNSAID)
def test_an_improper_act_done_to_a_child_is_abuse_and_critical(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved and result.priority is Priority.CRITICAL, result.reasons


@pytest.mark.parametrize("narrative", IMPROPER_WORDS)
def test_improper_words_said_to_her_are_harassment_at_least(narrative):
    result = run(narrative)
    assert result.category is not Category.NOT_MISCONDUCT, result.reasons
    assert result.priority.rank >= Priority.MEDIUM.rank, result.reasons


IMPROPER_CONTROLS = [
    # the aid not fit, 'ora pantes'
    "Beras bantuane ora pantes dipangan, wis bosok. Kapan diganti?",
    # a man whose words were proper
    "Relawan kuwi ngomong sing pantes lan sopan marang kabeh warga. Matur nuwun.",
]


@pytest.mark.parametrize("narrative", IMPROPER_CONTROLS)
def test_aid_not_fit_or_proper_words_are_no_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons


# --- (2) Safety: an assault told by a third party through its traces on her clothes and in her walk (B45-19:
# 'leumpangna ngengkang, aya getih dina samping na ... peuting tadi digero ku supir ambulan relawan ..., terus
# diasupkeun ka jero mobil ... Abdi kedah kumaha?': a girl of 14, not misconduct by the question, low, child and urgent
# missed). Round 24's blood on her underwear, now on the cloth she wears below ('getih dina sampingna', 'darah di
# roknya', 'getih neng jarike', 'blood on her sarong'; Danadibrata samping, getih; KBBI rok, sarung, darah; Baoesastra
# jarik, sinjang, getih) and her walk with her legs apart ('leumpangna ngengkang', 'jalannya ngangkang', 'mlakune
# ngangkang', 'walking with her legs apart'; Danadibrata ngengkang; KBBI mengangkang; Baoesastra ngangkang): signs of an
# assault, abuse, urgent when last night. Controls: blood on a sarong from a wound on the foot; a child who walks with a
# limp after a fall. First run on a816993: 0 of 6, controls 2 of 2. Now 6 of 6. ----------------------------------------

TRACES_ON_HER_CLOTHES_AND_WALK = [
    # Sundanese, as B45-19's class
    "Budak awewe tatangga umur 13 taun datang isuk-isuk, leumpangna ngengkang. Peuting tadi diasupkeun ka mobil ku "
    "supir posko. Kedah kumaha?",
    "Incu abdi umur 12 taun mulang ti posko peuting tadi, aya getih dina sampingna. Abdi kedah kumaha?",
    # Indonesian
    "Anak tetangga umur 14 tahun pulang tadi malam, ada darah di roknya dan jalannya ngangkang. Saya harus bagaimana?",
    # Javanese ngoko
    "Ponakanku umur 12 taun wingi bengi mulih saka posko, ana getih neng jarike lan mlakune ngangkang. Aku kudu piye?",
    # English
    "My neighbour's girl, 13, came back last night with blood on her sarong. What should I do?",
    "My niece, 12, came home from the aid post last night walking with her legs apart. Who can help?",
]


@pytest.mark.parametrize("narrative", TRACES_ON_HER_CLOTHES_AND_WALK)
def test_traces_of_an_assault_on_a_child_are_abuse_child_and_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved and result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


TRACES_CONTROLS = [
    # blood from a wound on the foot
    "Bapak saya kakinya luka kena paku, ada darah di sarungnya. Tim medis sudah menjahit lukanya, terima kasih.",
    # a limp after a fall
    "My son, 9, fell in the camp yesterday and is walking with a limp. Is there a doctor at the post?",
]


@pytest.mark.parametrize("narrative", TRACES_CONTROLS)
def test_blood_from_a_wound_or_a_limp_is_no_assault(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons
    assert not result.urgent_medical, result.reasons


# --- (3) Safety: pictures of her undressed asked for aid (B43-10: 'kalau mau nama keluarga kamu masuk list bantuan
# tunai, send me pics dulu, yg no bra ya': a girl of 16, not misconduct by a complaint about aid, low, for exploitation
# of a child, critical). A picture asked with her undressed named right after it ('send me pics, no bra', 'kirim foto
# tanpa bra', 'kirim poto teu make BH', 'kirim foto ora nganggo kutang', 'photos without a bra'; KBBI beha, kutang,
# tanpa; Danadibrata BH, teu make; Baoesastra kutang, ora nganggo; English plain usage) is nudity asked for: with aid as
# the terms, exploitation. Controls: a photo of the family card asked for the list; a photo without a hat asked for the
# identity card. First run on a816993: 0 of 6 (four unplaced, high; two not misconduct or unplaced), controls 2 of 2.
# Now 6 of 6. ----------------------------------------------------------------------------------------------------------

UNDRESSED_PICTURES_FOR_AID = [
    # Indonesian SMS, code-mixed, a girl of 16
    "Ponakan sy cewek 16 thn. Relawan bilang kalau mau dapet bantuan tunai, send me pics dulu yg no bra.",
    # Indonesian
    "Petugas pendataan minta saya kirim foto tanpa bra kalau mau nama saya masuk daftar bantuan.",
    # Sundanese
    "Petugas nyarios upami hoyong kenging beas, abdi kedah ngirim poto teu make BH ka anjeunna.",
    # Javanese ngoko
    "Relawan kuwi ngomong nek aku gelem ngirim foto ora nganggo kutang, jenengku dilebokke daftar bantuan.",
    # English
    "The cash officer said my family would get the aid if I sent him photos without a bra.",
    "The volunteer told my sister, 15, to send pics with no bra if she wants her family on the aid list.",
]


@pytest.mark.parametrize("narrative", UNDRESSED_PICTURES_FOR_AID)
def test_pictures_of_her_undressed_asked_for_aid_are_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


PICTURES_CONTROLS = [
    # a photo of the family card
    "Petugas minta kirim foto KK kalau mau nama keluarga masuk daftar bantuan tunai.",
    # a photo without a head-scarf for the identity card
    "The officer asked for a photo without a hat for the aid card. When will the card come?",
]


@pytest.mark.parametrize("narrative", PICTURES_CONTROLS)
def test_an_identity_photo_asked_for_aid_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# --- (4) Safety: keeping him company asked for aid with no night named, and her giving in after it (round 25's gap:
# 'beras saya ditambah kalau saya mau menemani dia. Awalnya saya tidak mau, tapi akhirnya saya ikut': unplaced, high,
# not urgent). To keep him company ('menemani dia', 'nemenin dia', 'ngancani dheweke', 'nemenan anjeunna', 'keep him
# company', 'accompany him'; KBBI menemani; Baoesastra ngancani; Danadibrata nemenan) asked as the terms of aid is
# exploitation, as it is in quotes or with a night named; her giving in after it within 72 h ('akhirnya saya ikut',
# 'akhire aku melu', 'tungtungna abdi ngiring', 'in the end I went') is urgent. Controls: a volunteer who keeps the
# elderly company at the clinic, a mother asked to accompany her sick child. First run on a816993: 0 of 6 (all
# unplaced, high, not urgent), controls 2 of 2. Now 6 of 6 (the English 'a tarp' added to the aid, exchange.py). ------

COMPANY_ASKED_FOR_AID = [
    # Indonesian, as round 25's gap
    "Tadi malam petugas itu bilang beras saya ditambah kalau saya mau menemani dia. Awalnya saya tidak mau, tapi "
    "akhirnya saya ikut.",
    # Indonesian SMS
    "kmrn mlm relawan dapur blg jatah sy ditambah asal sy mau nemenin dia. akhirnya sy ikut krn anak2 lapar.",
    # Javanese ngoko
    "Wingi bengi mandor posko ngomong jatahku ditambahi nek aku gelem ngancani dheweke. Akhire aku melu.",
    # Sundanese
    "Tadi peuting petugas nyarios beas abdi ditambihan upami abdi daek nemenan anjeunna. Tungtungna abdi ngiring.",
    # English
    "Last night the storekeeper said he would give me more rice if I kept him company. In the end I went with him.",
    "Yesterday evening the driver said I would get a tarp if I accompanied him. I went with him because we had none.",
]


@pytest.mark.parametrize("narrative", COMPANY_ASKED_FOR_AID)
def test_company_asked_for_aid_and_given_in_to_is_exploitation_and_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


COMPANY_CONTROLS = [
    # a volunteer who keeps the elderly company
    "Relawan itu menemani para lansia di klinik sampai dokter datang. Terima kasih banyak.",
    # a mother asked to accompany her sick child
    "The nurse said I could stay with my sick son if I accompanied him to the hospital. When does the ambulance come?",
]


@pytest.mark.parametrize("narrative", COMPANY_CONTROLS)
def test_company_kept_with_no_terms_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons
    assert not result.urgent_medical, result.reasons


# --- (5) Safety: naked pictures asked for aid in words the garment lists missed (found after group 4 by the check over
# 01-46 with the rules alone; B25-20: 'upami abdi ngintunkeun poto tanpa anggoan ka WhatsApp-na', B36-39: 'kirimi aku
# foto sing spesial yo, sing ra nganggo apa-apa': with the rules alone not misconduct, low, for exploitation, high; with
# the model B25-20 was held by its doubt, B36-39 read as harassment). Sundanese clothes ('tanpa anggoan', 'teu nganggo
# papakean'; Danadibrata anggoan, papakean) and not wearing anything told a few words after the picture, past a comma
# ('foto sing spesial, sing ra nganggo apa-apa', 'poto nu kitu, nu teu make nanaon', 'a photo, the special kind, not
# wearing anything'; Baoesastra apa-apa; Danadibrata nanaon). Controls: a photo of the house without a roof for the aid,
# a photo of the child not wearing a mask. First run on 2c31121: 0 of 6, controls 2 of 2. Two sentences were rewritten
# after it to name the terms ('upami hoyong', 'nek aku ngirim': one had none, the other's 'tak isi' was read as a
# negation), their naked pictures still unread then. Now 6 of 6. -------------------------------------------------------

NAKED_PICTURES_OTHER_WORDS = [
    # Sundanese, 'tanpa anggoan'
    "Petugas nyarios nami abdi dilebetkeun kana daptar bantosan upami abdi ngintunkeun poto tanpa anggoan.",
    "Relawan menta poto abdi nu teu nganggo papakean upami hoyong beas ditambihan.",
    # Javanese ngoko, the garment past a comma
    "Mas relawan ngomong kuotaku diisi nek aku ngirim foto sing spesial yo, sing ra nganggo apa-apa.",
    "Petugas bantuan njaluk foto sing apik, sing ora nganggo apa-apa, nek aku pengin jatah ditambahi.",
    # Indonesian
    "Petugas bilang nama saya masuk daftar kalau saya kirim foto yang spesial, yang tidak pakai apa-apa.",
    # English
    "The volunteer said he would top up my phone if I sent him a photo, the special kind, not wearing anything.",
]


@pytest.mark.parametrize("narrative", NAKED_PICTURES_OTHER_WORDS)
def test_naked_pictures_asked_for_aid_in_other_words_are_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


NAKED_PICTURES_OTHER_CONTROLS = [
    # the house without its roof, photographed for the aid
    "Petugas menta poto imah abdi nu teu nganggo hateup, kanggo daptar bantosan bumi rusak.",
    # a child not wearing a mask
    "The nurse asked for a photo of my son, the one not wearing a mask, for the clinic card. When is it ready?",
]


@pytest.mark.parametrize("narrative", NAKED_PICTURES_OTHER_CONTROLS)
def test_a_photo_of_a_house_or_a_mask_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# Not fixed in this round (time box), found by the check over 01-46 with the rules alone; our own sentences of each
# class, read as harmless, unplaced or not urgent by the rules alone (not run; see the blind README's Round 25b section)
KNOWN_GAPS = [
    # (B5-29) his stroking her hand beside 'if you are willing, your share goes up': not misconduct, low, for
    # exploitation, high
    "Petugas beras sering ngelus-elus tanganku lan ngomong 'nek kowe gelem, berasmu tak tambahi'. Piye iki?",
    # (B31-22) krama 'dipunkeloni', to be taken to bed, as the price of the aid list: not read
    "Pak Kadus nawani randha menika, menawi purun dipunkeloni, namanipun dipunlebetaken daftar bantuan.",
    # (B39-01) meeting him in his car at night for the list, 'be nice to me': not read as terms of sex
    "relawan itu chat sy tengah malam 'kalau mau masuk daftar, ketemuan dulu di mobil, baik-baikin abang aja'.",
    # (B38-30) non-native English 'touch her breast' for the medical check: other misconduct, urgent missed. A group
    # (the base form 'touch', 'grab', 'rub' with her breast, butt, thigh) was drafted and dropped: it placed B38-30 as
    # abuse by a touch, which the rules never make urgent, so with the model it lost the urgent flag that the unplaced
    # path gives it (labelled urgent); the class needs a decision on touches of a child within 72 h first
    "Yesterday the interpreter say he must check my sister chest, he open her shirt and touch her breast long time.",
    # a general doubt of the rules' own (distress beside a question or thanks makes the report unplaced) was tried and
    # dropped: it moved twelve reports labelled harmless (crying after the earthquake, a wound stitched)
]

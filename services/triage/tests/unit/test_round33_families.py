"""Round 33 of issue 12: safety misses of batches 53 and 54 (just moved in from final/), by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 33 section.
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


# --- (1) Ongoing danger not read, under-triaged critical (B54-32 'Dia masih tidur di bilik seberang' after a rape
# three weeks before: high; B54-05 'voice notes saying he knows which corner she sleeps in' after pictures of his
# private parts: medium): that he still lives by her after an assault was read with 'sebelah' and a few verbs, not
# with the Indonesian 'tidur', the krama 'manggen', nor across from her ('seberang', 'sabrang', 'peuntas',
# 'across', 'opposite'); his saying that he knows where she sleeps (round 25) was read after 'bilang', 'said' and
# the like, not after 'saying', the Sundanese 'cenah' or the Javanese 'kandha' (KBBI tidur, seberang; Baoesastra
# manggen, sabrang, kandha; Danadibrata peuntas, cenah; English plain usage). Controls: she herself still sleeps in
# a tent across the road, with thanks; a midwife who still lives across from the post; a man 'saying he knows which
# tent has the most rice'.
# First run on b704011: 1 of 10 (the Indonesian 'bilang' read already), controls 3 of 3; now 10 of 10. -------------

STILL_BY_HER_OR_KNOWS_WHERE_SHE_SLEEPS = [
    # Indonesian formal, after a rape three weeks before
    "Tiga minggu lalu saya diperkosa oleh tetangga di pengungsian. Dia masih tidur di bilik seberang saya.",
    # Indonesian SMS
    "sy diperkosa bulan lalu sm org yg ngungsi jg, dia msh tidur di tenda seberang",
    # Sundanese
    "Abdi diperkosa tilu minggu ka tukang ku lalaki nu ngungsi oge. Anjeunna masih sare di tenda peuntas.",
    # Javanese ngoko
    "Aku dirudapeksa wong lanang sing ngungsi telung minggu kepungkur, saiki dheweke isih turu ing tenda sabrang.",
    # Javanese krama
    "Kula dipun rudapeksa tiyang jaler saking pengungsian kalih minggu kepengker. Tiyange tasih manggen teng tenda "
    "sebelah kula.",
    # English
    "I was raped by a man from the camp a month ago. He still sleeps in the tent across from mine.",
    # English, his voice notes
    "The guard has sent me pictures of his private parts every night, with voice notes saying he knows which corner I "
    "sleep in.",
    # Sundanese
    "Satpam eta unggal peuting ngirim poto taranjangna, cenah anjeunna terang abdi sare di juru mana.",
    # Javanese
    "Satpam kuwi saben bengi ngirim foto kontole, kandha ngerti aku turu ing pojok endi.",
    # Indonesian (read already)
    "Penjaga itu tiap malam kirim foto alat kelaminnya, pesan suaranya bilang dia tahu saya tidur di pojok mana.",
]


@pytest.mark.parametrize("narrative", STILL_BY_HER_OR_KNOWS_WHERE_SHE_SLEEPS)
def test_he_still_lives_by_her_or_knows_where_she_sleeps_is_ongoing_danger(narrative):
    result = run(narrative)
    assert _danger(result), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


STILL_BY_HER_CONTROLS = [
    ("Saya masih tidur di tenda seberang jalan, terima kasih atas bantuannya.", Priority.LOW),
    # (a danger cue alone is read as possible abuse for an officer to place, as 'sebelah' was: high either way)
    ("Bu bidan masih tinggal di seberang posko, kalau mau periksa silakan.", Priority.HIGH),
    ("He keeps saying he knows which tent has the most rice, and sells it at the market.", Priority.LOW),
]


@pytest.mark.parametrize(("narrative", "priority"), STILL_BY_HER_CONTROLS)
def test_still_across_or_knowing_without_an_act_is_no_danger(narrative, priority):
    result = run(narrative)
    assert not _danger(result), result.reasons
    assert result.priority is priority, result.reasons


# --- (2) An attempt told by her clothes torn, the urgent miss and under-triage of B54-10 ('wingi dalu kulo diseret
# ... rasukan kulo dipun suwek. Kulo saged mlajar ... Kulo ajrih sanget': harassment, medium, not urgent, for abuse,
# urgent, critical): dragged behind the toilets was read as taken aside, not her clothes torn by him. Her clothes
# torn in the passive ('baju saya dirobek', 'disobek', 'klambiku disuwek', 'acuk abdi disoek', the krama 'dipun
# suwek' apart) and 'ripped my shirt off' now are an attempted assault, as round 12's 'klambine ditarik' is; with
# her fear within 72 hours it is urgent (round 23), and with him still by her it is a danger (group 1) (KBBI robek,
# sobek; Baoesastra suwek, krama 'dipun'; Danadibrata soék; English plain usage). Never by rats, the wind or a dog,
# nor a tarpaulin wall with holes torn in it. Controls: a tent torn by the wind; aid clothes torn by rats in the
# store; a dog that tore the clothes on the line; a bathroom's tarpaulin wall with holes torn in it and peeping.
# First run on 75fc357: 0 of 6, controls 5 of 5; now 6 of 6. --------------------------------------------------------

CLOTHES_TORN = [
    # Indonesian formal
    "Semalam saya diseret laki-laki dari tenda sebelah ke belakang MCK, baju saya dirobek. Saya berhasil lari. Saya "
    "takut sekali.",
    # Indonesian SMS
    "tdi mlm sy ditarik ke blkg wc, baju sy disobek2 sm org itu, sy lari. sy takut bgt",
    # Sundanese
    "Tadi peuting abdi diseret ka tukangeun WC ku lalaki ti tenda gigireun, acuk abdi disoek. Abdi kabur, sieun pisan.",
    # Javanese ngoko
    "Wingi bengi aku diseret menyang mburi WC karo wong lanang saka tendha sebelah, klambiku disuwek. Aku mlayu, wedi "
    "banget.",
    # Javanese krama
    "Wingi dalu kula dipun seret tiyang jaler dhateng wingking WC, rasukan kula dipun suwek. Kula saged mlajar, ajrih "
    "sanget.",
    # English
    "Last night a man from the next tent dragged me behind the toilets and ripped my shirt off. I ran away. I am very "
    "scared.",
]


@pytest.mark.parametrize("narrative", CLOTHES_TORN)
def test_her_clothes_torn_is_an_attempt_urgent_within_72_hours_with_fear(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


CLOTHES_TORN_CONTROLS = [
    ("Tenda kami dirobek angin semalam, mohon bantuan terpal.", Category.NOT_MISCONDUCT),
    ("Baju bantuan sudah disobek tikus di gudang, tolong diganti.", Category.NOT_MISCONDUCT),
    ("Pakaian bantuan yang dibagikan kemarin sudah disobek tikus di gudang, tolong diganti.", Category.NOT_MISCONDUCT),
    ("Dinding MCK hanya dari terpal dan kini ada beberapa lubang yang sengaja disobek. Tadi malam ada yang mengintip.",
     Category.SEXUAL_HARASSMENT),
]


@pytest.mark.parametrize(("narrative", "category"), CLOTHES_TORN_CONTROLS)
def test_a_tent_aid_clothes_or_a_wall_torn_is_no_attempt(narrative, category):
    result = run(narrative)
    assert result.category is category, result.reasons
    assert not result.urgent_medical, result.reasons


def test_a_dog_that_tore_the_clothes_on_the_line_is_no_attempt():
    result = run("The dog tore my clothes hanging on the line last night.")
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons
    assert not result.urgent_medical, result.reasons


# --- (3) Sextortion with the condition told after the threat, under-triaged critical (B54-39 'relawan cowo ... diem2
# ngefoto sy pas mandi dr celah atap. skrg dia blg foto2nya mau disebar ke grup WA pengungsi klo sy ngadu': unplaced,
# high): the informal 'ngefoto' was not read as photographing her bathing, and a threat to spread her pictures was
# read with a future word ('akan', 'bakal', 'arep', 'bade', 'will') or after its condition (rounds 24 and 28), not
# after 'mau' or 'going to' with the condition after. The picture as the subject of a passive after 'mau' or 'going
# to', with a report or a refusal as its condition after it, now is the threat (round 21's SPREADS_HER_PICTURES, a
# danger beside a sexual cue); 'mau' alone, a wish or the post's own plans, is not (KBBI mau, sebar, lapor, mengadu;
# Salsabila et al. 2018 nge-; Baoesastra wadul; Danadibrata lapor; English plain usage). Controls: the post's
# photos to be put on Instagram when done; her fear that her photos will be spread if she reports, no threat made;
# the distribution's photos to be posted if the coordinator approves.
# First run on b7ff53b: 2 of 6 (the Sundanese 'bade' and the Javanese 'arep' read already), controls 3 of 3; now 6
# of 6. -----------------------------------------------------------------------------------------------------------

PICTURES_SPREAD_IF_SHE_REPORTS = [
    # Indonesian formal
    "Relawan itu diam-diam memfoto saya saat mandi. Sekarang dia bilang foto-foto itu mau disebar ke grup WA kalau "
    "saya lapor.",
    # Indonesian SMS
    "cowo itu ngefoto sy pas mandi, skrg dia blg fotonya mau disebar klo sy ngadu",
    # Sundanese (read already)
    "Lalaki eta moto abdi keur mandi, ayeuna cenah potona bade disebarkeun ka grup WA upami abdi lapor.",
    # Javanese (read already)
    "Wong lanang kuwi motret aku pas adus, saiki jare fotone arep disebar nang grup WA nek aku wadul.",
    # Indonesian, a refusal as the condition
    "Petugas itu merekam saya ganti baju, videonya mau dikirim ke suami saya kalau saya tidak mau ketemu dia.",
    # English
    "He photographed me while I was bathing and now says the photos are going to be posted in the camp group if I "
    "report.",
]


@pytest.mark.parametrize("narrative", PICTURES_SPREAD_IF_SHE_REPORTS)
def test_her_pictures_to_be_spread_if_she_reports_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert _danger(result), result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


PICTURES_SPREAD_CONTROLS = [
    "Foto kegiatan posko mau diposting di IG kalau sudah selesai, terima kasih relawan.",
    "Saya takut foto-foto saya mau disebar kalau saya lapor, tapi belum ada yang mengancam.",
    "The photos of the distribution are going to be posted on the website if the coordinator approves.",
]


@pytest.mark.parametrize("narrative", PICTURES_SPREAD_CONTROLS)
def test_photos_to_be_posted_or_her_fear_of_it_is_no_threat(narrative):
    result = run(narrative)
    assert not _danger(result), result.reasons
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (4) An attempt told by her mouth held shut and her clothes opened, the urgent miss of B54-22 ('om2 yg jaga
# genset posko narik dia ke blkg genset, bekap mulutnya, buka2 bajunya & mau 'begituin' dia. ponakan sy nendang &
# lari', a girl of 16, the night before: abuse, critical, not urgent): her clothes opened in the active after his
# hand over her mouth was read as nudity demanded, no attempt. His hand held over her mouth ('bekap', 'membekap',
# 'mbekep', 'put his hand over her mouth') and then her clothes opened or pulled at, within eight words, is an
# attempted assault (KBBI bekap 'menutup mulut dengan tangan'; Baoesastra bekep; English plain usage): urgent within
# 72 hours for a child, or with her fear (round 23). Only the verbs of a hand over the mouth, never 'menutup mulut'.
# Controls: a mother who covers her child's mouth against the dust, then takes off her wet clothes; a man who held
# her mouth shut and took her phone.
# First run on 59abfae: 1 of 6 (the English 'tried to take off my clothes' read already), controls 2 of 2; now 6 of
# 6. ---------------------------------------------------------------------------------------------------------------

MOUTH_HELD_AND_CLOTHES_OPENED = [
    # Indonesian formal, a child
    "Semalam anak saya (13 th) ditarik ke belakang tenda oleh sopir bantuan, dia membekap mulutnya lalu membuka "
    "bajunya. Anak saya berhasil lari.",
    # Indonesian SMS, a child
    "kmrn mlm adik sy (15th) ditarik ke blkg gudang, org itu bekap mulutnya trs buka2 bajunya. dia lari",
    # Javanese, a child
    "Wingi bengi anakku umur 14 taun diseret menyang mburi gudang, wong kuwi mbekep cangkeme terus mbukak klambine. "
    "Anakku mlayu.",
    # English, a child
    "Last night a driver pulled my 14-year-old daughter behind the truck, put his hand over her mouth and pulled at "
    "her clothes. She ran away.",
    # Indonesian, a grown woman afraid
    "Kemarin malam saya ditarik ke belakang MCK, dia membekap mulut saya dan membuka baju saya. Saya lari, sampai "
    "sekarang saya takut.",
    # English, a grown woman afraid (read already)
    "Last night the guard clamped his hand over my mouth and tried to take off my clothes. I got away but I am so "
    "scared.",
]


@pytest.mark.parametrize("narrative", MOUTH_HELD_AND_CLOTHES_OPENED)
def test_her_mouth_held_and_her_clothes_opened_is_an_urgent_attempt(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


MOUTH_HELD_CONTROLS = [
    "Saya menutup mulut anak saya karena debu, lalu membuka bajunya yang basah.",
    "Dia membekap mulut saya supaya diam lalu merampas HP saya di jalan.",
]


@pytest.mark.parametrize("narrative", MOUTH_HELD_CONTROLS)
def test_a_mouth_covered_against_dust_or_in_a_theft_is_no_attempt(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons
    assert not result.urgent_medical, result.reasons



# --- (5) Child over-call: the reporter's children in hotline notes, named in the third person (B53-01 'Catatan
# operator hotline ... Pelapor perempuan, 34 tahun ... Anak-anak pelapor tidak terlibat': child, critical, for high):
# round 7's rule reads a grown reporter's own children away from the acts as her family ('anak-anak saya', 'barudak
# abdi', 'my children'), not when the notes call her 'pelapor' or 'penelepon'. Those two now stand as 'saya' does
# after the child word (KBBI pelapor, penelepon). Controls: the reporter's child of 10 groped; the reporter's eldest
# of 15 offered the same terms.
# First run on e7d1816: 1 of 6 (a grown age beside it read already), controls 2 of 2; now 6 of 6. -----------------

REPORTERS_CHILDREN_IN_NOTES = [
    # Indonesian formal, hotline notes
    "Catatan hotline: pelapor perempuan 30 tahun. Petugas distribusi menawarkan beras asal pelapor mau menemani dia. "
    "Anak-anak pelapor tidak ikut.",
    # Indonesian, the caller
    "Catatan operator: penelepon perempuan, 35 tahun. Ketua RT meminta penelepon 'menemani' dia malam hari agar "
    "namanya masuk daftar bantuan. Anak-anak penelepon tidak terlibat.",
    # Indonesian, verbal harassment
    "Pelapor (40 th) dilecehkan secara verbal oleh relawan dapur di depan orang banyak. Anak pelapor tidak ada di "
    "lokasi.",
    # Indonesian SMS
    "sms ke hotline: pelapor ibu 30th, ptgs distribusi nawarin beras asal pelapor mau nemenin dia semalem. anak2 "
    "pelapor gk ikut2.",
    # Sundanese
    "Catatan hotline: pelapor awewe 30 taun. Petugas distribusi nawiskeun beas upami pelapor daek ngancanan anjeunna "
    "sapeuting. Barudak pelapor teu kalibet.",
    # Javanese
    "Cathetan hotline: pelapor wanita 30 taun. Petugas distribusi nawani beras nek pelapor gelem ngancani dheweke "
    "sewengi. Anak-anake pelapor ora melu.",
]


@pytest.mark.parametrize("narrative", REPORTERS_CHILDREN_IN_NOTES)
def test_the_reporters_children_in_notes_are_her_family(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    assert result.priority is not Priority.CRITICAL, result.reasons


REPORTERS_CHILDREN_CONTROLS = [
    "Catatan hotline: anak pelapor (umur 10) diraba oleh relawan di tenda belajar kemarin.",
    "Koordinator menawarkan beras asalkan pelapor mau menemani dia. Anak sulung pelapor (15 tahun) juga ditawari hal "
    "yang sama.",
]


@pytest.mark.parametrize("narrative", REPORTERS_CHILDREN_CONTROLS)
def test_the_reporters_child_harmed_is_still_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons



# --- (6) Child over-call: a grown reporter's children counted after her own age (B53-15 'sy ibu2 30an anak 2.' then
# remarks on her body: child, critical, for harassment, medium): round 15's count after 'ibu ... anak' read no age
# between them. Her age between ('ibu 30an', 'ibu usia 28', 'emak 45 th') and the children counted right after
# ('anak 2', 'budak 2'), the count closing its clause, now is the family size (KBBI ibu, anak, -an of decades;
# Danadibrata taun; Baoesastra taun); never an age after the count ('anak 2 tahun', 'anak 8 thn'). Controls: her
# child of two groped; her child of eight touched.
# First run on 42d99dd: 2 of 6 (the formal 'ibu 35 tahun anak 3' and the Sundanese 'budak 2' read already), controls
# 2 of 2; now 6 of 6. ----------------------------------------------------------------------------------------------

HER_AGE_THEN_HER_CHILDREN_COUNTED = [
    # Indonesian formal (read already)
    "Saya ibu 35 tahun anak 3. Petugas gudang sering bersiul dan bilang badan saya seksi.",
    # Indonesian SMS
    "sy ibu2 40an anak 4, tiap ambil air relawan itu godain sy, blg 'bahenol'.",
    # Indonesian, 'usia'
    "Saya ibu usia 28 anak 1, petugas posko selalu mengomentari tubuh saya di depan orang.",
    # Sundanese (read already)
    "Abdi ibu 30 taun budak 2. Petugas posko sok ngomongkeun awak abdi, cenah 'montok'.",
    # Javanese
    "aku ibu 30an anak 2, petugas posko seneng nggodani aku, ngomong 'semok'.",
    # Indonesian SMS, 'emak'
    "emak 45 th anak 5. relawan dapur tiap hari siul2 ke sy, blg 'seksi amat'.",
]


@pytest.mark.parametrize("narrative", HER_AGE_THEN_HER_CHILDREN_COUNTED)
def test_her_children_counted_after_her_age_are_her_family(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_HARASSMENT, result.reasons
    assert not result.child_involved, result.reasons
    assert result.priority is Priority.MEDIUM, result.reasons


HER_AGE_THEN_HER_CHILDREN_CONTROLS = [
    "Saya ibu 30 tahun, anak 2 tahun saya diraba petugas posko.",
    "sy ibu2 30an anak 8 thn sy dipegang2 relawan kmrn.",
]


@pytest.mark.parametrize("narrative", HER_AGE_THEN_HER_CHILDREN_CONTROLS)
def test_her_child_of_an_age_touched_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# Left by round 33 (time box; not run, see the blind README's Round 33 section): the over-calls of 53 and 54.
KNOWN_GAPS = [
    # child over-calls on 53: her children counted, then 'all still small' after a comma ('Abdi gaduh budak opat,
    # sadayana masih alit', B53-22; round 9 reads 'nu masih alit' only): tried as the family size, it made the
    # control 'Kamari nu bungsu dicekel-cekel ku satpam' (her youngest, named only so, touched) no child: reverted;
    # a child who saw or heard what was done to a grown woman or man (B53-05, B53-26, B53-28); in English notes 'the
    # caller's children', and 'penelepon ibu dua anak' before 'Anak-anak penelepon' (a first draft of group 5's
    # probe), are read by another path (not looked at)
    "Saya punya anak tiga, semuanya masih kecil. Petugas tidak memberi kami bantuan beras.",
    # child over-call and exploitation read as abuse on 54 (B54-01: her children unfed, 'murangkalihna 3 teu acan
    # tuang', and a night in his truck cab for rice): 'murangkalih' with its suffix read as the children she provides
    # for (tried) made B54-01 harassment, medium, below its label (high), the night in his cab not read as the price:
    # reverted
    "Supir truk nawiskeun beas upami anjeunna daek ngancanan sapeuting. Anjeunna kapaksa daek margi murangkalihna 3 "
    "teu acan tuang.",
    # urgent over-calls: an assault four nights before dated by the clinic visit 'today' (B54-18); a boy invited to
    # stay the night, read as taken away and dated by 'tiap mlm' (B54-30); B53-02 not looked at
    "A woman came to our clinic today and told me that four nights ago a soldier forced himself on her.",
]

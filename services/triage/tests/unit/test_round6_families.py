"""Round 6 of issue 12: the safety classes behind the misses of blind batches 17 and 18 (round 5's held-out pair),
then the field classes, each held by sentences written for this test (not the batches' own), so that a rule, not a
sentence, is what passes. Each group was written and run before the fix it prompted; its first-run count (rules
alone) is in its comment. They run with the learned model switched off: the rules are the floor for child, urgent and
danger recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday
SEXUAL = (Category.SEXUAL_ABUSE, Category.SEXUAL_HARASSMENT, Category.SEXUAL_EXPLOITATION)


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) ongoing danger: he still comes, sits, waits or patrols by her tent, or threatens, though the assault was
# weeks ago. First run, rules alone: 1 of 11 (only the Indonesian 'tiap mlm ... nongkrong dpn tenda'), the control
# passed. ------------------------------------------------------------------------------------------------------------

DANGER = [
    # he sits by her tent every night (SMS spelling)
    "sy diperkosa sm tetangga tenda 3 minggu lalu. skrg tiap mlm dia nongkrong dpn tenda sy smp subuh. sy takut bgt",
    # Sundanese: he sits in front of her tent every night
    "Dua minggu katukang abdi diperkosa ku lalaki ti blok C. Ayeuna unggal peuting manehna diuk di hareupeun tenda abdi.",
    # Javanese ngoko: he walks round near her tent every night
    "Sasi wingi aku dipeksa turu karo satpam posko. Saiki saben wengi dheweke mubeng neng cedhak tendaku.",
    # English: a guard who still patrols her block
    "Three weeks ago a camp guard raped me. He still patrols my block every night and stares at my tent.",
    # threat by SMS in the first person
    "Mantan pacar saya memperkosa saya bulan lalu. Tiap malam dia kirim SMS: 'awas kalau lapor, kamu saya bunuh'.",
    # Javanese 'tak pateni' (I will kill you)
    "Telung minggu kepungkur aku dipeksa turu karo pakdhe. Jarene yen aku ngomong, 'kowe tak pateni'.",
    # Jakarta slang 'gw abisin lu' (I'll finish you)
    "bln lalu sy diperkosa sm mandor proyek. skrg dia blg klo sy lapor, 'lu gw abisin'.",
    # Sundanese: she will be hacked with a machete
    "Abdi diperkosa ku tatangga sabulan katukang. Cenah lamun abdi ngalaporkeun, abdi bakal dibacok.",
    # English: nightly threats to take her children
    "My ex-husband raped me last month. Every night he texts me that he will take my children if I go to the police.",
    # Javanese: he waits on her path every evening with a knife
    "Rong minggu kepungkur aku dirudapeksa tanggaku. Saben sore dheweke ngenteni aku neng dalan karo nggawa arit.",
    # Indonesian formal: he waits near her tent, this morning
    "Pria yang memperkosa saya sebulan lalu tadi pagi terlihat menunggu di jalan dekat tenda saya. Saya takut.",
]


@pytest.mark.parametrize("narrative", DANGER)
def test_ongoing_danger_is_critical_though_the_assault_was_weeks_ago(narrative):
    result = run(narrative)
    assert result.ongoing_danger, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


def test_a_thief_who_still_guards_the_warehouse_is_no_danger():
    result = run("Bulan lalu seorang relawan mencuri beras dari gudang. Sekarang dia masih jaga gudang tiap malam.")
    assert not result.ongoing_danger
    assert result.priority is not Priority.CRITICAL


# --- (2) online grooming and sexual messages to children: sexual harassment or abuse of a child, critical ---------
# First run, rules alone: 2 of 6 (one as harassment by 'jgn blg2', one as abuse by 'his secret'; four unplaced or
# read as a question), the control passed.

GROOMING_ONLINE = [
    "Relawan pendamping anak sering kirim DM Instagram ke murid SMP kelas 8, bilang badannya seksi dan ngajak ketemuan "
    "diam-diam.",
    "ada kakak relawan yg chat WA ke adek sy (13 thn) tiap malem, nanya udh pernah ciuman blm, trs blg jgn blg2 ke mama.",
    "A volunteer tutor has been sending Instagram messages to girls in grade 8 telling them they have nice bodies and "
    "asking them to be his secret girlfriend.",
    "Relawan nu ngajar di sakola darurat sok ngirim pesen WA ka murid awewe kelas 7, muji awakna jeung ngajak "
    "bobogohan cicingeun.",
    "Relawan guru ngirim pesen neng Instagram marang bocah-bocah wedok kelas 9, ngalem awake lan ngajak pacaran "
    "meneng-menengan.",
    "Seorang relawan mengirim pesan kepada siswi kelas 9 dan menanyakan apakah dia sudah pernah berciuman.",
]


@pytest.mark.parametrize("narrative", GROOMING_ONLINE)
def test_sexual_messages_to_children_are_child_sexual_misconduct(narrative):
    result = run(narrative)
    assert result.category in SEXUAL, result.reasons
    assert result.child_involved, result.reasons
    assert result.priority is Priority.CRITICAL


def test_a_message_to_parents_about_exams_is_not_misconduct():
    result = run("Relawan pengajar mengirim pesan WA ke orang tua murid kelas 9 tentang jadwal ujian. Apakah jadwal "
                 "ujian bisa diubah?")
    assert result.category is Category.NOT_MISCONDUCT


# --- (3) a child touched inside the clothes within 72 hours: urgent medical -----------------------------------
# First run, rules alone: 0 of 6 (found as touching or not at all, never urgent); the control failed too (two words
# between 'tangan' and 'masuk').

INSIDE_CLOTHES = [
    "kemarin sore anak sy (7 thn) dipanggil tetangga ke kebun, tangannya masuk ke dalam rok anak sy.",
    "Kamari peuting budak abdi umur 9 dicekel ku lalaki nu teu dikenal, leungeunna asup kana calana jerona.",
    "Wingi bengi anakku wedok umur 8 ditekani relawan, tangane mlebu neng njero kathoke.",
    "Last night a man put his hand inside my 10-year-old daughter's underwear behind the latrines.",
    # (first written with 'balik baju', inside her shirt: the blind labels B2-34 and B7-35 keep a hand inside a
    # child's shirt abuse but not urgent, so the garment is now below the waist and the shirt is a control below)
    "Tadi pagi tangan penjaga posko masuk ke balik rok adik saya yang berumur 11 tahun.",
    "td siang ponakan sy umur 6 thn dirogoh celananya sm om2 yg jualan es di pengungsian.",
]


@pytest.mark.parametrize("narrative", INSIDE_CLOTHES)
def test_a_child_touched_inside_the_clothes_lately_is_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.child_involved and result.urgent_medical, result.reasons


def test_a_hand_inside_a_childs_shirt_is_abuse_but_not_urgent():
    result = run("Tadi pagi tangan penjaga posko masuk ke balik baju adik saya yang berumur 11 tahun.")
    assert result.child_involved and result.category is Category.SEXUAL_ABUSE
    assert not result.urgent_medical


def test_inside_the_clothes_two_weeks_ago_is_not_urgent():
    result = run("Dua minggu lalu tangan tetangga masuk ke celana dalam anak saya yang berumur 9 tahun.")
    assert result.child_involved and result.category is Category.SEXUAL_ABUSE
    assert not result.urgent_medical


# --- (4) a child named who is not the survivor: a pet name, a child threatened to silence her, children for whose
# sake she gave in, 'smp' for 'sampai', a school asking for training -------------------------------------------
# First run, rules alone: 1 of 7 (the Javanese school fees); the pet name was read as a child, the sibling threatened,
# the children fed or bathed, 'smp' for 'sampai' and a school asking for a training as child cases.

NOT_THE_SURVIVOR = [
    ("Relawan itu memanggil saya 'dek' dan 'baby' lewat WA tiap malam, minta foto seksi. Saya 22 tahun.", None),
    ("Satpam posko memperkosa saya bulan lalu. Dia bilang adik saya yang masih kecil akan dibunuh kalau saya lapor.",
     Category.SEXUAL_ABUSE),
    ("Supir truk bantuan minta saya tidur sama dia supaya anak-anak saya bisa makan.", Category.SEXUAL_EXPLOITATION),
    ("Koordinator gudang nawarkeun beas lamun abdi daek sare jeung manehna, da budak abdi geus dua poe teu dahar.",
     Category.SEXUAL_EXPLOITATION),
    ("Relawan kuwi janji arep mbayari sekolah anakku yen aku gelem dirabi siri.", Category.SEXUAL_EXPLOITATION),
    ("petugas dapur umum td pagi mukul suami sy smp berdarah.", Category.OTHER_MISCONDUCT),
    ("Kami dari SMP Negeri 2 memohon sosialisasi pencegahan kekerasan seksual untuk siswa dan guru. Terima kasih.",
     Category.NOT_MISCONDUCT),
]


@pytest.mark.parametrize(("narrative", "category"), NOT_THE_SURVIVOR)
def test_a_child_named_is_not_always_the_survivor(narrative, category):
    result = run(narrative)
    assert not result.child_involved, result.reasons
    if category is not None:
        assert result.category is category, result.reasons


# --- (5) exploitation, not abuse: aid, a job or a place on the list for sex, the sack carried out at dawn ----------
# First run, rules alone: 0 of 4 (all four unplaced: no word for his cabin at night, 'dipun ajak sare', the list of
# workers, or the goods carried out of his tent at dawn).

EXPLOITATION = [
    "Supir tangki cai ngomong ka awewe nu ngantri, jarigenna dieusian heula lamun daek diajak ka kabin peuting.",
    "Mandor proyek ngendika menawi kula mboten purun dipun ajak sare, kula badhe dipun icali saking daftar buruh.",
    "Tetangga saya keluar dari tenda kepala gudang subuh-subuh sambil membawa sekarung beras; katanya hanya dengan "
    "cara itu anaknya bisa makan.",
    "Aku weruh randha kuwi metu saka tendane koordinator bengi-bengi nggawa beras; jarene mung kanthi cara kuwi "
    "dheweke oleh jatah.",
]


@pytest.mark.parametrize("narrative", EXPLOITATION)
def test_sex_for_aid_or_work_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert not result.child_involved


# --- (6) other misconduct and not misconduct: selling aid, favouritism, votes for rice; collecting one's aid, a
# polite complaint; low priority where nothing calls for more -------------------------------------------------
# First run, rules alone: 1 of 7 (favouritism to relatives in Indonesian); Javanese selling, aid held at an
# official's house, votes for rice and photos from below were unplaced (high), collecting one's aid read as theft,
# 'protes kasar' as mistreatment.

PLACED = [
    ("Relawan posko ngedoli beras bantuan menyang warung.", Category.OTHER_MISCONDUCT, Priority.LOW),
    ("Rek nanya, nyokot bantuan di balai desa kudu mawa KTP asli? Nuhun.", Category.NOT_MISCONDUCT, Priority.LOW),
    ("Mohon maaf, bukan mau protes kasar, tapi kenapa jatah beras kami cuma 5 kg?", Category.NOT_MISCONDUCT,
     Priority.LOW),
    ("Kepala desa membagikan bantuan tunai hanya kepada kerabatnya dan tim suksesnya.", Category.OTHER_MISCONDUCT,
     Priority.LOW),
    ("Bantuan ti donatur ditahan di imah Pa RT, sabagian dibikeun ka barayana.", Category.OTHER_MISCONDUCT,
     Priority.LOW),
    ("Ketua posko ngomong sing ora milih calone ora oleh jatah sega.", Category.OTHER_MISCONDUCT, Priority.LOW),
    ("Relawan memotret ibu-ibu dari bawah saat senam, lalu fotonya disebar di grup WA.", Category.SEXUAL_HARASSMENT,
     Priority.MEDIUM),
]


@pytest.mark.parametrize(("narrative", "category", "priority"), PLACED)
def test_other_misconduct_and_feedback_are_placed(narrative, category, priority):
    result = run(narrative)
    assert result.category is category, result.reasons
    assert result.priority is priority, result.reasons


# --- (7) held after the fix: small families found in 17 and 18's remaining misses, fixed first and then given new
# sentences here (they hold the rules rather than find them). Yet one of the six failed on its first run and showed a
# gap: asked in krama to sleep in his tent ('nyuwun kula tilem wonten tendanipun'), now a proposition. -----------

AFTER_THE_FIX = [
    # a sum asked for the aid, in SMS spelling
    ("ketua rt mnta 15rb per kk kalo mau ambil terpal.", Category.OTHER_MISCONDUCT, False),
    # pushed until she fell, SMS 'smp' for sampai: the grandmother is no child
    ("satpam posko ngedorong ibu sy smp jatuh pas antri beras td pagi.", Category.OTHER_MISCONDUCT, False),
    # the recipients were his relatives
    ("Yang menerima bantuan rumah rusak kebanyakan adalah kerabat pak kades.", Category.OTHER_MISCONDUCT, False),
    # a widow with her children counted in krama is the reporter's household
    ("Kula randha kanthi anak kalih. Petugas logistik nyuwun kula tilem wonten tendanipun menawi badhe angsal beras.",
     Category.SEXUAL_EXPLOITATION, False),
    # thanks for the volunteers who keep watch by the women's tents every night is no danger and no child case
    ("Matur nuwun kagem relawan ingkang saben dalu jaga ing cedhak tenda ibu-ibu lan anak-anak.",
     Category.NOT_MISCONDUCT, False),
]


@pytest.mark.parametrize(("narrative", "category", "child"), AFTER_THE_FIX)
def test_held_after_the_fix(narrative, category, child):
    result = run(narrative)
    assert result.category is category, result.reasons
    assert result.child_involved is child, result.reasons
    assert not result.ongoing_danger


def test_his_relative_named_in_javanese_is_a_community_member():
    result = run("Wingi bengi adhiku wedok umur 9 dijak turu karo sedulure tanggaku nang pojokan balai desa.")
    assert result.child_involved and result.urgent_medical
    assert result.perpetrator_type.value == "community_member", result.reasons

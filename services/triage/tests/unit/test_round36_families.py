"""Round 36 of issue 12: batches 57 and 58 moved in, safety first, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 36 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Under-triaged, urgent missed: her clothes forced open, the verb first and 'by force' after it (B57-21 'aya
# lalaki nu teu dikenal ngarangkul abdi ti tukang, nutupan sungut abdi, tuluy ngagolérkeun abdi kana taneuh sarta muka
# paksa calana abdi', last night: abuse by the hug, high, for urgent, critical): round 26 reads 'maksa muka calana'
# (forcing, then the verb of opening) as an attempt; now also the verb of opening, pulling or taking off, then 'paksa',
# 'peksa', 'secara paksa' (by force), then the clothes ('muka paksa calana', 'membuka paksa celana', 'narik paksa
# celana', 'mbukak peksa jarik', 'forcibly opened her trousers'; KBBI paksa 'secara paksa'; Danadibrata paksa;
# Baoesastra peksa; English plain usage); never a door, a warehouse or a tent forced open.
# Controls: a warehouse door forced open (no attempt); the same act two weeks before (not urgent; abuse, high, was
# unplaced).
# First run on 5e238b5: 2 of 6 (the SMS 'narik paksa celana' and the Javanese 'mbukak peksa jarikku', read by round
# 18's pulling entry with a word between; the other four harassment or other misconduct, none urgent), the act two
# weeks before 0 of 1 (unplaced), controls 2 of 2; now 6 of 6, 1 of 1, controls 2 of 2. ------------------------------

FORCED_OPEN = [
    # Sundanese loma
    "Kamari peuting aya lalaki nyeret abdi ka tukangeun tenda, tuluy muka paksa calana abdi. Abdi ngajerit, "
    "manehna lumpat.",
    # Sundanese, lemes
    "Tadi wengi relawan dapur umum ngabuka paksa sinjang abdi caket MCK, abdi ngagorowok teras anjeunna kabur.",
    # Indonesian formal
    "Tadi malam seorang pria tak dikenal menyeret saya ke belakang tenda lalu membuka paksa celana saya. Saya "
    "berteriak dan ia lari.",
    # Indonesian SMS
    "td mlm sopir truk bantuan narik paksa celana sy d blkg gudang, sy teriak dia kabur",
    # Javanese ngoko
    "Wingi bengi ana wong lanang sing mbukak peksa jarikku neng mburi tenda, aku njerit banjur dheweke mlayu.",
    # English
    "Last night a man dragged me behind the latrines and forcibly opened my trousers. I screamed and he ran off.",
]

FORCED_OPEN_CONTROLS = [
    # a door forced open: no attempt, no urgent
    ("Tadi malam ada orang yang membuka paksa pintu gudang bantuan dan mengambil beras.", False),
    # the same act two weeks before: abuse, not urgent
    ("Dua minggu lalu seorang pria tak dikenal membuka paksa celana saya di belakang tenda, saya berteriak dan ia "
     "lari.", False),
]


@pytest.mark.parametrize("narrative", FORCED_OPEN)
def test_her_clothes_forced_open_is_an_attempt(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority.value == "critical", result.reasons


@pytest.mark.parametrize("narrative, urgent", FORCED_OPEN_CONTROLS)
def test_her_clothes_forced_open_controls(narrative, urgent):
    assert run(narrative).urgent_medical is urgent


def test_a_door_forced_open_is_no_sexual_abuse():
    assert run(FORCED_OPEN_CONTROLS[0][0]).category.value != "sexual_abuse"


def test_her_clothes_forced_open_long_ago_is_abuse():
    result = run(FORCED_OPEN_CONTROLS[1][0])
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.priority.value == "high", result.reasons


# --- (2) Under-triaged: he threatens that her other pictures will be spread, the picture named after the verb of
# threatening (B58-24 'dia motret sy pas lg nyusuin bayi ... pas sy protes dia malah ngancem 'kalo ribut2 foto yg lain
# sy sebar ke fb'': harassment, medium, for critical): rounds 24, 28, 33 and 34 read a threat to spread her pictures
# after a future word, a refusal or a report as its condition, or after he says it; now also after the verb of
# threatening itself ('mengancam', 'ngancam', 'ngancem', 'threatened'), the picture within its clause and a verb of
# spreading or sending after it, bare after its agent or passive, whatever the condition ('kalau ribut', 'upami abdi
# ribut', 'nek aku rame', 'if I complain') (KBBI ancam, sebar; Danadibrata ancam, nyebarkeun; Baoesastra ancam,
# nyebar; English plain usage): sextortion, a danger beside a sexual cue in the report (urgency.NEEDS_SEXUAL).
# Round 22's protest threatened ('ngancem mau demo') no longer takes her protest as the condition of his threat
# ('ngancem kalo protes foto yg lain gw sebar': a word of condition before 'protes').
# Controls: her fear that they will be spread, no threat (medium); a threat about the photos of the aid queue, no
# sexual cue (not critical); a threat, then the photos in the next sentence (medium); a protest threatened if the aid
# is late (still a protest, low).
# First run on 5e238b5: 3 of 6 (the formal, the SMS video and the Javanese, a future word after the threat: round 9's
# threats of harm), controls 4 of 4; now 6 of 6, controls 4 of 4. ----------------------------------------------------

THREAT_TO_SPREAD = [
    # Indonesian SMS, the quoted threat with a first-person agent
    "petugas posko motret sy wkt ganti baju, pas sy marah dia ngancem 'kalo protes foto yg lain gw sebar'",
    # Indonesian formal
    "Relawan itu memotret saya saat menyusui, lalu mengancam foto saya yang lain akan disebar jika saya membuat "
    "keributan.",
    # Indonesian SMS, a video
    "relawan itu rekam sy pas mandi, trs dia ngancam video sy yg lain bakal dia upload ke fb kl sy rame2",
    # Sundanese
    "Relawan eta moto abdi nuju nyusuan, teras ngancam poto-poto abdi nu sanes bade disebarkeun upami abdi ribut.",
    # Javanese ngoko
    "Relawan kuwi motret aku pas nyusoni, banjur ngancam fotoku sing liyane arep disebar nek aku rame.",
    # English
    "The volunteer photographer took pictures of me while I was breastfeeding and threatened that the rest of the "
    "photos get posted on Facebook if I complain.",
]

THREAT_TO_SPREAD_CONTROLS = [
    # her fear, no threat: harassment, medium
    ("relawan dokumentasi motret sy pas lg nyusuin bayi, sy takut foto sy yg lain disebar ke grup", "medium"),
    # a threat about the photos of the queue, no sexual cue: not critical
    ("Petugas posko mengancam foto antrean yang dia ambil akan dikirim ke kantor desa kalau warga ribut.", None),
    # a threat, then the photos in the next sentence: harassment, medium
    ("relawan motret sy pas lg nyusuin bayi. dia ngancam mau lapor ke ketua rt. foto kegiatan dia kirim ke grup.",
     "medium"),
]


@pytest.mark.parametrize("narrative", THREAT_TO_SPREAD)
def test_a_threat_to_spread_her_other_pictures_is_danger(narrative):
    result = run(narrative)
    assert result.ongoing_danger, result.reasons
    assert result.priority.value == "critical", result.reasons


@pytest.mark.parametrize("narrative, priority", THREAT_TO_SPREAD_CONTROLS)
def test_a_threat_to_spread_controls(narrative, priority):
    result = run(narrative)
    assert not result.ongoing_danger, result.reasons
    if priority is None:
        assert result.priority.value != "critical", result.reasons
    else:
        assert result.priority.value == priority, result.reasons


def test_a_protest_threatened_stays_a_protest():
    result = run("ada yg ngancem mau demo kalau bantuan telat dan mau bakar ban")
    assert not result.ongoing_danger, result.reasons
    assert result.priority.value == "low", result.reasons


# --- (3) Over-call: rights, the law or justice 'raped', a figure of speech (B58-05 'Hak kami sebagai korban gempa
# benar-benar diperkosa oleh aparat desa sendiri' of aid given to the village head's family: abuse, urgent, critical,
# for other misconduct, low): KBBI gives 'memperkosa' a second sense, 'melanggar dengan kekerasan' ('memperkosa
# hukum'); with an abstract object (hak, hak-hak, hukum, keadilan, aturan, demokrasi, konstitusi, martabat; 'rights',
# 'justice', 'the law') as its subject in the passive, a few words between and no conjunction or comma, or as the
# object of the active, it names no sexual act (KBBI perkosa 2; Danadibrata hak; Baoesastra hak, kukum; English
# plain usage). Controls: her rights taken, then she was raped (a comma between: abuse, urgent); the law named, a
# rape told (abuse).
# First run on 5124674: 1 of 6 (the active Indonesian, not read as a rape; the other five abuse, urgent), controls 2
# of 2; now 6 of 6, controls 2 of 2. ---------------------------------------------------------------------------------

RIGHTS_RAPED = [
    # Indonesian formal
    "Dengan hormat, hak-hak kami sebagai pengungsi telah diperkosa oleh panitia yang membagikan bantuan hanya "
    "kepada kerabatnya.",
    # Indonesian formal, the active
    "Petugas desa itu memperkosa hak warga dengan memotong dana stimulan kami tanpa alasan.",
    # Indonesian SMS
    "hak kita sbg korban banjir diperkosa sm pak rt, bantuan cm dibagi ke sodaranya",
    # Sundanese
    "Hak urang salaku korban lini geus diperkosa ku aparat desa, bantuan ngan dibikeun ka baraya kuwu.",
    # Javanese
    "Hak warga korban erupsi wis diperkosa karo perangkat desa, bantuan mung diwenehke sedulure lurah.",
    # English
    "The camp committee raped our rights by giving the cash assistance only to their relatives.",
]

RIGHTS_RAPED_CONTROLS = [
    # her rights taken, then she was raped: abuse, urgent (when not stated)
    "Hak saya atas bantuan dicabut, lalu saya diperkosa oleh petugas gudang.",
    # the law named, a rape told
    "Menurut hukum ini kejahatan: adik saya diperkosa relawan di belakang posko.",
]


@pytest.mark.parametrize("narrative", RIGHTS_RAPED)
def test_rights_raped_is_a_figure_of_speech(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons
    assert not result.urgent_medical, result.reasons


@pytest.mark.parametrize("narrative", RIGHTS_RAPED_CONTROLS)
def test_rights_raped_controls(narrative):
    assert run(narrative).category.value == "sexual_abuse"


# --- (4) Child over-call: children who have to bathe naked in the river for want of a bathroom, a complaint about the
# facilities (B58-20 'Karena sumber air bersih di pengungsian belum ada, anak-anak murid kami terpaksa mandi telanjang
# di sungai bersama orang dewasa': abuse with a child by 'telanjang', critical, for no misconduct, low): bathing naked
# after a word of having to by circumstance ('terpaksa', 'kapaksa', 'kepeksa', 'harus', 'kudu', 'have to'), then the
# river or the open place, is how they must bathe, no nudity demanded by anyone (KBBI terpaksa, mandi, telanjang;
# Danadibrata kapaksa, taranjang, walungan; Baoesastra kepeksa, adus, wuda, kali; English plain usage); never after
# a verb of ordering or forcing ('disuruh', 'dipaksa', 'menyuruh anak-anak mandi telanjang').
# Controls: a volunteer who told the children to bathe naked and photographed them (abuse, child, critical); a child
# forced by an officer to bathe naked in the river (abuse, child, critical).
# Where nothing else places the report (no request for aid read), it stays unplaced with the children named, critical
# for an officer to decide (the safe default; KNOWN_GAPS).
# First run on 78bf365: 0 of 6 (all abuse, critical), controls 2 of 2; now 6 of 6, controls 2 of 2. ------------------

BATHING_NAKED_FOR_WANT = [
    # Indonesian formal
    "Karena belum ada kamar mandi di pengungsian, anak-anak terpaksa mandi telanjang di sungai dan mereka malu.",
    # Indonesian, 'harus' and 'bugil'
    "Siswa-siswi kami harus mandi bugil di sungai bersama orang dewasa karena air bersih belum ada.",
    # Indonesian SMS
    "di posko blm ada mck, anak2 sd terpaksa mandi telanjang di kali, tlg dibangun wc",
    # Sundanese
    "Teu acan aya MCK di pangungsian, barudak kapaksa mandi taranjang di walungan, mangga enggal dijieun jamban.",
    # Javanese
    "Durung ana kamar mandi neng pengungsian, bocah-bocah kepeksa adus wuda neng kali, tulung digawekke MCK.",
    # English
    "There are no bathrooms in the camp yet, so the schoolchildren have to bathe naked in the river. Please build "
    "latrines.",
]

BATHING_NAKED_CONTROLS = [
    "Relawan itu menyuruh anak-anak mandi telanjang di sungai lalu memotret mereka.",
    "Anak saya yang masih SD dipaksa mandi telanjang di kali oleh petugas posko.",
]


@pytest.mark.parametrize("narrative", BATHING_NAKED_FOR_WANT)
def test_bathing_naked_for_want_of_a_bathroom_is_no_abuse(narrative):
    result = run(narrative)
    assert result.category.value not in ("sexual_abuse", "sexual_exploitation", "sexual_harassment"), result.reasons
    assert not any("nudity" in reason for reason in result.reasons), result.reasons


@pytest.mark.parametrize("narrative", BATHING_NAKED_CONTROLS)
def test_bathing_naked_controls(narrative):
    result = run(narrative)
    assert result.category.value == "sexual_abuse", result.reasons
    assert result.child_involved, result.reasons
    assert result.priority.value == "critical", result.reasons


KNOWN_GAPS = [
    # Left as they are (see the blind README's Round 36): a report about the facilities or the food that names
    # children and has no cue that places it stays unplaced with a child, critical, for an officer to decide (B58-39
    # 'Bocah-bocah ... akeh sing mencret' of stale rice: the rules read no cue; the model reads abuse); the same for
    # four of group 4's probes, where no request for aid is read
    "Lapor mas, sega bungkus saka dapur umum basi, bocah-bocah akeh sing lara weteng.",
    "di posko blm ada mck, anak2 sd terpaksa mandi telanjang di kali, tlg dibangun wc",
]

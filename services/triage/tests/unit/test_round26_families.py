"""Round 26 of issue 12: the safety misses of blind batch 47 (B47-07, B47-14, B47-29), by class. Sentences written
for this test (not the batch's own); each group was written and run before its fix (on the commit named in its
comment), its first-run count (rules alone) in the comment and in the blind README's Round 26 section. They run with
the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: forcing her clothes open (B47-07: 'maksa muka calanana', a girl of 14 two days before, Sundanese:
# abuse, child, critical, but urgent missed). Forcing ('maksa', 'memaksa', 'meksa', 'forced'; KBBI memaksa;
# Danadibrata maksa; Baoesastra meksa; English plain usage) before opening her trousers, skirt or sarong is an
# attempted assault, as trying to was: urgent within 72 h for a child, or beside pain or fear.
# Controls: a door or a bag forced open. First run on 1ddceea: 1 of 6 (the Javanese one through 'mbukak kathoke'
# after 'meksa', read as trying to), controls 2 of 2. Now 6 of 6. ---------------------------------------

FORCED_OPEN = [
    "Kamari soré relawan dapur maksa muka calana budak awéwé umur 13 taun di tukangeun tenda. Budakna kabur.",
    "Kemarin malam petugas gudang memaksa membuka rok keponakan saya (12 tahun) di belakang posko, untung dia lari.",
    "Wingi sore mandor posko meksa mbukak kathoke ponakanku umur 10 taun neng mburi tenda, saiki dheweke nangis wae.",
    "Yesterday a volunteer forced open the trousers of my daughter, who is 15, behind the warehouse. She got away.",
    "kmrn mlm om relawan maksa buka celana ade sy umur 11thn di tenda, ade sy nangis trs",
    "Dua hari lalu sopir truk bantuan memaksa membuka celana saya di gudang, saya kabur tapi sampai sekarang "
    "saya takut.",
]


@pytest.mark.parametrize("narrative", FORCED_OPEN)
def test_forcing_her_clothes_open_recently_is_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


FORCED_OPEN_CONTROLS = [
    "Kemarin petugas memaksa membuka pintu gudang karena kuncinya hilang. Bantuan sudah dibagikan.",
    "Satpam posko memaksa kami membuka tas untuk diperiksa di pintu masuk. Kami tersinggung.",
]


@pytest.mark.parametrize("narrative", FORCED_OPEN_CONTROLS)
def test_forcing_a_door_or_bag_open_is_no_assault(narrative):
    result = run(narrative)
    assert not result.urgent_medical, result.reasons
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons


# --- (2) Safety: forced 'like that' (B47-14: 'dikunci di kontainer ... mandornya td siang maksa sy bgtu', SMS: read
# only as locked in, urgent missed). Forcing her 'like that' at the end of the clause ('memaksa saya begitu', SMS
# 'bgtu', 'gitu'; Sundanese 'maksa abdi kitu'; Javanese 'meksa aku ngono'; KBBI begitu, memaksa; Danadibrata kitu,
# maksa; Baoesastra ngono, meksa) is the act told without its word: round 14's 'forced, with nothing after it in the
# clause', rape, urgent within 72 h. Not when the clause goes on (forced to sign, to move); a place may close it. First run on 1ddceea: 0 of 6, controls 2 of 2.
# Now 6 of 6. -------------------------------------------------

FORCED_LIKE_THAT = [
    "tlg sy dikurung di gudang, td pagi petugas logistik maksa sy gitu. sy takut",
    "Kemarin malam koordinator posko memaksa saya begitu di kantornya. Saya tidak bisa melawan.",
    "Tadi peuting relawan maksa abdi kitu, abdi teu bisa ngalawan.",
    "Wingi bengi mandor posko meksa aku ngono, aku ora isa nglawan.",
    "kmrn sore mandor proyek huntara maksa aq bgtu. aq gk brani crita sp2",
    "Semalam ketua posko memaksa saya begitu. Saya malu sekali.",
]


@pytest.mark.parametrize("narrative", FORCED_LIKE_THAT)
def test_forced_like_that_recently_is_abuse_and_urgent(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical and result.priority is Priority.CRITICAL, result.reasons


FORCED_LIKE_THAT_CONTROLS = [
    "Petugas memaksa saya begitu terus supaya tanda tangan daftar penerima. Kami kecewa.",
    "Kepala desa memaksa saya begitu saja untuk pindah tenda. Tolong dicek.",
]


@pytest.mark.parametrize("narrative", FORCED_LIKE_THAT_CONTROLS)
def test_forced_to_sign_or_move_is_no_assault(narrative):
    result = run(narrative)
    assert not result.urgent_medical and result.category is not Category.SEXUAL_ABUSE, result.reasons


# --- (3) Safety: sextortion in SMS abbreviations (B47-29: 'foto2nya mau dsbr ke grup wa kampung': exploitation, high,
# under-triaged). 'dsbr', 'dsebar', 'dsbrin' are 'disebar', 'disebarin' (KBBI disebar; Salsabila et al. 2018 for the
# dropped vowels); round 24's threat of her pictures spread then reads. First run on 1ddceea: 2 of 6 ('dsbrin' and
# 'dsebar' already read through the SMS passive and schwa rules), controls 2 of 2. Now 6 of 6. ---------

SPREAD_ABBREVIATED = [
    "relawan mnt sy tdr sm dy biar dpt terpal. klo sy gk mau lg fotonya dsbr ke grup wa",
    "ptgs posko maksa sy tdr sm dy utk sembako, skrg dy blg klo sy tdk dtg videonya akan dsbrin ke fb",
    "mandor ngajak sy tdr bareng biar dpt kerja, klo sy nolak fotoku bakal dsebar ke grup",
    "relawan ngajak abdi sare bareng meh meunang beas, lamun abdi teu daek potona bade dsbr ka grup",
    "petugas ngajak aku turu bareng ben entuk beras, nek aku ora gelem fotoku arep dsbr neng fb",
    "koordinator posko ngajak sy tidur bareng biar dpt tenda, kalo sy tdk mau foto sy bakal dsbr ke kampung",
]


@pytest.mark.parametrize("narrative", SPREAD_ABBREVIATED)
def test_her_pictures_threatened_in_sms_spelling_are_a_danger(narrative):
    result = run(narrative)
    assert result.category is not Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


SPREAD_CONTROLS = [
    "foto kegiatan pembagian sembako mau dsbr ke grup wa desa, tlg dicek dulu namanya",
    "info jadwal bantuan udh dsbr ke grup wa rt, mksh",
]


@pytest.mark.parametrize("narrative", SPREAD_CONTROLS)
def test_aid_news_spread_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (4) A night of company asked in the Sundanese imperative (B47-02: 'Pa RT nu nyieun daptar ... "mun hayang asup
# daptar, temenan heula kuring sapeuting"': not misconduct, low, for exploitation by an aid worker, high). 'temenan'
# is the imperative of 'nemenan' (Danadibrata temen, nemenan), read only before the man asking ('kuring', 'abdi',
# 'aing', 'akang', 'bapa'; a 'heula' or 'atuh' between): the Javanese 'temenan' is 'truly' (Baoesastra temen). The
# other languages' imperatives ('temani saya semalam', 'kancani aku sewengi', 'keep me company tonight') were read
# already. Controls: the Javanese 'temenan' before a night or a coming. First run on 3bf7f45 (the second sentence then
# given 'mun', its aid told first; the first wording is in KNOWN_GAPS): 3 of 6 (the Indonesian, Javanese and English
# ones), controls 2 of 2. Now 6 of 6 ('aing' arrives as 'saya', so 'saya' is listed too).

NIGHT_COMPANY_IMPERATIVE = [
    "Petugas pendataan nyarios ka abdi, mun hoyong kenging beas, temenan heula kuring sapeuting.",
    "Ketua posko bilang ka tatangga abdi: 'mun hoyong asup daftar bantuan, temenan abdi peuting ieu.'",
    "Relawan logistik ngomong ka randa di tenda sabeulah: mun hayang terpal, temenan aing sapeuting.",
    "Pak RT bilang ke saya, kalau mau masuk daftar bantuan, temani saya semalam dulu.",
    "Mandor posko ngomong marang aku, nek pengin entuk beras, kancani aku sewengi.",
    "The registration officer told my neighbour to keep him company for one night if she wants to be on the aid list.",
]


@pytest.mark.parametrize("narrative", NIGHT_COMPANY_IMPERATIVE)
def test_a_night_of_company_for_aid_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority.rank >= Priority.HIGH.rank, result.reasons


NIGHT_COMPANY_CONTROLS = [
    "Aku temenan ora isa turu sewengi amarga tendane bocor. Kapan terpal teka?",
    "Bantuane temenan teka wengi iki, matur nuwun kagem relawan.",
]


@pytest.mark.parametrize("narrative", NIGHT_COMPANY_CONTROLS)
def test_the_javanese_truly_before_a_night_is_no_request(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons


# Not run: what this round leaves (see the blind README's Round 26 section).
KNOWN_GAPS = [
    # the aid promised after the request by 'engke' (then), no condition word: read as harassment, medium
    "Ketua posko bilang ka tatangga abdi: 'temenan abdi peuting ieu, engke ngaran anjeun asup daftar bantuan.'",
]

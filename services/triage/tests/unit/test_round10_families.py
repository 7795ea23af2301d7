"""Round 10 of issue 12 (safety only): the classes behind the safety misses of blind batches 25 and 26 (round 9's
held-out pair), each held by sentences written for this test (not the batches' own), so that a rule, not a sentence,
is what passes. Each group was written and run before its fix; its first-run count (rules alone) is in its comment.
They run with the learned model switched off: the rules are the floor for urgent and danger recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) force, a sexual act or its euphemism, bleeding or pain, within 72 hours: urgent and critical in every
# language (B25-26, B25-33). First run, rules alone: 6 of 8 (the krama and the Ambonese failed: not urgent). --------------------------------------------------

FORCED_AND_BLEEDING = [
    # Javanese krama: forced until she could not resist, yesterday evening, blood ('rah', Baoesastra)
    "Kala wingi sonten petugas gudang meksa kula ngantos kula boten saged nglawan. Sapunika kula sakit lan wonten rah.",
    # Javanese ngoko: forced until she could not fight back, last night, bleeding ('getih')
    "Mau bengi sopir truk bantuan meksa aku nganti aku ora iso nglawan. Saiki isih lara lan metu getih.",
    # Indonesian formal: forced until she could not resist, the day before yesterday, bleeding
    "Dua hari lalu relawan dapur umum memaksa saya sampai saya tidak bisa melawan. Sekarang saya masih berdarah.",
    # Indonesian SMS
    "kmrn mlm sy dipaksa sm petugas posko smp sy ga bs ngelawan. skrg msh sakit n berdarah",
    # Sundanese: forced until she could not resist ('teu bisa ngalawan'), bleeding ('getihan', Danadibrata)
    "Kamari sonten abdi dipaksa ku petugas gudang dugi ka abdi teu tiasa ngalawan. Ayeuna masih nyeri jeung getihan.",
    # non-native English: 'did sex to her by force', 'two days before', 'bleeding little'
    "Two days before one guard of the warehouse forced my sister and did sex to her by force. She is hurt and "
    "bleeding little.",
    # English: forced himself on her, yesterday, bleeding
    "Yesterday evening the camp driver forced himself on me and I could not fight him off. I am still bleeding.",
    # Ambonese/regional Malay: 'paksa', 'kamarin malam', 'bardarah'
    "Kamarin malam bapa posko paksa beta sampe beta seng bisa malawan. Sekarang beta masih sakit deng bardarah.",
]


@pytest.mark.parametrize("narrative", FORCED_AND_BLEEDING)
def test_force_and_bleeding_within_72_hours_is_urgent_and_critical(narrative):
    result = run(narrative)
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (2) he waits for her now, or says he will come tonight: ongoing danger, critical (B25-23, B26-33). First run,
# rules alone: 1 of 8 (only the Indonesian formal passed). ----------------------------------------------------------------------------------------

WAITING_NOW = [
    # Javanese ngoko: he is waiting in front of the bathroom now, she dares not go out
    "saiki wong kuwi ngenteni neng ngarep kamar mandi, aku ra wani metu. aku isih neng njero",
    # Javanese krama: he is waiting in front of the tent now ('nengga', Baoesastra), she dares not go out
    "Sapunika tiyang punika nengga wonten ngajeng tenda kula, kula boten wantun medal.",
    # Sundanese: he is waiting in front of the bathroom now ('ngantosan'), she dares not go out
    "Ayeuna lalaki eta keur ngantosan di payuneun kamar mandi, abdi teu wani kaluar.",
    # Indonesian formal: he is waiting outside now, she dares not go out
    "Sekarang laki-laki itu sedang menunggu di depan kamar mandi umum. Saya tidak berani keluar.",
    # Indonesian SMS
    "skrg dia nungguin di dpn kamar mandi, sy ga brani keluar",
    # English: he is waiting outside now
    "He is waiting outside the toilet block right now and I am too scared to come out.",
    # English: he tried her door last night and will bring the spare key tonight
    "Last night he tried the handle of her door. This morning he wrote that tonight he will bring the spare key.",
    # Indonesian: he will come with the key tonight
    "Tadi pagi dia kirim pesan: nanti malam saya bawa kunci cadangan kamarmu.",
]


@pytest.mark.parametrize("narrative", WAITING_NOW)
def test_a_man_waiting_for_her_now_or_coming_tonight_is_critical(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (3) two times told side by side restate one time and may disagree ('Two days before, on Monday night'): the
# more recent is kept, wherever they stand (B25-33). Written after the fix, run first on the classifier before it (a
# copy of commit 8d8725f): 0 of 3. ----------------------------------------------------------------------------

SIDE_BY_SIDE_TIMES = [
    # English, non-native: the act in the next sentence
    "Two days before, on Monday night, the guard called my wife to the truck. There he forced her and did sex to "
    "her by force. She is bleeding.",
    # Indonesian formal
    "Dua hari lalu, Senin malam, petugas gudang memanggil istri saya ke truk. Di sana dia memperkosa istri saya.",
    # Javanese ngoko
    "Rong dina kepungkur, Senin bengi, sopir truk ngajak aku menyang gudang. Ing kana dheweke merkosa aku.",
]


@pytest.mark.parametrize("narrative", SIDE_BY_SIDE_TIMES)
def test_two_times_side_by_side_keep_the_more_recent(narrative):
    result = run(narrative)
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


# --- (4) a child named who is not the survivor (B25-33, B25-14, B25-17, B25-25, B26-20): milk for a baby, a hungry
# child of the reporter's said with Sundanese 'urang' (I, my), the baby she was carrying, a man's name before his
# role, the children she fled with. The first five were written before their fix except the first (milk for a baby:
# written after, run first on a copy of 8d8725f); the two marked below were written after theirs. First run, rules
# alone: 0 of 5 on a copy of 8d8725f (1 of 5 on 725db65, whose milk-for-a-baby rule came first); the two added
# later 0 of 1 each on the same copy. -------------------------------------------------------------------------------

NOT_THE_SURVIVOR = [
    # non-native English: 'extra milk for baby'
    "The guard told me come to the truck to take extra milk for baby. There he touched my breast.",
    # Sundanese (informal 'urang'): her child is hungry, the offer is to her
    "Supir bantuan nawaran beas lamun urang daek diajak ka kebon peuting-peuting. Budak urang geus lapar pisan.",
    # Javanese ngoko: carrying her baby when he groped her
    "Wingi pas aku nggendong anakku sing umure 8 sasi, relawan posko ngremes dhadhaku.",
    # Indonesian: carrying her baby
    "Waktu saya menggendong anak saya yang berumur 6 bulan, petugas gudang meremas dada saya.",
    # Javanese ngoko: the same baby named again after the act ('anakku nganti nangis'); written after its fix, 0 of 1
    # on a copy of 8d8725f
    "Wingi pas aku nggendong anakku sing umure 8 sasi, relawan posko njawil bokongku. Anakku nganti nangis.",
    # Sundanese: 'si Ujang' named, then his role (a neighbour): a man's name, not a boy; written after its fix, 0 of 1
    # on a copy of 8d8725f
    "Tadi peuting si Ujang tatangga tenda asup ka tenda urang, urang diperkosa. Awak urang nyeri keneh.",
    # Sundanese: she fled with her two children ('sareng dua murangkalih')
    "Abdi sareng dua murangkalih ngungsi di bumi juragan. Ayeuna anjeunna nyarios abdi kedah 'ngalayanan' anjeunna.",
]


@pytest.mark.parametrize("narrative", NOT_THE_SURVIVOR)
def test_a_child_who_is_not_the_survivor_is_not_flagged(narrative):
    result = run(narrative)
    assert not result.child_involved, result.reasons

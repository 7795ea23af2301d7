"""Round 45 of issue 12: the safety misses of the held-out batches 65 and 66, moved in as tuning batches, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 45 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


def _negated(result, label_part: str) -> bool:
    return any(r.startswith("ignored, negated") and label_part in r for r in result.reasons)


# --- (1) A negation read across a new clause in run-on text (B66-32, a voice note with no punctuation: '... saya gak
# bisa tidur saya takut hamil' read as 'not ... afraid of pregnancy', so the report as one saying nothing happened: no
# misconduct, low). In run-on speech a new subject, the first person before a word of fear or of a state ('saya
# takut', 'abdi sieun', 'aku wedi', 'i am afraid'), starts a new clause, which the negator before it does not reach.
# Controls: the negation still reaches what it qualifies ('tidak pernah memaksa saya berhubungan badan': the first
# person is the object of the verb; 'saya tidak takut hamil'; 'dia tidak membuat saya takut hamil', a causative).
# First run on 77fde31 (the commit moving 65 and 66 in): 1 of 6 (the Indonesian spoken, its fear past the reach of
# 'tidak'), controls 3 of 3; now 6 of 6, controls 3 of 3. -----------------------------------------------------------

NEW_CLAUSE = [
    # Indonesian SMS
    "kmrn malam laki2 tenda sebelah masuk pas suami sy ronda sy gak bisa tidur sy takut hamil",
    # Indonesian, spoken, run-on
    "semalam ada laki-laki masuk ke tenda saya waktu anak-anak tidur saya tidak berani keluar saya khawatir hamil",
    # Sundanese
    "tadi peuting aya lalaki asup ka tenda abdi basa salaki keur ronda abdi teu tiasa sare abdi sieun reuneuh",
    # Javanese ngoko
    "wingi bengi ana wong lanang mlebu tendaku pas bojoku ronda aku ora iso turu aku wedi meteng",
    # Javanese krama
    "wingi dalu wonten tiyang jaler mlebet tenda kula nalika garwa kula ronda kula mboten saged tilem kula ajrih "
    "mbobot",
    # English, a voice note
    "last night a man came into my tent while my husband was on watch i can not sleep i am afraid i am pregnant",
]


@pytest.mark.parametrize("narrative", NEW_CLAUSE)
def test_a_negation_does_not_reach_a_new_clause(narrative):
    result = run(narrative)
    assert not _negated(result, "pregnancy"), result.reasons
    assert result.category is Category.SEXUAL_ABUSE, result.reasons


NEW_CLAUSE_CONTROLS = [
    # the first person is the object of the forcing: the negation reaches the act
    "Relawan itu tidak pernah memaksa saya berhubungan badan, saya hanya mau mengadu soal beras yang telat.",
    # the fear itself denied
    "saya tidak takut hamil karena saya sudah pakai KB, saya cuma tanya jadwal posyandu",
    # a causative: 'he did not make me afraid'
    "dia tidak membuat saya takut hamil, saya cuma mau tanya jadwal posyandu",
]


@pytest.mark.parametrize("narrative", NEW_CLAUSE_CONTROLS)
def test_a_negation_still_reaches_its_own_clause(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons


# --- (2) Forced, then 'did it to me' further on in run-on text (B66-32 '... dia maksa saya bu saya udah dorong-dorong
# tapi dia lebih kuat dia ngelakuin itu ke saya ...': read by no cue). Forcing the survivor ('maksa saya', 'meksa
# aku', 'maksa abdi', 'forced me'), then in the same sentence his doing 'it' to her ('ngelakuin itu ke saya', 'nglakoni
# kuwi marang aku', 'ngalakukeun eta ka abdi', 'did it to me') is forced intercourse, the act named by a demonstrative
# as round 7's 'forced to do that' is. Controls: 'it' done to everyone, not her; a sentence break between them; the
# forcing denied.
# First run on 77fde31: 0 of 6, controls 3 of 3 (again 0 of 6 on c7f7770, after group 1); now 6 of 6, controls 3 of
# 3. -----------------------------------------------------------------------------------------------------------------

FORCED_THEN_DONE = [
    # Indonesian SMS
    "td malem tetangga tenda maksa sy sy udah nolak2 tapi dia lbh kuat trs dia ngelakuin itu ke sy",
    # Indonesian, spoken
    "kemarin malam penjaga gudang memaksa saya saya sudah teriak tapi tidak ada yang dengar lalu dia melakukan itu ke "
    "saya",
    # Sundanese
    "tadi peuting tatangga maksa abdi abdi tos ngalawan tapi anjeunna langkung kiat anjeunna ngalakukeun eta ka abdi",
    # Javanese ngoko
    "wingi bengi tanggane meksa aku aku wis nolak nanging dheweke luwih kuwat dheweke nglakoni kuwi marang aku",
    # English
    "last night the storekeeper forced me i pushed him away but he was stronger and he did it to me",
    # English, told of her
    "yesterday evening the driver forced her she screamed but no one came and he did it to her",
]


@pytest.mark.parametrize("narrative", FORCED_THEN_DONE)
def test_forced_then_done_to_her_is_rape(narrative):
    result = run(narrative)
    assert result.category is Category.SEXUAL_ABUSE, result.reasons
    assert result.urgent_medical, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


FORCED_THEN_DONE_CONTROLS = [
    # 'it' done to everyone: no act on her
    "petugas memaksa saya tanda tangan daftar lalu dia melakukan itu ke semua warga di blok kami",
    # a sentence break between the forcing and what was done
    "ketua blok memaksa saya pindah tenda. tetangga juga melakukan itu ke saya minggu lalu.",
    # the forcing denied
    "dia tidak memaksa saya dan tidak melakukan itu ke saya, saya cuma mau tanya jadwal beras",
]


@pytest.mark.parametrize("narrative", FORCED_THEN_DONE_CONTROLS)
def test_forced_to_sign_or_denied_is_no_rape(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_ABUSE, result.reasons


# --- (3) Ongoing danger: after an assault more than 72 hours ago, the man came to her tent again (B65-24 '...
# kemarin terlihat mendatangi tenda korban lagi': read as high, no ongoing danger, since round 20 reads 'again' only
# before her tent and in English after it). A verb of coming to her shelter ('datang ke', 'mendatangi', 'nyampeurkeun',
# 'sumping ka', 'marani', 'teka menyang', 'came to') and then 'again' ('lagi', 'deui', 'maneh', 'malih') after it is
# round 20's man seen again by her tent: a danger beside an assault (KEEPS_CLOSE). Controls: an officer who comes
# again with no assault told; harassment by words only, then he came again; the assault itself told as his coming to
# her tent, no 'again'.
# First run on 77fde31: 0 of 6, controls 3 of 3 (again 0 of 6 on 375d6b0, after groups 1 and 2); now 6 of 6, controls 3
# of 3. -------------------------------------------------------------------------------------------------------------

CAME_AGAIN = [
    # Indonesian, formal
    "Seminggu lalu korban dipaksa berhubungan badan oleh sopir truk logistik di gudang. Kemarin sore sopir itu "
    "datang ke tenda korban lagi.",
    # Indonesian SMS
    "minggu lalu sy diperkosa sm tukang angkut beras. td pagi dia dtg ke tenda sy lg",
    # Indonesian, the transitive verb
    "Enam hari lalu perempuan itu diperkosa oleh buruh bongkar muat. Tadi malam pelaku mendatangi bedeng korban lagi.",
    # Sundanese
    "Saminggu kapengker abdi diperkosa ku kuli angkut. Kamari anjeunna nyampeurkeun tenda abdi deui.",
    # Javanese ngoko
    "Seminggu kepungkur aku dirudapeksa kuli angkut. Wingi wonge teka menyang tendaku maneh.",
    # English
    "Six days ago a porter raped her in a truck. Yesterday he came to her tent again.",
]


@pytest.mark.parametrize("narrative", CAME_AGAIN)
def test_he_came_to_her_tent_again_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


CAME_AGAIN_CONTROLS = [
    # no assault: an officer comes again
    "Petugas pendataan datang ke tenda saya lagi untuk mencocokkan kartu keluarga. Terima kasih atas bantuannya.",
    # harassment by words only
    "Minggu lalu kuli angkut itu bersiul dan memanggil saya 'cantik'. Kemarin dia datang ke tenda saya lagi minta air.",
    # the assault itself told as his coming, no 'again'
    "Seminggu lalu sopir truk datang ke tenda saya dan memaksa saya berhubungan badan.",
]


@pytest.mark.parametrize("narrative", CAME_AGAIN_CONTROLS)
def test_no_assault_or_no_return_is_no_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons


# Not fixed in round 45 (time box; not run as tests): see the blind README's Round 45 section.
KNOWN_GAPS = [
    # group 1: the new subject is a third person ('dia', 'she'), not the first; the negator before it still reaches
    # the fear of pregnancy, so the report reads as saying nothing happened (a third person is also the object of
    # many verbs, 'tidak memaksa dia ...', and was left for a round that can compare it)
    "semalam laki2 itu maksa kakak sy trs kakak gak bisa tidur dia takut hamil",
    "last night he came into her tent she could not sleep she is afraid she is pregnant",
]

"""Round 47 of issue 12: 67 and 68 become tuning batches, safety first (the under-triaged critical reports, then the
urgent misses, then over-calls), by class. Sentences written for this test (not the batches' own); each group was
written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the comment
and in the blind README's Round 47 section. They run with the learned model switched off: the rules are what is
tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Safety: he knows, or asks, where she sleeps, told by the reporter in the third person or as his question,
# beside a sexual touch, a kiss or sexual messages (B68-21 'skrg dia tau sy tidur di tenda no 7 blok C'; B68-27
# 'nanya sy tidur di tenda yg mana & sama siapa'; B68-35 'The sender knows I sleep in the women's tent': high or
# medium for critical). Rounds 25 and 41 read it only in his own words ('aku tahu kamu tidur di ...') or after a
# verb of saying; told of him, or asked by him, it is the same threat of a night visit, but only beside a sexual
# cue: alone it is an officer who knows her tent from his list.
# Controls: the officer who knows her tent, or asks it, to bring the aid there; no sexual cue.
# First run on db9c302: 0 of 6, controls 2 of 3 (the first control named the reporter's child, critical by the
# child, and was shortened before the fix); now 6 of 6, controls 3 of 3. -----------------------------------------------

KNOWS_WHERE_SHE_SLEEPS = [
    # Indonesian formal
    "Petugas gudang itu pernah meraba dada saya saat pembagian beras. Sekarang dia tahu saya tidur di tenda nomor "
    "empat.",
    # Indonesian SMS
    "relawan dapur kmrn grepe2 pantat aku pas antri makan. skrg dia udh tau aku tidur di tenda biru paling ujung",
    # Sundanese
    "Supir bantuan teh kantos nyium abdi dipaksa di tukangeun gudang. Ayeuna anjeunna terang abdi saré di tenda "
    "nomer dua.",
    # Javanese ngoko
    "Relawan kuwi minggu wingi ngelus-elus pupuku neng dapur umum. Saiki dheweke ngerti aku turu neng tenda pojok.",
    # Javanese krama
    "Petugas posko ngirim gambar saru dhateng kula saben dalu, lajeng takon kula tilem wonten tenda ingkang pundi.",
    # English
    "A volunteer keeps sending me dirty pictures at night and asked which tent I sleep in and who with.",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_SHE_SLEEPS)
def test_he_knows_or_asks_where_she_sleeps_beside_a_sexual_cue_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


KNOWS_WHERE_SHE_SLEEPS_CONTROLS = [
    "Petugas pendataan tahu saya tidur di tenda nomor lima, jadi selimut dan tikar diantar ke sana.",
    "relawan nanya aku tidur di tenda yg mana biar paket sembako bisa dianter",
    "The registration officer knows I sleep in the women's tent and brought us two extra blankets.",
]


@pytest.mark.parametrize("narrative", KNOWS_WHERE_SHE_SLEEPS_CONTROLS)
def test_knowing_her_tent_without_a_sexual_cue_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons
    assert not result.ongoing_danger, result.reasons


# --- (2) Safety: after a sexual touch, he now sleeps or lives by her shelter, 'now' where round 17 read only
# 'still' (B68-05, a driver who grabbed her breasts, 'saiki dheweke turu nang tenda ...': high for critical).
# 'Now' ('sekarang', 'kini', 'ayeuna', 'saiki', 'sakmenika', 'now') and a third person ('dia', 'anjeunna', 'dheweke',
# 'piyambakipun', 'he') before a verb of sleeping or living near, beside or across from her place is the same danger
# beside an assault (STILL_LIVES_NEAR); never said of herself or her family ('sekarang saya tidur di tenda dekat
# posko'), nor with no assault told. (Lexicon: the Javanese chest spelled 'dodo' and the krama touch 'nggepok' on a
# body word, sexual.py.)
# Controls: she herself now sleeps near the post; he now sleeps next door, no assault; he now lives far away.
# First run on 3560598: 0 of 6, controls 3 of 3; two probes' touches were read by no cue ('ngremet dodoku', 'nggepok
# pupu': the chest spelled 'dodo' and the krama 'nggepok' on a body word were added with the fix); now 6 of 6,
# controls 3 of 3. -----------------------------------------------------------------------------------------------------

NOW_SLEEPS_NEAR = [
    # Indonesian formal
    "Petugas distribusi meremas payudara saya minggu lalu di gudang. Kini dia tidur di tenda sebelah tenda saya.",
    # Indonesian SMS
    "satpam posko kmrn nyolek2 pantat sy pas antri air. skrg dia tinggal di bedeng dkt bedeng sy",
    # Sundanese
    "Relawan éta kantos ngagerayangan abdi di gudang beas. Ayeuna anjeunna saré di tenda gigireun tenda abdi.",
    # Javanese ngoko
    "Juru masak dapur umum kuwi ngremet dodoku pas aku ngumbahi panci. Saiki dheweke manggon neng bedeng "
    "sandhinge bedengku.",
    # Javanese krama
    "Relawan menika sampun nggepok pupu kula wonten pawon umum. Sakmenika piyambakipun tilem wonten tendha caket "
    "tendha kula.",
    # English
    "The man who unloads the aid trucks grabbed my breasts last week. Now he sleeps in the tent next to mine.",
]


@pytest.mark.parametrize("narrative", NOW_SLEEPS_NEAR)
def test_he_now_sleeps_near_her_after_a_sexual_touch_is_ongoing_danger(narrative):
    result = run(narrative)
    assert result.priority is Priority.CRITICAL, result.reasons


NOW_SLEEPS_NEAR_CONTROLS = [
    "Relawan dapur pernah memegang pantat saya. Sekarang saya tidur di tenda dekat posko bersama ibu saya.",
    "Sekarang dia tidur di tenda sebelah kami dan sering membantu mengangkat air untuk para lansia.",
    "A man groped me at the market last month. Now he lives in another village far from the camp.",
]


@pytest.mark.parametrize("narrative", NOW_SLEEPS_NEAR_CONTROLS)
def test_she_herself_near_the_post_or_no_assault_is_no_danger(narrative):
    result = run(narrative)
    assert result.priority is not Priority.CRITICAL, result.reasons
    assert not result.ongoing_danger, result.reasons

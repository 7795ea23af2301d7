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


"""Round 39 of issue 12: held-out 59 and 60 moved in, safety first, by class.
Sentences written for this test (not the batches' own); each group was written and run before its fix (on the commit
named in its comment), its first-run count (rules alone) in the comment and in the blind README's Round 39 section.
They run with the learned model switched off: the rules are what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import classify

REPORTED_AT = datetime.fromisoformat("2026-03-02T10:00:00+07:00")     # a Monday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str, reported_at: datetime = REPORTED_AT):
    return classify(narrative=narrative, reported_at=reported_at)


# --- (1) Safety: a year of birth as the age (B59-08 'Anak kula estri, lair taun 2008, dipun cepeng-cepeng dhadhanipun
# kaliyan prajurit ...', reported in December 2021: read without the child). A word of birth ('lahir', SMS 'lhr',
# 'kelahiran', 'dilahirkan', Javanese 'lair', krama 'miyos', 'born') then the year, a word for year or a day and
# month between at most, is the age at the report's date (KBBI lahir, kelahiran; Danadibrata lahir; Baoesastra lair,
# miyos; English plain usage). The age is the report's year less the year of birth, less one: she may not have had
# her birthday yet, so born 2008 is 17 or 18 in 2026 and is taken as 17, a child (PRODUCT.md: a child is under 18 and
# makes the report critical; the doubt goes to the survivor's safety).
# Controls: the reporter born in 1990, a daughter born in 2004, a house built in 2010, born in 2008 told in 2030.
# First run on c65d74a: 3 of 7 (the Sundanese, the Javanese ngoko and the English daughter by their child words alone,
# no age), controls 3 of 4 (the daughter born in 2004 taken as a child); now 7 of 7, controls 4 of 4. ----------------

BORN_IN = [
    # Indonesian formal
    "Anak perempuan saya, lahir tahun 2012, diraba-raba dadanya oleh seorang relawan di gudang bantuan dua minggu "
    "lalu.",
    # Indonesian SMS
    "adik sy lhr thn 2011, dipegang2 dadanya sm sopir truk bantuan bulan lalu, skrg dia gk mau keluar tenda",
    # Sundanese
    "Budak abdi awewe, lahir taun 2013, dirampa-rampa dadana ku relawan di posko minggu kamari.",
    # Javanese ngoko
    "Anakku wedok, lair taun 2012, digrayangi dhadhane karo sukarelawan ning posko sasi wingi.",
    # Javanese krama, a day and a month between
    "Putra kula estri miyos tanggal 3 Mei 2011, dipun grayangi kaliyan relawan wonten posko kalih minggu kepengker.",
    # English
    "My daughter, born in 2011, was groped by a food distribution volunteer at the warehouse last month.",
    # English, born 2008 told in 2026: 17 or 18, taken as 17
    "My niece was born in 2008. A volunteer at the aid warehouse groped her breasts three weeks ago.",
]

BORN_IN_CONTROLS = [
    # the reporter herself, grown
    ("Saya lahir tahun 1990, dada saya diraba-raba oleh relawan gudang bantuan dua minggu lalu.", REPORTED_AT),
    # a grown daughter
    ("My daughter was born in 2004. A volunteer at the aid warehouse groped her breasts three weeks ago.", REPORTED_AT),
    # a year that is no birth
    ("Rumah kami dibangun tahun 2010, dada saya diraba-raba oleh relawan gudang bantuan dua minggu lalu.", REPORTED_AT),
    # born 2008 told in 2030: grown
    ("My niece was born in 2008. A volunteer at the aid warehouse groped her breasts three weeks ago.",
     datetime.fromisoformat("2030-03-02T10:00:00+07:00")),
]


@pytest.mark.parametrize("narrative", BORN_IN)
def test_a_year_of_birth_under_18_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons
    assert result.priority.value == "critical", result.reasons


@pytest.mark.parametrize("narrative,reported_at", BORN_IN_CONTROLS)
def test_a_year_that_is_no_childs_birth_is_no_child(narrative, reported_at):
    result = run(narrative, reported_at)
    assert result.child_involved is False, result.reasons

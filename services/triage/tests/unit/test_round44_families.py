"""Round 44 of issue 12: what rounds 42 and 43 left on the tuning batches 63 and 64, by class (not misconduct read as
misconduct and priority over-calls first). Sentences written for this test (not the batches' own); each group was
written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the comment
and in the blind README's Round 44 section. They run with the learned model switched off: the rules are what is
tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Not misconduct read as misconduct: the reporter or the operator says outright that no one is accused, no
# misconduct alleged (B64-08 'Kami tidak menuduh siapa pun berbuat curang, namun kami mohon agar kualitas ... diperbaiki':
# 'curang' read as fraud, four words past the reach of 'tidak'; B64-18 'Penelepon tidak menyampaikan dugaan pelanggaran
# oleh petugas', a question about a wheelchair not delivered: unplaced, high). PRODUCT.md: not misconduct needs positive
# evidence; a denial of any accusation, beside an aid complaint or a question, is that evidence, and what the denied
# accusation names (fraud, theft) is negated with it. Controls: an accusation made after the denial ('saya tidak
# menuduh, tapi dia meraba saya'); fraud told outright; a denial of accusing one man while another is named.
# First run on a5a0e34: 3 of 6 (the Sundanese, the Javanese and the English formal, placed by their thanks or complaint;
# none read the denial), controls 3 of 3; now 6 of 6, controls 3 of 3. ------------------------------------------------

NO_ONE_ACCUSED = [
    # Indonesian, formal
    "Dengan hormat, kami warga blok C menyampaikan bahwa beras bulan ini terlambat datang dan sebagian berkutu. Kami "
    "tidak menuduh siapa pun berbuat curang. Mohon jadwal pembagian diperbaiki. Terima kasih.",
    # Indonesian, an operator's note
    "Catatan operator: penelepon perempuan menanyakan kapan terpal untuk blok D dibagikan. Penelepon tidak "
    "menyampaikan dugaan pelanggaran oleh petugas. Operator memberikan nomor referensi.",
    # Sundanese
    "Punten, abdi badé ngawartosan yén beas bantosan telat dua minggu. Abdi henteu nuduh saha waé curang, ngan "
    "nyuhunkeun jadwalna dibenerkeun. Hatur nuhun.",
    # Javanese krama
    "Nuwun sewu, sembako wulan menika telat kalih minggu. Kula mboten nuduh sinten-sinten nyolong, namung nyuwun "
    "jadwalipun dipun benahi. Matur nuwun.",
    # English
    "The food parcels for our block were two weeks late this month. We are not accusing anyone of fraud or theft; we "
    "only ask that the schedule be fixed. Thank you.",
    # English, an operator's note
    "Operator note: an elderly caller asked why the wheelchair promised by the assessment team has not been "
    "delivered. The caller did not allege any misconduct by staff. Reference number given.",
]


@pytest.mark.parametrize("narrative", NO_ONE_ACCUSED)
def test_no_one_accused_is_not_misconduct(narrative):
    result = run(narrative)
    assert result.category is Category.NOT_MISCONDUCT, result.reasons
    assert result.priority is Priority.LOW, result.reasons


NO_ONE_ACCUSED_CONTROLS = [
    # an accusation after the denial
    "Saya tidak menuduh siapa pun, tapi relawan dapur itu meraba dada saya waktu antre.",
    # fraud told outright
    "Beras bantuan terlambat dan kami yakin ketua RT berbuat curang, sebagian karung dijual ke warung.",
    # one man not accused, another named
    "We are not accusing the driver. The store keeper asked us for 50,000 rupiah to get our rice.",
]


@pytest.mark.parametrize("narrative", NO_ONE_ACCUSED_CONTROLS)
def test_an_accusation_beside_a_denial_still_counts(narrative):
    assert run(narrative).category is not Category.NOT_MISCONDUCT

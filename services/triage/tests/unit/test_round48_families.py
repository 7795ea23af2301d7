"""Round 48 of issue 12: 69 and 70 become tuning batches, safety only (the child miss, the urgent miss, the
under-triaged critical reports), by class. Sentences written for this test (not the batches' own); each group was
written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in the comment
and in the blind README's Round 48 section. They run with the learned model switched off: the rules are what is
tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) Child: a survivor named by kinship only (a niece, a grandchild, a younger sibling), whose only sign of age
# is that an adult takes her to school ('diantar ke sekolah', 'dianteur ka sakola', 'diterke menyang sekolah',
# 'taken to school'): B69-18, a niece groped by a neighbour, read as no child, high for critical. A person who is
# taken to school by someone else is a pupil.
# Controls: an adult who goes to a school to teach or to queue, a school used as a shelter; no one taken there.
# First run on 071b1ea (the classifier of 0f949ae): 0 of 6, controls 3 of 3; now 6 of 6, controls 3 of 3. --------

TAKEN_TO_SCHOOL = [
    # Indonesian formal
    "Keponakan saya yang setiap pagi diantar ibunya ke sekolah darurat sudah dua kali diraba dadanya oleh tetangga "
    "tenda.",
    # Indonesian SMS
    "cucu sy yg tiap hr dianter ke sklh sm kakaknya dipegang2 pahanya sm penjaga gudang kmrn sore",
    # Sundanese
    "Alo abdi nu unggal enjing dianteur ka sakola ku bibina, dirampa-rampa dadana ku tatangga di pengungsian.",
    # Javanese ngoko
    "Adhiku wedok sing saben isuk diterke bapak menyang sekolahan diremet-remet dhadhane karo tanggane tenda.",
    # Javanese krama
    "Wayah kula ingkang saben enjing dipunterake dhateng sekolah dipun grepe-grepe dhadhanipun kaliyan tangga tenda.",
    # English
    "My niece, who her aunt takes to school every morning, was groped on her chest twice by a man in the next tent.",
]


@pytest.mark.parametrize("narrative", TAKEN_TO_SCHOOL)
def test_a_survivor_taken_to_school_by_an_adult_is_a_child(narrative):
    result = run(narrative)
    assert result.child_involved is True, result.reasons
    assert result.priority is Priority.CRITICAL, result.reasons


TAKEN_TO_SCHOOL_CONTROLS = [
    "Saya guru relawan, tiap pagi berangkat ke sekolah darurat. Kapan tenda kelas yang bocor diganti?",
    "Abdi unggal enjing angkat ka sakola pikeun ngantri beas. Naha jatah beas bulan ieu can aya?",
    "The school is used as a shelter and the women there ask when the hygiene kits will come.",
]


@pytest.mark.parametrize("narrative", TAKEN_TO_SCHOOL_CONTROLS)
def test_going_to_a_school_oneself_is_no_child(narrative):
    result = run(narrative)
    assert result.child_involved is False, result.reasons


KNOWN_GAPS: list[str] = []

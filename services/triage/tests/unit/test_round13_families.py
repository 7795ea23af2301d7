"""Round 13 of issue 12 (safety only): the one child the held-out pair 31/32 missed, scored first with the classifier
of cc5b692 (B32-29, 'I am volunteer 17 years old from Kupang ... my team leader put his hand on my thigh'). The class:
a reporter who names her own role before her age; the age after a role word was always given to the person in that
role. Sentences written for this test (not the batch's own). First run, rules alone, before the fix: 1 of 6 (the
Indonesian formal one, whose age stands three words after the role), controls 2 of 2. They run with the learned model
switched off: the rules are the floor for child recall."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


REPORTER_NAMES_HER_ROLE_THEN_HER_AGE = [
    # non-native English, no article
    "I am volunteer 16 years old in Palu. Two weeks ago the logistics coordinator pressed himself on me in the store "
    "room and kissed my neck.",
    # English with an article and commas
    "I'm a volunteer, 17 years old, at the kitchen in Sigi. The cook in charge keeps grabbing my waist when nobody is "
    "looking.",
    # Indonesian: 'saya seorang relawan, umur 17'
    "Saya seorang relawan, umur 17, di posko Cianjur. Bulan lalu koordinator lapangan meraba paha saya di mobil.",
    # Indonesian SMS: 'aku relawan 16 thn'
    "aku relawan 16 thn di dapur umum. kepala dapur sering megang2 pantat aku kalo lg sepi.",
    # Sundanese: 'abdi relawan yuswa 17 taun'
    "Abdi relawan yuswa 17 taun di posko Sumedang. Koordinator sok ngarampa-rampa pingping abdi di gudang.",
    # Javanese ngoko: 'aku dadi relawan umur 17'
    "Aku dadi relawan umur 17 ing posko Lumajang. Pak koordinator kerep nyekel dhadhaku nek sepi.",
]


@pytest.mark.parametrize("narrative", REPORTER_NAMES_HER_ROLE_THEN_HER_AGE)
def test_the_age_after_the_reporters_own_role_is_hers(narrative):
    result = run(narrative)
    assert result.child_involved and result.priority == Priority.CRITICAL, result.reasons


# Controls: the age after the role word of the one who did it stays his (a grown man's age is no child's).
@pytest.mark.parametrize("narrative", [
    "Saya diraba relawan 45 tahun itu di gudang posko bulan lalu. Saya sudah menikah dan punya dua anak.",
    "My team leader, 45 years old, put his hand on my thigh in the car last month. I am 29.",
])
def test_the_age_after_the_perpetrators_role_stays_his(narrative):
    assert not run(narrative).child_involved

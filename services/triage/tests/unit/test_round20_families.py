"""Round 20 of issue 12: the tuning batches 39 and 40 (round 19's held-out pair), by class, safety first: the two
critical reports they under-triaged (B39-34, B40-11). Sentences written for this test (not the batches' own); each
group was written and run before its fix (on the commit named in its comment), its first-run count (rules alone) in
the comment and in the blind README's Round 20 section. They run with the learned model switched off: the rules are
what is tested."""
from __future__ import annotations

from datetime import datetime

import pytest

from pseah.triage.classification import Category, PerpetratorType, Priority, classify

REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")     # a Friday


pytestmark = pytest.mark.usefixtures("rules_only")


def run(narrative: str):
    return classify(narrative=narrative, reported_at=REPORTED_AT)


# --- (1) A night spent with a man who holds aid or housing, the terms told after it ('if I did, my family would
# get ...'), within 72 hours, with a sign of intercourse (no condom, afraid of pregnancy) (B39-34: 'last night I
# stayed the night with the foreman from the company building the temporary houses ... He said if I did, my family
# would get one of the first units ... He did not use a condom', harassment by a community member, medium): sexual
# exploitation by an aid worker, urgent, critical. A night spent with him (KBBI bermalam, menginap, informal nginep,
# Salsabila et al. 2018; Danadibrata saré 'tidur', imah 'rumah'; Baoesastra nginep, omah; English plain usage), a
# condom not used (KBBI kondom, pengaman; Danadibrata nganggo; Baoesastra nganggo), afraid of pregnancy (KBBI hamil;
# Danadibrata kakandungan; Baoesastra meteng); a contractor's foreman building the temporary houses is an aid role.
# Controls: a night with her own family, no terms (never exploitation, not urgent); the terms refused, no night
# spent (exploitation asked, not urgent).
# First run on 7db5654: 1 of 7 (the Javanese passed), controls 3 of 3. -------------

A_NIGHT_SPENT_FOR_AID = [
    # English, a voucher distributor
    "Last night I stayed the night with the man who hands out the food vouchers. He said if I did, my family would "
    "get two vouchers. He did not use a condom and I am scared I could get pregnant.",
    # English, the camp manager, 'slept at his place'
    "Two nights ago I slept at his place, the camp manager who decides the shelters. He told me if I did we would "
    "get a shelter first. I am scared I could get pregnant. Where can I get medicine today?",
    # English, a contractor's foreman
    "Last night I spent the night with the foreman of the company building the temporary houses. He said if I did my "
    "family would get one of the first units. He did not use a condom.",
    # Indonesian formal
    "Semalam saya bermalam dengan mandor kontraktor yang membangun huntara, katanya kalau saya mau keluarga saya "
    "dapat unit duluan. Dia tidak pakai kondom, saya takut hamil.",
    # Indonesian SMS
    "tadi mlm aku nginep bareng pak koordinator logistik, katanya klo aku mau kluargaku dpt beras 2 karung. dia ga "
    "pake kondom, aku takut hamil.",
    # Sundanese lemes
    "Tadi peuting abdi sare di imahna mandor nu ngadamel huntara, cenah upami abdi daek kulawarga abdi kenging "
    "huntara heula. Anjeunna teu nganggo kondom, abdi sieun kakandungan.",
    # Javanese ngoko
    "Wingi bengi aku nginep ing omahe mandor sing mbangun huntara, jarene yen aku gelem keluargaku oleh huntara "
    "dhisik. Dheweke ora nganggo kondom, aku wedi meteng.",
]


@pytest.mark.parametrize("narrative", A_NIGHT_SPENT_FOR_AID)
def test_a_night_spent_for_aid_is_urgent_exploitation_by_an_aid_worker(narrative):
    result = run(narrative)
    assert (result.category is Category.SEXUAL_EXPLOITATION and result.perpetrator_type is PerpetratorType.AID_WORKER
            and result.urgent_medical and result.priority is Priority.CRITICAL), result.reasons


@pytest.mark.parametrize("narrative", [
    "Last night I stayed the night with my sister at the evacuation hall because our tent was flooded.",
    "Semalam saya bermalam di rumah mandor bersama suami dan anak-anak karena tenda kami bocor.",
])
def test_a_night_with_her_family_is_no_exploitation(narrative):
    result = run(narrative)
    assert result.category is not Category.SEXUAL_EXPLOITATION and not result.urgent_medical, result.reasons


def test_terms_refused_with_no_night_spent_are_not_urgent():
    result = run("Mandor itu bilang kalau saya mau tidur dengannya keluarga saya dapat unit duluan. Saya menolak.")
    assert result.category is Category.SEXUAL_EXPLOITATION and not result.urgent_medical, result.reasons

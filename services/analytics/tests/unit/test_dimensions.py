"""Which labels an event is counted under."""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.analytics.stats.dimensions import UNKNOWN, label, month, org_type, province, regency
from pseah.common import organizations

ORGS = organizations.by_id()


def test_province_is_the_first_two_digits_of_the_region_code():
    assert province("32.03.12.2001") == "32"
    assert province("3203") == "32"
    assert province(None) == UNKNOWN and province("7") == UNKNOWN
    assert regency("32.03.12") == "3203" and regency("32") == UNKNOWN


def test_organisation_type_comes_from_the_shared_list():
    assert org_type("unicef", ORGS) == "un"
    assert org_type("pmi", ORGS) == "red_cross"
    assert org_type(None, ORGS) == UNKNOWN
    assert org_type("not-an-org", ORGS) == "other"


def test_labels_are_never_free_text():
    assert label("Sexual_Abuse") == "sexual_abuse"
    assert label("he did this at the camp") == "other"
    assert label("") == UNKNOWN


def test_month_is_utc():
    assert month(datetime(2024, 1, 31, 23, 30, tzinfo=UTC)) == "2024-01"

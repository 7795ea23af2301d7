"""Which labels an event is counted under."""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.analytics.stats.dimensions import UNKNOWN, fact_from_event, label, month, org_type, province
from pseah.common import organizations
from pseah.common.events import new_event

ORGS = organizations.by_id()


def test_province_is_the_first_two_digits_of_the_region_code():
    assert province("32.03.12.2001") == "32"
    assert province("3203") == "32"
    assert province(None) == UNKNOWN and province("7") == UNKNOWN


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


def test_a_triaged_report_is_counted_under_every_dimension():
    event = new_event(type="report.triaged.v1", source="pseah/triage", subject="PSEAH-AAAA1111",
                      data={"reference": "PSEAH-AAAA1111", "category": "sexual_exploitation", "priority": "high",
                            "channel": "whatsapp", "region_code": "32.03", "org_id": "wfp",
                            "sealed": {"narrative": "secret"}})
    fact = fact_from_event(event, organizations=ORGS)
    assert fact.metric == "reports" and fact.event_id == event.id
    assert fact.dims == {"category": "sexual_exploitation", "priority": "high", "channel": "whatsapp",
                         "region": "32", "org_type": "un", "month": event.time.strftime("%Y-%m")}
    assert "PSEAH-AAAA1111" not in str(fact.dims) and "secret" not in str(fact)


def test_an_assignment_has_its_own_dimensions_and_other_events_are_ignored():
    assigned = new_event(type="case.assigned.v1", source="pseah/referral", subject="PSEAH-AAAA1111",
                         data={"org_id": "save-the-children", "priority": "critical"})
    fact = fact_from_event(assigned, organizations=ORGS)
    assert fact.metric == "assignments"
    assert set(fact.dims) == {"priority", "org_type", "month"} and fact.dims["org_type"] == "ingo"
    received = new_event(type="report.received.v1", source="pseah/intake", subject="PSEAH-AAAA1111")
    assert fact_from_event(received, organizations=ORGS) is None

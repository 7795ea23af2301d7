"""The case read model: order-free, idempotent, the confirmed triage over the automatic one, times and clocks."""
from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pseah.analytics.readmodel.cases import apply, bucket, case_key, contribution, effective
from pseah.common import organizations
from pseah.common.events import EventTypes, new_event

ORGS = organizations.by_id()
REF = "PSEAH-AAAA1111"
T0 = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)


# The rest of each contract's required fields (docs/asyncapi.yaml), for events whose test names only what it needs.
REQUIRED = {
    EventTypes.REPORT_TRIAGED: {"route": "focal_point", "sealed": {}},
    EventTypes.TRIAGE_CONFIRMED: {"urgent_medical": False, "route": "focal_point"},
    EventTypes.CASE_ASSIGNED: {"queue": "focal_point", "assignee": {"username": "fp-unicef"},
                               "portal_url": "http://127.0.0.1:8000/cases/" + REF},
    EventTypes.CASE_INVESTIGATION_UPDATED: {"owner_org": "unicef"},
    **{t: {"provider_id": "cjr-pulih", "provider_org": "pulih", "status": t.split(".")[1]}
       for t in (EventTypes.REFERRAL_CREATED, EventTypes.REFERRAL_ACCEPTED, EventTypes.REFERRAL_DECLINED,
                 EventTypes.REFERRAL_COMPLETED, EventTypes.REFERRAL_FAILED)},
}


def ev(type_, at, **data):
    return new_event(type=type_, source="pseah/triage" if type_.startswith(("report", "triage", "deadline"))
                     else "pseah/referral", subject=REF,
                     data={"reference": REF, **REQUIRED.get(type_, {}), **data}).model_copy(update={"time": at})


def triaged(at=T0, **over):
    data = {"category": "sexual_harassment", "priority": "medium", "perpetrator_type": "aid_worker",
            "child_involved": False, "channel": "whatsapp", "region_code": "32.03.12", "org_id": "wfp",
            "language": "su", "deadlines": [{"kind": "acknowledgement", "due_at": (at + timedelta(hours=24)).isoformat()},
                                           {"kind": "referral_offered", "due_at": (at + timedelta(hours=72)).isoformat()}],
            "sealed": {"narrative": "secret words"}}
    return ev(EventTypes.REPORT_TRIAGED, at, **{**data, **over})


def confirmed(at=T0 + timedelta(hours=1)):
    return ev(EventTypes.TRIAGE_CONFIRMED, at, confirmed_at=at.isoformat(), overridden=True, category="sexual_abuse",
              priority="critical", perpetrator_type="aid_worker", child_involved=True, org_id="unicef",
              changed=["category"])


def journey():
    return [
        triaged(),
        confirmed(),
        ev(EventTypes.CASE_ASSIGNED, T0 + timedelta(minutes=2), org_id="unicef", priority="critical"),
        ev(EventTypes.CASE_ACKNOWLEDGED, T0 + timedelta(hours=3),
           acknowledged_at=(T0 + timedelta(hours=3)).isoformat()),
        ev(EventTypes.REFERRAL_CREATED, T0 + timedelta(hours=80), referral_id="r1", service_type="medical"),
        ev(EventTypes.REFERRAL_ACCEPTED, T0 + timedelta(hours=81), referral_id="r1", service_type="medical"),
        ev(EventTypes.REFERRAL_CREATED, T0 + timedelta(hours=82), referral_id="r2", service_type="legal"),
        ev(EventTypes.REFERRAL_DECLINED, T0 + timedelta(hours=83), referral_id="r2", service_type="legal"),
        ev(EventTypes.DEADLINE_BREACHED, T0 + timedelta(hours=72), kind="referral_offered",
           due_at=(T0 + timedelta(hours=72)).isoformat()),
        ev(EventTypes.CASE_INVESTIGATION_UPDATED, T0 + timedelta(days=10), status="closed",
           reported_at=(T0 + timedelta(days=10)).isoformat()),
    ]


def run(events):
    case = {}
    for event in events:
        case = apply(case, event, organizations=ORGS)
    return case


def test_the_confirmed_category_replaces_the_automatic_one():
    case = run(journey())
    values = effective(case)
    assert values["category"] == "sexual_abuse" and values["priority"] == "critical"
    assert values["child_involved"] == "yes" and values["org_type"] == "un"
    # The automatic labels the officer did not touch stay: channel, place, language.
    assert (values["channel"], values["province"], values["regency"], values["language"]) == \
        ("whatsapp", "32", "3203", "su")
    cells = contribution(case)
    assert cells["reports.category|2026-11|sexual_abuse~n~32"] == 1
    assert not any("sexual_harassment" in c for c in cells)


def test_times_deadlines_and_referrals_are_counted_in_their_cells():
    cells = contribution(run(journey()))
    assert cells["times.acknowledge|2026-11|le4~n~32"] == 1  # 3 h after triage
    assert cells["times.refer|2026-11|le120~n~32"] == 1  # 80 h
    assert cells["times.close|2026-11|le336~n~32"] == 1  # 240 h
    assert cells["deadlines|2026-11|acknowledgement~met~32"] == 1
    assert cells["deadlines|2026-11|referral_offered~breached~32"] == 1
    assert cells["referrals|2026-11|medical~accepted~32"] == 1
    assert cells["referrals|2026-11|legal~declined~32"] == 1
    assert cells["assignments.org_type|2026-11|un~n~32"] == 1


def test_nothing_identifying_is_kept():
    case = run(journey())
    assert REF not in str(case) and "secret" not in str(case) and "r1" not in str(case.get("referrals"))
    assert case_key(REF) != REF and REF not in case_key(REF)


@settings(max_examples=60)
@given(st.permutations(range(10)), st.lists(st.integers(0, 9), max_size=4))
def test_any_order_and_any_redelivery_give_the_same_cells(order, repeats):
    events = journey()
    shuffled = [events[i] for i in order] + [events[i] for i in repeats]
    assert contribution(run(shuffled)) == contribution(run(events))


def test_a_retriage_is_not_counted_twice_and_a_later_one_wins():
    later = triaged(at=T0 + timedelta(hours=2), category="sexual_exploitation")
    cells = contribution(run([triaged(), later, triaged()]))
    assert sum(n for c, n in cells.items() if c.startswith("reports.category|")) == 1
    assert cells["reports.category|2026-11|sexual_exploitation~n~32"] == 1


def test_a_reopened_case_is_no_longer_closed():
    events = [triaged(),
              ev(EventTypes.CASE_INVESTIGATION_UPDATED, T0 + timedelta(days=1), status="closed",
                 reported_at=(T0 + timedelta(days=1)).isoformat()),
              ev(EventTypes.CASE_INVESTIGATION_UPDATED, T0 + timedelta(days=2), status="in_progress",
                 reported_at=(T0 + timedelta(days=2)).isoformat())]
    for order in itertools.permutations(events):
        assert not any(c.startswith("times.close") for c in contribution(run(order)))


def test_case_events_without_the_triage_count_only_their_own_tables():
    cells = contribution(run([ev(EventTypes.REFERRAL_CREATED, T0, referral_id="r9", service_type="shelter")]))
    assert cells == Counter({"referrals|2026-11|shelter~pending~unknown": 1})


def test_buckets():
    assert bucket(0) == "le1" and bucket(1) == "le1" and bucket(1.01) == "le2" and bucket(10_000) == "over"


def test_other_events_are_not_read():
    received = new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject=REF)
    assert apply({}, received, organizations=ORGS) is None

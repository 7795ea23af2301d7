"""triage.confirmed.v1 through real Kafka: a changed organisation re-routes the case once; facts follow."""
import time
import uuid

import grpc
import pytest

from pseah.common.events import new_event
from pseah.referral.client import bearer, cases_pb2, cases_stub

pytestmark = pytest.mark.integration


def _reference() -> str:
    return "PSEAH-C" + uuid.uuid4().hex[:8].upper()


def _triaged(reference: str, *, org_id, route):
    return new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "sms", "region_code": "3203", "category": "sexual_harassment",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "medium",
        "confidence": 0.6, "org_id": org_id, "route": route, "survivor_services": True, "services": ["psychosocial"],
        "consent": {"referral": False, "contact": False, "share_with_org": True},
        "deadlines": [{"kind": "acknowledgement", "due_at": "2030-01-02T03:00:00+00:00"}],
        "sealed": {"narrative": "v1.c2VhbGVk", "reasons": "v1.cmVhc29ucw"}})


def _confirmed(reference: str, **values):
    data = {"reference": reference, "confirmed_at": "2030-01-01T00:00:00+00:00", "role": "triage_officer",
            "overridden": True, "changed": sorted(values), "previous": {}, "category": "sexual_harassment",
            "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "medium",
            "org_id": None, "route": "coordinator", "survivor_services": True, "services": ["psychosocial"],
            "deadlines": [{"kind": "acknowledgement", "due_at": "2030-01-01T04:00:00+00:00"}],
            "sealed": {"reason": "v1.cmVhc29u"}}
    data.update(values)
    return new_event(type="triage.confirmed.v1", source="pseah/triage", subject=reference, actor="triage-officer",
                     data=data)


def _publish(producer, topic, event):
    producer.send(topic, key=event.subject.encode(), value=event.to_bytes()).get(timeout=10)


def _case(address, token, reference, *, until, timeout=90.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            case = cases_stub(address).GetCase(cases_pb2.GetCaseRequest(reference=reference), metadata=bearer(token),
                                               timeout=5)
            if until(case):
                return case
        except grpc.RpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND:
                raise
        assert time.monotonic() < deadline, f"case {reference} never reached the expected state"
        time.sleep(0.3)


def test_an_employer_named_by_the_triage_officer_takes_the_case_once(referral, producer, tokens, read_events):
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    _publish(producer, triage_topic, _triaged(reference, org_id=None, route="coordinator"))
    _case(referral["address"], tokens("coordinator"), reference, until=lambda c: c.queue == "coordinator")
    confirmed = _confirmed(reference, org_id="pmi", route="focal_point", priority="critical", child_involved=True)
    _publish(producer, triage_topic, confirmed)
    _publish(producer, triage_topic, confirmed)  # redelivered: nothing more may happen

    case = _case(referral["address"], tokens("fp-pmi"), reference, until=lambda c: c.org_id == "pmi")
    assert case.queue == "focal_point" and case.priority == "critical" and "child_involved" in case.flags
    events = [e for e in read_events(cases_topic, reference=reference, wait=20, want=3)
              if e["type"].startswith("case.")]
    assert [e["type"] for e in events] == ["case.assigned.v1", "case.transferred.v1", "case.assigned.v1"]
    transferred, assigned = events[1], events[2]
    assert transferred["data"]["reason"] == "employer_identified" and transferred["data"]["to_org"] == "pmi"
    assert transferred["actor"] == "triage-officer"
    assert assigned["data"]["org_id"] == "pmi" and assigned["data"]["assignee"]["username"] == "fp-pmi"
    # The coordinator's organisation no longer holds it for the focal point of UNICEF either.
    with pytest.raises(grpc.RpcError) as other:
        cases_stub(referral["address"]).GetCase(cases_pb2.GetCaseRequest(reference=reference),
                                                metadata=bearer(tokens("fp-unicef")), timeout=5)
    assert other.value.code() == grpc.StatusCode.NOT_FOUND


def test_a_confirmation_that_keeps_the_holder_updates_the_facts_without_a_transfer(referral, producer, tokens,
                                                                                     read_events):
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    _publish(producer, triage_topic, _triaged(reference, org_id="unicef", route="focal_point"))
    _case(referral["address"], tokens("fp-unicef"), reference, until=lambda c: c.org_id == "unicef")
    _publish(producer, triage_topic, _confirmed(reference, org_id="unicef", route="focal_point", priority="high",
                                                category="sexual_exploitation"))
    case = _case(referral["address"], tokens("fp-unicef"), reference, until=lambda c: c.priority == "high")
    assert case.category == "sexual_exploitation" and case.queue == "focal_point"
    types = [e["type"] for e in read_events(cases_topic, reference=reference, wait=8, want=2)
             if e["type"].startswith("case.")]
    assert types == ["case.assigned.v1"]

import json
import subprocess
import sys
import time
import uuid

import grpc
import httpx
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

from pseah.common.events import new_event
from pseah.referral.client import bearer, cases_pb2, cases_stub, directory_pb2, directory_stub

pytestmark = pytest.mark.integration

NARRATIVE_TOKEN = "v1.c2VhbGVkLW5hcnJhdGl2ZS1ub3QtcmVhbA"


def _reference() -> str:
    return "PSEAH-T" + uuid.uuid4().hex[:8].upper()


def _triaged(reference: str, *, org_id="unicef", route="focal_point"):
    return new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "web", "region_code": "3203", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": True, "priority": "critical",
        "confidence": 0.9, "org_id": org_id, "route": route, "survivor_services": True, "services": ["medical", "psychosocial"],
        "consent": {"referral": True, "contact": False, "share_with_org": True},
        "deadlines": [{"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}],
        "sealed": {"narrative": NARRATIVE_TOKEN, "contact": None, "reasons": "v1.cmVhc29ucw"}})


def _case_events(events):
    # Consent and referral events share the topic (they come with consent); these tests are about the case.
    # Delivery is at least once: the outbox relay may publish an event again under the same id when its first send
    # was acknowledged late (fresh-clone run R7b, `make bench` beside), and consumers de-duplicate by id. So an event
    # counts once per id; a second event with an id of its own still fails these tests.
    unique = {e["id"]: e for e in events if e["type"].startswith("case.")}
    return list(unique.values())


def _publish(producer, topic, event):
    producer.send(topic, key=event.subject.encode(), value=event.to_bytes()).get(timeout=10)


def _wait_for_case(stub, token, reference, timeout=90.0):
    deadline = time.monotonic() + timeout
    while True:
        try:
            return stub.GetCase(cases_pb2.GetCaseRequest(reference=reference), metadata=bearer(token), timeout=5)
        except grpc.RpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND or time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_health_reflection_and_http_probes(referral):
    reply = health_pb2_grpc.HealthStub(referral["channel"]).Check(health_pb2.HealthCheckRequest(service=""), timeout=5)
    assert reply.status == health_pb2.HealthCheckResponse.SERVING
    responses = reflection_pb2_grpc.ServerReflectionStub(referral["channel"]).ServerReflectionInfo(
        iter([reflection_pb2.ServerReflectionRequest(list_services="")]), timeout=5)
    names = {s.name for r in responses for s in r.list_services_response.service}
    assert {"pseah.api.directory.v1.DirectoryService", "pseah.api.cases.v1.CaseService",
            "grpc.health.v1.Health"} <= names
    assert httpx.get(referral["http"] + "/healthz", timeout=5).status_code == 200
    assert httpx.get(referral["http"] + "/readyz", timeout=5).json()["status"] == "ready"


def test_directory_lookups(referral):
    stub = directory_stub(referral["address"])
    org = stub.GetOrganization(directory_pb2.GetOrganizationRequest(org_id="unicef"), timeout=5)
    assert (org.acronym, org.type, org.domain) == ("UNICEF", "un", "unicef.example")
    with pytest.raises(grpc.RpcError) as missing:
        stub.GetOrganization(directory_pb2.GetOrganizationRequest(org_id="no-such-org"), timeout=5)
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND
    fp = stub.GetFocalPoint(directory_pb2.GetFocalPointRequest(org_id="pmi"), timeout=5)
    assert (fp.contact.username, fp.contact.email, fp.fallback) == ("fp-pmi", "fp-pmi@pmi.example", False)
    coordinator = stub.GetCoordinator(directory_pb2.GetCoordinatorRequest(), timeout=5)
    assert (coordinator.username, coordinator.email) == ("coordinator", "coordinator@pseah-network.example")
    medical = stub.SearchProviders(directory_pb2.SearchProvidersRequest(
        service_type="medical", region="3203", post_rape_care=True, language="su"), timeout=5)
    assert [p.id for p in medical.providers] == ["cjr-rsud", "cjr-puskesmas-cugenang"]
    # A Palu regency search reaches the province's shelter, then the national hotline, never Cianjur.
    palu = stub.SearchProviders(directory_pb2.SearchProvidersRequest(service_type="safety_security",
                                                                     region="7271"), timeout=5)
    ids = [p.id for p in palu.providers]
    assert ids[0] == "plu-pmi" and "stg-shelter" in ids and ids[-1] == "dki-sapa"
    assert not any(i.startswith("cjr-") for i in ids)


def test_triaged_event_creates_one_case_assigned_to_the_focal_point(referral, producer, tokens, read_events):
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    event = _triaged(reference)
    _publish(producer, triage_topic, event)
    _publish(producer, triage_topic, event)  # redelivery of the same event
    assigned = _case_events(read_events(cases_topic, reference=reference, wait=25, want=1))
    assert [e["type"] for e in assigned] == ["case.assigned.v1"]
    data = assigned[0]["data"]
    assert data["assignee"] == {"username": "fp-unicef", "email": "fp-unicef@unicef.example", "role": "focal_point"}
    assert (data["org_id"], data["queue"], data["priority"]) == ("unicef", "focal_point", "critical")
    assert data["portal_url"] == f"http://127.0.0.1:8000/cases/{reference}"
    assert "sealed" not in data and NARRATIVE_TOKEN not in json.dumps(assigned[0])

    stub = cases_stub(referral["address"])
    case = _wait_for_case(stub, tokens("fp-unicef"), reference)
    assert case.status == "assigned" and case.assignee.username == "fp-unicef"
    assert case.sealed["narrative"] == NARRATIVE_TOKEN and "contact" not in case.sealed
    assert list(case.flags) == ["urgent_medical"] and case.deadlines[0].kind == "acknowledge"

    # Stored once: a listing of the organisation holds the reference exactly once.
    listed = stub.ListCases(cases_pb2.ListCasesRequest(page_size=200), metadata=bearer(tokens("fp-unicef")), timeout=5)
    assert [c.reference for c in listed.cases].count(reference) == 1
    assert all(not c.sealed for c in listed.cases)


def test_another_organisation_sees_nothing_and_the_coordinator_sees_all(referral, producer, tokens):
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    _publish(producer, triage_topic, _triaged(reference))
    stub = cases_stub(referral["address"])
    _wait_for_case(stub, tokens("fp-unicef"), reference)

    with pytest.raises(grpc.RpcError) as other:
        stub.GetCase(cases_pb2.GetCaseRequest(reference=reference), metadata=bearer(tokens("fp-pmi")), timeout=5)
    assert other.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.RpcError) as unknown:
        stub.GetCase(cases_pb2.GetCaseRequest(reference=_reference()), metadata=bearer(tokens("fp-pmi")), timeout=5)
    # Same answer for a case that exists elsewhere and one that does not exist at all.
    assert (unknown.value.code(), unknown.value.details()) == (other.value.code(), other.value.details())
    with pytest.raises(grpc.RpcError) as ack:
        stub.AcknowledgeCase(cases_pb2.AcknowledgeCaseRequest(reference=reference),
                             metadata=bearer(tokens("fp-pmi")), timeout=5)
    assert ack.value.code() == grpc.StatusCode.NOT_FOUND
    pmi_list = stub.ListCases(cases_pb2.ListCasesRequest(), metadata=bearer(tokens("fp-pmi")), timeout=5)
    assert reference not in {c.reference for c in pmi_list.cases}

    seen = stub.GetCase(cases_pb2.GetCaseRequest(reference=reference), metadata=bearer(tokens("coordinator")), timeout=5)
    assert seen.reference == reference

    with pytest.raises(grpc.RpcError) as auditor:
        stub.ListCases(cases_pb2.ListCasesRequest(), metadata=bearer(tokens("auditor")), timeout=5)
    assert auditor.value.code() == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(grpc.RpcError) as anonymous:
        stub.ListCases(cases_pb2.ListCasesRequest(), timeout=5)
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
    with pytest.raises(grpc.RpcError) as forged:
        stub.ListCases(cases_pb2.ListCasesRequest(), metadata=bearer(tokens("fp-unicef")[:-4] + "AAAA"), timeout=5)
    assert forged.value.code() == grpc.StatusCode.UNAUTHENTICATED


def test_acknowledge_once_publishes_case_acknowledged(referral, producer, tokens, read_events):
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    _publish(producer, triage_topic, _triaged(reference))
    stub = cases_stub(referral["address"])
    _wait_for_case(stub, tokens("fp-unicef"), reference)
    for _ in range(2):
        acked = stub.AcknowledgeCase(cases_pb2.AcknowledgeCaseRequest(reference=reference),
                                     metadata=bearer(tokens("fp-unicef")), timeout=5)
        assert acked.status == "acknowledged" and acked.acknowledged_by == "fp-unicef"
    events = _case_events(read_events(cases_topic, reference=reference, wait=20, want=4))
    assert [e["type"] for e in events] == ["case.assigned.v1", "case.acknowledged.v1"]


@pytest.mark.parametrize("org_id,route", [(None, "focal_point"), ("unicef", "gbv_pathway"), ("no-such-org", "focal_point")])
def test_unknown_org_and_gbv_go_to_the_coordinator(referral, producer, tokens, read_events, org_id, route):
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    _publish(producer, triage_topic, _triaged(reference, org_id=org_id, route=route))
    assigned = _case_events(read_events(cases_topic, reference=reference, wait=25, want=1))
    assert len(assigned) == 1
    assert assigned[0]["data"]["assignee"]["username"] == "coordinator"
    assert assigned[0]["data"]["queue"] == ("gbv_pathway" if route == "gbv_pathway" else "coordinator")
    with pytest.raises(grpc.RpcError) as fp:
        cases_stub(referral["address"]).GetCase(cases_pb2.GetCaseRequest(reference=reference),
                                                metadata=bearer(tokens("fp-unicef")), timeout=5)
    assert fp.value.code() == grpc.StatusCode.NOT_FOUND


def test_directory_import_reports_rejected_rows_and_is_idempotent(referral, tmp_path):
    csv_file = tmp_path / "providers.csv"
    csv_file.write_text("id,name,region,services,languages,serves\n"
                        "test-prov-a,Test A (demo),3203,medical;legal,id;su,women\n"
                        "test-prov-b,Test B (demo),nowhere,medical,id,women\n")
    run = lambda: subprocess.run(  # noqa: E731
        [sys.executable, "-c", "from pseah.referral.cli import directory_app; directory_app()", "import",
         str(csv_file)], env={**referral["env"], "COLUMNS": "200"}, capture_output=True, text=True, timeout=60)
    first, second = run(), run()
    assert first.returncode == 1 and "1 created" in first.stderr and "1 rejected" in first.stderr
    assert "test-prov-b" in first.stderr and "region" in first.stderr
    assert second.returncode == 1 and "0 created" in second.stderr and "1 updated" in second.stderr
    found = directory_stub(referral["address"]).SearchProviders(
        directory_pb2.SearchProvidersRequest(service_type="legal", region="3203"), timeout=5)
    assert [p.id for p in found.providers].count("test-prov-a") == 1

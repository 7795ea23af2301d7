"""The partner gRPC API over loopback with real Keycloak tokens: referrals from consent and matching,
accept / decline (re-referral) / complete, the update stream, investigation status and transfer."""
import queue
import threading
import time
import uuid

import grpc
import pytest

from pseah.api.referral.v1 import referral_pb2, referral_pb2_grpc
from pseah.common.events import new_event
from pseah.referral.client import bearer, cases_pb2, cases_stub

pytestmark = pytest.mark.integration


def _reference() -> str:
    return "PSEAH-P" + uuid.uuid4().hex[:7].upper()


def _triaged(reference, *, consent=True, org_id="unicef"):
    # Palu (7271): psychosocial goes first to PMI's post (most capacity), then to UPTD PPA (KemenPPPA).
    return new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "whatsapp", "region_code": "7271", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
        "org_id": org_id, "route": "focal_point", "survivor_services": True, "services": ["psychosocial"],
        "consent": {"referral": consent, "contact": False, "share_with_org": True},
        "deadlines": [], "sealed": {"narrative": "v1.bm90LXJlYWw"}})


def _stub(referral):
    return referral_pb2_grpc.ReferralServiceStub(referral["channel"])


def _wait_referral(stub, token, reference, *, status="created", timeout=90.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [r for r in stub.ListReferrals(referral_pb2.ListReferralsRequest(page_size=200),
                                                metadata=bearer(token), timeout=5).referrals
                 if r.reference == reference and r.status == status]
        if found:
            return found[0]
        time.sleep(0.3)
    raise AssertionError(f"no {status} referral for {reference}")


def test_partner_lifecycle_scoped_to_its_organisation(referral, producer, partner_token, tokens, read_events):
    triage_topic, cases_topic = referral["topics"]
    stub = _stub(referral)
    reference = _reference()
    producer.send(triage_topic, key=reference.encode(), value=_triaged(reference).to_bytes()).get(timeout=10)
    pmi = partner_token("pmi")
    offered = _wait_referral(stub, pmi, reference)
    assert (offered.provider_id, offered.provider_org, offered.service_type) == ("plu-pmi", "pmi", "psychosocial")
    assert offered.rank == 1 and any(r.startswith("same regency") for r in offered.reasons)
    assert not offered.consent_override

    # Another organisation's system neither sees nor answers it: NOT_FOUND, as for a missing referral.
    unicef = partner_token("unicef")
    listed = stub.ListReferrals(referral_pb2.ListReferralsRequest(page_size=200), metadata=bearer(unicef), timeout=5)
    assert reference not in {r.reference for r in listed.referrals}
    with pytest.raises(grpc.RpcError) as refused:
        stub.AcceptReferral(referral_pb2.AcceptReferralRequest(referral_id=offered.id), metadata=bearer(unicef),
                            timeout=5)
    assert refused.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.RpcError) as anonymous:
        stub.ListReferrals(referral_pb2.ListReferralsRequest(), timeout=5)
    assert anonymous.value.code() == grpc.StatusCode.UNAUTHENTICATED
    with pytest.raises(grpc.RpcError) as focal:
        stub.ListReferrals(referral_pb2.ListReferralsRequest(), metadata=bearer(tokens("fp-unicef")), timeout=5)
    assert focal.value.code() == grpc.StatusCode.PERMISSION_DENIED

    # The stream sees PMI's decline; the next match (KemenPPPA's UPTD PPA) gets the survivor.
    updates: queue.Queue = queue.Queue()
    watch = stub.WatchReferrals(referral_pb2.WatchReferralsRequest(include_open=True), metadata=bearer(pmi))

    def pump():
        try:
            for update in watch:
                updates.put(update.referral)
        except grpc.RpcError as exc:  # cancelled by the test at the end
            assert exc.code() == grpc.StatusCode.CANCELLED

    threading.Thread(target=pump, daemon=True).start()
    first = updates.get(timeout=10)
    assert first.provider_org == "pmi"
    with pytest.raises(grpc.RpcError) as bad_reason:
        stub.DeclineReferral(referral_pb2.DeclineReferralRequest(referral_id=offered.id, reason="free text"),
                             metadata=bearer(pmi), timeout=5)
    assert bad_reason.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    declined = stub.DeclineReferral(referral_pb2.DeclineReferralRequest(referral_id=offered.id, reason="no_capacity"),
                                    metadata=bearer(pmi), timeout=5)
    assert (declined.status, declined.decline_reason) == ("declined", "no_capacity")
    deadline = time.monotonic() + 10
    while True:
        update = updates.get(timeout=max(0.1, deadline - time.monotonic()))
        if update.id == offered.id and update.status == "declined":
            break
    watch.cancel()

    kemenpppa = tokens("provider-kemenpppa")
    next_one = _wait_referral(stub, kemenpppa, reference)
    assert (next_one.provider_id, next_one.previous_id) == ("plu-uptd-ppa", offered.id)
    accepted = stub.AcceptReferral(referral_pb2.AcceptReferralRequest(referral_id=next_one.id),
                                   metadata=bearer(kemenpppa), timeout=5)
    assert accepted.status == "accepted"
    done = stub.CompleteReferral(referral_pb2.CompleteReferralRequest(referral_id=next_one.id),
                                 metadata=bearer(kemenpppa), timeout=5)
    assert done.status == "completed"
    with pytest.raises(grpc.RpcError) as late:
        stub.DeclineReferral(referral_pb2.DeclineReferralRequest(referral_id=next_one.id, reason="other"),
                             metadata=bearer(kemenpppa), timeout=5)
    assert late.value.code() == grpc.StatusCode.FAILED_PRECONDITION

    events = read_events(cases_topic, reference=reference, wait=25, want=7)
    types = [e["type"] for e in events]
    assert types == ["case.assigned.v1", "consent.recorded.v1", "referral.created.v1", "referral.declined.v1",
                     "referral.created.v1", "referral.accepted.v1", "referral.completed.v1"]
    assert events[1]["data"]["purposes"] == ["referral", "share_with_org"]
    assert events[1]["data"]["channel"] == "whatsapp"
    assert events[4]["data"]["previous_referral_id"] == offered.id
    assert all("v1.bm90LXJlYWw" not in str(e) for e in events[1:])


def test_no_consent_no_referral_then_consent_given_refers(referral, producer, tokens, read_events):
    triage_topic, cases_topic = referral["topics"]
    stub = _stub(referral)
    reference = _reference()
    producer.send(triage_topic, key=reference.encode(),
                  value=_triaged(reference, consent=False).to_bytes()).get(timeout=10)
    recorded = read_events(cases_topic, reference=reference, wait=20, want=2)
    assert [e["type"] for e in recorded] == ["case.assigned.v1", "consent.recorded.v1"]
    assert recorded[1]["data"]["purposes"] == ["share_with_org"]  # referral not among them
    coordinator = tokens("coordinator")
    with pytest.raises(grpc.RpcError) as override:
        stub.OverrideConsent(referral_pb2.OverrideConsentRequest(reference=reference, reason="x" * 20),
                             metadata=bearer(coordinator), timeout=5)
    # Not a child's case: there is nothing that may override the survivor's choice.
    assert override.value.code() in (grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.UNAVAILABLE)
    consent = stub.RecordConsent(referral_pb2.RecordConsentRequest(
        reference=reference, action="given", purposes=["referral"], channel="hotline"),
        metadata=bearer(coordinator), timeout=5)
    assert consent.status == "given" and "referral" in consent.purposes
    offered = _wait_referral(stub, coordinator, reference)
    assert offered.provider_id == "plu-pmi"
    suggestions = stub.SuggestProviders(referral_pb2.SuggestProvidersRequest(reference=reference),
                                        metadata=bearer(coordinator), timeout=5).suggestions
    assert [s.provider_id for s in suggestions][:2] == ["plu-uptd-ppa", "plu-pmi"] or \
        {s.provider_id for s in suggestions} >= {"plu-pmi", "plu-uptd-ppa"}


def test_investigation_status_and_transfer(referral, producer, partner_token, tokens, read_events):
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    producer.send(triage_topic, key=reference.encode(), value=_triaged(reference, consent=False).to_bytes()
                  ).get(timeout=10)
    cases = cases_stub(referral["address"])
    unicef, pmi = partner_token("unicef"), partner_token("pmi")
    deadline = time.monotonic() + 20
    while True:
        try:
            reported = cases.ReportInvestigationStatus(cases_pb2.ReportInvestigationStatusRequest(
                reference=reference, status="in_progress"), metadata=bearer(unicef), timeout=5)
            break
        except grpc.RpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND or time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    assert reported.investigation_status == "in_progress"
    with pytest.raises(grpc.RpcError) as other:
        cases.ReportInvestigationStatus(cases_pb2.ReportInvestigationStatusRequest(
            reference=reference, status="closed"), metadata=bearer(pmi), timeout=5)
    assert other.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.RpcError) as no_reason:
        cases.TransferCase(cases_pb2.TransferCaseRequest(reference=reference, to_org="pmi"),
                           metadata=bearer(tokens("fp-unicef")), timeout=5)
    assert no_reason.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    moved = cases.TransferCase(cases_pb2.TransferCaseRequest(reference=reference, to_org="pmi",
                                                             reason="employer_identified"),
                               metadata=bearer(tokens("fp-unicef")), timeout=5)
    assert moved.assignee.username == "fp-pmi" and moved.status == "assigned"
    seen = cases.GetCase(cases_pb2.GetCaseRequest(reference=reference), metadata=bearer(tokens("fp-pmi")), timeout=5)
    assert seen.org_id == "pmi"
    # Publication is at least once (an outbox relay may send an event again after a failed clear) and consumers
    # deduplicate on the id, so the journey is read as they read it: each event id once.
    events = list({e["id"]: e for e in read_events(cases_topic, reference=reference, wait=20)}.values())
    types = [e["type"] for e in events]
    assert types == ["case.assigned.v1", "consent.recorded.v1", "case.investigation.updated.v1",
                     "case.transferred.v1", "case.assigned.v1"]
    assert events[3]["data"] == {**events[3]["data"], "from_org": "unicef", "to_org": "pmi",
                                 "reason": "employer_identified"}
    assert events[4]["data"]["assignee"]["username"] == "fp-pmi"


def test_closing_event_carries_the_finding_as_its_outcome(referral, producer, partner_token, read_events):
    # The reporter's receipt learns how a case ended from the closing event alone (intake keeps no earlier one),
    # and a finding withdrawn by reopening is not the outcome.
    triage_topic, cases_topic = referral["topics"]
    reference = _reference()
    producer.send(triage_topic, key=reference.encode(), value=_triaged(reference, consent=False).to_bytes()
                  ).get(timeout=10)
    cases = cases_stub(referral["address"])
    unicef = partner_token("unicef")
    deadline = time.monotonic() + 20
    steps = ["unsubstantiated", "in_progress", "substantiated", "closed"]
    while True:
        try:
            cases.ReportInvestigationStatus(cases_pb2.ReportInvestigationStatusRequest(
                reference=reference, status=steps[0]), metadata=bearer(unicef), timeout=5)
            break
        except grpc.RpcError as exc:
            if exc.code() != grpc.StatusCode.NOT_FOUND or time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    for status in steps[1:]:
        cases.ReportInvestigationStatus(cases_pb2.ReportInvestigationStatusRequest(
            reference=reference, status=status), metadata=bearer(unicef), timeout=5)
    events = [e for e in read_events(cases_topic, reference=reference, wait=30, want=6)
              if e["type"] == "case.investigation.updated.v1"]
    assert [(e["data"]["status"], e["data"]["outcome"]) for e in events] == [
        ("unsubstantiated", "unsubstantiated"), ("in_progress", None), ("substantiated", "substantiated"),
        ("closed", "substantiated")]
    assert events[-1]["data"]["previous_status"] == "substantiated"  # the old field stays

"""Referral reads report.triaged.v1 and triage.confirmed.v1 through their typed payloads (pseah.common.payloads):
a decision as triage publishes it is handled from typed fields; one that breaks its contract is dead-lettered with
the reason, and nothing is read, written or flushed."""
from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace

import pytest

from pseah.common.events import EventTypes, Topics, new_event
from pseah.referral import streams
from pseah.referral.cases import confirmed as confirmed_flow
from pseah.referral.cases import flows
from pseah.referral.cases.assignment import Assignee

REFERENCE = "PSEAH-7K3F9QX2"
FP = Assignee(username="fp-unicef", email="fp-unicef@unicef.example", role="focal_point", org_id="unicef")
SETTINGS = SimpleNamespace(cases_topic=Topics.CASES, case_url=lambda ref: f"http://portal/cases/{ref}")


def triaged(**changes):
    """report.triaged.v1 with the fields triage's decide() writes."""
    data = {"reference": REFERENCE, "channel": "web", "region_code": "3203", "category": "sexual_abuse",
            "perpetrator_type": "aid_worker", "child_involved": True, "urgent_medical": False, "priority": "critical",
            "confidence": 0.8, "org_id": "unicef", "route": "focal_point", "survivor_services": True,
            "services": ["psychosocial"], "consent": {"referral": True, "contact": False, "share_with_org": True},
            "language": "id", "survivor_gender": "female", "survivor_age_group": "child",
            "deadlines": [{"kind": "acknowledgement", "due_at": "2030-01-02T03:00:00+00:00"}],
            "sealed": {"narrative": "v1.c2VhbGVk", "contact": None, "perpetrator_description": None,
                       "place_text": None, "perpetrator_org_text": None, "reasons": "v1.cmVhc29ucw"}}
    data.update(changes)
    return new_event(type=EventTypes.REPORT_TRIAGED, source="pseah/triage", subject=REFERENCE, data=data,
                     actor="pseah-triage")


def confirmed(**changes):
    data = {"reference": REFERENCE, "confirmed_at": "2030-01-01T00:00:00+00:00", "role": "triage_officer",
            "overridden": True, "changed": ["org_id"], "previous": {"org_id": "pmi"}, "category": "sexual_abuse",
            "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": True, "priority": "high",
            "org_id": "unicef", "route": "focal_point", "survivor_services": True, "services": [],
            "deadlines": [], "sealed": {"reason": "v1.cmVhc29u"}}
    data.update(changes)
    return new_event(type=EventTypes.TRIAGE_CONFIRMED, source="pseah/triage", subject=REFERENCE, data=data,
                     actor="triage-officer")


class Recorder:
    """Every store, directory and outbox call a handler makes, by name."""

    def __init__(self, monkeypatch):
        self.calls: list[tuple[str, dict]] = []

        def record(name, result=None):
            def call(*args, **kwargs):
                self.calls.append((name, kwargs))
                return result
            return call

        async def choose(**kwargs):
            self.calls.append(("choose", kwargs))
            return "focal_point", FP

        monkeypatch.setattr(flows.service, "get", record("get"))
        monkeypatch.setattr(flows.assignment, "choose", choose)
        monkeypatch.setattr(flows.referral_flows, "after_triaged", record("after_triaged", []))

        # A poll's cases and consents (cases.flows.on_triaged_all): built for real, their inserts recorded.
        def insert_all(cases):
            self.calls.append(("insert_all", {"references": [case.reference for case in cases], "cases": cases}))
            return [(SimpleNamespace(reference=case.reference, owner_org=case.owner_org, has_pending=False), True)
                    for case in cases]

        def insert_all_initial(consents):
            self.calls.append(("insert_all_initial", {"references": [consent.reference for consent in consents]}))
            return [(consent, True) for consent in consents]

        monkeypatch.setattr(flows.service, "insert_all", insert_all)
        monkeypatch.setattr(flows.consent_service, "insert_all_initial", insert_all_initial)
        monkeypatch.setattr(confirmed_flow, "apply", record("apply", (None, False)))
        self.flush = record("flush")

    def names(self):
        return [name for name, _ in self.calls]


class FakeProducer:
    def __init__(self, flush):
        self.flush = flush
        self.letters = []
        self.first: list[list] = []

    def publish_first(self, docs, *, contexts=None):
        self.first.append(list(docs))
        return 0  # as with Kafka away: the documents keep their events for the outbox

    def dead_letter(self, **kwargs):
        self.letters.append(kwargs)


def message(event):
    return SimpleNamespace(value=event.to_bytes(), key=event.key, headers=[],
                           message=SimpleNamespace(topic=Topics.TRIAGE))


def test_a_decision_as_triage_publishes_it_becomes_a_case_from_typed_fields(monkeypatch):
    seen = Recorder(monkeypatch)
    monkeypatch.setattr(flows.lists, "refresh", lambda case: case)
    asyncio.run(flows.handlers.dispatch(triaged(), directory=None, settings=SETTINGS, flush=seen.flush))
    # No read before the insert: the insert keyed by reference is the idempotency.
    assert seen.names() == ["choose", "insert_all", "insert_all_initial", "flush", "after_triaged"]
    [case] = dict(seen.calls)["insert_all"]["cases"]
    assert (case.priority, case.org_id, case.route, case.sealed["reasons"]) == (
        "critical", "unicef", "focal_point", "v1.cmVhc29ucw")
    assert json.loads(case.pending_events[0]["value"])["data"]["portal_url"] == f"http://portal/cases/{REFERENCE}"
    assert dict(seen.calls)["after_triaged"]["consent_block"] == {"referral": True, "contact": False,
                                                                  "share_with_org": True}


@pytest.mark.parametrize("event", [
    triaged(priority="whenever"),                   # outside the enumeration
    triaged(route=None),                            # required
    triaged(deadlines=[{"kind": "acknowledgement"}]),  # a deadline without its time
    triaged(reference="../../etc"),                 # could be no case's key
    confirmed(overridden=None),                     # required
    confirmed(category="gossip"),
], ids=["priority", "route", "deadline", "reference", "confirmed-overridden", "confirmed-category"])
def test_a_payload_that_breaks_its_contract_is_dead_lettered_with_the_reason_and_nothing_else(monkeypatch, event):
    seen = Recorder(monkeypatch)
    producer = FakeProducer(seen.flush)
    asyncio.run(streams.handle_poll([message(event)], directory=None, settings=SETTINGS, producer=producer))
    assert producer.letters == [{"topic": Topics.TRIAGE, "key": event.key, "value": event.to_bytes(),
                                 "reason": "payload_breaks_contract"}]
    assert seen.calls == []


def test_a_confirmation_is_applied_from_typed_fields(monkeypatch):
    seen = Recorder(monkeypatch)
    case = SimpleNamespace(reference=REFERENCE, confirmed_event_id=None, has_pending=False, owner_org="pmi")
    monkeypatch.setattr(confirmed_flow.service, "get", lambda **kw: case)
    monkeypatch.setattr(confirmed_flow.assignment, "choose", flows.assignment.choose)
    event = confirmed()
    asyncio.run(flows.handlers.dispatch(event, directory=None, settings=SETTINGS, flush=seen.flush))
    applied = dict(seen.calls)["apply"]
    assert applied["confirmed"].urgent_medical is True and applied["confirmed"].org_id == "unicef"
    assert applied["event_id"] == event.id and applied["actor"] == "triage-officer"


def test_what_referral_publishes_keeps_the_contract_its_consumers_decode():
    """case.assigned.v1 (with the deadlines notification reads) and referral.* from the functions that write them."""
    from datetime import UTC, datetime

    from pseah.common import payloads
    from pseah.referral.cases import service as case_service
    from pseah.referral.cases.models import Case
    from pseah.referral.referrals import service as referral_service
    from pseah.referral.referrals.models import Referral

    due = datetime(2030, 1, 2, 3, tzinfo=UTC)
    case = Case(reference=REFERENCE, org_id=None, owner_org="pseah-network", queue="coordinator", priority="high",
                deadlines=[{"kind": "acknowledgement", "due_at": due}])
    assigned = payloads.decode(new_event(
        type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject=REFERENCE,
        data=case_service.assigned_event_data(case=case, assignee=FP, portal_url="http://portal/cases/x")))
    assert assigned.deadlines[0].due_at == due and assigned.assignee.email == FP.email
    doc = Referral(id="r-1", reference=REFERENCE, service_type="psychosocial", provider_id="pulih",
                   provider_org="pulih", status="declined", previous_id=None)
    declined = payloads.decode(new_event(type=EventTypes.REFERRAL_DECLINED, source="pseah/referral",
                                         subject=REFERENCE,
                                         data=referral_service.event_data(doc, reason="no_capacity")))
    assert (declined.status, declined.reason, declined.rank) == ("declined", "no_capacity", 1)
    created = Referral(id="r-2", reference=REFERENCE, service_type="medical", provider_id="rs", provider_org="",
                       respond_by=due, previous_id="r-1", basis="override")
    offered = payloads.decode(new_event(type=EventTypes.REFERRAL_CREATED, source="pseah/referral",
                                        subject=REFERENCE, data=referral_service.event_data(created)))
    assert offered.respond_by == due and offered.consent_override is True and offered.previous_referral_id == "r-1"


def test_a_completion_with_a_reason_is_refused_so_referral_completed_never_breaks_its_contract():
    """The contract's reason is a decline or failure code; a partner's free text on a completion would be both
    outside it (dead-lettered by every consumer) and possibly content. Refused up front, nothing changes."""
    from pseah.referral.referrals import lifecycle

    lifecycle.check("accepted", "completed")
    lifecycle.check("accepted", "completed", reason=None)
    for reason in ("the survivor is safe now", "no_capacity"):
        with pytest.raises(lifecycle.InvalidReason):
            lifecycle.check("accepted", "completed", reason=reason)


def test_a_poll_assigns_each_case_then_places_them_in_the_lists_together_and_a_bad_one_alone_is_parked(monkeypatch):
    seen = Recorder(monkeypatch)
    refs = ["PSEAH-7K3F9QX3", "PSEAH-7K3F9QX4"]
    placed = []
    monkeypatch.setattr(streams.case_lists, "refresh_all", lambda cases: placed.append([c.reference for c in cases]))
    producer = FakeProducer(seen.flush)
    bad = triaged(priority="whenever")
    events = [triaged(reference=refs[0]), bad, triaged(reference=refs[1])]
    handed = asyncio.run(streams.handle_poll([message(e) for e in events], directory=None, settings=SETTINGS,
                                             producer=producer))
    assert [e.id for e in handed] == [events[0].id, events[2].id]
    assert placed == [refs]  # once, for the poll, after every case was made
    # The poll's cases and consents: Kafka first together (cases first), then one insert each.
    assert [[doc.reference for doc in docs] for docs in producer.first] == [refs + refs]
    assert [type(doc).__name__ for doc in producer.first[0]] == ["Case", "Case", "Consent", "Consent"]
    assert [(name, kwargs["references"]) for name, kwargs in seen.calls if name.startswith("insert_all")] == [
        ("insert_all", refs), ("insert_all_initial", refs)]
    assert [kwargs["case"].reference for name, kwargs in seen.calls if name == "after_triaged"] == refs
    assert all(kwargs["consent"] is not None for name, kwargs in seen.calls if name == "after_triaged")
    assert [letter["reason"] for letter in producer.letters] == ["payload_breaks_contract"]


def test_a_confirmation_in_the_same_poll_comes_after_the_cases_made_before_it_are_placed(monkeypatch):
    seen = Recorder(monkeypatch)
    order = []
    monkeypatch.setattr(streams.case_lists, "refresh_all", lambda cases: order.append(("placed", len(cases))))
    monkeypatch.setattr(confirmed_flow.service, "get", _recording(order))  # the confirmation's first step
    events = [triaged(), confirmed()]
    asyncio.run(streams.handle_poll([message(e) for e in events], directory=None, settings=SETTINGS,
                                    producer=FakeProducer(seen.flush)))
    assert order == [("placed", 1), ("confirmed",)]


def _recording(order):
    def get(**kwargs):
        order.append(("confirmed",))  # and no case found: nothing else happens
    return get


class CountingDirectory:
    def __init__(self):
        self.asked: list[str] = []

    async def focal_point(self, org_id):
        self.asked.append(org_id)
        return Assignee(username=f"fp-{org_id}", email=f"fp@{org_id}.example", role="focal_point", org_id=org_id)

    async def coordinator(self):
        self.asked.append("coordinator")
        return Assignee(username="coord", email="coord@pseah.example", role="coordinator", org_id="pseah")


def test_a_poll_asks_the_directory_once_for_each_organisation_and_a_retried_poll_asks_again(monkeypatch):
    holders = {}

    def insert_all(cases):
        holders.update({case.reference: case.assignee["username"] for case in cases})
        return [(case, True) for case in cases]

    monkeypatch.setattr(flows.service, "insert_all", insert_all)
    monkeypatch.setattr(flows.consent_service, "insert_all_initial", lambda consents: [(c, True) for c in consents])
    monkeypatch.setattr(flows.referral_flows, "after_triaged", lambda **kwargs: [])
    monkeypatch.setattr(streams.case_lists, "refresh_all", lambda cases: None)
    refs = [f"PSEAH-7K3F9Q{n}A" for n in range(5)]
    orgs = ["unicef", "pmi", "unicef", None, "unicef"]
    events = [triaged(reference=ref, org_id=org, route="focal_point" if org else "coordinator")
              for ref, org in zip(refs, orgs)]
    directory = CountingDirectory()
    asyncio.run(streams.handle_poll([message(e) for e in events], directory=directory, settings=SETTINGS,
                                    producer=FakeProducer(lambda *a, **k: None)))
    assert [holders[ref] for ref in refs] == ["fp-unicef", "fp-pmi", "fp-unicef", "coord", "fp-unicef"]
    assert sorted(directory.asked) == ["coordinator", "pmi", "unicef"]
    asyncio.run(streams.handle_poll([message(events[0])], directory=directory, settings=SETTINGS,
                                    producer=FakeProducer(lambda *a, **k: None)))
    assert directory.asked.count("unicef") == 2  # nothing kept from one poll to the next

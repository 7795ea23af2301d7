"""Notification reads event data through the typed payloads (pseah.common.payloads), decoded once per event in
dispatch: events as referral and triage publish them are handled from typed fields; one that breaks its contract is
dead-lettered with the reason, and nothing is sent, stored or queued."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from pseah.common.events import EventTypes, Topics, new_event
from pseah.notification import streams
from pseah.notification.config import Settings
from pseah.notification.notifications import flows, service
from pseah.notification.webhooks import flows as webhook_flows

REF = "PSEAH-ABCD1234"
SETTINGS = Settings(portal_url="http://portal.test", coordinator_email="coordinator@pseah-network.example")
AT = "2030-01-02T03:00:00+00:00"


def event(type_, **data):
    return new_event(type=type_, source="pseah/test", subject=REF, data={"reference": REF, **data})


def triaged(**changes):
    """report.triaged.v1 as triage's decide() writes it."""
    data = {"channel": "whatsapp", "region_code": "3203", "category": "sexual_exploitation",
            "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
            "confidence": 0.7, "org_id": "unicef", "route": "focal_point", "survivor_services": True,
            "services": [], "consent": {"referral": True, "contact": True, "share_with_org": True},
            "language": "id", "survivor_gender": None, "survivor_age_group": "unknown",
            "deadlines": [{"kind": "acknowledgement", "due_at": AT}],
            "sealed": {"narrative": "v1.bmFycmF0aXZl", "contact": "v1.Y29udGFjdA", "perpetrator_description": None,
                       "place_text": None, "perpetrator_org_text": None, "reasons": "v1.cmVhc29ucw"}}
    return event(EventTypes.REPORT_TRIAGED, **{**data, **changes})


def assigned(**changes):
    """case.assigned.v1 as referral's assigned_event_data writes it (with the case's deadlines)."""
    data = {"org_id": "unicef", "queue": "focal_point", "priority": "critical",
            "assignee": {"username": "fp-unicef", "email": "fp-unicef@unicef.example", "role": "focal_point"},
            "portal_url": f"http://portal.test/cases/{REF}",
            "deadlines": [{"kind": "investigation", "due_at": "2030-01-10T00:00:00+00:00"},
                          {"kind": "acknowledgement", "due_at": AT}]}
    return event(EventTypes.CASE_ASSIGNED, **{**data, **changes})


class World:
    """Every outlet and store call dispatch can make, recorded by name."""

    def __init__(self, monkeypatch):
        self.calls: list[tuple[str, dict]] = []
        monkeypatch.setattr(flows.recipients, "remember_reporter", self.record("remember_reporter"))
        monkeypatch.setattr(service, "begin_all", self.record("begin_all", [(SimpleNamespace(
            id="n1", status="sent", has_pending=False), False)]))
        monkeypatch.setattr(webhook_flows.webhooks, "for_event", self.record("for_event", []))
        monkeypatch.setattr(webhook_flows.webhooks, "routes_of", self.record("routes_of", {}))
        monkeypatch.setattr(flows, "tell_reporter", self.record("tell_reporter", "ignored"))
        self.outlets = flows.Outlets(send=self.record("send"), client=None, dead_letter=self.record("dead_letter"),
                                     schedule=self.record("schedule"))
        self.letters = []
        self.producer = SimpleNamespace(flush=self.record("flush"),
                                        dead_letter=lambda **kw: self.letters.append(kw))

    def record(self, name, result=None):
        def call(*args, **kwargs):
            self.calls.append((name, {**kwargs, **({"args": args} if args else {})}))
            return result
        return call

    def handle(self, cause):
        message = SimpleNamespace(value=cause.to_bytes(), key=cause.key, headers=[],
                                  message=SimpleNamespace(topic=Topics.CASES, partition=0, offset=0))
        asyncio.run(streams.handle_poll([message], settings=SETTINGS, outlets=self.outlets, producer=self.producer))


def test_a_triaged_report_remembers_the_reporter_from_typed_fields(monkeypatch):
    world = World(monkeypatch)
    world.handle(triaged())
    assert world.letters == []
    [(name, kwargs)] = world.calls
    assert name == "remember_reporter"
    assert kwargs == {"reference": REF, "consent": {"referral": True, "contact": True, "share_with_org": True},
                      "report_channel": "whatsapp", "sealed_contact": "v1.Y29udGFjdA"}


def test_an_assignment_is_sent_with_the_earliest_deadline_from_typed_fields(monkeypatch):
    world = World(monkeypatch)
    world.handle(assigned())
    assert world.letters == []
    [intent] = dict(world.calls)["begin_all"]["intents"]
    assert (intent.recipient, intent.recipient_role, intent.recipient_org) == (
        "fp-unicef@unicef.example", "focal_point", "unicef")
    assert intent.deadline == datetime(2030, 1, 2, 3, tzinfo=UTC)
    assert dict(world.calls)["routes_of"] == {"args": (["unicef"],)}  # the poll's routes, read once
    assert dict(world.calls)["for_event"] == {"org_id": "unicef", "event_type": EventTypes.CASE_ASSIGNED,
                                              "routes": {}}


@pytest.mark.parametrize("cause", [
    triaged(priority=None),
    triaged(sealed=None),
    assigned(priority="whenever"),
    assigned(assignee=None),
    event(EventTypes.DEADLINE_BREACHED, kind="acknowledgement"),                      # no due_at
    event(EventTypes.REFERRAL_CREATED, provider_org="pmi"),                           # ids and status missing
    event(EventTypes.CASE_TRANSFERRED, from_org="unicef", to_org="pmi", reason="bored", transferred_at=AT),
    event(EventTypes.CASE_ACKNOWLEDGED, owner_org="unicef"),                          # no acknowledged_at
], ids=["triaged-priority", "triaged-sealed", "assigned-priority", "assigned-assignee", "breached-due_at",
        "referral-ids", "transferred-reason", "acknowledged-at"])
def test_an_event_that_breaks_its_contract_is_dead_lettered_with_the_reason_and_nothing_else(monkeypatch, cause):
    world = World(monkeypatch)
    world.handle(cause)
    assert world.letters == [{"topic": Topics.CASES, "key": cause.key, "value": cause.to_bytes(),
                              "reason": "payload_breaks_contract"}]
    assert world.calls == []


def test_events_nothing_here_handles_are_skipped_without_decoding(monkeypatch):
    world = World(monkeypatch)
    world.handle(new_event(type=EventTypes.REPORT_LINKED, source="pseah/triage", subject=REF, data={}))
    assert world.letters == [] and world.calls == []


def test_a_status_event_goes_to_partners_then_to_the_reporter_and_mails_nobody(monkeypatch):
    world = World(monkeypatch)
    world.handle(event(EventTypes.CASE_ACKNOWLEDGED, owner_org="unicef", acknowledged_at=AT))
    assert world.letters == []
    assert [name for name, _ in world.calls] == ["routes_of", "for_event", "tell_reporter"]


def test_what_each_event_type_does_here_is_one_table_in_the_order_it_runs():
    table = flows.handlers.table()
    assert table[EventTypes.CASE_ASSIGNED] == ["email", "webhooks"]
    assert table[EventTypes.DEADLINE_BREACHED] == ["email"]
    assert table[EventTypes.REPORT_TRIAGED] == ["reporter"]
    assert all(table[t] == ["webhooks", "reporter"] for t in flows.STATUS_EVENTS)
    assert EventTypes.REPORT_LINKED not in table and EventTypes.NOTIFICATION_SENT not in table

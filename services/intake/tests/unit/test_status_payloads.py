"""The status consumer decodes a status event's typed payload once (report.service.status_payload) and hands it to
every step; one that breaks its contract is dead-lettered with dlq_reason payload_breaks_contract and moves nothing,
and a record that is no CloudEvent at all with not_a_cloudevent."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from pymongo.errors import BulkWriteError, DuplicateKeyError

from pseah.common import payloads
from pseah.common.events import EventTypes, Topics, new_event
from pseah.intake import status_consumer
from pseah.intake.report import service

REF = "PSEAH-TEST0001"
ASSIGNED = {"reference": REF, "org_id": "unicef", "queue": "focal_point", "priority": "high",
            "assignee": {"username": "fp-unicef", "email": "fp@unicef.example", "role": "focal_point"},
            "portal_url": f"http://127.0.0.1:8000/cases/{REF}"}
CLOSED = {"reference": REF, "owner_org": "unicef", "status": "closed", "previous_status": "substantiated",
          "outcome": None, "reported_at": "2026-12-01T08:00:00+00:00"}


def _event(type_, data):
    return new_event(type=type_, source="pseah/referral", subject=REF, data=data)


class Store:
    """The store-facing steps of the consumer, recorded instead of written: the ReportStatus collection's commands."""

    moves = True  # whether the status stands below the event's rank (else its upsert is refused as a duplicate)

    def __init__(self, monkeypatch):
        self.calls = []
        self.held: dict[str, int] = {}  # the ranks the read of a poll of several finds
        monkeypatch.setattr(service, "ReportStatus", SimpleNamespace(_get_collection=lambda: self))
        monkeypatch.setattr(status_consumer.erasure, "schedule_closed",
                            lambda **kw: self.calls.append(("schedule_closed", kw["outcome"])))

    def find(self, filter_, projection):
        ids = filter_["_id"]["$in"]
        self.calls.append(("find", ids))
        return [{"_id": ref, "rank": self.held[ref]} for ref in ids if ref in self.held]

    def bulk_write(self, ops, ordered):
        for op in ops:
            self.calls.append(("update", op._filter, op._doc, op._upsert))
        if not self.moves and any(op._upsert for op in ops):
            raise BulkWriteError({"writeErrors": [{"index": 0, "code": 11000}]})

    def update_one(self, filter_, update, upsert=False):
        self.calls.append(("update", filter_, update, upsert))
        if not self.moves and upsert:
            raise DuplicateKeyError("E11000")


def test_a_closing_update_is_decoded_once_and_every_step_reads_the_typed_fields(monkeypatch):
    store = Store(monkeypatch)
    decoded = []
    real = payloads.payload  # decode() and every direct read go through it
    monkeypatch.setattr(payloads, "payload", lambda event, model=None: decoded.append(event.type) or real(event, model))
    assert status_consumer.handle(raw=_event(EventTypes.CASE_INVESTIGATION_UPDATED, CLOSED).to_bytes()) == "moved"
    assert decoded == [EventTypes.CASE_INVESTIGATION_UPDATED]
    [update] = [c for c in store.calls if c[0] == "update"]
    assert update[2]["$set"]["status"] == "closed" and update[2]["$set"]["outcome"] == "substantiated"
    assert ("schedule_closed", "substantiated") in store.calls


def test_an_assignment_records_the_holder_from_the_typed_payload_in_the_same_write_as_the_status(monkeypatch):
    store = Store(monkeypatch)
    assert status_consumer.handle(raw=_event(EventTypes.CASE_ASSIGNED, ASSIGNED).to_bytes()) == "moved"
    [update] = [c for c in store.calls if c[0] == "update"]
    assert update[1] == {"_id": REF, "rank": {"$lt": service.STATUS_RANK["assigned"]}} and update[3] is True
    assert update[2]["$set"]["assigned_org"] == "unicef" and update[2]["$set"]["status"] == "assigned"
    assert update[2]["$push"]["history"]["status"] == "assigned"


def test_a_reassignment_of_a_case_further_on_changes_its_holder_and_not_its_status(monkeypatch):
    store = Store(monkeypatch)
    store.moves = False  # the case is already acknowledged or under investigation
    assert status_consumer.handle(raw=_event(EventTypes.CASE_ASSIGNED, ASSIGNED).to_bytes()) == "unchanged"
    updates = [c for c in store.calls if c[0] == "update"]
    assert updates[-1] == ("update", {"_id": REF}, {"$set": {"assigned_org": "unicef"}}, None)  # no upsert


def test_a_poll_is_applied_in_one_command_in_rank_order(monkeypatch):
    # assigned arrives before triaged (two topics); in rank order both land and both enter the history.
    store = Store(monkeypatch)
    triaged = new_event(type=EventTypes.REPORT_TRIAGED, source="pseah/triage", subject=REF, data={})
    raws = [_event(EventTypes.CASE_ASSIGNED, ASSIGNED).to_bytes(), triaged.to_bytes(),
            _event(EventTypes.REFERRAL_CREATED, {}).to_bytes()]
    assert status_consumer.handle_all(raws=raws) == ["moved", "moved", "ignored"]
    assert store.calls[0] == ("find", [REF])  # the ranks held, one read for the poll
    updates = [c for c in store.calls if c[0] == "update"]
    assert [u[2]["$set"]["status"] for u in updates] == ["triaged", "assigned"]


def test_moves_at_or_below_the_rank_held_are_left_out_of_the_bulk_and_their_holder_kept(monkeypatch):
    # A redelivered assignment, and an assignment of a case already acknowledged: nothing to upsert, so nothing
    # refused; the holder is still written.
    store = Store(monkeypatch)
    store.held = {REF: service.STATUS_RANK["acknowledged"]}
    raws = [_event(EventTypes.CASE_ASSIGNED, ASSIGNED).to_bytes()] * 2
    assert status_consumer.handle_all(raws=raws) == ["unchanged", "unchanged"]
    updates = [c for c in store.calls if c[0] == "update"]
    assert store.calls[0] == ("find", [REF])
    assert updates == [("update", {"_id": REF}, {"$set": {"assigned_org": "unicef"}}, None)] * 2


def test_a_poll_refused_after_the_read_is_applied_again_one_by_one_and_tells_what_moved(monkeypatch):
    # Another writer moved the status between the read and the bulk (or a single move is refused).
    store = Store(monkeypatch)
    store.moves = False
    raws = [_event(EventTypes.CASE_ASSIGNED, ASSIGNED).to_bytes(),
            new_event(type=EventTypes.CASE_ACKNOWLEDGED, source="pseah/referral", subject=REF, data={}).to_bytes()]
    assert status_consumer.handle_all(raws=raws) == ["unchanged", "unchanged"]
    # the bulk (2), then each alone (2), then the holder of the assignment (1)
    assert len([c for c in store.calls if c[0] == "update"]) == 5


class Publisher:
    def __init__(self):
        self.sent = []

    def producer(self):
        return self

    def send(self, topic, *, key, value, headers):
        self.sent.append((topic, key, value, headers))
        return SimpleNamespace(get=lambda timeout=None: None)


def _record(value: bytes):
    return SimpleNamespace(topic=Topics.CASES, key=REF.encode(), value=value, offset=3, headers=[("traceparent", b"x")])


@pytest.mark.parametrize("value,reason", [
    (_event(EventTypes.CASE_ASSIGNED, {**ASSIGNED, "priority": "whenever"}).to_bytes(), b"payload_breaks_contract"),
    (_event(EventTypes.CASE_INVESTIGATION_UPDATED, {**CLOSED, "status": "vanished"}).to_bytes(),
     b"payload_breaks_contract"),
    (_event(EventTypes.CASE_INVESTIGATION_UPDATED, {"reference": REF, "status": "closed"}).to_bytes(),
     b"payload_breaks_contract"),
    (b'{"not": "a cloudevent"}', b"not_a_cloudevent"),
], ids=["assigned-priority", "investigation-status", "investigation-fields", "not-a-cloudevent"])
def test_a_record_that_can_never_apply_is_dead_lettered_with_its_reason_and_moves_nothing(monkeypatch, value, reason):
    store = Store(monkeypatch)
    publisher = Publisher()
    status_consumer._process(publisher=publisher, record=_record(value))
    assert publisher.sent == [(Topics.dead_letter(Topics.CASES), REF.encode(), value,
                               [("traceparent", b"x"), ("dlq_reason", reason)])]
    assert store.calls == []

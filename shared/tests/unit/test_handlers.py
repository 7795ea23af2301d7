"""Handlers registered by event type (pseah.common.handlers): the payload decoded once and before anything runs,
every handler of a type in its order, other types untouched, and a table that says what each type does."""
from __future__ import annotations

import asyncio
import threading

import pytest

from pseah.common import payloads
from pseah.common.events import EventTypes, new_event
from pseah.common.handlers import Handlers

ACKNOWLEDGED = dict(reference="PSEA-2026-000123", org_id="unicef", acknowledged_at="2026-12-07T09:00:00Z")


def acknowledged(**changes):
    return new_event(type=EventTypes.CASE_ACKNOWLEDGED, source="test", subject="PSEA-2026-000123",
                     data={**ACKNOWLEDGED, **changes})


def build(calls: list):
    handlers = Handlers("test")

    @handlers.on(EventTypes.CASE_ACKNOWLEDGED, EventTypes.CASE_ERASED)
    async def first(event, data, *, tag):
        calls.append(("first", event.type, type(data).__name__, tag))
        return "one"

    @handlers.on(EventTypes.CASE_ACKNOWLEDGED, decode=None)
    def second(event, data, *, tag):  # synchronous: runs in a worker thread
        calls.append(("second", data, tag, threading.current_thread() is threading.main_thread()))
        return "two"

    return handlers


def test_every_handler_of_the_type_runs_in_order_with_the_typed_payload():
    calls: list = []
    outcomes = asyncio.run(build(calls).dispatch(acknowledged(), tag="t"))
    assert outcomes == {"first": "one", "second": "two"}
    assert calls == [("first", EventTypes.CASE_ACKNOWLEDGED, "CaseAcknowledged", "t"), ("second", None, "t", False)]


def test_a_type_nobody_registered_is_skipped_without_decoding():
    calls: list = []
    handlers = build(calls)
    event = new_event(type=EventTypes.REPORT_TRIAGED, source="test", subject="x", data={"not": "a decision"})
    assert asyncio.run(handlers.dispatch(event, tag="t")) == {}
    assert calls == []
    assert handlers.types == {EventTypes.CASE_ACKNOWLEDGED, EventTypes.CASE_ERASED}
    assert not handlers.handles(EventTypes.REPORT_TRIAGED)


def test_a_payload_outside_its_contract_stops_everything_before_any_handler_runs():
    calls: list = []
    with pytest.raises(payloads.BreaksContract) as raised:
        asyncio.run(build(calls).dispatch(acknowledged(acknowledged_at="not a time"), tag="t"))
    assert raised.value.fields == ["acknowledged_at"]
    assert calls == []  # not even the handler that reads no data


def test_one_decoder_is_applied_once_for_the_handlers_that_share_it():
    handlers, decoded = Handlers("test"), []

    def decode(event):
        decoded.append(event.id)
        return payloads.decode(event)

    for name in ("a", "b"):
        handlers.on(EventTypes.CASE_ACKNOWLEDGED, decode=decode, name=name)(lambda event, data: data.org_id)
    event = acknowledged()
    assert asyncio.run(handlers.dispatch(event)) == {"a": "unicef", "b": "unicef"}
    assert decoded == [event.id]


def test_the_table_names_what_each_type_does_and_a_name_is_registered_once_per_type():
    handlers = build([])
    assert handlers.table() == {EventTypes.CASE_ACKNOWLEDGED: ["first", "second"], EventTypes.CASE_ERASED: ["first"]}
    with pytest.raises(ValueError, match="registered"):
        handlers.on(EventTypes.CASE_ERASED, name="first")(lambda event, data: None)
    with pytest.raises(ValueError, match="at least one"):
        handlers.on()

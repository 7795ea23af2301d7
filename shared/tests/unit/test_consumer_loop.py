"""The consumer loop every service shares (pseah.common.streams.handle_in_order): a message is handled, skipped,
dead-lettered with its reason, or tried again in place with back-off; it never escapes as an exception, which would
crash the faust agent and have the message acknowledged unhandled."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from pymongo.errors import AutoReconnect

from pseah.common import payloads
from pseah.common.events import EventTypes, Topics, new_event
from pseah.common.streams import NOT_A_CLOUDEVENT, Backoff, handle_in_order

REFERENCE = "PSEAH-7K3F9QX2"


def message(value: bytes, key: bytes | None = b"k"):
    return SimpleNamespace(value=value, key=key, headers=[], message=SimpleNamespace(partition=2, offset=41))


def an_event(type_: str = EventTypes.CASE_ASSIGNED):
    return new_event(type=type_, source="pseah/test", subject=REFERENCE, data={"reference": REFERENCE})


class Recorder:
    def __init__(self):
        self.letters: list[dict] = []
        self.pauses: list[float] = []
        self.handled: list[str] = []

    def dead_letter(self, **kwargs) -> None:
        self.letters.append(kwargs)

    async def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)


def run(msg, recorder: Recorder, handle, **options) -> str:
    options = {"dead_letter": recorder.dead_letter, "retry_event": "test_retry", **options}
    return asyncio.run(handle_in_order(msg, consumed=Topics.CASES, handle=handle, span="test.handle",
                                       sleep=recorder.sleep, **options))


def test_an_outage_is_retried_in_place_with_growing_pauses_until_the_message_is_handled():
    recorder, tries = Recorder(), []
    event = an_event()

    async def handle(received):
        tries.append(received.id)
        if len(tries) < 6:
            raise AutoReconnect("127.0.0.1:27017: connection closed")
        return "assigned"

    assert run(message(event.to_bytes()), recorder, handle, backoff=Backoff(first=0.5, limit=4.0)) == "assigned"
    assert tries == [event.id] * 6
    assert recorder.pauses == [0.5, 1.0, 2.0, 4.0, 4.0] and recorder.letters == []


def test_a_payload_outside_its_contract_is_dead_lettered_once_by_its_fields_and_not_retried():
    recorder = Recorder()
    event = an_event()

    async def handle(received):
        raise payloads.BreaksContract(received.type, ["priority"])

    assert run(message(event.to_bytes()), recorder, handle) == "dead_lettered"
    assert recorder.letters == [{"topic": Topics.CASES, "key": b"k", "value": event.to_bytes(),
                                 "reason": payloads.BREAKS_CONTRACT}]
    assert recorder.pauses == []


def test_a_record_that_is_no_cloudevent_is_dead_lettered_as_such_without_calling_the_handler():
    recorder = Recorder()

    async def handle(received):
        recorder.handled.append(received.id)

    assert run(message(b'{"not": "a cloudevent"}'), recorder, handle) == "dead_lettered"
    assert recorder.handled == [] and [letter["reason"] for letter in recorder.letters] == [NOT_A_CLOUDEVENT]


def test_an_error_of_the_kinds_named_unprocessable_is_dead_lettered_by_its_type():
    class KeyGone(Exception):
        pass

    recorder = Recorder()

    async def handle(received):
        raise KeyGone(received.subject)

    assert run(message(an_event().to_bytes()), recorder, handle, unprocessable=(KeyGone,)) == "dead_lettered"
    assert [letter["reason"] for letter in recorder.letters] == ["KeyGone"]


def test_types_not_handled_here_are_skipped_untouched():
    recorder = Recorder()

    async def handle(received):
        recorder.handled.append(received.type)

    other = an_event(EventTypes.REPORTER_MESSAGE_POSTED)
    assert run(message(other.to_bytes()), recorder, handle, types={EventTypes.CASE_ASSIGNED}) == "skipped"
    assert run(message(an_event().to_bytes()), recorder, handle, types={EventTypes.CASE_ASSIGNED}) == "handled"
    assert recorder.handled == [EventTypes.CASE_ASSIGNED] and recorder.letters == []


def test_without_a_dead_letter_topic_what_can_never_succeed_is_skipped_not_retried():
    recorder = Recorder()

    async def handle(received):
        raise ValueError("not ours")

    assert run(message(an_event().to_bytes()), recorder, handle, dead_letter=None) == "skipped"
    assert recorder.pauses == []


def test_a_failing_dead_letter_topic_is_retried_too_so_the_message_is_never_dropped():
    recorder, tries = Recorder(), []

    def dead_letter(**kwargs):
        tries.append(kwargs["reason"])
        if len(tries) < 3:
            raise OSError("kafka away")
        recorder.letters.append(kwargs)

    async def handle(received):
        raise payloads.BreaksContract(received.type, ["org_id"])

    assert run(message(an_event().to_bytes()), recorder, handle, dead_letter=dead_letter) == "dead_lettered"
    assert tries == [payloads.BREAKS_CONTRACT] * 3 and recorder.pauses == [0.5, 1.0] and len(recorder.letters) == 1


def test_cancellation_is_not_mistaken_for_an_outage():
    recorder = Recorder()

    async def handle(received):
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        run(message(an_event().to_bytes()), recorder, handle)
    assert recorder.pauses == []


def test_a_store_preparation_is_tried_again_until_the_store_answers():
    from pseah.common.streams import until_ready

    tries, pauses = [], []

    def prepare():
        tries.append(len(tries))
        if len(tries) < 5:
            raise AutoReconnect("store starting")
        return "head 41"

    assert until_ready(prepare, not_ready_event="test_not_ready", sleep=pauses.append) == "head 41"
    assert len(tries) == 5 and pauses == [0.5, 1.0, 2.0, 4.0]


def test_a_write_that_must_not_be_skipped_gives_up_only_after_its_window_forgetting_state_after_each_failure():
    from pseah.common.streams import Backoff, until_ready

    now, pauses, forgotten = [0.0], [], []

    def sleep(seconds):
        pauses.append(seconds)
        now[0] += seconds

    def append():
        raise AutoReconnect("store away")

    with pytest.raises(AutoReconnect):
        until_ready(append, not_ready_event="test_append_retry", backoff=Backoff(first=0.5, limit=10.0), sleep=sleep,
                    give_up_after=20.0, on_error=forgotten.append, clock=lambda: now[0])
    # 0.5 + 1 + 2 + 4 + 8 = 15.5 s waited, then 10 s more: the try after 25.5 s is past the 20 s window.
    assert pauses == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0]
    assert len(forgotten) == 7 and all(isinstance(exc, AutoReconnect) for exc in forgotten)


class _Worker:
    def __init__(self, *, rebalancing_count: int, rebalancing: bool):
        self.rebalancing_count, self.rebalancing = rebalancing_count, rebalancing


def test_a_worker_is_ready_only_once_it_has_joined_its_group_and_while_it_is_not_rebalancing():
    from pseah.common.streams import joined_group

    assert not joined_group(_Worker(rebalancing_count=0, rebalancing=False))  # started, never joined
    assert not joined_group(_Worker(rebalancing_count=1, rebalancing=True))  # the first join under way
    assert joined_group(_Worker(rebalancing_count=1, rebalancing=False))  # joined (with or without partitions)
    assert not joined_group(_Worker(rebalancing_count=3, rebalancing=True))  # a later rebalance


def test_a_timer_tick_that_meets_an_outage_ends_the_tick_not_the_worker():
    from pseah.common.streams import tick

    def down():
        raise AutoReconnect("127.0.0.1:27017: [Errno 111] Connection refused")

    assert asyncio.run(tick(down, failed_event="unit_tick_failed")) is None
    assert asyncio.run(tick(lambda: 3, failed_event="unit_tick_failed")) == 3


def test_a_dead_worker_holds_its_partitions_30_seconds_unless_a_service_says_otherwise():
    # A worker restarted after kill -9 waits out the dead member's session before it can join (make faults: triage
    # and referral ready 60 s after their kill under faust's default, notification with 30 s: 30 s).
    from pseah.common.streams import create_app

    assert create_app(service="test-session", bootstrap="127.0.0.1:1", web_port=6999).conf.broker_session_timeout == 30.0
    assert create_app(service="test-session-2", bootstrap="127.0.0.1:1", web_port=6999,
                      broker_session_timeout=12.0).conf.broker_session_timeout == 12.0


def test_a_dead_letter_says_where_the_error_was_raised_and_never_the_error_text(monkeypatch):
    from pseah.common import streams

    logged = []
    monkeypatch.setattr(streams.log, "error", lambda event, **fields: logged.append((event, fields)))
    recorder = Recorder()

    def lookup_a_word(table):
        return table["kata dari laporan"]  # a KeyError whose message would be the report's own words

    async def handle(received):
        lookup_a_word({})

    assert run(message(an_event().to_bytes()), recorder, handle, unprocessable=(KeyError,)) == "dead_lettered"
    [(event, fields)] = logged
    assert event == "event_dead_lettered" and fields["reason"] == "KeyError"
    assert "test_consumer_loop.py:" in fields["raised_at"]
    assert fields["raised_at"].endswith(" lookup_a_word")
    assert "kata" not in repr(fields)

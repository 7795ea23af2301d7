"""The batched consumer loop (pseah.common.streams.handle_batch, consume_in_batches): a poll's sound events handled
in one call, in order; a broken message dead-lettered alone; an outage retried in place for the whole batch; an
unprocessable batch split so only the message at fault is parked; offsets acknowledged only after the batch."""
from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from pymongo.errors import AutoReconnect

from pseah.common import payloads
from pseah.common.events import EventTypes, Topics, new_event
from pseah.common.streams import NOT_A_CLOUDEVENT, Backoff, consume_in_batches, handle_batch


def message(value: bytes, offset: int, topic: str = Topics.CASES):
    return SimpleNamespace(value=value, key=b"k", headers=[],
                           message=SimpleNamespace(topic=topic, partition=0, offset=offset))


def acknowledged(reference: str):
    return new_event(type=EventTypes.CASE_ACKNOWLEDGED, source="pseah/test", subject=reference,
                     data={"reference": reference, "acknowledged_at": "2026-12-06T08:00:00Z"})


class Recorder:
    def __init__(self):
        self.letters: list[dict] = []
        self.pauses: list[float] = []
        self.calls: list[list[str]] = []

    def dead_letter(self, **kwargs) -> None:
        self.letters.append(kwargs)

    async def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)


def run(messages, recorder: Recorder, handle_many, **options):
    options = {"dead_letter": recorder.dead_letter, "retry_event": "test_retry", "span": "test.batch",
               "sleep": recorder.sleep, **options}
    return asyncio.run(handle_batch(messages, handle_many=handle_many, **options))


def test_the_sound_events_of_a_poll_are_handled_in_one_call_in_order_and_a_broken_one_is_parked_alone():
    recorder = Recorder()
    first, second = acknowledged("PSEAH-AAAA1111"), acknowledged("PSEAH-BBBB2222")
    broken = new_event(type=EventTypes.CASE_ACKNOWLEDGED, source="pseah/test", subject="PSEAH-CCCC3333",
                       data={"reference": "PSEAH-CCCC3333"})  # acknowledged_at missing
    unread = new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/test", subject="PSEAH-DDDD4444",
                       data={"reference": "PSEAH-DDDD4444"})
    batch = [message(first.to_bytes(), 1), message(broken.to_bytes(), 2), message(b"not json", 3),
             message(unread.to_bytes(), 4), message(second.to_bytes(), 5)]

    async def handle_many(events):
        recorder.calls.append([event.id for event in events])

    handed = run(batch, recorder, handle_many, types={EventTypes.CASE_ACKNOWLEDGED})
    assert [event.id for event in handed] == [first.id, second.id]
    assert recorder.calls == [[first.id, second.id]]
    assert [(letter["value"], letter["reason"]) for letter in recorder.letters] == [
        (broken.to_bytes(), payloads.BREAKS_CONTRACT), (b"not json", NOT_A_CLOUDEVENT)]


def test_an_outage_retries_the_whole_batch_in_place_with_growing_pauses():
    recorder = Recorder()
    events = [acknowledged(f"PSEAH-AAAA111{n}") for n in range(3)]

    async def handle_many(received):
        recorder.calls.append([event.id for event in received])
        if len(recorder.calls) < 4:
            raise AutoReconnect("127.0.0.1:27017: connection closed")

    run([message(e.to_bytes(), n) for n, e in enumerate(events)], recorder, handle_many,
        backoff=Backoff(first=0.5, limit=1.0))
    assert recorder.calls == [[e.id for e in events]] * 4
    assert recorder.pauses == [0.5, 1.0, 1.0] and recorder.letters == []


def test_a_batch_that_meets_an_unprocessable_event_is_handled_one_by_one_and_only_that_one_is_parked():
    recorder = Recorder()
    events = [acknowledged(f"PSEAH-AAAA111{n}") for n in range(3)]
    culprit = events[1].id

    async def handle_many(received):
        recorder.calls.append([event.id for event in received])
        if any(event.id == culprit for event in received):
            raise ValueError("cannot be applied")

    run([message(e.to_bytes(), n) for n, e in enumerate(events)], recorder, handle_many)
    assert recorder.calls == [[e.id for e in events], [events[0].id], [culprit], [events[2].id]]
    assert [letter["value"] for letter in recorder.letters] == [events[1].to_bytes()]
    assert recorder.letters[0]["reason"] == "ValueError"


class FakeStream:
    """What consume_in_batches uses of a faust stream: noack_take and ack."""

    def __init__(self, polls):
        self.polls, self.acked = polls, []

    async def noack_take(self, max_batch, within):
        for poll in self.polls:
            assert len(poll) <= max_batch
            yield poll

    async def ack(self, event) -> bool:
        self.acked.append(event.message.offset)
        return True


def test_a_poll_is_acknowledged_only_after_its_batch_is_handled():
    events = [acknowledged(f"PSEAH-AAAA111{n}") for n in range(4)]
    stream = FakeStream([[message(e.to_bytes(), n) for n, e in enumerate(events[:3])],
                         [message(events[3].to_bytes(), 3)]])
    acked_before_each_call = []

    async def handle_many(received):
        acked_before_each_call.append(list(stream.acked))

    asyncio.run(consume_in_batches(stream, max_batch=3, handle_many=handle_many, span="test.batch",
                                   dead_letter=None, retry_event="test_retry"))
    assert acked_before_each_call == [[], [0, 1, 2]]
    assert stream.acked == [0, 1, 2, 3]


def test_a_batch_cancelled_mid_way_acknowledges_nothing():
    event = acknowledged("PSEAH-AAAA1111")
    stream = FakeStream([[message(event.to_bytes(), 0)]])

    async def handle_many(received):
        raise asyncio.CancelledError  # the worker stopping or a rebalance, half-way through the store work

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(consume_in_batches(stream, handle_many=handle_many, span="test.batch", dead_letter=None,
                                       retry_event="test_retry"))
    assert stream.acked == []


def test_traced_hands_each_event_with_its_messages_trace_so_work_done_for_it_continues_the_producers_trace():
    """With traced=True each event comes with the context of its message's span, a child of the producer's trace
    (its traceparent header): what the handler publishes for that event in it stays in the report's trace."""
    from opentelemetry import trace

    from pseah.common import telemetry
    from pseah.common.telemetry import attached, kafka_headers

    if not hasattr(trace.get_tracer_provider(), "add_span_processor"):
        telemetry.setup_tracing(service="unit")  # one provider a process, as the other trace tests install it
    producers = {}
    batch = []
    for n, reference in enumerate(["PSEAH-AAAA1111", "PSEAH-BBBB2222"]):
        with trace.get_tracer("test").start_as_current_span(f"produce {reference}") as span:
            producers[reference] = span.get_span_context().trace_id
            polled = message(acknowledged(reference).to_bytes(), n)
            polled.headers = kafka_headers()
        batch.append(polled)
    seen = {}

    async def handle_many(traced):
        for event, ctx in traced:
            with attached(ctx):
                seen[event.subject] = trace.get_current_span().get_span_context().trace_id

    recorder = Recorder()
    run(batch, recorder, handle_many, traced=True)
    assert seen == producers and len(set(producers.values())) == 2

"""The faust app of the audit service: one agent, concurrency 1, reading every topic of the suite in batches.

One chain means one writer. The agent takes the events of a poll as one batch (`take_events`: up to
`batch_max` events, or what came within `batch_within` seconds) and hands it to the writer, which appends it
with a few bulk writes (pseah.audit.chain.service). faust-streaming's take_events acks a batch's events only
when the agent asks for the next batch, i.e. after the append returned, and faust commits acked offsets only:
a crash loses nothing (the batch comes again) and doubles nothing (the writer recognises recorded event ids).

The append and its retries run to completion in a worker thread, never cancelled halfway: a rebalance that
cancels the agent cannot leave a half-handled batch behind. Giving up (the store down for longer than
`append_retry_seconds`) ends the process at once, before faust could ack the batch: a failed batch must never be
acked by an agent restart, which is what letting the exception escape would do (faust restarts a crashed agent
and its take buffer acks on the way out). The offsets stay where they were; a restart resumes from them.
"""
from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import faust
from opentelemetry import trace
from pydantic import ValidationError

from pseah.audit.chain.service import BatchOutcome, ChainWriter, Incoming
from pseah.audit.config import AuditSettings
from pseah.audit.digests import Digester
from pseah.common.events import CloudEvent
from pseah.common.kafka import dead_letter, make_producer
from pseah.common.logging import get_logger
from pseah.common.streams import Backoff, create_app, has_partitions, until_ready
from pseah.common.telemetry import context_from_kafka_headers, span_from

log = get_logger(__name__)


@dataclass(frozen=True)
class Polled:
    """One message of a poll: raw value, headers and position, before decoding."""

    raw: bytes
    headers: object
    topic: str
    partition: int
    offset: int


@dataclass(frozen=True)
class Decoded:
    readable: list[Incoming]
    unreadable: list[Polled]


def decode_batch(messages: Sequence[Polled]) -> Decoded:
    """CloudEvents to chain, in poll order, and the messages that are not CloudEvents (dead-lettered)."""
    readable: list[Incoming] = []
    unreadable: list[Polled] = []
    for message in messages:
        try:
            event = CloudEvent.from_bytes(message.raw)
        except (ValidationError, ValueError, TypeError):
            unreadable.append(message)
            continue
        readable.append(Incoming(raw=message.raw, event=event, topic=message.topic,
                                 partition=message.partition, offset=message.offset))
    return Decoded(readable=readable, unreadable=unreadable)


class GiveUp(Exception):
    """The store stayed unreachable for longer than the retry window."""


APPEND_BACKOFF = Backoff(first=0.5, limit=10.0)


class AuditStreams:
    """The faust app, its agent and what the agent needs (writer, dead-letter producer)."""

    def __init__(self, settings: AuditSettings, *, writer: ChainWriter | None = None,
                 digester: Digester | None = None) -> None:
        self.settings = settings
        self.writer = writer or ChainWriter()
        self.digester = digester
        self._producer = None
        # The web server is FastAPI's (pseah.audit.main); faust only consumes.
        self.app: faust.App = create_app(service=settings.consumer_group, bootstrap=settings.kafka_bootstrap,
                                         web_port=settings.port, web_enabled=False)
        topic = self.app.topic(*settings.topics)
        self.app.agent(topic, name="audit-append", concurrency=1)(self._consume)
        # Checkpoints are due by time too, when no batch comes; and a publication that failed is tried again.
        self.app.timer(interval=min(settings.checkpoint_seconds, 5.0))(self._tick)
        if digester is not None:
            # The coordinator's digest when a period has ended (pseah.audit.digests); a timer of its own, so a slow
            # digest never holds up checkpoints.
            self.app.timer(interval=settings.digest_check_seconds)(self._digest_tick)

    async def _digest_tick(self) -> None:
        try:
            await asyncio.to_thread(self.digester.tick)
        except Exception as exc:  # noqa: BLE001 - store or broker down: the period stays due, tried at the next tick
            log.warning("audit_digest_tick_failed", error_type=type(exc).__name__)

    async def _tick(self) -> None:
        try:
            await asyncio.to_thread(self.writer.tick)
        except Exception as exc:  # noqa: BLE001 - a store error: the next batch or tick resumes from the store
            self.writer.forget_head()
            log.warning("audit_checkpoint_tick_failed", error_type=type(exc).__name__)

    async def _consume(self, stream):
        async for events in stream.take_events(self.settings.batch_max, within=self.settings.batch_within):
            messages = [Polled(raw=event.value, headers=event.headers, topic=event.message.topic,
                               partition=event.message.partition, offset=event.message.offset)
                        for event in events]
            await self.handle_batch(messages)

    async def handle_batch(self, messages: Sequence[Polled]) -> BatchOutcome | None:
        decoded = decode_batch(messages)
        headers = messages[0].headers if messages else None
        with span_from(context_from_kafka_headers(headers), "audit.append_batch", tracer_name="pseah.audit",
                       events=len(messages)):
            # A thread of its own, awaited but never cancelled: see the module's docstring.
            outcome = await asyncio.to_thread(self._handle_or_exit, decoded)
        self._mark_recorded(messages)
        return outcome

    @staticmethod
    def _mark_recorded(messages: Sequence[Polled]) -> None:
        """One short span and log line per event, in that event's own trace: the batch span can hang under only
        one of them, and each report's trace (and its log lines) must show that audit recorded it."""
        tracer = trace.get_tracer("pseah.audit")
        for message in messages:
            span = tracer.start_span("audit.recorded", context=context_from_kafka_headers(message.headers),
                                     attributes={"messaging.destination.name": message.topic,
                                                 "messaging.kafka.partition": message.partition})
            with trace.use_span(span, end_on_exit=True):
                log.info("audit_event_recorded", topic=message.topic, partition=message.partition,
                         offset=message.offset)

    def _handle_or_exit(self, decoded: Decoded) -> BatchOutcome | None:
        try:
            return self.process(decoded)
        except GiveUp as exc:
            log.error("audit_append_failed", error_type=str(exc))
            sys.stderr.flush()
            os._exit(70)

    def process(self, decoded: Decoded) -> BatchOutcome | None:
        """Dead-letter what cannot be chained, append the rest; retried as a whole until it succeeds."""
        for message in decoded.unreadable:
            # Not a CloudEvent: it cannot be chained meaningfully, but it must not vanish either.
            log.warning("audit_event_unreadable", topic=message.topic, partition=message.partition,
                        offset=message.offset)
            self._retrying(lambda m=message: self._dead_letter(topic=m.topic, raw=m.raw))
        if not decoded.readable:
            return None
        outcome = self._retrying(lambda: self.writer.append_batch(decoded.readable))
        log.info("audit_batch_recorded", events=len(decoded.readable), appended=outcome.appended,
                 already_recorded=outcome.already_recorded, head_seq=outcome.head_seq)
        return outcome

    def _retrying(self, action):
        # The store may be restarting: retry rather than skip, an audit log with holes is worthless. After each
        # failure the next attempt resumes from the store (and mends a cut batch).
        try:
            return until_ready(action, not_ready_event="audit_append_retry", backoff=APPEND_BACKOFF,
                               give_up_after=self.settings.append_retry_seconds,
                               on_error=lambda _exc: self.writer.forget_head())
        except Exception as exc:  # noqa: BLE001 - any store or broker error, for longer than the window
            raise GiveUp(type(exc).__name__) from exc

    def _dead_letter(self, *, topic: str, raw: bytes) -> None:
        if self._producer is None:
            self._producer = make_producer(bootstrap=self.settings.kafka_bootstrap, client_id="pseah-audit")
        dead_letter(self._producer, topic=topic, key=None, value=raw, reason="not_a_cloudevent")

    def assigned(self) -> bool:
        return has_partitions(self.app)

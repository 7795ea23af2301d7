"""The faust app of the audit service: one agent, concurrency 1, reading every topic of the suite.

One chain means one writer: the agent handles one event at a time, across all topics, and faust
commits an offset only after the agent asked for the next event, i.e. after the append returned.
"""
from __future__ import annotations

import asyncio
import time

import faust
from pydantic import ValidationError

from pseah.audit.chain.service import ChainWriter
from pseah.audit.config import AuditSettings
from pseah.common.events import CloudEvent, Topics
from pseah.common.kafka import dead_letter, make_producer
from pseah.common.logging import get_logger
from pseah.common.streams import create_app
from pseah.common.telemetry import context_from_kafka_headers, span_from

log = get_logger(__name__)


class AuditStreams:
    """The faust app, its agent and what the agent needs (writer, dead-letter producer)."""

    def __init__(self, settings: AuditSettings) -> None:
        self.settings = settings
        self.writer = ChainWriter()
        self._producer = None
        # The web server is FastAPI's (pseah.audit.main); faust only consumes.
        self.app: faust.App = create_app(service=settings.consumer_group, bootstrap=settings.kafka_bootstrap,
                                         web_port=settings.port, web_enabled=False)
        topic = self.app.topic(*Topics.all())
        self.app.agent(topic, name="audit-append", concurrency=1)(self._consume)

    async def _consume(self, stream):
        async for event in stream.events():
            message = event.message
            await self.handle(raw=event.value, headers=event.headers, topic=message.topic,
                              partition=message.partition, offset=message.offset)

    async def handle(self, *, raw: bytes, headers, topic: str, partition: int, offset: int) -> None:
        try:
            cloud_event = CloudEvent.from_bytes(raw)
        except (ValidationError, ValueError):
            # Not a CloudEvent: it cannot be chained meaningfully, but it must not vanish either.
            log.warning("audit_event_unreadable", topic=topic, partition=partition, offset=offset)
            await asyncio.to_thread(self._dead_letter, topic=topic, raw=raw)
            return
        with span_from(context_from_kafka_headers(headers), "audit.append", tracer_name="pseah.audit",
                       event_type=cloud_event.type, topic=topic):
            outcome = await self._append_with_retry(raw=raw, event=cloud_event, topic=topic,
                                                    partition=partition, offset=offset)
        log.info("audit_event_recorded" if outcome.appended else "audit_event_already_recorded",
                 seq=outcome.seq, event_type=cloud_event.type, event_id=cloud_event.id, topic=topic)

    async def _append_with_retry(self, **kwargs):
        # The store may be restarting: retry rather than skip, an audit log with holes is worthless.
        # If it stays down, crash: the uncommitted offset brings the event back after a restart.
        deadline = time.monotonic() + self.settings.append_retry_seconds
        delay = 0.5
        while True:
            try:
                return await asyncio.to_thread(self.writer.append, **kwargs)
            except Exception as exc:  # noqa: BLE001 - any store error is retried the same way
                self.writer.forget_head()  # re-read the head from the store after an error
                if time.monotonic() > deadline:
                    log.error("audit_append_failed", error_type=type(exc).__name__)
                    raise
                log.warning("audit_append_retry", error_type=type(exc).__name__, delay=delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)

    def _dead_letter(self, *, topic: str, raw: bytes) -> None:
        if self._producer is None:
            self._producer = make_producer(bootstrap=self.settings.kafka_bootstrap, client_id="pseah-audit")
        dead_letter(self._producer, topic=topic, key=None, value=raw, reason="not_a_cloudevent")

    def assigned(self) -> bool:
        try:
            return bool(self.app.consumer.assignment())
        except Exception:  # noqa: BLE001 - before start there is no consumer yet
            return False

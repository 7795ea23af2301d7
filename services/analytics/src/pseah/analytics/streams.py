"""The faust app of analytics: one agent (concurrency 1) keeping the read models (readmodel.store) of both lanes."""
from __future__ import annotations

import asyncio
from collections.abc import Mapping

import faust
from pydantic import ValidationError

from pseah.analytics.config import AnalyticsSettings
from pseah.analytics.readmodel import store
from pseah.analytics.readmodel.cases import READ_TYPES
from pseah.common import organizations, payloads
from pseah.common.events import CloudEvent, Topics
from pseah.common.kafka import dead_letter, make_producer
from pseah.common.logging import get_logger
from pseah.common.streams import create_app
from pseah.common.telemetry import context_from_kafka_headers, span_from

log = get_logger(__name__)


class AnalyticsStreams:
    def __init__(self, settings: AnalyticsSettings) -> None:
        self.settings = settings
        self._organizations: Mapping[str, Mapping] | None = None
        self._producer = None
        self.app: faust.App = create_app(service=settings.consumer_group, bootstrap=settings.kafka_bootstrap,
                                         web_port=settings.port, web_enabled=False)
        # Both lanes of each stream; counting is not urgent, so one agent reads them all.
        topic = self.app.topic(*Topics.lanes(Topics.TRIAGE), *Topics.lanes(Topics.CASES))
        # Concurrency 1: the read-modify-write of a case and the recount (readmodel.store) need one writer.
        self.app.agent(topic, name="analytics-count", concurrency=1)(self._consume)

    @property
    def organizations(self) -> Mapping[str, Mapping]:
        if self._organizations is None:
            self._organizations = organizations.by_id(self.settings.organizations_file)
        return self._organizations

    async def _consume(self, stream):
        async for event in stream.events():
            await self.handle(raw=event.value, headers=event.headers, topic=event.message.topic)

    async def handle(self, *, raw: bytes, headers, topic: str) -> None:
        try:
            cloud_event = CloudEvent.from_bytes(raw)
        except (ValidationError, ValueError):
            log.warning("analytics_event_unreadable", topic=topic)
            await asyncio.to_thread(self._dead_letter, topic=topic, raw=raw, reason="not_a_cloudevent")
            return
        if cloud_event.type not in READ_TYPES:
            return
        try:
            payloads.payload(cloud_event)
        except ValidationError as exc:
            # Field names only: a validation error's input could be sealed or free text.
            log.warning("analytics_event_breaks_contract", topic=topic, event_type=cloud_event.type,
                        fields=sorted({".".join(map(str, e["loc"])) for e in exc.errors()}))
            await asyncio.to_thread(self._dead_letter, topic=topic, raw=raw, reason="payload_breaks_contract")
            return
        with span_from(context_from_kafka_headers(headers), "analytics.count", tracer_name="pseah.analytics",
                       event_type=cloud_event.type):
            outcome = await self._record_with_retry(cloud_event)
        log.info("analytics_event_counted" if outcome.counted else "analytics_event_already_counted",
                 event_id=cloud_event.id, event_type=cloud_event.type)

    async def _record_with_retry(self, cloud_event):
        # A store hiccup is retried, never skipped; the pending-event recount keeps retries exact.
        delay = 0.5
        for attempt in range(12):
            try:
                return await asyncio.to_thread(store.record, cloud_event, organizations=self.organizations)
            except Exception as exc:  # noqa: BLE001
                if attempt == 11:
                    log.error("analytics_count_failed", error_type=type(exc).__name__)
                    raise
                log.warning("analytics_count_retry", error_type=type(exc).__name__, delay=delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)

    def _dead_letter(self, *, topic: str, raw: bytes, reason: str) -> None:
        if self._producer is None:
            self._producer = make_producer(bootstrap=self.settings.kafka_bootstrap, client_id="pseah-analytics")
        dead_letter(self._producer, topic=topic, key=None, value=raw, reason=reason)

    def assigned(self) -> bool:
        try:
            return bool(self.app.consumer.assignment())
        except Exception:  # noqa: BLE001 - before start there is no consumer yet
            return False

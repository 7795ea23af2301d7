"""The faust app of analytics: one agent (concurrency 1) keeping the read models (readmodel.store) of both lanes."""
from __future__ import annotations

import asyncio
from collections.abc import Mapping

import faust

from pseah.analytics.config import AnalyticsSettings
from pseah.analytics.readmodel import store
from pseah.analytics.readmodel.cases import READ_TYPES
from pseah.common import organizations
from pseah.common.events import CloudEvent, Topics
from pseah.common.kafka import dead_letter, make_producer
from pseah.common.logging import get_logger
from pseah.common.streams import consume_in_batches, create_app, handle_batch, has_partitions

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

    def _handling(self) -> dict:
        return dict(handle_many=self._count, span="analytics.count", tracer_name="pseah.analytics", types=READ_TYPES,
                    dead_letter=self._dead_letter, retry_event="analytics_count_retry")

    async def _consume(self, stream):
        await consume_in_batches(stream, max_batch=self.settings.batch_max, within=self.settings.batch_within_s,
                                 **self._handling())

    async def handle(self, messages) -> list[CloudEvent]:
        """One poll's messages, as the agent handles them (pseah.common.streams.handle_batch); the events counted."""
        return await handle_batch(messages, **self._handling())

    async def _count(self, events: list[CloudEvent]) -> list[store.Outcome]:
        """The events of one poll of either lane of either stream (pseah.common.streams.handle_batch), each counted
        once: one that breaks its contract was dead-lettered before, never counted; a store outage has the batch
        tried again in place, never skipped (the pending-event recount keeps retries exact)."""
        outcomes = await asyncio.to_thread(store.record_many, events, organizations=self.organizations)
        counted = sum(outcome.counted for outcome in outcomes)
        log.info("analytics_events_counted", events=len(events), counted=counted, already=len(outcomes) - counted)
        return outcomes

    def _dead_letter(self, *, topic: str, key: bytes | None, value: bytes, reason: str) -> None:
        if self._producer is None:
            self._producer = make_producer(bootstrap=self.settings.kafka_bootstrap, client_id="pseah-analytics")
        dead_letter(self._producer, topic=topic, key=key, value=value, reason=reason)

    def assigned(self) -> bool:
        return has_partitions(self.app)

"""The triage faust App: report.received.v1 in, report.triaged.v1 out (through the outbox), clocks watched."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import faust
import mongoengine
from cryptography.exceptions import InvalidTag
from pydantic import ValidationError

from pseah.common import idempotency
from pseah.common.crypto import KeyRing, KeyUnavailable
from pseah.common.events import CloudEvent, EventTypes, Topics
from pseah.common.kafka import dead_letter
from pseah.common.logging import get_logger
from pseah.common.outbox import flush_document, run_relay
from pseah.common.streams import create_app, decode
from pseah.common.telemetry import span_from
from pseah.triage.config import Settings
from pseah.triage.decisions import service
from pseah.triage.decisions.models import TriageDecision

log = get_logger(__name__)

# A message that fails with one of these will fail the same way forever: park it, don't block the partition.
# Anything else (store or Kafka unreachable) is retried: the agent restarts from the last committed offset.
UNPROCESSABLE = (KeyUnavailable, InvalidTag, ValidationError, ValueError, KeyError, TypeError)


def handle_received(*, event: CloudEvent, keyring: KeyRing, producer, topic: str = Topics.TRIAGE) -> TriageDecision:
    """Idempotent: a redelivered report finds its decision and only finishes publishing it."""
    existing = TriageDecision.objects(reference=event.subject).first()
    if existing is None:
        decision = service.decide(received=event, keyring=keyring, topic=topic)
        try:
            decision.save(force_insert=True)
        except mongoengine.NotUniqueError:
            decision = TriageDecision.objects(reference=event.subject).first()
        else:
            log.info("report_triaged", reference=event.subject, priority=decision.automatic.get("priority"),
                     category=decision.automatic.get("category"), route=decision.route)
    else:
        decision = existing
    if decision.pending_events:
        flush_document(decision, producer=producer)
    return decision


def handle_case_event(*, event: CloudEvent) -> None:
    kind = service.COMPLETES.get(event.type)
    if kind and idempotency.mark_processed(handler="triage-clocks", event_id=event.id):
        service.complete_clock(reference=event.subject, kind=kind, at=event.time)


def check_clocks(*, producer, now: datetime | None = None, topic: str = Topics.TRIAGE) -> int:
    now = now or datetime.now(UTC)
    breached = 0
    for decision in service.due_breaches(now=now):
        breached += service.record_breaches(decision=decision, now=now, topic=topic)
        decision.save()
        flush_document(decision, producer=producer)
    return breached


def build_app(*, settings: Settings, keyring: KeyRing, producer_factory) -> faust.App:
    app = create_app(service=settings.app_name, bootstrap=settings.kafka_bootstrap, web_port=settings.port)
    reports = app.topic(settings.reports_topic, value_type=bytes, key_type=bytes)
    cases = app.topic(settings.cases_topic, value_type=bytes, key_type=bytes)
    state: dict = {}

    def producer():
        if "producer" not in state:
            state["producer"] = producer_factory()
        return state["producer"]

    @app.agent(reports, concurrency=1)
    async def triage_reports(stream):
        async for message in stream.events():
            try:
                event, parent = decode(message)
                if event.type != EventTypes.REPORT_RECEIVED:
                    continue
                with span_from(parent, "triage.report", **{"pseah.reference": event.subject}):
                    await asyncio.to_thread(handle_received, event=event, keyring=keyring, producer=producer(),
                                            topic=settings.triage_topic)
            except UNPROCESSABLE as exc:
                log.warning("report_dead_lettered", reason=type(exc).__name__, offset=message.message.offset,
                            partition=message.message.partition)
                await asyncio.to_thread(dead_letter, producer(), topic=settings.reports_topic, key=message.key,
                                        value=message.value, reason=type(exc).__name__)

    @app.agent(cases, concurrency=1)
    async def watch_case_events(stream):
        async for message in stream.events():
            try:
                event, _ = decode(message)
                await asyncio.to_thread(handle_case_event, event=event)
            except (ValidationError, ValueError) as exc:
                log.warning("case_event_skipped", reason=type(exc).__name__)

    @app.timer(interval=settings.clock_interval_seconds, on_leader=True)
    async def deadline_clocks():
        breached = await asyncio.to_thread(check_clocks, producer=producer(), topic=settings.triage_topic)
        if breached:
            log.info("deadlines_breached", count=breached)

    @app.task
    async def outbox_relay():
        await run_relay(documents=[TriageDecision], producer_factory=producer)

    return app

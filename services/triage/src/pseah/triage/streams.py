"""The triage faust App: report.received.v1 in, report.triaged.v1 and report.linked.v1 out (through the outbox),
clocks watched. The HTTP API (pseah.triage.main) is served from the same worker (wired in pseah.triage.bootstrap)."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

import faust
from opentelemetry import context as otel_context
from opentelemetry.context import Context
from cryptography.exceptions import InvalidTag
from pydantic import ValidationError

from pseah.common import metrics, outbox
from pseah.common.crypto import KeyRing, KeyUnavailable
from pseah.common.events import CloudEvent, EventTypes, Topics
from pseah.common.logging import get_logger
from pseah.common.telemetry import attached
from pseah.common.outbox import flush_document, publish_first, run_relay
from pseah.common.producer import LazyProducer
from pseah.common.streams import (consume_lanes, consume_lanes_in_batches, create_app, handle_batch, handle_in_order,
                                  tick)
from pseah.triage.config import Settings
from pseah.triage.decisions import due, service
from pseah.triage.decisions.models import TriageDecision
from pseah.triage.links import flows as links_flow
from pseah.triage.links import service as link_store
from pseah.triage.links.fingerprint import Hasher
from pseah.triage.links.similarity import DEFAULT_POLICY, LinkPolicy

log = get_logger(__name__)

# A message that fails with one of these will fail the same way forever: park it, don't block the partition.
# Anything else (store or Kafka unreachable) is retried in place (pseah.common.streams.until_done).
UNPROCESSABLE = (KeyUnavailable, InvalidTag, ValidationError, ValueError, KeyError, TypeError)


Producer = LazyProducer  # one producer holder for the process (agents, timers and the HTTP API)


def _flush_quietly(decision: TriageDecision, *, producer) -> None:
    # What fails stays owed in the document; the relay of this process retries it within a second.
    try:
        flush_document(decision, producer=producer)
    except Exception as exc:  # noqa: BLE001
        log.warning("outbox_flush_deferred", reference=decision.reference, error_type=type(exc).__name__)


def handle_received_all(*, events: Sequence[CloudEvent], keyring: KeyRing, producer, topic: str = Topics.TRIAGE,
                        hasher: Hasher | None = None, policy: LinkPolicy = DEFAULT_POLICY,
                        contexts: Sequence[Context | None] | None = None) -> list[TriageDecision]:
    """The reports of one poll, in order. Idempotent: a redelivered report finds its decision and only finishes what
    the first attempt left. `contexts`: each report's trace context (its message's span): what is done for one
    report alone, its publishing above all, is done in it, so a report stays one trace downstream.

    Order matters: the poll's clocks are registered before the decisions that hold them are stored (one command a
    poll, due.expect_all), each decision before its fingerprint is registered, so whoever finds the fingerprint finds
    the decision too; the fingerprints of the poll are registered and compared together (two commands a poll,
    pseah.triage.links.flows.link_decisions); the queue entries (together, service.enqueue_all) and the flushes
    (what is still owed: report.triaged.v1 only when Kafka did not take it first, then the links) come last."""
    traces = list(contexts) if contexts is not None else [None] * len(events)
    keyring.prefetch([event.subject for event in events if event.subject])  # the poll's case keys in one read
    decided = []
    for event, trace in zip(events, traces):
        with attached(trace):
            decided.append(service.decide(received=event, keyring=keyring, topic=topic, hasher=hasher))
    due.expect_all({decision.reference: decision.deadlines for decision in decided})
    # Kafka first (outbox.publish_first): each report.triaged.v1 acknowledged before its decision is stored, which then
    # owes nothing (no marker, no clear); one Kafka does not take stays in its decision's outbox, stored with it.
    publish_first(decided, producer=producer, contexts=traces)
    saved = _store_all(decided, traces)
    relinked = {decision.reference: not decision.links_done for decision, _ in saved}
    found = links_flow.link_decisions(decisions=[decision for decision, _ in saved], policy=policy,
                                      topic=lambda decision: service.lane(decision=decision, topic=topic))
    service.enqueue_all(decisions=[decision for decision, created in saved
                                   if decision.confirmed_at is None and (created or relinked[decision.reference])])
    for (decision, _), trace in zip(saved, traces):
        with attached(trace):
            for link in found[decision.reference]:
                log.info("report_linked", reference=link.newer, related=link.older, score=link.score)
            if decision.pending_events:
                flush_document(decision, producer=producer)
    return [decision for decision, _ in saved]


def _store_all(decisions: list[TriageDecision], traces: Sequence[Context | None]) -> list[tuple[TriageDecision, bool]]:
    """The poll's decisions stored in one insert (True), or each as an earlier attempt stored it (False: a redelivered
    report; those read back together by `_id`)."""
    saved = outbox.insert_or_stored(TriageDecision, decisions)
    for (decision, new), trace in zip(saved, traces):
        if new:
            with attached(trace):
                log.info("report_triaged", reference=decision.reference, priority=decision.automatic.get("priority"),
                         category=decision.automatic.get("category"), route=decision.route)
    return saved


def handle_case_event(*, event: CloudEvent) -> None:
    """Acknowledgements and referrals stop their clocks; completing a clock twice changes nothing."""
    kind = service.COMPLETES.get(event.type)
    if kind:
        service.complete_clock(reference=event.subject, kind=kind, at=event.time)


async def clock_tick(*, producer: Producer, topic: str, check=None) -> int:
    """One tick of the deadline clocks (the kit's `tick`: an error ends the tick, never the worker; the clocks are read
    again from the store at the next tick, so nothing is skipped)."""
    check = check or check_clocks
    breached = await tick(lambda: check(producer=producer.get(), topic=topic), failed_event="deadline_clock_tick_failed")
    if breached:
        log.info("deadlines_breached", count=breached)
    return breached or 0


def check_clocks(*, producer, now: datetime | None = None, topic: str = Topics.TRIAGE, limit: int = 500) -> int:
    """Report every clock past due once: read by `_id` from the hours gone by (decisions.due), at most `limit`
    decisions a tick; the cursor then stays at the earliest hour still holding an open clock."""
    now = now or datetime.now(UTC)
    breached = 0
    still_open = []  # due times of the clocks read that are still open after this tick
    handled = 0
    candidates, cursor, read_until = due.candidates(now=now)
    for decision in candidates:
        newly = service.newly_breached(decision=decision, now=now)
        if not newly or handled >= limit:
            still_open += [d.due_at for d in decision.deadlines if due.is_open(d)]
            continue
        handled += 1
        kinds = [d.kind for d in newly]
        count = service.record_breaches(decision=decision, now=now, topic=topic)
        if not service.save_versioned(decision):
            # Changed meanwhile (a confirmation, a link): the next tick looks again, from these clocks' hour.
            still_open += [d.due_at for d in newly]
            continue
        breached += count
        for kind in kinds:  # counted once: the saved breached_at keeps the next tick from finding it again
            metrics.deadline_breached(kind)
        still_open += [d.due_at for d in decision.deadlines if due.is_open(d)]
        flush_document(decision, producer=producer)
    due.advance(now=now, still_open=still_open, seen=cursor, read_until=read_until)
    return breached


def report_handling(*, keyring: KeyRing, producer: Producer, topic: str = Topics.TRIAGE, hasher: Hasher | None = None,
                    policy: LinkPolicy = DEFAULT_POLICY) -> dict:
    """How the reports stream is read, a poll at a time (pseah.common.streams.handle_batch): report.received.v1
    triaged, other types skipped, a report that can never succeed dead-lettered alone, a store or Kafka outage tried
    again in place (handle_received_all is idempotent, so a try that failed half-way is simply done again)."""

    async def triage(traced: list[tuple[CloudEvent, Context]]) -> None:
        await asyncio.to_thread(handle_received_all, events=[event for event, _ in traced],
                                contexts=[ctx for _, ctx in traced], keyring=keyring, producer=producer.get(),
                                topic=topic, hasher=hasher, policy=policy)

    return dict(handle_many=triage, traced=True, span="triage.report", types={EventTypes.REPORT_RECEIVED},
                unprocessable=UNPROCESSABLE, dead_letter=producer.dead_letter, retry_event="report_retry")


async def triage_poll(messages: Sequence, *, sleep=asyncio.sleep, **kwargs) -> list[CloudEvent]:
    """One poll of the reports stream, as the agent handles it; the events triaged."""
    return await handle_batch(messages, sleep=sleep, **report_handling(**kwargs))


async def triage_message(message, *, consumed: str, sleep=asyncio.sleep, **kwargs) -> str:
    """One message of the reports stream alone: "triaged", "skipped" or "dead_lettered"."""
    handling = report_handling(**kwargs)
    triage = handling.pop("handle_many")

    handling.pop("traced")

    async def one(event: CloudEvent) -> str:
        await triage([(event, otel_context.get_current())])
        return "triaged"

    return await handle_in_order(message, consumed=consumed, sleep=sleep, handle=one, **handling)


async def watch_case_event(event: CloudEvent) -> str:
    try:
        await asyncio.to_thread(handle_case_event, event=event)
    except (ValidationError, ValueError) as exc:
        # Referral owns the cases stream and dead-letters what breaks it; here it is only not ours to act on.
        log.warning("case_event_skipped", reason=type(exc).__name__)
        return "skipped"
    return "watched"


def build_app(*, settings: Settings, keyring: KeyRing, producer: Producer, hasher: Hasher | None = None,
              web_enabled: bool = True) -> faust.App:
    app = create_app(service=settings.app_name, bootstrap=settings.kafka_bootstrap, web_port=settings.port,
                     web_enabled=web_enabled)
    policy = settings.link_policy

    consume_lanes_in_batches(app, settings.reports_topic, name="triage-reports", concurrency=settings.agent_concurrency,
                             max_batch=settings.batch_max, within=settings.batch_within_s,
                             **report_handling(keyring=keyring, producer=producer, topic=settings.triage_topic,
                                               hasher=hasher, policy=policy))
    # Only the case events that stop a clock: the others (about half of a flood's, case.opened) are skipped before a
    # span or a worker thread is spent on them.
    consume_lanes(app, settings.cases_topic, name="triage-cases", handle=watch_case_event, span="triage.case_event",
                  dead_letter=None, retry_event="case_event_retry", types=set(service.COMPLETES))

    @app.timer(interval=settings.clock_interval_seconds, on_leader=True)
    async def deadline_clocks():
        await clock_tick(producer=producer, topic=settings.triage_topic)

    @app.timer(interval=settings.link_prune_interval_seconds, on_leader=True)
    async def prune_fingerprints():
        removed = await tick(lambda: link_store.prune(now=datetime.now(UTC), keep_days=settings.link_retention_days),
                             failed_event="fingerprint_prune_failed")
        if removed:
            log.info("fingerprints_pruned", entries=removed)

    @app.task
    async def backfills():
        # Read models of decisions stored before they existed, each once per database (then marked done).
        for name, backfill in (("clocks", due.backfill), ("queue", service.backfill_queue)):
            try:
                added = await asyncio.to_thread(backfill)
            except Exception as exc:  # noqa: BLE001 - not marked done: the next start tries again
                log.warning(f"{name}_backfill_failed", error_type=type(exc).__name__)
                continue
            if added:
                log.info(f"{name}_backfilled", items=added)

    @app.task
    async def outbox_relay():
        await run_relay(documents=[TriageDecision], producer_factory=producer.get,
                        full_scan_every=settings.outbox_full_scan_seconds)

    return app

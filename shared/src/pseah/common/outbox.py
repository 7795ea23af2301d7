"""Transactional outbox without multi-document transactions (FerretDB has none).

A domain document carries the events it still owes Kafka in the same document, so the write and the
promise to publish are one atomic single-document write. A relay publishes them in order and clears them.
Consumers de-duplicate by event id, so a crash between publish and clear never doubles an effect.

Scanning a collection for owed events is a full scan on FerretDB (its SQLite backend pushes little down),
so the relay scans everything only at start and then every `full_scan_every` seconds; in between it
retries just the documents whose immediate flush failed in this process.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

import mongoengine
from kafka.errors import KafkaError

from pseah.common.events import CloudEvent
from pseah.common.kafka import publish
from pseah.common.logging import get_logger

log = get_logger(__name__)


class OutboxMixin:
    """Add to a mongoengine Document (meta `allow_inheritance` not needed)."""

    pending_events = mongoengine.ListField(mongoengine.DictField())
    has_pending = mongoengine.BooleanField(default=False)
    pending_since = mongoengine.DateTimeField()

    def add_event(self, *, topic: str, event: CloudEvent) -> None:
        self.pending_events.append({"id": event.id, "topic": topic, "value": event.to_bytes().decode()})
        if not self.has_pending:
            self.has_pending = True
            self.pending_since = datetime.now(UTC)


class _Owed:
    """Documents of this process whose immediate flush failed: the relay retries them without a scan."""

    def __init__(self) -> None:
        self._keys: set[tuple[type, object]] = set()

    def count(self, documents: list[type]) -> int:
        return sum(1 for document, _ in self._keys if document in documents)

    def add(self, doc) -> None:
        self._keys.add((type(doc), doc.pk))

    def discard(self, doc) -> None:
        self._keys.discard((type(doc), doc.pk))

    def take(self) -> list[tuple[type, object]]:
        keys, self._keys = list(self._keys), set()
        return keys


owed = _Owed()


Route = Callable[[object, str], str]


def flush_document(doc, *, producer, timeout: float = 10.0, route: Route | None = None) -> int:
    """Publish the pending events of one document in order; clear what was sent. Raises on failure.

    `route(doc, topic)` may send an item to another topic than the one it was owed on (a priority lane)."""
    sent = []
    try:
        for item in doc.pending_events:
            topic = route(doc, item["topic"]) if route else item["topic"]
            publish(producer, topic=topic, event=CloudEvent.from_bytes(item["value"]), timeout=timeout)
            sent.append(item)
    except BaseException:
        owed.add(doc)
        raise
    finally:
        if sent:
            # One write in the common case: the list is still exactly what was sent (nothing added meanwhile).
            if not type(doc)._get_collection().update_one(
                    {"_id": doc.pk, "pending_events": sent},
                    {"$set": {"pending_events": [], "has_pending": False}}).modified_count:
                type(doc).objects(pk=doc.pk).update_one(pull_all__pending_events=sent)
                type(doc).objects(pk=doc.pk, pending_events__size=0).update_one(set__has_pending=False)
    owed.discard(doc)
    return len(sent)


def relay_owed(*, producer, route: Route | None = None) -> int:
    """Retry the documents whose flush failed in this process; the ones failing again stay owed."""
    total = 0
    for document, pk in owed.take():
        doc = document.objects(pk=pk, has_pending=True).first()
        if doc is not None:
            total += flush_document(doc, producer=producer, route=route)
    return total


def relay_once(*, documents: list[type], producer, batch: int = 200, route: Route | None = None) -> int:
    """One pass over every outbox-carrying collection, oldest first; stops at the first failure so order holds.

    Then sets the outbox backlog gauge (pseah_outbox_backlog): when every collection had less than a batch owed and
    all of it went out, what is still owed is what failed since in this process; otherwise the owed documents are
    counted (one more scan, only when there is a backlog to see)."""
    total, drained = 0, False
    try:
        drained = True
        for document in documents:
            owed_now = list(document.objects(has_pending=True).order_by("pending_since").limit(batch))
            drained = drained and len(owed_now) < batch
            for doc in owed_now:
                total += flush_document(doc, producer=producer, route=route)
    except BaseException:
        drained = False
        raise
    finally:
        report_backlog(documents, drained=drained)
    return total


def report_backlog(documents: list, *, drained: bool = False) -> None:
    """pseah_outbox_backlog: documents owing events to Kafka. Never raises: the store may be the thing that is down."""
    from pseah.common import metrics

    # `Settled` views (intake) hide fresh documents; the backlog counts them all.
    documents = [getattr(d, "document", d) for d in documents]
    try:
        if drained:
            count = owed.count(documents)
        else:
            count = sum(d.objects(has_pending=True).count() for d in documents)
    except Exception:  # noqa: BLE001 - the gauge keeps its last value while the store is away
        return
    metrics.set_outbox_backlog(count)


async def run_relay(*, documents: list[type], producer_factory, interval: float = 1.0,
                    full_scan_every: float = 30.0, stop: asyncio.Event | None = None,
                    route: Route | None = None) -> None:
    """Keep publishing what is owed; survives Kafka and store outages, backing off up to 10 s."""
    stop = stop or asyncio.Event()
    producer = None
    delay = interval
    next_scan = 0.0  # the first pass is a full scan: what a crashed predecessor left owed
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        try:
            if producer is None:
                producer = await asyncio.to_thread(producer_factory)
            if loop.time() >= next_scan:
                sent = await asyncio.to_thread(relay_once, documents=documents, producer=producer, route=route)
                next_scan = loop.time() + full_scan_every
            else:
                sent = await asyncio.to_thread(relay_owed, producer=producer, route=route)
            if sent:
                log.info("outbox_relayed", events=sent)
            delay = interval
        except (KafkaError, mongoengine.connection.ConnectionFailure, OSError, Exception) as exc:  # noqa: BLE001
            log.warning("outbox_relay_failed", error_type=type(exc).__name__, retry_in=delay)
            delay = min(delay * 2, 10.0)
            if producer is None:  # Kafka away since start: no pass ran, yet the backlog grows
                await asyncio.to_thread(report_backlog, documents)
        try:
            await asyncio.wait_for(stop.wait(), timeout=delay)
        except TimeoutError:
            pass
    if producer is not None:
        await asyncio.to_thread(producer.close, 5)

"""The one Kafka producer holder every service uses: made on first use, shared by every thread, closed once.

Agents, timers, the HTTP API and gRPC handlers all publish from worker threads, so the holder takes a lock;
kafka-python's producer itself is thread-safe once made. Publishing of owed outbox events (`flush`) is best effort:
what fails stays owed in its document and the outbox relay sends it (pseah.common.outbox).
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from pseah.common.events import CloudEvent
from pseah.common.kafka import dead_letter, publish
from pseah.common.logging import get_logger
from pseah.common.outbox import Route, flush_document, publish_first

log = get_logger(__name__)


class LazyProducer:
    def __init__(self, factory: Callable[[], object], *, route: Route | None = None):
        self._factory = factory
        self._producer = None
        self._lock = threading.Lock()
        # Where an owed event goes when it is not the topic it was owed on (a priority lane); see outbox.Route.
        self.route = route

    def get(self):
        with self._lock:
            if self._producer is None:
                self._producer = self._factory()
            return self._producer

    def flush(self, doc) -> None:
        """Publish the document's owed events now; on failure they stay owed and the relay retries them."""
        try:
            flush_document(doc, producer=self.get(), route=self.route)
        except Exception as exc:  # noqa: BLE001 - any failure leaves the events owed, never lost
            log.warning("outbox_flush_deferred", error_type=type(exc).__name__)

    def publish_first(self, docs: list, *, contexts: list | None = None) -> int:
        """Kafka first for documents about to be written (pseah.common.outbox.publish_first), routed like a flush;
        a producer that cannot be made (Kafka away at start) leaves every event for the outbox. `contexts`: each
        document's trace context."""
        try:
            producer = self.get()
        except Exception as exc:  # noqa: BLE001 - the documents keep their events, written with them
            log.warning("outbox_publish_first_deferred", error_type=type(exc).__name__)
            return 0
        return publish_first(docs, producer=producer, route=self.route, contexts=contexts)

    def publish(self, topic: str, event: CloudEvent, *, timeout: float = 10.0) -> None:
        """Send one event and wait for Kafka's acknowledgement (acks=all): raises when it is not acknowledged, so
        a caller that must not lose it keeps it owed instead (Kafka first, the outbox while Kafka is away)."""
        publish(self.get(), topic=topic, event=event, timeout=timeout)

    def dead_letter(self, *, topic: str, key: bytes | None, value: bytes, reason: str) -> None:
        dead_letter(self.get(), topic=topic, key=key, value=value, reason=reason)

    def close(self) -> None:
        with self._lock:
            producer, self._producer = self._producer, None
        if producer is not None:
            producer.close(5)

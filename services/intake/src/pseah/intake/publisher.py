"""Flushing a freshly stored outbox right after the 202, so events leave within milliseconds.

If Kafka is down the flush fails quietly and the relay (pseah.common.outbox.run_relay) publishes
the owed events, in order, when Kafka returns. Consumers de-duplicate by event id, so the rare
overlap between this flush and the relay is harmless.
"""
from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

from pseah.common.kafka import make_producer, publish
from pseah.common.logging import get_logger
from pseah.common.outbox import flush_document

log = get_logger(__name__)


# Bound how long a request's background flush may hold a worker thread when Kafka is away.
BOOTSTRAP_TIMEOUT_MS = 3000
REQUEST_TIMEOUT_MS = 3000
# A record the broker has not acknowledged within this time fails in the producer and is dropped from
# its buffer. It must end before the caller stops waiting (SEND_TIMEOUT_S, and the relay's 10 s):
# otherwise a record given up on stays buffered, is delivered when Kafka returns, and the outbox,
# still owing it, publishes it a second time (found by tests/integration/test_kafka_outage.py).
DELIVERY_TIMEOUT_MS = 4000
SEND_TIMEOUT_S = 5.0
# After a failure, leave publishing to the relay for a while instead of blocking thread after thread.
PAUSE_AFTER_FAILURE_S = 5.0
# The longest a request's flush can still be under way (bootstrap, then delivery, then the outbox update):
# the relay leaves a document alone this long so both never publish it.
REQUEST_FLUSH_BOUND_S = (BOOTSTRAP_TIMEOUT_MS + DELIVERY_TIMEOUT_MS) / 1000 + 3.0


def producer_options() -> dict:
    return {"bootstrap_timeout_ms": BOOTSTRAP_TIMEOUT_MS, "request_timeout_ms": REQUEST_TIMEOUT_MS,
            "delivery_timeout_ms": DELIVERY_TIMEOUT_MS}


class Publisher:
    def __init__(self, *, bootstrap: str, client_id: str, enabled: bool = True):
        self._enabled = enabled
        self._bootstrap = bootstrap
        self._client_id = client_id
        self._producer = None
        self._lock = threading.Lock()
        self._paused_until = 0.0

    def producer(self):
        with self._lock:
            if self._producer is None:
                self._producer = make_producer(bootstrap=self._bootstrap, client_id=self._client_id,
                                               **producer_options())
            return self._producer

    def flush(self, doc, *, blocked_by=None) -> int:
        """Publish one document's owed events; never raises (the relay is the safety net).

        `blocked_by` is a document whose own events must go first (a report before its messages);
        while it still owes events, this one is left to the relay, which keeps their order.
        """
        if not self._enabled or time.monotonic() < self._paused_until:
            return 0
        try:
            if blocked_by is not None:
                owner = type(blocked_by).objects(pk=blocked_by.pk).only("has_pending").first()
                if owner is not None and owner.has_pending:
                    return 0
            return flush_document(doc, producer=self.producer(), timeout=SEND_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - any failure here is retried by the relay
            self._paused_until = time.monotonic() + PAUSE_AFTER_FAILURE_S
            log.info("outbox_flush_deferred", error_type=type(exc).__name__)
            return 0

    def publish_now(self, *, topic: str, event) -> None:
        """Publish and wait for the broker's acknowledgement; raises when it cannot (no outbox behind it).

        For access records (case.content.read.v1): content is shown only once its read is on record.
        """
        publish(self.producer(), topic=topic, event=event, timeout=SEND_TIMEOUT_S)

    def close(self) -> None:
        with self._lock:
            if self._producer is not None:
                self._producer.close(5)
                self._producer = None


class Settled:
    """What the relay sees of an outbox collection: only documents owed for at least `seconds`.

    A fresh document is being flushed by its request right now; leaving it alone for a moment keeps the
    relay from publishing the same event a second time. After a failed flush it is the relay's.
    """

    def __init__(self, document, *, seconds: float):
        self.document = document
        self.seconds = seconds

    def objects(self, **filters):
        cutoff = datetime.now(UTC) - timedelta(seconds=self.seconds)
        return self.document.objects(pending_since__lt=cutoff, **filters)

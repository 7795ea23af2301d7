"""Flushing freshly stored outboxes right after the 202, so events leave within milliseconds.

If Kafka is down the flush fails quietly and the relay (pseah.common.outbox.run_relay) publishes
the owed events, in order, when Kafka returns. Consumers de-duplicate by event id, so the rare
overlap between this flush and the relay is harmless.
"""
from __future__ import annotations

import queue
import threading
import time
from datetime import UTC, datetime, timedelta

from pseah.common.events import CloudEvent
from pseah.common.kafka import make_producer, publish
from pseah.common.logging import get_logger
from pseah.common import outbox, telemetry
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
# The publisher thread leaves a document older than this to the relay (it waited too long in the queue).
FRESH_S = 2.0
# The longest the publisher thread can still be working on a document it took while fresh (bootstrap,
# delivery, the outbox update): the relay leaves a document alone this long so both never publish it.
REQUEST_FLUSH_BOUND_S = FRESH_S + BOOTSTRAP_TIMEOUT_MS / 1000 + SEND_TIMEOUT_S + 3.0
_STOP = object()


def producer_options() -> dict:
    return {"bootstrap_timeout_ms": BOOTSTRAP_TIMEOUT_MS, "request_timeout_ms": REQUEST_TIMEOUT_MS,
            "delivery_timeout_ms": DELIVERY_TIMEOUT_MS}


class Publisher:
    """Publishes fresh outbox documents from one background thread, in batches.

    `flush` only queues the document: the request does not wait for Kafka. The thread sends everything
    queued at once, waits for the acknowledgements together and clears the published outboxes in one
    update per batch (one store commit instead of two per report). Whatever it cannot publish, or finds
    already older than FRESH_S, stays owed and the relay takes it after REQUEST_FLUSH_BOUND_S.
    """

    def __init__(self, *, bootstrap: str, client_id: str, enabled: bool = True, max_batch: int = 500):
        self._enabled = enabled
        self._bootstrap = bootstrap
        self._client_id = client_id
        self._max_batch = max_batch
        self._producer = None
        self._lock = threading.Lock()
        self._paused_until = 0.0
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def producer(self):
        with self._lock:
            if self._producer is None:
                self._producer = make_producer(bootstrap=self._bootstrap, client_id=self._client_id,
                                               **producer_options())
            return self._producer

    def flush(self, doc, *, blocked_by=None) -> None:
        """Queue one stored document's owed events for publishing; never raises, never blocks.

        `blocked_by` is a document whose own events must go first (a report before its messages);
        while it still owes events, this one is left to the relay, which keeps their order.
        """
        if not self._enabled or not doc.pending_events:
            return  # a report published Kafka first (send_first) owes nothing
        if time.monotonic() < self._paused_until:
            self._leave_to_relay([(doc, blocked_by)])
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="outbox-publisher", daemon=True)
                self._thread.start()
        telemetry.remember_context(doc)  # the request's trace goes on in the Kafka headers of its events
        self._queue.put((doc, blocked_by))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            batch = [item]
            while len(batch) < self._max_batch:
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is _STOP:
                    self._queue.put(_STOP)
                    break
                batch.append(more)
            try:
                self._publish(batch)
            except Exception as exc:  # noqa: BLE001 - any failure here is retried by the relay
                self._paused_until = time.monotonic() + PAUSE_AFTER_FAILURE_S
                log.info("outbox_flush_deferred", error_type=type(exc).__name__, documents=len(batch))
                self._leave_to_relay(batch)

    @staticmethod
    def _leave_to_relay(items) -> None:
        # Marked owed, the relay retries them on its next round instead of at its next marker pass. Safe
        # from doubles: this thread is done with them (every send acknowledged or failed and dropped),
        # and the relay re-reads each one and skips it when its outbox is already clear. Not documents
        # that must follow another (a message after its report): the owed retry keeps no order, the
        # marker pass does (reports before messages, oldest first).
        for doc, blocked_by in items:
            if blocked_by is None:
                outbox.owed.add(doc)

    def _publish(self, batch: list) -> None:
        if time.monotonic() < self._paused_until:
            self._leave_to_relay(batch)  # Kafka was just found away
            return
        cutoff = datetime.now(UTC) - timedelta(seconds=FRESH_S)

        def fresh(doc) -> bool:
            since = doc.pending_since
            return since is not None and (since if since.tzinfo else since.replace(tzinfo=UTC)) > cutoff

        free = [doc for doc, blocked_by in batch if blocked_by is None and fresh(doc)]
        blocked = [(doc, blocked_by) for doc, blocked_by in batch if blocked_by is not None and fresh(doc)]
        self._leave_to_relay([(doc, blocked_by) for doc, blocked_by in batch if not fresh(doc)])
        if free:
            producer = self.producer()
            sends = []
            for doc in free:
                with telemetry.remembered_context(doc):
                    sends.append((doc, [publish(producer, topic=item["topic"], event=CloudEvent.from_bytes(item["value"]),
                                                timeout=None) for item in doc.pending_events]))
            # DELIVERY_TIMEOUT_MS < SEND_TIMEOUT_S: every record is acknowledged or failed (and dropped) by now.
            producer.flush(timeout=SEND_TIMEOUT_S)
            done: dict[tuple[type, int], list] = {}
            failed = 0
            for doc, futures in sends:
                if all(f.succeeded() for f in futures):
                    done.setdefault((type(doc), len(futures)), []).append(doc.pk)
                else:
                    failed += 1
                    sent = [item for item, f in zip(doc.pending_events, futures) if f.succeeded()]
                    if sent:
                        outbox.clear_sent(type(doc), doc.pk, sent)
                    self._leave_to_relay([(doc, None)])
            # One update per kind of document: the size filter leaves alone any outbox that gained events since.
            for (document, count), pks in done.items():
                document.objects(pk__in=pks, pending_events__size=count).update(
                    set__pending_events=[], set__has_pending=False)
                outbox.settle_cleared(document, pks, count)  # their markers, one delete for the batch
            if failed:
                raise RuntimeError(f"{failed} documents not published")
        for doc, blocked_by in blocked:
            owner = type(blocked_by).objects(pk=blocked_by.pk).only("has_pending").first()
            if owner is None or not owner.has_pending:
                flush_document(doc, producer=self.producer(), timeout=SEND_TIMEOUT_S)

    def send_first(self, topic: str, event: CloudEvent) -> bool:
        """Kafka first, for a report just stored owing nothing (report.service.create): sent and acknowledged
        (acks=all) before the answer. False, with nothing sent, while publishing after requests is off or Kafka was
        just found away; False too when Kafka did not acknowledge it, the record failed and dropped by then
        (DELIVERY_TIMEOUT_MS < SEND_TIMEOUT_S, so it is never delivered late): the caller then owes it in the store,
        where the relay finds it."""
        if not self._enabled or time.monotonic() < self._paused_until:
            return False
        try:
            publish(self.producer(), topic=topic, event=event, timeout=SEND_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - whatever Kafka raised, the report is owed in the store instead
            self._paused_until = time.monotonic() + PAUSE_AFTER_FAILURE_S
            log.info("report_publish_deferred", error_type=type(exc).__name__)
            return False
        return True

    def publish_now(self, *, topic: str, event) -> None:
        """Publish and wait for the broker's acknowledgement; raises when it cannot (no outbox behind it).

        For access records (case.content.read.v1): content is shown only once its read is on record.
        """
        publish(self.producer(), topic=topic, event=event, timeout=SEND_TIMEOUT_S)

    def close(self) -> None:
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(_STOP)
            thread.join(SEND_TIMEOUT_S + 5)
        with self._lock:
            if self._producer is not None:
                self._producer.close(5)
                self._producer = None


class Settled:
    """What the relay sees of an outbox collection: only documents owed for at least `seconds`.

    A fresh document is being flushed by its request right now; leaving it alone for a moment keeps the
    relay from publishing the same event a second time. After a failed flush it is the relay's. The relay's
    marker pass (pseah.common.outbox.relay_once) reads `document` and `seconds`: it skips markers and
    documents younger than that, reading nothing but markers and documents by `_id`.
    """

    def __init__(self, document, *, seconds: float):
        self.document = document
        self.seconds = seconds

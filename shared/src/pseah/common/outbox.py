"""Transactional outbox without multi-document transactions (FerretDB has none).

A domain document carries the events it still owes Kafka in the same document, so the write and the
promise to publish are one atomic single-document write. A relay publishes them in order and clears them.
Consumers de-duplicate by event id, so a crash between publish and clear never doubles an effect.

Finding the owed documents by `has_pending` is a full read of a collection that grows with every report on
FerretDB (only `_id` conditions are answered from an index). So every write that adds events first registers
them in a small keyed index of owed documents, the collection `outbox_owed` next to the documents:

    _id "<collection>:<pk>", c collection, k pk, n events announced and not yet accounted, since, at

- a writer announces its events on the marker (`owe`: one upsert by `_id`, `$inc n`) BEFORE the domain write;
  a crash between the two leaves a marker with nothing owed, which the relay drops after `GRACE_S`;
- whoever removes published events from a document accounts exactly the ones its own update removed
  (`settle`): the marker is deleted when its count is exactly those (nothing else announced and unsettled, so
  no writer is between its announcement and its write), else decremented. A writer that announces later makes
  the count larger, so a concurrent clear never deletes a marker a later write still needs;
- the relay's timer pass reads the markers (a collection as large as the backlog, not as history) and loads
  each owed document by `_id`; the backlog gauge counts markers; documents of this process whose flush failed
  are retried every second by `_id` without reading any marker (`owed`).

Cost per event-adding write: one small upsert keyed by `_id` before it (group commits: one insert for the
batch); per flush: one delete by `_id` after the clear (a decrement too when another write is in flight).

What the count cannot tell apart: a writer stalled more than GRACE_S between its announcement and its write
(its marker, with nothing owed yet, is dropped as a crashed writer's would be). Its own immediate flush still
publishes it, and a failed flush is retried in process (`owed`); only a crash right after such a write would
leave it to nobody. Events a stale whole-document `save()` writes back after they were published and settled
carry no announcement: they are not relayed again (they went out already), and when a flush clears them
together with announced ones the count errs on the side of keeping the marker, except when they exactly
stand in for a write still on its way (both rare; the second needs that write's process to crash as well).
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta

import mongoengine
from bson import ObjectId
from kafka.errors import KafkaError
from pymongo.errors import BulkWriteError, DuplicateKeyError

from pseah.common.events import CloudEvent
from pseah.common.kafka import publish
from pseah.common.logging import get_logger
from pseah.common.telemetry import attached

log = get_logger(__name__)

OWED = "outbox_owed"
# A marker whose document owes nothing and which no write announced for this long is a crashed writer's.
GRACE_S = 600.0
# Markers a timer pass reads per collection; a pass that fills it stops there, so collections keep their order.
PASS_BATCH = 200
_BACKFILLED = "#backfilled:"  # `_id` prefix of the once-per-database back-fill marks (no `c`: never a marker)
_REFUSED = (mongoengine.NotUniqueError, DuplicateKeyError, mongoengine.errors.SaveConditionError)


# ------------------------------------------------------------------ markers
def _name(document) -> str:
    return document._get_collection_name()


def _key(document, pk) -> str:
    return f"{_name(document)}:{pk}"


def markers(document):
    """The `outbox_owed` collection of the database that holds `document`."""
    return document._get_collection().database[OWED]


def owe(document, pk, events: int = 1) -> None:
    """Announce `events` about to be added to the outbox of document `pk`; call it BEFORE that write."""
    now = datetime.now(UTC)
    markers(document).update_one(
        {"_id": _key(document, pk)},
        {"$inc": {"n": events}, "$set": {"at": now}, "$setOnInsert": {"c": _name(document), "k": pk, "since": now}},
        upsert=True)


def owe_new(document, docs: list) -> None:
    """`owe` for the unannounced events of many new documents at once (a group commit): one insert for all."""
    now = datetime.now(UTC)
    owing = [doc for doc in docs if _unannounced(doc)]
    if not owing:
        return
    rows = [{"_id": _key(document, doc.pk), "c": _name(document), "k": doc.pk, "n": _unannounced(doc),
             "since": now, "at": now} for doc in owing]
    try:
        markers(document).insert_many(rows, ordered=False)
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors", [])
        if any(error.get("code") != 11000 for error in errors):
            raise
        for error in errors:  # a marker there already (the key was owed before): add to its count
            owe(document, rows[error["index"]]["k"], rows[error["index"]]["n"])


def retract(document, pk, events: int = 1) -> None:
    """The write announced by `owe` was refused by the store (duplicate key, failed condition): take it back.

    Only for a refusal: after an error whose outcome is unknown the marker stays, which is safe (it lingers)."""
    settle(document, pk, events)


def settle(document, pk, events: int) -> None:
    """Account `events` that the caller's own update took out of the outbox of `pk` (or never wrote)."""
    if events <= 0:
        return
    coll, key = markers(document), _key(document, pk)
    # Exactly these were outstanding: no other write announced and unsettled, so the document owes nothing now.
    if coll.delete_one({"_id": key, "n": events}).deleted_count:
        return
    coll.update_one({"_id": key, "n": {"$gt": events}}, {"$inc": {"n": -events}})


def settle_cleared(document, pks: list, events: int) -> None:
    """`settle` for documents each cleared of exactly `events` by one update (a batch flush), one delete for all.

    A marker whose count is larger (a write announced meanwhile) stays and is settled by the relay's pass or
    dropped after GRACE_S: never deleted early."""
    if pks:
        markers(document).delete_many({"_id": {"$in": [_key(document, pk) for pk in pks]}, "n": events})


def _unannounced(doc) -> int:
    return getattr(doc, "_outbox_added", 0) or 0


def written(doc) -> None:
    """The document's announced events are in the store now (group commits call this after their insert)."""
    if _unannounced(doc):
        doc._outbox_added = 0


def refused(doc) -> None:
    """The store refused the document's insert (group commits: a duplicate key): take its announcement back."""
    if _unannounced(doc):
        retract(type(doc), doc.pk, _unannounced(doc))
        doc._outbox_added = 0


def insert_new(document, docs: list) -> list[bool]:
    """Insert new documents of one collection in one command (a poll's, say), each as `save(force_insert=True)`
    would: validated, the events they owe announced first (one marker insert for all, `owe_new`). For each, True
    when inserted, False when its `_id` was taken already (a redelivery: its announcement taken back); any other
    refusal raises. The inserted ones are marked saved, so a later `save()` updates them."""
    if not docs:
        return []
    for doc in docs:
        doc.validate()
    owe_new(document, docs)
    refusals: dict[int, dict] = {}
    try:
        document._get_collection().insert_many([doc.to_mongo() for doc in docs], ordered=False)
    except BulkWriteError as exc:
        refusals = {error["index"]: error for error in exc.details.get("writeErrors", [])}
        if any(error.get("code") != 11000 for error in refusals.values()):
            for index, error in refusals.items():
                if error.get("code") == 11000:
                    refused(docs[index])
            raise  # the others' markers stay: after an error whose outcome is unknown a marker only lingers
    inserted = []
    for index, doc in enumerate(docs):
        if index in refusals:
            refused(doc)
            inserted.append(False)
            continue
        written(doc)
        doc._created = False
        doc._clear_changed_fields()
        inserted.append(True)
    return inserted


def insert_or_stored(document, docs: list) -> list[tuple[object, bool]]:
    """`insert_new`, each given back as (document, True) when inserted, else (the stored one, False): a redelivery's,
    those read back together by `_id`."""
    inserted = insert_new(document, docs)
    earlier = [doc.pk for doc, new in zip(docs, inserted) if not new]
    stored = {found.pk: found for found in document.objects(pk__in=earlier)} if earlier else {}
    return [(doc, True) if new else (stored[doc.pk], False) for doc, new in zip(docs, inserted)]


class OutboxMixin:
    """Add to a mongoengine Document (meta `allow_inheritance` not needed).

    `add_event` then `save()` announces the new events on the document's marker before the write. Writes that
    add events another way (`update_one(push__pending_events=...)`) call `owe` before and `retract` when the
    update matched nothing."""

    pending_events = mongoengine.ListField(mongoengine.DictField())
    has_pending = mongoengine.BooleanField(default=False)
    pending_since = mongoengine.DateTimeField()

    def add_event(self, *, topic: str, event: CloudEvent) -> None:
        self.pending_events.append({"id": event.id, "topic": topic, "value": event.to_bytes().decode()})
        self._outbox_added = _unannounced(self) + 1
        if not self.has_pending:
            self.has_pending = True
            self.pending_since = datetime.now(UTC)

    def save(self, *args, **kwargs):
        added = _unannounced(self)
        if not added:
            return super().save(*args, **kwargs)
        if self.pk is None:  # an automatic ObjectId key: the marker needs it before the insert
            self.pk = ObjectId()
        owe(type(self), self.pk, added)
        try:
            result = super().save(*args, **kwargs)
        except _REFUSED:
            refused(self)
            raise
        written(self)
        return result


# ------------------------------------------------------------------ publishing
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


def clear_sent(document, pk, sent: list[dict]) -> int:
    """Take published items out of a document's outbox and settle the ones this call removed; how many."""
    coll = document._get_collection()
    # One write in the common case: the list is still exactly what was sent (nothing added meanwhile).
    if coll.update_one({"_id": pk, "pending_events": sent},
                       {"$set": {"pending_events": [], "has_pending": False}}).modified_count:
        settle(document, pk, len(sent))
        return len(sent)
    # Events added meanwhile, or another flush took some: the list before this pull says which ones it removed.
    before = coll.find_one_and_update({"_id": pk}, {"$pullAll": {"pending_events": sent}},
                                      projection={"pending_events": True})
    removed = sum(1 for item in (before or {}).get("pending_events") or [] if item in sent)
    if removed:
        coll.update_one({"_id": pk, "pending_events": {"$size": 0}}, {"$set": {"has_pending": False}})
        settle(document, pk, removed)
    return removed


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
            clear_sent(type(doc), doc.pk, sent)
    owed.discard(doc)
    return len(sent)


def _send_all(doc, futures: list, *, producer, route: Route | None, away: Exception | None) -> Exception | None:
    """Queue the document's events (their futures, or the refusal, appended to `futures`); the refusal, if any."""
    for item in doc.pending_events or []:
        if away is not None:  # Kafka refused one already (no metadata within max_block_ms): not again per event
            futures.append(away)
            continue
        topic = route(doc, item["topic"]) if route else item["topic"]
        try:
            futures.append(publish(producer, topic=topic, event=CloudEvent.from_bytes(item["value"]), timeout=None))
        except Exception as exc:  # noqa: BLE001 - not even queued: this one and the rest stay owed
            away = exc
            futures.append(exc)
    return away


def publish_first(docs: list, *, producer, route: Route | None = None, timeout: float = 10.0,
                  contexts: list | None = None) -> int:
    """Kafka first, the outbox only while Kafka is away: the events `add_event` put on documents not yet written are
    sent, all at once, and each acknowledged (acks=all); a document all of whose events were acknowledged has them
    taken off, so its write owes nothing (no marker, nothing to clear afterwards). A document with an event Kafka did
    not acknowledge keeps them all, announced and written with it as usual (those that did go out go again: same
    ids). How many documents went Kafka first.

    Only for events whose ids a retry of the same cause gives again (events.effect_id): a crash between the
    acknowledgement and the write, or a store refusal, then repeats one event, which consumers keep once per id.
    `contexts`: each document's trace context, carried in its events' Kafka headers."""
    sends, away = [], None
    for doc, trace in zip(docs, contexts or [None] * len(docs)):
        futures = []
        with attached(trace):
            away = _send_all(doc, futures, producer=producer, route=route, away=away)
        sends.append((doc, futures))
    went, deadline = 0, time.monotonic() + timeout
    for doc, futures in sends:
        if not futures:
            continue
        try:
            for future in futures:
                if isinstance(future, Exception):
                    raise future
                future.get(timeout=max(0.01, deadline - time.monotonic()))
        except Exception as exc:  # noqa: BLE001 - whatever Kafka raised, the outbox keeps this document's events
            log.warning("outbox_publish_first_deferred", error_type=type(exc).__name__)
            continue
        doc.pending_events, doc.has_pending, doc.pending_since = [], False, None
        doc._outbox_added = 0
        went += 1
    return went


def _load(document, pk):
    """The document with key `pk`, read by `_id` only."""
    raw = document._get_collection().find_one({"_id": pk})
    return None if raw is None else document._from_son(raw)


def relay_owed(*, producer, route: Route | None = None) -> int:
    """Retry the documents whose flush failed in this process; the ones failing again stay owed."""
    total = 0
    for document, pk in owed.take():
        doc = _load(document, pk)
        if doc is not None and doc.pending_events:
            total += flush_document(doc, producer=producer, route=route)
    return total


def _unwrap(entry) -> tuple[type, float]:
    # intake's `Settled` views: the document and how long a fresh one is left to the request that wrote it.
    return getattr(entry, "document", entry), float(getattr(entry, "seconds", 0.0) or 0.0)


def _aware(moment: datetime | None) -> datetime | None:
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=UTC)


def relay_once(*, documents: list, producer, batch: int = PASS_BATCH, route: Route | None = None,
               grace: float = GRACE_S) -> int:
    """One pass over the markers of every outbox-carrying collection, oldest first; each owed document is read
    by `_id`. Stops at the first failure so order holds (the collections in the order given, then by marker age).

    Reads no domain collection but by `_id`: its cost follows the backlog, not the store. Then sets the outbox
    backlog gauge (pseah_outbox_backlog) from the markers."""
    total = 0
    now = datetime.now(UTC)
    try:
        for entry in documents:
            document, settle_s = _unwrap(entry)
            query: dict = {"c": _name(document)}
            if settle_s:
                query["since"] = {"$lt": now - timedelta(seconds=settle_s)}
            owed_here = list(markers(document).find(query).sort("since", 1).limit(batch))
            for marker in owed_here:
                doc = _load(document, marker["k"])
                if doc is not None and doc.pending_events:
                    since = _aware(doc.pending_since)
                    if settle_s and since is not None and since > now - timedelta(seconds=settle_s):
                        continue  # fresh events: the request that wrote them is flushing them now
                    total += flush_document(doc, producer=producer, route=route)
                elif _aware(marker.get("at")) < now - timedelta(seconds=grace):
                    # Nothing owed and no announcement for GRACE_S: a writer crashed between marker and write,
                    # or a clear was not settled. Conditional: a write announced meanwhile keeps it.
                    markers(document).delete_one({"_id": marker["_id"], "n": marker["n"], "at": marker["at"]})
            if len(owed_here) == batch:
                # More of this collection may be owed: the later collections wait for the next pass, because an
                # earlier one may hold what must go first (intake's reports before their messages; fresh-clone
                # run E published a message before its report when 200 reports were owed after an outage).
                break
    finally:
        report_backlog(documents)
    return total


def backlog(documents: list) -> int:
    """Documents owing events (or being written with some): the markers of these collections."""
    return sum(markers(d).count_documents({"c": _name(d)}) for d in (_unwrap(e)[0] for e in documents))


def report_backlog(documents: list) -> None:
    """pseah_outbox_backlog: documents owing events to Kafka. Never raises: the store may be the thing that is down."""
    from pseah.common import metrics

    try:
        count = backlog(documents)
    except Exception:  # noqa: BLE001 - the gauge keeps its last value while the store is away
        return
    metrics.set_outbox_backlog(count)


def backfill(documents: Iterable) -> int:
    """Markers for documents owed before markers existed: once per database and collection, then never again.

    This is the one read by `has_pending` left, and it runs once in the life of a database (recorded by a mark
    in `outbox_owed`), not at every start: with every event-adding write announcing itself first, a crashed
    predecessor leaves markers, so a start needs no scan to find what it left owed."""
    added = 0
    for entry in documents:
        document, _ = _unwrap(entry)
        coll, mark = markers(document), _BACKFILLED + _name(document)
        if coll.find_one({"_id": mark}) is not None:
            continue
        now = datetime.now(UTC)
        for raw in document._get_collection().find({"has_pending": True}, {"pending_events": True}):
            if raw.get("pending_events"):
                # $setOnInsert: a marker written since (its events announced by a writer) is left as it is.
                result = coll.update_one({"_id": _key(document, raw["_id"])},
                                         {"$setOnInsert": {"c": _name(document), "k": raw["_id"],
                                                           "n": len(raw["pending_events"]), "since": now, "at": now}},
                                         upsert=True)
                added += result.upserted_id is not None
        coll.update_one({"_id": mark}, {"$set": {"at": now}}, upsert=True)
    return added


async def run_relay(*, documents: list, producer_factory, interval: float = 1.0,
                    full_scan_every: float = 30.0, stop: asyncio.Event | None = None,
                    route: Route | None = None) -> None:
    """Keep publishing what is owed; survives Kafka and store outages, backing off up to 10 s.

    Every `interval`: this process's failed flushes, by `_id`. Every `full_scan_every` (and first at start): a
    pass over the markers (`relay_once`), which finds what a crashed predecessor or another instance left owed."""
    stop = stop or asyncio.Event()
    producer = None
    delay = interval
    backfilled = False
    next_pass = 0.0  # the first pass runs at start: what a crashed predecessor left owed
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        try:
            if not backfilled:
                added = await asyncio.to_thread(backfill, documents)
                if added:
                    log.info("outbox_markers_backfilled", documents=added)
                backfilled = True
            if producer is None:
                producer = await asyncio.to_thread(producer_factory)
            if loop.time() >= next_pass:
                sent = await asyncio.to_thread(relay_once, documents=documents, producer=producer, route=route)
                # A pass that may have been cut at a batch is followed at once by the next (a backlog drains
                # at Kafka's pace, not one batch per `full_scan_every`).
                next_pass = loop.time() + (interval if sent >= PASS_BATCH else full_scan_every)
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

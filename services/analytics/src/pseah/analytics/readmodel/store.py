"""The read models in the store, every write by `_id`, each event counted once without transactions.

Collections (database pseah_analytics):
- `applied_events`  {_id: event id, pending}: the processed-event record; a redelivered event is skipped.
- `case_facts`      {_id: case key (a hash, never the reference), v, labels and times..., contrib: [cells]}:
                    one small document per case (readmodel.cases), with the cells it last contributed.
- `table_cells`     {_id: "<table>|<month>", c: {"<row>~<column>~<province>": count}}: one counter document per
                    table and month, moved by $inc; a period is read as a handful of documents by `_id`.
- `batches_in_flight` {_id: batch id, at}: written before step 1, deleted after step 4; what a crash leaves here is
                    how start-up knows to recount (a handful of documents, not a filter over every event applied).
- `store_marks`     {_id: mark}: once-per-database steps done (the one scan of applied_events for pending events of
                    a store from before `batches_in_flight`).

Per batch of events, a poll's (`record_many`; `record` is a batch of one). FerretDB has no multi-document
transactions; the agent is the only writer, concurrency 1:
  1. insert {_id: event id, pending: true} for each (duplicate and not pending: already counted, skip)
  2. read the batch's cases in one `_id $in`, apply their events in order (pure, idempotent), write each back with
     its new contribution in one bulk upsert, each guarded by the version read
  3. $inc the table cells by new contribution - old contribution, folded over the batch into one update
  4. mark the events not pending
A pending event found at step 1 (a crash or a store error came after step 1) means step 3 may be partly done:
step 2 is repeated (idempotent), then every table is recomputed from the case documents, which are the truth. At
start-up, a batch left in flight makes the tables be recomputed too (their redelivery then repeats step 2). Counts
are never doubled nor lost; the price is an occasional full recount (a scan of case_facts).
About eight commands a batch however many events it holds (one at a time, it was five an event): the store work
per event falls as the stream gets busier.
"""
from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import mongoengine
from pymongo import ReplaceOne, UpdateOne
from pymongo.errors import BulkWriteError

from pseah.analytics.readmodel import cases
from pseah.common import mongo, payloads
from pseah.common.events import CloudEvent
from pseah.common.logging import get_logger

log = get_logger(__name__)

APPLIED = "applied_events"
CASES = "case_facts"
TABLES = "table_cells"
IN_FLIGHT = "batches_in_flight"
MARKS = "store_marks"
PENDING_SCANNED = "pending-scanned-v1"
DUPLICATE_KEY = 11000


def _db():
    return mongoengine.get_db()


@dataclass(frozen=True)
class Outcome:
    counted: bool
    recounted: bool = False


def record(event: CloudEvent, *, organizations: Mapping[str, Mapping], db=None) -> Outcome | None:
    """Apply one event to the read models (a batch of one); None when analytics does not read its type."""
    outcomes = record_many([event], organizations=organizations, db=db)
    return outcomes[0] if outcomes else None


def record_many(events: Sequence[CloudEvent], *, organizations: Mapping[str, Mapping], db=None) -> list[Outcome]:
    """Apply the events of one poll together, in their order: the same four steps as `record`, each done once
    for the whole batch (about six store commands however many events, where `record` makes about five per
    event). One outcome per event analytics reads, in order; an event given twice in the batch counts once.

    A failure part-way leaves the batch's events pending, exactly as a failure inside `record` does: the batch
    delivered again finds them pending, applies them again (idempotent) and recounts the tables."""
    read = [event for event in events if event.type in cases.READ_TYPES]
    if not read:
        return []
    db = db if db is not None else _db()
    applied = db[APPLIED]
    ids = list(dict.fromkeys(event.id for event in read))
    batch = uuid.uuid4().hex
    db[IN_FLIGHT].insert_one({"_id": batch, "at": datetime.now(UTC)})
    seen = _insert_pending(applied, ids)
    done = {doc["_id"] for doc in applied.find({"_id": {"$in": sorted(seen)}, "pending": False}, {"_id": True})} \
        if seen else set()
    pending_found = seen - done
    if pending_found:
        log.warning("analytics_pending_event_found", count=len(pending_found))
    to_apply, first = [], set()
    for event in read:
        if event.id not in done and event.id not in first:
            first.add(event.id)
            to_apply.append(event)
    moves = _apply_to_cases(db, to_apply, organizations)
    if pending_found:
        recount(db=db)
    else:
        _move(db, *moves)
    if first:
        applied.update_many({"_id": {"$in": sorted(first)}}, {"$set": {"pending": False}})
    db[IN_FLIGHT].delete_one({"_id": batch})
    counted = set(first) - pending_found
    outcomes, given = [], set()
    for event in read:
        fresh = event.id in counted and event.id not in given
        given.add(event.id)
        outcomes.append(Outcome(counted=fresh, recounted=event.id in pending_found))
    return outcomes


def _insert_pending(applied, ids: list[str]) -> set[str]:
    """Insert {_id, pending: true} for each id; returns the ids that were already there."""
    try:
        applied.insert_many([{"_id": event_id, "pending": True} for event_id in ids], ordered=False)
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors", [])
        if any(error.get("code") != DUPLICATE_KEY for error in errors):
            raise
        return {ids[error["index"]] for error in errors}
    return set()


def _apply_to_cases(db, events: list[CloudEvent], organizations) -> tuple[Counter, Counter]:
    """Every case the events name read in one command, the events applied in order, the changed cases written in
    one bulk command (each guarded by the version read); returns the cells to move up and down."""
    by_case: dict[str, list[CloudEvent]] = defaultdict(list)
    for event in events:
        by_case[cases.case_key(_reference(event))].append(event)
    if not by_case:
        return Counter(), Counter()
    current = {doc["_id"]: doc for doc in db[CASES].find({"_id": {"$in": sorted(by_case)}})}
    up, down, writes = Counter(), Counter(), []
    for key, case_events in by_case.items():
        doc = current.get(key) or {}
        state = {k: v for k, v in doc.items() if k not in ("_id", "v", "contrib")}
        for event in case_events:
            state = cases.apply(state, event, organizations=organizations)
        old = Counter(doc.get("contrib") or [])
        new = cases.contribution(state)
        version = doc.get("v", 0)
        # Upsert on (_id, v): a case created or changed by another writer since the read fails on the duplicate
        # _id instead of being overwritten; the batch is then tried again (its events pending), never lost.
        writes.append(ReplaceOne({"_id": key, "v": version},
                                 {**state, "_id": key, "v": version + 1, "contrib": sorted(new.elements())},
                                 upsert=True))
        up += new - old
        down += old - new
    mongo.bulk_write(db[CASES], writes, ordered=False)
    return up, down


def _reference(event: CloudEvent) -> str:
    # record_many applies only READ_TYPES, and each of their typed payloads names its case.
    return payloads.payload(event).reference


def _move(db, up: Counter, down: Counter) -> None:
    changes: dict[str, dict[str, int]] = defaultdict(dict)
    for cell_id, n in up.items():
        doc_id, field = cases.split(cell_id)
        changes[doc_id][f"c.{field}"] = changes[doc_id].get(f"c.{field}", 0) + n
    for cell_id, n in down.items():
        doc_id, field = cases.split(cell_id)
        changes[doc_id][f"c.{field}"] = changes[doc_id].get(f"c.{field}", 0) - n
    ops = [UpdateOne({"_id": doc_id}, {"$inc": incs}, upsert=True) for doc_id, incs in changes.items() if incs]
    if ops:
        mongo.bulk_write(db[TABLES], ops, ordered=True)


def recount(*, db=None) -> int:
    """Recompute every table from the case documents; returns how many cases were read.

    Each case's contribution is computed afresh from its document (and stored again), so a recount also brings
    the tables up to a new version of `contribution` (`pseah analytics reconcile` after an upgrade).
    """
    db = db if db is not None else _db()
    fresh: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    read = 0
    refreshed: list[UpdateOne] = []
    for doc in db[CASES].find({}):
        read += 1
        state = {k: v for k, v in doc.items() if k not in ("_id", "v", "contrib")}
        cells = cases.contribution(state)
        stored = sorted(cells.elements())
        if stored != list(doc.get("contrib") or []):
            refreshed.append(UpdateOne({"_id": doc["_id"], "v": doc.get("v", 0)}, {"$set": {"contrib": stored}}))
        for cell_id, n in cells.items():
            doc_id, field = cases.split(cell_id)
            fresh[doc_id][field] += n
    # In commands of a few dozen cases whose cells changed (after an upgrade, that is every case).
    mongo.bulk_write(db[CASES], refreshed, ordered=False)
    ops: list[Any] = [ReplaceOne({"_id": doc_id}, {"_id": doc_id, "c": dict(cells)}, upsert=True)
                      for doc_id, cells in fresh.items()]
    if ops:
        mongo.bulk_write(db[TABLES], ops, ordered=False)
    stale = [doc["_id"] for doc in db[TABLES].find({}, {"_id": True}) if doc["_id"] not in fresh]
    if stale:
        db[TABLES].delete_many({"_id": {"$in": stale}})
    log.info("analytics_recounted", cases=read, tables=len(fresh), refreshed=len(refreshed))
    return read


def recount_if_pending(*, db=None) -> bool:
    """At start-up: recount when a batch was left in flight (a crash between its steps 1 and 4). A store from before
    batches were marked is checked once for pending events instead, a scan of applied_events, then marked."""
    db = db if db is not None else _db()
    in_flight = [doc["_id"] for doc in db[IN_FLIGHT].find({}, {"_id": True})]
    unmarked = db[MARKS].find_one({"_id": PENDING_SCANNED}) is None
    pending = in_flight or (unmarked and db[APPLIED].find_one({"pending": True}, {"_id": True}) is not None)
    if pending:
        recount(db=db)
    if in_flight:
        db[IN_FLIGHT].delete_many({"_id": {"$in": in_flight}})
    if unmarked:
        db[MARKS].update_one({"_id": PENDING_SCANNED}, {"$set": {"at": datetime.now(UTC)}}, upsert=True)
    return bool(pending)


def ensure_indexes(*, db=None) -> None:
    db = db if db is not None else _db()
    # Only the once-per-database start-up check reads by a field other than _id.
    db[APPLIED].create_index("pending")


def read_cells(tables: Iterable[str], months: Iterable[str] | None, *, db=None) -> dict[str, dict[str, dict]]:
    """{table: {month: {field: count}}} for the given months (None: every month stored), zeros left out."""
    db = db if db is not None else _db()
    tables = list(tables)
    if months is not None:
        ids = [f"{t}|{m}" for t in tables for m in months]
        docs = db[TABLES].find({"_id": {"$in": ids}}) if ids else []
    else:
        docs = (d for d in db[TABLES].find({}) if d["_id"].rpartition("|")[0] in tables)
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for doc in docs:
        table, _, month_ = doc["_id"].rpartition("|")
        out[table][month_] = {f: int(n) for f, n in (doc.get("c") or {}).items() if int(n) > 0}
    return out

"""The read models in the store, every write by `_id`, each event counted once without transactions.

Collections (database pseah_analytics):
- `applied_events`  {_id: event id, pending}: the processed-event record; a redelivered event is skipped.
- `case_facts`      {_id: case key (a hash, never the reference), v, labels and times..., contrib: [cells]}:
                    one small document per case (readmodel.cases), with the cells it last contributed.
- `table_cells`     {_id: "<table>|<month>", c: {"<row>~<column>~<province>": count}}: one counter document per
                    table and month, moved by $inc; a period is read as a handful of documents by `_id`.

Per event (FerretDB has no multi-document transactions; the agent is the only writer, concurrency 1):
  1. insert {_id: event id, pending: true}          (duplicate and not pending: already counted, skip)
  2. read the case, apply the event (pure, idempotent), write it back with its new contribution (guarded by v)
  3. $inc the table cells by new contribution - old contribution
  4. mark the event not pending
A pending event found at step 1 (a crash or a store error came after step 1) means step 3 may be partly done:
step 2 is repeated (idempotent), then every table is recomputed from the case documents, which are the truth. At start-up, pending events make the tables be recomputed too (their redelivery then repeats
step 2). Counts are never doubled nor lost; the price is an occasional full recount (a scan of case_facts).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import mongoengine
from pymongo import ReplaceOne, UpdateOne
from pymongo.errors import DuplicateKeyError

from pseah.analytics.readmodel import cases
from pseah.common import payloads
from pseah.common.events import CloudEvent
from pseah.common.logging import get_logger

log = get_logger(__name__)

APPLIED = "applied_events"
CASES = "case_facts"
TABLES = "table_cells"


def _db():
    return mongoengine.get_db()


@dataclass(frozen=True)
class Outcome:
    counted: bool
    recounted: bool = False


def record(event: CloudEvent, *, organizations: Mapping[str, Mapping], db=None) -> Outcome | None:
    """Apply one event to the read models; None when analytics does not read its type."""
    if event.type not in cases.READ_TYPES:
        return None
    db = db if db is not None else _db()
    applied = db[APPLIED]
    try:
        applied.insert_one({"_id": event.id, "pending": True})
    except DuplicateKeyError:
        seen = applied.find_one({"_id": event.id}, {"pending": True})
        if seen and not seen.get("pending"):
            return Outcome(counted=False)
        log.warning("analytics_pending_event_found", event_type=event.type)
        _apply_to_case(db, event, organizations)
        recount(db=db)
        applied.update_one({"_id": event.id}, {"$set": {"pending": False}})
        return Outcome(counted=False, recounted=True)
    old, new = _apply_to_case(db, event, organizations)
    _move(db, new - old, old - new)
    applied.update_one({"_id": event.id}, {"$set": {"pending": False}})
    return Outcome(counted=True)


def _reference(event: CloudEvent) -> str:
    # record() applies only READ_TYPES, and each of their typed payloads names its case.
    return payloads.payload(event).reference


def _apply_to_case(db, event: CloudEvent, organizations) -> tuple[Counter, Counter]:
    key = cases.case_key(_reference(event))
    for _ in range(5):
        current = db[CASES].find_one({"_id": key})
        state = {k: v for k, v in (current or {}).items() if k not in ("_id", "v", "contrib")}
        updated = cases.apply(state, event, organizations=organizations)
        old = Counter((current or {}).get("contrib") or [])
        new = cases.contribution(updated)
        version = (current or {}).get("v", 0)
        document = {**updated, "_id": key, "v": version + 1, "contrib": sorted(new.elements())}
        if current is None:
            try:
                db[CASES].insert_one(document)
                return old, new
            except DuplicateKeyError:
                continue
        if db[CASES].replace_one({"_id": key, "v": version}, document).matched_count == 1:
            return old, new
    raise RuntimeError("case_facts changed under a single writer")


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
        db[TABLES].bulk_write(ops, ordered=True)


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
    # In batches: one round trip per 500 cases whose cells changed (after an upgrade, that is every case).
    for start in range(0, len(refreshed), 500):
        db[CASES].bulk_write(refreshed[start:start + 500], ordered=False)
    ops: list[Any] = [ReplaceOne({"_id": doc_id}, {"_id": doc_id, "c": dict(cells)}, upsert=True)
                      for doc_id, cells in fresh.items()]
    if ops:
        db[TABLES].bulk_write(ops, ordered=False)
    stale = [doc["_id"] for doc in db[TABLES].find({}, {"_id": True}) if doc["_id"] not in fresh]
    if stale:
        db[TABLES].delete_many({"_id": {"$in": stale}})
    log.info("analytics_recounted", cases=read, tables=len(fresh), refreshed=len(refreshed))
    return read


def recount_if_pending(*, db=None) -> bool:
    db = db if db is not None else _db()
    if db[APPLIED].find_one({"pending": True}, {"_id": True}):
        recount(db=db)
        return True
    return False


def ensure_indexes(*, db=None) -> None:
    db = db if db is not None else _db()
    # Only the start-up check reads by a field other than _id.
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

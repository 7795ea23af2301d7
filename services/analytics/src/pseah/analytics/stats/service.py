"""Counting each event once, without transactions (FerretDB has none).

The crash window, and the choice made: three single-document steps per event,
  1. insert the fact {_id: event id, labels, applied: false}   (unique _id = the processed-event record)
  2. $inc one counter per dimension                            (upserts)
  3. set the fact's applied = true
A redelivered event fails step 1 and is skipped if its fact is applied. If the fact exists but is not
applied, a crash (or a store error) came between 1 and 3 and we cannot know which $inc landed; so we
do not guess: the counters of that metric are recomputed from the facts ($group/$sum, which FerretDB
has) and every fact is marked applied. The same reconciliation runs at start-up when any fact is
pending. Counters are thus never doubled nor lost; the cost is an occasional recount, and the facts
collection grows by one small document per event (no references, no content).
Reconciliation assumes one consumer per database at a time (the agent runs with concurrency 1).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pymongo import UpdateOne
from pymongo.errors import DuplicateKeyError

from pseah.analytics.stats.dimensions import METRIC_DIMENSIONS, Fact
from pseah.analytics.stats.models import CountedEvent, Counter, counter_id
from pseah.common.logging import get_logger

log = get_logger(__name__)


def facts_collection():
    return CountedEvent._get_collection()


def counters_collection():
    return Counter._get_collection()


def ensure_indexes() -> None:
    CountedEvent.ensure_indexes()
    Counter.ensure_indexes()


@dataclass(frozen=True)
class CountOutcome:
    counted: bool
    reconciled: bool = False


def count(*, fact: Fact) -> CountOutcome:
    facts = facts_collection()
    try:
        facts.insert_one({"_id": fact.event_id, "metric": fact.metric, **fact.dims, "applied": False})
    except DuplicateKeyError:
        existing = facts.find_one({"_id": fact.event_id}, {"applied": True})
        if existing and existing.get("applied"):
            return CountOutcome(counted=False)
        log.warning("analytics_pending_fact_found", metric=fact.metric)
        reconcile(metric=fact.metric)
        return CountOutcome(counted=False, reconciled=True)
    counters_collection().bulk_write([
        UpdateOne({"_id": counter_id(metric=fact.metric, dimension=d, value=v)},
                  {"$inc": {"count": 1}, "$setOnInsert": {"metric": fact.metric, "dimension": d, "value": v}},
                  upsert=True)
        for d, v in fact.dims.items()
    ], ordered=True)
    facts.update_one({"_id": fact.event_id}, {"$set": {"applied": True}})
    return CountOutcome(counted=True)


def reconcile(*, metric: str | None = None) -> int:
    """Recompute counters from the facts; returns how many pending facts it settled."""
    facts = facts_collection()
    metrics = [metric] if metric else list(METRIC_DIMENSIONS)
    pending = facts.count_documents({"applied": False, **({"metric": metric} if metric else {})})
    for name in metrics:
        for dimension in METRIC_DIMENSIONS[name]:
            rows = facts.aggregate([
                {"$match": {"metric": name}},
                {"$group": {"_id": f"${dimension}", "n": {"$sum": 1}}},
            ])
            fresh = {row["_id"]: row["n"] for row in rows if row["_id"] is not None}
            for value, n in fresh.items():
                counters_collection().update_one(
                    {"_id": counter_id(metric=name, dimension=dimension, value=value)},
                    {"$set": {"count": n, "metric": name, "dimension": dimension, "value": value}}, upsert=True)
            stale = [doc["_id"] for doc in counters_collection().find({"metric": name, "dimension": dimension})
                     if doc["value"] not in fresh]
            if stale:
                counters_collection().delete_many({"_id": {"$in": stale}})
    facts.update_many({"applied": False, **({"metric": metric} if metric else {})}, {"$set": {"applied": True}})
    if pending:
        log.info("analytics_reconciled", pending=pending, metric=metric or "all")
    return pending


def reconcile_if_pending() -> int:
    return reconcile() if facts_collection().find_one({"applied": False}, {"_id": True}) else 0


def counts(*, metric: str, dimension: str) -> Mapping[str, int]:
    return {doc["value"]: int(doc.get("count", 0))
            for doc in counters_collection().find({"metric": metric, "dimension": dimension})}

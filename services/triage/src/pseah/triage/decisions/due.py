"""Open clocks by the UTC hour they fall due (collection `clocks_due`), so the breach sweep reads by `_id` only.

The sweep runs on a timer. Finding the decisions with an open clock by `open_clocks=True` is a filter that FerretDB
answers by reading every decision ever made, and a `limit` on it checked only the first N in store order: with more
open cases than that, a due clock beyond them was never reported. Here:
- `expect` puts a case's reference in the hour bucket of each of its open clocks, before the decision is written
  (so a stored decision is never missing from a bucket; a bucket naming a decision that was never written costs
  one `_id` miss);
- the sweep reads the buckets from its cursor up to this hour by `_id`, then those decisions by `_id`;
- after it has recorded what was due, the cursor moves to the earliest hour that still holds an open clock it
  read (a clock whose breach could not be saved keeps the cursor at its hour), never past this hour;
- a clock registered in an hour the cursor has passed (a report triaged long after it was received, after an
  outage) moves the cursor back to it. Both moves are compare-and-set on the cursor, so a sweep that read the
  cursor before a move back never overwrites it.
Settled clocks (completed, breached) are skipped when read; buckets are never rewritten, only read past.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import mongoengine
from pymongo import UpdateOne
from pymongo.errors import DuplicateKeyError

from pseah.triage.decisions.models import Deadline, TriageDecision

_CURSOR = "sweep-cursor"
_BACKFILL = "clocks-due-v1"
# Where a sweep starts on a database without a cursor (no back-fill yet): beyond the longest clock.
_NO_CURSOR_LOOKBACK = timedelta(days=14)
# Hours one sweep may read (a cursor left behind by a long stop): the rest on the next ticks.
_MAX_HOURS = 24 * 30


class DueClocks(mongoengine.Document):
    """The cases with a clock due in one UTC hour."""

    meta = {"collection": "clocks_due"}

    id = mongoengine.StringField(primary_key=True)  # "<YYYY-MM-DDTHH>"
    refs = mongoengine.ListField(mongoengine.StringField())


class ClockMark(mongoengine.Document):
    """Small named values of the sweep: its cursor (an hour), the back-fill mark."""

    meta = {"collection": "clock_marks"}

    id = mongoengine.StringField(primary_key=True)
    value = mongoengine.StringField(default="")


def hour(at: datetime) -> str:
    at = at if at.tzinfo else at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H")


def _parse_hour(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H").replace(tzinfo=UTC)


def is_open(deadline: Deadline) -> bool:
    return deadline.completed_at is None and deadline.breached_at is None


def expect(*, reference: str, deadlines: Iterable[Deadline]) -> None:
    """Register the open clocks of a case (idempotent); call before writing the decision that holds them."""
    hours = sorted({hour(d.due_at) for d in deadlines if is_open(d)})
    if hours:
        # Every hour of the case in one command.
        DueClocks._get_collection().bulk_write([UpdateOne({"_id": due_hour}, {"$addToSet": {"refs": reference}},
                                                          upsert=True) for due_hour in hours], ordered=False)
        _rewind(hours[0])


def _rewind(due_hour: str) -> None:
    """The cursor back to `due_hour` if it stands later (a sweep starts there next), in one command: the upsert
    moves a later cursor, creates a missing one (this hour is where the first sweep starts), and collides with the
    cursor's `_id` when it stands at this hour or earlier (the usual case), where there is nothing to do."""
    try:
        ClockMark._get_collection().update_one({"_id": _CURSOR, "value": {"$gt": due_hour}},
                                               {"$set": {"value": due_hour}}, upsert=True)
    except DuplicateKeyError:
        pass


def candidates(*, now: datetime) -> tuple[list[TriageDecision], str | None]:
    """The decisions with a clock due from the cursor's hour up to this hour (some of them settled already), and
    the cursor as read (for `advance`)."""
    mark = ClockMark.objects(id=_CURSOR).first()
    seen = mark.value if mark and mark.value else None
    start = _parse_hour(seen) if seen else now - _NO_CURSOR_LOOKBACK
    hours, at = [], min(start, now)
    while hour(at) <= hour(now) and len(hours) < _MAX_HOURS:
        hours.append(hour(at))
        at += timedelta(hours=1)
    refs = sorted({ref for bucket in DueClocks.objects(id__in=hours) for ref in bucket.refs})
    return (list(TriageDecision.objects(reference__in=refs)) if refs else []), seen


def advance(*, now: datetime, still_open: Iterable[datetime], seen: str | None) -> str | None:
    """Move the cursor to the earliest hour still holding an open clock among those read, at most this hour; only
    if it still stands where the sweep read it (a clock registered meanwhile may have moved it back)."""
    value = min(min((hour(at) for at in still_open), default=hour(now)), hour(now))
    if seen is None:
        try:
            ClockMark(id=_CURSOR, value=value).save(force_insert=True)
            return value
        except mongoengine.NotUniqueError:
            return None
    return value if ClockMark.objects(id=_CURSOR, value=seen).update_one(set__value=value) else None


def backfill() -> int:
    """Once per database: the buckets of decisions stored before they existed (the one full read, at start)."""
    if ClockMark.objects(id=_BACKFILL).first() is not None:
        return 0
    by_hour: dict[str, set[str]] = {}
    for decision in TriageDecision.objects(open_clocks=True).only("reference", "deadlines"):
        for deadline in decision.deadlines:
            if is_open(deadline):
                by_hour.setdefault(hour(deadline.due_at), set()).add(decision.reference)
    for due_hour, refs in by_hour.items():
        DueClocks.objects(id=due_hour).update_one(add_to_set__refs=sorted(refs), upsert=True)
    if by_hour:
        _rewind(min(by_hour))  # earlier than any cursor a sweep may have set meanwhile: read next
    ClockMark(id=_BACKFILL, value=datetime.now(UTC).isoformat()).save()
    return sum(len(refs) for refs in by_hour.values())

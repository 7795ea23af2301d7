"""Open clocks by the UTC minute they fall due (collection `clocks_due`), so the breach sweep reads by `_id` only.

The sweep runs on a timer. Finding the decisions with an open clock by `open_clocks=True` is a filter that FerretDB
answers by reading every decision ever made, and a `limit` on it checked only the first N in store order: with more
open cases than that, a due clock beyond them was never reported. Here:
- `expect` puts a case's reference in the bucket of each of its open clocks (the minute it falls due, and one of
  SHARDS by the reference), before the decision is written (so a stored decision is never missing from a bucket; a
  bucket naming a decision that was never written costs one `_id` miss);
- the sweep reads, by `_id`, the buckets from its cursor's hour up to this minute (never the clocks not yet due), at
  most WINDOW_HOURS a tick, then those decisions by `_id`;
- after it has recorded what was due, the cursor moves to the earliest hour that still holds an open clock it
  read (a clock whose breach could not be saved keeps the cursor at its hour), never past this hour nor past the
  hours it read;
- a clock registered in an hour the cursor has passed (a report triaged long after it was received, after an
  outage) moves the cursor back to it. Both moves are compare-and-set on the cursor, so a sweep that read the
  cursor before a move back never overwrites it.
Settled clocks (completed, breached) are skipped when read; buckets are never rewritten, only read past.

Why minutes and shards: FerretDB rewrites a whole document on each change. With one bucket an hour (until
2026-12-06), a flood put every report's clock in the same one or two buckets: at about a thousand references the
`$addToSet` took 45 ms of store time a report, the largest single item of the flood's command census, growing with
the flood, and every tick read every decision of the hour, due or not. A bucket now holds the clocks of one minute
and one shard: at 50 reports a second, about 750 references. Hour buckets written before are still read.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

import mongoengine
from pymongo import UpdateOne
from pymongo.errors import DuplicateKeyError

from pseah.common import mongo
from pseah.triage.decisions.models import Deadline, TriageDecision

_CURSOR = "sweep-cursor"
_BACKFILL = "clocks-due-v1"
# Hours one sweep may read (a cursor left behind by a long stop): the rest on the next ticks, a window each.
WINDOW_HOURS = 72
SHARDS = 4
# Bucket ids in one `$in`.
_READ_CHUNK = 1000


class DueClocks(mongoengine.Document):
    """The cases with a clock due in one UTC hour."""

    meta = {"collection": "clocks_due"}

    id = mongoengine.StringField(primary_key=True)  # "<YYYY-MM-DDTHH>:<MM>.<shard>" (hour buckets before: "<YYYY-MM-DDTHH>")
    refs = mongoengine.ListField(mongoengine.StringField())


class ClockMark(mongoengine.Document):
    """Small named values of the sweep: its cursor (an hour), the back-fill mark."""

    meta = {"collection": "clock_marks"}

    id = mongoengine.StringField(primary_key=True)
    value = mongoengine.StringField(default="")


def _utc(at: datetime) -> datetime:
    return (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(UTC)


def hour(at: datetime) -> str:
    return _utc(at).strftime("%Y-%m-%dT%H")


def bucket(*, reference: str, at: datetime) -> str:
    """The bucket of a clock of `reference` falling due at `at`: its minute and a shard of the reference (ids sort
    in time order; the hour is what comes before the ':')."""
    return f"{_utc(at).strftime('%Y-%m-%dT%H:%M')}.{zlib.crc32(reference.encode()) % SHARDS}"


def _buckets_of_hour(due_hour: str, *, until_minute: int = 59) -> list[str]:
    """Every bucket id of an hour up to a minute, and the hour bucket of the code before minutes."""
    return [due_hour, *(f"{due_hour}:{minute:02d}.{shard}" for minute in range(until_minute + 1)
                        for shard in range(SHARDS))]


def _parse_hour(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H").replace(tzinfo=UTC)


def is_open(deadline: Deadline) -> bool:
    return deadline.completed_at is None and deadline.breached_at is None


def expect(*, reference: str, deadlines: Iterable[Deadline]) -> None:
    """Register the open clocks of a case (idempotent); call before writing the decision that holds them."""
    expect_all({reference: deadlines})


def expect_all(clocks: Mapping[str, Iterable[Deadline]]) -> None:
    """Register the open clocks of several cases (a poll's; idempotent), before writing the decisions that hold them:
    every bucket once, with all its new references, and the cursor moved back at most once."""
    by_bucket: dict[str, list[str]] = {}
    earliest = None
    for reference, deadlines in clocks.items():
        for at in (d.due_at for d in deadlines if is_open(d)):
            refs = by_bucket.setdefault(bucket(reference=reference, at=at), [])
            if reference not in refs:
                refs.append(reference)
            earliest = at if earliest is None else min(earliest, at)
    if by_bucket:
        # Every bucket in as few commands as the store takes (pseah.common.mongo.bulk_write).
        mongo.bulk_write(DueClocks._get_collection(), [
            UpdateOne({"_id": each}, {"$addToSet": {"refs": {"$each": refs}}}, upsert=True)
            for each, refs in sorted(by_bucket.items())], ordered=False)
        _rewind(hour(earliest))


def _rewind(due_hour: str) -> None:
    """The cursor back to `due_hour` if it stands later (a sweep starts there next), in one command: the upsert
    moves a later cursor, creates a missing one (this hour is where the first sweep starts), and collides with the
    cursor's `_id` when it stands at this hour or earlier (the usual case), where there is nothing to do."""
    try:
        ClockMark._get_collection().update_one({"_id": _CURSOR, "value": {"$gt": due_hour}},
                                               {"$set": {"value": due_hour}}, upsert=True)
    except DuplicateKeyError:
        pass


def candidates(*, now: datetime) -> tuple[list[TriageDecision], str | None, str]:
    """The decisions with a clock due from the cursor's hour up to this minute (some of them settled already), read
    at most WINDOW_HOURS from the cursor; the cursor as read, and the first hour not read (both for `advance`)."""
    mark = ClockMark.objects(id=_CURSOR).first()
    seen = mark.value if mark and mark.value else None
    # No cursor: no clock was ever registered (`expect` and `backfill` create it at their earliest hour), nothing due.
    start = _parse_hour(seen) if seen else now
    hours, at = [], min(start, now)
    while hour(at) <= hour(now) and len(hours) < WINDOW_HOURS:
        hours.append(hour(at))
        at += timedelta(hours=1)
    ids = [each for due_hour in hours for each in _buckets_of_hour(
        due_hour, until_minute=now.astimezone(UTC).minute if due_hour == hour(now) else 59)]
    refs = sorted({ref for start_at in range(0, len(ids), _READ_CHUNK)
                   for found in DueClocks._get_collection().find({"_id": {"$in": ids[start_at:start_at + _READ_CHUNK]}})
                   for ref in found.get("refs", [])})
    return (list(TriageDecision.objects(reference__in=refs)) if refs else []), seen, hour(at)


def advance(*, now: datetime, still_open: Iterable[datetime], seen: str | None, read_until: str | None = None
            ) -> str | None:
    """Move the cursor to the earliest hour still holding an open clock among those read, at most this hour and at
    most the first hour not read (`read_until`); only if it still stands where the sweep read it (a clock registered
    meanwhile may have moved it back)."""
    value = min(min((hour(at) for at in still_open), default=hour(now)), hour(now), read_until or hour(now))
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
    by_bucket: dict[str, set[str]] = {}
    for decision in TriageDecision.objects(open_clocks=True).only("reference", "deadlines"):
        for deadline in decision.deadlines:
            if is_open(deadline):
                by_bucket.setdefault(bucket(reference=decision.reference, at=deadline.due_at), set()).add(
                    decision.reference)
    for each, refs in by_bucket.items():
        DueClocks.objects(id=each).update_one(add_to_set__refs=sorted(refs), upsert=True)
    if by_bucket:
        # The earliest bucket's hour: earlier than any cursor a sweep may have set meanwhile, read next.
        _rewind(min(by_bucket).split(":", 1)[0])
    ClockMark(id=_BACKFILL, value=datetime.now(UTC).isoformat()).save()
    return sum(len(refs) for refs in by_bucket.values())

"""The triage officers' queue as a keyed read list (pseah.common.readlists, collection `queue_lists`).

Kept where decisions enter and leave the queue (decisions.service.enqueue / dequeue), so a page of the queue reads a
few documents by `_id` however many reports await confirmation; the old `queue` collection, read with a sort and a
count, cost a scan per page on FerretDB. Order as before: priority (critical first), then the deadline that falls
first (day buckets, then the exact time), then the oldest report, then the reference.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from pymongo.collection import Collection

from pseah.common import readlists
from pseah.common.readlists import Placement
from pseah.triage.decisions.models import QueueEntry

COLLECTION = "queue_lists"
NAME = "queue"
PRIORITIES = ("critical", "high", "medium", "low")
DEADLINE_STATES = readlists.DEADLINE_STATES
SOON = readlists.SOON
_NONE_DAY = readlists.NO_DEADLINE_DAY
_SHOWN = ("received_at", "priority", "category", "perpetrator_type", "child_involved", "urgent_medical", "confidence",
          "org_id", "route", "channel", "region_code", "next_deadline")


def _coll() -> Collection:
    return QueueEntry._get_collection().database[COLLECTION]


_aware = readlists.aware
_day = readlists.day


def _rank_prefix(rank: int) -> str:
    # Higher rank first in an ascending list: critical (3) -> "r06", unknown (-1) -> "r10".
    return f"r{9 - max(rank, -1):02d}"


def placement(fields: dict) -> Placement:
    """The queue entry of a decision from the queue's fields (decisions.service._queue_fields)."""
    upcoming = fields.get("next_deadline") or {}
    due = _aware(upcoming.get("due_at"))
    received = _aware(fields.get("received_at"))
    entry = {name: fields.get(name) for name in _SHOWN}
    entry["due"] = due
    # The strongest few related reports: the decision itself lists them all, with reasons.
    related = {key.split(".", 1)[1]: score for key, score in fields.items() if key.startswith("related.")}
    entry["related"] = dict(sorted(related.items(), key=lambda kv: (-(kv[1] or 0), kv[0]))[:5])
    bucket = f"{_rank_prefix(fields.get('rank', -1))}|{_day(due) if due else _NONE_DAY}"
    key = f"{due.isoformat() if due else '9999'}|{received.isoformat() if received else ''}"
    return Placement(bucket=bucket, key=key, entry=entry)


def put(*, reference: str, fields: dict) -> None:
    readlists.place(_coll(), ref=reference, lists={NAME: placement(fields)})


def put_all(fields_by_reference: dict[str, dict]) -> None:
    """put() for a poll's decisions at once (readlists.place_all)."""
    readlists.place_all(_coll(), [(reference, {NAME: placement(fields)})
                                  for reference, fields in fields_by_reference.items()])


def drop(*, reference: str) -> None:
    readlists.place(_coll(), ref=reference, lists={NAME: None})


@dataclass(frozen=True)
class Filters:
    priority: str = ""
    region: str = ""          # a region code or its prefix
    deadline_state: str = ""  # overdue | due_soon | on_time | none

    def matches(self, item: dict, *, now: datetime) -> bool:
        if self.priority and item.get("priority") != self.priority:
            return False
        if self.region and not (item.get("region_code") or "").startswith(self.region):
            return False
        return not self.deadline_state or deadline_state(_aware(item.get("due")), now=now) == self.deadline_state

    def bucket_verdict(self, now: datetime):
        """Skip the buckets no entry of which can match: another priority, or days outside the deadline state."""
        ranks = {"critical": 3, "high": 2, "medium": 1, "low": 0}
        wanted_prefix = _rank_prefix(ranks[self.priority]) if self.priority else None
        this_day, soon_day = _day(now), _day(now + SOON)

        def verdict(bucket: str) -> str:
            prefix, day = bucket.split("|", 1)
            day = day[:10]  # lists written before day buckets hold hour buckets until their entries change
            if wanted_prefix is not None:
                if prefix > wanted_prefix:
                    return "stop"
                if prefix != wanted_prefix:
                    return "skip"
            state = self.deadline_state
            if not state:
                return "read"
            if state == "none":
                return "read" if day == _NONE_DAY else "skip"
            if state == "overdue":
                return "read" if day <= this_day else "skip"
            if state == "due_soon":
                return "read" if this_day <= day <= soon_day else "skip"
            return "read" if soon_day <= day < _NONE_DAY else "skip"
        return verdict


deadline_state = readlists.deadline_state


def page(*, filters: Filters, after: str = "", limit: int = 50, now: datetime | None = None) -> readlists.Page:
    now = now or datetime.now(UTC)
    return readlists.read(_coll(), name=NAME, after=after, limit=limit,
                          match=lambda item: filters.matches(item, now=now), buckets=filters.bucket_verdict(now))


def size() -> int:
    return readlists.size(_coll(), NAME)


def _stored() -> Iterator[tuple[str, dict[str, Placement | None]]]:
    for doc in QueueEntry._get_collection().find({}):
        fields = {**doc, **{f"related.{ref}": score for ref, score in (doc.get("related") or {}).items()}}
        yield doc["_id"], {NAME: placement(fields)}


def backfill() -> int:
    """Once per database: the queue list from the queue entries stored before it (one read, at start)."""
    return readlists.backfill(_coll(), mark="queue-list-v1", items=_stored())

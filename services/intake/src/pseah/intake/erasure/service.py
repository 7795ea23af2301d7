"""Erasure in intake's store: the erasure record on the report, its event in the report's outbox, and the list of
closed cases the retention policy is evaluated over. Every read and write is by `_id`.

- The report is the truth: `erased_at` and `erasure` (the record) are set together with case.erased.v1 owed in its
  outbox, by one conditional single-document update (no transactions on FerretDB). That update is the commit point.
- The closed cases are a keyed read list (pseah.common.readlists, collection `retention_lists`, list `closed`),
  bucketed by the day the investigation closed; the status consumer puts a case there when it closes. The policy
  reads only the days that can be due, never every report.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from pymongo.collection import Collection

from pseah.common import outbox, readlists
from pseah.common.events import CloudEvent, Topics
from pseah.common.readlists import Placement
from pseah.intake.report.models import Report

COLLECTION = "retention_lists"
CLOSED = "closed"
BACKFILL_MARK = "closed-v1"


@dataclass(frozen=True)
class CaseState:
    """What the erasure flow needs to know of a case (no content)."""

    reference: str
    erasure: dict | None  # the record once erased


@dataclass(frozen=True)
class ClosedCase:
    reference: str
    closed_at: datetime
    outcome: str | None


def _coll() -> Collection:
    return Report._get_collection().database[COLLECTION]


class MongoErasureStore:
    """The store seam of erasure.flows, on intake's database."""

    def load(self, reference: str) -> CaseState | None:
        doc = Report._get_collection().find_one({"_id": reference}, {"_id": 1, "erasure": 1, "erased_at": 1})
        if doc is None:
            return None
        erased_at = doc.get("erased_at")
        if erased_at is None:
            return CaseState(reference=reference, erasure=None)
        return CaseState(reference=reference, erasure={**(doc.get("erasure") or {}), "erased_at": erased_at})

    def commit(self, *, reference: str, record: dict, event: CloudEvent) -> bool:
        """Mark the report erased with its event owed, unless it already is; True if this call did it."""
        item = {"id": event.id, "topic": Topics.CASES, "value": event.to_bytes().decode()}
        outbox.owe(Report, reference)  # before the write that owes it (pseah.common.outbox)
        result = Report._get_collection().update_one(
            {"_id": reference, "erased_at": None},
            {"$set": {"erased_at": record["erased_at"], "erasure": record, "has_pending": True,
                      "pending_since": record["erased_at"]},
             "$push": {"pending_events": item}})
        if result.modified_count != 1:
            outbox.retract(Report, reference)
        return result.modified_count == 1

    def unschedule(self, reference: str) -> None:
        readlists.place(_coll(), ref=reference, lists={CLOSED: None})

    def closed_until(self, last_day: str, *, page_size: int = 200) -> Iterator[ClosedCase]:
        """Closed cases whose closing day is `last_day` or earlier, oldest first."""
        after = ""
        while True:
            page = readlists.read(_coll(), name=CLOSED, after=after, limit=page_size,
                                  buckets=lambda bucket: "read" if bucket <= last_day else "stop")
            for entry in page.entries:
                closed_at = readlists.aware(entry.get("closed_at"))
                if isinstance(closed_at, datetime):
                    yield ClosedCase(reference=entry["_ref"], closed_at=closed_at, outcome=entry.get("outcome"))
            if not page.next_token:
                return
            after = page.next_token


def placement(*, closed_at: datetime, outcome: str | None) -> Placement:
    closed_at = readlists.aware(closed_at).astimezone(UTC)
    return Placement(bucket=readlists.day(closed_at), key=closed_at.isoformat(),
                     entry={"closed_at": closed_at, "outcome": outcome})


def schedule_closed(*, reference: str, closed_at: datetime, outcome: str | None) -> None:
    """Put a closed case on the list the retention policy reads (idempotent)."""
    readlists.place(_coll(), ref=reference, lists={CLOSED: placement(closed_at=closed_at, outcome=outcome)})


def is_erased(reference: str) -> bool:
    doc = Report._get_collection().find_one({"_id": reference}, {"erased_at": 1})
    return doc is not None and doc.get("erased_at") is not None


def backfill_closed() -> int:
    """Once per database: list the cases closed before this list existed (the one full read, at start)."""
    def items():
        for report in Report.objects(status="closed").only("reference", "status_history", "outcome", "updated_at",
                                                            "erased_at"):
            if report.erased_at is not None:
                continue
            closed = [h.get("at") for h in report.status_history or [] if h.get("status") == "closed"]
            at = closed[-1] if closed and closed[-1] else report.updated_at
            if at is not None:
                yield report.reference, {CLOSED: placement(closed_at=at, outcome=report.outcome)}

    return readlists.backfill(_coll(), mark=BACKFILL_MARK, items=items())

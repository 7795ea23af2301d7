"""The case lists staff page through: a focal point's inbox per organisation and the coordinator's board, by deadline.

Kept by the writes that change a case (pseah.referral.cases.service, cases.confirmed) in keyed read lists
(pseah.common.readlists, collection `case_lists`), so listing a page reads a few documents by `_id` however many
cases the store holds. Lists:

- `open|<owner_org>` and `open|*` (the coordinator's board): cases whose investigation is not closed, by the next
  deadline still running (day buckets; the acknowledge clock stops at acknowledgement), then by reference. Overdue
  cases come first, so the board's escalations are its first pages.
- `closed|<owner_org>` and `closed|*`: closed cases, most recently closed first, so open lists stay small.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from pymongo.collection import Collection

from pseah.common import readlists
from pseah.common.readlists import Placement
from pseah.referral.cases.models import Case

COLLECTION = "case_lists"
ALL = "*"
NO_DEADLINE = readlists.NO_DEADLINE_DAY
ACKNOWLEDGE_KINDS = ("acknowledgement", "acknowledge")
DEADLINE_STATES = readlists.DEADLINE_STATES
SOON = readlists.SOON
# What a list entry keeps: the fields ListCases has always answered (the Case message without `sealed`), no more;
# empty ones are left out, since FerretDB decodes every byte of a page on every read.
_FIELDS = ("org_id", "owner_org", "queue", "route", "priority", "category", "perpetrator_type", "channel",
           "region_code", "status", "created_at", "acknowledged_at", "acknowledged_by", "investigation_status")


def _coll() -> Collection:
    return Case._get_collection().database[COLLECTION]


_aware = readlists.aware
_day = readlists.day


def next_due(case: Case) -> datetime | None:
    """The deadline still running that falls first: the acknowledge clock only until the case is acknowledged."""
    running = [_aware(d.get("due_at")) for d in case.deadlines or []
               if d.get("due_at") and not (d.get("kind") in ACKNOWLEDGE_KINDS and case.status == "acknowledged")]
    return min(running, default=None)


def entry(case: Case) -> dict:
    """What a list shows of a case: metadata only, never the sealed values."""
    out = {name: getattr(case, name, None) for name in _FIELDS}
    out = {name: value for name, value in out.items() if value is not None}
    if case.flags:
        out["flags"] = list(case.flags)
    out["deadlines"] = [{"kind": d.get("kind"), "due_at": d.get("due_at")} for d in case.deadlines or []]
    assignee = case.assignee or {}
    out["assignee"] = {k: assignee[k] for k in ("username", "email", "role", "org_id") if assignee.get(k)}
    out["due"] = next_due(case)
    return out


def placements(case: Case, *, now: datetime | None = None) -> dict[str, Placement | None]:
    """Every list the case belongs in now, and None for the ones it must leave."""
    orgs = {case.owner_org, ALL}
    shown = entry(case)
    if case.investigation_status == "closed":
        at = now or datetime.now(UTC)
        closed = Placement(bucket=_day(at), key=at.isoformat(), entry=shown)
        return {f"closed|{org}": closed for org in orgs}
    due = shown["due"]
    running = Placement(bucket=_day(due) if due else NO_DEADLINE, key=due.isoformat() if due else "", entry=shown)
    return {f"open|{org}": running for org in orgs}


def refresh(case: Case | None) -> Case | None:
    """Move the case to where it belongs in every list (idempotent); lists it left lose it (a transfer, a closing)."""
    if case is not None:
        readlists.place(_coll(), ref=case.reference, lists=placements(case), exclusive=True)
    return case


def refresh_all(cases: list[Case]) -> None:
    """refresh() for a poll's cases together (readlists.place_all: a few commands a poll, not a few a case)."""
    readlists.place_all(_coll(), [(case.reference, placements(case)) for case in cases], exclusive=True)


@dataclass(frozen=True)
class Filters:
    status: str = ""          # assigned | acknowledged
    priority: str = ""        # critical | high | medium | low
    region: str = ""          # a region code or its prefix (a province's two digits)
    deadline_state: str = ""  # overdue | due_soon | on_time | none

    def matches(self, item: dict, *, now: datetime) -> bool:
        if self.status and item.get("status") != self.status:
            return False
        if self.priority and item.get("priority") != self.priority:
            return False
        if self.region and not (item.get("region_code") or "").startswith(self.region):
            return False
        return not self.deadline_state or deadline_state(_aware(item.get("due")), now=now) == self.deadline_state


deadline_state = readlists.deadline_state


def _bucket_verdict(state: str, now: datetime):
    """Which day buckets can hold cases in the deadline state: the list is by deadline, so most are skipped."""
    this_day, soon_day = _day(now), _day(now + SOON)

    def verdict(bucket: str) -> str:
        # [:10]: lists written before day buckets hold hour buckets ("2026-12-05T23") until their cases change.
        bucket = bucket[:10]
        if state == "none":
            return "read" if bucket == NO_DEADLINE else "skip"
        if state == "overdue":
            return "read" if bucket <= this_day else "stop"
        if state == "due_soon":
            return "skip" if bucket < this_day else ("read" if bucket <= soon_day else "stop")
        if state == "on_time":
            return "skip" if bucket < soon_day or bucket == NO_DEADLINE else "read"
        return "read"
    return verdict


def page(*, owner_org: str | None, filters: Filters, closed: bool = False, after: str = "", limit: int = 50,
         now: datetime | None = None) -> tuple[list[Case], str]:
    """One page of a list: (cases as unsaved Case objects without sealed values, the next page's token or "")."""
    now = now or datetime.now(UTC)
    name = f"{'closed' if closed else 'open'}|{owner_org or ALL}"
    found = readlists.read(_coll(), name=name, after=after, limit=limit, descending=closed,
                           match=lambda item: filters.matches(item, now=now),
                           buckets=_bucket_verdict(filters.deadline_state, now) if not closed else
                           (lambda bucket: "read"))
    return [_case(item) for item in found.entries], found.next_token


def _case(item: dict) -> Case:
    fields = {name: item.get(name) for name in _FIELDS if item.get(name) is not None}
    return Case(reference=item["_ref"], flags=item.get("flags") or [], deadlines=item.get("deadlines") or [],
                assignee=item.get("assignee") or {}, **fields)


def size(*, owner_org: str | None, closed: bool = False) -> int:
    return readlists.size(_coll(), f"{'closed' if closed else 'open'}|{owner_org or ALL}")


def _stored() -> Iterator[tuple[str, dict[str, Placement | None]]]:
    for case in Case.objects.exclude("sealed", "pending_events", "transfers", "consent"):
        yield case.reference, placements(case)


def backfill() -> int:
    """Once per database: the lists of cases stored before them (one read of the cases, at start)."""
    return readlists.backfill(_coll(), mark="case-lists-v1", items=_stored())

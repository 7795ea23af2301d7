"""The read model of one case, and the table cells it contributes: pure functions, no I/O, no clock.

A case is known to analytics only as a small document of labels and times, keyed by a hash of its reference
(the reference itself is never stored here). Events may arrive in any order (two topics, two lanes each), and
any event may arrive twice, so `apply` is written to be order-free and idempotent:
- the automatic triage and the officer's confirmation are each kept with their event time and only a newer one
  replaces them; the confirmed values win over the automatic ones whatever the order of arrival;
- first times (acknowledged, first referral) take the earliest value seen; flags (breached, accepted) only set;
- the investigation status keeps the latest report by its time (a case can be reopened).

`contribution(case)` is the multiset of table cells the case counts in: one cell per (table, month, row, column,
province). The store keeps, on each case, the cells it last contributed; applying an event moves the counters by
the difference, so a confirmation that changes the category moves the case from one row to another.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from pseah.analytics.stats.dimensions import UNKNOWN, label, org_type, province, regency
from pseah.common import payloads
from pseah.common.events import CloudEvent, EventTypes

# The dimensions of the reports table (one table per dimension, each crossed with the province).
REPORT_DIMENSIONS = ("category", "priority", "province", "regency", "org_type", "channel", "perpetrator_type",
                     "child_involved", "language")
ASSIGNMENT_DIMENSIONS = ("priority", "org_type")
# An organisation's own figures (the partner API): the same labels, with the organisation where the province is.
ORG_DIMENSIONS = ("category", "priority", "province", "channel", "perpetrator_type", "child_involved")
TIMES = ("acknowledge", "refer", "close")
# Upper edges (hours) of the time buckets; the last bucket is open ("over 720 h"). Percentiles are read from
# these buckets, so a p90 is reported as "at most N hours", never as an exact time of one case.
BUCKET_EDGES_H = (1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 720)
OPEN_BUCKET = "over"
# Which action meets which deadline clock (triage's clocks/policy.py).
MEETS = {"acknowledgement": "acknowledged_at", "referral_offered": "referred_at"}
# Which referral events set which flag on the referral.
REFERRAL_FLAGS = {EventTypes.REFERRAL_ACCEPTED: "accepted", EventTypes.REFERRAL_DECLINED: "declined",
                  EventTypes.REFERRAL_COMPLETED: "completed", EventTypes.REFERRAL_FAILED: "failed"}
# Cell field separator inside a table document (keys may hold neither "." nor a leading "$").
SEP = "~"


def case_key(reference: str) -> str:
    """A stable key for a case that is not its reference (which analytics never stores or returns)."""
    return hashlib.sha256(f"pseah-analytics|{reference}".encode()).hexdigest()[:32]


def stamp(when: datetime) -> str:
    """A UTC time as text that sorts in time order (so min/max and comparisons need no parsing)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def _time_of(value: datetime | None, event: CloudEvent) -> str:
    """The time the payload gives for its fact, else the event's own time."""
    return stamp(value) if value is not None else stamp(event.time)


def _yes_no(value: object) -> str:
    return "yes" if value is True else "no" if value is False else UNKNOWN


def _earliest(current: str | None, candidate: str) -> str:
    return candidate if current is None or candidate < current else current


def _newer(current: Mapping | None, at: str) -> bool:
    return current is None or at >= current.get("at", "")


def _deadlines(deadlines: list[payloads.Deadline]) -> dict[str, str]:
    return {label(item.kind): stamp(item.due_at) for item in deadlines}


def apply(case: Mapping[str, Any] | None, event: CloudEvent, *,
          organizations: Mapping[str, Mapping]) -> dict[str, Any] | None:
    """The case after `event`, or None when analytics does not read this event type. Never mutates `case`.

    The event's data is read as its typed payload (pseah.common.payloads): one that breaks its contract raises
    pydantic.ValidationError, which the stream runner dead-letters with the reason."""
    handler = HANDLERS.get(event.type)
    if handler is None:
        return None
    out: dict[str, Any] = {key: (dict(value) if isinstance(value, dict) else value)
                           for key, value in (case or {}).items()}
    handler(out, event, payloads.payload(event), organizations)
    return out


def _triaged(case: dict, event: CloudEvent, data: payloads.ReportTriaged, organizations: Mapping) -> None:
    at = stamp(event.time)
    # The first triage starts the clocks the times are measured from; a re-triage does not restart them.
    case["triaged_at"] = _earliest(case.get("triaged_at"), at)
    if _newer(case.get("auto"), at):
        case["auto"] = {
            "at": at, "category": label(data.category), "priority": label(data.priority),
            "perpetrator_type": label(data.perpetrator_type),
            "child_involved": _yes_no(data.child_involved),
            "channel": label(data.channel), "province": province(data.region_code),
            "regency": regency(data.region_code),
            "org_type": org_type(data.org_id, organizations),
            "org": label(data.org_id),
            "language": label(data.language),
        }
        deadlines = dict(case.get("deadlines") or {})
        deadlines.update(_deadlines(data.deadlines))
        case["deadlines"] = deadlines


def _confirmed(case: dict, event: CloudEvent, data: payloads.TriageConfirmed, organizations: Mapping) -> None:
    at = _time_of(data.confirmed_at, event)
    if _newer(case.get("confirmed"), at):
        case["confirmed"] = {
            "at": at, "category": label(data.category), "priority": label(data.priority),
            "perpetrator_type": label(data.perpetrator_type),
            "child_involved": _yes_no(data.child_involved),
            "org_type": org_type(data.org_id, organizations),
            "org": label(data.org_id),
        }
        # The confirmation recomputes the open clocks; a clock already met keeps its due time.
        deadlines = dict(case.get("deadlines") or {})
        deadlines.update(_deadlines(data.deadlines))
        case["deadlines"] = deadlines


def _breached(case: dict, event: CloudEvent, data: payloads.DeadlineBreached, organizations: Mapping) -> None:
    breached = dict(case.get("breached") or {})
    breached[label(data.kind)] = True
    case["breached"] = breached


def _assigned(case: dict, event: CloudEvent, data: payloads.CaseAssigned, organizations: Mapping) -> None:
    at = stamp(event.time)
    if _newer(case.get("assigned"), at):
        first = (case.get("assigned") or {}).get("first_at", at)
        case["assigned"] = {"at": at, "first_at": min(first, at), "priority": label(data.priority),
                            "org_type": org_type(data.org_id, organizations)}
    else:
        case["assigned"] = {**case["assigned"], "first_at": min(case["assigned"].get("first_at", at), at)}


def _acknowledged(case: dict, event: CloudEvent, data: payloads.CaseAcknowledged, organizations: Mapping) -> None:
    case["acknowledged_at"] = _earliest(case.get("acknowledged_at"), _time_of(data.acknowledged_at, event))


def _transferred(case: dict, event: CloudEvent, data: payloads.CaseTransferred, organizations: Mapping) -> None:
    at = _time_of(data.transferred_at, event)
    if _newer(case.get("transfer"), at):
        case["transfer"] = {"at": at, "org_type": org_type(data.to_org, organizations), "org": label(data.to_org)}


def _investigation(case: dict, event: CloudEvent, data: payloads.CaseInvestigationUpdated,
                   organizations: Mapping) -> None:
    at = _time_of(data.reported_at, event)
    current = case.get("investigation")
    if _newer(current, at):
        closed = data.status == "closed"
        first_closed = (current or {}).get("closed_at")
        case["investigation"] = {"at": at, "status": label(data.status),
                                 # Time to close is to the first close of the case; reopening clears it.
                                 "closed_at": (first_closed or at) if closed else None}


def _referral(case: dict, event: CloudEvent, data: payloads.Referral, organizations: Mapping) -> None:
    rid = hashlib.sha256(data.referral_id.encode()).hexdigest()[:16]
    referrals = {k: dict(v) for k, v in (case.get("referrals") or {}).items()}
    item = referrals.setdefault(rid, {})
    item["service_type"] = label(data.service_type)
    at = stamp(event.time)
    if event.type == EventTypes.REFERRAL_CREATED:
        item["created_at"] = _earliest(item.get("created_at"), at)
        case["referred_at"] = _earliest(case.get("referred_at"), at)
    else:
        item[REFERRAL_FLAGS[event.type]] = True
        # A decision seen before its creation (another lane) still dates the referral until creation arrives.
        item.setdefault("seen_at", at)
        item["seen_at"] = min(item["seen_at"], at)
    referrals[rid] = item
    case["referrals"] = referrals


HANDLERS = {
    EventTypes.REPORT_TRIAGED: _triaged,
    EventTypes.TRIAGE_CONFIRMED: _confirmed,
    EventTypes.DEADLINE_BREACHED: _breached,
    EventTypes.CASE_ASSIGNED: _assigned,
    EventTypes.CASE_ACKNOWLEDGED: _acknowledged,
    EventTypes.CASE_TRANSFERRED: _transferred,
    EventTypes.CASE_INVESTIGATION_UPDATED: _investigation,
    EventTypes.REFERRAL_CREATED: _referral,
    EventTypes.REFERRAL_ACCEPTED: _referral,
    EventTypes.REFERRAL_DECLINED: _referral,
    EventTypes.REFERRAL_COMPLETED: _referral,
    EventTypes.REFERRAL_FAILED: _referral,
}
READ_TYPES = frozenset(HANDLERS)


def effective(case: Mapping[str, Any]) -> dict[str, str] | None:
    """The labels a triaged case is counted under: the officer's confirmed values over the automatic ones."""
    auto = case.get("auto")
    if not auto:
        return None
    values = {d: auto.get(d, UNKNOWN) for d in (*REPORT_DIMENSIONS, "org")}
    confirmed = case.get("confirmed")
    if confirmed:
        for field in ("category", "priority", "perpetrator_type", "child_involved", "org_type", "org"):
            if confirmed.get(field) not in (None, UNKNOWN):
                values[field] = confirmed[field]
    transfer = case.get("transfer")
    latest_org_at = max((confirmed or {}).get("at", ""), auto.get("at", ""))
    if transfer and transfer.get("at", "") >= latest_org_at and transfer.get("org_type") != UNKNOWN:
        values["org_type"] = transfer["org_type"]
        values["org"] = transfer.get("org", UNKNOWN)
    return values


def bucket(hours: float) -> str:
    for edge in BUCKET_EDGES_H:
        if hours <= edge:
            return f"le{edge}"
    return OPEN_BUCKET


def _hours(start: str, end: str) -> float:
    return max(0.0, (_parse(end) - _parse(start)).total_seconds() / 3600)


def cell(table: str, month_: str, row: str, column: str, province_: str) -> str:
    """"<table>|<month>|<row>~<column>~<province>": the document id is before the last "|", the field after."""
    return f"{table}|{month_}|{row}{SEP}{column}{SEP}{province_}"


def contribution(case: Mapping[str, Any]) -> Counter:
    """Every table cell this case counts in (a multiset: several referrals may share one cell)."""
    out: Counter = Counter()
    values = effective(case)
    triaged_at = case.get("triaged_at")
    prov = values["province"] if values else UNKNOWN
    if values and triaged_at:
        cohort = triaged_at[:7]
        for dimension in REPORT_DIMENSIONS:
            out[cell(f"reports.{dimension}", cohort, values[dimension], "n", prov)] += 1
        for dimension in ORG_DIMENSIONS:
            out[cell(f"org.{dimension}", cohort, values[dimension], "n", values["org"])] += 1
        ends = {"acknowledge": case.get("acknowledged_at"), "refer": case.get("referred_at"),
                "close": (case.get("investigation") or {}).get("closed_at")}
        for name, end in ends.items():
            if end:
                out[cell(f"times.{name}", cohort, bucket(_hours(triaged_at, end)), "n", prov)] += 1
        breached = case.get("breached") or {}
        for kind, due in (case.get("deadlines") or {}).items():
            done = case.get(MEETS.get(kind, ""))
            if breached.get(kind) or (done and done > due):
                state = "breached"
            elif done:
                state = "met"
            else:
                state = "open"
            out[cell("deadlines", cohort, kind, state, prov)] += 1
    assigned = case.get("assigned")
    if assigned:
        cohort = assigned.get("first_at", assigned["at"])[:7]
        for dimension in ASSIGNMENT_DIMENSIONS:
            out[cell(f"assignments.{dimension}", cohort, assigned.get(dimension, UNKNOWN), "n", prov)] += 1
    for item in (case.get("referrals") or {}).values():
        dated = item.get("created_at") or item.get("seen_at")
        if not dated:
            continue
        if item.get("accepted") or item.get("completed"):
            outcome = "accepted"
        elif item.get("declined"):
            outcome = "declined"
        elif item.get("failed"):
            outcome = "failed"
        else:
            outcome = "pending"
        out[cell("referrals", dated[:7], item.get("service_type", UNKNOWN), outcome, prov)] += 1
    return out


def split(cell_id: str) -> tuple[str, str]:
    """(document id, field) of a cell."""
    doc_id, _, field = cell_id.rpartition("|")
    return doc_id, field



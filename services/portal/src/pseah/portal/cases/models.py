"""The portal's view of a case, independent of the wire format (gRPC today)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

PRIORITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}
# Case.investigation_status of proto/pseah/api/cases/v1/cases.proto. Closing is reporting `closed`, which is final;
# the outcome is the status reported just before it, so a close reports the outcome first, then `closed`.
INVESTIGATION_STEPS = ("not_started", "in_progress", "referred_to_authorities", "substantiated", "unsubstantiated")
CLOSING_OUTCOMES = ("substantiated", "unsubstantiated", "referred_to_authorities")
CLOSED = "closed"


@dataclass(frozen=True)
class Deadline:
    kind: str
    due_at: datetime | None


@dataclass(frozen=True)
class CaseView:
    reference: str
    org_id: str | None = None
    queue: str = ""
    priority: str = ""
    category: str = ""
    flags: tuple[str, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    channel: str = ""
    region_code: str = ""
    status: str = ""
    assignee: str = ""
    created_at: datetime | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by: str = ""
    route: str = ""
    perpetrator_type: str = ""
    investigation_status: str = ""
    # The organisation whose people hold the case (the assignee's): what the referral service scopes by.
    owner_org: str | None = None
    # Sealed tokens as triage sent them; opened only by cases.flows after the read is audited.
    sealed: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def closed(self) -> bool:
        return self.investigation_status == CLOSED

    @property
    def next_deadline(self) -> datetime | None:
        dates = [d.due_at for d in self.deadlines if d.due_at is not None]
        return min(dates) if dates else None


def inbox_order(cases: list[CaseView]) -> list[CaseView]:
    """Earliest deadline first; cases without a deadline last, then by priority and reference."""
    def key(case: CaseView):
        due = case.next_deadline
        return (due is None, due.timestamp() if due else 0.0, PRIORITY_ORDER.get(case.priority, 9), case.reference)

    return sorted(cases, key=key)

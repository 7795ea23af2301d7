"""Deadlines of one triaged case, and which of them are breached. Pure functions: the caller gives `now`."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from pseah.triage.classification.model import Category, Classification
from pseah.triage.clocks.policy import DEFAULT_POLICY, DeadlineKind, DeadlinePolicy


@dataclass(frozen=True)
class Deadline:
    kind: str            # a DeadlineKind value (plain str, as stored and published)
    due_at: datetime
    basis: str = ""      # why this duration: 'critical priority', 'urgent medical', 'default'

    def to_dict(self) -> dict:
        return {"kind": self.kind, "due_at": self.due_at.isoformat(), "basis": self.basis}


def _aware(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC, as the stores return them."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _applies(kind: DeadlineKind, classification: Classification) -> bool:
    if kind is DeadlineKind.REFERRAL_OFFERED:
        # someone to refer: a survivor of sexual misconduct, or a child harmed in any way
        return classification.category.is_sexual or classification.child_involved
    if kind is DeadlineKind.INVESTIGATION_DECISION:
        return classification.category is not Category.NOT_MISCONDUCT
    return True


def deadlines_for(*, classification: Classification, received_at: datetime,
                  policy: DeadlinePolicy = DEFAULT_POLICY) -> list[Deadline]:
    """The clocks a case starts when it is received, earliest first."""
    start = _aware(received_at)
    out = []
    for kind, rule in policy.rules.items():
        if not _applies(kind, classification):
            continue
        duration, basis = rule.duration(priority=classification.priority,
                                        urgent_medical=classification.urgent_medical)
        out.append(Deadline(kind=kind.value, due_at=start + duration, basis=basis))
    return sorted(out, key=lambda d: (d.due_at, d.kind))


def breached(*, deadlines: Iterable[Deadline], now: datetime, completed_kinds: Iterable[str]) -> list[Deadline]:
    """Deadlines past due (strictly after `due_at`) whose step has not been completed."""
    done = {str(kind) for kind in completed_kinds}
    moment = _aware(now)
    return [d for d in deadlines if d.kind not in done and moment > _aware(d.due_at)]

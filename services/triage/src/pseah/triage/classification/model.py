"""The vocabulary of a triage proposal (values as in PRODUCT.md) and the proposal itself."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Category(StrEnum):
    SEXUAL_EXPLOITATION = "sexual_exploitation"
    SEXUAL_ABUSE = "sexual_abuse"
    SEXUAL_HARASSMENT = "sexual_harassment"
    OTHER_MISCONDUCT = "other_misconduct"
    NOT_MISCONDUCT = "not_misconduct"

    @property
    def is_sexual(self) -> bool:
        return self in SEXUAL_CATEGORIES


SEXUAL_CATEGORIES = frozenset(
    {Category.SEXUAL_EXPLOITATION, Category.SEXUAL_ABUSE, Category.SEXUAL_HARASSMENT}
)


class PerpetratorType(StrEnum):
    AID_WORKER = "aid_worker"
    COMMUNITY_MEMBER = "community_member"
    UNKNOWN = "unknown"


class Priority(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """Higher is more urgent; lets callers compare priorities without string tricks."""
        return _RANK[self]


_RANK = {Priority.LOW: 0, Priority.MEDIUM: 1, Priority.HIGH: 2, Priority.CRITICAL: 3}


def required_priority(*, category: Category, child_involved: bool, urgent_medical: bool,
                      ongoing_danger: bool) -> Priority:
    """The priority rule of PRODUCT.md; the classifier may raise it, never lower it."""
    if child_involved or urgent_medical or ongoing_danger:
        return Priority.CRITICAL
    if category in (Category.SEXUAL_EXPLOITATION, Category.SEXUAL_ABUSE):
        return Priority.HIGH
    if category is Category.SEXUAL_HARASSMENT:
        return Priority.MEDIUM
    return Priority.LOW


@dataclass(frozen=True)
class Classification:
    """An automatic proposal: a triage officer confirms or overrides it."""

    category: Category
    perpetrator_type: PerpetratorType
    child_involved: bool
    urgent_medical: bool
    priority: Priority
    reasons: tuple[str, ...] = field(default_factory=tuple)
    confidence: float = 0.5
    # True when a triage officer should look first: the report could not be placed, reads poorly (a language
    # or spelling the lexicons cover thinly), or the proposal rests on unsure guesses.
    needs_review: bool = False
    # Kept for the priority invariant and for callers; not part of the published summary.
    ongoing_danger: bool = False

    def to_dict(self) -> dict:
        """JSON-ready summary with the fields of report.triaged.v1 (reasons quote the narrative: seal them)."""
        return {
            "category": self.category.value,
            "perpetrator_type": self.perpetrator_type.value,
            "child_involved": self.child_involved,
            "urgent_medical": self.urgent_medical,
            "priority": self.priority.value,
            "confidence": round(self.confidence, 2),
            "needs_review": self.needs_review,
            "reasons": list(self.reasons),
        }

"""The referral lifecycle, pure: created -> accepted | declined | failed; accepted -> completed | failed.

A decline, or a referral nobody answered in time (failed from created), re-refers to the next match.
"""
from __future__ import annotations

STATUSES = ("created", "accepted", "declined", "completed", "failed")
OPEN = frozenset({"created", "accepted"})
TRANSITIONS: dict[str, frozenset[str]] = {
    "created": frozenset({"accepted", "declined", "failed"}),
    "accepted": frozenset({"completed", "failed"}),
}
# Codes only: free text from a provider could describe the survivor, and these travel in events.
DECLINE_REASONS = ("no_capacity", "out_of_area", "service_unavailable", "not_eligible", "conflict_of_interest",
                   "other")
FAIL_REASONS = ("no_response", "survivor_unreachable", "survivor_withdrew", "service_interrupted", "other")


class InvalidTransition(Exception):
    def __init__(self, current: str, wanted: str):
        super().__init__(f"{current} -> {wanted}")
        self.current, self.wanted = current, wanted


class InvalidReason(ValueError):
    pass


def check(current: str, wanted: str, *, reason: str | None = None) -> None:
    """Raise unless `current -> wanted` is allowed, a decline/failure names a known reason and a completion none."""
    if wanted not in TRANSITIONS.get(current, frozenset()):
        raise InvalidTransition(current, wanted)
    if wanted == "declined" and reason not in DECLINE_REASONS:
        raise InvalidReason("decline")
    if wanted == "failed" and reason not in FAIL_REASONS:
        raise InvalidReason("failure")
    if wanted == "completed" and reason:
        # Only a decline or a failure names a reason, from the codes above: referral.completed.v1 carries none
        # (its consumers refuse a reason outside the contract's codes, and free text could be content).
        raise InvalidReason("completion")


def rerefers(*, previous: str, wanted: str) -> bool:
    """A decline, or a failure before anyone accepted, sends the survivor to the next match."""
    return wanted == "declined" or (wanted == "failed" and previous == "created")


def is_final(status: str) -> bool:
    return status not in TRANSITIONS

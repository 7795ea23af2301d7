"""The portal's view of a survivor service referral (the referral service's ReferralService), independent of gRPC.

No survivor detail: ids, the case reference, service type, codes and times are all a provider gets here; it learns the
rest through its own contact with the survivor.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# The codes of proto/pseah/api/referral/v1/referral.proto (Referral.decline_reason, Referral.outcome_reason). Codes
# only, never free text: a provider's words could describe the survivor, and these travel in events auditors read.
DECLINE_REASONS = ("no_capacity", "out_of_area", "service_unavailable", "not_eligible", "conflict_of_interest", "other")
FAIL_REASONS = ("survivor_unreachable", "survivor_withdrew", "service_interrupted", "other")
OUTCOMES = ("completed", "failed")
OPEN_STATUSES = ("created", "accepted")


@dataclass(frozen=True)
class ReferralView:
    id: str
    reference: str
    service_type: str
    provider_id: str
    provider_org: str = ""
    status: str = ""
    rank: int = 0
    consent_override: bool = False
    decline_reason: str = ""
    outcome_reason: str = ""
    previous_id: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    respond_by: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def can_accept(self) -> bool:
        return self.status == "created"

    @property
    def can_complete(self) -> bool:
        return self.status == "accepted"

    @property
    def reason(self) -> str:
        return self.decline_reason or self.outcome_reason


def provider_order(referrals: list[ReferralView]) -> tuple[list[ReferralView], list[ReferralView]]:
    """(to act on, done): new ones first by their answer deadline, then accepted ones; done ones most recent first."""
    far = datetime.max

    def open_key(r: ReferralView):
        due = r.respond_by.replace(tzinfo=None) if r.respond_by else far
        return (OPEN_STATUSES.index(r.status), due, r.reference, r.id)

    def done_key(r: ReferralView):
        stamp = r.updated_at or r.created_at
        return -(stamp.timestamp() if stamp else 0.0), r.id

    open_ = sorted((r for r in referrals if r.is_open), key=open_key)
    done = sorted((r for r in referrals if not r.is_open), key=done_key)
    return open_, done

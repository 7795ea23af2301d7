"""Who may see which case: pure rules, unit-tested, used by the gRPC servicer.

Need to know: a focal point sees the cases its organisation holds, and so does its organisation's system
(partner_system service account); the coordinator sees every case. Anyone else sees none, and a case they
may not see is indistinguishable from one that does not exist. Referrals are seen by the providers'
organisation (service_provider users, partner systems) and the coordinator.
"""
from __future__ import annotations

from dataclasses import dataclass

CASE_ROLES = frozenset({"focal_point", "coordinator", "partner_system"})
REFERRAL_ROLES = frozenset({"service_provider", "partner_system"})


@dataclass(frozen=True)
class Caller:
    username: str
    org_id: str | None
    roles: frozenset[str]

    @property
    def is_coordinator(self) -> bool:
        return "coordinator" in self.roles


class Forbidden(Exception):
    """The caller has no role that works on cases."""


def scope(caller: Caller) -> str | None:
    """The owner_org the caller is limited to, or None for every case. Raises Forbidden for other roles."""
    if caller.is_coordinator:
        return None
    if caller.roles & {"focal_point", "partner_system"} and caller.org_id:
        return caller.org_id
    raise Forbidden()


def referral_scope(caller: Caller) -> str | None:
    """The provider organisation the caller is limited to, or None (coordinator: every referral)."""
    if caller.is_coordinator:
        return None
    if caller.roles & REFERRAL_ROLES and caller.org_id:
        return caller.org_id
    raise Forbidden()


def can_answer_referral(caller: Caller, *, provider_org: str) -> bool:
    """Only the provider's own organisation accepts, declines or completes its referrals."""
    return bool(caller.roles & REFERRAL_ROLES) and bool(caller.org_id) and caller.org_id == provider_org


def can_see(caller: Caller, *, owner_org: str) -> bool:
    try:
        limit = scope(caller)
    except Forbidden:
        return False
    return limit is None or limit == owner_org

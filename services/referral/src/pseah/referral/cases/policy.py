"""Who may see which case: pure rules, unit-tested, used by the gRPC servicer.

Need to know: a focal point sees the cases its organisation holds; the coordinator sees every case.
Anyone else sees none, and a case they may not see is indistinguishable from one that does not exist.
"""
from __future__ import annotations

from dataclasses import dataclass

CASE_ROLES = frozenset({"focal_point", "coordinator"})


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
    if "focal_point" in caller.roles and caller.org_id:
        return caller.org_id
    raise Forbidden()


def can_see(caller: Caller, *, owner_org: str) -> bool:
    try:
        limit = scope(caller)
    except Forbidden:
        return False
    return limit is None or limit == owner_org

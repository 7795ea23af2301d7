"""Which staff pages each role has: one table for the menu, the page guards and the landing page after login."""
from __future__ import annotations

from pseah.portal.sessions.models import SessionUser

# path -> (menu label key, roles that may open it). Order is the menu's order.
PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "/cases": ("nav_cases", ("focal_point", "coordinator")),
    "/triage": ("nav_triage", ("triage_officer", "coordinator")),
    "/referrals": ("nav_referrals", ("service_provider",)),
    "/coordinator": ("nav_coordinator", ("coordinator",)),
    "/dashboard": ("nav_dashboard", ("coordinator",)),
    "/audit": ("nav_audit", ("auditor",)),
}


def roles_for(path: str) -> tuple[str, ...]:
    return PAGES[path][1]


def menu(user: SessionUser | None) -> list[tuple[str, str]]:
    if user is None:
        return []
    return [(path, label) for path, (label, roles) in PAGES.items() if user.has_any(*roles)]


def landing(user: SessionUser | None, *, wanted: str, default: str = "/cases") -> str:
    """After login: where the person asked to go, except that the default inbox sends other roles to their own page."""
    if user is None or wanted != default or user.has_any(*roles_for(default)):
        return wanted
    pages = menu(user)
    return pages[0][0] if pages else default

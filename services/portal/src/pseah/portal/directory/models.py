"""The portal's view of the service map (the referral service's DirectoryService), independent of gRPC."""
from __future__ import annotations

from dataclasses import dataclass

SERVICE_TYPES = ("psychosocial", "medical", "safety_security", "legal", "shelter", "child_protection")


@dataclass(frozen=True)
class ProviderView:
    id: str
    name: str
    org_id: str = ""
    region: str = ""
    services: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    serves: tuple[str, ...] = ()
    hours: str = ""
    phone: str = ""
    capacity_per_week: int = 0
    post_rape_care: bool = False
    national: bool = False


def service_map(providers: list[ProviderView]) -> list[tuple[str, list[ProviderView]]]:
    """Providers grouped by service type (the four pillars and more), each group national first, then by region and name.

    A provider offering several services appears under each: a coordinator looks up "who does legal aid", not "what does X do".
    """
    groups: list[tuple[str, list[ProviderView]]] = []
    known = [*SERVICE_TYPES, *sorted({s for p in providers for s in p.services} - set(SERVICE_TYPES))]
    for kind in known:
        members = sorted((p for p in providers if kind in p.services),
                         key=lambda p: (not p.national, p.region, p.name.lower()))
        if members:
            groups.append((kind, members))
    return groups

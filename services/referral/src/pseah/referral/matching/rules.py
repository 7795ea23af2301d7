"""Matching a survivor's needs to providers of the service map: pure functions, no store, no clock.

needs_for() turns triage's findings into the services to offer; rank() orders the providers that can give
one service, closest and most able first, and says why, so a coordinator can check every suggestion.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone

# Service types of the directory (directory.models.SERVICE_TYPES), in the order they are offered.
MEDICAL, CHILD_PROTECTION, PSYCHOSOCIAL = "medical", "child_protection", "psychosocial"
SERVICE_TYPES = ("psychosocial", "medical", "safety_security", "legal", "shelter", "child_protection")

# Indonesia has three time zones; a provider's opening hours are local. Province code -> UTC offset.
_WITA = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
_WIT = {"81", "82", "91", "92", "93", "94", "95", "96"}
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Need:
    service_type: str
    why: str
    post_rape_care: bool = False
    open_now: bool = False


@dataclass(frozen=True)
class Candidate:
    """What matching needs to know of a provider; `load` = referrals it holds in the current week."""

    id: str
    org_id: str
    region: str
    services: tuple[str, ...]
    languages: tuple[str, ...] = ()
    serves: tuple[str, ...] = ()
    hours: str = ""
    capacity_per_week: int = 0
    post_rape_care: bool = False
    national: bool = False
    load: int = 0

    @property
    def remaining(self) -> int:
        return max(0, self.capacity_per_week - self.load)


@dataclass(frozen=True)
class Suggestion:
    provider_id: str
    provider_org: str
    service_type: str
    rank: int
    reasons: tuple[str, ...] = field(default_factory=tuple)


def needs_for(*, urgent_medical: bool, child_involved: bool, survivor_services: list[str] | tuple[str, ...] = ()
              ) -> list[Need]:
    """Urgent medical care first (post-rape care, open now), then child protection, then psychosocial
    support (always offered), then whatever else triage listed; each service once."""
    needs: list[Need] = []
    if urgent_medical:
        needs.append(Need(MEDICAL, "urgent_medical", post_rape_care=True, open_now=True))
    if child_involved:
        needs.append(Need(CHILD_PROTECTION, "child_involved"))
    needs.append(Need(PSYCHOSOCIAL, "always_offered"))
    for service in survivor_services or ():
        if service in SERVICE_TYPES and service not in {n.service_type for n in needs}:
            needs.append(Need(service, "triage_services"))
    return needs


def serves_for(*, gender: str | None, child: bool | None) -> str | None:
    """The directory's `serves` value for a survivor, or None when too little is known to filter."""
    if gender not in ("female", "male") or child is None:
        return None
    return {("female", True): "girls", ("female", False): "women", ("male", True): "boys",
            ("male", False): "men"}[(gender, child)]


def utc_offset(region: str) -> timedelta:
    province = (region or "")[:2]
    return timedelta(hours=8 if province in _WITA else 9 if province in _WIT else 7)


def is_open(*, hours: str, region: str, at: datetime) -> bool | None:
    """True/False for "24/7" or "HH:MM-HH:MM" (local time of the provider's region); None if unknown."""
    text = (hours or "").strip().lower()
    if text in ("24/7", "24 jam", "24h"):
        return True
    found = _HOURS.match(text)
    if not found:
        return None
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
        return None
    local = at.astimezone(timezone(utc_offset(region))).time()
    start, end = time(h1, m1), time(23, 59, 59) if h2 == 24 else time(h2, m2)
    if start <= end:
        return start <= local < end
    return local >= start or local < end  # overnight hours, e.g. 20:00-06:00


def region_level(*, provider_region: str, national: bool, wanted: str | None) -> int | None:
    """0 same regency, 1 same province, 2 national, None when the provider does not cover `wanted`.

    Falling back to the province means any provider of the province, province-wide or in another regency."""
    if not wanted:
        return 2 if national else 1
    if provider_region == wanted:
        return 0
    if provider_region[:2] == wanted[:2]:
        return 1
    if national:
        return 2
    return None


_LEVEL_REASON = {0: "same regency", 1: "same province", 2: "national service"}


def rank(*, need: Need, candidates: list[Candidate], region: str | None, language: str | None = None,
         serves: str | None = None, at: datetime, exclude: frozenset[str] | set[str] = frozenset(),
         limit: int = 5) -> list[Suggestion]:
    """Providers able to meet `need`, best first, each with its reasons.

    Hard limits: the service itself, post-rape care when needed, coverage of the region, whom they serve
    (when known), remaining capacity. Order: open now (for urgent care), closeness, language, capacity.
    """
    scored = []
    for c in candidates:
        if c.id in exclude or need.service_type not in c.services:
            continue
        if need.post_rape_care and not c.post_rape_care:
            continue
        level = region_level(provider_region=c.region, national=c.national, wanted=region)
        if level is None:
            continue
        if serves and c.serves and serves not in c.serves:
            continue
        if c.remaining <= 0:
            continue
        reasons = [f"provides {need.service_type} ({need.why})"]
        if need.post_rape_care:
            reasons.append("post-rape care")
        open_now = is_open(hours=c.hours, region=c.region, at=at)
        closed_penalty = 0
        if need.open_now:
            if open_now:
                reasons.append(f"open now ({c.hours})")
            else:
                closed_penalty = 1
                reasons.append("not open now" if open_now is False else "opening hours unknown")
        reasons.append(f"{_LEVEL_REASON[level]} ({c.region})")
        speaks = not language or language in c.languages
        if language:
            reasons.append(f"speaks {language}" if speaks else f"does not list {language}")
        if serves:
            reasons.append(f"serves {serves}")
        reasons.append(f"capacity {c.remaining} of {c.capacity_per_week} left this week")
        scored.append(((closed_penalty, level, 0 if speaks else 1, -c.remaining, c.id), c, tuple(reasons)))
    scored.sort(key=lambda item: item[0])
    return [Suggestion(provider_id=c.id, provider_org=c.org_id, service_type=need.service_type, rank=i + 1,
                       reasons=reasons) for i, (_, c, reasons) in enumerate(scored[:limit])]

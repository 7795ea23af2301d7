"""Matching against the stored service map: load the providers and their weekly load, then rank (pure)."""
from __future__ import annotations

import threading
import time
from datetime import datetime

from pseah.referral.directory.models import Provider
from pseah.referral.matching.rules import Candidate, Need, Suggestion, rank
from pseah.referral.referrals import service as referrals


class _ProviderSnapshot:
    """The service map, read whole at most every `ttl` seconds: it changes by import, not per report, and a
    referral asks for it once per need (four reads a report otherwise)."""

    def __init__(self, ttl: float = 5.0) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._at = float("-inf")
        self._providers: list[Provider] = []

    def offering(self, service_type: str) -> list[Provider]:
        with self._lock:
            if time.monotonic() - self._at > self.ttl:
                self._providers = list(Provider.objects)
                self._at = time.monotonic()
            providers = self._providers
        return [p for p in providers if service_type in (p.services or ())]

    def forget(self) -> None:
        with self._lock:
            self._at = float("-inf")


providers_snapshot = _ProviderSnapshot()


def weekly_loads(*, service_types: list[str], now: datetime) -> dict[str, int]:
    """The weekly load of every provider offering one of `service_types`, in one read: a case's needs at once, where
    a read per need cost four reads a report."""
    return PollLoads(now).of(service_types)


class PollLoads:
    """One poll's view of the providers' weekly load: each provider's read once for the poll (one read for the
    providers of a case's needs not read yet, where a read a case cost one a report), then kept as the poll's own
    referrals add to it (refer_case counts each one it makes). A referral another process makes meanwhile counts
    from the next poll: the load is a capacity estimate, not a bill."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._counts: dict[str, int] = {}
        self._read: set[str] = set()

    def of(self, service_types: list[str]) -> dict[str, int]:
        """The weekly loads of every provider offering one of `service_types` (the poll's one dict, counted on)."""
        wanted = {p.id for service_type in service_types for p in providers_snapshot.offering(service_type)}
        missing = sorted(wanted - self._read)
        if missing:
            self._counts.update(referrals.weekly_load(provider_ids=missing, now=self.now))
            self._read.update(missing)
        return self._counts


def candidates(*, service_type: str, now: datetime, load: dict[str, int] | None = None) -> list[Candidate]:
    """The providers offering `service_type`, with their weekly load (`load` when the caller read it already)."""
    providers = providers_snapshot.offering(service_type)
    if load is None:
        load = referrals.weekly_load(provider_ids=[p.id for p in providers], now=now)
    return [Candidate(id=p.id, org_id=p.org_id or "", region=p.region, services=tuple(p.services or ()),
                      languages=tuple(p.languages or ()), serves=tuple(p.serves or ()), hours=p.hours or "",
                      capacity_per_week=p.capacity_per_week or 0, post_rape_care=bool(p.post_rape_care),
                      national=bool(p.national), load=load.get(p.id, 0))
            for p in providers]


def suggest(*, need: Need, region: str | None, language: str | None, serves: str | None, now: datetime,
            exclude: set[str] = frozenset(), limit: int = 5, load: dict[str, int] | None = None) -> list[Suggestion]:
    return rank(need=need, candidates=candidates(service_type=need.service_type, now=now, load=load), region=region,
                language=language, serves=serves, at=now, exclude=frozenset(exclude), limit=limit)

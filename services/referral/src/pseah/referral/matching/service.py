"""Matching against the stored service map: load the providers and their weekly load, then rank (pure)."""
from __future__ import annotations

from datetime import datetime

from pseah.referral.directory.models import Provider
from pseah.referral.matching.rules import Candidate, Need, Suggestion, rank
from pseah.referral.referrals import service as referrals


def candidates(*, service_type: str, now: datetime) -> list[Candidate]:
    providers = list(Provider.objects(services=service_type))
    load = referrals.weekly_load(provider_ids=[p.id for p in providers], now=now)
    return [Candidate(id=p.id, org_id=p.org_id or "", region=p.region, services=tuple(p.services or ()),
                      languages=tuple(p.languages or ()), serves=tuple(p.serves or ()), hours=p.hours or "",
                      capacity_per_week=p.capacity_per_week or 0, post_rape_care=bool(p.post_rape_care),
                      national=bool(p.national), load=load.get(p.id, 0))
            for p in providers]


def suggest(*, need: Need, region: str | None, language: str | None, serves: str | None, now: datetime,
            exclude: set[str] = frozenset(), limit: int = 5) -> list[Suggestion]:
    return rank(need=need, candidates=candidates(service_type=need.service_type, now=now), region=region,
                language=language, serves=serves, at=now, exclude=frozenset(exclude), limit=limit)

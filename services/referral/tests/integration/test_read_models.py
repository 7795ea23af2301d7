"""Referral's read models on the real FerretDB: a case's referrals, a provider's weekly load and the overdue sweep
all read by `_id`, whatever the number of referrals stored, and agree with the referrals themselves."""
from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from pseah.common.testing import scratch_store
from pseah.referral.matching.rules import Suggestion
from pseah.referral.referrals import service
from pseah.referral.referrals.models import CaseReferrals, DueReferrals, ProviderLoad, Referral, ReferralMark

pytestmark = pytest.mark.integration
MODELS = (Referral, CaseReferrals, DueReferrals, ProviderLoad, ReferralMark)
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def store(tmp_path):
    log = tmp_path / "queries.jsonl"
    with scratch_store(*MODELS, prefix="pseah_test_referral_models", query_log=log):
        yield log


def _create(reference: str, service_type: str, provider: str, *, respond_by: datetime):
    suggestion = Suggestion(provider_id=provider, provider_org="org-" + provider, service_type=service_type, rank=1)
    return service.create(reference=reference, suggestion=suggestion, basis="consent", respond_by=respond_by,
                          topic="pseah.cases.v1")


def _unkeyed_on_referrals(log) -> list[dict]:
    if not log.exists():
        return []
    lines = [json.loads(line) for line in log.read_text().splitlines()]
    return [line for line in lines if line["collection"] == "referrals"]


def test_a_cases_referrals_load_and_overdue_sweep_read_only_by_id(store):
    # Other cases' referrals around it: what a growing store looks like to these reads.
    for n in range(30):
        _create(f"PSEAH-N{n:07d}", "psychosocial", "p-other", respond_by=NOW + timedelta(hours=24))
    reference = "PSEAH-T" + uuid.uuid4().hex[:7].upper()
    late, new = _create(reference, "medical", "p-clinic", respond_by=NOW - timedelta(hours=3))
    assert new
    again, new_again = _create(reference, "medical", "p-clinic", respond_by=NOW - timedelta(hours=3))
    assert not new_again and again.id == late.id  # a redelivered trigger finds the same referral
    _create(reference, "psychosocial", "p-counsel", respond_by=NOW + timedelta(hours=24))

    assert [r.service_type for r in service.for_case(reference=reference)] == ["medical", "psychosocial"]
    assert service.has_live(reference=reference, service_type="medical")
    assert not service.has_live(reference=reference, service_type="legal")
    assert service.tried_providers(reference=reference, service_type="medical") == {"p-clinic"}
    # The load is bucketed by the day the referral was created, so it is read at the time now, not the module's NOW:
    # a run crossing midnight UTC (fresh-clone run R6) created them on the next day.
    assert service.weekly_load(provider_ids=["p-clinic", "p-other", "p-none"], now=datetime.now(UTC)) == \
        {"p-clinic": 1, "p-other": 30}

    assert [r.id for r in service.overdue(now=NOW)] == [late.id]
    service.transition(referral=late, to="failed", actor="referral", reason="no_response", topic="pseah.cases.v1")
    assert service.overdue(now=NOW) == []
    # The failed referral no longer counts against the provider's capacity.
    assert service.weekly_load(provider_ids=["p-clinic"], now=datetime.now(UTC)) == {}
    # With nothing unanswered behind it, the sweep's cursor has moved up to now.
    assert ReferralMark.objects(id="sweep-cursor").first().value == NOW.strftime("%Y-%m-%dT%H")

    assert _unkeyed_on_referrals(store) == []


def test_backfill_builds_the_read_models_from_referrals_stored_before_them(store):
    reference = "PSEAH-B" + uuid.uuid4().hex[:7].upper()
    old, _ = _create(reference, "legal", "p-lawyer", respond_by=NOW - timedelta(hours=2))
    # As a store from before the read models: only the referral is there.
    for model in (CaseReferrals, DueReferrals, ProviderLoad, ReferralMark):
        model.objects.delete()
    assert service.for_case(reference=reference) == []

    assert service.backfill_read_models(now=NOW) == 1
    assert [r.id for r in service.for_case(reference=reference)] == [old.id]
    assert service.weekly_load(provider_ids=["p-lawyer"], now=datetime.now(UTC)) == {"p-lawyer": 1}
    assert [r.id for r in service.overdue(now=NOW)] == [old.id]
    assert service.backfill_read_models(now=NOW) == 0  # once per database


def test_a_partners_watch_reads_what_changed_since_from_the_keyed_lists(store):
    """WatchReferrals asks every few seconds what changed since its cursor; it filtered and sorted every referral
    stored by updated_at (a scan on a timer, per partner watching). It reads the provider's `all` list upwards from
    a cursor at `since` now: the same referrals, oldest change first, within the limit, and no filtered read."""
    before = datetime.now(UTC)
    made = []
    for n in range(4):
        made.append(_create(f"PSEAH-W{n:07d}", "psychosocial", "p-watch", respond_by=NOW + timedelta(hours=24))[0])
        time.sleep(0.003)  # changes milliseconds apart, as the store keeps them
    other = _create("PSEAH-WOTHER1", "medical", "p-else", respond_by=NOW + timedelta(hours=24))[0]
    stored = sorted(Referral.objects(id__in=[r.id for r in made]), key=lambda r: (r.updated_at, r.id))

    seen = service.changed_since(provider_org="org-p-watch", since=before)
    assert [r.id for r in seen] == [r.id for r in stored]
    assert {(r.status, r.version, r.provider_org) for r in seen} == {("created", stored[0].version, "org-p-watch")}
    assert [r.id for r in service.changed_since(provider_org="org-p-watch", since=before, limit=2)] == \
        [r.id for r in stored[:2]]
    later = stored[2].updated_at.replace(tzinfo=UTC)
    assert [r.id for r in service.changed_since(provider_org="org-p-watch", since=later)] == \
        [r.id for r in stored[2:]]
    everyone = [r.id for r in service.changed_since(provider_org=None, since=before)]
    assert set(everyone) == {r.id for r in made} | {other.id}
    assert service.changed_since(provider_org="org-p-watch", since=datetime.now(UTC) + timedelta(seconds=5)) == []
    assert _unkeyed_on_referrals(store) == []
    lines = [json.loads(line) for line in store.read_text().splitlines()] if store.exists() else []
    assert [line for line in lines if line["collection"] == "referral_lists"] == []

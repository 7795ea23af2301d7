"""The overdue sweep counts each referral it fails for want of an answer as a breached deadline (/metrics)."""
from types import SimpleNamespace

from prometheus_client import REGISTRY

from pseah.common import metrics
from pseah.referral.referrals import flows, lifecycle
from pseah.referral.referrals import service as referrals


def breaches() -> float:
    return REGISTRY.get_sample_value("pseah_deadline_breaches_total",
                                     {"service": metrics.service_name(), "kind": "referral_response"}) or 0.0


def test_each_referral_failed_by_the_sweep_is_one_breach_and_one_answered_meanwhile_is_none(monkeypatch):
    overdue = [SimpleNamespace(id=f"r{n}") for n in range(3)]
    monkeypatch.setattr(referrals, "overdue", lambda *, now: overdue)

    def respond(*, referral, **_):
        if referral.id == "r1":  # the provider answered between the read and the write
            raise lifecycle.InvalidTransition("accepted", "failed")

    monkeypatch.setattr(flows, "respond", respond)
    before = breaches()
    assert flows.expire_overdue(settings=None, flush=lambda doc: None) == 2
    assert breaches() == before + 2

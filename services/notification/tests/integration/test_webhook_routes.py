"""Which webhooks an event goes to, read by `_id` on the real FerretDB: an organisation's route, then its
subscriptions, never a filter over `webhook_subscriptions`; kept by add and remove, filled once for an old store."""
from __future__ import annotations


import pytest

from pseah.common.testing import scratch_store
from pseah.notification.webhooks import service
from pseah.notification.webhooks.models import WebhookRoute, WebhookSubscription

pytestmark = pytest.mark.integration
MODELS = (WebhookRoute, WebhookSubscription)


@pytest.fixture
def store(tmp_path):
    log = tmp_path / "queries.jsonl"
    with scratch_store(*MODELS, prefix="pseah_test_webhook_routes", query_log=log):
        yield log


def test_an_event_finds_its_organisations_webhooks_by_id_and_a_removed_one_no_more(store):
    log = store
    every = service.add(org_id="unicef", url="https://partner.example/all")
    assigned_only = service.add(org_id="unicef", url="https://partner.example/a", event_types=["case.assigned.v1"])
    other = service.add(org_id="wvi", url="https://wvi.example/hook")
    log.unlink(missing_ok=True)
    assert [s.id for s in service.for_event(org_id="unicef", event_type="case.assigned.v1")] == \
        sorted([every.id, assigned_only.id])
    assert [s.id for s in service.for_event(org_id="unicef", event_type="referral.created.v1")] == [every.id]
    assert [s.id for s in service.for_event(org_id="wvi", event_type="case.assigned.v1")] == [other.id]
    assert service.for_event(org_id="pmi", event_type="case.assigned.v1") == []
    assert not log.exists(), log.read_text()  # every look-up above was keyed by _id
    assert service.remove(subscription_id=every.id)
    assert [s.id for s in service.for_event(org_id="unicef", event_type="referral.created.v1")] == []
    assert WebhookRoute.objects(id="unicef").first().subscription_ids == [assigned_only.id]
    WebhookSubscription.objects(id=assigned_only.id).update_one(set__active=False)
    assert service.for_event(org_id="unicef", event_type="case.assigned.v1") == []


def test_subscriptions_from_before_the_routes_are_routed_once_at_start(store):
    old = WebhookSubscription(id="sub-old", org_id="ifrc", url="https://ifrc.example/hook", secret="s")
    old.save(force_insert=True)
    assert service.for_event(org_id="ifrc", event_type="case.assigned.v1") == []
    assert service.backfill() == 1
    assert service.backfill() == 0  # once per database
    assert [s.id for s in service.for_event(org_id="ifrc", event_type="case.assigned.v1")] == ["sub-old"]


def test_a_polls_routes_read_together_find_what_each_organisations_read_finds(store):
    log = store
    every = service.add(org_id="unicef", url="https://partner.example/all")
    other = service.add(org_id="wvi", url="https://wvi.example/hook")
    log.unlink(missing_ok=True)
    routes = service.routes_of(["unicef", "wvi", "pmi", "unicef"])
    assert routes == {"unicef": [every.id], "wvi": [other.id], "pmi": []}
    assert not log.exists(), log.read_text()  # one read keyed by _id
    for org in ("unicef", "wvi", "pmi"):
        assert service.for_event(org_id=org, event_type="case.assigned.v1", routes=routes) == \
            service.for_event(org_id=org, event_type="case.assigned.v1")

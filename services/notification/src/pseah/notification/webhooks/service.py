"""Webhook subscriptions: keyword-only look-ups and upserts."""
from __future__ import annotations

import secrets
import uuid

from pseah.common.membership import Membership
from pseah.notification.webhooks.models import WebhookRoute, WebhookSubscription


_routes = Membership(WebhookRoute, "subscription_ids")


def routes_of(org_ids: list[str]) -> dict[str, list[str]]:
    """The subscription ids routed to each organisation (a poll's), in one `_id` read."""
    return _routes.members_of(org_ids)


def for_event(*, org_id: str, event_type: str, routes: dict[str, list[str]] | None = None
              ) -> list[WebhookSubscription]:
    """The active subscriptions of `org_id` that take `event_type`: two `_id` reads (one when it has none). `routes`:
    the poll's routes (routes_of) when read already, then one read at most (none when it has none)."""
    subscription_ids = (routes if routes is not None else routes_of([org_id])).get(org_id, [])
    if not subscription_ids:
        return []
    found = WebhookSubscription.objects(id__in=subscription_ids, active=True)
    # org_id checked again: the route is a copy, the subscription is the truth.
    return sorted((s for s in found if s.org_id == org_id and (not s.event_types or event_type in s.event_types)),
                  key=lambda s: s.id)


def get(*, subscription_id: str) -> WebhookSubscription | None:
    return WebhookSubscription.objects(id=subscription_id).first()


def add(*, org_id: str, url: str, event_types: list[str] | None = None, secret: str | None = None
        ) -> WebhookSubscription:
    sub = WebhookSubscription(id=str(uuid.uuid4()), org_id=org_id, url=url, event_types=event_types or [],
                              secret=secret or secrets.token_urlsafe(32))
    # The route first: a crash before the subscription is saved leaves an id that reads as nothing, never a
    # subscription no event reaches.
    _routes.add(org_id, sub.id)
    sub.save(force_insert=True)
    return sub


def remove(*, subscription_id: str) -> bool:
    sub = WebhookSubscription.objects(id=subscription_id).only("org_id").first()
    removed = bool(WebhookSubscription.objects(id=subscription_id).delete())
    if sub is not None:
        _routes.remove(sub.org_id, subscription_id)
    return removed


_BACKFILL = "mark|webhook-routes-v1"


def backfill() -> int:
    """Once per database: the routes of subscriptions stored before them (one read of the subscriptions, at start)."""
    return _routes.fill_once(mark=_BACKFILL, pairs=lambda: (
        (sub.org_id, sub.id) for sub in WebhookSubscription.objects.only("id", "org_id")))

"""Webhook subscriptions: keyword-only look-ups and upserts."""
from __future__ import annotations

import secrets
import uuid

from pseah.notification.webhooks.models import WebhookSubscription


def for_event(*, org_id: str, event_type: str) -> list[WebhookSubscription]:
    return [s for s in WebhookSubscription.objects(org_id=org_id, active=True)
            if not s.event_types or event_type in s.event_types]


def get(*, subscription_id: str) -> WebhookSubscription | None:
    return WebhookSubscription.objects(id=subscription_id).first()


def add(*, org_id: str, url: str, event_types: list[str] | None = None, secret: str | None = None
        ) -> WebhookSubscription:
    sub = WebhookSubscription(id=str(uuid.uuid4()), org_id=org_id, url=url, event_types=event_types or [],
                              secret=secret or secrets.token_urlsafe(32))
    sub.save(force_insert=True)
    return sub


def remove(*, subscription_id: str) -> bool:
    return bool(WebhookSubscription.objects(id=subscription_id).delete())

"""A partner system's webhook: where to POST the events that concern its organisation, and the shared secret."""
from __future__ import annotations

from datetime import UTC, datetime

import mongoengine


class WebhookSubscription(mongoengine.Document):
    meta = {"collection": "webhook_subscriptions", "indexes": ["org_id"]}

    id = mongoengine.StringField(primary_key=True)
    org_id = mongoengine.StringField(required=True)
    url = mongoengine.StringField(required=True)
    # Shared with the partner out of band (`pseah notification webhook-add` prints it once).
    secret = mongoengine.StringField(required=True)
    # Empty means every event type that concerns the organisation (payload.ROUTED).
    event_types = mongoengine.ListField(mongoengine.StringField())
    active = mongoengine.BooleanField(default=True)
    created_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))


class WebhookRoute(mongoengine.Document):
    """The subscriptions of one organisation, keyed by its id: each event reads them by `_id` (this document, then
    the subscriptions), never by a filter over `webhook_subscriptions`. Kept by webhooks.service.add and .remove; a
    store from before it is filled once at start (webhooks.service.backfill)."""

    meta = {"collection": "webhook_routes"}
    id = mongoengine.StringField(primary_key=True)
    subscription_ids = mongoengine.ListField(mongoengine.StringField())

"""A notification: one message to one recipient because of one event, written before it is sent."""
from __future__ import annotations

from datetime import UTC, datetime

import mongoengine

from pseah.common.outbox import OutboxMixin

# handing_over: an e-mail whose final dot the mail server was about to receive (service.py says why it exists).
STATUSES = ("pending", "handing_over", "sent", "dead_lettered")


class Notification(OutboxMixin, mongoengine.Document):
    meta = {"collection": "notifications", "indexes": ["reference", "status", "has_pending"]}

    # uuid5 of (cause event id, recipient): the same cause and recipient always map to the same document.
    id = mongoengine.StringField(primary_key=True)
    cause_event_id = mongoengine.StringField(required=True)
    cause_event_type = mongoengine.StringField()
    reference = mongoengine.StringField(required=True)
    channel = mongoengine.StringField(default="email")
    template = mongoengine.StringField(required=True)
    recipient = mongoengine.StringField(required=True)  # a work address, never a survivor's
    recipient_role = mongoengine.StringField()
    recipient_org = mongoengine.StringField()
    deadline = mongoengine.DateTimeField()
    link = mongoengine.StringField()
    status = mongoengine.StringField(choices=STATUSES, default="pending")
    attempts = mongoengine.IntField(default=0)
    # Webhooks (webhooks/attempts.py): try 1 is on the webhook topic; the current try's claim and when it was
    # taken; the highest try whose outcome is written.
    queued = mongoengine.BooleanField(default=False)
    claim = mongoengine.StringField(null=True)
    claimed_at = mongoengine.DateTimeField()
    settled_attempt = mongoengine.IntField(default=0)
    message_id = mongoengine.StringField()
    created_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))
    sent_at = mongoengine.DateTimeField()
    handed_over_at = mongoengine.DateTimeField()
    # Sent again after a deliverer died between handing over and recording sent (service.py): each may be a copy.
    uncertain_resends = mongoengine.IntField(default=0)
    failure = mongoengine.StringField()  # why it was dead-lettered: a status code or an error type

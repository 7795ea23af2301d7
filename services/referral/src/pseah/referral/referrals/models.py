"""A referral: one survivor service offered to one provider, with its lifecycle and the events it owes."""
from __future__ import annotations

from datetime import UTC, datetime

import mongoengine

from pseah.common.outbox import OutboxMixin
from pseah.referral.referrals.lifecycle import STATUSES


class Referral(OutboxMixin, mongoengine.Document):
    meta = {"collection": "referrals",
            "indexes": ["reference", ("provider_org", "status"), "-updated_at", ("status", "respond_by"),
                        "provider_id", "has_pending"]}

    # uuid5(reference, service type, provider): a redelivered trigger finds the same referral.
    id = mongoengine.StringField(primary_key=True)
    reference = mongoengine.StringField(required=True)
    service_type = mongoengine.StringField(required=True)
    provider_id = mongoengine.StringField(required=True)
    provider_org = mongoengine.StringField(default="")
    rank = mongoengine.IntField(default=1)
    reasons = mongoengine.ListField(mongoengine.StringField())  # why matching chose it (no survivor data)
    basis = mongoengine.StringField(choices=("consent", "override"), default="consent")
    status = mongoengine.StringField(choices=STATUSES, default="created")
    decline_reason = mongoengine.StringField()
    outcome_reason = mongoengine.StringField()
    previous_id = mongoengine.StringField()  # the declined or failed referral this one replaces
    respond_by = mongoengine.DateTimeField()
    history = mongoengine.ListField(mongoengine.DictField())  # [{status, at, actor, reason}]
    version = mongoengine.IntField(default=0)
    created_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))
    updated_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))

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


# Read models kept beside the referrals, so that nothing on the per-event path or on the sweep's timer reads
# the referrals collection by anything but `_id` (on FerretDB any other filter reads every referral ever made).

class CaseReferrals(mongoengine.Document):
    """The ids of one case's referrals. Written before the referral itself, so it is never missing one; an id
    whose referral was never inserted (a crash in between) is simply not found."""
    meta = {"collection": "case_referrals"}

    reference = mongoengine.StringField(primary_key=True)
    ids = mongoengine.ListField(mongoengine.StringField())


class ProviderLoad(mongoengine.Document):
    """Open referrals a provider received on one UTC day: a provider's weekly load is eight `_id` reads."""
    meta = {"collection": "provider_load"}

    id = mongoengine.StringField(primary_key=True)  # "<provider_id>|<YYYY-MM-DD>"
    open = mongoengine.IntField(default=0)


class DueReferrals(mongoengine.Document):
    """Referrals awaiting an answer, by the UTC hour it is due: the sweep reads the hours gone by, by `_id`."""
    meta = {"collection": "referrals_due"}

    id = mongoengine.StringField(primary_key=True)  # "<YYYY-MM-DDTHH>"
    ids = mongoengine.ListField(mongoengine.StringField())


class ReferralMark(mongoengine.Document):
    """Small named values of the referral store: the sweep's cursor, the back-fill mark."""
    meta = {"collection": "referral_marks"}

    id = mongoengine.StringField(primary_key=True)
    value = mongoengine.StringField(default="")

"""The consent record of a case: the current state, its history, overrides, and the events it owes."""
from __future__ import annotations

from datetime import UTC, datetime

import mongoengine

from pseah.common.outbox import OutboxMixin
from pseah.referral.consent.rules import ConsentState


class Consent(OutboxMixin, mongoengine.Document):
    meta = {"collection": "consents", "indexes": ["has_pending"]}

    reference = mongoengine.StringField(primary_key=True)
    purposes = mongoengine.ListField(mongoengine.StringField())
    provider_types = mongoengine.ListField(mongoengine.StringField())
    contact_method = mongoengine.StringField(default="none")
    status = mongoengine.StringField(default="withdrawn")
    # [{action, purposes, provider_types, contact_method, channel, actor, at}], oldest first.
    history = mongoengine.ListField(mongoengine.DictField())
    # [{actor, service_types, at, sealed_reason}]: the reason is sealed, it may describe the child's situation.
    overrides = mongoengine.ListField(mongoengine.DictField())
    version = mongoengine.IntField(default=0)
    updated_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))

    @property
    def state(self) -> ConsentState:
        return ConsentState(purposes=frozenset(self.purposes or ()), provider_types=frozenset(self.provider_types or ()),
                            contact_method=self.contact_method or "none")

"""Who hears how: staff preferences, and how to reach a reporter who agreed to be contacted."""
from __future__ import annotations

from datetime import UTC, datetime

import mongoengine

CHANNELS = ("email", "sms", "whatsapp")


class Preference(mongoengine.Document):
    """A staff recipient's preferred channel, keyed by their work e-mail address."""

    meta = {"collection": "preferences"}
    address = mongoengine.StringField(primary_key=True)  # lower-case work e-mail
    channel = mongoengine.StringField(choices=CHANNELS, default="email")
    phone = mongoengine.StringField(default="")  # a work phone, for sms / whatsapp
    updated_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))


class ReporterContact(mongoengine.Document):
    """From report.triaged.v1: whether the reporter agreed to be contacted, and the contact, still sealed.

    The contact is opened with the case key only at the moment a message is sent, never stored open."""

    meta = {"collection": "reporter_contacts"}
    reference = mongoengine.StringField(primary_key=True)
    consent_contact = mongoengine.BooleanField(default=False)
    contact_method = mongoengine.StringField(default="")
    report_channel = mongoengine.StringField(default="")
    sealed_contact = mongoengine.StringField(null=True)
    updated_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))

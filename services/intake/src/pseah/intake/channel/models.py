"""A guided conversation in progress, keyed by a keyed hash of the sender: the number itself is never kept."""
from __future__ import annotations

from typing import Annotated, Literal

import mongoengine
from pydantic import BaseModel, ConfigDict, Field, StringConstraints


class Conversation(mongoengine.Document):
    meta = {"collection": "conversations"}

    id = mongoengine.StringField(primary_key=True)  # HMAC of "<channel>:<sender>"
    channel = mongoengine.StringField(required=True)
    reference = mongoengine.StringField()  # claimed (with its case key) once the first sensitive answer arrives
    step = mongoengine.StringField(required=True)
    language = mongoengine.StringField()
    sealed = mongoengine.DictField()  # answers so far, sealed with the case key
    consent_referral = mongoengine.BooleanField(default=False)
    updated_at = mongoengine.DateTimeField(required=True)


class RapidProInbound(BaseModel):
    """A RapidPro-style external channel message."""

    model_config = ConfigDict(extra="ignore")

    id: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=100)]
    from_: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=100)] = Field(alias="from")
    text: Annotated[str, StringConstraints(strict=True, max_length=4096)]
    channel: Literal["whatsapp", "sms"] = "whatsapp"


class ChannelReply(BaseModel):
    reply: str | None

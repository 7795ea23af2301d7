"""A guided conversation in progress, keyed by a keyed hash of the sender: the number itself is never kept."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
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


# Twilio sends at most 10 media per message; more is not a phone.
MAX_MEDIA = 10


@dataclass(frozen=True)
class MediaRef:
    """A media file the provider holds for an inbound message. The declared type is not believed."""

    url: str
    declared_type: str | None = None


def twilio_media(fields: Mapping[str, str]) -> list[MediaRef]:
    """NumMedia with MediaUrl0.. and MediaContentType0.. of a Twilio-style inbound form."""
    count = fields.get("NumMedia", "0").strip()
    n = min(int(count), MAX_MEDIA) if count.isdigit() else 0
    return [MediaRef(url=fields[f"MediaUrl{i}"], declared_type=fields.get(f"MediaContentType{i}"))
            for i in range(n) if fields.get(f"MediaUrl{i}")]


def rapidpro_media(attachments: list[str]) -> list[MediaRef]:
    refs = []
    for item in attachments:
        if item.lower().startswith(("http://", "https://")):
            refs.append(MediaRef(url=item))
        else:
            declared, _, url = item.partition(":")
            refs.append(MediaRef(url=url, declared_type=declared or None))
    return refs


class RapidProInbound(BaseModel):
    """A RapidPro-style external channel message."""

    model_config = ConfigDict(extra="ignore")

    id: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=100)]
    from_: Annotated[str, StringConstraints(strict=True, min_length=1, max_length=100)] = Field(alias="from")
    text: Annotated[str, StringConstraints(strict=True, max_length=4096)] = ""
    channel: Literal["whatsapp", "sms"] = "whatsapp"
    attachments: list[Annotated[str, StringConstraints(strict=True, min_length=1, max_length=2048)]] = Field(
        default_factory=list, max_length=MAX_MEDIA,
        description='Media as RapidPro sends them: "content/type:url" (a bare URL is accepted too).')


class ChannelReply(BaseModel):
    reply: str | None

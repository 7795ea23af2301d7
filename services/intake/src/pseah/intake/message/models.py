"""Messages on a case, sealed with the case key; the reporter sees them through their receipt."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

import mongoengine
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from pseah.common.outbox import OutboxMixin
from pseah.intake.report.models import Language, _valid_unicode


class MessageCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, StringConstraints(strict=True)] = Field(min_length=1, max_length=5000)
    language: Language | None = None

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        _valid_unicode(value)
        if not value.strip():
            raise ValueError("text is empty")
        return value


class MessageAccepted(BaseModel):
    id: str
    status: Literal["received"] = "received"
    created_at: datetime


class MessageRead(BaseModel):
    id: str
    author: Literal["reporter", "handler"]
    # For a handler's message, only the role (focal_point, coordinator): never a name or organisation.
    role: str | None = None
    text: str
    language: str | None = None
    created_at: datetime


class MessageList(BaseModel):
    reference: str
    messages: list[MessageRead]


class Message(OutboxMixin, mongoengine.Document):
    meta = {
        "collection": "messages",
        "indexes": [["reference", "created_at"], ["has_pending", "pending_since"]],
    }

    id = mongoengine.StringField(primary_key=True, default=lambda: str(uuid.uuid4()))
    reference = mongoengine.StringField(required=True)
    author = mongoengine.StringField(required=True)  # reporter | handler: never who the reporter is
    author_role = mongoengine.StringField()  # a handler's role; who exactly is in the event's actor only
    language = mongoengine.StringField()
    sealed_text = mongoengine.StringField(required=True)
    created_at = mongoengine.DateTimeField(required=True)

"""A stored attachment (sealed chunks under the case key) beside the schemas reporters and handlers see."""
from __future__ import annotations

import uuid
from datetime import datetime

import mongoengine
from pydantic import BaseModel, Field


class AttachmentRead(BaseModel):
    """What is shown about an attachment: never its name (file names often carry people's names)."""

    id: str
    media_type: str = Field(examples=["image/jpeg"])
    size: int = Field(description="Bytes as stored, after metadata removal.")
    metadata_removed: bool = Field(description="EXIF/GPS (images), ID3 (MP3), Vorbis/Opus comments (Ogg), udta/meta "
                                               "(M4A) or Info/XMP (PDF) removed; false when the file is kept as sent "
                                               "(an Ogg with several streams, an encrypted PDF).")
    created_at: datetime


class AttachmentList(BaseModel):
    reference: str
    attachments: list[AttachmentRead]


class Attachment(mongoengine.Document):
    """Written last, after all its chunks: an attachment that is listed is always complete."""

    meta = {"collection": "attachments", "indexes": [["reference", "created_at"]]}

    id = mongoengine.StringField(primary_key=True, default=lambda: str(uuid.uuid4()))
    reference = mongoengine.StringField(required=True)
    media_type = mongoengine.StringField(required=True)
    size = mongoengine.IntField(required=True)
    chunks = mongoengine.IntField(required=True)
    metadata_removed = mongoengine.BooleanField(required=True)
    created_at = mongoengine.DateTimeField(required=True)


def chunk_id(attachment_id: str, n: int) -> str:
    return f"{attachment_id}:{n}"


class AttachmentChunk(mongoengine.Document):
    """One piece of the content, sealed (AES-256-GCM) with the case key; its context binds it to its place. Its `_id`
    is `<attachment id>:<n>`, so an attachment's chunks are read by `_id` (chunks stored before had a generated `_id`
    and are found by their attachment_id, a scan, only when the keyed read misses them)."""

    meta = {"collection": "attachment_chunks", "indexes": [{"fields": ["attachment_id", "n"], "unique": True}]}

    id = mongoengine.StringField(primary_key=True)
    attachment_id = mongoengine.StringField(required=True)
    n = mongoengine.IntField(required=True)
    sealed = mongoengine.StringField(required=True)


class AttachmentIndex(mongoengine.Document):
    """A case's attachments by `_id` (the case reference): their ids and count, so listing, counting against the cap
    and discarding read one document instead of filtering every attachment stored (FerretDB indexes only `_id`).
    An attachment is listed once its id is here, written after its chunks and itself: a listed one is complete."""

    meta = {"collection": "attachment_index"}

    id = mongoengine.StringField(primary_key=True)  # the case reference; BACKFILL_MARK once the back-fill ran
    ids = mongoengine.ListField(mongoengine.StringField())
    n = mongoengine.IntField(default=0)

"""Consumers commit after processing and may see an event twice; this makes the effect happen once."""
from __future__ import annotations

from datetime import UTC, datetime

import mongoengine
from pymongo.errors import DuplicateKeyError


class ProcessedEvent(mongoengine.Document):
    meta = {"collection": "processed_events"}
    key = mongoengine.StringField(primary_key=True)  # "<handler>:<event id>"
    processed_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))


def seen(*, handler: str, event_id: str) -> bool:
    return ProcessedEvent.objects(key=f"{handler}:{event_id}").first() is not None


def mark_processed(*, handler: str, event_id: str) -> bool:
    """Record that `handler` finished `event_id`; False if it had already been recorded."""
    try:
        ProcessedEvent(key=f"{handler}:{event_id}").save(force_insert=True)
        return True
    except (DuplicateKeyError, mongoengine.NotUniqueError):
        return False

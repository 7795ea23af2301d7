"""Stored shapes: one fact per counted event (the idempotency record) and one counter per cell."""
from __future__ import annotations

import mongoengine

from pseah.analytics.stats.dimensions import DIMENSIONS


class CountedEvent(mongoengine.DynamicDocument):
    """`_id` = event id, so inserting it is both the "seen" check and the durable record of the fact.

    Holds only the dimension labels (no reference, no content) and whether its counters were applied.
    """

    meta = {"collection": "counted_events", "auto_create_index": False,
            "indexes": [{"fields": ["applied"]}]}
    id = mongoengine.StringField(primary_key=True)
    metric = mongoengine.StringField(required=True)
    applied = mongoengine.BooleanField(default=False)


class Counter(mongoengine.Document):
    """`_id` = "<metric>|<dimension>|<value>"; incremented with $inc (single-document, atomic)."""

    meta = {"collection": "counters", "auto_create_index": False,
            "indexes": [{"fields": ["metric", "dimension"]}]}
    id = mongoengine.StringField(primary_key=True)
    metric = mongoengine.StringField(required=True)
    dimension = mongoengine.StringField(required=True, choices=DIMENSIONS)
    value = mongoengine.StringField(required=True)
    count = mongoengine.IntField(default=0)


def counter_id(*, metric: str, dimension: str, value: str) -> str:
    return f"{metric}|{dimension}|{value}"

from datetime import UTC, datetime

import mongoengine

from pseah.common.outbox import OutboxMixin


class Deadline(mongoengine.EmbeddedDocument):
    kind = mongoengine.StringField(required=True)
    due_at = mongoengine.DateTimeField(required=True)
    completed_at = mongoengine.DateTimeField()
    breached_at = mongoengine.DateTimeField()


class TriageDecision(OutboxMixin, mongoengine.Document):
    """The automatic proposal for one report; a triage officer's confirmation is kept beside it."""

    meta = {"collection": "decisions", "indexes": ["has_pending", "open_clocks"]}

    reference = mongoengine.StringField(primary_key=True)
    source_event_id = mongoengine.StringField(required=True, unique=True)
    received_at = mongoengine.DateTimeField(required=True)
    triaged_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))
    automatic = mongoengine.DictField(required=True)  # classification without reasons (those are sealed)
    sealed_reasons = mongoengine.StringField()
    org_id = mongoengine.StringField()
    route = mongoengine.StringField(required=True)
    deadlines = mongoengine.EmbeddedDocumentListField(Deadline)
    open_clocks = mongoengine.BooleanField(default=True)

from datetime import UTC, datetime

import mongoengine

from pseah.common.outbox import OutboxMixin

# What a triage officer may confirm or change; the automatic value of each is kept beside the human one.
EDITABLE = ("category", "perpetrator_type", "child_involved", "urgent_medical", "ongoing_danger", "priority",
            "org_id", "route")


class Deadline(mongoengine.EmbeddedDocument):
    kind = mongoengine.StringField(required=True)
    due_at = mongoengine.DateTimeField(required=True)
    completed_at = mongoengine.DateTimeField()
    breached_at = mongoengine.DateTimeField()


class Confirmation(mongoengine.EmbeddedDocument):
    """The human decision: who, when, what they asked for, and the decision that resulted."""

    actor = mongoengine.StringField(required=True)
    role = mongoengine.StringField()
    at = mongoengine.DateTimeField(required=True)
    requested = mongoengine.DictField()      # the changes as the officer sent them (idempotency of a retry)
    changes = mongoengine.DictField()        # {field: {"from": automatic, "to": confirmed}}, derived ones included
    values = mongoengine.DictField()         # every EDITABLE field as confirmed
    notes = mongoengine.ListField(mongoengine.StringField())  # what followed from the rules (priority raised, ...)
    sealed_reason = mongoengine.StringField()  # the officer's words may quote the report: sealed with the case key
    event_id = mongoengine.StringField()


class TriageDecision(OutboxMixin, mongoengine.Document):
    """The automatic proposal for one report; a triage officer's confirmation is kept beside it.

    Writers that read, change and save the whole document (clock checks) do so on `version`; writers that use
    atomic operators on the same fields (links, confirmation) increment it, so neither overwrites the other.
    """

    meta = {"collection": "decisions", "indexes": ["has_pending", "open_clocks"]}

    reference = mongoengine.StringField(primary_key=True)
    source_event_id = mongoengine.StringField(required=True, unique=True)
    received_at = mongoengine.DateTimeField(required=True)
    triaged_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))
    automatic = mongoengine.DictField(required=True)  # classification without reasons (those are sealed)
    sealed_reasons = mongoengine.StringField()
    # The decision in force: the automatic one until a triage officer confirms, then the confirmed one.
    org_id = mongoengine.StringField()
    route = mongoengine.StringField(required=True)
    deadlines = mongoengine.EmbeddedDocumentListField(Deadline)
    open_clocks = mongoengine.BooleanField(default=True)
    version = mongoengine.IntField(default=0)

    channel = mongoengine.StringField()
    region_code = mongoengine.StringField()
    ongoing_danger = mongoengine.BooleanField(default=False)
    automatic_org_id = mongoengine.StringField()
    automatic_route = mongoengine.StringField()

    # Keyed sketches of the report's words (pseah.triage.links): linking can be redone without the text.
    fingerprint = mongoengine.DictField()
    links_done = mongoengine.BooleanField(default=False)
    related = mongoengine.DictField()  # {reference: {"score", "reasons", "role": "newer"|"older"}}
    related_count = mongoengine.IntField(default=0)  # bounds what other reports add to `related`

    confirmation = mongoengine.EmbeddedDocumentField(Confirmation)
    confirmed_at = mongoengine.DateTimeField()

    def automatic_values(self) -> dict:
        """Every EDITABLE field as triage proposed it."""
        auto = self.automatic or {}
        return {"category": auto.get("category"), "perpetrator_type": auto.get("perpetrator_type"),
                "child_involved": bool(auto.get("child_involved")), "urgent_medical": bool(auto.get("urgent_medical")),
                "ongoing_danger": bool(self.ongoing_danger), "priority": auto.get("priority"),
                # Decisions stored before these fields existed hold the automatic routing in org_id/route.
                "org_id": self.automatic_org_id if self.automatic_route else self.org_id,
                "route": self.automatic_route or self.route}

    def values(self) -> dict:
        """Every EDITABLE field of the decision in force."""
        if self.confirmation is not None:
            return {**self.automatic_values(), **dict(self.confirmation.values)}
        return self.automatic_values()

    @property
    def priority(self) -> str | None:
        return self.values().get("priority")


class QueueEntry(mongoengine.Document):
    """One per decision no triage officer has confirmed yet: the queue is this small collection, read whole.

    Only what the queue shows (no narrative, no reasons); deleted when the decision is confirmed."""

    meta = {"collection": "queue"}

    reference = mongoengine.StringField(primary_key=True)
    received_at = mongoengine.DateTimeField(required=True)
    priority = mongoengine.StringField()
    rank = mongoengine.IntField(default=0)
    category = mongoengine.StringField()
    perpetrator_type = mongoengine.StringField()
    child_involved = mongoengine.BooleanField(default=False)
    urgent_medical = mongoengine.BooleanField(default=False)
    confidence = mongoengine.FloatField()
    org_id = mongoengine.StringField()
    route = mongoengine.StringField()
    channel = mongoengine.StringField()
    region_code = mongoengine.StringField()
    next_deadline = mongoengine.DictField()   # {"kind", "due_at"}
    due_at = mongoengine.DateTimeField()      # next_deadline's due_at, far in the future when none: the sort key
    related = mongoengine.DictField()         # {reference: score}

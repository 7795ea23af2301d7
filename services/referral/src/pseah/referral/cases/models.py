"""A case: what triage decided about a report, who holds it, and the events it still owes Kafka."""
from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TypeVar

import mongoengine

from pseah.common import payloads
from pseah.common.events import CloudEvent
from pseah.common.outbox import OutboxMixin

STATUSES = ("assigned", "acknowledged")
QUEUES = ("focal_point", "coordinator", "gbv_pathway")
# What a focal point (or its organisation's system) reports of its investigation; closed is final.
INVESTIGATION_STATUSES = ("not_started", "in_progress", "referred_to_authorities", "substantiated",
                          "unsubstantiated", "closed")
# The findings among them: what an investigation concluded. Closing keeps the finding in force as its outcome.
FINDINGS = ("referred_to_authorities", "substantiated", "unsubstantiated")
# Codes only: a transfer reason travels in events that auditors read.
TRANSFER_REASONS = ("employer_identified", "wrong_organisation", "conflict_of_interest", "jurisdiction", "other")


class Case(OutboxMixin, mongoengine.Document):
    meta = {"collection": "cases", "indexes": ["owner_org", "status", "-created_at", "has_pending"]}

    reference = mongoengine.StringField(primary_key=True)
    org_id = mongoengine.StringField(null=True)  # the alleged perpetrator's organisation, as triaged
    owner_org = mongoengine.StringField(required=True)  # whose people hold the case (assignee's org)
    queue = mongoengine.StringField(required=True, choices=QUEUES)
    route = mongoengine.StringField()
    priority = mongoengine.StringField()
    category = mongoengine.StringField()
    perpetrator_type = mongoengine.StringField()
    flags = mongoengine.ListField(mongoengine.StringField())
    deadlines = mongoengine.ListField(mongoengine.DictField())
    channel = mongoengine.StringField()
    region_code = mongoengine.StringField(null=True)
    survivor_services = mongoengine.ListField(mongoengine.StringField())
    consent = mongoengine.DictField()
    # Sealed tokens copied as they came: referral never holds a case key.
    sealed = mongoengine.DictField()
    status = mongoengine.StringField(required=True, choices=STATUSES, default="assigned")
    assignee = mongoengine.DictField()
    cause_event_id = mongoengine.StringField()
    created_at = mongoengine.DateTimeField(default=lambda: datetime.now(UTC))
    acknowledged_at = mongoengine.DateTimeField()
    acknowledged_by = mongoengine.StringField()
    # Matching inputs that are safe outside `sealed` (they travel in report.received.v1 in the clear).
    language = mongoengine.StringField(null=True)
    survivor_gender = mongoengine.StringField(null=True)
    investigation_status = mongoengine.StringField(default="not_started", choices=INVESTIGATION_STATUSES)
    # The finding in force (one of FINDINGS) or None; carried by case.investigation.updated.v1 as `outcome`.
    outcome = mongoengine.StringField(null=True, choices=FINDINGS)
    transfers = mongoengine.ListField(mongoengine.DictField())  # [{from_org, to_org, reason, actor, at}]
    confirmed_event_id = mongoengine.StringField()  # the triage.confirmed.v1 applied (see cases/confirmed.py)


# Looser than the contract's PSEAH-XXXXXXXX (test and partner references are longer), but never a path or a query.
_REFERENCE = re.compile(r"[A-Za-z0-9-]{4,64}")
P = TypeVar("P", bound=payloads.Payload)


def triage_payload(event: CloudEvent, model: type[P]) -> P:
    """The typed data of a triage event (report.triaged.v1, triage.confirmed.v1): payloads.BreaksContract, which
    the agent dead-letters, when it breaks its contract or its reference could be no case's key."""
    decision = payloads.decode(event, model)
    if not _REFERENCE.fullmatch(decision.reference):
        raise payloads.BreaksContract(event.type, ["reference"])
    return decision


def flags(triage: payloads.ReportTriaged | payloads.TriageConfirmed) -> list[str]:
    """The case's flags from a triage decision, automatic (report.triaged.v1) or confirmed (triage.confirmed.v1)."""
    return [name for name in ("child_involved", "urgent_medical") if getattr(triage, name)]


def investigation_outcome(*, status: str, current_status: str | None, current_outcome: str | None) -> str | None:
    """The finding in force once `status` is reported on a case standing at `current_status`.

    A finding is the outcome; reopening (not_started, in_progress) withdraws it; closing keeps the one in force.
    Cases stored before `outcome` existed have none: closing straight after a finding takes that finding.
    """
    if status in FINDINGS:
        return status
    if status == "closed":
        if current_outcome in FINDINGS:
            return current_outcome
        return current_status if current_status in FINDINGS else None
    return None

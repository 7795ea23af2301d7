"""CloudEvents 1.0 envelope (structured JSON mode) for every Kafka message.

The key of every message is the case reference (`subject`), so all events of one case keep their order.
Types are past tense and versioned: report.received.v1.
"""
from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Topics:
    """Topic names, one per domain stream (docs/CONVENTIONS.md)."""

    REPORTS = "pseah.reports.v1"
    TRIAGE = "pseah.triage.v1"
    CASES = "pseah.cases.v1"
    NOTIFICATIONS = "pseah.notifications.v1"
    ACCESS = "pseah.access.v1"
    # Not a domain stream (so not in all()): the audit log's signed checkpoints, compacted, read by verifiers.
    AUDIT_CHECKPOINTS = "pseah.audit.checkpoints.v1"

    @classmethod
    def laned(cls) -> list[str]:
        """The streams on the way from a report to a focal point's mailbox, each with a priority lane."""
        return [cls.REPORTS, cls.TRIAGE, cls.CASES]

    @classmethod
    def all(cls) -> list[str]:
        return [cls.REPORTS, cls.TRIAGE, cls.CASES, cls.NOTIFICATIONS, cls.ACCESS,
                *(cls.priority(t) for t in cls.laned())]

    @staticmethod
    def priority(topic: str) -> str:
        """The priority lane of a stream: a topic of its own, so an urgent case never waits in a queue of
        routine ones; every consumer of the stream reads both lanes, each with its own agent."""
        return f"{topic}.priority"

    @staticmethod
    def lane(topic: str, *, urgent: bool) -> str:
        return Topics.priority(topic) if urgent else topic

    @staticmethod
    def lanes(topic: str) -> list[str]:
        """Both lanes of a stream, the priority lane first."""
        return [Topics.priority(topic), topic]

    DEAD_LETTER_SUFFIX = ".dlq"

    @staticmethod
    def dead_letter(topic: str) -> str:
        return f"{topic}{Topics.DEAD_LETTER_SUFFIX}"


class EventTypes:
    REPORT_RECEIVED = "report.received.v1"
    REPORTER_MESSAGE_POSTED = "reporter.message.posted.v1"
    HANDLER_MESSAGE_POSTED = "handler.message.posted.v1"
    REPORT_TRIAGED = "report.triaged.v1"
    TRIAGE_CONFIRMED = "triage.confirmed.v1"
    REPORT_LINKED = "report.linked.v1"
    DEADLINE_BREACHED = "deadline.breached.v1"
    CASE_ASSIGNED = "case.assigned.v1"
    CASE_ACKNOWLEDGED = "case.acknowledged.v1"
    REFERRAL_CREATED = "referral.created.v1"
    REFERRAL_ACCEPTED = "referral.accepted.v1"
    REFERRAL_DECLINED = "referral.declined.v1"
    REFERRAL_COMPLETED = "referral.completed.v1"
    REFERRAL_FAILED = "referral.failed.v1"
    CONSENT_RECORDED = "consent.recorded.v1"
    CONSENT_OVERRIDDEN = "consent.overridden.v1"
    CASE_TRANSFERRED = "case.transferred.v1"
    CASE_INVESTIGATION_UPDATED = "case.investigation.updated.v1"
    NOTIFICATION_SENT = "notification.sent.v1"
    CASE_CONTENT_READ = "case.content.read.v1"
    CASE_ERASED = "case.erased.v1"
    AUDIT_CHECKPOINT_SIGNED = "audit.checkpoint.signed.v1"
    AUDIT_DIGEST_PUBLISHED = "audit.digest.published.v1"


class CloudEvent(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True)

    specversion: str = "1.0"
    id: str = Field(default_factory=lambda: str(uuid.uuid4()))
    source: str
    type: str
    subject: str
    time: datetime = Field(default_factory=lambda: datetime.now(UTC))
    datacontenttype: str = "application/json"
    # Extension attribute: who caused the event (user id, service name, "anonymous-reporter").
    actor: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> bytes:
        return self.subject.encode()

    def to_bytes(self) -> bytes:
        return self.model_dump_json(exclude_none=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes | str) -> "CloudEvent":
        return cls.model_validate(json.loads(raw))


_EFFECTS = uuid.UUID("0f3b6d0a-8c51-5d6e-9f55-7073656168ef")


def effect_id(cause_id: str, effect: str) -> str:
    """The id of the event `effect` of cause `cause_id` (an event or record id): the same on every try, so an event a
    handler publishes before its store write (Kafka first) and publishes again after a crash is one event to its
    consumers, who keep one per id."""
    return str(uuid.uuid5(_EFFECTS, f"{cause_id}:{effect}"))


def new_event(*, type: str, source: str, subject: str, data: dict[str, Any] | None = None,
              actor: str | None = None, id: str | None = None) -> CloudEvent:
    fields: dict[str, Any] = {"type": type, "source": source, "subject": subject, "data": data or {},
                              "actor": actor}
    if id:
        fields["id"] = id
    return CloudEvent(**fields)

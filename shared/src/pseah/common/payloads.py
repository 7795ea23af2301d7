"""Typed event payloads: one pydantic model per event type, the `data` of its CloudEvent (pseah.common.events).

The models mirror the schemas of docs/asyncapi.yaml (components.schemas.<Name>Data); shared/tests/unit/
test_payloads.py checks field names, required fields and enumerations against that file, so the contract and the
code cannot drift apart. Handlers read `payload(event)` instead of `event.data.get(...)`: a typo is an
AttributeError in a unit test, not a silent None in production.

Consumers are tolerant readers: fields a newer producer adds are ignored (extra="ignore"); a payload that breaks
its schema (a missing required field, a value outside an enumeration) raises `pydantic.ValidationError`, which the
stream runners dead-letter with the reason. Sealed values stay opaque strings: nothing here decrypts.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pseah.common.events import CloudEvent, EventTypes

Category = Literal["sexual_exploitation", "sexual_abuse", "sexual_harassment", "other_misconduct", "not_misconduct"]
PerpetratorType = Literal["aid_worker", "community_member", "unknown"]
Priority = Literal["critical", "high", "medium", "low"]
Route = Literal["focal_point", "coordinator", "gbv_pathway"]
ServiceType = Literal["psychosocial", "medical", "safety_security", "legal", "shelter", "child_protection"]
# Opaque envelope-encrypted value (pseah.common.crypto); None when absent.
Sealed = str | None


class Payload(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class Consent(Payload):
    referral: bool = False
    contact: bool = False
    share_with_org: bool = False


class Deadline(Payload):
    kind: str
    due_at: datetime


class ReportSealed(Payload):
    narrative: Sealed = None
    contact: Sealed = None
    perpetrator_description: Sealed = None
    place_text: Sealed = None
    perpetrator_org_text: Sealed = None


class ReportReceivedSealed(ReportSealed):
    # All five are required in the contract (null when the reporter left them out).
    narrative: Sealed
    contact: Sealed
    perpetrator_description: Sealed
    place_text: Sealed
    perpetrator_org_text: Sealed


class ReportReceived(Payload):
    reference: str
    channel: Literal["web", "whatsapp", "sms", "hotline", "partner_api"]
    received_at: datetime
    language: str | None = None
    reporter_role: Literal["survivor", "witness", "worker", "unknown"] = "unknown"
    incident_date: date | None = None
    region_code: str | None = None
    survivor_age_group: Literal["child", "adult", "unknown"] = "unknown"
    survivor_gender: str | None = None
    perpetrator_org: str | None = None
    consent: Consent
    sealed: ReportReceivedSealed


class MessageSealed(Payload):
    text: Sealed = None


class ReporterMessagePosted(Payload):
    reference: str
    message_id: str
    author: str
    language: str | None = None
    posted_at: datetime | None = None
    sealed: MessageSealed


class TriageSealed(ReportSealed):
    reasons: Sealed = None


class ReportTriaged(Payload):
    reference: str
    channel: str | None = None
    region_code: str | None = None
    category: Category
    perpetrator_type: PerpetratorType = "unknown"
    child_involved: bool = False
    urgent_medical: bool = False
    priority: Priority
    confidence: float | None = Field(default=None, ge=0, le=1)
    org_id: str | None = None
    route: Route
    survivor_services: bool = False
    services: list[str] = Field(default_factory=list)
    consent: Consent = Field(default_factory=Consent)
    language: str | None = None
    survivor_gender: str | None = None
    survivor_age_group: Literal["child", "adult", "unknown"] | None = None
    deadlines: list[Deadline]
    sealed: TriageSealed


class ReasonSealed(Payload):
    reason: Sealed = None


class TriageConfirmed(Payload):
    reference: str
    confirmed_at: datetime
    role: Literal["triage_officer", "coordinator"] | None = None
    overridden: bool
    changed: list[str]
    previous: dict = Field(default_factory=dict)
    category: Category
    perpetrator_type: PerpetratorType
    child_involved: bool
    urgent_medical: bool
    priority: Priority
    org_id: str | None = None
    route: Route
    survivor_services: bool = False
    services: list[str] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    sealed: ReasonSealed = Field(default_factory=ReasonSealed)


class LinkEvidence(Payload):
    wording: float | None = Field(default=None, ge=0, le=1)
    perpetrator: float | None = Field(default=None, ge=0, le=1)
    same_org: bool | None = None
    place: Literal["village", "district", "regency", "province"] | None = None
    days_apart: float | None = Field(default=None, ge=0)


class ReportLinked(Payload):
    reference: str
    related_reference: str
    score: float = Field(ge=0, le=1)
    reasons: list[str]
    evidence: LinkEvidence = Field(default_factory=LinkEvidence)


class DeadlineBreached(Payload):
    reference: str
    kind: str
    due_at: datetime
    priority: Priority | None = None
    org_id: str | None = None
    route: str | None = None


class Assignee(Payload):
    username: str | None = None
    email: str | None = None
    role: str | None = None


class CaseAssigned(Payload):
    reference: str
    org_id: str | None
    queue: str
    priority: Priority
    assignee: Assignee
    portal_url: str
    # The case's clocks, so notification tells the assignee the deadline without asking back (referral sends them).
    deadlines: list[Deadline] = Field(default_factory=list)


class CaseAcknowledged(Payload):
    reference: str
    org_id: str | None = None
    owner_org: str | None = None
    acknowledged_at: datetime


class Referral(Payload):
    """Every referral.* event: codes and ids only, never survivor content."""

    reference: str
    referral_id: str
    provider_id: str
    provider_org: str | None
    service_type: ServiceType
    status: Literal["created", "accepted", "declined", "completed", "failed"]
    consent_override: bool = False
    rank: int | None = None
    previous_referral_id: str | None = None
    respond_by: datetime | None = None
    reason: Literal["no_capacity", "out_of_area", "service_unavailable", "not_eligible", "conflict_of_interest",
                    "other", "no_response", "survivor_unreachable", "survivor_withdrew",
                    "service_interrupted"] | None = None


class ConsentRecorded(Payload):
    reference: str
    action: Literal["given", "withdrawn"]
    status: Literal["given", "withdrawn"]
    purposes: list[Literal["referral", "contact", "share_with_org"]]
    provider_types: list[str]
    contact_method: Literal["none", "unspecified", "sms", "whatsapp", "email", "phone"]
    channel: str
    recorded_at: datetime


class ConsentOverridden(Payload):
    reference: str
    actor: str
    service_types: list[str]
    overridden_at: datetime
    sealed: ReasonSealed


class CaseTransferred(Payload):
    reference: str
    from_org: str | None
    to_org: str | None
    reason: Literal["employer_identified", "wrong_organisation", "conflict_of_interest", "jurisdiction", "other"]
    transferred_at: datetime


class CaseInvestigationUpdated(Payload):
    reference: str
    owner_org: str | None
    status: Literal["not_started", "in_progress", "referred_to_authorities", "substantiated", "unsubstantiated",
                    "closed"]
    previous_status: str | None = None
    outcome: Literal["referred_to_authorities", "substantiated", "unsubstantiated"] | None = None
    reported_at: datetime


class NotificationSent(Payload):
    reference: str
    notification_id: str
    channel: Literal["email", "sms", "whatsapp", "webhook"]
    template: str
    recipient_role: str
    recipient_org: str | None = None
    cause_event_id: str


class CaseContentRead(Payload):
    reference: str
    actor: str
    org_id: str | None = None
    role: str
    fields: list[str]
    via: str


class CaseErased(Payload):
    reference: str
    reason: Literal["retention_expired", "survivor_request", "safety_risk", "legal_obligation", "entered_in_error"]
    decision: str | None = Field(default=None, max_length=80)
    rule: str | None = None
    closed_at: datetime | None = None
    erased_at: datetime


class PreviousCheckpoint(Payload):
    tree_size: int
    digest: str


class AuditCheckpointSigned(Payload):
    """A signed checkpoint of the audit log's Merkle tree (pseah.audit.chain.checkpoints): hashes, never content."""

    origin: str
    tree_size: int
    root_hash: str
    time: str
    previous: PreviousCheckpoint | None
    signature: str
    key_id: str
    algorithm: Literal["Ed25519"]


class DigestCheckpoint(Payload):
    tree_size: int
    root_hash: str
    time: str
    key_id: str
    signature: str
    previous: PreviousCheckpoint | None


class AuditDigest(Payload):
    """The coordinator's digest of one period's signed checkpoints (pseah.audit.chain.digest): hashes, never content."""

    origin: str
    period_start: str
    period_end: str
    interim: bool
    algorithm: Literal["Ed25519"]
    key_id: str
    public_key: str
    checkpoints_total: int
    checkpoints: list[DigestCheckpoint]


# Event type -> its payload model. The asyncapi schema of each is named in SCHEMAS (the test reads both).
PAYLOADS: dict[str, type[Payload]] = {
    EventTypes.REPORT_RECEIVED: ReportReceived,
    EventTypes.REPORTER_MESSAGE_POSTED: ReporterMessagePosted,
    EventTypes.HANDLER_MESSAGE_POSTED: ReporterMessagePosted,
    EventTypes.REPORT_TRIAGED: ReportTriaged,
    EventTypes.TRIAGE_CONFIRMED: TriageConfirmed,
    EventTypes.REPORT_LINKED: ReportLinked,
    EventTypes.DEADLINE_BREACHED: DeadlineBreached,
    EventTypes.CASE_ASSIGNED: CaseAssigned,
    EventTypes.CASE_ACKNOWLEDGED: CaseAcknowledged,
    EventTypes.REFERRAL_CREATED: Referral,
    EventTypes.REFERRAL_ACCEPTED: Referral,
    EventTypes.REFERRAL_DECLINED: Referral,
    EventTypes.REFERRAL_COMPLETED: Referral,
    EventTypes.REFERRAL_FAILED: Referral,
    EventTypes.CONSENT_RECORDED: ConsentRecorded,
    EventTypes.CONSENT_OVERRIDDEN: ConsentOverridden,
    EventTypes.CASE_TRANSFERRED: CaseTransferred,
    EventTypes.CASE_INVESTIGATION_UPDATED: CaseInvestigationUpdated,
    EventTypes.NOTIFICATION_SENT: NotificationSent,
    EventTypes.CASE_CONTENT_READ: CaseContentRead,
    EventTypes.CASE_ERASED: CaseErased,
    EventTypes.AUDIT_CHECKPOINT_SIGNED: AuditCheckpointSigned,
    EventTypes.AUDIT_DIGEST_PUBLISHED: AuditDigest,
}

P = TypeVar("P", bound=Payload)


def payload(event: CloudEvent, model: type[P] | None = None) -> P:
    """The typed `data` of `event`: `model` when given (it must be the model of the event's type), else the
    registered one. Unknown types raise KeyError: a handler only asks for types it is registered for."""
    registered = PAYLOADS[event.type]
    if model is not None and model is not registered:
        raise TypeError(f"{event.type} carries {registered.__name__}, not {model.__name__}")
    return registered.model_validate(event.data)


BREAKS_CONTRACT = "payload_breaks_contract"  # the dlq_reason header of an event whose data breaks its schema


class BreaksContract(ValueError):
    """The data of an event breaks its schema: it will never be processed, so its consumer dead-letters it with
    `reason` in the header. It names the fields at fault and never a value (values may be survivor content), and
    carries no pydantic error (whose input would be)."""

    reason = BREAKS_CONTRACT

    def __init__(self, event_type: str, fields: list[str]) -> None:
        self.event_type, self.fields = event_type, fields
        super().__init__(f"{event_type}: {', '.join(fields) or 'data'}")


def decode(event: CloudEvent, model: type[P] | None = None) -> P:
    """`payload(event, model)` for a consumer: a payload outside its contract raises BreaksContract."""
    try:
        return payload(event, model)
    except ValidationError as exc:
        fields = sorted({".".join(map(str, e["loc"])) for e in exc.errors()})
        raise BreaksContract(event.type, fields) from None

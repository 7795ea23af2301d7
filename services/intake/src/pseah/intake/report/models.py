"""The stored report (mongoengine) beside the pydantic schemas of what reporters send and see."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Literal

import mongoengine
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, field_validator

from pseah.common.outbox import OutboxMixin

Channel = Literal["web", "whatsapp", "sms", "hotline", "partner_api"]
Language = Literal["id", "en", "su", "jv", "other"]
ReporterRole = Literal["survivor", "witness", "worker", "unknown"]
AgeGroup = Literal["child", "adult", "unknown"]
Gender = Literal["female", "male", "other", "unknown"]
# What the reporter sees: received, being reviewed (triaged), passed to the responsible organisation (assigned),
# acknowledged by it, under investigation (investigating), closed.
Status = Literal["received", "triaged", "assigned", "acknowledged", "investigating", "closed"]
# How a closed investigation ended (the finding of case.investigation.updated.v1's `outcome`); told to the
# reporter only where the coordinator's policy allows (IntakeSettings.disclose_outcome).
Outcome = Literal["substantiated", "unsubstantiated", "referred_to_authorities"]
OUTCOMES: tuple[str, ...] = ("substantiated", "unsubstantiated", "referred_to_authorities")

# The order in which a case moves; events never move it backwards (they may arrive late or twice).
STATUS_RANK: dict[str, int] = {"received": 0, "triaged": 1, "assigned": 2, "acknowledged": 3, "investigating": 4,
                               "closed": 9}

SEALED_FIELDS = ("narrative", "contact", "perpetrator_description", "place_text", "perpetrator_org_text")


def _valid_unicode(value: str | None) -> str | None:
    # JSON may escape lone surrogates (\ud800) that no UTF-8 store or cipher can take: refuse them here
    # so they become a 422 and not a failure deep in sealing.
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("text contains invalid Unicode (unpaired surrogate)") from None
    return value


Text = Annotated[str, StringConstraints(strict=True)]


class Consent(BaseModel):
    model_config = ConfigDict(extra="forbid")

    referral: StrictBool = False
    contact: StrictBool = False
    share_with_org: StrictBool = False


class ReportCreate(BaseModel):
    """A report from the public form or an API client. Only `narrative` is required."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "narrative": "Seorang relawan meminta imbalan untuk bantuan.", "language": "id",
        "consent": {"referral": True, "contact": False, "share_with_org": False}}]})

    narrative: Text = Field(min_length=1, max_length=20000, description="What happened, in any language.")
    incident_date: date | None = None
    region_code: Annotated[str, StringConstraints(strict=True, max_length=13)] | None = Field(
        default=None, description="Indonesian administrative area code, 2 to 10 digits (dots allowed: 32.03.01).")
    place_text: Text | None = Field(default=None, max_length=1000)
    survivor_age_group: AgeGroup = "unknown"
    survivor_gender: Gender | None = None
    perpetrator_org: Text | None = Field(
        default=None, max_length=300,
        description="An organisation id (organizations.json), acronym or name; anything else is kept as sealed free text.")
    perpetrator_description: Text | None = Field(default=None, max_length=5000)
    consent: Consent = Field(default_factory=Consent)
    contact: Text | None = Field(default=None, max_length=1000)
    language: Language | None = None
    reporter_role: ReporterRole = "unknown"

    @field_validator("narrative", "place_text", "perpetrator_org", "perpetrator_description", "contact")
    @classmethod
    def _unicode(cls, value):
        return _valid_unicode(value)

    @field_validator("narrative")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("narrative is empty")
        return value  # kept exactly as written: no trimming, no normalisation

    @field_validator("region_code")
    @classmethod
    def _region_code(cls, value: str | None) -> str | None:
        if value is None:
            return None
        digits = value.replace(".", "")
        if not re.fullmatch(r"[0-9]{2,10}", digits):
            raise ValueError("region_code must be an Indonesian area code of 2 to 10 digits")
        return digits

    @field_validator("incident_date")
    @classmethod
    def _plausible_date(cls, value: date | None) -> date | None:
        # One day of slack: the reporter's day may already be tomorrow in UTC terms (WIT is UTC+9).
        if value is not None and (value > datetime.now(UTC).date() + timedelta(days=1) or value.year < 1950):
            raise ValueError("incident_date must be a past date")
        return value


class ReportAccepted(BaseModel):
    reference: str = Field(examples=["PSEAH-7K3F9QX2"])
    receipt: str = Field(description="The secret with which the reporter follows the case. Shown once, never again.")
    status: Literal["received"] = "received"


class StatusChange(BaseModel):
    status: Status
    at: datetime


class ReceiptStatus(BaseModel):
    """What the holder of a receipt sees: where the case stands, never its content."""

    reference: str
    status: Status
    received_at: datetime
    updated_at: datetime
    history: list[StatusChange]
    outcome: Outcome | None = Field(
        default=None, description="How a closed investigation ended; only where the coordinator's policy "
                                  "discloses outcomes to reporters, else always null.")


class Report(OutboxMixin, mongoengine.Document):
    meta = {
        "collection": "reports",
        "indexes": [
            {"fields": ["receipt_hash"], "unique": True},
            ["has_pending", "pending_since"],
        ],
    }

    reference = mongoengine.StringField(primary_key=True)
    receipt_hash = mongoengine.StringField(required=True)
    channel = mongoengine.StringField(required=True)
    received_at = mongoengine.DateTimeField(required=True)
    language = mongoengine.StringField()
    reporter_role = mongoengine.StringField()
    incident_date = mongoengine.StringField()  # ISO date; a date, not an instant
    region_code = mongoengine.StringField()
    survivor_age_group = mongoengine.StringField()
    survivor_gender = mongoengine.StringField()
    perpetrator_org = mongoengine.StringField()
    consent = mongoengine.DictField()
    sealed = mongoengine.DictField()  # field name -> sealed token or None, under the case key
    # Who typed it in when it was not the reporter (an operator's username, a partner client id).
    entered_on_behalf = mongoengine.BooleanField(default=False)
    entered_by = mongoengine.StringField()
    # The status at intake ("received"), and for reports stored before ReportStatus every later one too.
    status = mongoengine.StringField(default="received")
    status_rank = mongoengine.IntField(default=0)
    status_history = mongoengine.ListField(mongoengine.DictField())
    updated_at = mongoengine.DateTimeField()
    # The organisation whose focal point handles the case (from case.assigned.v1): who may reply.
    assigned_org = mongoengine.StringField()
    # The finding a closed investigation ended with (case.investigation.updated.v1); shown only by policy.
    outcome = mongoengine.StringField()
    # Set when the case key was destroyed (pseah.intake.erasure): the sealed values above are unreadable from then on,
    # and every read of the case answers 410. `erasure` is the record: reason, decision, actor, rule, times.
    erased_at = mongoengine.DateTimeField()
    erasure = mongoengine.DictField(default=None)  # None (not stored) until erased


class ReportStatus(mongoengine.Document):
    """Where a case stands for its reporter (the receipt's status), kept apart from the report, `_id` = reference.

    The report holds the sealed content, and FerretDB rewrites a whole document on every change: moving the status
    inside it cost ~11 ms of the store an event (measured with tests/bench/census.py), against a few for this
    small document. Written only by the status consumer, with upserts conditional on `rank`, so a late or repeated
    event moves nothing. Reports whose status moved before this document existed keep theirs on the report;
    report.service.reporter_status reads both."""

    meta = {"collection": "report_status"}

    reference = mongoengine.StringField(primary_key=True)
    status = mongoengine.StringField(required=True)
    rank = mongoengine.IntField(required=True)
    history = mongoengine.ListField(mongoengine.DictField())
    updated_at = mongoengine.DateTimeField()
    assigned_org = mongoengine.StringField()
    outcome = mongoengine.StringField()


class ReceiptIndex(mongoengine.Document):
    """Receipt hash -> reference, so a receipt lookup is one read by _id.

    Keyed by the hash itself: on the local FerretDB only _id is indexed, and a lookup that read every
    report would let each guess cost a full scan. Written with its report (same group commit).
    """

    meta = {"collection": "receipt_index"}

    receipt_hash = mongoengine.StringField(primary_key=True)
    reference = mongoengine.StringField(required=True)

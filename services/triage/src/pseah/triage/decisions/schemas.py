"""What the triage API takes and gives (pydantic). Nothing here carries the narrative."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Category = Literal["sexual_exploitation", "sexual_abuse", "sexual_harassment", "other_misconduct", "not_misconduct"]
PerpetratorType = Literal["aid_worker", "community_member", "unknown"]
Priority = Literal["critical", "high", "medium", "low"]
Route = Literal["focal_point", "coordinator", "gbv_pathway"]


class Changes(BaseModel):
    """Only the fields to change; a field left out keeps the automatic value."""

    model_config = ConfigDict(extra="forbid")

    category: Category | None = None
    perpetrator_type: PerpetratorType | None = None
    child_involved: bool | None = None
    urgent_medical: bool | None = None
    ongoing_danger: bool | None = None
    priority: Priority | None = None
    org_id: str | None = Field(default=None, max_length=64, pattern=r"^[a-z0-9][a-z0-9_-]*$",
                               description="an organisation id of the directory; null (explicitly) for none")
    route: Route | None = None

    def requested(self) -> dict:
        # exclude_unset: an explicit "org_id": null means "no organisation", a missing one means "unchanged".
        return {k: v for k, v in self.model_dump(exclude_unset=True).items()
                if v is not None or k == "org_id"}


class ConfirmationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    changes: Changes = Field(default_factory=Changes)
    reason: str | None = Field(default=None, max_length=2000,
                               description="required when anything changes; kept sealed (it may quote the report)")


class DeadlineOut(BaseModel):
    kind: str
    due_at: datetime
    completed_at: datetime | None = None
    breached_at: datetime | None = None


class NextDeadline(BaseModel):
    kind: str
    due_at: datetime


class RelatedOut(BaseModel):
    reference: str
    score: float
    reasons: list[str] = []
    reported: Literal["earlier", "later"] | None = None


class QueueItem(BaseModel):
    reference: str
    received_at: datetime
    priority: str | None
    category: str | None
    perpetrator_type: str | None
    child_involved: bool
    urgent_medical: bool
    confidence: float | None
    org_id: str | None
    route: str | None
    channel: str | None
    region_code: str | None
    next_deadline: NextDeadline | None
    related: list[RelatedOut]


class QueuePage(BaseModel):
    items: list[QueueItem]
    total: int = Field(description="Decisions awaiting confirmation, before filters")
    offset: int
    limit: int
    next_page_token: str = Field("", description="Pass as page_token for the next page; empty at the end. A page "
                                 "may hold fewer items (even none) while it is set: a narrow filter is applied a "
                                 "bounded stretch of the queue at a time")


class DecisionValues(BaseModel):
    category: str | None
    perpetrator_type: str | None
    child_involved: bool
    urgent_medical: bool
    ongoing_danger: bool
    priority: str | None
    org_id: str | None
    route: str | None


class AutomaticOut(DecisionValues):
    confidence: float | None = None


class ConfirmationOut(BaseModel):
    actor: str
    role: str | None
    at: datetime
    overridden: bool
    changes: dict[str, dict]
    notes: list[str]
    reason: str | None = None


class DecisionOut(BaseModel):
    reference: str
    status: Literal["awaiting_confirmation", "confirmed"]
    received_at: datetime
    triaged_at: datetime | None
    channel: str | None
    region_code: str | None
    automatic: AutomaticOut
    reasons: list[str]
    decision: DecisionValues
    confirmation: ConfirmationOut | None
    deadlines: list[DeadlineOut]
    related: list[RelatedOut]


class ConfirmationResult(BaseModel):
    """The answer to a confirmation: the decision in force, without the reasons (reading those is audited)."""

    reference: str
    status: Literal["confirmed"] = "confirmed"
    created: bool
    decision: DecisionValues
    changes: dict[str, dict]
    notes: list[str]
    confirmed_by: str
    confirmed_at: datetime
    deadlines: list[DeadlineOut]

"""What an erasure is: its reason codes, the request a coordinator sends and the record everyone may read.

An erasure record carries no content: the reason is a code, the decision a short reference to the written
decision (a ticket or letter number) in a restricted alphabet, so no sentence about the survivor can be typed in.
"""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Why a case's content is destroyed. retention_expired is what the retention policy uses.
Reason = Literal["retention_expired", "survivor_request", "safety_risk", "legal_obligation", "entered_in_error"]
REASONS: tuple[str, ...] = ("retention_expired", "survivor_request", "safety_risk", "legal_obligation",
                            "entered_in_error")
DECISION_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9 ._/:#-]{0,79}$"
Decision = Annotated[str, StringConstraints(strict=True, pattern=DECISION_PATTERN)]
POLICY_ACTOR = "retention-policy"


class ErasureCreate(BaseModel):
    """A coordinator's decision to destroy a case's content."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"reason": "survivor_request", "decision": "DPO-2026-014"}]})

    reason: Reason = Field(description="Why the content is destroyed (a code, never text).")
    decision: Decision | None = Field(
        default=None, description="A reference to the written decision (ticket or letter number; letters, digits, "
                                  "space and . _ / : # -, at most 80), never case details.")


class ErasureRead(BaseModel):
    """The record of an erasure: when, why and by whom; the case content itself is gone."""

    reference: str = Field(examples=["PSEAH-7K3F9QX2"])
    status: Literal["erased"] = "erased"
    erased_at: datetime
    reason: Reason
    decision: str | None = None
    actor: str = Field(description="The coordinator's username, or retention-policy.")
    rule: str | None = Field(default=None, description="The retention rule, when the policy erased the case.")

"""A coordinator erases a case's content, through intake's erasure API (POST /v1/cases/{ref}/erasure) with the
coordinator's own token: intake keeps the case keys, checks the role, destroys the key and publishes case.erased.v1.

The form sends a reason code and, optionally, a reference to the written decision; never free text, so nothing
about the survivor can be typed into a record that outlives the case content.
"""
from __future__ import annotations

import re

import httpx

from pseah.common.telemetry import http_headers

# intake's pseah.intake.erasure.models.REASONS, minus what only the retention policy uses (a unit test holds them).
REASONS = ("survivor_request", "safety_risk", "legal_obligation", "entered_in_error")
DECISION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._/:#-]{0,79}$")


class ErasureInvalid(Exception):
    """The form's reason or decision reference is not acceptable; nothing was sent."""


class ErasureRefused(Exception):
    """Intake refused: 403 (not a coordinator) or 404 (no such case)."""

    def __init__(self, status: int):
        super().__init__(str(status))
        self.status = status


class ErasureUnavailable(Exception):
    """Intake is down or answered 5xx; the case may or may not be erased (erasing again is safe)."""


class NotAuthenticated(Exception):
    pass


def check_form(*, reason: str, decision: str, confirmed: bool) -> tuple[str, str | None]:
    """The reason and decision to send, or ErasureInvalid."""
    decision = decision.strip()
    if reason not in REASONS or not confirmed or (decision and not DECISION.match(decision)):
        raise ErasureInvalid()
    return reason, decision or None


def erase(*, client: httpx.Client, base_url: str, token: str, reference: str, reason: str,
          decision: str | None) -> str:
    """`erased`, or `already_erased` when an earlier erasure stands."""
    body = {"reason": reason, **({"decision": decision} if decision else {})}
    try:
        # The reference was checked against [A-Z0-9-] by the router: safe in a path as it is.
        response = client.post(f"{base_url.rstrip('/')}/v1/cases/{reference}/erasure", json=body,
                               headers={**http_headers(), "authorization": f"Bearer {token}"})
    except httpx.HTTPError as exc:
        raise ErasureUnavailable(type(exc).__name__) from None
    if response.status_code == 201:
        return "erased"
    if response.status_code == 409:
        return "already_erased"
    if response.status_code == 401:
        raise NotAuthenticated()
    if response.status_code in (403, 404):
        raise ErasureRefused(response.status_code)
    if response.status_code == 422:
        raise ErasureInvalid()
    raise ErasureUnavailable(str(response.status_code))

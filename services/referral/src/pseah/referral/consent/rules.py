"""Consent as its own record: pure rules over a survivor's consent, unit-tested without a store.

Consent is given for purposes (referral, contact, share_with_org), optionally limited to provider types,
with a contact method, and can be withdrawn; each change keeps its time and channel. No referral without
consent, except where a child's safety requires it: then a coordinator overrides, with a reason.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

PURPOSES = ("referral", "contact", "share_with_org")
CONTACT_METHODS = ("none", "unspecified", "sms", "whatsapp", "email", "phone")
ACTIONS = ("given", "withdrawn")
OVERRIDE_ROLE = "coordinator"
MIN_REASON = 10


@dataclass(frozen=True)
class ConsentState:
    purposes: frozenset[str] = frozenset()
    # Empty means every provider type; otherwise only these (directory service types).
    provider_types: frozenset[str] = frozenset()
    contact_method: str = "none"

    @property
    def status(self) -> str:
        return "given" if self.purposes else "withdrawn"


class InvalidConsent(ValueError):
    """A consent change names an unknown purpose, method or action."""


class OverrideRefused(Exception):
    """Why an override is not allowed: code is not_child_case | not_coordinator | reason_required."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def from_triaged(block: dict | None) -> ConsentState:
    """The consent a report came with (report.triaged.v1 `consent`: referral, contact, share_with_org)."""
    block = block or {}
    purposes = frozenset(p for p in PURPOSES if block.get(p) is True)
    types = block.get("provider_types") or ()
    method = block.get("contact_method")
    if method not in CONTACT_METHODS:
        method = "unspecified" if "contact" in purposes else "none"
    return ConsentState(purposes=purposes, provider_types=frozenset(t for t in types if isinstance(t, str)),
                        contact_method=method)


def apply(state: ConsentState, *, action: str, purposes: list[str] | tuple[str, ...] = (),
          provider_types: list[str] | tuple[str, ...] | None = None, contact_method: str | None = None
          ) -> ConsentState:
    """Give adds purposes (and replaces provider types / method when given); withdraw removes the purposes
    named, or all of them when none is named."""
    if action not in ACTIONS:
        raise InvalidConsent("action")
    unknown = set(purposes) - set(PURPOSES)
    if unknown:
        raise InvalidConsent("purposes")
    if contact_method is not None and contact_method not in CONTACT_METHODS:
        raise InvalidConsent("contact_method")
    if action == "given":
        if not purposes:
            raise InvalidConsent("purposes")
        state = replace(state, purposes=state.purposes | set(purposes))
        if provider_types is not None:
            state = replace(state, provider_types=frozenset(provider_types))
        if contact_method is not None:
            state = replace(state, contact_method=contact_method)
        return state
    remaining = state.purposes - set(purposes) if purposes else frozenset()
    method = state.contact_method if "contact" in remaining else "none"
    return replace(state, purposes=frozenset(remaining), contact_method=method)


def allows_referral(state: ConsentState, *, service_type: str) -> bool:
    return "referral" in state.purposes and (not state.provider_types or service_type in state.provider_types)


def allows_contact(state: ConsentState) -> bool:
    return "contact" in state.purposes and state.contact_method != "none"


def check_override(*, child_involved: bool, roles: frozenset[str] | set[str], reason: str | None) -> None:
    """Raise OverrideRefused unless a coordinator overrides for a child, giving a reason."""
    if not child_involved:
        raise OverrideRefused("not_child_case")
    if OVERRIDE_ROLE not in roles:
        raise OverrideRefused("not_coordinator")
    if not reason or len(reason.strip()) < MIN_REASON:
        raise OverrideRefused("reason_required")

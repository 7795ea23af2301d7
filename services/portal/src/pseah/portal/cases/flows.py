"""Reading a case: scope check, audit record, then (and only then) decryption."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from pseah.common.crypto import KeyRing, KeyUnavailable
from pseah.portal.cases.audit import AccessAuditor, content_read_event
from pseah.portal.cases.models import (CLOSED, CLOSING_OUTCOMES, INVESTIGATION_STEPS, PRIORITY_ORDER, CaseView,
                                       inbox_order)
from pseah.portal.cases.service import CaseGateway, InvestigationRefused
from pseah.portal.paging import Page
from pseah.portal.sessions.models import SessionUser

# Need to know: an investigator sees the allegation, not the reporter's contact details.
CONTENT_FIELDS = {
    "focal_point": ("narrative", "place_text", "perpetrator_description", "perpetrator_org_text", "reasons"),
    "coordinator": ("narrative", "place_text", "perpetrator_description", "perpetrator_org_text", "reasons"),
}
CASE_ROLES = tuple(CONTENT_FIELDS)


class CaseNotFound(Exception):
    """Unknown, or not this user's to see: the two must look the same."""


@dataclass
class CasePage:
    case: CaseView
    content: dict[str, object] = field(default_factory=dict)
    content_erased: bool = False


def acting_role(user: SessionUser) -> str | None:
    for role in CASE_ROLES[::-1]:  # coordinator first: it sees more
        if role in user.roles:
            return role
    return None


def in_scope(*, user: SessionUser, case: CaseView) -> bool:
    # The referral service scopes already; checked again so a bug there cannot leak another org's case.
    if "coordinator" in user.roles:
        return True
    # The holder's organisation, as the referral service scopes (the triaged employer only when no holder is known).
    return bool(user.org_id) and (case.owner_org or case.org_id) == user.org_id


def inbox(*, gateway: CaseGateway, token: str, user: SessionUser, page_token: str = "",
          filters: dict[str, str] | None = None) -> Page[CaseView]:
    """One page of the user's open cases, in the referral service's order (next running deadline first)."""
    page = gateway.page_cases(token=token, page_token=page_token, filters=filters)
    return Page(items=[c for c in page.items if in_scope(user=user, case=c)], next_token=page.next_token,
                total=page.total)


def open_case(*, gateway: CaseGateway, token: str, user: SessionUser, reference: str,
              auditor: AccessAuditor, keyring: KeyRing) -> CasePage:
    case = gateway.get_case(token=token, reference=reference)
    if case is None or not in_scope(user=user, case=case):
        raise CaseNotFound(reference)
    role = acting_role(user)
    allowed = CONTENT_FIELDS.get(role or "", ())
    fields = [name for name in allowed if case.sealed.get(name)]
    if not fields:
        return CasePage(case=case)
    try:
        # From the key store, not this process's copy: an erased case shows as erased, and no read is recorded.
        keyring.get(case.reference, fresh=True)
    except KeyUnavailable:
        return CasePage(case=case, content_erased=True)
    # Raises AuditUnavailable: no record, no content.
    auditor.record(content_read_event(reference=case.reference, actor=user.username, org_id=user.org_id,
                                      role=role or "", fields=fields))
    try:
        content: dict[str, object] = {name: keyring.open(case.reference, case.sealed[name]) for name in fields}
    except KeyUnavailable:
        return CasePage(case=case, content_erased=True)
    if isinstance(content.get("reasons"), str):
        content["reasons"] = _as_list(content["reasons"])
    return CasePage(case=case, content=content)


def _as_list(raw: str) -> list[str]:
    try:
        value = json.loads(raw)
    except ValueError:
        return [raw]
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def acknowledge(*, gateway: CaseGateway, token: str, user: SessionUser, reference: str) -> CaseView:
    # Scope first, so the portal never asks to acknowledge a case it would not show.
    current = gateway.get_case(token=token, reference=reference)
    if current is None or not in_scope(user=user, case=current):
        raise CaseNotFound(reference)
    case = gateway.acknowledge(token=token, reference=reference)
    if case is None:
        raise CaseNotFound(reference)
    return case


def held_case(*, gateway: CaseGateway, token: str, user: SessionUser, reference: str) -> CaseView:
    """The case if this user may act on it, else CaseNotFound (unknown and another organisation's look the same)."""
    current = gateway.get_case(token=token, reference=reference)
    if current is None or not in_scope(user=user, case=current):
        raise CaseNotFound(reference)
    return current


def report_investigation(*, gateway: CaseGateway, token: str, user: SessionUser, reference: str,
                         status: str) -> CaseView:
    """Record where the investigation stands (case.investigation.updated.v1, written by the referral service).

    Raises CaseNotFound, or InvestigationRefused: `invalid` for a status outside the steps (closing has its own
    form, with an outcome), `closed` once the investigation is closed."""
    if status not in INVESTIGATION_STEPS:
        raise InvestigationRefused("invalid")
    current = held_case(gateway=gateway, token=token, user=user, reference=reference)
    if current.closed:
        raise InvestigationRefused("closed")
    case = gateway.report_investigation(token=token, reference=reference, status=status)
    if case is None:
        raise CaseNotFound(reference)
    return case


def close_investigation(*, gateway: CaseGateway, token: str, user: SessionUser, reference: str,
                        outcome: str) -> CaseView:
    """Close with an outcome: the outcome is reported first (unless it is already the status), then `closed`, which
    is final. Each is one case.investigation.updated.v1, so the closing event's previous_status is the outcome."""
    if outcome not in CLOSING_OUTCOMES:
        raise InvestigationRefused("invalid")
    current = held_case(gateway=gateway, token=token, user=user, reference=reference)
    if current.closed:
        raise InvestigationRefused("closed")
    if current.investigation_status != outcome:
        if gateway.report_investigation(token=token, reference=reference, status=outcome) is None:
            raise CaseNotFound(reference)
    case = gateway.report_investigation(token=token, reference=reference, status=CLOSED)
    if case is None:
        raise CaseNotFound(reference)
    return case


# The acknowledge clock: triage names it `acknowledgement` (DeadlineKind); `acknowledge` is the older name.
ACKNOWLEDGE_KINDS = ("acknowledgement", "acknowledge")


@dataclass(frozen=True)
class BoardRow:
    """One case on the coordinator's board: its next deadline and whether a clock has run out."""

    case: CaseView
    overdue_kinds: tuple[str, ...] = ()

    @property
    def escalated(self) -> bool:
        return bool(self.overdue_kinds)


def overdue_kinds(case: CaseView, *, now: datetime) -> tuple[str, ...]:
    """Deadlines past due. An acknowledge clock stops once the case is acknowledged; the others run until the
    investigation is closed, so a past one stays visible as an escalation until then."""
    if case.closed:
        return ()
    late = []
    for deadline in case.deadlines:
        if deadline.due_at is None or deadline.due_at > now:
            continue
        if deadline.kind in ACKNOWLEDGE_KINDS and case.status == "acknowledged":
            continue
        late.append(deadline.kind)
    return tuple(late)


def deadline_board(*, gateway: CaseGateway, token: str, now: datetime | None = None, page_token: str = "",
                   filters: dict[str, str] | None = None) -> Page[BoardRow]:
    """One page of the open cases of every organisation, by the next running deadline: the overdue ones (the
    escalations) come first because the list is in deadline order; `deadline_state=overdue` lists only them."""
    now = now or datetime.now(UTC)
    page = gateway.page_cases(token=token, page_token=page_token, filters=filters)
    return Page(items=[BoardRow(case=c, overdue_kinds=overdue_kinds(c, now=now)) for c in page.items],
                next_token=page.next_token, total=page.total)


def triage_queue(*, gateway: CaseGateway, token: str) -> list[CaseView]:
    """Cases whose automatic triage nobody has acted on yet (not acknowledged): most urgent first, then by deadline."""
    waiting = [c for c in gateway.list_cases(token=token) if c.status != "acknowledged"]
    return sorted(inbox_order(waiting), key=lambda c: PRIORITY_ORDER.get(c.priority, 9))

"""The triage officers' API: the queue, one decision with its reasons (an audited read), the confirmation.

Triage officers and the coordinator only. Reading the reasons is reading case content: case.content.read.v1
is published before they are returned, and when it cannot be, they are not returned (503).
"""
from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse

from pseah.common.auth import Principal, require_roles
from pseah.common.errors import ApiError
from pseah.common.events import EventTypes, new_event
from pseah.common.kafka import publish
from pseah.common.logging import get_logger
from pseah.triage.decisions import confirmation as confirmations
from pseah.triage.decisions import queue as queue_list
from pseah.triage.decisions import service
from pseah.triage.decisions.models import QueueEntry, TriageDecision
from pseah.triage.decisions.schemas import (
    ConfirmationIn,
    ConfirmationOut,
    ConfirmationResult,
    DeadlineOut,
    DecisionOut,
    DecisionValues,
    QueueItem,
    QueuePage,
    RelatedOut,
)

log = get_logger(__name__)
router = APIRouter(prefix="/v1/triage", tags=["triage"])

ROLES = ("triage_officer", "coordinator")
Officer = Annotated[Principal, Depends(require_roles(*ROLES))]
ReferencePath = Annotated[str, Path(pattern=r"^[A-Z0-9][A-Z0-9-]{3,40}$", examples=["PSEAH-7K3F9QX2"])]
_ERRORS = {status: {"description": why, "content": {"application/json": {"example": {"error": {
    "code": code, "message": why, "details": []}}}}} for status, code, why in (
    (401, "missing_token", "No valid access token"), (403, "forbidden", "Not a triage officer or coordinator"),
    (404, "not_found", "No triage decision for this reference"),
    (409, "already_confirmed", "Confirmed before with other changes"),
    (410, "gone", "The case's content has been erased (its key destroyed)"),
    (422, "invalid", "Bad input, or a change the rules refuse"),
    (503, "access_log_unavailable", "The read cannot be recorded now"))}


def _aware(value: datetime | None) -> datetime | None:
    # The store gives naive UTC datetimes back; the API always says which zone.
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def _role(officer: Principal) -> str:
    return "triage_officer" if officer.has_role("triage_officer") else "coordinator"


def _actor(officer: Principal) -> str:
    return officer.username or officer.subject


def _related(related: dict, *, limit: int = 50) -> list[RelatedOut]:
    out = [RelatedOut(reference=ref, score=float(link.get("score") or 0), reasons=list(link.get("reasons") or []),
                      reported={"older": "earlier", "newer": "later"}.get(link.get("role")))
           for ref, link in (related or {}).items()]
    return sorted(out, key=lambda r: (-r.score, r.reference))[:limit]


def _deadlines(decision: TriageDecision) -> list[DeadlineOut]:
    return [DeadlineOut(kind=d.kind, due_at=_aware(d.due_at), completed_at=_aware(d.completed_at),
                        breached_at=_aware(d.breached_at))
            for d in sorted(decision.deadlines, key=lambda d: (_aware(d.due_at), d.kind))]


def _queue_item(entry: QueueEntry) -> QueueItem:
    return QueueItem(
        reference=entry.reference, received_at=_aware(entry.received_at), priority=entry.priority, category=entry.category,
        perpetrator_type=entry.perpetrator_type, child_involved=bool(entry.child_involved),
        urgent_medical=bool(entry.urgent_medical), confidence=entry.confidence, org_id=entry.org_id,
        route=entry.route, channel=entry.channel, region_code=entry.region_code,
        next_deadline={**entry.next_deadline, "due_at": _aware(entry.next_deadline["due_at"])}
        if entry.next_deadline else None,
        # The strongest few: the decision itself lists them all, with reasons.
        related=sorted((RelatedOut(reference=ref, score=float(score or 0)) for ref, score in (entry.related or {}).items()),
                       key=lambda r: (-r.score, r.reference))[:5])


def _record_read(request: Request, officer: Principal, reference: str, fields: list[str]) -> None:
    runtime = request.app.state.runtime
    actor = _actor(officer)
    event = new_event(type=EventTypes.CASE_CONTENT_READ, source="pseah/triage", subject=reference, actor=actor,
                      data={"reference": reference, "actor": actor, "org_id": officer.org_id, "role": _role(officer),
                            "fields": sorted(fields), "via": "triage"})
    try:
        publish(runtime.producer.get(), topic=runtime.settings.access_topic, event=event, timeout=10)
    except Exception as exc:  # noqa: BLE001 - not on record means not shown
        log.warning("triage_content_withheld", reason="access_log_unavailable", error_type=type(exc).__name__)
        raise ApiError(status=503, code="access_log_unavailable",
                       message="The read cannot be recorded right now, so the reasons are withheld. Retry shortly.",
                       headers={"Retry-After": str(runtime.settings.retry_after_seconds)}) from None


@router.get("/queue", response_model=QueuePage, responses={k: _ERRORS[k] for k in (401, 403, 422)},
            summary="Decisions awaiting confirmation, most urgent first (no content)")
def read_queue(officer: Officer,
               offset: Annotated[int, Query(ge=0, le=1000, description="Deprecated: use page_token")] = 0,
               limit: Annotated[int, Query(ge=1, le=200)] = 50,
               page_token: Annotated[str, Query(max_length=400, description="next_page_token of the page before")] = "",
               priority: Annotated[Literal["critical", "high", "medium", "low"] | None, Query()] = None,
               region: Annotated[str | None, Query(pattern=r"^[0-9]{2,10}$", description="A region code or prefix")] = None,
               deadline_state: Annotated[Literal["overdue", "due_soon", "on_time", "none"] | None, Query()] = None,
               ) -> QueuePage:
    filters = queue_list.Filters(priority=priority or "", region=region or "", deadline_state=deadline_state or "")
    entries, next_token, total = service.queue(filters=filters, after=page_token, offset=offset, limit=limit)
    return QueuePage(items=[_queue_item(e) for e in entries], total=total, offset=offset, limit=limit,
                     next_page_token=next_token)


@router.get("/{reference}", response_model=DecisionOut,
            responses={k: _ERRORS[k] for k in (401, 403, 404, 410, 422, 503)},
            summary="One decision with its reasons (recorded as a read of case content)")
def read_decision(reference: ReferencePath, officer: Officer, request: Request) -> DecisionOut:
    decision = TriageDecision.objects(reference=reference).exclude("pending_events", "fingerprint").first()
    if decision is None:
        raise ApiError(status=404, code="not_found", message="No triage decision for this reference.")
    keyring = request.app.state.runtime.keyring
    # The key store itself, not this process's copy: an erased case answers 410 and no read is recorded.
    keyring.get(reference, fresh=True)
    fields = ["triage_reasons"] + (["confirmation_reason"] if decision.confirmation
                                   and decision.confirmation.sealed_reason else [])
    _record_read(request, officer, reference, fields)
    reasons = json.loads(keyring.open(reference, decision.sealed_reasons) or "[]")
    auto = decision.automatic_values()
    c = decision.confirmation
    log.info("triage_decision_read", reference=reference, actor=_actor(officer))
    return DecisionOut(
        reference=reference, status="confirmed" if c else "awaiting_confirmation",
        received_at=_aware(decision.received_at), triaged_at=_aware(decision.triaged_at), channel=decision.channel, region_code=decision.region_code,
        automatic={**auto, "confidence": (decision.automatic or {}).get("confidence")}, reasons=reasons,
        decision=DecisionValues(**decision.values()),
        confirmation=ConfirmationOut(actor=c.actor, role=c.role, at=_aware(c.at), overridden=bool(c.changes),
                                     changes=dict(c.changes or {}), notes=list(c.notes or []),
                                     reason=confirmations.reason_of(decision=decision, keyring=keyring)) if c else None,
        deadlines=_deadlines(decision), related=_related(decision.related))


@router.post("/{reference}/confirmation", response_model=ConfirmationResult, status_code=201,
             responses={200: {"description": "The same confirmation again (a retry): nothing new recorded"},
                        **{k: _ERRORS[k] for k in (401, 403, 404, 409, 410, 422)}},
             summary="Confirm the automatic triage, or change fields of it with a reason")
def confirm(reference: ReferencePath, body: ConfirmationIn, officer: Officer, request: Request):
    runtime = request.app.state.runtime
    decision, created = confirmations.confirm(
        reference=reference, requested=body.changes.requested(), reason=body.reason, actor=_actor(officer),
        role=_role(officer), keyring=runtime.keyring, topic=runtime.settings.triage_topic)
    if created:
        log.info("triage_confirmed", reference=reference, actor=_actor(officer),
                 changed=sorted(decision.confirmation.changes or {}))
        runtime.flush(decision)
    c = decision.confirmation
    result = ConfirmationResult(reference=reference, created=created, decision=DecisionValues(**decision.values()),
                                changes=dict(c.changes or {}), notes=list(c.notes or []), confirmed_by=c.actor,
                                confirmed_at=_aware(c.at), deadlines=_deadlines(decision))
    return JSONResponse(result.model_dump(mode="json"), status_code=201 if created else 200)

"""triage.confirmed.v1 -> the case follows the triage officer's decision (owned with the triage service, issue 4).

The triage facts (category, priority, flags, clocks) are updated in place. When the confirmed organisation or
route puts the case with another holder, it is transferred: case.transferred.v1 then case.assigned.v1, owed in
the same conditional write as the change, exactly like a focal point's transfer.

Idempotent: the case remembers the confirmation it applied (`confirmed_event_id`), and the write is
conditional on it, so a redelivered event changes nothing and publishes nothing.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

from pseah.common import outbox, payloads
from pseah.common.events import CloudEvent, EventTypes, new_event
from pseah.common.logging import get_logger
from pseah.referral.cases import assignment, lists, service
from pseah.referral.cases.models import Case, flags

log = get_logger(__name__)


def _facts(confirmed: payloads.TriageConfirmed, event_id: str) -> dict:
    return dict(set__category=confirmed.category, set__perpetrator_type=confirmed.perpetrator_type,
                set__priority=confirmed.priority, set__flags=flags(confirmed), set__route=confirmed.route,
                set__deadlines=[d.model_dump() for d in confirmed.deadlines], set__confirmed_event_id=event_id)


def apply(*, case: Case, confirmed: payloads.TriageConfirmed, queue: str, assignee: assignment.Assignee, actor: str,
          portal_url: str, event_id: str, topic: str) -> tuple[Case, bool]:
    """Update the case; transfer it when its holder changes. (case, transferred)."""
    unapplied = {"confirmed_event_id__ne": event_id}
    moves = assignee.org_id != case.owner_org or queue != case.queue
    if not moves:
        Case.objects(reference=case.reference, **unapplied).update_one(
            set__org_id=confirmed.org_id, **_facts(confirmed, event_id))
        return lists.refresh(service.get(reference=case.reference)), False
    now = datetime.now(UTC)
    reason = "employer_identified" if not case.org_id and confirmed.org_id else "wrong_organisation"
    case.org_id, case.queue, case.priority = confirmed.org_id, queue, confirmed.priority
    case.deadlines = [d.model_dump() for d in confirmed.deadlines]
    transferred = new_event(type=EventTypes.CASE_TRANSFERRED, source=service.SOURCE, subject=case.reference,
                            actor=actor, data={"reference": case.reference, "from_org": case.owner_org,
                                               "to_org": assignee.org_id, "reason": reason,
                                               "transferred_at": now.isoformat()})
    assigned = new_event(type=EventTypes.CASE_ASSIGNED, source=service.SOURCE, subject=case.reference, actor=actor,
                         data=service.assigned_event_data(case=case, assignee=assignee, portal_url=portal_url))
    items = [{"id": e.id, "topic": topic, "value": e.to_bytes().decode()} for e in (transferred, assigned)]
    outbox.owe(Case, case.reference, len(items))
    updated = Case.objects(reference=case.reference, owner_org=case.owner_org, **unapplied).update_one(
        set__org_id=confirmed.org_id, set__owner_org=assignee.org_id, set__queue=queue, set__status="assigned",
        set__assignee={"username": assignee.username, "email": assignee.email, "role": assignee.role,
                       "org_id": assignee.org_id},
        unset__acknowledged_at=True, unset__acknowledged_by=True,
        push__transfers={"from_org": case.owner_org, "to_org": assignee.org_id, "reason": reason, "actor": actor,
                         "at": now},
        push_all__pending_events=items, set__has_pending=True, set__pending_since=now, **_facts(confirmed, event_id))
    if not updated:
        # Applied already (a redelivery), or the case changed hands meanwhile: read it again, nothing owed here.
        outbox.retract(Case, case.reference, len(items))
        return lists.refresh(service.get(reference=case.reference)), False
    return lists.refresh(service.get(reference=case.reference)), True


async def on_confirmed(event: CloudEvent, confirmed: payloads.TriageConfirmed, *, directory: assignment.Directory,
                       settings, flush: Callable[[Case], None], **_new_case_only) -> Case | None:
    """Apply a triage officer's decision to its case (registered in cases/flows.py). The stream's context for new
    cases (`place_in_lists`, `first`) does not apply: the case moves in the staff lists here, and its events go through
    the outbox."""
    case = await asyncio.to_thread(service.get, reference=confirmed.reference)
    if case is None:
        # report.triaged.v1 comes first on the same partition; a case missing here was dead-lettered there.
        log.warning("confirmed_case_missing", reference=confirmed.reference, cause_event_id=event.id)
        return None
    if getattr(case, "confirmed_event_id", None) == event.id:
        if case.has_pending:
            await asyncio.to_thread(flush, case)
        return case
    queue, assignee = await assignment.choose(org_id=confirmed.org_id, route=confirmed.route, directory=directory)
    case, transferred = await asyncio.to_thread(
        apply, case=case, confirmed=confirmed, queue=queue, assignee=assignee, actor=event.actor or "triage",
        portal_url=settings.case_url(confirmed.reference), event_id=event.id, topic=settings.cases_topic)
    if case is not None and case.has_pending:
        await asyncio.to_thread(flush, case)
    log.info("case_confirmed", reference=confirmed.reference, transferred=transferred, queue=queue,
             owner_org=assignee.org_id if transferred else None)
    return case

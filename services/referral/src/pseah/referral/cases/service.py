"""Case persistence: keyword-only functions; every state change carries its event in the same write."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime


from pseah.common import outbox, payloads
from pseah.common.events import EventTypes, effect_id, new_event
from pseah.referral.cases import lists
from pseah.referral.cases.assignment import Assignee
from pseah.referral.cases.models import Case, flags, investigation_outcome

SOURCE = "pseah/referral"


def get(*, reference: str) -> Case | None:
    return Case.objects(reference=reference).first()


def assigned_event_data(*, case: Case, assignee: Assignee, portal_url: str) -> dict:
    return {"reference": case.reference, "org_id": case.org_id, "queue": case.queue,
            "priority": case.priority, "assignee": assignee.event_view(), "portal_url": portal_url,
            # Additive to the contract: notification tells the assignee the deadline without asking back.
            "deadlines": [{"kind": d["kind"], "due_at": d["due_at"].isoformat()} for d in case.deadlines]}


def create_assigned(*, triaged: payloads.ReportTriaged, queue: str, assignee: Assignee, portal_url: str,
                    cause_event_id: str, topic: str, place_in_lists: bool = True,
                    first: Callable[[list], object] | None = None) -> tuple[Case, bool]:
    """Insert the case with its case.assigned.v1; (case, False) if it existed.

    One insert keyed by reference is the idempotency: a redelivered report.triaged.v1 finds the case. `first`
    (Kafka first, outbox.publish_first) publishes case.assigned.v1 before the insert, which then owes nothing; its id
    is the cause's effect id, so the redelivery that finds the case published it again under the same id (one event
    to consumers). Without `first`, or when Kafka does not take it, the event is owed in the insert itself.
    `place_in_lists=False`: the caller places the case in its lists (lists.refresh_all, a poll's cases together).
    """
    case = build_assigned(triaged=triaged, queue=queue, assignee=assignee, portal_url=portal_url,
                          cause_event_id=cause_event_id, topic=topic)
    if first is not None:
        first([case])
    # A redelivery gets the stored case, its lists placed again, which repairs them if the first delivery stopped
    # short; a new one is placed after its insert (a list entry without its case would show what is not there).
    [(case, created)] = insert_all([case])
    return (lists.refresh(case) if place_in_lists else case), created


def build_assigned(*, triaged: payloads.ReportTriaged, queue: str, assignee: Assignee, portal_url: str,
                   cause_event_id: str, topic: str) -> Case:
    """The new case (not yet written) with its case.assigned.v1, whose id is the cause's effect id."""
    case = Case(
        reference=triaged.reference, org_id=triaged.org_id, owner_org=assignee.org_id, queue=queue,
        route=triaged.route, priority=triaged.priority, category=triaged.category,
        perpetrator_type=triaged.perpetrator_type, flags=flags(triaged),
        deadlines=[d.model_dump() for d in triaged.deadlines], channel=triaged.channel,
        region_code=triaged.region_code, survivor_services=triaged.services,
        consent=triaged.consent.model_dump(), sealed=triaged.sealed.model_dump(), status="assigned",
        language=triaged.language, survivor_gender=triaged.survivor_gender,
        assignee={"username": assignee.username, "email": assignee.email, "role": assignee.role,
                  "org_id": assignee.org_id},
        cause_event_id=cause_event_id,
    )
    case.add_event(topic=topic, event=new_event(
        type=EventTypes.CASE_ASSIGNED, source=SOURCE, subject=case.reference, actor="referral",
        data=assigned_event_data(case=case, assignee=assignee, portal_url=portal_url),
        id=effect_id(cause_event_id, EventTypes.CASE_ASSIGNED)))
    return case


def insert_all(cases: list[Case]) -> list[tuple[Case, bool]]:
    """New cases (build_assigned) written in one insert: (case, True), or for a redelivery the stored case (False),
    those read back together. The caller places them in the lists (lists.refresh_all), after this."""
    return outbox.insert_or_stored(Case, cases)


def list_cases(*, owner_org: str | None, filters: lists.Filters = lists.Filters(), closed: bool = False,
               after: str = "", limit: int = 50) -> tuple[list[Case], str]:
    """A page of the open (or closed) cases the caller sees, by deadline, from the keyed read lists (never a scan);
    only metadata: the sealed values stay for GetCase."""
    return lists.page(owner_org=owner_org, filters=filters, closed=closed, after=after, limit=limit)


def acknowledge(*, case: Case, actor: str, topic: str) -> tuple[Case, bool]:
    """Mark acknowledged once, with case.acknowledged.v1 owed in the same write; (case, False) if it was."""
    now = datetime.now(UTC)
    event = new_event(type=EventTypes.CASE_ACKNOWLEDGED, source=SOURCE, subject=case.reference, actor=actor,
                      data={"reference": case.reference, "org_id": case.org_id, "owner_org": case.owner_org,
                            "acknowledged_at": now.isoformat()})
    item = {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}
    # Conditional update: two concurrent acknowledgements produce one event.
    outbox.owe(Case, case.reference)
    updated = Case.objects(reference=case.reference, status="assigned").update_one(
        set__status="acknowledged", set__acknowledged_at=now, set__acknowledged_by=actor,
        push__pending_events=item, set__has_pending=True, set__pending_since=now)
    if not updated:
        outbox.retract(Case, case.reference)
    fresh = get(reference=case.reference)
    return (lists.refresh(fresh) if updated else fresh), bool(updated)


class Conflict(Exception):
    """The case changed meanwhile; read it again."""


class Closed(Exception):
    """The investigation is closed; nothing more is reported on it."""


def transfer(*, case: Case, to_org: str, reason: str, assignee: Assignee, actor: str, portal_url: str,
             topic: str) -> Case:
    """Hand the case to another organisation's focal point: case.transferred.v1 then case.assigned.v1.

    Conditional on the owner it had when read, so two concurrent transfers cannot both win."""
    now = datetime.now(UTC)
    from_org = case.owner_org
    transferred = new_event(type=EventTypes.CASE_TRANSFERRED, source=SOURCE, subject=case.reference, actor=actor,
                            data={"reference": case.reference, "from_org": from_org, "to_org": to_org,
                                  "reason": reason, "transferred_at": now.isoformat()})
    case.org_id, case.queue = to_org, "focal_point" if assignee.role == "focal_point" else "coordinator"
    assigned = new_event(type=EventTypes.CASE_ASSIGNED, source=SOURCE, subject=case.reference, actor=actor,
                         data=assigned_event_data(case=case, assignee=assignee, portal_url=portal_url))
    items = [{"id": e.id, "topic": topic, "value": e.to_bytes().decode()} for e in (transferred, assigned)]
    outbox.owe(Case, case.reference, len(items))
    updated = Case.objects(reference=case.reference, owner_org=from_org).update_one(
        set__org_id=to_org, set__owner_org=assignee.org_id, set__queue=case.queue, set__status="assigned",
        set__assignee={"username": assignee.username, "email": assignee.email, "role": assignee.role,
                       "org_id": assignee.org_id},
        unset__acknowledged_at=True, unset__acknowledged_by=True,
        push__transfers={"from_org": from_org, "to_org": to_org, "reason": reason, "actor": actor, "at": now},
        push_all__pending_events=items, set__has_pending=True, set__pending_since=now)
    if not updated:
        outbox.retract(Case, case.reference, len(items))
        raise Conflict(case.reference)
    return lists.refresh(get(reference=case.reference))


def report_investigation(*, case: Case, status: str, actor: str, topic: str) -> tuple[Case, bool]:
    """Record the investigation status with case.investigation.updated.v1; (case, False) if unchanged."""
    if case.investigation_status == "closed":
        raise Closed(case.reference)
    if case.investigation_status == status:
        return case, False
    now = datetime.now(UTC)
    outcome = investigation_outcome(status=status, current_status=case.investigation_status,
                                    current_outcome=case.outcome)
    # `outcome` (additive): the finding in force, so a consumer of the closing event needs no earlier one.
    event = new_event(type=EventTypes.CASE_INVESTIGATION_UPDATED, source=SOURCE, subject=case.reference, actor=actor,
                      data={"reference": case.reference, "owner_org": case.owner_org, "status": status,
                            "previous_status": case.investigation_status, "outcome": outcome,
                            "reported_at": now.isoformat()})
    item = {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}
    # Cases stored before the field existed have none: they count as not_started.
    current = [case.investigation_status, None] if case.investigation_status == "not_started" else \
        [case.investigation_status]
    outbox.owe(Case, case.reference)
    updated = Case.objects(reference=case.reference, investigation_status__in=current).update_one(
        set__investigation_status=status, set__outcome=outcome, push__pending_events=item, set__has_pending=True,
        set__pending_since=now)
    if not updated:
        outbox.retract(Case, case.reference)
        raise Conflict(case.reference)
    return lists.refresh(get(reference=case.reference)), True

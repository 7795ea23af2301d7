"""A triage officer confirms or changes the automatic decision: the rules of a change, and its one write.

Rules (PRODUCT.md; docs in services/triage/README.md):
- Any EDITABLE field may change; a change needs a reason. Confirming unchanged needs none.
- The priority rule still holds for the confirmed facts: a priority below it is refused (422), and when the
  facts change (category, child, urgent medical, danger) without a priority, the rule sets it.
- A new organisation or perpetrator type re-derives the route (employer's focal point, coordinator, GBV
  pathway) unless the officer sets the route; a focal-point route needs an organisation.
- Clocks not yet completed or breached are recomputed from the confirmed facts (the policy, from receipt).
- One confirmation per report. The same request again answers with it (a retry); a different one is a 409:
  a confirmed decision is changed afterwards by transferring the case, which the referral service records.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from pseah.common import organizations, outbox
from pseah.common.crypto import KeyRing
from pseah.common.errors import ApiError
from pseah.common.events import EventTypes, Topics, new_event
from pseah.triage.classification import Category, Classification, PerpetratorType, Priority, required_priority
from pseah.triage.clocks import deadlines_for
from pseah.triage.decisions import due
from pseah.triage.decisions.models import EDITABLE, Confirmation, Deadline, TriageDecision
from pseah.triage.decisions.service import SOURCE, dequeue
from pseah.triage.routing import Queue, route
from pseah.triage.routing.organizations import OrgMatch

FACTS = ("category", "child_involved", "urgent_medical", "ongoing_danger")
ROUTING = ("category", "perpetrator_type", "org_id")
CLOCK_INPUTS = ("category", "child_involved", "urgent_medical", "priority")
REASON_MAX = 2000


class InvalidChange(ApiError):
    def __init__(self, code: str, message: str, *, field_name: str | None = None):
        super().__init__(status=422, code=code, message=message,
                         details=[{"field": field_name}] if field_name else None)


@dataclass(frozen=True)
class Resolution:
    values: dict                                   # every EDITABLE field as confirmed
    changes: dict                                  # {field: {"from", "to"}} against the automatic decision
    notes: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    survivor_services: bool = False
    clocks_changed: bool = False


def _classification(values: dict) -> Classification:
    return Classification(category=Category(values["category"]), perpetrator_type=PerpetratorType(values["perpetrator_type"]),
                          child_involved=bool(values["child_involved"]), urgent_medical=bool(values["urgent_medical"]),
                          priority=Priority(values["priority"]), ongoing_danger=bool(values["ongoing_danger"]))


def _org_match(org_id: str | None) -> OrgMatch | None:
    if not org_id:
        return None
    org = organizations.by_id().get(org_id) or {}
    return OrgMatch(org_id=org_id, name=org.get("name") or org_id, cue="", source="confirmation",
                    reason="named by the triage officer")


def resolve(*, automatic: dict, requested: dict) -> Resolution:
    """The confirmed decision from the automatic one and the officer's changes. Pure; raises InvalidChange."""
    unknown = set(requested) - set(EDITABLE)
    if unknown:
        raise InvalidChange("not_editable", f"Not a triage field: {', '.join(sorted(unknown))}.",
                            field_name=sorted(unknown)[0])
    if "org_id" in requested and requested["org_id"] is not None and requested["org_id"] not in organizations.by_id():
        raise InvalidChange("unknown_organisation", "No such organisation in the directory.", field_name="org_id")
    values = {**automatic, **requested}
    notes: list[str] = []
    asked = {k for k, v in requested.items() if automatic.get(k) != v}

    required = required_priority(category=Category(values["category"]), child_involved=bool(values["child_involved"]),
                                 urgent_medical=bool(values["urgent_medical"]),
                                 ongoing_danger=bool(values["ongoing_danger"]))
    if "priority" in requested:
        if Priority(values["priority"]).rank < required.rank:
            raise InvalidChange("priority_below_rule",
                                f"Priority {values['priority']} is below {required.value}, which the priority rule "
                                "requires for these facts. Change the facts (with a reason) if they are wrong.",
                                field_name="priority")
    elif asked & set(FACTS):
        if values["priority"] != required.value:
            notes.append(f"priority set to {required.value} by the priority rule for the confirmed facts")
        values["priority"] = required.value
    elif Priority(values["priority"]).rank < required.rank:  # a decision stored before the rule was enforced
        values["priority"] = required.value

    classification = _classification(values)
    derived = route(classification=classification, org_match=_org_match(values["org_id"]))
    if "route" in requested:
        if values["route"] == Queue.FOCAL_POINT.value and not values["org_id"]:
            raise InvalidChange("route_needs_organisation",
                                "A case goes to a focal point only with the organisation that employs the alleged "
                                "perpetrator.", field_name="route")
    elif asked & set(ROUTING):
        target = derived
        if (values["org_id"] and "org_id" in asked and derived.queue is Queue.COORDINATOR
                and classification.perpetrator_type is not PerpetratorType.COMMUNITY_MEMBER
                and classification.category is not Category.NOT_MISCONDUCT):
            # An organisation the officer names employs the alleged perpetrator: its focal point takes the case.
            target = route(classification=_replace_perpetrator(classification), org_match=_org_match(values["org_id"]))
        if values["route"] != target.queue.value:
            notes.append(f"route set to {target.queue.value} for the confirmed organisation and facts")
        values["route"] = target.queue.value

    changes = {k: {"from": automatic.get(k), "to": values[k]} for k in EDITABLE if automatic.get(k) != values[k]}
    return Resolution(values=values, changes=changes, notes=tuple(notes), services=derived.services,
                      survivor_services=derived.survivor_services,
                      clocks_changed=any(k in changes for k in CLOCK_INPUTS))


def _replace_perpetrator(classification: Classification) -> Classification:
    return replace(classification, perpetrator_type=PerpetratorType.AID_WORKER)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def recompute_deadlines(*, decision: TriageDecision, values: dict) -> list[Deadline]:
    """Settled clocks stay as they are; open ones follow the confirmed facts (new kinds start, void ones go)."""
    planned = {d.kind: d for d in deadlines_for(classification=_classification(values),
                                                 received_at=_aware(decision.received_at))}
    out = []
    for existing in decision.deadlines:
        if existing.completed_at or existing.breached_at:
            planned.pop(existing.kind, None)
            out.append(existing)
        elif existing.kind in planned:
            out.append(Deadline(kind=existing.kind, due_at=planned.pop(existing.kind).due_at))
        else:
            planned.pop(existing.kind, None)
    out.extend(Deadline(kind=d.kind, due_at=d.due_at) for d in planned.values())
    return sorted(out, key=lambda d: (_aware(d.due_at), d.kind))


class AlreadyConfirmed(ApiError):
    def __init__(self, decision: TriageDecision):
        c = decision.confirmation
        super().__init__(status=409, code="already_confirmed",
                         message="This triage was already confirmed with other changes; change it further by "
                                 "transferring the case.",
                         details=[{"confirmed_by": c.actor, "confirmed_at": _aware(c.at).isoformat()}])


def _same_request(decision: TriageDecision, *, requested: dict, reason: str | None, keyring: KeyRing) -> bool:
    c = decision.confirmation
    if dict(c.requested or {}) != requested:
        return False
    stored = keyring.open(decision.reference, c.sealed_reason) if c.sealed_reason else None
    return (stored or None) == (reason or None)


def confirm(*, reference: str, requested: dict, reason: str | None, actor: str, role: str,
            keyring: KeyRing, topic: str = Topics.TRIAGE, attempts: int = 5) -> tuple[TriageDecision, bool]:
    """Record the confirmation with its triage.confirmed.v1 owed in the same document write.

    Returns (decision, True) when this call confirmed it, (decision, False) for a repeat of the same request.
    Raises ApiError 404 (no such decision), 422 (InvalidChange), 409 (AlreadyConfirmed)."""
    reason = (reason or "").strip() or None
    for _ in range(attempts):
        decision = TriageDecision.objects(reference=reference).first()
        if decision is None:
            raise ApiError(status=404, code="not_found", message="No triage decision for this reference.")
        if decision.confirmation is not None:
            if _same_request(decision, requested=requested, reason=reason, keyring=keyring):
                dequeue(reference=reference)  # a crash may have come before the entry left the queue
                return decision, False
            raise AlreadyConfirmed(decision)
        automatic = decision.automatic_values()
        resolution = resolve(automatic=automatic, requested=requested)
        if resolution.changes and not reason:
            raise InvalidChange("reason_required", "A change of the automatic triage needs a reason.",
                                field_name="reason")
        now = datetime.now(UTC)
        values = resolution.values
        deadlines = recompute_deadlines(decision=decision, values=values) if resolution.clocks_changed \
            else list(decision.deadlines)
        sealed_reason = keyring.seal(reference, reason) if reason else None
        event = new_event(
            type=EventTypes.TRIAGE_CONFIRMED, source=SOURCE, subject=reference, actor=actor,
            data={"reference": reference, "confirmed_at": now.isoformat(), "role": role,
                  "overridden": bool(resolution.changes), "changed": sorted(resolution.changes),
                  "previous": {k: v["from"] for k, v in resolution.changes.items()},
                  **{k: values[k] for k in EDITABLE if k != "ongoing_danger"},
                  "survivor_services": resolution.survivor_services, "services": list(resolution.services),
                  "deadlines": [{"kind": d.kind, "due_at": _aware(d.due_at).isoformat()} for d in deadlines
                                if not (d.completed_at or d.breached_at)],
                  "sealed": {"reason": sealed_reason}})
        confirmation = Confirmation(actor=actor, role=role, at=now, requested=requested, changes=resolution.changes,
                                    values=values, notes=list(resolution.notes), sealed_reason=sealed_reason,
                                    event_id=event.id)
        # Priority lane if the case was critical before or is now: its earlier events went that way.
        urgent = "critical" in (decision.automatic.get("priority"), decision.priority, values.get("priority"))
        item = {"id": event.id, "topic": Topics.lane(topic, urgent=urgent), "value": event.to_bytes().decode()}
        if resolution.clocks_changed:
            due.expect(reference=reference, deadlines=deadlines)  # before the write that holds them
        seen = decision.version or 0
        condition = {"version__in": [seen, None]} if seen == 0 else {"version": seen}
        outbox.owe(TriageDecision, reference)
        updated = TriageDecision.objects(reference=reference, confirmed_at=None, **condition).update_one(
            set__confirmation=confirmation, set__confirmed_at=now, set__org_id=values["org_id"],
            set__route=values["route"], set__deadlines=deadlines,
            set__open_clocks=any(d.completed_at is None and d.breached_at is None for d in deadlines),
            push__pending_events=item, set__has_pending=True, set__pending_since=now, set__version=seen + 1)
        if not updated:
            outbox.retract(TriageDecision, reference)
        if updated:
            dequeue(reference=reference)
            return TriageDecision.objects(reference=reference).first(), True
    raise ApiError(status=503, code="busy", message="The decision kept changing meanwhile; retry shortly.",
                   headers={"Retry-After": "1"})


def reason_of(*, decision: TriageDecision, keyring: KeyRing) -> str | None:
    c = decision.confirmation
    return keyring.open(decision.reference, c.sealed_reason) if c and c.sealed_reason else None

"""Turning a received report into a triage decision, and watching its deadline clocks."""
from __future__ import annotations

import json
from datetime import UTC, datetime

from pseah.common import organizations
from pseah.common.crypto import KeyRing
from pseah.common.events import CloudEvent, EventTypes, Topics, new_event
from pseah.triage.classification import classify
from pseah.triage.clocks import breached, deadlines_for
from pseah.triage.decisions.models import Deadline, TriageDecision
from pseah.triage.routing import identify_organization, route

SOURCE = "pseah/triage"


def _parse_time(value) -> datetime:
    if isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def decide(*, received: CloudEvent, keyring: KeyRing, topic: str = Topics.TRIAGE) -> TriageDecision:
    """Classify one report.received.v1 and build (not save) the decision with its outgoing event."""
    data = received.data
    reference = received.subject
    sealed = data.get("sealed") or {}
    narrative = keyring.open(reference, sealed.get("narrative")) or ""
    org_text = keyring.open(reference, sealed.get("perpetrator_org_text"))
    description = keyring.open(reference, sealed.get("perpetrator_description"))
    received_at = _parse_time(data.get("received_at") or received.time)
    incident_date = data.get("incident_date")

    result = classify(
        narrative=narrative,
        reported_at=received_at,
        incident_date=datetime.fromisoformat(incident_date).date() if incident_date else None,
        survivor_age_group=data.get("survivor_age_group"),
        perpetrator_org=data.get("perpetrator_org") or org_text,
        perpetrator_description=description,
        language=data.get("language"),
    )
    match = identify_organization(
        text=" ".join(filter(None, [narrative, description, org_text])),
        field=data.get("perpetrator_org") or org_text,
        organizations=list(organizations.load()),
    )
    chosen = route(classification=result, org_match=match)
    deadlines = deadlines_for(classification=result, received_at=received_at)

    summary = result.to_dict()
    reasons = list(summary.pop("reasons", []))
    if match is not None:
        reasons.append(f"organisation: {match.reason}" if getattr(match, "reason", None) else "organisation matched")
    decision = TriageDecision(
        reference=reference,
        source_event_id=received.id,
        received_at=received_at,
        automatic=summary,
        sealed_reasons=keyring.seal(reference, json.dumps(reasons, ensure_ascii=False)),
        org_id=match.org_id if match else None,
        route=chosen.queue,
        deadlines=[Deadline(kind=d.kind, due_at=d.due_at) for d in deadlines],
    )
    decision.add_event(
        topic=topic,
        event=new_event(
            type=EventTypes.REPORT_TRIAGED,
            source=SOURCE,
            subject=reference,
            actor="pseah-triage",
            data={
                "reference": reference,
                "channel": data.get("channel"),
                "region_code": data.get("region_code"),
                **summary,
                "org_id": decision.org_id,
                "route": chosen.queue,
                "survivor_services": chosen.survivor_services,
                "services": list(chosen.services),
                "consent": data.get("consent") or {},
                "deadlines": [{"kind": d.kind, "due_at": d.due_at.isoformat()} for d in deadlines],
                "sealed": {**sealed, "reasons": decision.sealed_reasons},
            },
        ),
    )
    return decision


def newly_breached(*, decision: TriageDecision, now: datetime) -> list[Deadline]:
    """Clocks past due (pseah.triage.clocks.breached) that were not completed nor reported yet."""
    settled = [d.kind for d in decision.deadlines if d.completed_at or d.breached_at]
    past_due = {d.kind for d in breached(deadlines=decision.deadlines, now=now, completed_kinds=settled)}
    return [d for d in decision.deadlines if d.kind in past_due]


def due_breaches(*, now: datetime, limit: int = 500) -> list[TriageDecision]:
    """Decisions with a clock past due that has not been reported as breached yet."""
    return [d for d in TriageDecision.objects(open_clocks=True).limit(limit) if newly_breached(decision=d, now=now)]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def record_breaches(*, decision: TriageDecision, now: datetime, topic: str = Topics.TRIAGE) -> int:
    """Mark each newly breached clock and owe one deadline.breached.v1 for it, in one document write."""
    due = newly_breached(decision=decision, now=now)
    for deadline in due:
        deadline.breached_at = now
        decision.add_event(
            topic=topic,
            event=new_event(
                type=EventTypes.DEADLINE_BREACHED,
                source=SOURCE,
                subject=decision.reference,
                actor="pseah-triage",
                # Deterministic id: a second pass after a crash yields the same event, deduplicated downstream.
                id=f"{decision.reference}:{deadline.kind}:breached",
                data={"reference": decision.reference, "kind": deadline.kind,
                      "due_at": _aware(deadline.due_at).isoformat(), "priority": decision.automatic.get("priority"),
                      "org_id": decision.org_id, "route": decision.route},
            ),
        )
    decision.open_clocks = any(d.completed_at is None and d.breached_at is None for d in decision.deadlines)
    return len(due)


COMPLETES = {EventTypes.CASE_ACKNOWLEDGED: "acknowledgement", EventTypes.REFERRAL_CREATED: "referral_offered"}


def complete_clock(*, reference: str, kind: str, at: datetime) -> bool:
    decision = TriageDecision.objects(reference=reference).first()
    if decision is None:
        return False
    changed = False
    for deadline in decision.deadlines:
        if deadline.kind == kind and deadline.completed_at is None:
            deadline.completed_at = at
            changed = True
    if changed:
        decision.open_clocks = any(d.completed_at is None and d.breached_at is None for d in decision.deadlines)
        decision.save()
    return changed

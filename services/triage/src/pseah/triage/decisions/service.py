"""Turning a received report into a triage decision, keeping the queue, and watching the deadline clocks."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from mongoengine.errors import SaveConditionError
from pymongo import UpdateOne

from pseah.common import mongo, organizations, payloads
from pseah.common.crypto import KeyRing
from pseah.common.events import CloudEvent, EventTypes, Topics, effect_id, new_event
from pseah.common.logging import get_logger, where_raised
from pseah.triage.classification import Classification, Priority, classify
from pseah.triage.clocks import breached, deadlines_for
from pseah.triage.decisions import due
from pseah.triage.decisions import queue as queue_list
from pseah.triage.decisions.models import Deadline, QueueEntry, TriageDecision
from pseah.triage.links.fingerprint import Hasher, fingerprint
from pseah.triage.routing import identify_organization, route

SOURCE = "pseah/triage"
log = get_logger(__name__)


def lane(*, decision: TriageDecision, topic: str) -> str:
    """The lane of a case's triage events: priority once it was critical, as triaged or as confirmed, so an
    urgent case's events never queue behind routine ones and keep their order within the one lane."""
    critical = "critical" in (decision.automatic.get("priority"), decision.priority)
    return Topics.lane(topic, urgent=critical)


HELD_REASON = ("review: the automatic triage failed on this report (a fault of the classifier, logged for the "
               "developers without its words); proposed from the form's fields alone, an officer reads it first")


def classify_or_hold(**fields) -> Classification:
    """The classifier's proposal, or, when the classifier itself fails, the proposal for a report it cannot place.

    A fault of the classifier is never the report's: dead-lettering the report would keep it from every focal point,
    and retrying in place would hold its partition behind a bug. It is proposed from the form's fields alone (the
    floor for an unplaced report: high, critical for a child's age group), reviewed, with no confidence."""
    try:
        return classify(**fields)
    except Exception as exc:  # noqa: BLE001 - see above; the error's text may quote the report, so never logged
        log.error("classification_failed", error_type=type(exc).__name__, raised_at=where_raised(exc))
        held = classify(**{**fields, "narrative": "", "perpetrator_description": None})
        return replace(held, confidence=0.0, needs_review=True, reasons=(HELD_REASON, *held.reasons))


def decide(*, received: CloudEvent, keyring: KeyRing, topic: str = Topics.TRIAGE,
           hasher: Hasher | None = None) -> TriageDecision:
    """Classify one report.received.v1 and build (not save) the decision with its outgoing event.

    With a `hasher`, the decision also carries the report's fingerprint for linking (keyed sketches only).
    """
    data = payloads.decode(received, payloads.ReportReceived)  # BreaksContract: dead-lettered by the agent
    reference = received.subject
    sealed = data.sealed
    narrative = keyring.open(reference, sealed.narrative) or ""
    org_text = keyring.open(reference, sealed.perpetrator_org_text)
    description = keyring.open(reference, sealed.perpetrator_description)
    received_at = _aware(data.received_at)
    incident = data.incident_date

    result = classify_or_hold(
        narrative=narrative,
        reported_at=received_at,
        incident_date=incident,
        survivor_age_group=data.survivor_age_group,
        perpetrator_org=data.perpetrator_org or org_text,
        perpetrator_description=description,
        language=data.language,
    )
    match = identify_organization(
        text=" ".join(filter(None, [narrative, description, org_text])),
        field=data.perpetrator_org or org_text,
        organizations=list(organizations.load()),
    )
    chosen = route(classification=result, org_match=match)
    deadlines = deadlines_for(classification=result, received_at=received_at)

    summary = result.to_dict()
    reasons = list(summary.pop("reasons", []))
    if match is not None:
        reasons.append(f"organisation: {match.reason}" if getattr(match, "reason", None) else "organisation matched")
    org_id = match.org_id if match else None
    decision = TriageDecision(
        reference=reference,
        source_event_id=received.id,
        received_at=received_at,
        automatic=summary,
        sealed_reasons=keyring.seal(reference, json.dumps(reasons, ensure_ascii=False)),
        org_id=org_id,
        route=chosen.queue,
        automatic_org_id=org_id,
        automatic_route=chosen.queue,
        ongoing_danger=result.ongoing_danger,
        channel=data.channel,
        region_code=data.region_code,
        deadlines=[Deadline(kind=d.kind, due_at=d.due_at) for d in deadlines],
    )
    if hasher is not None:
        decision.fingerprint = fingerprint(
            hasher=hasher, reference=reference, narrative=narrative, received_at=received_at, incident_date=incident,
            org_id=org_id, region_code=data.region_code, channel=data.channel,
            perpetrator_description=description).to_document()
    else:
        decision.links_done = True  # nothing to link with
    decision.add_event(
        topic=lane(decision=decision, topic=topic),
        event=new_event(
            type=EventTypes.REPORT_TRIAGED,
            source=SOURCE,
            subject=reference,
            actor="pseah-triage",
            # The same id on every try of this report (it may go out before the decision is stored: streams.py).
            id=effect_id(received.id, EventTypes.REPORT_TRIAGED),
            data={
                "reference": reference,
                "channel": data.channel,
                "region_code": data.region_code,
                **summary,
                "org_id": decision.org_id,
                "route": chosen.queue,
                "survivor_services": chosen.survivor_services,
                "services": list(chosen.services),
                "consent": data.consent.model_dump(),
                # Passed on for matching (whom a provider serves, which language it speaks); as reported, not sealed.
                "language": data.language,
                "survivor_gender": data.survivor_gender,
                "survivor_age_group": data.survivor_age_group,
                "deadlines": [{"kind": d.kind, "due_at": d.due_at.isoformat()} for d in deadlines],
                "sealed": {**sealed.model_dump(), "reasons": decision.sealed_reasons},
            },
        ),
    )
    return decision


# ------------------------------------------------------------------ the triage officers' queue
NO_DEADLINE = datetime(9999, 1, 1, tzinfo=UTC)  # sorts after every real deadline


def _rank(priority: str | None) -> int:
    try:
        return Priority(priority).rank
    except ValueError:
        return -1


def next_deadline(decision: TriageDecision) -> dict:
    open_ = [d for d in decision.deadlines if d.completed_at is None and d.breached_at is None]
    if not open_:
        return {}
    first = min(open_, key=lambda d: _aware(d.due_at))
    return {"kind": first.kind, "due_at": _aware(first.due_at)}


def _queue_fields(decision: TriageDecision) -> dict:
    values = decision.values()
    upcoming = next_deadline(decision)
    return {"received_at": decision.received_at, "priority": values["priority"], "rank": _rank(values["priority"]),
            "category": values["category"], "perpetrator_type": values["perpetrator_type"],
            "child_involved": values["child_involved"], "urgent_medical": values["urgent_medical"],
            "confidence": (decision.automatic or {}).get("confidence"), "org_id": values["org_id"],
            "route": values["route"], "channel": decision.channel, "region_code": decision.region_code,
            "next_deadline": upcoming, "due_at": upcoming.get("due_at") or NO_DEADLINE,
            **{f"related.{ref}": link.get("score") for ref, link in (decision.related or {}).items()}}


def enqueue(*, decision: TriageDecision) -> None:
    """Put an unconfirmed decision in the queue (idempotent: one entry per reference, rewritten alike).

    `related` is set key by key: another worker may be adding its link to this entry at the same moment."""
    if decision.confirmed_at is not None:
        return
    fields = _queue_fields(decision)
    QueueEntry._get_collection().update_one({"_id": decision.reference}, {"$set": fields}, upsert=True)
    # The list officers page through (decisions/queue.py), read by `_id`; the entry above feeds its back-fill.
    queue_list.put(reference=decision.reference, fields=fields)


def enqueue_all(*, decisions: list[TriageDecision]) -> None:
    """enqueue() for a poll's decisions: their entries in one bulk of upserts, their list places together
    (readlists.place_all: a few commands a poll where each decision cost five)."""
    fields = {d.reference: _queue_fields(d) for d in decisions if d.confirmed_at is None}
    if not fields:
        return
    mongo.bulk_write(QueueEntry._get_collection(),
                     [UpdateOne({"_id": reference}, {"$set": values}, upsert=True) for reference, values in fields.items()])
    queue_list.put_all(fields)


def backfill_queue() -> int:
    """Once per database: queue the unconfirmed decisions triaged before the queue (or its sort key) existed.

    One scan of the decisions at start, read to the end before anything is written, then one upsert each:
    a bulk write of upserts wedged FerretDB 1.24's SQLite backend here (the database stopped answering)."""
    marks = QueueEntry._get_collection().database["migrations"]
    if marks.find_one({"_id": "queue-backfill-v2"}) is not None:
        return queue_list.backfill()
    current = {doc["_id"] for doc in QueueEntry._get_collection().find({"due_at": {"$exists": True}}, {"_id": 1})}
    missing = [d for d in TriageDecision.objects(confirmed_at=None).exclude("pending_events", "fingerprint")
               if d.reference not in current]
    for decision in missing:
        enqueue(decision=decision)
    marks.update_one({"_id": "queue-backfill-v2"}, {"$set": {"at": datetime.now(UTC), "added": len(missing)}},
                     upsert=True)
    # Then the list officers page through, once, from the entries (its own mark).
    return len(missing) + queue_list.backfill()


def dequeue(*, reference: str) -> None:
    queue_list.drop(reference=reference)
    QueueEntry.objects(reference=reference).delete()


def queue(*, filters: queue_list.Filters = queue_list.Filters(), after: str = "", offset: int = 0,
          limit: int = 50) -> tuple[list[QueueEntry], str, int]:
    """Most urgent first: priority, then the deadline that falls first, then the oldest report; from the keyed read
    list (decisions/queue.py), never a scan. (entries, next page token or "", entries in the queue).

    `offset` is the older way to page: the entries before it are read and dropped, so it costs what it skips."""
    found = queue_list.page(filters=filters, after=after, limit=offset + limit)
    entries = [QueueEntry(reference=item["_ref"], related=item.get("related") or {},
                          **{k: item.get(k) for k in queue_list._SHOWN if item.get(k) is not None})
               for item in found.entries[offset:]]
    return entries, found.next_token, queue_list.size()


# ------------------------------------------------------------------ deadline clocks
def newly_breached(*, decision: TriageDecision, now: datetime) -> list[Deadline]:
    """Clocks past due (pseah.triage.clocks.breached) that were not completed nor reported yet."""
    settled = [d.kind for d in decision.deadlines if d.completed_at or d.breached_at]
    past_due = {d.kind for d in breached(deadlines=decision.deadlines, now=now, completed_kinds=settled)}
    return [d for d in decision.deadlines if d.kind in past_due]


def due_breaches(*, now: datetime, limit: int = 500) -> list[TriageDecision]:
    """Decisions with a clock past due that has not been reported as breached yet (read by `_id`: decisions.due)."""
    return [d for d in due.candidates(now=now)[0] if newly_breached(decision=d, now=now)][:limit]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def record_breaches(*, decision: TriageDecision, now: datetime, topic: str = Topics.TRIAGE) -> int:
    """Mark each newly breached clock and owe one deadline.breached.v1 for it, in one document write."""
    due = newly_breached(decision=decision, now=now)
    values = decision.values()
    for deadline in due:
        deadline.breached_at = now
        decision.add_event(
            topic=lane(decision=decision, topic=topic),
            event=new_event(
                type=EventTypes.DEADLINE_BREACHED,
                source=SOURCE,
                subject=decision.reference,
                actor="pseah-triage",
                # Deterministic id: a second pass after a crash yields the same event, deduplicated downstream.
                id=f"{decision.reference}:{deadline.kind}:breached",
                data={"reference": decision.reference, "kind": deadline.kind,
                      "due_at": _aware(deadline.due_at).isoformat(), "priority": values["priority"],
                      "org_id": decision.org_id, "route": decision.route},
            ),
        )
    decision.open_clocks = any(d.completed_at is None and d.breached_at is None for d in decision.deadlines)
    return len(due)


def save_versioned(decision: TriageDecision) -> bool:
    """Save a read-modify-write of the decision unless another writer changed it meanwhile (then False)."""
    seen = decision.version or 0
    decision.version = seen + 1
    condition = {"version__in": [seen, None]} if seen == 0 else {"version": seen}
    try:
        decision.save(save_condition=condition)
    except SaveConditionError:
        return False
    return True


COMPLETES = {EventTypes.CASE_ACKNOWLEDGED: "acknowledgement", EventTypes.REFERRAL_CREATED: "referral_offered"}


def complete_clock(*, reference: str, kind: str, at: datetime, attempts: int = 5) -> bool:
    for _ in range(attempts):
        decision = TriageDecision.objects(reference=reference).first()
        if decision is None:
            return False
        changed = False
        for deadline in decision.deadlines:
            if deadline.kind == kind and deadline.completed_at is None:
                deadline.completed_at = at
                changed = True
        if not changed:
            return False
        decision.open_clocks = any(d.completed_at is None and d.breached_at is None for d in decision.deadlines)
        if save_versioned(decision):
            return True
    raise RuntimeError(f"clock of {reference} kept changing; the event is retried")

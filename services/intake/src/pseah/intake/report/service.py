"""Report operations: plain keyword-only functions over the stored Report."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import mongoengine
from pymongo import UpdateOne
from pymongo.errors import BulkWriteError, DuplicateKeyError

from pseah.common import mongo, outbox, payloads
from pseah.common.crypto import CaseKey, KeyRing
from pseah.common.events import CloudEvent, EventTypes, Topics, new_event
from pseah.intake import codes, prescreen
from pseah.intake.codes import KeyedHasher
from pseah.intake.organizations import OrganizationDirectory
from pseah.intake.report.models import (OUTCOMES, SEALED_FIELDS, STATUS_RANK, ReceiptIndex, Report, ReportCreate,
                                        ReportStatus)

SOURCE = "pseah/intake"
ANONYMOUS = "anonymous-reporter"
_REFERENCE_ATTEMPTS = 5


def claim_reference(*, keyring: KeyRing) -> str:
    """A fresh reference with its case key. The key insert is the uniqueness check (40 random bits)."""
    for _ in range(_REFERENCE_ATTEMPTS):
        reference = codes.new_reference()
        try:
            keyring.create(reference)
            return reference
        except (mongoengine.NotUniqueError, DuplicateKeyError):
            continue
    raise RuntimeError("could not allocate a unique reference")


def seal_values(*, keyring: KeyRing, reference: str, values: dict[str, str | None]) -> dict[str, str | None]:
    return {name: keyring.seal(reference, values.get(name)) for name in SEALED_FIELDS}


def received_event_data(report: Report) -> dict:
    """report.received.v1 data exactly as docs/CONVENTIONS.md fixes it."""
    return {
        "reference": report.reference,
        "channel": report.channel,
        "received_at": report.received_at.astimezone(UTC).isoformat(),
        "language": report.language,
        "reporter_role": report.reporter_role,
        "incident_date": report.incident_date,
        "region_code": report.region_code,
        "survivor_age_group": report.survivor_age_group,
        "survivor_gender": report.survivor_gender,
        "perpetrator_org": report.perpetrator_org,
        "consent": dict(report.consent),
        "sealed": {name: report.sealed.get(name) for name in SEALED_FIELDS},
    }


def create(*, keyring: KeyRing, hasher: KeyedHasher, directory: OrganizationDirectory, payload: ReportCreate,
           channel: str, actor: str = ANONYMOUS, entered_by: str | None = None,
           receipt: str | None = None, reference: str | None = None,
           insert: Callable[[list[mongoengine.Document]], None] | None = None,
           publish: Callable[[str, CloudEvent], bool] | None = None,
           urgent: bool | None = None) -> tuple[Report, str]:
    """Store a sealed report with its report.received.v1 owed in the same document; returns it and the receipt.

    One single-document insert carries both the report and the event (FerretDB has no transactions),
    so there is never a stored report without its event or an event without its report.

    With `publish` (Kafka first: True when Kafka acknowledged the event), the report is stored owing nothing and its
    event is published right after, before the caller answers: no outbox marker, no clear of the report, no marker
    delete. Not before the insert: the case key, written with the report, must be in the store before triage reads
    the event. When Kafka does not take it, the event is owed in the report after all (a marker and one update),
    for the relay. A crash between the insert and either leaves a report nobody was given a receipt for: the
    caller saw no answer and sends it again.

    With a group writer (`insert`) and no reference claimed yet, the new case key goes in the same call as the
    receipt index and the report, ahead of them (the writer's order; a refused key ends the call): one commit
    round per report instead of two. A reference or receipt already taken (40 random bits each) is simply drawn
    again.

    `urgent` is the lane the caller already decided (pseah.intake.door, before the report queued for a thread);
    None decides it here (prescreen).
    """
    if insert is None or reference is not None:
        # A channel conversation claims its reference (and case key) early, to seal the answers it collects.
        return _create(keyring=keyring, hasher=hasher, directory=directory, payload=payload, channel=channel,
                       actor=actor, entered_by=entered_by, receipt=receipt,
                       reference=reference or claim_reference(keyring=keyring), insert=insert, publish=publish,
                       urgent=urgent)
    for attempt in range(_REFERENCE_ATTEMPTS):
        reference = codes.new_reference()
        key = keyring.prepare(reference)
        try:
            return _create(keyring=keyring, hasher=hasher, directory=directory, payload=payload, channel=channel,
                           actor=actor, entered_by=entered_by, receipt=receipt, reference=reference, insert=insert,
                           key=key, publish=publish, urgent=urgent)
        except (mongoengine.NotUniqueError, DuplicateKeyError):
            keyring.forget(reference)
            if receipt is not None or attempt == _REFERENCE_ATTEMPTS - 1:
                raise  # a receipt the caller chose is taken: not ours to draw again
        except BaseException:
            keyring.forget(reference)
            raise
    raise RuntimeError("could not allocate a unique reference")


def _create(*, keyring: KeyRing, hasher: KeyedHasher, directory: OrganizationDirectory, payload: ReportCreate,
            channel: str, actor: str, entered_by: str | None, receipt: str | None, reference: str,
            insert: Callable[[list[mongoengine.Document]], None] | None, key: CaseKey | None = None,
            publish: Callable[[str, CloudEvent], bool] | None = None, urgent: bool | None = None) -> tuple[Report, str]:
    receipt = receipt or codes.new_receipt()
    org_id = directory.match(payload.perpetrator_org) if payload.perpetrator_org else None
    plain = {
        "narrative": payload.narrative,
        "contact": payload.contact,
        "perpetrator_description": payload.perpetrator_description,
        "place_text": payload.place_text,
        "perpetrator_org_text": payload.perpetrator_org if payload.perpetrator_org and not org_id else None,
    }
    now = datetime.now(UTC)
    report = Report(
        reference=reference,
        receipt_hash=hasher.receipt(receipt),
        channel=channel,
        received_at=now,
        language=payload.language,
        reporter_role=payload.reporter_role,
        incident_date=payload.incident_date.isoformat() if payload.incident_date else None,
        region_code=payload.region_code,
        survivor_age_group=payload.survivor_age_group,
        survivor_gender=payload.survivor_gender,
        perpetrator_org=org_id,
        consent=payload.consent.model_dump(),
        sealed=seal_values(keyring=keyring, reference=reference, values=plain),
        entered_on_behalf=entered_by is not None,
        entered_by=entered_by,
        status="received",
        status_rank=STATUS_RANK["received"],
        status_history=[{"status": "received", "at": now}],
        updated_at=now,
    )
    if urgent is None:
        urgent = prescreen.is_urgent_report(payload, now=now)
    topic = Topics.lane(Topics.REPORTS, urgent=urgent)
    event = new_event(type=EventTypes.REPORT_RECEIVED, source=SOURCE, subject=reference,
                      data=received_event_data(report), actor=actor)
    if publish is None:
        report.add_event(topic=topic, event=event)
    # The index first: if the report's insert then fails, a lone index entry only points at nothing.
    index = ReceiptIndex(receipt_hash=report.receipt_hash, reference=reference)
    if insert is not None:
        # e.g. a group commit with other requests' reports; durable when it returns
        insert([index, report] if key is None else [key, index, report])
    else:
        index.save(force_insert=True)
        report.save(force_insert=True)
    if publish is not None and not publish(topic, event):
        _owe(report, topic=topic, event=event)
    return report, receipt


def _owe(report: Report, *, topic: str, event: CloudEvent) -> None:
    """The stored report's event, which Kafka did not take first, owed in the report as an insert would have: its
    marker announced before the write (pseah.common.outbox), for the relay to publish."""
    report.add_event(topic=topic, event=event)
    outbox.owe(Report, report.pk)
    Report.objects(pk=report.pk).update_one(push__pending_events=report.pending_events[-1], set__has_pending=True,
                                            set__pending_since=report.pending_since)
    outbox.written(report)


def get_by_receipt(*, hasher: KeyedHasher, receipt: str) -> Report | None:
    receipt_hash = hasher.receipt(receipt)
    index = ReceiptIndex.objects(pk=receipt_hash).first()
    if index is None:
        return None
    # The hash is checked on the report too: an index entry alone never opens a case.
    return Report.objects(pk=index.reference, receipt_hash=receipt_hash).exclude("sealed", "pending_events").first()


BACKFILL_MARK = "~backfilled-v1"  # not a hex digest: never a receipt hash


def backfill_receipt_index() -> int:
    """Index the receipts of reports stored before the index existed; once per database (then marked)."""
    if ReceiptIndex.objects(pk=BACKFILL_MARK).first() is not None:
        return 0
    added = 0
    for report in Report.objects.only("receipt_hash"):
        if ReceiptIndex.objects(pk=report.receipt_hash).first() is None:
            ReceiptIndex(receipt_hash=report.receipt_hash, reference=report.reference).save(force_insert=True)
            added += 1
    ReceiptIndex(receipt_hash=BACKFILL_MARK, reference="-").save(force_insert=True)
    return added


def get(*, reference: str) -> Report | None:
    return Report.objects(reference=reference).first()


# Which events move the status the reporter sees; the rest (referrals, deadlines) say nothing to them.
STATUS_BY_EVENT = {
    EventTypes.REPORT_TRIAGED: "triaged",
    EventTypes.TRIAGE_CONFIRMED: "triaged",
    EventTypes.CASE_ASSIGNED: "assigned",
    EventTypes.CASE_ACKNOWLEDGED: "acknowledged",
}
# case.investigation.updated.v1 moves it by its data.status: any step of an investigation under way is
# "investigating" to the reporter (no finding before the end); `closed` closes it. not_started says nothing.
STATUS_BY_INVESTIGATION = {
    "in_progress": "investigating",
    "referred_to_authorities": "investigating",
    "substantiated": "investigating",
    "unsubstantiated": "investigating",
    "closed": "closed",
}
STATUS_EVENT_TYPES = frozenset({*STATUS_BY_EVENT, EventTypes.CASE_INVESTIGATION_UPDATED})


# The status events whose data is read here (the others move the status by their type alone).
READS_DATA = frozenset({EventTypes.CASE_ASSIGNED, EventTypes.CASE_INVESTIGATION_UPDATED})


def status_payload(event: CloudEvent) -> payloads.Payload | None:
    """The typed data of a status event whose data is read here, decoded once for the functions below (None for
    the others); payloads.BreaksContract when it breaks its contract."""
    return payloads.decode(event) if event.type in READS_DATA else None


def status_for(event: CloudEvent, data: payloads.Payload | None = None) -> str | None:
    """The reporter-facing status `event` moves a report to, or None if it says nothing to the reporter.
    `data`: the event's typed payload when the caller decoded it already (status_payload)."""
    if event.type == EventTypes.CASE_INVESTIGATION_UPDATED:
        data = data if data is not None else payloads.payload(event, payloads.CaseInvestigationUpdated)
        return STATUS_BY_INVESTIGATION.get(data.status)
    return STATUS_BY_EVENT.get(event.type)


def closing_outcome(event: CloudEvent, data: payloads.CaseInvestigationUpdated | None = None) -> str | None:
    """The finding a closing event reports: data.outcome, or for events older than that field the finding
    reported just before closing (data.previous_status); None when there was none."""
    data = data if data is not None else payloads.payload(event, payloads.CaseInvestigationUpdated)
    for candidate in (data.outcome, data.previous_status):
        if candidate in OUTCOMES:
            return candidate
    return None


@dataclass(frozen=True)
class StatusMove:
    """What one downstream event does to the status its reporter reads: the conditional upsert of ReportStatus."""
    reference: str
    status: str
    rank: int
    at: datetime
    assigned_org: str | None = None  # case.assigned.v1: the organisation whose focal point may reply
    outcome: str | None = None  # closed: the finding, stored whatever the disclosure policy (read time decides)

    def filter(self) -> dict:
        # Monotonic: a late, repeated or out-of-order event finds the status at or past its rank, moves nothing and
        # adds no history entry (the upsert then refuses with a duplicate `_id`).
        return {"_id": self.reference, "rank": {"$lt": self.rank}}

    def update(self) -> dict:
        changes = {"status": self.status, "rank": self.rank, "updated_at": datetime.now(UTC)}
        if self.assigned_org:
            changes["assigned_org"] = self.assigned_org
        if self.status == "closed":
            changes["outcome"] = self.outcome
        return {"$set": changes, "$push": {"history": {"status": self.status, "at": self.at}}}


def status_move(event: CloudEvent, data: payloads.Payload | None = None) -> StatusMove | None:
    """The move `event` asks of its report's reporter-facing status; None when it says nothing to the reporter."""
    data = data if data is not None else status_payload(event)
    status = status_for(event, data)
    if status is None:
        return None
    return StatusMove(reference=event.subject, status=status, rank=STATUS_RANK[status],
                      at=event.time or datetime.now(UTC),
                      assigned_org=data.org_id if isinstance(data, payloads.CaseAssigned) else None,
                      outcome=closing_outcome(event, data) if status == "closed" else None)


def apply_status_moves(moves: list[StatusMove]) -> list[bool]:
    """Apply a poll's moves (one store command, two for a poll of several); for each, True if it moved the status.

    In rank order, so the events of one report that arrive in the same poll all count, whichever topic brought
    them first. A holder that changes without a status move (a case re-assigned further on) is written apart."""
    if not moves:
        return []
    coll = ReportStatus._get_collection()
    order = sorted(range(len(moves)), key=lambda i: moves[i].rank)
    moved = [True] * len(moves)
    if len(moves) > 1:
        # The ranks held, one read by `_id` for the poll: a move at or below its report's (a repeated event, or
        # case.assigned.v1 read from its stream before report.triaged.v1 from the other, common in a flood) is left
        # out of the bulk, which then is not refused. A refused bulk is applied again one move a command (below):
        # that cost 1.24 store commands and 15 ms of store time a report in a flood of 300 (tests/bench/census.py).
        held = {doc["_id"]: doc.get("rank", -1) for doc in coll.find(
            {"_id": {"$in": sorted({move.reference for move in moves})}}, {"rank": True})}
        ahead = []
        for i in order:
            if moves[i].rank > held.get(moves[i].reference, -1):
                held[moves[i].reference] = moves[i].rank
                ahead.append(i)
            else:
                moved[i] = False
        order = ahead
    try:
        # In commands of at most mongo.WRITE_CHUNK statements: FerretDB 1.24 hangs on a write of ~100 that match.
        mongo.bulk_write(coll, [UpdateOne(moves[i].filter(), moves[i].update(), upsert=True) for i in order])
    except (BulkWriteError, KeyError):
        # An upsert refused (the status is at or past that rank) stops the bulk, and FerretDB 1.24 answers it in
        # a shape pymongo cannot merge (KeyError 'nModified'): the moves are applied again one by one, each still
        # conditional on the rank, so what the bulk wrote moves nothing twice.
        for i in order:
            try:
                coll.update_one(moves[i].filter(), moves[i].update(), upsert=True)
            except DuplicateKeyError:
                moved[i] = False
    holders = [UpdateOne({"_id": move.reference}, {"$set": {"assigned_org": move.assigned_org}})
               for move, done in zip(moves, moved) if move.assigned_org and not done]
    if holders:
        mongo.bulk_write(coll, holders)
    return moved


def apply_status_event(*, event: CloudEvent, data: payloads.Payload | None = None) -> bool:
    """Move the report's status forward for one downstream event; True if it moved."""
    move = status_move(event, data)
    return apply_status_moves([move])[0] if move is not None else False


@dataclass(frozen=True)
class ReporterStatus:
    """Where a case stands for its reporter: the report's own status at intake, then its ReportStatus."""
    status: str
    updated_at: datetime | None
    history: list[dict]
    assigned_org: str | None
    outcome: str | None


def reporter_status(report: Report) -> ReporterStatus:
    """The status a receipt shows (one read by `_id` beside the report). A report whose status moved before
    ReportStatus existed keeps it on the report: the further rank wins, the histories are joined."""
    kept = ReportStatus.objects(reference=report.reference).first()
    if kept is None:
        return ReporterStatus(status=report.status, updated_at=report.updated_at, history=list(report.status_history),
                              assigned_org=report.assigned_org, outcome=report.outcome)
    seen = {h.get("status") for h in report.status_history}
    history = [*report.status_history, *(h for h in kept.history if h.get("status") not in seen)]
    ahead = kept.rank >= (report.status_rank or 0)
    return ReporterStatus(status=kept.status if ahead else report.status,
                          updated_at=max(t for t in (kept.updated_at, report.updated_at) if t is not None),
                          history=history, assigned_org=kept.assigned_org or report.assigned_org,
                          outcome=kept.outcome if ahead else report.outcome)


def assigned_org(reference: str, report: Report) -> str | None:
    """The organisation whose focal point holds the case now (who may reply), from ReportStatus or the report."""
    kept = ReportStatus.objects(reference=reference).only("assigned_org").first()
    return (kept.assigned_org if kept is not None else None) or report.assigned_org

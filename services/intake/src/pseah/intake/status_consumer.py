"""Keeps each report's status current from triage and case events, so the receipt shows progress.

It also lists a case for the retention policy when its investigation closes, and on case.erased.v1 shreds the case
key again (idempotent): that completes an erasure whose process died after its commit point, and drops this
replica's copy of the key. Only a report the store marks erased is shredded, so an event alone destroys nothing.

A background aiokafka consumer in the app's lifespan (group = service name). The status lives in a small document
apart from the report (report.models.ReportStatus), and a poll's moves of it are one store command. Offsets are
committed after a poll is applied; a store outage stops the poll uncommitted and it is read again, which is safe
because every move is conditional on the status rank (a repeated event moves nothing and adds no history entry).
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable

from aiokafka import AIOKafkaConsumer

from pseah.common import payloads
from pseah.common.crypto import KeyRing
from pseah.common.events import CloudEvent, EventTypes, Topics
from pseah.common.kafka import dead_letter
from pseah.common.logging import get_logger
from pseah.intake.config import IntakeSettings
from pseah.intake.erasure import service as erasure
from pseah.intake.publisher import Publisher
from pseah.intake.report import service as reports

log = get_logger(__name__)
HANDLER = "intake.status"
TOPICS = (*Topics.lanes(Topics.TRIAGE), *Topics.lanes(Topics.CASES))  # both lanes of each stream


def handle(*, raw: bytes, keyring: KeyRing | None = None) -> str:
    """Apply one record; returns what happened (for tests and counters). Store errors propagate."""
    return handle_all(raws=[raw], keyring=keyring)[0]


def handle_all(*, raws: list[bytes], keyring: KeyRing | None = None, refused: Refused | None = None) -> list[str]:
    """Apply a poll's records, their status moves in one store command; for each: moved, unchanged, ignored,
    shredded, or (when `refused` takes the ones that can never apply, with their reason) refused.
    Without `refused`, such a record raises (payloads.BreaksContract, or ValueError for no CloudEvent)."""
    outcomes: list[str] = ["ignored"] * len(raws)
    moves: list[tuple[int, CloudEvent, reports.StatusMove]] = []
    for index, raw in enumerate(raws):
        try:
            event = CloudEvent.from_bytes(raw)
            if event.type == EventTypes.CASE_ERASED:
                outcomes[index] = _shred(event, keyring)
                continue
            # Decoded once; no processed-event record: the move is conditional on the status rank, so a redelivered
            # (or late) event moves nothing and adds no history entry. A record cost two store commands an event.
            move = reports.status_move(event, reports.status_payload(event))
        except payloads.BreaksContract as exc:
            if refused is None:
                raise
            refused(index, exc.reason, dict(event_type=exc.event_type, fields=exc.fields))
            outcomes[index] = "refused"
            continue
        except ValueError:  # not a CloudEvent (pydantic's ValidationError and JSON errors are ValueErrors)
            if refused is None:
                raise
            refused(index, "not_a_cloudevent", {})
            outcomes[index] = "refused"
            continue
        if move is not None:
            moves.append((index, event, move))
    moved = reports.apply_status_moves([move for _, _, move in moves])
    for (index, event, move), done in zip(moves, moved):
        outcomes[index] = "moved" if done else "unchanged"
        if move.status == "closed":
            # Every closing event, not only the one that moved the status: a redelivery after a crash lists it too.
            erasure.schedule_closed(reference=event.subject, closed_at=event.time, outcome=move.outcome)
    return outcomes


Refused = Callable[[int, str, dict], None]


def _shred(event: CloudEvent, keyring: KeyRing | None) -> str:
    if keyring is None or not erasure.is_erased(event.subject):
        return "ignored"
    keyring.shred(event.subject)
    return "shredded"


def _dead_letter(*, publisher: Publisher, record, reason: str) -> None:
    # The value is forwarded as it came: it is either sealed already or not ours to read.
    dead_letter(publisher.producer(), topic=record.topic, key=record.key, value=record.value, reason=reason,
                headers=record.headers, timeout=10)


def _process_all(*, publisher: Publisher, records: list, keyring: KeyRing | None = None) -> None:
    """A poll's records: what can never apply dead-lettered with its reason, the rest applied together."""

    def refuse(index: int, reason: str, facts: dict) -> None:
        record = records[index]
        log.warning("status_event_refused", topic=record.topic, offset=record.offset, reason=reason, **facts)
        _dead_letter(publisher=publisher, record=record, reason=reason)

    outcomes = handle_all(raws=[record.value for record in records], keyring=keyring, refused=refuse)
    moved = outcomes.count("moved")
    if moved:
        log.info("report_statuses_moved", count=moved, records=len(records))


def _process(*, publisher: Publisher, record, keyring: KeyRing | None = None) -> None:
    _process_all(publisher=publisher, records=[record], keyring=keyring)


def poll_records(batches: dict) -> list:
    """The records of one poll, every partition's in its order, as one list: applied together, their moves are one
    read and one write for the whole poll (a poll spread over a dozen partitions cost a read and a write each). The
    partitions need no order between them: a move applies only above the status's rank (reports.apply_status_moves)."""
    return [record for _, records in sorted(batches.items(), key=lambda item: (item[0].topic, item[0].partition))
            for record in records]


async def run(*, settings: IntakeSettings, publisher: Publisher, stop: asyncio.Event,
              keyring: KeyRing | None = None) -> None:
    delay = 1.0
    while not stop.is_set():
        consumer = AIOKafkaConsumer(
            *TOPICS, bootstrap_servers=settings.kafka_bootstrap, group_id=settings.consumer_group,
            client_id="pseah-intake-status", enable_auto_commit=False, auto_offset_reset="earliest")
        try:
            await consumer.start()
            delay = 1.0
            while not stop.is_set():
                records = poll_records(await consumer.getmany(timeout_ms=500, max_records=200))
                if records:
                    await asyncio.to_thread(_process_all, publisher=publisher, records=records, keyring=keyring)
                    await consumer.commit()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - Kafka or store away: back off and start again
            log.warning("status_consumer_failed", error_type=type(exc).__name__, retry_in=delay)
        finally:
            try:
                await consumer.stop()
            except Exception:  # noqa: BLE001
                pass
        if not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
            except TimeoutError:
                pass
            delay = min(delay * 2, 10.0)

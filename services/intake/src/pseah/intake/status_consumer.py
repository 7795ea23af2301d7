"""Keeps each report's status current from triage and case events, so the receipt shows progress.

It also lists a case for the retention policy when its investigation closes, and on case.erased.v1 shreds the case
key again (idempotent): that completes an erasure whose process died after its commit point, and drops this
replica's copy of the key. Only a report the store marks erased is shredded, so an event alone destroys nothing.

A background aiokafka consumer in the app's lifespan (group = service name). Offsets are committed
after a batch is applied; a store outage stops the batch uncommitted and it is read again, which is
safe because the update is monotonic and each event is recorded once (pseah.common.idempotency).
"""
from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer

from pseah.common import payloads
from pseah.common.crypto import KeyRing
from pseah.common.events import CloudEvent, EventTypes, Topics
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
    event = CloudEvent.from_bytes(raw)
    if event.type == EventTypes.CASE_ERASED:
        if keyring is None or not erasure.is_erased(event.subject):
            return "ignored"
        keyring.shred(event.subject)
        return "shredded"
    data = reports.status_payload(event)  # decoded once; payloads.BreaksContract is dead-lettered by _process
    status = reports.status_for(event, data)
    if status is None:
        return "ignored"
    # No processed-event record: the update is filtered on the status rank, so a redelivered event (or a late one)
    # moves nothing and adds no history entry; the organisation it sets is the one a redelivery in partition order
    # ends on; the erasure schedule is written idempotently. A record cost two store commands an event.
    moved = reports.apply_status_event(event=event, data=data)
    if status == "closed":
        # Every closing event, not only the one that moved the report: a redelivery after a crash lists it too.
        erasure.schedule_closed(reference=event.subject, closed_at=event.time,
                                outcome=reports.closing_outcome(event, data))
    return "moved" if moved else "unchanged"


def _dead_letter(*, publisher: Publisher, record, reason: str) -> None:
    # The value is forwarded as it came: it is either sealed already or not ours to read.
    producer = publisher.producer()
    headers = [(k, v) for k, v in (record.headers or []) if k != "dlq_reason"] + [("dlq_reason", reason.encode())]
    future = producer.send(Topics.dead_letter(record.topic), key=record.key, value=record.value, headers=headers)
    future.get(timeout=10)


def _process(*, publisher: Publisher, record, keyring: KeyRing | None = None) -> None:
    try:
        outcome = handle(raw=record.value, keyring=keyring)
    except payloads.BreaksContract as exc:
        log.warning("status_event_breaks_contract", topic=record.topic, offset=record.offset,
                    event_type=exc.event_type, fields=exc.fields)
        _dead_letter(publisher=publisher, record=record, reason=exc.reason)
        return
    except ValueError:  # not a CloudEvent (pydantic's ValidationError and JSON errors are ValueErrors)
        log.warning("status_event_undecodable", topic=record.topic, offset=record.offset)
        _dead_letter(publisher=publisher, record=record, reason="not_a_cloudevent")
        return
    if outcome == "moved":
        log.info("report_status_moved", topic=record.topic, offset=record.offset)


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
                batches = await consumer.getmany(timeout_ms=500, max_records=200)
                for records in batches.values():
                    for record in records:
                        await asyncio.to_thread(_process, publisher=publisher, record=record, keyring=keyring)
                if batches:
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

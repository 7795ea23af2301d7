import asyncio
import time
import uuid
from datetime import UTC, datetime

import pytest

from pseah.common.events import new_event
from pseah.common.kafka import make_producer, publish
from pseah.common.outbox import OWED, relay_once
from pseah.intake import status_consumer
from pseah.intake.config import IntakeSettings
from pseah.intake.main import OUTBOX_DOCUMENTS, create_app
from pseah.intake.report import service as reports
from pseah.intake.report.models import STATUS_RANK, Report, ReportStatus
from pseah.intake.report.service import StatusMove
from pseah.intake.bootstrap import bootstrap, shutdown

pytestmark = pytest.mark.integration


RANK = {"received": 0, "triaged": 1, "assigned": 2, "acknowledged": 3, "investigating": 4, "closed": 9}


async def wait_for_status(client, receipt, wanted, timeout=120.0):
    # "At least": a running suite's triage and referral may move a test report along on their own.
    deadline = time.monotonic() + timeout
    status = None
    while time.monotonic() < deadline:
        status = (await client.get(f"/v1/receipts/{receipt}")).json()
        if RANK[status["status"]] >= RANK[wanted]:
            return status
        await asyncio.sleep(0.3)
    raise AssertionError(f"status stayed {status}")


async def test_receipt_follows_triage_and_assignment_events(client):
    body = (await client.post("/v1/reports", json={"narrative": "status test"})).json()
    ref = body["reference"]
    triaged = new_event(type="report.triaged.v1", source="pseah/triage", subject=ref, data={"reference": ref})
    assigned = new_event(type="case.assigned.v1", source="pseah/referral", subject=ref,
                         data={"reference": ref, "org_id": "unicef", "queue": "focal_point", "priority": "high",
                               "assignee": {"username": "fp-unicef"}, "portal_url": f"http://127.0.0.1:8000/cases/{ref}"})
    producer = await asyncio.to_thread(make_producer, bootstrap="127.0.0.1:9092", client_id="pseah-test")
    try:
        await asyncio.to_thread(publish, producer, topic="pseah.triage.v1", event=triaged)
        await asyncio.to_thread(publish, producer, topic="pseah.triage.v1", event=triaged)  # redelivered
        await wait_for_status(client, body["receipt"], "triaged")
        await asyncio.to_thread(publish, producer, topic="pseah.cases.v1", event=assigned)
        status = await wait_for_status(client, body["receipt"], "assigned")
    finally:
        await asyncio.to_thread(producer.close, 5)
    # The running suite's own triage and referral also move this report (its report.received.v1 is real), and
    # Kafka orders nothing across topics: on a busy machine their case.assigned.v1 can be applied before any
    # report.triaged.v1, which the monotonic rule then drops. So: in rank order, each status once (the redelivered
    # triage added nothing), from received to assigned. The exact mapping is test_status_handler_is_idempotent...
    history = [h["status"] for h in status["history"]]
    assert history[0] == "received" and history[-1] == "assigned", history
    assert history in (["received", "triaged", "assigned"], ["received", "assigned"]), history


async def test_status_handler_is_idempotent_and_monotonic(client):
    body = (await client.post("/v1/reports", json={"narrative": "idempotency test"})).json()
    ref = body["reference"]
    assigned = new_event(type="case.assigned.v1", source="pseah/referral", subject=ref,
                         data={"reference": ref, "org_id": "unicef", "queue": "focal_point", "priority": "high",
                               "assignee": {"username": "fp-unicef"}, "portal_url": f"http://127.0.0.1:8000/cases/{ref}"})
    late_triage = new_event(type="report.triaged.v1", source="pseah/triage", subject=ref, data={})
    other = new_event(type="referral.created.v1", source="pseah/referral", subject=ref, data={})
    assert await asyncio.to_thread(status_consumer.handle, raw=assigned.to_bytes()) == "moved"
    # Delivered again: the status rank alone keeps it from moving the report or adding a history entry.
    assert await asyncio.to_thread(status_consumer.handle, raw=assigned.to_bytes()) == "unchanged"
    assert await asyncio.to_thread(status_consumer.handle, raw=late_triage.to_bytes()) == "unchanged"
    assert await asyncio.to_thread(status_consumer.handle, raw=other.to_bytes()) == "ignored"
    status = (await client.get(f"/v1/receipts/{body['receipt']}")).json()
    assert status["status"] == "assigned"
    assert [h["status"] for h in status["history"]] == ["received", "assigned"]


def _move(ref, status, org=None):
    return StatusMove(reference=ref, status=status, rank=STATUS_RANK[status], at=datetime.now(UTC), assigned_org=org)


async def test_a_poll_of_moves_on_the_real_store_with_one_refused_and_a_report_from_before_report_status(client):
    # An unsaved report whose status moved on the report itself (as before ReportStatus); `client` connects the store.
    ref = f"PSEAH-TS{uuid.uuid4().hex[:6].upper()}"
    now = datetime.now(UTC)
    report = Report(reference=ref, received_at=now, status="assigned", status_rank=STATUS_RANK["assigned"],
                    status_history=[{"status": "received", "at": now}, {"status": "assigned", "at": now}],
                    assigned_org="unicef")
    try:
        assert await asyncio.to_thread(reports.apply_status_moves, [_move(ref, "acknowledged")]) == [True]
        # One poll: a late triage (refused: the upsert meets the `_id`), the investigation, a transfer's assignment
        # to another organisation (refused as a move, kept as the holder). FerretDB stops the bulk at the refusal;
        # the moves are applied again one by one and each says what it did.
        poll = [_move(ref, "triaged"), _move(ref, "investigating"), _move(ref, "assigned", org="wfp")]
        assert await asyncio.to_thread(reports.apply_status_moves, poll) == [False, True, False]
        current = await asyncio.to_thread(reports.reporter_status, report)
        assert current.status == "investigating" and current.assigned_org == "wfp"
        assert [h["status"] for h in current.history] == ["received", "assigned", "acknowledged", "investigating"]
        assert await asyncio.to_thread(reports.assigned_org, ref, report) == "wfp"
    finally:
        await asyncio.to_thread(lambda: ReportStatus.objects(reference=ref).delete())


class _CountingCollection:
    """The real collection, with the store commands the code under test sends through it counted by name."""

    def __init__(self, collection):
        self._collection = collection
        self.commands: list[str] = []

    def __getattr__(self, name):
        attribute = getattr(self._collection, name)
        if name in ("find", "find_one", "bulk_write", "update_one", "update_many", "insert_one", "insert_many"):
            def counted(*args, **kwargs):
                self.commands.append(name)
                return attribute(*args, **kwargs)
            return counted
        return attribute


async def test_a_flood_poll_with_events_read_out_of_order_is_two_store_commands(client, monkeypatch):
    # In a flood the consumer reads case.assigned.v1 of a report before its report.triaged.v1 (two streams), and
    # redeliveries: such moves are left out after one read of the poll's ranks, so the bulk is not refused and
    # applied again one move a command.
    refs = [f"PSEAH-TF{uuid.uuid4().hex[:6].upper()}" for _ in range(4)]
    try:
        await asyncio.to_thread(reports.apply_status_moves, [_move(refs[0], "assigned", org="unicef")])
        counting = _CountingCollection(ReportStatus._get_collection())
        monkeypatch.setattr(ReportStatus, "_get_collection", classmethod(lambda cls: counting))
        poll = [_move(refs[0], "triaged"), _move(refs[1], "triaged"), _move(refs[2], "triaged"),
                _move(refs[1], "assigned", org="wfp"), _move(refs[1], "triaged"), _move(refs[3], "assigned", org="wfp")]
        assert await asyncio.to_thread(reports.apply_status_moves, poll) == [False, True, True, True, False, True]
        assert counting.commands == ["find", "bulk_write"]
        monkeypatch.undo()
        statuses = {ref: await asyncio.to_thread(lambda r=ref: ReportStatus.objects(reference=r).first())
                    for ref in refs}
        assert [statuses[ref].status for ref in refs] == ["assigned", "assigned", "triaged", "assigned"]
        assert [h["status"] for h in statuses[refs[1]].history] == ["triaged", "assigned"]
        assert [h["status"] for h in statuses[refs[0]].history] == ["assigned"]
        assert (statuses[refs[0]].assigned_org, statuses[refs[1]].assigned_org) == ("unicef", "wfp")
    finally:
        await asyncio.to_thread(lambda: ReportStatus.objects(reference__in=refs).delete())


async def test_receipt_follows_the_investigation_to_closed_without_the_outcome_by_default(client):
    # referral closes a case with case.investigation.updated.v1 (data.status closed): the reporter reads
    # "investigating" then "closed"; late or repeated investigation events never move it back.
    body = (await client.post("/v1/reports", json={"narrative": "investigation status test"})).json()
    ref = body["reference"]

    def investigation(status, previous, outcome):
        return new_event(type="case.investigation.updated.v1", source="pseah/referral", subject=ref,
                         data={"reference": ref, "owner_org": "unicef", "status": status,
                               "previous_status": previous, "outcome": outcome,
                               "reported_at": datetime.now(UTC).isoformat()})

    steps = [new_event(type="case.acknowledged.v1", source="pseah/referral", subject=ref, data={"reference": ref}),
             investigation("in_progress", "not_started", None),
             investigation("substantiated", "in_progress", "substantiated")]
    closing = investigation("closed", "substantiated", "substantiated")
    outcomes = [await asyncio.to_thread(status_consumer.handle, raw=e.to_bytes()) for e in steps]
    assert outcomes == ["moved", "moved", "unchanged"]  # a finding is still "investigating" to the reporter
    assert await asyncio.to_thread(status_consumer.handle, raw=closing.to_bytes()) == "moved"
    late = investigation("in_progress", "not_started", None)
    assert await asyncio.to_thread(status_consumer.handle, raw=late.to_bytes()) == "unchanged"
    status = (await client.get(f"/v1/receipts/{body['receipt']}")).json()
    assert status["status"] == "closed"
    assert [h["status"] for h in status["history"]] == ["received", "acknowledged", "investigating", "closed"]
    # The default policy tells no outcome, though intake holds it.
    assert status["outcome"] is None


async def test_receipt_tells_the_outcome_where_the_policy_discloses_it(settings):
    import httpx

    disclosing = IntakeSettings(**{**settings.model_dump(), "disclose_outcome": True, "consume_status_events": False})
    app = create_app(disclosing)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            body = (await client.post("/v1/reports", json={"narrative": "outcome policy test"})).json()
            ref = body["reference"]
            under_way = new_event(type="case.investigation.updated.v1", source="pseah/referral", subject=ref,
                                  data={"reference": ref, "owner_org": "unicef",
                                        "status": "referred_to_authorities", "previous_status": "in_progress",
                                        "outcome": "referred_to_authorities",
                                        "reported_at": datetime.now(UTC).isoformat()})
            await asyncio.to_thread(status_consumer.handle, raw=under_way.to_bytes())
            before = (await client.get(f"/v1/receipts/{body['receipt']}")).json()
            closing = new_event(type="case.investigation.updated.v1", source="pseah/referral", subject=ref,
                                data={"reference": ref, "owner_org": "unicef", "status": "closed",
                                      "previous_status": "referred_to_authorities",
                                      "outcome": "referred_to_authorities",
                                      "reported_at": datetime.now(UTC).isoformat()})
            await asyncio.to_thread(status_consumer.handle, raw=closing.to_bytes())
            after = (await client.get(f"/v1/receipts/{body['receipt']}")).json()
    assert (before["status"], before["outcome"]) == ("investigating", None)  # not before the end
    assert (after["status"], after["outcome"]) == ("closed", "referred_to_authorities")


async def test_kafka_first_the_report_is_stored_owing_nothing_and_its_event_is_on_kafka_before_the_answer(
        client, raw_db, reports_tail):
    # The 202 comes after Kafka acknowledged report.received.v1: the report is written owing nothing (no event
    # kept, no outbox marker, so no clear of it and no marker delete after).
    answer = await client.post("/v1/reports", json={"narrative": "kafka first test, a volunteer asked for photos"})
    assert answer.status_code == 202
    reference = answer.json()["reference"]
    stored = raw_db.reports.find_one({"_id": reference})
    assert not stored.get("pending_events") and not stored.get("has_pending")
    assert raw_db[OWED].find_one({"_id": f"reports:{reference}"}) is None
    [event] = await asyncio.to_thread(reports_tail.collect, key=reference)
    assert event["value"]["type"] == "report.received.v1" and event["value"]["data"]["reference"] == reference


async def test_kafka_down_still_202_and_relayed_in_order_later(settings, raw_db, reports_tail):
    import httpx

    # Kafka "down" for this app: nothing listens on port 9.
    down = IntakeSettings(**{**settings.model_dump(), "kafka_bootstrap": "127.0.0.1:9", "consume_status_events": False})
    app = create_app(down)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as client:
            first = await client.post("/v1/reports", json={"narrative": "kafka down 1"})
            assert first.status_code == 202
            receipt = first.json()["receipt"]
            msg = await client.post(f"/v1/receipts/{receipt}/messages", json={"text": "still there?"})
            assert msg.status_code == 202
            second = await client.post("/v1/reports", json={"narrative": "kafka down 2"})
            assert second.status_code == 202
    refs = [first.json()["reference"], second.json()["reference"]]
    assert raw_db.reports.count_documents({"has_pending": True}) == 2
    assert raw_db.messages.count_documents({"has_pending": True}) == 1

    # Kafka "returns": the relay (same code the lifespan runs) publishes what was owed, in order.
    runtime = bootstrap(settings)
    producer = await asyncio.to_thread(make_producer, bootstrap="127.0.0.1:9092", client_id="pseah-test-relay")
    try:
        sent = await asyncio.to_thread(relay_once, documents=OUTBOX_DOCUMENTS, producer=producer)
    finally:
        await asyncio.to_thread(producer.close, 5)
        shutdown(runtime)
    assert sent == 3
    events = await asyncio.to_thread(reports_tail.collect, key=refs[0], count=2)
    assert [e["value"]["type"] for e in events] == ["report.received.v1", "reporter.message.posted.v1"]
    assert len(await asyncio.to_thread(reports_tail.collect, key=refs[1])) == 1
    assert raw_db.reports.count_documents({"has_pending": True}) == 0
    assert raw_db.messages.count_documents({"has_pending": True}) == 0

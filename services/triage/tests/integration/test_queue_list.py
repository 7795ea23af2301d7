"""The triage queue as a keyed read list on the real FerretDB: most urgent first across cursor pages, filters, leaving
on confirmation, a once-only back-fill, and no filter but `_id` on a collection that grows with reports."""
from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import mongoengine
import pymongo
import pytest

from pseah.common import mongo
from pseah.common.settings import CommonSettings
from pseah.triage.decisions import queue as queue_list
from pseah.triage.decisions import service
from pseah.triage.decisions.models import Deadline, QueueEntry, TriageDecision

pytestmark = pytest.mark.integration
NOW = datetime.now(UTC).replace(microsecond=0)
GROWING = {"decisions", "queue", "queue_lists"}
PRIORITIES = ("critical", "high", "medium", "low")


@pytest.fixture
def store(tmp_path, monkeypatch):
    settings = CommonSettings()
    name = f"pseah_test_triage_queue_{uuid.uuid4().hex[:8]}"
    log = tmp_path / "queries.jsonl"
    monkeypatch.setenv("PSEAH_MONGO_QUERY_LOG", str(log))
    mongo.connect(uri=settings.mongo_uri, db=name)
    for model in (TriageDecision, QueueEntry):
        model._collection = None  # another test module may have bound the class to its own database
    try:
        yield log
    finally:
        for model in (TriageDecision, QueueEntry):
            model._collection = None
        mongoengine.disconnect()
        with pymongo.MongoClient(settings.mongo_uri) as client:
            client.drop_database(name)


def _scans(log) -> list[dict]:
    if not log.exists():
        return []
    return [line for line in map(json.loads, log.read_text().splitlines()) if line["collection"] in GROWING]


def _decision(n: int) -> TriageDecision:
    priority = PRIORITIES[n % 4]
    due = NOW + timedelta(hours=(n * 5) % 60 - 10.5)
    return TriageDecision(reference=f"PSEAH-Q{n:07d}", source_event_id=f"e{n}", received_at=NOW - timedelta(minutes=n),
                          automatic={"priority": priority, "category": "sexual_exploitation"}, route="focal_point",
                          region_code="3203" if n % 3 else "5171", deadlines=[Deadline(kind="acknowledgement", due_at=due)])


def _pages(**kwargs) -> list[str]:
    refs, token = [], ""
    for _ in range(50):
        entries, token, _total = service.queue(after=token, **kwargs)
        refs += [e.reference for e in entries]
        if not token:
            return refs
    raise AssertionError("paging never ended")


def _expected(decisions, keep=lambda d: True) -> list[str]:
    return [d.reference for d in sorted(
        (d for d in decisions if keep(d)),
        key=lambda d: (-service._rank(d.priority), d.deadlines[0].due_at, d.received_at, d.reference))]


def test_the_queue_pages_most_urgent_first_with_filters_and_loses_confirmed_decisions(store):
    decisions = [_decision(n) for n in range(130)]
    for decision in decisions:
        service.enqueue(decision=decision)
    first, token, total = service.queue(limit=50)
    assert len(first) == 50 and token and total == 130
    assert first[0].priority == "critical" and first[0].next_deadline["kind"] == "acknowledgement"
    assert _pages(limit=50) == _expected(decisions)
    high_in_bali = _pages(filters=queue_list.Filters(priority="high", region="51"))
    assert high_in_bali == _expected(decisions, lambda d: d.priority == "high" and d.region_code == "5171")
    overdue = _pages(filters=queue_list.Filters(deadline_state="overdue"))
    assert overdue == _expected(decisions, lambda d: d.deadlines[0].due_at < NOW) and overdue
    # The older offset paging still answers the same order.
    assert [e.reference for e in service.queue(offset=10, limit=5)[0]] == _expected(decisions)[10:15]

    service.dequeue(reference=decisions[0].reference)
    assert decisions[0].reference not in _pages(limit=200)
    assert service.queue(limit=1)[2] == 129
    assert _scans(store) == []


def test_backfill_builds_the_list_from_queue_entries_once(store):
    decisions = [_decision(n) for n in range(7)]
    for decision in decisions:
        service.enqueue(decision=decision)
    # As a store from before the list: only the queue entries.
    QueueEntry._get_collection().database[queue_list.COLLECTION].drop()
    assert service.queue()[0] == []
    assert queue_list.backfill() == 7
    assert [e.reference for e in service.queue()[0]] == _expected(decisions)
    assert queue_list.backfill() == 0

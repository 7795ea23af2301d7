"""A poll's batch that changes more cases than FerretDB takes in one write command (a backlog after an outage: up to
batch_max events) is counted, not hung: the read model's bulk writes go in commands of mongo.WRITE_CHUNK."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pymongo
import pytest

from pseah.analytics.readmodel import store
from pseah.common.events import EventTypes

from .conftest import MONGO_URI
from .test_counts import _event

pytestmark = pytest.mark.integration

CASES = 150  # 100 updates that match in one command never return on FerretDB 1.24


@pytest.fixture
def database():
    # A socket timeout, so a hung command fails the test instead of hanging the run.
    client = pymongo.MongoClient(MONGO_URI, socketTimeoutMS=30_000)
    name = f"analytics_batch_{uuid.uuid4().hex[:8]}"
    yield client[name]
    client.drop_database(name)
    client.close()


def test_a_batch_that_moves_more_cases_than_one_command_takes_is_counted(database):
    at = datetime(1998, 3, 10, 8, tzinfo=UTC)
    references = [f"PSEAH-B{n:07d}" for n in range(CASES)]
    triaged = [_event(EventTypes.REPORT_TRIAGED, ref, at, channel="itest_batch", category="sexual_exploitation",
                      priority="high", region_code="32.03.12", org_id="unicef", perpetrator_type="aid_worker",
                      child_involved=False, language="id", sealed={"narrative": "x"},
                      deadlines=[{"kind": "acknowledgement", "due_at": (at + timedelta(hours=24)).isoformat()}])
               for ref in references]
    assert all(o.counted for o in store.record_many(triaged, organizations={}, db=database))
    # The second batch changes every one of those cases: one replace each, guarded by the version read.
    assigned = [_event(EventTypes.CASE_ASSIGNED, ref, at + timedelta(hours=1)) for ref in references]
    outcomes = store.record_many(assigned, organizations={}, db=database)
    assert len(outcomes) == CASES and all(o.counted and not o.recounted for o in outcomes)
    assert database[store.CASES].count_documents({"v": 2}) == CASES
    assert database[store.APPLIED].count_documents({"pending": True}) == 0

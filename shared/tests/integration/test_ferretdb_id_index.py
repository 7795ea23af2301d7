"""The local FerretDB answers `_id` conditions from its _id index (deploy/local/ferretdb/id-pushdown.patch).

Unpatched, FerretDB 1.24 read the whole table for every find, update and delete, even by _id alone.
These tests ask the real server for its SQLite query plan, and check that narrowing by _id never
changes what a filter matches.
"""
from __future__ import annotations

import uuid

import pymongo
import pytest

pytestmark = pytest.mark.integration


@pytest.fixture
def collection(settings):
    client = pymongo.MongoClient(settings.mongo_uri, serverSelectionTimeoutMS=5000)
    name = f"pseah_test_ids_{uuid.uuid4().hex[:8]}"
    coll = client[name]["docs"]
    coll.insert_many([{"_id": f"doc-{n}", "n": n, "even": n % 2 == 0} for n in range(50)])
    yield coll
    client.drop_database(name)
    client.close()


def plan(coll, filter_: dict) -> tuple[bool, str]:
    answer = coll.database.command("explain", {"find": coll.name, "filter": filter_})
    return answer["filterPushdown"], " ".join(answer["queryPlanner"]["Plan"])


@pytest.mark.parametrize("filter_", [
    {"_id": "doc-7"},
    {"_id": "doc-7", "n": {"$gte": 0}},
    {"_id": {"$in": ["doc-7", "doc-8"]}},
    {"_id": {"$in": ["doc-7", "doc-8"]}, "even": True},
])
def test_id_conditions_use_the_index(collection, filter_):
    pushed, sqlite_plan = plan(collection, filter_)
    assert pushed is True
    assert "USING INDEX" in sqlite_plan and "__id_" in sqlite_plan, sqlite_plan


@pytest.mark.parametrize("filter_", [{"n": 7}, {"_id": {"$gt": "doc-1"}}, {"_id": {"$in": [1, "doc-2"]}}])
def test_other_conditions_still_scan(collection, filter_):
    # Not pushed down means read in full and filtered by FerretDB itself: slow, never wrong.
    pushed, _ = plan(collection, filter_)
    assert pushed is False


def test_narrowing_by_id_keeps_every_other_condition(collection):
    assert collection.find_one({"_id": "doc-7", "even": True}) is None
    assert collection.find_one({"_id": "doc-8", "even": True})["n"] == 8
    found = sorted(d["n"] for d in collection.find({"_id": {"$in": ["doc-7", "doc-8", "doc-10", "nope"]}, "even": True}))
    assert found == [8, 10]
    assert collection.update_one({"_id": "doc-7", "n": {"$lt": 0}}, {"$set": {"x": 1}}).matched_count == 0
    result = collection.update_many({"_id": {"$in": ["doc-1", "doc-2", "doc-3"]}, "even": False}, {"$set": {"x": 1}})
    assert result.modified_count == 2
    assert sorted(d["_id"] for d in collection.find({"x": 1})) == ["doc-1", "doc-3"]
    assert collection.delete_many({"_id": {"$in": ["doc-4", "doc-5"]}, "even": True}).deleted_count == 1
    assert collection.count_documents({}) == 49

"""The local FerretDB applies each single-document update atomically, as MongoDB does
(deploy/local/ferretdb/atomic-update.patch).

Unpatched, FerretDB 1.24 reads a document and writes the whole new version back with nothing held in between:
of two updates of one document at the same time, the last write wins and the other is lost though acknowledged
(a report's erasure record vanished that way under its outbox being cleared; 8 clients x 100 `$inc` ended at
114). Here several clients update shared documents at once, every way the services do, and nothing may be lost.
"""
from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import pymongo
import pytest
from pymongo import ReturnDocument, UpdateOne

pytestmark = pytest.mark.integration

CLIENTS = 6
ROUNDS = 40


@pytest.fixture
def collection(settings):
    client = pymongo.MongoClient(settings.mongo_uri, serverSelectionTimeoutMS=5000, maxPoolSize=CLIENTS * 2)
    name = f"pseah_test_atomic_{uuid.uuid4().hex[:8]}"
    coll = client[name]["docs"]
    coll.insert_many([{"_id": "one", "n": 0, "items": [], "kind": "shared"},
                      {"_id": "two", "n": 0, "kind": "other"}])
    yield coll
    client.drop_database(name)
    client.close()


def at_once(work) -> None:
    with ThreadPoolExecutor(CLIENTS) as pool:
        for future in [pool.submit(work, client) for client in range(CLIENTS)]:
            future.result()


def test_concurrent_updates_of_one_document_by_id_all_count(collection):
    def work(client):
        for step in range(ROUNDS):
            collection.update_one({"_id": "one"}, {"$inc": {"n": 1}, "$push": {"items": f"{client}-{step}"}})

    at_once(work)
    doc = collection.find_one({"_id": "one"})
    assert doc["n"] == CLIENTS * ROUNDS
    assert sorted(doc["items"]) == sorted(f"{c}-{s}" for c in range(CLIENTS) for s in range(ROUNDS))


def test_a_conditional_set_survives_a_concurrent_clear_of_another_field(collection):
    # The shape of the lost erasure: one writer sets fields once (conditionally), others keep rewriting a list.
    def work(client):
        for step in range(ROUNDS):
            if client == 0 and step == ROUNDS // 2:
                assert collection.update_one({"_id": "one", "marked": None},
                                             {"$set": {"marked": True}}).modified_count == 1
            collection.update_one({"_id": "one"}, {"$set": {"items": [], "n": step}})

    at_once(work)
    assert collection.find_one({"_id": "one"})["marked"] is True


def test_find_and_modify_bulk_writes_and_filters_on_other_fields_all_count(collection):
    def work(client):
        for _ in range(ROUNDS):
            collection.find_one_and_update({"_id": "one"}, {"$inc": {"n": 1}}, return_document=ReturnDocument.AFTER)
            collection.update_one({"kind": "other"}, {"$inc": {"n": 1}})
            collection.bulk_write([UpdateOne({"_id": "one"}, {"$inc": {"bulk": 1}}),
                                   UpdateOne({"_id": "two"}, {"$inc": {"bulk": 1}})])
            collection.update_many({"_id": {"$in": ["one", "two"]}}, {"$inc": {"many": 1}})

    at_once(work)
    total = CLIENTS * ROUNDS
    assert {d["_id"]: (d["n"], d["bulk"], d["many"]) for d in collection.find()} == \
        {"one": (total, total, total), "two": (total, total, total)}


def test_concurrent_upserts_of_one_new_document_all_count(collection):
    def work(client):
        for _ in range(ROUNDS):
            collection.update_one({"_id": "fresh"}, {"$inc": {"n": 1}}, upsert=True)

    at_once(work)
    assert collection.find_one({"_id": "fresh"})["n"] == CLIENTS * ROUNDS


def test_a_conditional_delete_never_removes_a_document_an_update_just_changed(collection):
    # The outbox's marker is deleted only while nothing is owed on it; an announcement in between must survive.
    lost = []

    def work(client):
        key = f"marker-{client // 2}"  # two clients per document: one announces, one settles
        for _ in range(ROUNDS * 2):
            if client % 2:
                collection.delete_one({"_id": key, "state": "settled"})
                continue
            collection.update_one({"_id": key}, {"$set": {"state": "settled"}}, upsert=True)
            if collection.update_one({"_id": key, "state": "settled"}, {"$set": {"state": "owed"}}).matched_count:
                if collection.find_one({"_id": key}) is None:
                    lost.append(key)

    at_once(work)
    assert lost == []

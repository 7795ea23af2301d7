"""The outbox's markers on the real FerretDB and Kafka: the relay's timer pass reads the domain collection by `_id`
only (a pymongo command listener names every other filter), and an event left owed by a simulated crash (marker
and pending document, no flush) is published by a relay started afterwards."""
from __future__ import annotations

import asyncio
import json

import mongoengine
import pytest

from kafka import KafkaConsumer, TopicPartition

from pseah.common import mongo, outbox
from pseah.common.crypto import KEYS_ALIAS
from pseah.common.events import CloudEvent, Topics, new_event
from pseah.common.kafka import make_producer
from pseah.common.outbox import OutboxMixin, relay_once, run_relay

pytestmark = pytest.mark.integration


class Ledger(OutboxMixin, mongoengine.Document):
    meta = {"collection": "ledger"}
    reference = mongoengine.StringField(primary_key=True)


@pytest.fixture
def logged_db(settings, unique, tmp_path, monkeypatch):
    """A throwaway database whose client logs every filter not keyed by `_id` (pseah.common.querylog)."""
    log = tmp_path / "queries.jsonl"
    monkeypatch.setenv("PSEAH_MONGO_QUERY_LOG", str(log))
    name = f"pseah_test_{unique.lower()}"
    mongo.connect(uri=settings.mongo_uri, db=name, timeout_ms=3000)
    mongo.connect(uri=settings.mongo_uri, db=name, alias=KEYS_ALIAS, timeout_ms=3000)
    Ledger._collection = None
    yield log
    mongoengine.get_connection().drop_database(name)
    mongo.disconnect()
    mongo.disconnect(KEYS_ALIAS)
    Ledger._collection = None


def read_events(bootstrap, topic, subject, expected, timeout_ms=20000) -> list[CloudEvent]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=timeout_ms)
    partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    found = []
    for record in consumer:
        if record.key == subject.encode():
            found.append(CloudEvent.from_bytes(record.value))
            if len(found) >= expected:
                break
    consumer.close()
    return found


def unkeyed(log) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def owing(reference: str, n: int = 1) -> Ledger:
    """What a writer that crashed right after its write leaves: the marker and the pending document, no flush."""
    doc = Ledger(reference=reference)
    for i in range(n):
        doc.add_event(topic=Topics.ACCESS, event=new_event(type="thing.tested.v1", source="test",
                                                           subject=reference, data={"n": i}))
    doc.save()
    return doc


def test_the_timer_pass_reads_the_domain_collection_by_id_only(settings, logged_db, unique):
    # History: documents that owe nothing (their markers settled by a flush), and some that still owe.
    producer = make_producer(bootstrap=settings.kafka_bootstrap, client_id="test")
    try:
        for n in range(30):
            outbox.flush_document(owing(f"PSEAH-H{unique}{n}"), producer=producer)
        owed_refs = [f"PSEAH-M{unique}{n}" for n in range(3)]
        for reference in owed_refs:
            owing(reference, n=2)
        raw = mongoengine.get_db()
        assert raw.outbox_owed.count_documents({}) == 3  # the settled ones left no marker
        logged_db.unlink(missing_ok=True)
        assert relay_once(documents=[Ledger], producer=producer) == 6
        assert relay_once(documents=[Ledger], producer=producer) == 0
    finally:
        producer.close()
    scans = unkeyed(logged_db)
    # Every filter that was not an `_id` look-up went to the markers, a collection as large as the backlog.
    assert scans and {s["collection"] for s in scans} == {"outbox_owed"}, scans
    assert not [s for s in scans if s["collection"] == "ledger"]
    assert raw.ledger.count_documents({"has_pending": True}) == 0
    assert raw.outbox_owed.count_documents({}) == 0
    for reference in owed_refs:
        assert [e.data["n"] for e in read_events(settings.kafka_bootstrap, Topics.ACCESS, reference, expected=2)] \
            == [0, 1]


async def test_an_event_left_by_a_crash_is_published_by_the_next_relay(settings, logged_db, unique):
    reference = f"PSEAH-C{unique}"
    await asyncio.to_thread(owing, reference)  # the writer "crashed": marker and pending document, no flush
    assert await asyncio.to_thread(lambda: mongoengine.get_db().outbox_owed.count_documents({})) == 1

    async def relay_until_published(expect_backfill_scan: bool):
        logged_db.unlink(missing_ok=True)
        stop = asyncio.Event()
        task = asyncio.create_task(run_relay(
            documents=[Ledger], stop=stop, interval=0.2, full_scan_every=0.5,
            producer_factory=lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id="test-relay")))
        try:
            for _ in range(300):  # a generous deadline, waiting on the condition
                doc = await asyncio.to_thread(lambda: Ledger._get_collection().find_one({"_id": reference}))
                if doc and not doc["pending_events"]:
                    break
                await asyncio.sleep(0.2)
            await asyncio.sleep(1.5)  # a few more timer passes, to see what they read
        finally:
            stop.set()
            await task
        on_ledger = [s for s in unkeyed(logged_db) if s["collection"] == "ledger"]
        # The one read by has_pending is the back-fill of events owed before markers: once per database.
        assert len(on_ledger) == (1 if expect_backfill_scan else 0), on_ledger
        return doc

    doc = await relay_until_published(expect_backfill_scan=True)
    assert doc["pending_events"] == [] and doc["has_pending"] is False
    events = await asyncio.to_thread(read_events, settings.kafka_bootstrap, Topics.ACCESS, reference, 1)
    assert [e.subject for e in events] == [reference]
    # Another crash on the same database; a restarted relay reads no domain filter at all.
    second = f"PSEAH-D{unique}"
    await asyncio.to_thread(owing, second)
    reference = second
    doc = await relay_until_published(expect_backfill_scan=False)
    assert doc["pending_events"] == []
    assert await asyncio.to_thread(lambda: mongoengine.get_db().outbox_owed.count_documents({"c": "ledger"})) == 0


def test_a_poll_of_new_documents_is_inserted_in_one_command_each_as_save_would(logged_db, unique):
    # pseah.common.outbox.insert_new: a redelivered one (its `_id` taken) is refused alone and takes its
    # announcement back; the others are stored owing their events under one marker insert, and saved documents.
    earlier = owing(f"{unique}-1")
    docs = [Ledger(reference=f"{unique}-{n}") for n in (1, 2, 3)]
    for doc in docs:
        doc.add_event(topic=Topics.ACCESS, event=new_event(type="thing.tested.v1", source="test",
                                                           subject=doc.reference, data={}))
    docs.append(Ledger(reference=f"{unique}-4"))  # owes nothing: no marker
    assert outbox.insert_new(Ledger, docs) == [False, True, True, True]
    markers = {m["_id"]: m["n"] for m in outbox.markers(Ledger).find({})}
    assert markers == {f"ledger:{unique}-{n}": 1 for n in (1, 2, 3)}  # the first's is the earlier write's, unchanged
    stored = {doc.reference: doc for doc in Ledger.objects(reference__in=[d.reference for d in docs])}
    assert [len(stored[f"{unique}-{n}"].pending_events) for n in (1, 2, 3, 4)] == [1, 1, 1, 0]
    assert stored[f"{unique}-1"].pending_events == earlier.pending_events
    # Marked saved: a later save() writes only its changes (not the whole document again, as for a new one).
    Ledger._get_collection().update_one({"_id": f"{unique}-2"}, {"$set": {"pending_events": []}})  # a flush's clear
    docs[1].has_pending = False
    docs[1].save()
    again = Ledger.objects(reference=f"{unique}-2").first()
    assert again.has_pending is False and again.pending_events == []
    assert outbox.insert_new(Ledger, []) == []
    # The same through insert_or_stored: a taken `_id` gives the stored document back (read by `_id`).
    again = [Ledger(reference=f"{unique}-3"), Ledger(reference=f"{unique}-5")]
    [(first, first_new), (second, second_new)] = outbox.insert_or_stored(Ledger, again)
    assert (first_new, second_new) == (False, True) and second is again[1]
    assert first is not again[0] and len(first.pending_events) == 1  # as stored, owing its event

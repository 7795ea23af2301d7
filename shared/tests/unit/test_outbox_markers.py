"""The outbox's keyed markers with an in-memory store: what a write announces, what a flush settles, the relay's
marker pass reading documents only by `_id`, and the interleavings that must never lose an owed event.

The fake collections answer exactly the query shapes pseah.common.outbox sends and record every filter, so a
test can say which reads were not by `_id`. The real store: shared/tests/integration/test_outbox_markers.py."""
from __future__ import annotations

import copy
import functools
from datetime import UTC, datetime, timedelta

import pytest
from kafka.errors import KafkaTimeoutError
from pymongo.errors import BulkWriteError

from pseah.common import outbox
from pseah.common.events import CloudEvent, new_event


# ------------------------------------------------------------------ fakes
def _matches(doc: dict, query: dict) -> bool:
    for field, cond in query.items():
        value = doc.get(field)
        if isinstance(cond, dict) and any(k.startswith("$") for k in cond):
            for op, arg in cond.items():
                if op == "$in" and value not in arg:
                    return False
                if op == "$lt" and not (value is not None and value < arg):
                    return False
                if op == "$gt" and not (value is not None and value > arg):
                    return False
                if op == "$size" and len(value or []) != arg:
                    return False
        elif value != cond:
            return False
    return True


class Cursor(list):
    def sort(self, field, direction):
        return Cursor(sorted(self, key=lambda d: d[field], reverse=direction < 0))

    def limit(self, n):
        return Cursor(self[:n])


class Result:
    def __init__(self, n, upserted_id=None):
        self.modified_count = self.deleted_count = n
        self.upserted_id = upserted_id


class FakeCollection:
    def __init__(self, name, database):
        self.name, self.database, self.docs, self.filters = name, database, {}, []

    def _log(self, query):
        self.filters.append(copy.deepcopy(query))

    def _apply(self, doc, update, *, inserting=False):
        for op, fields in update.items():
            for field, arg in fields.items():
                if op == "$set" or (op == "$setOnInsert" and inserting):
                    doc[field] = copy.deepcopy(arg)
                elif op == "$inc":
                    doc[field] = doc.get(field, 0) + arg
                elif op == "$push":
                    doc.setdefault(field, []).extend(copy.deepcopy(arg["$each"] if isinstance(arg, dict) else [arg]))
                elif op == "$pullAll":
                    doc[field] = [item for item in doc.get(field, []) if item not in arg]

    def find_one(self, query, projection=None):
        self._log(query)
        found = [d for d in self.docs.values() if _matches(d, query)]
        return copy.deepcopy(found[0]) if found else None

    def find(self, query, projection=None):
        self._log(query)
        return Cursor(copy.deepcopy(d) for d in self.docs.values() if _matches(d, query))

    def count_documents(self, query):
        self._log(query)
        return sum(1 for d in self.docs.values() if _matches(d, query))

    def update_one(self, query, update, upsert=False):
        self._log(query)
        for doc in self.docs.values():
            if _matches(doc, query):
                self._apply(doc, update)
                return Result(1)
        if upsert:
            doc = {"_id": query["_id"]}
            self._apply(doc, update, inserting=True)
            self.docs[doc["_id"]] = doc
            return Result(0, doc["_id"])
        return Result(0)

    def find_one_and_update(self, query, update, projection=None):
        self._log(query)
        for doc in self.docs.values():
            if _matches(doc, query):
                before = copy.deepcopy(doc)
                self._apply(doc, update)
                return before
        return None

    def delete_one(self, query):
        self._log(query)
        for key, doc in list(self.docs.items()):
            if _matches(doc, query):
                del self.docs[key]
                return Result(1)
        return Result(0)

    def delete_many(self, query):
        self._log(query)
        gone = [key for key, doc in self.docs.items() if _matches(doc, query)]
        for key in gone:
            del self.docs[key]
        return Result(len(gone))

    def insert_many(self, rows, ordered=True):
        errors = []
        for index, row in enumerate(rows):
            if row["_id"] in self.docs:
                errors.append({"index": index, "code": 11000})
            else:
                self.docs[row["_id"]] = copy.deepcopy(row)
        if errors:
            raise BulkWriteError({"writeErrors": errors})

    def unkeyed(self):
        return [f for f in self.filters if "_id" not in f]


class FakeDatabase(dict):
    def __missing__(self, name):
        self[name] = FakeCollection(name, self)
        return self[name]


class Doc:
    """Stands for an OutboxMixin document: the fields the relay reads, loaded by `_from_son`."""

    db: FakeDatabase
    name = "things"

    def __init__(self, pk, pending_events=None, pending_since=None):
        self.pk, self.pending_events, self.pending_since = pk, list(pending_events or []), pending_since

    @classmethod
    def _get_collection(cls):
        return cls.db[cls.name]

    @classmethod
    def _get_collection_name(cls):
        return cls.name

    @classmethod
    def _from_son(cls, raw):
        return cls(raw["_id"], raw.get("pending_events"), raw.get("pending_since"))


class Other(Doc):
    name = "others"


@pytest.fixture(autouse=True)
def store():
    db = FakeDatabase()
    Doc.db = db
    outbox.owed.take()
    yield db
    outbox.owed.take()


class Producer:
    """Records what was published; `fail_after` sends succeed, then every send raises as with Kafka away."""

    def __init__(self, fail_after=None):
        self.sent, self.fail_after = [], fail_after

    def send(self, topic, *, key, value, headers):
        if self.fail_after is not None and len(self.sent) >= self.fail_after:
            raise KafkaTimeoutError("broker away")
        self.sent.append((topic, CloudEvent.from_bytes(value).id))
        producer = self

        class Future:
            def get(self, timeout):
                return producer

        return Future()


@functools.cache
def item(n, topic="pseah.things"):
    event = new_event(type="thing.happened.v1", source="test", subject="R", data={"n": n}, id=f"e{n}")
    return {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}


def write(document, pk, *items, since=None):
    """A writer: announce, then the single-document write that owes the events (as the services do)."""
    outbox.owe(document, pk, len(items))
    push(document, pk, *items, since=since)


def push(document, pk, *items, since=None):
    since = since or datetime.now(UTC)
    document._get_collection().update_one(
        {"_id": pk}, {"$push": {"pending_events": {"$each": list(items)}}, "$set": {"has_pending": True},
                      "$setOnInsert": {"pending_since": since}}, upsert=True)


def marker(document, pk):
    return outbox.markers(document).find_one({"_id": f"{document.name}:{pk}"})


def load(document, pk):
    return document._from_son(document._get_collection().find_one({"_id": pk}))


# ------------------------------------------------------------------ tests
def test_a_flush_clears_the_document_and_deletes_its_marker():
    write(Doc, "A", item(1), item(2))
    assert marker(Doc, "A")["n"] == 2
    producer = Producer()
    assert outbox.flush_document(load(Doc, "A"), producer=producer) == 2
    assert [event_id for _, event_id in producer.sent] == ["e1", "e2"]
    raw = Doc._get_collection().find_one({"_id": "A"})
    assert raw["pending_events"] == [] and raw["has_pending"] is False
    assert marker(Doc, "A") is None


def test_a_write_announced_before_the_clear_and_written_after_it_keeps_the_marker(store):
    write(Doc, "A", item(1))
    loaded = load(Doc, "A")
    outbox.owe(Doc, "A")  # a second writer announces, then stalls before its write...
    outbox.flush_document(loaded, producer=Producer())  # ...while the first event is published and settled
    assert marker(Doc, "A")["n"] == 1  # not deleted: one announcement is still unsettled
    push(Doc, "A", item(2))  # the stalled write lands, and its writer crashes before flushing
    producer = Producer()
    assert outbox.relay_once(documents=[Doc], producer=producer) == 1
    assert producer.sent == [("pseah.things", "e2")]
    assert marker(Doc, "A") is None


def test_a_write_landing_during_a_flush_is_pulled_around_and_stays_owed():
    write(Doc, "A", item(1))
    loaded = load(Doc, "A")
    write(Doc, "A", item(2))  # lands between the flush's read and its clear
    outbox.flush_document(loaded, producer=Producer())
    assert load(Doc, "A").pending_events == [item(2)]
    assert marker(Doc, "A")["n"] == 1  # e1 settled by the pull, e2 still owed
    producer = Producer()
    assert outbox.relay_once(documents=[Doc], producer=producer) == 1
    assert producer.sent == [("pseah.things", "e2")] and marker(Doc, "A") is None


def test_two_flushes_of_one_document_settle_its_events_once(store):
    write(Doc, "A", item(1))
    first, second = load(Doc, "A"), load(Doc, "A")
    outbox.flush_document(first, producer=Producer())
    write(Doc, "A", item(2))  # a new write after the first flush
    outbox.flush_document(second, producer=Producer())  # the stale copy: publishes e1 again, removes nothing
    assert marker(Doc, "A")["n"] == 1 and load(Doc, "A").pending_events == [item(2)]


def test_a_crash_between_marker_and_write_leaves_a_marker_dropped_only_after_the_grace():
    outbox.owe(Doc, "gone")  # the writer died before its document write
    assert outbox.relay_once(documents=[Doc], producer=Producer()) == 0
    assert marker(Doc, "gone") is not None  # it may be a writer still on its way
    assert outbox.relay_once(documents=[Doc], producer=Producer(), grace=0) == 0
    assert marker(Doc, "gone") is None


def test_a_refused_write_takes_its_announcement_back():
    write(Doc, "A", item(1))
    outbox.owe(Doc, "A")
    outbox.retract(Doc, "A")  # e.g. the conditional update matched nothing
    assert marker(Doc, "A")["n"] == 1
    outbox.owe(Doc, "B", 2)
    outbox.retract(Doc, "B", 2)
    assert marker(Doc, "B") is None


def test_the_marker_pass_reads_domain_documents_by_id_only_oldest_first_and_stops_at_a_failure(store):
    old = datetime.now(UTC) - timedelta(minutes=5)
    for n, pk in enumerate(["B", "A", "C"]):
        write(Doc, pk, item(n))
        outbox.markers(Doc).update_one({"_id": f"things:{pk}"}, {"$set": {"since": old + timedelta(seconds=n)}})
    write(Other, "X", item(9))
    Doc._get_collection().filters.clear()
    Other._get_collection().filters.clear()
    with pytest.raises(KafkaTimeoutError):
        outbox.relay_once(documents=[Doc, Other], producer=Producer(fail_after=1))
    # B (oldest) went out; A failed, stays owed and is remembered for the in-process retry; C was not tried.
    assert marker(Doc, "B") is None and marker(Doc, "A")["n"] == 1 and marker(Doc, "C")["n"] == 1
    assert outbox.owed.take() == [(Doc, "A")]
    producer = Producer()
    assert outbox.relay_once(documents=[Doc, Other], producer=producer) == 3
    assert [event_id for _, event_id in producer.sent] == ["e1", "e2", "e9"]
    assert Doc._get_collection().unkeyed() == [] and Other._get_collection().unkeyed() == []
    assert outbox.markers(Doc).count_documents({}) == 0


def test_a_pass_cut_at_its_batch_leaves_the_later_collections_for_the_next_pass(store):
    # Intake lists reports before messages: a message must never leave before its report, even when more
    # reports are owed than one pass reads.
    old = datetime.now(UTC) - timedelta(minutes=5)
    for n, pk in enumerate(["A", "B", "C"]):
        write(Doc, pk, item(n))
        outbox.markers(Doc).update_one({"_id": f"things:{pk}"}, {"$set": {"since": old + timedelta(seconds=n)}})
    write(Other, "X", item(9))
    producer = Producer()
    assert outbox.relay_once(documents=[Doc, Other], producer=producer, batch=2) == 2
    assert [event_id for _, event_id in producer.sent] == ["e0", "e1"]
    assert marker(Other, "X")["n"] == 1
    assert outbox.relay_once(documents=[Doc, Other], producer=producer, batch=2) == 2
    assert [event_id for _, event_id in producer.sent] == ["e0", "e1", "e2", "e9"]


def test_settled_views_leave_fresh_documents_to_their_request():
    class Settled:
        document, seconds = Doc, 60.0

    write(Doc, "fresh", item(1))
    write(Doc, "old", item(2), since=datetime.now(UTC) - timedelta(minutes=5))
    outbox.markers(Doc).update_one({"_id": "things:old"},
                                   {"$set": {"since": datetime.now(UTC) - timedelta(minutes=5)}})
    producer = Producer()
    assert outbox.relay_once(documents=[Settled], producer=producer) == 1
    assert producer.sent == [("pseah.things", "e2")] and marker(Doc, "fresh")["n"] == 1


def test_the_in_process_retry_reads_by_id_and_settles():
    write(Doc, "A", item(1))
    with pytest.raises(KafkaTimeoutError):
        outbox.flush_document(load(Doc, "A"), producer=Producer(fail_after=0))
    Doc._get_collection().filters.clear()
    assert outbox.relay_owed(producer=Producer()) == 1
    assert Doc._get_collection().unkeyed() == [] and marker(Doc, "A") is None


def test_the_backlog_counts_markers_and_the_backfill_runs_once_per_database(store, monkeypatch):
    Doc._get_collection().docs["legacy"] = {"_id": "legacy", "pending_events": [item(1), item(2)],
                                            "has_pending": True}
    Doc._get_collection().docs["done"] = {"_id": "done", "pending_events": [], "has_pending": False}
    write(Doc, "new", item(3))
    assert outbox.backfill([Doc]) == 1
    assert marker(Doc, "legacy")["n"] == 2 and marker(Doc, "new")["n"] == 1
    scans = len(Doc._get_collection().unkeyed())
    assert outbox.backfill([Doc]) == 0
    assert len(Doc._get_collection().unkeyed()) == scans  # marked done: no second read by has_pending
    assert outbox.backlog([Doc]) == 2
    gauge = []
    monkeypatch.setattr("pseah.common.metrics.set_outbox_backlog", gauge.append)
    assert outbox.relay_once(documents=[Doc], producer=Producer()) == 3
    assert gauge == [0] and outbox.backlog([Doc]) == 0


def test_group_commits_announce_in_one_insert_and_add_to_an_existing_marker():
    class New:
        def __init__(self, pk, added):
            self.pk, self._outbox_added = pk, added

    write(Doc, "old", item(1))
    outbox.owe_new(Doc, [New("n1", 1), New("old", 2), New("quiet", 0)])
    assert marker(Doc, "n1")["n"] == 1 and marker(Doc, "old")["n"] == 3 and marker(Doc, "quiet") is None


def test_a_batch_clear_deletes_only_markers_with_nothing_else_announced():
    write(Doc, "A", item(1))
    write(Doc, "B", item(2))
    outbox.owe(Doc, "B")  # a write on B is on its way
    outbox.settle_cleared(Doc, ["A", "B"], 1)
    assert marker(Doc, "A") is None and marker(Doc, "B")["n"] == 2


def test_every_write_that_pushes_events_announces_them_first():
    """A write adding events without its marker would be found by no relay after a crash: the services' sources
    hold none (`add_event` then `save()` announces by itself; a raw push calls `outbox.owe` just before)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    pushes = re.compile(r"push(_all)?__pending_events|[\"']\$push[\"']: \{[\"']pending_events")
    unannounced = []
    for path in sorted(root.glob("services/*/src/**/*.py")):
        lines = path.read_text().splitlines()
        for number, line in enumerate(lines):
            if pushes.search(line) and not any("outbox.owe(" in before for before in lines[max(0, number - 12):number]):
                unannounced.append(f"{path.relative_to(root)}:{number + 1}")
    assert len(list(root.glob("services/*/src/**/*.py"))) > 50  # the sources were found
    assert unannounced == []

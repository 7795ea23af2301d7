"""Group commit: concurrent inserts share one insert_many, and each caller still gets its own outcome."""
import threading
import time

import mongoengine
import pytest
from pymongo.errors import BulkWriteError, ServerSelectionTimeoutError

from pseah.intake.batching import GroupWriter


class FakeCollection:
    """Records each insert_many; refuses ids it has seen (like a unique index) or everything when 'down'."""

    def __init__(self):
        self.calls: list[list] = []
        self.ids: set = set()
        self.down = False

    def insert_many(self, docs, ordered=True):
        time.sleep(0.05)  # a commit takes a while: meanwhile the other callers queue up
        if self.down:
            raise ServerSelectionTimeoutError("no store")
        self.calls.append([d["_id"] for d in docs])
        errors = []
        for index, doc in enumerate(docs):
            if doc["_id"] in self.ids:
                errors.append({"index": index, "code": 11000, "errmsg": "duplicate key"})
            self.ids.add(doc["_id"])
        if errors:
            raise BulkWriteError({"writeErrors": errors})


COLLECTION = FakeCollection()


class Thing(mongoengine.Document):
    meta = {"collection": "things"}
    name = mongoengine.StringField(primary_key=True)

    @classmethod
    def _get_collection(cls):
        return COLLECTION


def insert_all(writer, names):
    outcomes = {}

    def one(name):
        try:
            writer.insert(Thing(name=name))
            outcomes[name] = "ok"
        except Exception as exc:  # noqa: BLE001
            outcomes[name] = type(exc).__name__

    threads = [threading.Thread(target=one, args=(n,)) for n in names]
    for t in threads:
        t.start()
        time.sleep(0.002)
    for t in threads:
        t.join(5)
    return outcomes


@pytest.fixture
def writer():
    COLLECTION.__init__()
    w = GroupWriter(name="test")
    yield w
    w.close()


def test_concurrent_inserts_are_written_together(writer):
    outcomes = insert_all(writer, [f"r{i}" for i in range(20)])
    assert outcomes == {f"r{i}": "ok" for i in range(20)}
    assert sorted(x for call in COLLECTION.calls for x in call) == sorted(outcomes)
    assert len(COLLECTION.calls) < 10  # grouped, not one commit per insert


def test_a_duplicate_fails_only_its_own_caller(writer):
    writer.insert(Thing(name="taken"))
    outcomes = insert_all(writer, ["a", "taken", "b"])
    assert outcomes == {"a": "ok", "taken": "DuplicateKeyError", "b": "ok"}


def test_store_down_reaches_every_caller(writer):
    COLLECTION.down = True
    outcomes = insert_all(writer, ["x", "y"])
    assert outcomes == {"x": "ServerSelectionTimeoutError", "y": "ServerSelectionTimeoutError"}


def test_documents_of_one_call_are_all_written_or_the_call_fails(writer):
    writer.insert([Thing(name="index-1"), Thing(name="report-1")])
    assert {"index-1", "report-1"} <= COLLECTION.ids
    with pytest.raises(Exception) as caught:
        writer.insert([Thing(name="index-2"), Thing(name="report-1")])  # the second one is a duplicate
    assert type(caught.value).__name__ == "DuplicateKeyError"
    assert "index-2" in COLLECTION.ids  # written; a lone index entry points at nothing (see report service)


class Key(mongoengine.Document):
    """A second collection written before Thing (the writer's order), like a case key before its report."""

    meta = {"collection": "keys"}
    name = mongoengine.StringField(primary_key=True)

    @classmethod
    def _get_collection(cls):
        return KEYS


KEYS = FakeCollection()


@pytest.fixture
def ordered_writer():
    COLLECTION.__init__()
    KEYS.__init__()
    w = GroupWriter(name="test-ordered", order=(Key, Thing))
    yield w
    w.close()


def test_collections_are_written_in_the_writers_order_whatever_the_callers_order(ordered_writer):
    outcomes = {}

    def one(name, docs):
        ordered_writer.insert(docs)
        outcomes[name] = "ok"

    # An old-style call (no key) first, then one with its key: the keys still go in before any report.
    threads = [threading.Thread(target=one, args=("plain", [Thing(name="report-a")])),
               threading.Thread(target=one, args=("keyed", [Key(name="key-b"), Thing(name="report-b")]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)
    assert outcomes == {"plain": "ok", "keyed": "ok"}
    assert "key-b" in KEYS.ids and {"report-a", "report-b"} <= COLLECTION.ids


def test_a_refused_key_ends_its_call_and_nothing_sealed_under_it_is_written(ordered_writer):
    ordered_writer.insert([Key(name="key-taken"), Thing(name="report-1")])
    with pytest.raises(Exception) as caught:
        ordered_writer.insert([Key(name="key-taken"), Thing(name="report-2")])
    assert type(caught.value).__name__ == "DuplicateKeyError"
    assert "report-2" not in COLLECTION.ids  # never written: its key was someone else's
    outcomes = insert_all(ordered_writer, ["after"])  # the writer goes on
    assert outcomes == {"after": "ok"}


def test_a_call_is_never_split_across_rounds(ordered_writer):
    small = GroupWriter(name="test-small", max_batch=2, order=(Key, Thing))
    try:
        KEYS.ids.add("key-x")  # taken: the call below must end at its key, even though it has 3 documents
        with pytest.raises(Exception):
            small.insert([Key(name="key-x"), Thing(name="index-x"), Thing(name="report-x")])
        assert not {"index-x", "report-x"} & COLLECTION.ids
    finally:
        small.close()


def test_with_two_rounds_in_flight_every_caller_still_gets_its_own_outcome_and_close_stops_both():
    COLLECTION.__init__()
    KEYS.__init__()
    two = GroupWriter(name="test-two", order=(Key, Thing), rounds_in_flight=2)
    try:
        two.insert(Thing(name="taken"))
        outcomes = insert_all(two, [f"r{i}" for i in range(20)] + ["taken"])
        assert outcomes == {**{f"r{i}": "ok" for i in range(20)}, "taken": "DuplicateKeyError"}
        KEYS.ids.add("key-y")
        with pytest.raises(Exception):
            two.insert([Key(name="key-y"), Thing(name="report-y")])
        assert "report-y" not in COLLECTION.ids
        threads = list(two._threads)
        assert len(threads) == 2
    finally:
        two.close()
    assert not any(thread.is_alive() for thread in threads)

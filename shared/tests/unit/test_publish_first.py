"""Kafka first, the outbox only while Kafka is away (pseah.common.outbox.publish_first): events of documents not yet
written are sent together and each acknowledged; a document all of whose events Kafka took owes nothing, one with any
event not taken keeps them all for its outbox. Producer fakes only: the store is not involved before the write."""
from __future__ import annotations

from types import SimpleNamespace

import mongoengine
from kafka.errors import KafkaTimeoutError

from pseah.common import outbox
from pseah.common.events import effect_id, new_event


class Future:
    def __init__(self, error: Exception | None = None):
        self.error = error

    def get(self, timeout=None):
        if self.error is not None:
            raise self.error
        return "acknowledged"


class Producer:
    """Records every send; `refuse_send` raises at send (no metadata), `fail_topic` fails that topic's futures."""

    def __init__(self, *, refuse_send: bool = False, fail_topic: str | None = None):
        self.sent: list[tuple[str, str]] = []
        self.refuse_send, self.fail_topic = refuse_send, fail_topic

    def send(self, topic, *, key, value, headers):
        if self.refuse_send:
            raise KafkaTimeoutError("no metadata within max_block_ms")
        self.sent.append((topic, value))
        return Future(KafkaTimeoutError("not acknowledged") if topic == self.fail_topic else None)


class Record(outbox.OutboxMixin, mongoengine.Document):
    """A document with an outbox, never written here (publish_first comes before the write)."""
    ref = mongoengine.StringField(primary_key=True)
    meta = {"collection": "test_publish_first"}


def Doc(ref: str, *topics: str) -> Record:
    doc = Record(ref=ref)
    for topic in topics:
        doc.add_event(topic=topic, event=new_event(type="case.assigned.v1", source="pseah/test", subject=ref,
                                                   id=effect_id(f"cause-{ref}", topic)))
    return doc


def test_every_event_acknowledged_the_documents_owe_nothing():
    docs = [Doc("A", "t1", "t2"), Doc("B", "t1")]
    producer = Producer()
    assert outbox.publish_first(docs, producer=producer) == 2
    assert [topic for topic, _ in producer.sent] == ["t1", "t2", "t1"]  # in order, document by document
    assert all(d.pending_events == [] and d.has_pending is False and outbox._unannounced(d) == 0 for d in docs)


def test_a_document_with_an_event_kafka_did_not_take_keeps_all_of_them_the_others_go():
    docs = [Doc("A", "ok", "bad"), Doc("B", "ok")]
    assert outbox.publish_first(docs, producer=Producer(fail_topic="bad")) == 1
    assert [item["topic"] for item in docs[0].pending_events] == ["ok", "bad"] and docs[0].has_pending
    assert outbox._unannounced(docs[0]) == 2  # still announced on its marker when it is written
    assert docs[1].pending_events == []


def test_kafka_refusing_a_send_is_asked_once_and_every_document_keeps_its_events():
    docs = [Doc("A", "t1"), Doc("B", "t1", "t2")]
    producer = Producer(refuse_send=True)
    calls = []
    original = producer.send
    producer.send = lambda *a, **k: calls.append(1) or original(*a, **k)
    assert outbox.publish_first(docs, producer=producer) == 0
    assert len(calls) == 1  # not once per event: each send would block for max_block_ms
    assert [len(d.pending_events) for d in docs] == [1, 2]


def test_an_effect_has_one_id_on_every_try_and_another_effect_another():
    assert effect_id("evt-1", "report.triaged.v1") == effect_id("evt-1", "report.triaged.v1")
    assert len({effect_id("evt-1", "report.triaged.v1"), effect_id("evt-2", "report.triaged.v1"),
                effect_id("evt-1", "case.assigned.v1")}) == 3


def test_documents_without_events_are_left_alone():
    doc = SimpleNamespace(pending_events=[], has_pending=False, pending_since=None)
    assert outbox.publish_first([doc], producer=Producer()) == 0 and doc.pending_events == []

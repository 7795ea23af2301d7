"""The outbox and the key ring against the real FerretDB and Kafka."""
import mongoengine
import pytest
from kafka import KafkaConsumer, TopicPartition

from pseah.common.crypto import KeyFileWrapper, KeyRing, KeyUnavailable
from pseah.common.events import CloudEvent, Topics, new_event
from pseah.common.kafka import make_producer
from pseah.common.outbox import OutboxMixin, relay_once

pytestmark = pytest.mark.integration


class Thing(OutboxMixin, mongoengine.Document):
    meta = {"collection": "things"}
    reference = mongoengine.StringField(primary_key=True)


@pytest.fixture(autouse=True)
def fresh_collection():
    # Each test has a database (and client) of its own; a Document caches the collection of the first one.
    Thing._collection = None
    yield
    Thing._collection = None


def read_events(bootstrap, topic, subject, expected, timeout_ms=20000):
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


def test_relay_publishes_pending_events_in_order_once(settings, mongo_test_db, unique):
    reference = f"PSEAH-T{unique}"
    thing = Thing(reference=reference)
    for n in range(3):
        thing.add_event(topic=Topics.ACCESS, event=new_event(type="thing.tested.v1", source="test",
                                                             subject=reference, data={"n": n}))
    thing.save()
    producer = make_producer(bootstrap=settings.kafka_bootstrap, client_id="test")
    assert relay_once(documents=[Thing], producer=producer) == 3
    assert relay_once(documents=[Thing], producer=producer) == 0  # nothing owed any more
    stored = Thing.objects.get(reference=reference)
    assert stored.pending_events == [] and stored.has_pending is False
    events = read_events(settings.kafka_bootstrap, Topics.ACCESS, reference, expected=3)
    assert [e.data["n"] for e in events] == [0, 1, 2]
    producer.close()


def test_shredded_case_key_makes_sealed_values_unreadable(mongo_test_db, tmp_path, unique):
    reference = f"PSEAH-K{unique}"
    ring = KeyRing(KeyFileWrapper(tmp_path / "master.key"))
    ring.create(reference)
    token = ring.seal(reference, "narasi rahasia")
    assert KeyRing(KeyFileWrapper(tmp_path / "master.key")).open(reference, token) == "narasi rahasia"
    ring.shred(reference)
    with pytest.raises(KeyUnavailable):
        KeyRing(KeyFileWrapper(tmp_path / "master.key")).open(reference, token)


def test_a_polls_case_keys_are_read_in_one_command_and_opened_from_the_cache(mongo_test_db, tmp_path, unique,
                                                                            monkeypatch):
    writer = KeyRing(KeyFileWrapper(tmp_path / "master.key"))
    references = [f"PSEAH-P{unique}{n}" for n in range(3)]
    tokens = {}
    for reference in references:
        writer.create(reference)
        tokens[reference] = writer.seal(reference, f"narasi {reference}")
    reader = KeyRing(KeyFileWrapper(tmp_path / "master.key"))
    from pseah.common import crypto

    reads = []
    real = crypto.CaseKey.objects

    class Counted:
        def __call__(self, **query):
            reads.append(sorted(query.get("reference__in") or [query.get("reference")]))
            return real(**query)

    monkeypatch.setattr(crypto.CaseKey, "objects", Counted())
    reader.prefetch([*references, f"PSEAH-P{unique}X"])  # a case with no key: left for open() to report
    assert reads == [sorted([*references, f"PSEAH-P{unique}X"])]
    assert [reader.open(reference, tokens[reference]) for reference in references] == [
        f"narasi {reference}" for reference in references]
    reader.prefetch(references)  # all cached and fresh: nothing read
    assert len(reads) == 1
    with pytest.raises(KeyUnavailable):
        reader.open(f"PSEAH-P{unique}X", tokens[references[0]])


class _KafkaDown:
    """Stands in for a producer while Kafka is unreachable: every send fails."""

    def send(self, *args, **kwargs):
        from kafka.errors import KafkaTimeoutError

        raise KafkaTimeoutError("Kafka unreachable")


def test_a_failed_flush_is_retried_by_the_relay_without_a_scan(settings, mongo_test_db, unique):
    from pseah.common.outbox import flush_document, owed, relay_owed

    reference = f"PSEAH-O{unique}"
    thing = Thing(reference=reference)
    thing.add_event(topic=Topics.ACCESS, event=new_event(type="thing.tested.v1", source="test", subject=reference))
    thing.save()
    with pytest.raises(Exception):
        flush_document(thing, producer=_KafkaDown())
    assert Thing.objects.get(reference=reference).has_pending is True  # nothing lost
    producer = make_producer(bootstrap=settings.kafka_bootstrap, client_id="test")
    assert relay_owed(producer=producer) == 1
    assert relay_owed(producer=producer) == 0 and owed.take() == []
    assert Thing.objects.get(reference=reference).has_pending is False
    assert len(read_events(settings.kafka_bootstrap, Topics.ACCESS, reference, expected=1)) == 1
    producer.close()

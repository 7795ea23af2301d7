"""The outbox relay feeds pseah_outbox_backlog from what the real store holds: counted while Kafka refuses, zero
once a pass drained everything."""
import mongoengine
import pytest
from kafka.errors import KafkaTimeoutError
from prometheus_client import REGISTRY

from pseah.common import metrics
from pseah.common.events import Topics, new_event
from pseah.common.kafka import make_producer
from pseah.common.outbox import OutboxMixin, relay_once

pytestmark = pytest.mark.integration


class Owing(OutboxMixin, mongoengine.Document):
    meta = {"collection": "owing"}
    reference = mongoengine.StringField(primary_key=True)


@pytest.fixture(autouse=True)
def fresh_collection():
    Owing._collection = None  # a database per test: never the collection cached from another one
    yield
    Owing._collection = None


class KafkaAway:
    """A producer whose every send fails, as when the broker is down."""

    def send(self, *args, **kwargs):
        raise KafkaTimeoutError("broker away")


def backlog() -> float:
    return REGISTRY.get_sample_value("pseah_outbox_backlog", {"service": metrics.service_name()})


def test_backlog_is_counted_while_kafka_refuses_and_zero_once_drained(settings, mongo_test_db, unique):
    for n in range(3):
        doc = Owing(reference=f"PSEAH-B{unique}{n}")
        doc.add_event(topic=Topics.ACCESS, event=new_event(type="thing.tested.v1", source="test",
                                                           subject=doc.reference, data={"n": n}))
        doc.save()
    with pytest.raises(KafkaTimeoutError):
        relay_once(documents=[Owing], producer=KafkaAway())
    assert backlog() == 3
    producer = make_producer(bootstrap=settings.kafka_bootstrap, client_id="test")
    try:
        # A batch smaller than the backlog: the pass cannot know it drained everything, so it counts what is left.
        assert relay_once(documents=[Owing], producer=producer, batch=2) == 2
        assert backlog() == 1
        assert relay_once(documents=[Owing], producer=producer) == 1
        assert backlog() == 0
    finally:
        producer.close()

"""Integration fixtures: the real app (lifespan and all) against the real FerretDB and Kafka.

Each test gets its own databases (dropped after) and consumer group, so tests never share state.
"""
import asyncio
import json
import time
import uuid

import httpx
import pymongo
import pytest
from kafka import KafkaConsumer, TopicPartition

from pseah.common.kafka import ensure_topics, lane_partitions
from pseah.intake import status_consumer
from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app

MONGO_URI = "mongodb://127.0.0.1:27017"
KAFKA = "127.0.0.1:9092"


@pytest.fixture(scope="session", autouse=True)
def topics():
    ensure_topics(bootstrap=KAFKA)


@pytest.fixture
def settings(tmp_path):
    tag = uuid.uuid4().hex[:10]
    s = IntakeSettings(mongo_uri=MONGO_URI, kafka_bootstrap=KAFKA, mongo_db=f"pseah_test_intake_{tag}",
                       keys_db=f"pseah_test_intake_keys_{tag}", consumer_group=f"pseah-test-intake-{tag}",
                       master_key_file=tmp_path / "master.key", receipt_key_file=tmp_path / "receipt.key",
                       relay_interval_seconds=0.5)
    yield s
    client = pymongo.MongoClient(MONGO_URI)
    client.drop_database(s.mongo_db)
    client.drop_database(s.keys_db)
    client.close()


@pytest.fixture
def raw_db(settings):
    client = pymongo.MongoClient(MONGO_URI)
    yield client[settings.mongo_db]
    client.close()


def start_group_at_the_end(*, group: str, topics) -> None:
    """Commit the current end offsets for a fresh consumer group.

    The status consumer starts a new group from the earliest offset (right for a new deployment), which
    in a test would mean replaying the whole history of the shared topics first: minutes on a busy suite.
    """
    from kafka.structs import OffsetAndMetadata

    consumer = KafkaConsumer(bootstrap_servers=KAFKA, group_id=group, enable_auto_commit=False)
    try:
        parts = [TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t)]
        consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in consumer.end_offsets(parts).items()})
    finally:
        consumer.close()


@pytest.fixture
async def app(settings):
    if settings.consume_status_events:
        await asyncio.to_thread(start_group_at_the_end, group=settings.consumer_group, topics=status_consumer.TOPICS)
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://intake") as c:
        yield c


class TopicTail:
    """Reads what arrives on a topic after the tail was opened (a fresh consumer, positions fixed first)."""

    def __init__(self, topic: str):
        self.consumer = KafkaConsumer(bootstrap_servers=KAFKA, group_id=f"pseah-test-tail-{uuid.uuid4().hex[:8]}",
                                      enable_auto_commit=False, consumer_timeout_ms=500)
        parts = lane_partitions(self.consumer, topic)  # both lanes: an urgent report takes the priority one
        self.consumer.assign(parts)
        for tp, offset in self.consumer.end_offsets(parts).items():
            self.consumer.seek(tp, offset)
        self.seen: list = []  # everything read so far, so collecting one key never loses another's

    def collect(self, *, key: str, count: int = 1, timeout: float = 90.0) -> list[dict]:
        wanted = key.encode()

        def found():
            return [{"value": json.loads(m.value), "headers": dict(m.headers), "partition": m.partition,
                     "offset": m.offset} for m in self.seen if m.key == wanted]

        deadline = time.monotonic() + timeout
        while len(found()) < count and time.monotonic() < deadline:
            for message in self.consumer:
                self.seen.append(message)
                if message.key == wanted and len(found()) >= count:
                    break
        return found()

    def close(self):
        self.consumer.close()


@pytest.fixture
def reports_tail():
    tail = TopicTail("pseah.reports.v1")
    yield tail
    tail.close()

"""Durable Kafka publishing (kafka-python): acks=all, idempotent, keyed by case reference."""
from __future__ import annotations

from kafka import KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import TopicAlreadyExistsError

from pseah.common.events import CloudEvent, Topics
from pseah.common.telemetry import kafka_headers


def make_producer(*, bootstrap: str, client_id: str, **overrides) -> KafkaProducer:
    options = dict(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        acks="all",
        enable_idempotence=True,
        retries=2**31 - 1,
        max_in_flight_requests_per_connection=5,
        linger_ms=2,
        request_timeout_ms=15000,
        delivery_timeout_ms=60000,
        # Fail fast at start instead of hanging when Kafka is down; the outbox keeps what is unsent.
        max_block_ms=5000,
    )
    options.update(overrides)
    return KafkaProducer(**options)


def publish(producer: KafkaProducer, *, topic: str, event: CloudEvent, timeout: float | None = 15.0):
    """Send and, when `timeout` is set, wait for the broker's acknowledgement (raises on failure)."""
    future = producer.send(topic, key=event.key, value=event.to_bytes(),
                           headers=[("ce_type", event.type.encode()), *kafka_headers()])
    return future.get(timeout=timeout) if timeout is not None else future


def ensure_topic(*, bootstrap: str, topic: str, partitions: int = 6, compacted: bool = False,
                 client_id: str = "pseah-admin") -> bool:
    """Create one topic when it is missing (compacted: cleanup.policy=compact); True when created here.

    For a topic a service reads that is not one of the suite's streams (notification's webhook tries, the audit
    checkpoint topic): made before the consumer subscribes. A consumer that subscribes to a topic not there yet
    ignores it until its next metadata refresh (minutes), so a faust agent on a topic faust itself declares at start
    may read nothing for that long: seen in a CI run on a loaded machine, where no webhook was ever tried."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id=client_id, request_timeout_ms=15000)
    try:
        if topic in set(admin.list_topics()):
            return False
        configs = {"cleanup.policy": "compact"} if compacted else {}
        try:
            admin.create_topics([NewTopic(topic, partitions, 1, topic_configs=configs)], timeout_ms=30000,
                                wait_for_metadata=True)
        except TopicAlreadyExistsError:
            return False  # created concurrently by someone else
        return True
    finally:
        admin.close()


def ensure_topics(*, bootstrap: str, partitions: int = 6, topics: list[str] | None = None) -> list[str]:
    """Create the suite's topics and their dead-letter topics; existing ones are left alone.

    Returns the names created. Waits for their metadata so consumers started next find them.
    """
    # Streams named by the caller (isolated test topics) get their priority lane too: consumers read both.
    names = [*topics, *(Topics.priority(t) for t in topics)] if topics else Topics.all()
    wanted = [*names, *(Topics.dead_letter(t) for t in names)]
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="pseah-admin", request_timeout_ms=15000)
    try:
        missing = [t for t in wanted if t not in set(admin.list_topics())]
        if missing:
            try:
                admin.create_topics({t: {"num_partitions": partitions, "replication_factor": 1} for t in missing},
                                    timeout_ms=30000, wait_for_metadata=True)
            except TopicAlreadyExistsError:
                pass  # created concurrently by someone else
        return missing
    finally:
        admin.close()


DLQ_REASON_HEADER = "dlq_reason"  # why a consumer parked a message (pseah.common.ops.deadletters reads it)


def dead_letter(producer: KafkaProducer, *, topic: str, key: bytes | None, value: bytes, reason: str,
                headers: list[tuple[str, bytes]] | None = None, timeout: float = 15.0) -> None:
    """Park a message its consumer can never process on `<topic>.dlq`, unchanged, with the reason in a header.

    `headers`: the message's own (its trace context), kept beside the reason (an earlier reason is replaced). The
    reason is a short code or exception type, never content, so the dead-letter topic is as safe as the topic.
    """
    kept = [(name, raw) for name, raw in headers or () if name != DLQ_REASON_HEADER]
    producer.send(Topics.dead_letter(topic), key=key, value=value,
                  headers=[*kept, (DLQ_REASON_HEADER, reason.encode())]).get(timeout=timeout)


def lane_partitions(consumer, topic: str) -> list[TopicPartition]:
    """Every partition of a stream's lanes that exists (the topic and its priority lane), for a reader that must
    see all of a stream's events: tools, benchmarks and tests that assign partitions themselves."""
    return [TopicPartition(name, p) for name in Topics.lanes(topic)
            for p in sorted(consumer.partitions_for_topic(name) or ())]

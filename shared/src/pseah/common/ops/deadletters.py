"""Dead letters read and sent back: what a consumer parked on `<topic>.dlq`, listed by reason and replayed.

A consumer parks an event it can never process (pseah.common.kafka.dead_letter), unchanged, with the reason in a
`dlq_reason` header (a code or an exception type, never content). Once the cause is mended (a fault fixed, a contract
widened), an operator sends the events of one reason back to the topic they came from, where the consumers, being
idempotent, handle them as they would a redelivery.

Each reason has its own replay position: a consumer group `pseah-ops-replay-<reason>` over the dead-letter topic,
committed after every event sent back is acknowledged (acks=all). Replaying a reason twice sends nothing twice;
replaying another reason later still starts from its own beginning. A crash between the send and the commit sends that
event again on the next replay, which the consumers absorb. Nothing here reads or prints an event's data: a listing
shows its position, type, subject (the case reference) and reason.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from pseah.common.events import CloudEvent, Topics
from pseah.common.kafka import DLQ_REASON_HEADER, make_producer

DLQ_SUFFIX = Topics.DEAD_LETTER_SUFFIX
REASON_HEADER = DLQ_REASON_HEADER
REPLAYED_HEADER = "dlq_replayed"  # the reason it was parked for, on the event sent back
_REASON = re.compile(r"^[A-Za-z0-9_.-]{1,80}$")  # a code or an exception type: also a safe consumer-group name


@dataclass(frozen=True)
class DeadLetter:
    partition: int
    offset: int
    parked_at: int  # the record's timestamp, ms since the epoch
    reason: str
    type: str | None
    subject: str | None


@dataclass
class Listing:
    topic: str
    letters: list[DeadLetter] = field(default_factory=list)
    pending: Counter = field(default_factory=Counter)  # by reason: not yet replayed

    @property
    def by_reason(self) -> Counter:
        return Counter(letter.reason for letter in self.letters)


def source_topic(dlq_topic: str) -> str:
    if not dlq_topic.endswith(DLQ_SUFFIX) or dlq_topic == DLQ_SUFFIX:
        raise ValueError(f"{dlq_topic!r} is not a dead-letter topic (its name ends in {DLQ_SUFFIX})")
    return dlq_topic[:-len(DLQ_SUFFIX)]


def check_reason(reason: str) -> str:
    if not _REASON.match(reason):
        raise ValueError(f"{reason!r} is not a dead-letter reason (letters, digits, '_', '.', '-')")
    return reason


def replay_group(reason: str) -> str:
    return f"pseah-ops-replay-{check_reason(reason)}"


def reason_of(headers) -> str:
    for key, value in headers or ():
        if key == REASON_HEADER and value:
            return value.decode(errors="replace")
    return "unknown"


def _describe(record) -> DeadLetter:
    try:
        event = CloudEvent.from_bytes(record.value)
        kind, subject = event.type, event.subject
    except ValueError:
        kind = subject = None  # not a CloudEvent at all (reason not_a_cloudevent): nothing more to say
    return DeadLetter(partition=record.partition, offset=record.offset, parked_at=record.timestamp,
                      reason=reason_of(record.headers), type=kind, subject=subject)


def _records(consumer: KafkaConsumer, partitions: list[TopicPartition], *, start: Callable[[TopicPartition], int]
             ) -> Iterator:
    """Every record of `partitions` from `start(partition)` to the end as it is now (later ones wait for a next run)."""
    ends = consumer.end_offsets(partitions)
    for partition in partitions:
        first = start(partition)
        if first >= ends[partition]:
            continue
        consumer.assign([partition])
        consumer.seek(partition, first)
        while consumer.position(partition) < ends[partition]:
            for record in consumer.poll(timeout_ms=1000, max_records=500).get(partition, []):
                if record.offset < ends[partition]:
                    yield record


def _consumer(bootstrap: str, group: str | None) -> KafkaConsumer:
    return KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False,
                         auto_offset_reset="earliest", client_id="pseah-ops-dead-letters")


def _partitions(consumer: KafkaConsumer, topic: str) -> list[TopicPartition]:
    found = consumer.partitions_for_topic(topic)
    if not found:
        raise LookupError(f"no topic {topic!r} on the broker")
    return [TopicPartition(topic, p) for p in sorted(found)]


def _committed(bootstrap: str, reason: str, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
    consumer = _consumer(bootstrap, replay_group(reason))
    try:
        return {tp: consumer.committed(tp) or 0 for tp in partitions}
    finally:
        consumer.close()


def list_letters(*, bootstrap: str, dlq_topic: str) -> Listing:
    """Every event parked on `dlq_topic`, and per reason how many are ahead of that reason's replay position."""
    source_topic(dlq_topic)
    consumer = _consumer(bootstrap, None)
    try:
        partitions = _partitions(consumer, dlq_topic)
        listing = Listing(topic=dlq_topic,
                          letters=[_describe(r) for r in _records(consumer, partitions, start=lambda _tp: 0)])
    finally:
        consumer.close()
    for reason in listing.by_reason:
        if not _REASON.match(reason):
            continue
        done = _committed(bootstrap, reason, partitions)
        listing.pending[reason] = sum(1 for letter in listing.letters if letter.reason == reason and
                                      letter.offset >= done[TopicPartition(dlq_topic, letter.partition)])
    return listing


def replay(*, bootstrap: str, dlq_topic: str, reason: str, dry_run: bool = False, producer=None) -> list[DeadLetter]:
    """Send the events parked for `reason` back to their topic, from that reason's replay position to the end; returns
    them. Each is acknowledged by Kafka before the position moves past it."""
    target = source_topic(dlq_topic)
    group = replay_group(reason)
    consumer = _consumer(bootstrap, group)
    sent: list[DeadLetter] = []
    owned = producer is None
    try:
        partitions = _partitions(consumer, dlq_topic)
        if not dry_run and producer is None:
            producer = make_producer(bootstrap=bootstrap, client_id="pseah-ops-dead-letters")
        for record in _records(consumer, partitions, start=lambda tp: consumer.committed(tp) or 0):
            letter = _describe(record)
            if letter.reason == reason:
                sent.append(letter)
                if not dry_run:
                    producer.send(target, key=record.key, value=record.value,
                                  headers=[(REPLAYED_HEADER, reason.encode())]).get(timeout=30)
            if not dry_run:
                # Past this record for this reason, sent back or not ours: a second replay sends nothing twice.
                consumer.commit({TopicPartition(dlq_topic, record.partition):
                                 OffsetAndMetadata(record.offset + 1, "", -1)})
    finally:
        consumer.close()
        if owned and producer is not None:
            producer.close()
    return sent

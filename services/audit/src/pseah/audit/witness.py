"""The copy of the signed checkpoints outside the store: a compacted Kafka topic (Topics.AUDIT_CHECKPOINTS).

The writer publishes each checkpoint as a CloudEvent `audit.checkpoint.signed.v1` keyed `<origin>/<size>`: every
checkpoint has a key of its own, so compaction (no deletion by age) keeps them all. Verifiers read the topic from
the beginning without a consumer group (`read_checkpoints`), keep those of their origin (and the copies the coordinator's
digests on the same topic list), and check the signatures themselves (pseah.audit.chain.checkpoints): whoever can
write the topic still cannot sign.
"""
from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from kafka import KafkaConsumer, TopicPartition
from pydantic import ValidationError

from pseah.common import kafka
from pseah.common.events import CloudEvent, EventTypes, new_event
from pseah.common.kafka import make_producer, publish
from pseah.common.logging import get_logger
from pseah.common.payloads import AuditCheckpointSigned, AuditDigest, payload

log = get_logger(__name__)

SOURCE = "pseah/audit"
PARTITIONS = 6


class WitnessUnavailable(Exception):
    """The checkpoint topic cannot be read or written now (Kafka down); the reason is an exception type."""


def checkpoint_key(origin: str, tree_size: int) -> str:
    return f"{origin}/{tree_size:012d}"


def checkpoint_event(record: Mapping[str, Any]) -> CloudEvent:
    data = AuditCheckpointSigned.model_validate(record).model_dump(mode="json")
    return new_event(type=EventTypes.AUDIT_CHECKPOINT_SIGNED, source=SOURCE,
                     subject=checkpoint_key(record["origin"], record["tree_size"]), actor=SOURCE, data=data)


def ensure_topic(*, bootstrap: str, topic: str) -> bool:
    """Create the topic compacted (cleanup.policy=compact) when it is missing; True when created here."""
    return kafka.ensure_topic(bootstrap=bootstrap, topic=topic, partitions=PARTITIONS, compacted=True,
                              client_id="pseah-audit-witness")


class KafkaWitness:
    """Publishes checkpoints; the producer and the topic are made on first use (start-up needs no Kafka)."""

    def __init__(self, *, bootstrap: str, topic: str, timeout: float = 10.0) -> None:
        self.bootstrap, self.topic, self.timeout = bootstrap, topic, timeout
        self._producer = None

    def publish(self, record: Mapping[str, Any]) -> None:
        try:
            if self._producer is None:
                ensure_topic(bootstrap=self.bootstrap, topic=self.topic)
                self._producer = make_producer(bootstrap=self.bootstrap, client_id="pseah-audit-checkpoints")
            publish(self._producer, topic=self.topic, event=checkpoint_event(record), timeout=self.timeout)
        except Exception as exc:  # noqa: BLE001 - any broker error: the checkpoint stays pending, retried later
            self.close()
            raise WitnessUnavailable(type(exc).__name__) from exc

    def publish_event(self, event: CloudEvent) -> None:
        """Another event about the log on the same topic (the coordinator's digest, pseah.audit.digests)."""
        try:
            if self._producer is None:
                ensure_topic(bootstrap=self.bootstrap, topic=self.topic)
                self._producer = make_producer(bootstrap=self.bootstrap, client_id="pseah-audit-checkpoints")
            publish(self._producer, topic=self.topic, event=event, timeout=self.timeout)
        except Exception as exc:  # noqa: BLE001 - any broker error: the caller tries again later
            self.close()
            raise WitnessUnavailable(type(exc).__name__) from exc

    def close(self) -> None:
        if self._producer is not None:
            try:
                self._producer.close(timeout=2)
            except Exception:  # noqa: BLE001 - closing a broken producer
                pass
            self._producer = None


def read_checkpoints(*, bootstrap: str, topic: str, origin: str, timeout: float = 30.0) -> list[dict[str, Any]]:
    """Every checkpoint record of `origin` on the topic, from the beginning to the end offsets taken at the start.

    Signatures are not checked here. Messages that are not checkpoint events are skipped (never trusted, never
    fatal): the signature check decides what counts. A missing topic means no checkpoint was ever published.
    """
    try:
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                 client_id="pseah-audit-verify", request_timeout_ms=int(timeout * 1000) + 1000,
                                 bootstrap_timeout_ms=int(min(timeout, 10.0) * 1000))
    except Exception as exc:  # noqa: BLE001 - no broker at that address
        raise WitnessUnavailable(type(exc).__name__) from None
    records: list[dict[str, Any]] = []
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        deadline = time.monotonic() + timeout
        while any(consumer.position(tp) < ends[tp] for tp in partitions):
            if time.monotonic() > deadline:
                raise WitnessUnavailable("timeout reading the checkpoint topic")
            for messages in consumer.poll(timeout_ms=500).values():
                for message in messages:
                    records.extend(r for r in _records(message.value) if r["origin"] == origin)
    except WitnessUnavailable:
        raise
    except Exception as exc:  # noqa: BLE001 - the broker went away meanwhile
        raise WitnessUnavailable(type(exc).__name__) from None
    finally:
        consumer.close()
    return records


def _records(raw: bytes | None) -> list[dict[str, Any]]:
    """The checkpoint records a message holds: a checkpoint event's one, or the copies a coordinator's digest lists
    (pseah.audit.digests; each is the signed record without the origin and algorithm its digest names once). The
    copies count as much as the originals, no more: their signatures are checked all the same, and a copy whose
    root differs from a checkpoint of its size is a fork. A checkpoint whose event was removed from the topic is
    still known by the digest that listed it."""
    if not raw:
        return []
    try:
        event = CloudEvent.from_bytes(raw)
        if event.type == EventTypes.AUDIT_CHECKPOINT_SIGNED:
            return [payload(event, AuditCheckpointSigned).model_dump(mode="json")]
        if event.type == EventTypes.AUDIT_DIGEST_PUBLISHED:
            digest = payload(event, AuditDigest)
            return [{**c.model_dump(mode="json"), "origin": digest.origin, "algorithm": digest.algorithm}
                    for c in digest.checkpoints]
        return []
    except (ValidationError, ValueError, TypeError):
        log.warning("audit_checkpoint_unreadable")
        return []

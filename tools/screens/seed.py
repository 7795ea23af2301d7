"""Seeding the throwaway stores through the services' own code: analytics' read models and the audit chain.

- Analytics: every event analytics reads goes through `pseah.analytics.readmodel.store.record`, one at a time and in
  time order, as its agent (concurrency 1) does after reading the topics; the tables are what that code made.
- Audit: every event goes through `pseah.audit.chain.service.ChainWriter.append_batch` in batches of the service's
  batch_max (500), with a `Checkpointer` signing a checkpoint every checkpoint_every (1,000) entries and a
  `KafkaWitness` publishing each on a checkpoint topic of the run, as `python -m pseah.audit` wires them. The
  writer's and the signer's clocks are the replay's (the time of the batch's last event plus a second), so entries
  are recorded, and checkpoints signed, at the times the three months of events happened.

Both are measured and the figures returned; nothing here prints (the caller reports).
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pymongo
from kafka.partitioner.default import murmur2

from journeys import Emitted

PARTITIONS = 6  # the suite's topics (pseah.common.kafka.ensure_topics)


@dataclass(frozen=True)
class Seeded:
    events: int
    seconds: float

    @property
    def rate(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0


def seed_analytics(events: Sequence[Emitted], *, mongo_uri: str, database: str, progress=None) -> Seeded:
    from pseah.analytics.readmodel import store
    from pseah.analytics.readmodel.cases import READ_TYPES
    from pseah.common import organizations

    orgs = organizations.by_id()
    read = [e.event for e in events if e.event.type in READ_TYPES]
    with pymongo.MongoClient(mongo_uri, serverSelectionTimeoutMS=5000, tz_aware=True) as client:
        db = client[database]
        store.ensure_indexes(db=db)
        started = time.perf_counter()
        counted = 0
        for n, event in enumerate(read, 1):
            outcome = store.record(event, organizations=orgs, db=db)
            counted += bool(outcome and outcome.counted)
            if progress and n % 10000 == 0:
                progress(f"analytics: {n}/{len(read)} events, {n / (time.perf_counter() - started):.0f}/s")
        seconds = time.perf_counter() - started
    if counted != len(read):
        raise RuntimeError(f"analytics counted {counted} of {len(read)} events")
    return Seeded(events=len(read), seconds=seconds)


class ReplayClock:
    """The time of the replay: the last event handed to the writer, plus a second for the batch to arrive."""

    def __init__(self) -> None:
        self.at: datetime | None = None

    def __call__(self) -> datetime:
        assert self.at is not None, "set before the first batch"
        return self.at


def seed_audit(events: Sequence[Emitted], *, mongo_uri: str, database: str, key_file: Path, bootstrap: str,
               checkpoint_topic: str, batch: int, every: int, progress=None) -> Seeded:
    from pseah.audit.chain import checkpoints, service
    from pseah.audit.chain.signer import Checkpointer
    from pseah.audit.config import AuditSettings
    from pseah.audit.witness import KafkaWitness
    from pseah.common import mongo

    settings = AuditSettings(database=database)
    clock = ReplayClock()
    mongo.connect(uri=mongo_uri, db=database)
    witness = KafkaWitness(bootstrap=bootstrap, topic=checkpoint_topic)
    try:
        # What prepare_store does on the service's first start: indexes, and the look-ups marked as built (on an
        # empty store there is nothing to back-fill), so a later start does not rebuild them.
        service.ensure_indexes()
        service.backfill_index()
        signer = Checkpointer(key=checkpoints.load_private_key(key_file), origin=settings.log_origin, every=every,
                              seconds=10**9, witness=witness, signed_collection=service.signed_collection,
                              head_collection=service.checkpoint_collection, now=clock)
        writer = service.ChainWriter(now=clock, signer=signer)
        writer.resume()
        started = time.perf_counter()
        appended = 0
        offsets: dict[tuple[str, int], int] = {}
        for start in range(0, len(events), batch):
            items = []
            for emitted in events[start:start + batch]:
                # The partition Kafka's default partitioner gives the key (the reference), the offset its order there.
                partition = (murmur2(emitted.event.key) & 0x7FFFFFFF) % PARTITIONS
                offset = offsets[(emitted.topic, partition)] = offsets.get((emitted.topic, partition), -1) + 1
                items.append(service.Incoming(raw=emitted.event.to_bytes(), event=emitted.event, topic=emitted.topic,
                                              partition=partition, offset=offset))
            clock.at = items[-1].event.time + timedelta(seconds=1)
            appended += writer.append_batch(items).appended
            if progress and (start // batch) % 40 == 39:
                progress(f"audit: {appended}/{len(events)} entries, "
                         f"{appended / (time.perf_counter() - started):.0f}/s")
        # The tail after the last full `every`: signed as the service's timer would sign it (seconds later).
        if writer.tree is not None and writer.tree.size > signer.last_size:
            signer.sign(writer.tree)
            writer.publish_pending()
        seconds = time.perf_counter() - started
        pending = service.signed_collection().count_documents({"published": False})
    finally:
        witness.close()
        mongo.disconnect()
    if appended != len(events):
        raise RuntimeError(f"audit appended {appended} of {len(events)} events")
    if pending:
        raise RuntimeError(f"{pending} signed checkpoints were not published on {checkpoint_topic}")
    return Seeded(events=appended, seconds=seconds)

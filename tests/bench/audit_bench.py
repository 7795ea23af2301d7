"""`make bench` (audit): appending to the hash-chained audit log through the real writer, and verifying it.

Against the running store (PSEAH_MONGO_URI, FerretDB on 127.0.0.1:27017) in a throwaway database of its own,
dropped at the end. Synthetic events shaped like a report's journey (12 events per report: received, triaged,
assigned, notified, content read, ...) go through `pseah.audit.chain.service.ChainWriter`, the code the service
runs, without Kafka, so the figures are the writer's and the store's alone.

1. Start: entries/s over the first PSEAH_BENCH_AUDIT_WINDOW (2,000) events on an empty log.
2. Fill to PSEAH_BENCH_AUDIT_ENTRIES (20,000): through the writer (PSEAH_BENCH_AUDIT_SEED=writer, the default),
   or, for a writer too slow to get there in reasonable time, `direct`: the chain is computed here and written
   with insert_many, then the look-ups rebuilt by the service's own back-fill.
3. After: entries/s over another window on top of that log. Flat (after / start near 1) means the cost of an
   entry does not grow with the log.
4. Verification: `service.verify_store()` (the chain alone) against a raw SHA-256 chain over the same entries'
   canonical bytes, in the same run: the ratio says how much of verification is the store read and the JSON.
5. `audit_verify_ratio`: the time of a raw SHA-256 chain verifier (stream every entry from the store, canonical
   JSON, SHA-256(prev || bytes), compare) divided by ours (pseah.audit.verification.verify_live, what `pseah audit
   verify` runs after reading the topic: the chain, every Merkle leaf, the roots of every signed checkpoint, the
   consistency proofs between them from the stored tiles), over the same entries in the same run, best of two
   each. The writer signs a checkpoint every PSEAH_BENCH_AUDIT_CHECKPOINT_EVERY (1,000) entries with a key made
   for the run; its witness only keeps them (no Kafka), so the append figures are the writer's and the store's.

Batch writers (`append_batch`) get events in batches of PSEAH_BENCH_AUDIT_BATCH (500), as the service's agent
takes them from a poll; a writer without it gets them one at a time, as the service used to.

Human summary on stderr; the last line on stdout is one JSON object of figures.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import time
import uuid
from datetime import UTC, datetime

import pymongo

MONGO_URI = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
ENTRIES = int(os.environ.get("PSEAH_BENCH_AUDIT_ENTRIES", "20000"))
WINDOW = int(os.environ.get("PSEAH_BENCH_AUDIT_WINDOW", "2000"))
BATCH = int(os.environ.get("PSEAH_BENCH_AUDIT_BATCH", "500"))
SEED = os.environ.get("PSEAH_BENCH_AUDIT_SEED", "writer")
INFLIGHT = int(os.environ.get("PSEAH_BENCH_AUDIT_INFLIGHT", "250"))

# One report's journey as the services publish it (topic, type, source); 12 events.
JOURNEY = (
    ("pseah.reports.v1", "report.received.v1", "pseah/intake"),
    ("pseah.reports.v1", "consent.recorded.v1", "pseah/intake"),
    ("pseah.triage.v1", "report.triaged.v1", "pseah/triage"),
    ("pseah.triage.v1", "report.linked.v1", "pseah/triage"),
    ("pseah.cases.v1", "case.assigned.v1", "pseah/referral"),
    ("pseah.cases.v1", "referral.created.v1", "pseah/referral"),
    ("pseah.notifications.v1", "notification.sent.v1", "pseah/notification"),
    ("pseah.access.v1", "case.content.read.v1", "pseah/portal"),
    ("pseah.cases.v1", "case.acknowledged.v1", "pseah/referral"),
    ("pseah.cases.v1", "referral.accepted.v1", "pseah/referral"),
    ("pseah.cases.v1", "case.investigation.updated.v1", "pseah/referral"),
    ("pseah.notifications.v1", "notification.sent.v1", "pseah/notification"),
)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


class Synthetic:
    """Events of made-up reports, 12 per report, interleaved as in a flood.

    PSEAH_BENCH_AUDIT_INFLIGHT (250) reports are under way at once and their events alternate, so a batch of
    500 touches hundreds of subjects (each a look-up upsert), not the ~40 of reports arriving one after another.
    """

    def __init__(self, seed: int = 11):
        self.random = random.Random(seed)
        self.offset = 0
        self.inflight: list[list] = []

    def _report(self) -> list:
        reference = "PSEAH-B" + "".join(self.random.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(7))
        return [reference, 0]

    def events(self, count: int):
        from pseah.common.events import new_event

        for _ in range(count):
            while len(self.inflight) < INFLIGHT:
                self.inflight.append(self._report())
            slot = self.random.randrange(len(self.inflight))
            report = self.inflight[slot]
            reference, step = report
            topic, type_, source = JOURNEY[step]
            report[1] += 1
            if report[1] == len(JOURNEY):
                self.inflight[slot] = self._report()
            data = {"reference": reference, "region_code": "32.03", "priority": "high",
                    "org_id": "unicef", "category": "sexual_exploitation", "channel": "web",
                    "consent": {"referral": True, "contact": False},
                    "sealed": {"ciphertext": "x" * 400}}
            event = new_event(type=type_, source=source, subject=reference, actor=source, data=data)
            self.offset += 1
            yield {"raw": event.to_bytes(), "event": event, "topic": topic, "partition": 0,
                   "offset": self.offset}


def append(writer, events) -> int:
    """Append through the writer as the service does: in batches when it can, else one by one."""
    if hasattr(writer, "append_batch"):
        from pseah.audit.chain.service import Incoming

        appended = 0
        batch: list = []
        for item in events:
            batch.append(Incoming(**item))
            if len(batch) >= BATCH:
                appended += writer.append_batch(batch).appended
                batch = []
        if batch:
            appended += writer.append_batch(batch).appended
        return appended
    return sum(1 for item in events if writer.append(**item).appended)


def timed_append(writer, source: Synthetic, count: int) -> float:
    started = time.perf_counter()
    appended = append(writer, source.events(count))
    elapsed = time.perf_counter() - started
    assert appended == count, f"appended {appended} of {count}"
    return count / elapsed


def seed_direct(db, source: Synthetic, count: int) -> None:
    """Extend the chain by `count` entries computed here (same ledger code), then rebuild the look-ups."""
    from pseah.audit.chain import service
    from pseah.audit.chain.ledger import build_entry

    last = db["audit_entries"].find_one({}, {"seq": True, "hash": True}, sort=[("seq", -1)])
    seq, prev = (last["seq"], last["hash"]) if last else (0, "0" * 64)
    docs = []
    now = datetime.now(UTC)
    for item in source.events(count):
        event = item["event"]
        seq += 1
        entry = build_entry(seq=seq, prev_hash=prev, event_id=event.id, type=event.type, subject=event.subject,
                            source=event.source, actor=event.actor, time=event.time, recorded_at=now,
                            topic=item["topic"], partition=0, offset=item["offset"], data=event.data,
                            raw_event=item["raw"])
        prev = entry["hash"]
        docs.append({"_id": event.id, **entry})
        if len(docs) >= 1000:
            db["audit_entries"].insert_many(docs)
            docs = []
    if docs:
        db["audit_entries"].insert_many(docs)
    db["audit_checkpoint"].replace_one({"_id": "head"}, {"seq": seq, "hash": prev}, upsert=True)
    for collection in ("audit_by_seq", "audit_by_subject"):
        db[collection].drop()
    service.backfill_index()


def raw_chain_rate(entries: list[dict]) -> float:
    """SHA-256 over each entry's canonical bytes linked to the previous hash: the floor any verifier pays."""
    from pseah.audit.chain.ledger import canonical_json

    blobs = [canonical_json({k: v for k, v in e.items() if k not in ("hash", "_id")}) for e in entries]
    started = time.perf_counter()
    prev = b"0" * 64
    for blob in blobs:
        prev = hashlib.sha256(prev + blob).hexdigest().encode()
    return len(blobs) / (time.perf_counter() - started)


class KeptWitness:
    """Stands for the Kafka topic: the checkpoints published, kept in memory for the verification."""

    def __init__(self):
        self.records: list[dict] = []

    def publish(self, record) -> None:
        self.records.append(dict(record))


def raw_chain_verify(entries) -> tuple[int, str]:
    """A raw SHA-256 chain verifier over a stream of entries: each entry's canonical JSON (its link inside) hashed
    with SHA-256, compared with its stored hash, and its link with the hash before. No tree, no signatures."""
    from pseah.audit.chain.ledger import canonical_json

    prev, count = "0" * 64, 0
    sha256 = hashlib.sha256
    for entry in entries:
        if entry["prev_hash"] != prev:
            raise AssertionError(f"link broken at {entry['seq']}")
        blob = canonical_json({k: v for k, v in entry.items() if k != "hash" and k != "_id"})
        prev = sha256(blob).hexdigest()
        if prev != entry["hash"]:
            raise AssertionError(f"hash mismatch at {entry['seq']}")
        count += 1
    return count, prev


def main() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from pseah.audit.chain import service
    from pseah.audit.chain.ledger import verify_entries
    from pseah.audit.chain.signer import Checkpointer
    from pseah.audit.config import AuditSettings
    from pseah.audit.verification import verify_live
    from pseah.common import mongo

    database = f"pseah_bench_audit_{uuid.uuid4().hex[:8]}"
    client = pymongo.MongoClient(MONGO_URI, serverSelectionTimeoutMS=5000, tz_aware=True)
    db = client[database]
    mongo.connect(uri=MONGO_URI, db=database)
    figures: dict = {"bench": "audit", "entries": ENTRIES, "window": WINDOW, "seed": SEED, "inflight": INFLIGHT}
    try:
        service.ensure_indexes()
        service.backfill_index()
        key = Ed25519PrivateKey.generate()
        witness = KeptWitness()
        settings = AuditSettings(database=database, origin="pseah-audit-bench")
        signer = Checkpointer(key=key, origin=settings.log_origin,
                              every=int(os.environ.get("PSEAH_BENCH_AUDIT_CHECKPOINT_EVERY", "1000")),
                              seconds=10**9, witness=witness, signed_collection=service.signed_collection,
                              head_collection=service.checkpoint_collection)
        writer = service.ChainWriter(signer=signer)
        writer.resume()
        figures["writer"] = "batch" if hasattr(writer, "append_batch") else "per-event"
        figures["batch"] = BATCH if hasattr(writer, "append_batch") else 1
        source = Synthetic()

        # Windows of WINDOW entries all the way to ENTRIES: the series shows whether an entry costs more as the
        # log grows. The first window on an empty log also creates every subject's look-up (inserts); later
        # ones mostly extend existing look-ups, so the second window is the steady start.
        series: list[float] = []
        total = 0
        if SEED == "direct":
            series.append(timed_append(writer, source, WINDOW))
            fill = max(0, ENTRIES - 2 * WINDOW)
            started = time.perf_counter()
            seed_direct(db, source, fill)
            writer.resume()
            say(f"filled {fill} entries (direct) in {time.perf_counter() - started:.1f} s")
            series.append(timed_append(writer, source, WINDOW))
            total = 2 * WINDOW + fill
        else:
            while total < ENTRIES:
                series.append(timed_append(writer, source, WINDOW))
                total += WINDOW
                say(f"{total:>7} entries: {series[-1]:.0f} entries/s over the last {WINDOW}")
        start_rate, after_rate = series[0], series[-1]
        steady = series[1] if len(series) > 2 else series[0]
        say(f"start: {start_rate:.0f}/s (steady {steady:.0f}/s); after {total - WINDOW}: {after_rate:.0f}/s")

        started = time.perf_counter()
        verdict = service.verify_store()
        verify_seconds = time.perf_counter() - started
        assert verdict.ok and verdict.entries == total, verdict.summary()
        entries = list(service.iter_entries())
        started = time.perf_counter()
        assert verify_entries(entries).ok
        in_memory_rate = len(entries) / (time.perf_counter() - started)
        raw_rate = raw_chain_rate(entries)
        verify_rate = total / verify_seconds
        say(f"verify: {verify_rate:.0f} entries/s from the store ({verify_seconds:.1f} s), "
            f"{in_memory_rate:.0f}/s in memory; raw SHA-256 chain {raw_rate:.0f}/s")
        # Ours against a raw SHA-256 chain verifier, both streaming the same entries from the store; best of two.
        ours_times, raw_times = [], []
        for _ in range(2):
            started = time.perf_counter()
            counted, _ = raw_chain_verify(service.iter_entries())
            raw_times.append(time.perf_counter() - started)
            assert counted == total
            started = time.perf_counter()
            full = verify_live(settings, key=key.public_key(), records=witness.records)
            ours_times.append(time.perf_counter() - started)
            assert full.ok and full.entries == total and full.checkpoints_checked == len(witness.records), full.summary()
        ratio = min(raw_times) / min(ours_times)
        say(f"verify with Merkle tree and {len(witness.records)} signed checkpoints: {min(ours_times):.2f} s; raw "
            f"SHA-256 chain over the same stream: {min(raw_times):.2f} s; audit_verify_ratio {ratio:.3f}")
        figures.update(
            audit_verify_ratio=round(ratio, 3),
            audit_verify_seconds=round(min(ours_times), 2),
            audit_raw_chain_verify_seconds=round(min(raw_times), 2),
            audit_checkpoints_signed=len(witness.records),
            audit_append_entries_per_s=round(after_rate, 1),
            start_entries_per_s=round(start_rate, 1),
            steady_start_entries_per_s=round(steady, 1),
            series_entries_per_s=[round(rate) for rate in series],
            after_entries_per_s=round(after_rate, 1),
            after_at_entries=total - WINDOW,
            flatness=round(after_rate / steady, 3),
            verify_entries_per_s=round(verify_rate, 1),
            verify_seconds=round(verify_seconds, 2),
            verify_in_memory_entries_per_s=round(in_memory_rate, 1),
            raw_sha256_chain_entries_per_s=round(raw_rate, 1),
            verify_vs_raw_ratio=round(verify_rate / raw_rate, 4),
        )
    finally:
        mongo.disconnect()
        client.drop_database(database)
        client.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

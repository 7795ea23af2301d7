"""Appending to the chain and reading it back, against MongoDB/FerretDB.

Crash safety without transactions: an entry is ONE insert carrying its seq, its event_id and its link,
with unique indexes on seq and event_id. A crash before the insert leaves nothing (the offset is not
committed, the event comes again); a crash after it leaves a complete entry (the event comes again and
is recognised by its event_id). The checkpoint is written after the entry and is allowed to lag.

Two look-up collections keyed by _id (by seq, by subject) let pages and a case's trail be read without a
scan of the chain. They are written after the entry, idempotently, and written again when a redelivered
event finds its entry already there, so a crash in between is mended by the redelivery. They are not
part of what is hashed: verification reads the entries themselves.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, DESCENDING
from pymongo.errors import DuplicateKeyError

from pseah.audit.chain.ledger import GENESIS_HASH, Anchor, Verdict, build_entry, verify_entries
from pseah.audit.chain.models import AuditEntry, ChainCheckpoint, EntriesBySubject, EntryBySeq
from pseah.common.events import CloudEvent
from pseah.common.logging import get_logger

log = get_logger(__name__)

_PROJECTION = {"_id": False}


def entries_collection():
    return AuditEntry._get_collection()


def checkpoint_collection():
    return ChainCheckpoint._get_collection()


def index_entry(*, seq: int, event_id: str, subject: str | None) -> None:
    EntryBySeq._get_collection().update_one({"_id": seq}, {"$set": {"event_id": event_id}}, upsert=True)
    if subject:
        EntriesBySubject._get_collection().update_one({"_id": subject}, {"$addToSet": {"seqs": seq}}, upsert=True)


_BACKFILL_MARK = "~indexed-v1"  # never a subject (references and ids have no "~")


def backfill_index(*, batch: int = 1000) -> int:
    """Index the entries appended before the look-up collections existed; once per chain, then marked.

    Runs before the agent consumes (nothing else writes then), so it rebuilds both collections from the
    entries in bulk: a backfill cut short is simply done again at the next start.
    """
    subjects, by_seq = EntriesBySubject._get_collection(), EntryBySeq._get_collection()
    if subjects.find_one({"_id": _BACKFILL_MARK}) is not None:
        return 0
    subjects.delete_many({})
    by_seq.delete_many({})
    seqs_by_subject: dict[str, list[int]] = {}
    pointers: list[dict] = []
    count = 0
    for entry in entries_collection().find({}, {"seq": True, "subject": True}):
        pointers.append({"_id": entry["seq"], "event_id": entry["_id"]})
        if entry.get("subject"):
            seqs_by_subject.setdefault(entry["subject"], []).append(entry["seq"])
        count += 1
        if len(pointers) >= batch:
            by_seq.insert_many(pointers, ordered=False)
            pointers = []
    if pointers:
        by_seq.insert_many(pointers, ordered=False)
    docs = [{"_id": subject, "seqs": sorted(seqs)} for subject, seqs in seqs_by_subject.items()]
    for start in range(0, len(docs), batch):
        subjects.insert_many(docs[start:start + batch], ordered=False)
    subjects.insert_one({"_id": _BACKFILL_MARK, "seqs": []})
    return count


def ensure_indexes() -> None:
    AuditEntry.ensure_indexes()


def head() -> tuple[int, str]:
    """(seq, hash) of the last entry, (0, genesis) for an empty chain."""
    last = entries_collection().find_one({}, {"seq": True, "hash": True}, sort=[("seq", DESCENDING)])
    return (last["seq"], last["hash"]) if last else (0, GENESIS_HASH)


def checkpoint() -> Anchor | None:
    doc = checkpoint_collection().find_one({"_id": "head"})
    return Anchor(seq=doc["seq"], hash=doc["hash"]) if doc else None


@dataclass(frozen=True)
class AppendOutcome:
    appended: bool
    seq: int


class ChainWriter:
    """The single writer of the chain; keeps the head in memory between appends.

    If another writer appended meanwhile (it should not: the agent runs with concurrency 1 and one
    consumer group), the unique seq index refuses our insert; we reload the head and link after it,
    so the chain stays one line either way.
    """

    MAX_CONFLICTS = 5

    def __init__(self) -> None:
        self._head: tuple[int, str] | None = None

    def forget_head(self) -> None:
        self._head = None

    def resume(self) -> tuple[int, str]:
        self._head = head()
        return self._head

    def append(self, *, raw: bytes, event: CloudEvent, topic: str, partition: int, offset: int,
               recorded_at: datetime | None = None) -> AppendOutcome:
        collection = entries_collection()
        # The entry's _id is the event id: the only look-up FerretDB's SQLite backend answers from an index.
        existing = collection.find_one({"_id": event.id}, {"seq": True, "subject": True})
        if existing:
            index_entry(seq=existing["seq"], event_id=event.id, subject=existing.get("subject"))
            return AppendOutcome(appended=False, seq=existing["seq"])
        for _ in range(self.MAX_CONFLICTS):
            seq, prev_hash = self._head if self._head is not None else self.resume()
            entry = build_entry(
                seq=seq + 1, prev_hash=prev_hash, event_id=event.id, type=event.type, subject=event.subject,
                source=event.source, actor=event.actor, time=event.time,
                recorded_at=recorded_at or datetime.now(UTC), topic=topic, partition=partition,
                offset=offset, data=event.data, raw_event=raw,
            )
            try:
                collection.insert_one({"_id": event.id, **entry})
            except DuplicateKeyError:
                existing = collection.find_one({"_id": event.id}, {"seq": True, "subject": True})
                if existing:
                    self._head = None
                    index_entry(seq=existing["seq"], event_id=event.id, subject=existing.get("subject"))
                    return AppendOutcome(appended=False, seq=existing["seq"])
                log.warning("audit_seq_conflict", seq=seq + 1)
                self.resume()
                continue
            self._head = (entry["seq"], entry["hash"])
            index_entry(seq=entry["seq"], event_id=event.id, subject=entry.get("subject"))
            checkpoint_collection().update_one(
                {"_id": "head"}, {"$set": {"seq": entry["seq"], "hash": entry["hash"]}}, upsert=True)
            return AppendOutcome(appended=True, seq=entry["seq"])
        raise RuntimeError("another writer keeps appending to the audit chain")


def iter_entries(*, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
    return entries_collection().find({}, _PROJECTION, sort=[("seq", ASCENDING)], batch_size=batch_size)


def list_entries(*, subject: str | None = None, after_seq: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    """Entries after `after_seq` in chain order, all or one subject's: three reads by _id, no scan."""
    if subject:
        doc = EntriesBySubject._get_collection().find_one({"_id": subject})
        seqs = sorted(s for s in (doc or {}).get("seqs", []) if s > after_seq)[:limit]
    else:
        seqs = list(range(after_seq + 1, after_seq + 1 + limit))
    if not seqs:
        return []
    pointers = EntryBySeq._get_collection().find({"_id": {"$in": seqs}})
    event_ids = [p["event_id"] for p in pointers]
    if not event_ids:
        return []
    entries = entries_collection().find({"_id": {"$in": event_ids}}, _PROJECTION)
    return sorted(entries, key=lambda e: e["seq"])


def verify_store() -> Verdict:
    anchor = checkpoint()
    return verify_entries(iter_entries(), anchors=[anchor] if anchor else [])

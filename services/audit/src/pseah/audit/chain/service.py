"""Appending to the chain and reading it back, against MongoDB/FerretDB; batches, every read by `_id`.

Batches without transactions. The writer holds the head (seq, hash) in memory and appends the events of one
poll at a time (pseah.audit.chain.batch plans them: hashes computed here, in order). Per batch, in this order:

1. one read of the batch's event ids (`_id $in`): events already recorded are left out (a redelivery);
2. the seq look-ups of the new entries (seq key -> event id), insert_many: the intent, written first;
3. the entries, one ordered insert_many, each carrying its seq, its event_id (its `_id`) and its link, with
   unique indexes on seq and event_id, so a second writer fails instead of forking the chain;
4. the subject look-ups (subject -> seqs), one bulk_write of upserts by `_id`;
5. the checkpoint (audit_checkpoint "head"), once.

A crash anywhere leaves a verifiable chain: the entries written are a prefix of the batch, each linked to the
one before, and the checkpoint, written last, lags and never leads. At start (and after any store error) the
writer resumes from the checkpoint and walks forward through the seq look-ups of the next seqs, by `_id`:
entries found there continue the chain (their subject look-ups are mended, the checkpoint moved), look-ups
without their entry are removed. Offsets are committed only after the batch returned, so the events of a batch
cut short come again; those recorded are recognised by their `_id` and not appended twice.

Nothing on the append path finds, counts or sorts over the log (FerretDB answers only `_id` conditions from an
index, and only for string or ObjectId values: hence string seq keys), so an entry costs the same at any length.
The look-ups are not part of what is hashed: verification reads the entries themselves.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pymongo import ASCENDING, UpdateOne

from pseah.audit.chain.batch import Incoming, plan_batch, seq_key, walk_forward
from pseah.audit.chain.ledger import GENESIS_HASH, Anchor, Verdict, verify_entries
from pseah.audit.chain.models import AuditEntry, ChainCheckpoint, EntriesBySubject, EntryBySeq
from pseah.common.logging import get_logger

log = get_logger(__name__)

__all__ = ["BatchOutcome", "ChainWriter", "Incoming", "backfill_index", "checkpoint", "ensure_indexes",
           "iter_entries", "list_entries", "verify_store"]

_PROJECTION = {"_id": False}
# At most this many values in one `_id $in`: the patched FerretDB pushes down lists of up to 1,000.
ID_CHUNK = 500
UPDATE_CHUNK = 50


def entries_collection():
    return AuditEntry._get_collection()


def checkpoint_collection():
    return ChainCheckpoint._get_collection()


def by_seq_collection():
    return EntryBySeq._get_collection()


def by_subject_collection():
    return EntriesBySubject._get_collection()


def _chunks(values: Sequence, size: int = ID_CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _find_by_ids(collection, ids: Sequence, projection=None) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for chunk in _chunks(list(ids)):
        found.extend(collection.find({"_id": {"$in": list(chunk)}}, projection))
    return found


def _bulk_upserts(collection, updates: list[UpdateOne]) -> None:
    # FerretDB 1.24 keeps each statement's read open until the whole update command ends, one pooled SQLite
    # connection each (100 per database): a command of more than 100 updates that match hangs for good. So a
    # few dozen statements per command.
    for chunk in _chunks(updates, UPDATE_CHUNK):
        collection.bulk_write(list(chunk), ordered=False)


def _index_subjects(subjects: dict[str, list[int]]) -> None:
    """Add seqs to their subjects' look-ups: upserts by `_id`, idempotent ($addToSet), so mending repeats safely."""
    _bulk_upserts(by_subject_collection(),
                  [UpdateOne({"_id": subject}, {"$addToSet": {"seqs": {"$each": seqs}}}, upsert=True)
                   for subject, seqs in subjects.items()])


def _index_seqs(pointers: Iterable[tuple[int, str]]) -> None:
    """Point seqs at their event ids again (mending what a crash or an old version left out)."""
    _bulk_upserts(by_seq_collection(), [UpdateOne({"_id": seq_key(seq)}, {"$set": {"event_id": event_id}},
                                                  upsert=True) for seq, event_id in pointers])


def _subjects_of(entries: Iterable[dict[str, Any]]) -> dict[str, list[int]]:
    subjects: dict[str, list[int]] = {}
    for entry in entries:
        if entry.get("subject"):
            subjects.setdefault(entry["subject"], []).append(entry["seq"])
    return subjects


_BACKFILL_MARK = "~indexed-v2"  # never a subject (references and ids have no "~"); v2: string seq keys


def backfill_index(*, batch: int = 1000) -> int:
    """Rebuild both look-ups from the entries, once per chain (then marked); v1 keyed seqs by integer.

    Runs before the agent consumes (nothing else writes then), reading the whole log once: a backfill cut
    short is simply done again at the next start. The only read of the append side that is not by `_id`.
    """
    subjects, by_seq = by_subject_collection(), by_seq_collection()
    if subjects.find_one({"_id": _BACKFILL_MARK}) is not None:
        return 0
    subjects.delete_many({})
    by_seq.delete_many({})
    seqs_by_subject: dict[str, list[int]] = {}
    pointers: list[dict] = []
    count = 0
    for entry in entries_collection().find({}, {"seq": True, "subject": True}):
        pointers.append({"_id": seq_key(entry["seq"]), "event_id": entry["_id"]})
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


def checkpoint() -> Anchor | None:
    doc = checkpoint_collection().find_one({"_id": "head"})
    return Anchor(seq=doc["seq"], hash=doc["hash"]) if doc else None


def _write_checkpoint(head: tuple[int, str]) -> None:
    checkpoint_collection().update_one({"_id": "head"}, {"$set": {"seq": head[0], "hash": head[1]}}, upsert=True)


@dataclass(frozen=True)
class BatchOutcome:
    appended: int
    already_recorded: int
    head_seq: int


class ChainWriter:
    """The single writer of the chain; keeps the head in memory between batches.

    One process appends (the agent runs with concurrency 1 in one consumer group); a lock serialises callers
    in this process, and the unique seq index refuses a second process's entries instead of forking the chain.
    After any store error the caller calls `forget_head`, and the next batch resumes from the store.
    """

    # How many seqs past the checkpoint one resume read looks at; more than a batch ever holds.
    PROBE = ID_CHUNK

    def __init__(self, *, now: Callable[[], datetime] | None = None) -> None:
        self._head: tuple[int, str] | None = None
        self._now = now or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()

    @property
    def head(self) -> tuple[int, str] | None:
        return self._head

    def forget_head(self) -> None:
        self._head = None

    def resume(self) -> tuple[int, str]:
        """The head from the checkpoint, moved past any entries a crash left after it; all reads by `_id`."""
        anchor = checkpoint()
        start = (anchor.seq, anchor.hash) if anchor else (0, GENESIS_HASH)
        head = start
        while True:
            keys = [seq_key(s) for s in range(head[0] + 1, head[0] + 1 + self.PROBE)]
            pointers = {int(doc["_id"]): doc["event_id"] for doc in _find_by_ids(by_seq_collection(), keys)}
            if not pointers:
                break
            entries = {doc["_id"]: doc for doc in _find_by_ids(entries_collection(), list(set(pointers.values())))}
            walk = walk_forward(head=head, pointers=pointers, entries=entries)
            if walk.continued:
                # A crash after the entries, before their subject look-ups or the checkpoint: finish the batch.
                _index_subjects(_subjects_of(walk.continued))
                _write_checkpoint(walk.head)
            if walk.stale:
                by_seq_collection().delete_many({"_id": {"$in": walk.stale}})
            head = walk.head
            if walk.stale or len(walk.continued) < self.PROBE:
                break
        if head != start:
            log.warning("audit_chain_resumed_past_checkpoint", checkpoint_seq=start[0], head_seq=head[0])
        self._head = head
        return head

    def append_batch(self, items: Sequence[Incoming]) -> BatchOutcome:
        """Append the events not yet recorded, in the order given; safe to call again with the same items."""
        with self._lock:
            head = self._head if self._head is not None else self.resume()
            ids = list(dict.fromkeys(item.event.id for item in items))
            recorded = _find_by_ids(entries_collection(), ids, {"seq": True, "subject": True})
            if recorded:
                # A redelivery: mend the look-ups of what is already there (a crash may have cut them short).
                _index_seqs((doc["seq"], doc["_id"]) for doc in recorded)
                _index_subjects(_subjects_of(recorded))
            plan = plan_batch(head=head, items=items, recorded={doc["_id"] for doc in recorded}, now=self._now)
            if plan.entries:
                by_seq_collection().insert_many(plan.pointers, ordered=False)
                entries_collection().insert_many([{"_id": e["event_id"], **e} for e in plan.entries], ordered=True)
                self._head = plan.head
                _index_subjects(plan.subjects)
                _write_checkpoint(plan.head)
            return BatchOutcome(appended=len(plan.entries), already_recorded=plan.duplicates,
                                head_seq=plan.head[0])


def iter_entries(*, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
    return entries_collection().find({}, _PROJECTION, sort=[("seq", ASCENDING)], batch_size=batch_size)


def list_entries(*, subject: str | None = None, after_seq: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    """Entries after `after_seq` in chain order, all or one subject's: reads by `_id` only, no scan."""
    if subject:
        doc = by_subject_collection().find_one({"_id": subject})
        seqs = sorted(s for s in (doc or {}).get("seqs", []) if s > after_seq)[:limit]
    else:
        seqs = list(range(after_seq + 1, after_seq + 1 + limit))
    if not seqs:
        return []
    pointers = _find_by_ids(by_seq_collection(), [seq_key(s) for s in seqs])
    event_ids = [p["event_id"] for p in pointers]
    if not event_ids:
        return []
    entries = _find_by_ids(entries_collection(), event_ids, _PROJECTION)
    return sorted(entries, key=lambda e: e["seq"])


def verify_store() -> Verdict:
    anchor = checkpoint()
    return verify_entries(iter_entries(), anchors=[anchor] if anchor else [])

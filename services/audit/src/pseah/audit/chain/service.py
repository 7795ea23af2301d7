"""Appending to the chain and reading it back, against MongoDB/FerretDB; batches, every read by `_id`.

Batches without transactions. The writer holds the head (seq, hash) in memory and appends the events of one
poll at a time (pseah.audit.chain.batch plans them: hashes computed here, in order). Per batch, in this order:

1. one read of the batch's event ids (`_id $in`): events already recorded are left out (a redelivery);
2. the seq look-ups of the new entries (seq key -> event id), insert_many: the intent, written first;
3. the entries, one ordered insert_many, each carrying its seq, its event_id (its `_id`) and its link, with
   unique indexes on seq and event_id, so a second writer fails instead of forking the chain;
4. the Merkle tree's tiles the batch touched (pseah.audit.chain.tiles), a few upserts by `_id`;
5. the subject look-ups (subject -> seqs) and the actor and type look-ups, bulk upserts by `_id`;
6. the checkpoint (audit_checkpoint "head": seq, hash, tree size), once; then, when one is due, a signed
   checkpoint of the tree (pseah.audit.chain.signer), stored and published on the checkpoint topic.

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

from pseah.audit.chain.batch import ChainFork, Incoming, plan_batch, seq_key, walk_forward
from pseah.audit.chain.ledger import GENESIS_HASH, Anchor, Verdict, verify_entries
from pseah.audit.chain.merkle import subtree_root
from pseah.audit.chain.models import (AuditEntry, ChainCheckpoint, EntriesByField, EntriesBySubject, EntryBySeq,
                                      SignedCheckpoint, TreeTile)
from pseah.audit.chain.signer import Checkpointer
from pseah.audit.chain.tiles import TileReader, TilesMissing, TileTree
from pseah.audit.chain.verify import entry_leaf
from pseah.common import mongo
from pseah.common.logging import get_logger

log = get_logger(__name__)

__all__ = ["BatchOutcome", "ChainWriter", "Incoming", "backfill_index", "checkpoint", "ensure_indexes",
           "iter_entries", "list_entries", "verify_store"]

_PROJECTION = {"_id": False}
# At most this many values in one `_id $in`: the patched FerretDB pushes down lists of up to 1,000.
ID_CHUNK = 500


def entries_collection():
    return AuditEntry._get_collection()


def checkpoint_collection():
    return ChainCheckpoint._get_collection()


def by_seq_collection():
    return EntryBySeq._get_collection()


def by_subject_collection():
    return EntriesBySubject._get_collection()


def by_field_collection():
    return EntriesByField._get_collection()


def tree_collection():
    return TreeTile._get_collection()


def signed_collection():
    return SignedCheckpoint._get_collection()


# Seqs per actor or type look-up document.
FIELD_BUCKET = 1024
FIELDS = ("actor", "type")


def field_key(name: str, value: str, bucket: int) -> str:
    return f"{name}:{value}:{bucket:08d}"


def _chunks(values: Sequence, size: int = ID_CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _find_by_ids(collection, ids: Sequence, projection=None) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for chunk in _chunks(list(ids)):
        found.extend(collection.find({"_id": {"$in": list(chunk)}}, projection))
    return found


def _bulk_upserts(collection, updates: list[UpdateOne]) -> None:
    # A few dozen statements per command (mongo.WRITE_CHUNK: more hang FerretDB 1.24 for good).
    mongo.bulk_write(collection, updates, ordered=False)


def _index_subjects(subjects: dict[str, list[int]]) -> None:
    """Add seqs to their subjects' look-ups: upserts by `_id`, idempotent ($addToSet), so mending repeats safely."""
    _bulk_upserts(by_subject_collection(),
                  [UpdateOne({"_id": subject}, {"$addToSet": {"seqs": {"$each": seqs}}}, upsert=True)
                   for subject, seqs in subjects.items()])


def _index_seqs(pointers: Iterable[tuple[int, str]]) -> None:
    """Point seqs at their event ids again (mending what a crash or an old version left out)."""
    _bulk_upserts(by_seq_collection(), [UpdateOne({"_id": seq_key(seq)}, {"$set": {"event_id": event_id}},
                                                  upsert=True) for seq, event_id in pointers])


def _fields_of(entries: Iterable[dict[str, Any]]) -> dict[str, list[int]]:
    """Look-up key -> seqs, for the actor and type of each entry."""
    keys: dict[str, list[int]] = {}
    for entry in entries:
        for name in FIELDS:
            value = entry.get(name)
            if value:
                keys.setdefault(field_key(name, str(value), entry["seq"] // FIELD_BUCKET), []).append(entry["seq"])
    return keys


def _index_fields(keys: dict[str, list[int]]) -> None:
    _bulk_upserts(by_field_collection(),
                  [UpdateOne({"_id": key}, {"$addToSet": {"seqs": {"$each": seqs}}}, upsert=True)
                   for key, seqs in keys.items()])


def fetch_tiles(ids: Sequence[str]) -> dict[str, bytes]:
    return {doc["_id"]: bytes(doc["h"]) for doc in _find_by_ids(tree_collection(), ids)}


def _write_tiles(tiles: dict[str, bytes]) -> None:
    if tiles:
        _bulk_upserts(tree_collection(), [UpdateOne({"_id": key}, {"$set": {"h": blob}}, upsert=True)
                                          for key, blob in tiles.items()])


def rebuild_tree(size: int, *, flush_every: int = 5000) -> TileTree:
    """The tiles from the entries (an older chain had none, or they were lost): one read of the first `size`."""
    tree = TileTree()
    for entry in iter_entries():
        if entry["seq"] > size:
            break
        if entry["seq"] != tree.size + 1:
            raise ChainFork(f"cannot build the tree: seq {tree.size + 1} is missing")
        tree.append(entry_leaf(entry))
        if tree.size % flush_every == 0:
            _write_tiles(tree.flush())
    _write_tiles(tree.flush())
    if tree.size != size:
        raise ChainFork(f"cannot build the tree: the chain ends at seq {tree.size}, the head record says {size}")
    log.warning("audit_tree_rebuilt", tree_size=size)
    return tree


def stored_root(size: int) -> bytes:
    """The stored tree's root at `size` (any size up to the head), from O(log n) tiles."""
    from pseah.audit.chain.merkle import EMPTY_ROOT

    return subtree_root(TileReader(fetch_tiles).node, 0, size) if size else EMPTY_ROOT


def stored_leaves(start: int, count: int) -> list[bytes] | None:
    """The stored tree's leaf hashes [start, start + count), or None when tiles are missing (a hint for verify)."""
    reader = TileReader(fetch_tiles)
    try:
        return [reader.node(0, index) for index in range(start, start + count)]
    except TilesMissing:
        return None


def _subjects_of(entries: Iterable[dict[str, Any]]) -> dict[str, list[int]]:
    subjects: dict[str, list[int]] = {}
    for entry in entries:
        if entry.get("subject"):
            subjects.setdefault(entry["subject"], []).append(entry["seq"])
    return subjects


_BACKFILL_MARK = "~indexed-v3"  # never a subject (references and ids have no "~"); v2: string seq keys; v3: fields


def backfill_index(*, batch: int = 1000) -> int:
    """Rebuild both look-ups from the entries, once per chain (then marked); v1 keyed seqs by integer.

    Runs before the agent consumes (nothing else writes then), reading the whole log once: a backfill cut
    short is simply done again at the next start. The only read of the append side that is not by `_id`.
    """
    subjects, by_seq, by_field = by_subject_collection(), by_seq_collection(), by_field_collection()
    if subjects.find_one({"_id": _BACKFILL_MARK}) is not None:
        return 0
    subjects.delete_many({})
    by_seq.delete_many({})
    by_field.delete_many({})
    seqs_by_subject: dict[str, list[int]] = {}
    seqs_by_field: dict[str, list[int]] = {}
    pointers: list[dict] = []
    count = 0
    for entry in entries_collection().find({}, {"seq": True, "subject": True, "actor": True, "type": True}):
        pointers.append({"_id": seq_key(entry["seq"]), "event_id": entry["_id"]})
        if entry.get("subject"):
            seqs_by_subject.setdefault(entry["subject"], []).append(entry["seq"])
        for key, seqs in _fields_of([entry]).items():
            seqs_by_field.setdefault(key, []).extend(seqs)
        count += 1
        if len(pointers) >= batch:
            by_seq.insert_many(pointers, ordered=False)
            pointers = []
    if pointers:
        by_seq.insert_many(pointers, ordered=False)
    docs = [{"_id": subject, "seqs": sorted(seqs)} for subject, seqs in seqs_by_subject.items()]
    for start in range(0, len(docs), batch):
        subjects.insert_many(docs[start:start + batch], ordered=False)
    docs = [{"_id": key, "seqs": sorted(seqs)} for key, seqs in seqs_by_field.items()]
    for start in range(0, len(docs), batch):
        by_field.insert_many(docs[start:start + batch], ordered=False)
    subjects.insert_one({"_id": _BACKFILL_MARK, "seqs": []})
    return count


def ensure_indexes() -> None:
    AuditEntry.ensure_indexes()


def checkpoint() -> Anchor | None:
    doc = checkpoint_collection().find_one({"_id": "head"})
    return Anchor(seq=doc["seq"], hash=doc["hash"]) if doc and "seq" in doc else None


def _write_checkpoint(head: tuple[int, str]) -> None:
    # tree_size: the tiles cover the same entries as the head (a head record without it predates the tree).
    checkpoint_collection().update_one({"_id": "head"}, {"$set": {"seq": head[0], "hash": head[1],
                                                                  "tree_size": head[0]}}, upsert=True)


def _load_tree(size: int) -> TileTree:
    head = checkpoint_collection().find_one({"_id": "head"}) or {}
    if size and head.get("tree_size") != size:
        return rebuild_tree(size)
    try:
        return TileTree.load(size, fetch_tiles)
    except TilesMissing:
        return rebuild_tree(size)


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

    def __init__(self, *, now: Callable[[], datetime] | None = None, signer: Checkpointer | None = None) -> None:
        self._head: tuple[int, str] | None = None
        self._tree: TileTree | None = None
        self._now = now or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self.signer = signer
        # After a store error: the heads this process may find on resume (its own head, or one of the batch it was
        # writing). Any other head means someone else wrote the chain meanwhile: refused, never signed.
        self._expected_heads: set[tuple[int, str]] | None = None

    @property
    def head(self) -> tuple[int, str] | None:
        return self._head

    def forget_head(self) -> None:
        if self._head is not None:
            self._expected_heads = (self._expected_heads or set()) | {self._head}
        self._head = None
        self._tree = None

    @property
    def tree(self) -> TileTree | None:
        return self._tree

    def resume(self) -> tuple[int, str]:
        """The head from the checkpoint, moved past any entries a crash left after it; all reads by `_id`."""
        anchor = checkpoint()
        start = (anchor.seq, anchor.hash) if anchor else (0, GENESIS_HASH)
        head = start
        tree = _load_tree(start[0])
        while True:
            keys = [seq_key(s) for s in range(head[0] + 1, head[0] + 1 + self.PROBE)]
            pointers = {int(doc["_id"]): doc["event_id"] for doc in _find_by_ids(by_seq_collection(), keys)}
            if not pointers:
                break
            entries = {doc["_id"]: doc for doc in _find_by_ids(entries_collection(), list(set(pointers.values())))}
            walk = walk_forward(head=head, pointers=pointers, entries=entries)
            if walk.continued:
                # A crash after the entries, before their tiles, look-ups or the checkpoint: finish the batch.
                tree.extend(entry_leaf(entry) for entry in walk.continued)
                _write_tiles(tree.flush())
                _index_subjects(_subjects_of(walk.continued))
                _index_fields(_fields_of(walk.continued))
                _write_checkpoint(walk.head)
            if walk.stale:
                by_seq_collection().delete_many({"_id": {"$in": walk.stale}})
            head = walk.head
            if walk.stale or len(walk.continued) < self.PROBE:
                break
        if head != start:
            log.warning("audit_chain_resumed_past_checkpoint", checkpoint_seq=start[0], head_seq=head[0])
        if self._expected_heads is not None and head not in self._expected_heads:
            log.error("audit_chain_moved_by_another_writer", head_seq=head[0])
            raise ChainFork(f"the store's head (seq {head[0]}) is not one this writer wrote")
        self._check_signed(tree)
        self._head, self._tree, self._expected_heads = head, tree, None
        return head

    def _check_signed(self, tree: TileTree) -> None:
        """The stored tree must still give the root of the latest signed checkpoint, or nothing more is signed."""
        if self.signer is None:
            return
        last = self.signer.load()
        if last is None or last["tree_size"] > tree.size:
            return
        if stored_root(last["tree_size"]).hex() != last["root_hash"]:
            log.error("audit_tree_differs_from_signed_checkpoint", tree_size=last["tree_size"])
            raise ChainFork(f"the stored tree differs from the signed checkpoint of size {last['tree_size']}")

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
                tree = self._tree
                assert tree is not None and tree.size == head[0], "the tree follows the head"
                # Should this batch fail halfway, a resume may find any of its entries as the head (see resume).
                self._expected_heads = {head} | {(e["seq"], e["hash"]) for e in plan.entries}
                by_seq_collection().insert_many(plan.pointers, ordered=False)
                entries_collection().insert_many([{"_id": e["event_id"], **e} for e in plan.entries], ordered=True)
                tree.extend(plan.leaves)
                _write_tiles(tree.flush())
                self._head = plan.head
                _index_subjects(plan.subjects)
                _index_fields(_fields_of(plan.entries))
                _write_checkpoint(plan.head)
                self._expected_heads = None
            self._checkpoint_if_due()
            return BatchOutcome(appended=len(plan.entries), already_recorded=plan.duplicates,
                                head_seq=plan.head[0])


    def _checkpoint_if_due(self) -> None:
        if self.signer is None or self._tree is None or not self.signer.due(self._tree.size):
            return
        self.signer.sign(self._tree)
        self.publish_pending()

    def publish_pending(self) -> None:
        from pseah.audit.witness import WitnessUnavailable

        try:
            self.signer.publish_pending()
        except WitnessUnavailable as exc:
            # Signed and stored; published at the next tick. The store error path is not taken for this.
            log.warning("audit_checkpoint_publish_failed", error_type=str(exc))

    def tick(self) -> None:
        """The timer's call: sign when the time is up though no batch came, and publish what is pending."""
        if self.signer is None:
            return
        with self._lock:
            if self._tree is None:
                self.resume()
            self._checkpoint_if_due()
            self.publish_pending()


def iter_entries(*, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
    return entries_collection().find({}, _PROJECTION, sort=[("seq", ASCENDING)], batch_size=batch_size)


def _entries_at(seqs: Sequence[int]) -> list[dict[str, Any]]:
    """The entries of these seqs, in seq order, through the seq look-ups: reads by `_id` only."""
    if not seqs:
        return []
    pointers = _find_by_ids(by_seq_collection(), [seq_key(s) for s in seqs])
    event_ids = [p["event_id"] for p in pointers]
    if not event_ids:
        return []
    entries = _find_by_ids(entries_collection(), event_ids, _PROJECTION)
    return sorted(entries, key=lambda e: e["seq"])


def list_entries(*, subject: str | None = None, after_seq: int = 0, limit: int = 100) -> list[dict[str, Any]]:
    """Entries after `after_seq` in chain order, all or one subject's: reads by `_id` only, no scan."""
    if subject:
        doc = by_subject_collection().find_one({"_id": subject})
        seqs = sorted(s for s in (doc or {}).get("seqs", []) if s > after_seq)[:limit]
    else:
        seqs = list(range(after_seq + 1, after_seq + 1 + limit))
    return _entries_at(seqs)


def head_seq() -> int:
    anchor = checkpoint()
    return anchor.seq if anchor else 0


def first_seq_at_or_after(time: str, *, head: int) -> int:
    """The first seq recorded at or after `time` (head + 1 if none): a binary search, O(log n) reads by `_id`.

    The writer stamps `recorded_at` from its clock as it appends, so it rises with seq.
    """
    lo, hi = 1, head + 1
    while lo < hi:
        mid = (lo + hi) // 2
        found = _entries_at([mid])
        if found and found[0]["recorded_at"] >= time:
            hi = mid
        else:
            lo = mid + 1
    return lo


@dataclass(frozen=True)
class SearchPage:
    entries: list[dict[str, Any]]
    # The cursor for the next page (the last seq examined), None when nothing is left.
    next_after: int | None
    head_seq: int


def _candidates(*, subject: str | None, actor: str | None, type: str | None, lo: int, hi: int) -> Iterator[int]:
    """Ascending seqs in [lo, hi] that may match, from the most selective look-up; all seqs without a filter."""
    if subject:
        doc = by_subject_collection().find_one({"_id": subject}) or {}
        yield from (s for s in sorted(doc.get("seqs", [])) if lo <= s <= hi)
        return
    if actor or type:
        name, value = ("actor", actor) if actor else ("type", type)
        first, last = lo // FIELD_BUCKET, hi // FIELD_BUCKET
        for start in range(first, last + 1, 64):
            keys = [field_key(name, value, b) for b in range(start, min(start + 64, last + 1))]
            docs = sorted(_find_by_ids(by_field_collection(), keys), key=lambda d: d["_id"])
            for doc in docs:
                yield from (s for s in sorted(doc.get("seqs", [])) if lo <= s <= hi)
        return
    yield from range(lo, hi + 1)


def search_entries(*, subject: str | None = None, actor: str | None = None, type: str | None = None,
                   since: str | None = None, until: str | None = None, after_seq: int = 0, limit: int = 50,
                   budget: int = 5000) -> SearchPage:
    """One page of entries matching every filter given, in seq order, after the cursor `after_seq`.

    Reads by `_id` only: the time range becomes a seq range by binary search, one look-up gives the candidates,
    the other filters are applied to the entries read. At most `budget` candidates are read for one page, so a page
    may come back short with a cursor to go on from.
    """
    head = head_seq()
    lo = after_seq + 1
    if since:
        lo = max(lo, first_seq_at_or_after(since, head=head))
    hi = head
    if until:
        hi = min(hi, first_seq_at_or_after(until, head=head) - 1)
    found: list[dict[str, Any]] = []
    examined, last_seen = 0, after_seq
    chunk: list[int] = []
    candidates = _candidates(subject=subject, actor=actor, type=type, lo=lo, hi=hi)

    def take(seqs: list[int]) -> bool:
        nonlocal last_seen
        for entry in _entries_at(seqs):
            if (actor and entry.get("actor") != actor) or (type and entry.get("type") != type) or \
                    (subject and entry.get("subject") != subject):
                last_seen = entry["seq"]
                continue
            found.append(entry)
            last_seen = entry["seq"]
            if len(found) == limit:
                return True
        last_seen = max(last_seen, seqs[-1])
        return False

    exhausted = True
    for seq in candidates:
        chunk.append(seq)
        examined += 1
        if len(chunk) == 200 or examined >= budget:
            if take(chunk) or examined >= budget:
                exhausted = False
                chunk = []
                break
            chunk = []
    if chunk and take(chunk):
        exhausted = False
    if not exhausted:
        # Stopped early: more may follow unless the page ended on the last candidate.
        more = next(_candidates(subject=subject, actor=actor, type=type, lo=last_seen + 1, hi=hi), None)
        return SearchPage(entries=found, next_after=last_seen if more is not None else None, head_seq=head)
    return SearchPage(entries=found, next_after=None, head_seq=head)


def verify_store() -> Verdict:
    anchor = checkpoint()
    return verify_entries(iter_entries(), anchors=[anchor] if anchor else [])

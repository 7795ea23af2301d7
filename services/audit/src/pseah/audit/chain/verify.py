"""One streaming pass over the entries: the hash chain, the Merkle tree, and the roots of the signed checkpoints.

Pure: entries and checkpoints come in, a verdict goes out; the store, Kafka and bundle files are the callers'.
Each entry is serialised once (canonical JSON without `hash`); those bytes give both the entry's chain hash
(SHA-256) and its Merkle leaf (SHA-256 of 0x00 || bytes), which goes into a compact range (pseah.audit.chain.merkle):
memory stays O(log n) plus the leaves since the last checkpoint, and no entry is read twice.

What fails, naming the first bad entry:
- everything the chain catches (pseah.audit.chain.ledger: a changed, removed, inserted or reordered entry);
- a rewrite with every hash recomputed (and the head record moved): the tree's root at a checkpoint's size differs
  from the signed root. The entry is named by comparing the leaves since the previous checkpoint with the stored
  tree's leaves (`leaf_hint`), once those are shown genuine (they give the signed root); when the stored tree was
  rewritten too, the verdict names the first entry that may have changed and the range;
- a log shorter than a signed checkpoint (entries removed from the end, however the head record was moved).

Entries after the latest checkpoint are held by the chain alone until the next checkpoint signs them
(`unsigned`, in the summary).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pseah.audit.chain.ledger import ENTRY_FIELDS, GENESIS_HASH, Anchor, canonical_json
from pseah.audit.chain.merkle import CompactRange

# (first leaf index, count) -> the stored tree's leaf hashes there, or None when it cannot say.
LeafHint = Callable[[int, int], Sequence[bytes] | None]


def entry_bytes(entry: Mapping[str, Any]) -> bytes:
    """The bytes an entry is hashed from, for the chain and the tree alike."""
    return canonical_json({k: v for k, v in entry.items() if k != "hash" and k != "_id"})


def entry_leaf(entry: Mapping[str, Any]) -> bytes:
    return hashlib.sha256(b"\x00" + entry_bytes(entry)).digest()


@dataclass
class LogVerdict:
    ok: bool = True
    entries: int = 0
    first_time: str | None = None
    last_time: str | None = None
    head_seq: int = 0
    head_hash: str = GENESIS_HASH
    root_hash: str = ""
    bad_seq: int | None = None
    reason: str | None = None
    # The signed checkpoints whose roots this pass recomputed, and the latest of them.
    checkpoints_checked: int = 0
    signed: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def unsigned(self) -> int:
        return max(0, self.head_seq - (self.signed["tree_size"] if self.signed else 0))

    def summary(self) -> dict[str, Any]:
        if not self.ok:
            return {"status": "broken", "bad_seq": self.bad_seq, "reason": self.reason,
                    "entries_checked": self.entries}
        signed = None
        if self.signed:
            signed = {k: self.signed.get(k) for k in ("tree_size", "root_hash", "time", "key_id")}
        return {"status": "intact", "entries": self.entries, "first_time": self.first_time,
                "last_time": self.last_time, "head_seq": self.head_seq, "head_hash": self.head_hash,
                "root_hash": self.root_hash, "checkpoints_checked": self.checkpoints_checked,
                "signed_checkpoint": signed, "unsigned_entries": self.unsigned, "notes": self.notes}


def _fail(verdict: LogVerdict, seq: int | None, reason: str) -> LogVerdict:
    verdict.ok, verdict.bad_seq, verdict.reason = False, seq, reason
    return verdict


def verify_log(entries: Iterable[Mapping[str, Any]], *, checkpoints: Sequence[Mapping[str, Any]] = (),
               anchors: Iterable[Anchor] = (), leaf_hint: LeafHint | None = None, first_seq: int = 1,
               prefix: CompactRange | None = None, prev_hash: str | None = None,
               complete: bool = True, roots: Mapping[int, str] | None = None) -> LogVerdict:
    """Check `entries` (in the order given) against the chain rules and the signed `checkpoints` (sorted by size,
    signatures already checked: pseah.audit.chain.checkpoints.check_checkpoints).

    A slice of the log (an export) starts at `first_seq` with `prefix`, the compact range of the entries before it,
    and `prev_hash`, the hash of the entry before it when known; `complete=False` when the slice may stop before
    the checkpoints do (they are then only checked up to where it stops). `roots` are Merkle roots kept elsewhere
    (size -> hex root, e.g. from the coordinator's digest): the tree at each size must have that root.
    """
    verdict = LogVerdict()
    compact = prefix.copy() if prefix is not None else CompactRange()
    if compact.size != first_seq - 1:
        return _fail(verdict, first_seq, f"the prefix covers {compact.size} entries, not {first_seq - 1}")
    pending = sorted((c for c in checkpoints if c["tree_size"] >= first_seq), key=lambda c: c["tree_size"])
    # Checkpoints inside the prefix cannot be recomputed here; the latest of them is the base of the first interval.
    base = max((c for c in checkpoints if c["tree_size"] < first_seq), key=lambda c: c["tree_size"], default=None)
    anchor_at = {a.seq: a for a in anchors}
    roots_at = {size: root for size, root in (roots or {}).items() if size >= first_seq}
    expected = first_seq
    previous = prev_hash if prev_hash is not None else (GENESIS_HASH if first_seq == 1 else None)
    seen: set[str] = set()
    interval: list[bytes] = []  # leaves since the last checkpoint passed, for naming a rewritten entry
    interval_start = compact.copy()
    next_checkpoint = pending.pop(0) if pending else None
    sha256 = hashlib.sha256
    for entry in entries:
        missing = [f for f in ENTRY_FIELDS if f not in entry]
        if missing:
            return _fail(verdict, expected, f"entry at position {expected} lacks {', '.join(missing)}")
        seq = entry["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool):
            return _fail(verdict, expected, f"entry at position {expected} has a non-integer seq")
        if seq > expected:
            return _fail(verdict, expected, f"missing: expected seq {expected}, found seq {seq} "
                                            "(an entry was removed)")
        if seq < expected:
            return _fail(verdict, expected, f"out of order: expected seq {expected}, found seq {seq} "
                                            "(entries reordered or duplicated)")
        if previous is not None and entry["prev_hash"] != previous:
            return _fail(verdict, seq, f"prev_hash does not match the hash of seq {seq - 1} "
                                       "(an entry was inserted, removed or rewritten before it)")
        raw = canonical_json({k: v for k, v in entry.items() if k != "hash" and k != "_id"})
        if sha256(raw).hexdigest() != entry["hash"]:
            return _fail(verdict, seq, "hash mismatch: the entry's content was changed")
        event_id = entry["event_id"]
        if event_id in seen:
            return _fail(verdict, seq, f"event_id {event_id} is recorded twice")
        anchor = anchor_at.pop(seq, None)
        if anchor is not None and anchor.hash != entry["hash"]:
            return _fail(verdict, seq, f"hash differs from the {anchor.label} for seq {seq} (the chain was rewritten)")
        seen.add(event_id)
        leaf = sha256(b"\x00" + raw).digest()
        compact.append(leaf)
        interval.append(leaf)
        expected_root = roots_at.pop(seq, None)
        if expected_root is not None and compact.root().hex() != expected_root.lower():
            return _fail(verdict, seq, f"the Merkle root of the first {seq} entries differs from the expected root "
                                       f"{expected_root} (a copy kept elsewhere): an entry up to seq {seq} was "
                                       "rewritten, removed or inserted")
        previous = entry["hash"]
        expected += 1
        verdict.entries += 1
        verdict.first_time = verdict.first_time or entry["recorded_at"]
        verdict.last_time = entry["recorded_at"]
        verdict.head_hash, verdict.head_seq = entry["hash"], seq
        if next_checkpoint is not None and seq == next_checkpoint["tree_size"]:
            if compact.root().hex() != next_checkpoint["root_hash"]:
                return _name_rewrite(verdict, checkpoint=next_checkpoint, start=interval_start, leaves=interval,
                                     leaf_hint=leaf_hint)
            verdict.checkpoints_checked += 1
            verdict.signed = dict(next_checkpoint)
            interval, interval_start = [], compact.copy()
            next_checkpoint = pending.pop(0) if pending else None
    if next_checkpoint is not None and complete:
        return _fail(verdict, expected, f"the log ends at seq {expected - 1} but a signed checkpoint records "
                                        f"{next_checkpoint['tree_size']} entries (entries removed from the end)")
    if anchor_at and complete:
        anchor = min(anchor_at.values(), key=lambda a: a.seq)
        return _fail(verdict, expected, f"the chain ends at seq {expected - 1} but the {anchor.label} records seq "
                                        f"{anchor.seq} (entries removed from the end)")
    if roots_at and complete:
        return _fail(verdict, expected, f"the log ends at seq {expected - 1} but an expected root is of "
                                        f"{min(roots_at)} entries (entries removed from the end)")
    if verdict.signed is None and base is not None:
        verdict.signed = dict(base)
    verdict.root_hash = compact.root().hex()
    return verdict


def _name_rewrite(verdict: LogVerdict, *, checkpoint: Mapping[str, Any], start: CompactRange,
                  leaves: list[bytes], leaf_hint: LeafHint | None) -> LogVerdict:
    """The root at a checkpoint's size differs from the signed one: which entry since the previous checkpoint?"""
    first, last = start.size + 1, start.size + len(leaves)
    hint = leaf_hint(start.size, len(leaves)) if leaf_hint is not None else None
    if hint is not None and len(hint) == len(leaves):
        genuine = start.copy()
        for leaf in hint:
            genuine.append(leaf)
        # The stored leaves are evidence only when they give the signed root (then, by collision resistance, they
        # are the leaves that were signed).
        if genuine.root().hex() == checkpoint["root_hash"]:
            for offset, (ours, signed) in enumerate(zip(leaves, hint)):
                if ours != signed:
                    seq = first + offset
                    return _fail(verdict, seq, f"the entry differs from the one the signed checkpoint of size "
                                               f"{checkpoint['tree_size']} covers (rewritten, hashes recomputed)")
    return _fail(verdict, first, f"the Merkle root of the first {checkpoint['tree_size']} entries differs from the "
                                 f"signed checkpoint: an entry from seq {first} to seq {last} was rewritten with "
                                 "recomputed hashes (the stored tree was rewritten too, so the first changed entry "
                                 f"cannot be told apart; seq {first} is the first that may have changed)")

"""Pure planning of a batch append and of the resume after a crash; no database, clock or randomness.

The writer (pseah.audit.chain.service) does the I/O around these two functions:

- `plan_batch`: from the head the writer holds and the events of one poll, the entries to insert (hashed here,
  in order, each linked to the one before), the seq look-ups and the subject look-ups to write, and the new head.
  Events already recorded, and an event that comes twice in one poll, are left out: an event is recorded once.
- `walk_forward`: after a crash, which of the entries written past the checkpoint continue the chain. The
  writer writes a batch's seq look-ups first, then its entries (one ordered insert_many), then the subject
  look-ups and last the checkpoint; so the entries past the checkpoint are found through the look-ups of the
  next seqs, by `_id`, and any look-up whose entry never made it is stale and is removed.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pseah.audit.chain.ledger import build_entry
from pseah.audit.chain.verify import entry_leaf
from pseah.common.events import CloudEvent

# Width of a seq look-up's _id: a string, because FerretDB answers only string (or ObjectId) _id conditions
# from its index, and zero-padded so the keys also sort as the seqs do.
SEQ_KEY_WIDTH = 12


def seq_key(seq: int) -> str:
    return f"{seq:0{SEQ_KEY_WIDTH}d}"


@dataclass(frozen=True)
class Incoming:
    """One event of a poll as it came off Kafka: the raw bytes (for the digest), decoded, and its position."""

    raw: bytes
    event: CloudEvent
    topic: str
    partition: int
    offset: int


@dataclass
class BatchPlan:
    entries: list[dict[str, Any]] = field(default_factory=list)
    # seq key -> event id, one per new entry
    pointers: list[dict[str, Any]] = field(default_factory=list)
    # subject -> the seqs of this batch's entries about it, in chain order
    subjects: dict[str, list[int]] = field(default_factory=dict)
    head: tuple[int, str] = (0, "")
    duplicates: int = 0
    # The Merkle leaf of each new entry, in order (pseah.audit.chain.merkle).
    leaves: list[bytes] = field(default_factory=list)


def plan_batch(*, head: tuple[int, str], items: Sequence[Incoming], recorded: frozenset[str] | set[str],
               now: Callable[[], datetime]) -> BatchPlan:
    """The entries of `items` not yet recorded, chained after `head` in the order given."""
    seq, prev_hash = head
    plan = BatchPlan(head=head)
    seen: set[str] = set(recorded)
    for item in items:
        event = item.event
        if event.id in seen:
            plan.duplicates += 1
            continue
        seen.add(event.id)
        seq += 1
        entry = build_entry(seq=seq, prev_hash=prev_hash, event_id=event.id, type=event.type,
                            subject=event.subject, source=event.source, actor=event.actor, time=event.time,
                            recorded_at=now(), topic=item.topic, partition=item.partition, offset=item.offset,
                            data=event.data, raw_event=item.raw)
        prev_hash = entry["hash"]
        plan.entries.append(entry)
        plan.leaves.append(entry_leaf(entry))
        plan.pointers.append({"_id": seq_key(seq), "event_id": event.id})
        if event.subject:
            plan.subjects.setdefault(event.subject, []).append(seq)
    plan.head = (seq, prev_hash)
    return plan


class ChainFork(RuntimeError):
    """An entry past the head claims the next seq but does not link to the head: never papered over."""


@dataclass
class Walk:
    head: tuple[int, str]
    # Entries found past the old head that continue the chain, in seq order (their look-ups are mended).
    continued: list[Mapping[str, Any]] = field(default_factory=list)
    # Seq keys of look-ups whose entry is not there (written before a crash cut the batch short).
    stale: list[str] = field(default_factory=list)


def walk_forward(*, head: tuple[int, str], pointers: Mapping[int, str],
                 entries: Mapping[str, Mapping[str, Any]]) -> Walk:
    """From `head`, follow the seq look-ups (seq -> event id) while their entries exist and link.

    `entries` maps event id -> the stored entry for the ids the pointers name (missing ones absent).
    """
    seq, prev_hash = head
    walk = Walk(head=head)
    for candidate in sorted(pointers):
        event_id = pointers[candidate]
        entry = entries.get(event_id)
        if candidate == seq + 1 and entry is not None and entry.get("seq") == candidate:
            if entry.get("prev_hash") != prev_hash:
                raise ChainFork(f"entry at seq {candidate} does not link to the entry at seq {seq}")
            seq, prev_hash = candidate, entry["hash"]
            walk.continued.append(entry)
        elif candidate > seq:
            if entry is not None and entry.get("seq") == candidate:
                # Entries are inserted in order, so one past a missing seq means someone else wrote it.
                raise ChainFork(f"entry at seq {candidate} stands after a gap at seq {seq + 1}")
            # Its entry was never written (or is recorded at another seq): the look-up is a leftover.
            walk.stale.append(seq_key(candidate))
    walk.head = (seq, prev_hash)
    return walk

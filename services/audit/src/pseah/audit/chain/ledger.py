"""Pure hash-chain logic: building entries, hashing them, verifying a sequence of them.

No database here, so the same code verifies the live store and an exported file, and anyone holding
an export can check it with nothing but this module (or any SHA-256 and canonical-JSON implementation):

    hash = SHA-256( canonical JSON of the entry without its "hash" (and without MongoDB's "_id") )
    canonical JSON = keys sorted, no whitespace (",", ":"), UTF-8, no NaN/Infinity
    entry seq 1 has prev_hash = 64 zeros; entry seq n has prev_hash = hash of entry n-1
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64

# Fields every entry has; a verifier also rejects entries missing any of them.
ENTRY_FIELDS = ("seq", "event_id", "type", "subject", "source", "actor", "time", "recorded_at", "topic",
                "partition", "offset", "metadata", "event_digest", "prev_hash", "hash")

# Keys whose values may be survivor content or personal data even outside `sealed`; dropped wherever
# they appear. `sealed` itself is the contract's container for everything sensitive.
SENSITIVE_KEYS = frozenset({
    "sealed", "narrative", "contact", "contact_details", "name", "names", "phone", "email", "receipt",
    "receipt_code", "body", "content", "message", "text", "attachment", "attachments", "password",
    "token", "secret", "reasons", "perpetrator_description", "place_text", "perpetrator_org_text",
    "description", "notes", "note", "comment", "comments", "address",
})
# Free text longer than this is not metadata; an identifier or a code never is this long.
MAX_STRING = 200
MAX_DEPTH = 4


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def sha256_hex(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def entry_hash(entry: Mapping[str, Any]) -> str:
    """The hash of an entry: every field but `hash` itself (and the store's `_id`)."""
    return sha256_hex(canonical_json({k: v for k, v in entry.items() if k not in ("hash", "_id")}))


def format_time(value: datetime) -> str:
    """One fixed UTC format, so times hash identically everywhere and sort as strings."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def safe_metadata(data: Any, _depth: int = 0) -> Any:
    """The auditor-safe part of an event's data: no `sealed` block, no free text, no personal fields.

    Keys the store cannot hold (dotted or `$`-prefixed, FerretDB refuses them) are dropped too.
    """
    if _depth > MAX_DEPTH:
        return _DROP
    if isinstance(data, Mapping):
        out = {}
        for key, value in data.items():
            key = str(key)
            if "." in key or key.startswith("$") or key.lower() == "sealed":
                continue
            # A flag is not content: consent {"contact": false} stays, a contact value does not.
            if key.lower() in SENSITIVE_KEYS and not isinstance(value, bool):
                continue
            cleaned = safe_metadata(value, _depth + 1)
            if cleaned is not _DROP:
                out[key] = cleaned
        return out
    if isinstance(data, list | tuple):
        return [v for v in (safe_metadata(item, _depth + 1) for item in data) if v is not _DROP]
    if isinstance(data, str):
        return data if len(data) <= MAX_STRING else _DROP
    if data is None or isinstance(data, bool | int):
        return data
    if isinstance(data, float):
        return data if data == data and data not in (float("inf"), float("-inf")) else _DROP
    return _DROP


class _Drop:
    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "<drop>"


_DROP = _Drop()


def build_entry(*, seq: int, prev_hash: str, event_id: str, type: str, subject: str, source: str,
                actor: str | None, time: datetime, recorded_at: datetime, topic: str, partition: int,
                offset: int, data: Mapping[str, Any], raw_event: bytes) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "seq": seq,
        "event_id": event_id,
        "type": type,
        "subject": subject,
        "source": source,
        "actor": actor,
        "time": format_time(time),
        "recorded_at": format_time(recorded_at),
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "metadata": safe_metadata(data) if isinstance(data, Mapping) else {},
        # Digest of the whole event as it travelled (sealed block included): whoever holds the original
        # message can prove it is the one recorded, without the log ever holding its content.
        "event_digest": sha256_hex(raw_event),
        "prev_hash": prev_hash,
    }
    entry["hash"] = entry_hash(entry)
    return entry


@dataclass
class Verdict:
    ok: bool
    entries: int = 0
    first_time: str | None = None
    last_time: str | None = None
    head_hash: str = GENESIS_HASH
    head_seq: int = 0
    bad_seq: int | None = None
    reason: str | None = None

    def summary(self) -> dict[str, Any]:
        if self.ok:
            return {"status": "intact", "entries": self.entries, "first_time": self.first_time,
                    "last_time": self.last_time, "head_seq": self.head_seq, "head_hash": self.head_hash}
        return {"status": "broken", "bad_seq": self.bad_seq, "reason": self.reason,
                "entries_checked": self.entries}


@dataclass(frozen=True)
class Anchor:
    """A (seq, hash) known from elsewhere: the store's checkpoint, or a head hash published earlier.

    Without one, removing entries from the end of a chain is indistinguishable from a shorter chain.
    """

    seq: int
    hash: str
    label: str = "checkpoint"


@dataclass
class _State:
    expected: int = 1
    prev_hash: str = GENESIS_HASH
    seen_ids: set[str] = field(default_factory=set)


def _fail(verdict: Verdict, seq: int, reason: str) -> Verdict:
    verdict.ok = False
    verdict.bad_seq = seq
    verdict.reason = reason
    return verdict


def verify_entries(entries: Iterable[Mapping[str, Any]], *, anchors: Iterable[Anchor] = ()) -> Verdict:
    """Walk entries in their given order (by seq from the store, line order from a file).

    Stops at the first problem and names the seq at which the chain breaks and why.
    """
    verdict = Verdict(ok=True)
    state = _State()
    pending = {a.seq: a for a in anchors}
    for entry in entries:
        position = state.expected
        missing = [f for f in ENTRY_FIELDS if f not in entry]
        if missing:
            return _fail(verdict, position, f"entry at position {position} lacks {', '.join(missing)}")
        seq = entry["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool):
            return _fail(verdict, position, f"entry at position {position} has a non-integer seq")
        if seq > position:
            return _fail(verdict, position, f"missing: expected seq {position}, found seq {seq} "
                                            "(an entry was removed)")
        if seq < position:
            return _fail(verdict, position, f"out of order: expected seq {position}, found seq {seq} "
                                            "(entries reordered or duplicated)")
        if entry["prev_hash"] != state.prev_hash:
            return _fail(verdict, seq, f"prev_hash does not match the hash of seq {seq - 1} "
                                       "(an entry was inserted, removed or rewritten before it)")
        recomputed = entry_hash(entry)
        if recomputed != entry["hash"]:
            return _fail(verdict, seq, "hash mismatch: the entry's content was changed")
        if entry["event_id"] in state.seen_ids:
            return _fail(verdict, seq, f"event_id {entry['event_id']} is recorded twice")
        anchor = pending.pop(seq, None)
        if anchor is not None and anchor.hash != entry["hash"]:
            return _fail(verdict, seq, f"hash differs from the {anchor.label} for seq {seq} "
                                       "(the chain was rewritten)")
        state.seen_ids.add(entry["event_id"])
        state.prev_hash = entry["hash"]
        state.expected += 1
        verdict.entries += 1
        # The log's own clock: event times of different topics need not be in arrival order.
        verdict.first_time = verdict.first_time or entry["recorded_at"]
        verdict.last_time = entry["recorded_at"]
        verdict.head_hash = entry["hash"]
        verdict.head_seq = seq
    if pending:
        anchor = min(pending.values(), key=lambda a: a.seq)
        return _fail(verdict, state.expected, f"the chain ends at seq {state.expected - 1} but the "
                                              f"{anchor.label} records seq {anchor.seq} (entries removed "
                                              "from the end)")
    return verdict

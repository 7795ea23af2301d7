"""What the auditor page shows of the audit service's chain: metadata only, as the audit API returns it."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntryView:
    seq: int
    time: str
    type: str
    subject: str
    source: str
    actor: str | None
    hash: str

    @classmethod
    def from_api(cls, doc: dict) -> "EntryView":
        # Only these fields are kept: `metadata` is safe by contract, but the page has no need for it.
        return cls(seq=int(doc["seq"]), time=str(doc.get("time") or ""), type=str(doc.get("type") or ""),
                   subject=str(doc.get("subject") or ""), source=str(doc.get("source") or ""),
                   actor=doc.get("actor"), hash=str(doc.get("hash") or ""))


@dataclass(frozen=True)
class ChainVerdict:
    intact: bool
    entries: int
    head_seq: int | None = None
    head_hash: str = ""
    last_time: str = ""
    bad_seq: int | None = None
    reason: str = ""

    @classmethod
    def from_api(cls, doc: dict) -> "ChainVerdict":
        if doc.get("status") == "intact":
            return cls(intact=True, entries=int(doc.get("entries") or 0), head_seq=doc.get("head_seq"),
                       head_hash=str(doc.get("head_hash") or ""), last_time=str(doc.get("last_time") or ""))
        return cls(intact=False, entries=int(doc.get("entries_checked") or 0), bad_seq=doc.get("bad_seq"),
                   reason=str(doc.get("reason") or ""))


@dataclass(frozen=True)
class CheckpointView:
    """The latest signed checkpoint of the log, and the audit service's quick check of it."""

    tree_size: int
    root_hash: str
    time: str
    key_id: str
    signature_valid: bool
    tree_matches: bool
    head_seq: int

    @property
    def ok(self) -> bool:
        return self.signature_valid and self.tree_matches

    @classmethod
    def from_api(cls, doc: dict) -> "CheckpointView | None":
        checkpoint = doc.get("checkpoint")
        if not checkpoint:
            return None
        return cls(tree_size=int(checkpoint.get("tree_size") or 0), root_hash=str(checkpoint.get("root_hash") or ""),
                   time=str(checkpoint.get("time") or ""), key_id=str(checkpoint.get("key_id") or ""),
                   signature_valid=doc.get("signature_valid") is True, tree_matches=doc.get("tree_matches") is True,
                   head_seq=int(doc.get("head_seq") or 0))


@dataclass(frozen=True)
class SearchPage:
    entries: list[EntryView]
    # The cursor of the next page (a seq), None on the last page.
    next_after: int | None


def recent_window(*, head_seq: int | None, size: int) -> int:
    """The `after` cursor that returns the last `size` entries (the API pages forward from a seq)."""
    return max(0, (head_seq or 0) - size)

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


def recent_window(*, head_seq: int | None, size: int) -> int:
    """The `after` cursor that returns the last `size` entries (the API pages forward from a seq)."""
    return max(0, (head_seq or 0) - size)

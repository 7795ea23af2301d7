"""Lock-outs against receipt guessing that never track people, shared by every intake replica.

No IP address or other identifier is kept. Instead:
- failed lookups are counted per time window for everyone together; when a window's allowance is
  spent, every lookup waits for the next window, so guessing at scale is slowed for all while normal
  use (rare failures) never notices;
- a receipt prefix that keeps failing is locked with exponential back-off, which stops someone who
  knows part of a receipt from trying the rest. Prefixes are stored as keyed hashes, never as typed.
The state lives in the store, keyed by _id (one indexed read per lookup), so scaling intake out during a
major disaster does not multiply the allowance by the number of replicas. The receipt's 128 bits are
the real defence; this is the second line.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import UTC, datetime

import mongoengine
from pymongo import ReturnDocument


class GuardEntry(mongoengine.Document):
    meta = {"collection": "lookup_guard"}

    key = mongoengine.StringField(primary_key=True)  # "window:<n>" or "prefix:<keyed hash>"
    failures = mongoengine.IntField(default=0)
    locked_until = mongoengine.FloatField(default=0.0)  # epoch seconds
    updated_at = mongoengine.DateTimeField()


def prefix_lock_seconds(failures: int, *, free_failures: int, max_lock_seconds: int) -> float:
    """How long a prefix is locked after its latest failure: none for the first few, then doubling, capped."""
    if failures <= free_failures:
        return 0.0
    return float(min(2 ** min(failures - free_failures, 62), max_lock_seconds))


def window_wait(failures: int, *, allowance: int, now: float, window_seconds: int) -> float:
    """Seconds until the next window when this one's allowance of failures is spent, else 0."""
    if failures < allowance:
        return 0.0
    return window_seconds - (now % window_seconds)


class LookupGuard:
    def __init__(self, *, window_seconds: int, failures_per_window: int, prefix_chars: int, free_failures: int,
                 max_lock_seconds: int, hash_prefix: Callable[[str], str], clock: Callable[[], float] = time.time):
        self._window = window_seconds
        self._allowance = failures_per_window
        self._prefix_chars = prefix_chars
        self._free = free_failures
        self._max_lock = max_lock_seconds
        self._hash_prefix = hash_prefix
        self._clock = clock

    def _window_key(self, now: float, offset: int = 0) -> str:
        return f"window:{int(now // self._window) + offset}"

    def _prefix_key(self, receipt: str) -> str:
        return "prefix:" + self._hash_prefix(receipt[:self._prefix_chars])

    def retry_after(self, receipt: str) -> int:
        """Seconds the caller must wait before this lookup may run; 0 when it may run now."""
        now = self._clock()
        window_key, prefix_key = self._window_key(now), self._prefix_key(receipt)
        entries = {e.key: e for e in GuardEntry.objects(key__in=[window_key, prefix_key])}
        wait = 0.0
        if window_key in entries:
            wait = window_wait(entries[window_key].failures, allowance=self._allowance, now=now,
                               window_seconds=self._window)
        if prefix_key in entries:
            wait = max(wait, entries[prefix_key].locked_until - now)
        return math.ceil(wait) if wait > 0 else 0

    def failed(self, receipt: str) -> None:
        now = self._clock()
        stamp = datetime.fromtimestamp(now, UTC)
        collection = GuardEntry._get_collection()
        window = collection.find_one_and_update(
            {"_id": self._window_key(now)}, {"$inc": {"failures": 1}, "$set": {"updated_at": stamp}},
            upsert=True, return_document=ReturnDocument.AFTER)
        if window["failures"] == 1:
            # A new window began: the one before last is no longer read by anyone.
            collection.delete_one({"_id": self._window_key(now, offset=-2)})
        prefix_key = self._prefix_key(receipt)
        prefix = collection.find_one_and_update(
            {"_id": prefix_key}, {"$inc": {"failures": 1}, "$set": {"updated_at": stamp}},
            upsert=True, return_document=ReturnDocument.AFTER)
        lock = prefix_lock_seconds(prefix["failures"], free_failures=self._free, max_lock_seconds=self._max_lock)
        if lock:
            collection.update_one({"_id": prefix_key}, {"$set": {"locked_until": now + lock}})

    def succeeded(self, receipt: str) -> None:
        GuardEntry.objects(key=self._prefix_key(receipt)).delete()

    def forget_older_than(self, *, seconds: float) -> int:
        """Drop prefixes that have not failed for a while (a periodic clean-up; reads the small guard collection)."""
        cutoff = datetime.fromtimestamp(self._clock() - seconds, UTC)
        # A key range, not startswith: FerretDB refuses the regex flags mongoengine sends for it.
        return GuardEntry.objects(key__gte="prefix:", key__lt="prefix;", updated_at__lt=cutoff).delete()

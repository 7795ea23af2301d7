"""Lock-outs against receipt guessing that never track people.

No IP address or other identifier is kept. Instead:
- a global token bucket spends a token on every *failed* lookup; when it is empty every lookup waits,
  so guessing at scale is slowed for everyone while normal use (rare failures) never notices;
- a receipt prefix that keeps failing is locked with exponential back-off, which stops someone who
  knows part of a receipt from trying the rest.
State is per process (memory): the receipt's 128 bits are the real defence, this is the second line.
"""
from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable


class LookupGuard:
    def __init__(self, *, burst: int, refill_per_second: float, prefix_chars: int, free_failures: int,
                 max_lock_seconds: int, clock: Callable[[], float] = time.monotonic, max_prefixes: int = 100_000):
        self._burst = float(burst)
        self._rate = refill_per_second
        self._prefix_chars = prefix_chars
        self._free = free_failures
        self._max_lock = max_lock_seconds
        self._clock = clock
        self._max_prefixes = max_prefixes
        self._tokens = float(burst)
        self._stamp = clock()
        self._prefixes: OrderedDict[str, tuple[int, float]] = OrderedDict()  # prefix -> (failures, locked until)
        self._lock = threading.Lock()

    def _refill(self, now: float) -> None:
        self._tokens = min(self._burst, self._tokens + (now - self._stamp) * self._rate)
        self._stamp = now

    def retry_after(self, receipt: str) -> int:
        """Seconds the caller must wait before this lookup may run; 0 when it may run now."""
        with self._lock:
            now = self._clock()
            self._refill(now)
            wait = 0.0
            if self._tokens < 1:
                wait = (1 - self._tokens) / self._rate
            entry = self._prefixes.get(receipt[:self._prefix_chars])
            if entry and entry[1] > now:
                wait = max(wait, entry[1] - now)
            return math.ceil(wait) if wait > 0 else 0

    def failed(self, receipt: str) -> None:
        with self._lock:
            now = self._clock()
            self._refill(now)
            self._tokens = max(self._tokens - 1, -self._burst)
            prefix = receipt[:self._prefix_chars]
            failures, _ = self._prefixes.pop(prefix, (0, 0.0))
            failures += 1
            locked_until = 0.0
            if failures > self._free:
                locked_until = now + min(2 ** (failures - self._free), self._max_lock)
            self._prefixes[prefix] = (failures, locked_until)
            # Bounded memory: forget the prefixes that failed longest ago.
            while len(self._prefixes) > self._max_prefixes:
                self._prefixes.popitem(last=False)

    def succeeded(self, receipt: str) -> None:
        with self._lock:
            self._prefixes.pop(receipt[:self._prefix_chars], None)

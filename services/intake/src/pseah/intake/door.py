"""Intake's door: which pool of request threads a new report waits for, so an urgent one never queues behind a flood.

A report is stored in a worker thread (it waits for the group commit and for Kafka's acknowledgement). Under a flood
the requests queue for those threads, first come first served: anyio's default pool lets 40 run at once, and an
urgent report sent in the middle of a surge would wait for every routine one ahead of it before intake even stores
it. So its lane is decided on the event loop, before it queues (pseah.intake.prescreen: triage's rules, about a
millisecond, no I/O), and an urgent report takes a pool of its own. Both pools end in the same group commit and the
same producer, whose rounds take every insert waiting (at most 40 routine and a few urgent, under a round's 128): an
urgent report waits one round there at most. The lane decided here is also the Kafka lane (service.create).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TypeVar

import anyio
from anyio import to_thread

from pseah.intake import prescreen

T = TypeVar("T")
PRIORITY_THREADS = 8


class Door:
    def __init__(self, *, priority_threads: int = PRIORITY_THREADS):
        self._priority_threads = priority_threads
        self._priority: anyio.CapacityLimiter | None = None

    def _limiter(self, urgent: bool) -> anyio.CapacityLimiter | None:
        if not urgent:
            return None  # anyio's default pool, shared with every other blocking call of the service
        if self._priority is None:
            # Made on first use, inside the running loop (anyio's limiters belong to an event loop's backend).
            self._priority = anyio.CapacityLimiter(self._priority_threads)
        return self._priority

    async def store(self, create: Callable[..., T], *, payload, **kwargs) -> T:
        """`create(payload=..., urgent=..., **kwargs)` in a worker thread of the report's lane."""
        urgent = prescreen.is_urgent_report(payload)
        return await to_thread.run_sync(partial(create, payload=payload, urgent=urgent, **kwargs),
                                        limiter=self._limiter(urgent))

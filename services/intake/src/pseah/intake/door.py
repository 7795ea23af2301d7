"""Intake's door: which pool of request threads a new report waits for, so an urgent one never queues behind a flood.

A report is stored in a worker thread (it waits for the group commit and for Kafka's acknowledgement). Under a flood
the requests queue for those threads, first come first served: anyio's default pool lets 40 run at once, and an
urgent report sent in the middle of a surge would wait for every routine one ahead of it before intake even stores
it. So its lane is decided before it queues (pseah.intake.prescreen: triage's rules, no I/O): on the event loop for a
narrative of up to SCREEN_ON_LOOP_CHARS (2-5 ms), at once; a longer one in a small pool whose threads only compute,
never wait for the store or Kafka (the rules take 25 ms at 1,000 characters and up to a second at the 20,000 allowed:
on the loop that would stall every request meanwhile). An urgent report then takes a pool of its own. Both pools end
in the same group commit and the same producer, whose rounds take every insert waiting (at most 40 routine and a few
urgent, under a round's 128): an urgent report waits one round there at most. The lane decided here is also the
Kafka lane (service.create).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import cached_property, partial
from typing import TypeVar

import anyio
from anyio import to_thread

from pseah.intake import prescreen

T = TypeVar("T")
PRIORITY_THREADS = 8
SCREENING_THREADS = 2  # the rules are CPU only: more threads than cores would only take turns for the GIL
SCREEN_ON_LOOP_CHARS = 600


class Door:
    def __init__(self, *, priority_threads: int = PRIORITY_THREADS, screening_threads: int = SCREENING_THREADS):
        self._priority_threads = priority_threads
        self._screening_threads = screening_threads

    # Made on first use, inside the running loop (anyio's limiters belong to an event loop's backend).
    @cached_property
    def _priority(self) -> anyio.CapacityLimiter:
        return anyio.CapacityLimiter(self._priority_threads)

    @cached_property
    def _screening(self) -> anyio.CapacityLimiter:
        return anyio.CapacityLimiter(self._screening_threads)

    async def store(self, create: Callable[..., T], *, payload, **kwargs) -> T:
        """`create(payload=..., urgent=..., **kwargs)` in a worker thread of the report's lane: anyio's default pool
        (shared with every other blocking call of the service) for a routine report, the priority pool for an urgent
        one."""
        if len(payload.narrative) <= SCREEN_ON_LOOP_CHARS:
            urgent = prescreen.is_urgent_report(payload)
        else:
            urgent = await to_thread.run_sync(prescreen.is_urgent_report, payload, limiter=self._screening)
        return await to_thread.run_sync(partial(create, payload=payload, urgent=urgent, **kwargs),
                                        limiter=self._priority if urgent else None)

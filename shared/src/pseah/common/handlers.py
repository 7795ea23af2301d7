"""Handlers registered by event type: how a stream's events reach the domain code that acts on them.

A service's flows say, beside the domain they change (`<domain>/flows.py`), what they do with each event type:

    handlers = Handlers("referral.triage")

    @handlers.on(EventTypes.REPORT_TRIAGED)
    async def on_triaged(event: CloudEvent, triaged: payloads.ReportTriaged, *, settings, flush): ...

and the stream calls `await handlers.dispatch(event, settings=..., flush=...)`. The event's data is decoded once,
into its typed payload (pseah.common.payloads; a payload outside its contract raises BreaksContract, which the
stream dead-letters), before any handler runs, so a bad event changes nothing. Then every handler registered for its
type runs, in the order they were registered; a type nobody registered is skipped without decoding. So no handler
asks `event.type` what it was given, and what happens to an event type is read off one table (`handlers.table()`).

Handlers must be idempotent (delivery is at least once) and, when several share a type, each must be: a retry of
the event runs them all again. A synchronous handler runs in a worker thread (store and SMTP calls block).
"""
from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from pseah.common import payloads
from pseah.common.events import CloudEvent

Decoder = Callable[[CloudEvent], payloads.Payload]


@dataclass(frozen=True)
class Handler:
    name: str
    fn: Callable[..., Any]
    decode: Decoder | None  # None: the handler reads no data (the event's type and subject say enough)

    async def __call__(self, event: CloudEvent, data: payloads.Payload | None, **context) -> Any:
        if inspect.iscoroutinefunction(self.fn):
            return await self.fn(event, data, **context)
        return await asyncio.to_thread(self.fn, event, data, **context)


class Handlers:
    """The handlers of one stream, by event type."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._by_type: dict[str, list[Handler]] = {}

    def on(self, *event_types: str, decode: Decoder | None = payloads.decode, name: str | None = None):
        """Register the decorated function for `event_types`, called as fn(event, data, **context) with `data` the
        event's payload decoded by `decode` (None with decode=None). `decode` may check more than the schema (a
        reference that can be no key) and raise payloads.BreaksContract."""
        if not event_types:
            raise ValueError("a handler needs at least one event type")

        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            handler = Handler(name=name or fn.__name__, fn=fn, decode=decode)
            for event_type in event_types:
                registered = self._by_type.setdefault(event_type, [])
                if any(h.name == handler.name for h in registered):
                    raise ValueError(f"{self.name}: {handler.name} is registered for {event_type} already")
                registered.append(handler)
            return fn

        return register

    @property
    def types(self) -> frozenset[str]:
        """The event types something here handles: a stream skips the others (pseah.common.streams `types`)."""
        return frozenset(self._by_type)

    def handles(self, event_type: str) -> bool:
        return event_type in self._by_type

    def table(self) -> dict[str, list[str]]:
        """Event type -> the names of its handlers, in the order they run (for docs and tests)."""
        return {event_type: [h.name for h in handlers] for event_type, handlers in sorted(self._by_type.items())}

    def decode(self, event: CloudEvent) -> dict[str, payloads.Payload | None]:
        """Each decoder of the event's type applied once, before anything runs: BreaksContract if any refuses."""
        decoded: dict[Decoder, payloads.Payload] = {}
        data: dict[str, payloads.Payload | None] = {}
        for handler in self._by_type.get(event.type, ()):
            if handler.decode is None:
                data[handler.name] = None
                continue
            if handler.decode not in decoded:
                decoded[handler.decode] = handler.decode(event)
            data[handler.name] = decoded[handler.decode]
        return data

    async def dispatch(self, event: CloudEvent, *, decoded: dict[str, payloads.Payload | None] | None = None,
                       skip: Collection[str] = (), **context) -> dict[str, Any]:
        """Every handler of the event's type, in order: their outcomes by name ({} for a type nobody handles).
        `decoded`: what `decode` gave for this event already; `skip`: handlers not to run (a caller that runs them
        for a whole poll together)."""
        data = self.decode(event) if decoded is None else decoded
        outcomes: dict[str, Any] = {}
        for handler in self._by_type.get(event.type, ()):
            if handler.name not in skip:
                outcomes[handler.name] = await handler(event, data[handler.name], **context)
        return outcomes

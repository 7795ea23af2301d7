"""The faust App factory and the consumer loop every service shares.

Agents consume with at-least-once delivery (offsets committed after the agent finished with a message)
and must be idempotent (pseah.common.idempotency). They publish onwards through an outbox and the
kafka-python producer (acks=all, idempotent), not through faust's own producer.

`consume_lanes` is the one way a service reads a stream: both lanes (Topics.lanes), each message decoded into its
CloudEvent inside a trace span, handled, and either done, dead-lettered with a reason (it can never succeed), or
tried again in place with back-off (the store, Kafka or SMTP is down). Never a crash: a faust agent that raises has
the event it was handling acknowledged and restarts after it, so that event would be lost (fresh-clone run R9).
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import time
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass
from typing import TypeVar

import faust
from opentelemetry import context

from pseah.common import payloads
from pseah.common.events import CloudEvent, Topics
from pseah.common.logging import get_logger, where_raised
from pseah.common.settings import repo_root
from pseah.common.telemetry import context_from_kafka_headers, span_from

log = get_logger(__name__)
T = TypeVar("T")


def _datadir() -> str:
    # faust keeps a small folder per app: never the working directory (containers have a read-only root).
    base = os.environ.get("PSEAH_FAUST_DATADIR") or str(repo_root() / "var/data/faust")
    os.makedirs(base, exist_ok=True)
    return os.path.join(base, "{conf.name}")


# Records a fetch may hand the worker at once (faust's default: no limit, every record the fetcher holds).
# faust hands fetched records to the agents' buffers one by one and waits, holding up every other topic, while
# a buffer is full; it stops fetching a partition whose buffer is 80 % full, but what was fetched must be handed on
# first. With a backlog of routine reports a fetch brought thousands of them, and an urgent child report on the
# priority lane waited behind them: 74 s and 205 s in triage, in a store of 83,000 reports with 37,000 routine
# ones queued. 100 always fits in the fifth of a lane's buffer (stream_buffer_maxsize, 4,096) left above the pause.
MAX_POLL_RECORDS = 100


def create_app(*, service: str, bootstrap: str, web_port: int, partitions: int = 6, **overrides) -> faust.App:
    options = dict(
        broker=f"kafka://{bootstrap}",
        value_serializer="raw",
        key_serializer="raw",
        store="memory://",
        topic_partitions=partitions,
        topic_replication_factor=1,
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        broker_commit_every=100,
        broker_commit_interval=1.0,
        # How long a dead worker keeps its partitions before the group hands them on (faust's default is 60 s; Kafka's
        # floor is 6 s). A worker restarted after kill -9 joins only once the dead member's session has run out: in
        # `make faults` triage and referral were ready again 60 s after their kill, notification (30 s) 30 s.
        broker_session_timeout=30.0,
        broker_max_poll_records=MAX_POLL_RECORDS,
        web_enabled=True,
        web_bind="127.0.0.1",
        web_host="127.0.0.1",
        web_port=web_port,
        web_in_thread=False,
        autodiscover=False,
        datadir=_datadir(),
    )
    options.update(overrides)
    app = faust.App(f"pseah-{service}", **options)

    @app.page("/healthz")
    async def healthz(web, request):
        return web.json({"status": "alive"})

    @app.page("/readyz")
    async def readyz(web, request):
        ready = joined_group(app)
        return web.json({"status": "ready" if ready else "not_ready"}, status=200 if ready else 503)

    return app


def joined_group(app) -> bool:
    """Ready: the worker has joined its consumer group (a first rebalance has ended) and is not rebalancing now,
    even with no partition of its own. Before the first join an event already sent is read only once the join
    ends, which on a busy machine can take many seconds; a caller that waits for this is not timing the join."""
    return app.rebalancing_count > 0 and not app.rebalancing


def has_partitions(app) -> bool:
    """Whether the worker holds partitions now: the consumer check of the HTTP services' /readyz."""
    try:
        return bool(app.consumer.assignment())
    except Exception:  # noqa: BLE001 - before start there is no consumer yet
        return False


def lane_agents(app: faust.App, topic: str, *, name: str, handler, concurrency: int = 1) -> None:
    """One agent per lane of a stream (Topics.lanes): `handler(stream, consumed_topic)` runs for each.

    The priority lane has its own agent, so an urgent case is never behind a backlog of routine ones in a
    stream buffer (and, with MAX_POLL_RECORDS, never behind routine records fetched before it: see there); both
    agents share the code, and each dead-letters to the topic it consumed."""
    for consumed in Topics.lanes(topic):
        lane = "routine" if consumed == topic else "priority"

        async def agent(stream, _consumed: str = consumed):
            await handler(stream, _consumed)

        app.agent(app.topic(consumed, value_type=bytes, key_type=bytes), name=f"{name}-{lane}",
                  concurrency=concurrency)(agent)


@dataclass(frozen=True)
class Backoff:
    """Pauses between tries of one message while what it needs is down: `first`, doubled each try, at most `limit`."""

    first: float = 0.5
    limit: float = 10.0


# (topic=, key=, value=, reason=): parks a message on topic's dead-letter topic; run in a worker thread.
DeadLetter = Callable[..., None]
NOT_A_CLOUDEVENT = "not_a_cloudevent"  # the dlq_reason of a record that does not decode at all


async def tick(work: Callable[[], T], *, failed_event: str) -> T | None:
    """One tick of a timer: `work()` (store or Kafka calls) in a worker thread. An error ends the tick with a warning
    and None, never the worker: an exception out of a faust timer crashes the whole app (a fault run lost triage this
    way when FerretDB was killed as a tick began). Timers read their state from the store, so the next tick resumes."""
    try:
        return await asyncio.to_thread(work)
    except Exception as exc:  # noqa: BLE001 - the store or Kafka is down: the next tick tries again
        log.warning(failed_event, error_type=type(exc).__name__)
        return None


async def until_done(attempt: Callable[[], Awaitable[T]], *, retry_event: str, backoff: Backoff = Backoff(),
                     sleep: Callable[[float], Awaitable[object]] = asyncio.sleep) -> T:
    """`attempt()` again, in place, after each error, until it returns: the partition waits, keeping its order.

    Only for work that is idempotent and whose errors pass (an outage); what can never succeed must be caught by
    the attempt itself (handle_in_order dead-letters it), else it would be tried for ever."""
    delay = backoff.first
    while True:
        try:
            return await attempt()
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - store, Kafka or SMTP down: the same message again
            log.warning(retry_event, error_type=type(exc).__name__, retry_in=delay)
            await sleep(delay)
            delay = min(delay * 2, backoff.limit)


def until_ready(step: Callable[[], T], *, not_ready_event: str, backoff: Backoff = Backoff(first=0.5, limit=5.0),
                sleep: Callable[[float], object] = time.sleep, give_up_after: float | None = None,
                on_error: Callable[[Exception], object] | None = None,
                clock: Callable[[], float] = time.monotonic) -> T:
    """`step()` again after each error until it returns, in this thread: a service's store preparation before it
    consumes (the store may still be starting with the suite), or a write that must not be skipped (audit's append).

    `on_error(exc)` runs after each failed try (e.g. forget state the next try must read again); with
    `give_up_after`, the error of a try that failed that many seconds after the first is raised instead."""
    delay = backoff.first
    deadline = None if give_up_after is None else clock() + give_up_after
    while True:
        try:
            return step()
        except Exception as exc:  # noqa: BLE001 - the store is not up yet
            if on_error is not None:
                on_error(exc)
            if deadline is not None and clock() > deadline:
                raise
            log.warning(not_ready_event, error_type=type(exc).__name__, retry_in=delay)
            sleep(delay)
            delay = min(delay * 2, backoff.limit)


async def handle_in_order(message, *, consumed: str, handle: Callable[[CloudEvent], Awaitable[str | None]],
                          span: str, dead_letter: DeadLetter | None,
                          unprocessable: tuple[type[BaseException], ...] = (ValueError,),
                          types: Collection[str] | None = None, retry_event: str, backoff: Backoff = Backoff(),
                          sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                          tracer_name: str = "pseah") -> str:
    """One message of `consumed`: `handle(event)`'s outcome ("handled" when it returns None); "skipped" for a type
    not in `types`; "dead_lettered" when decoding or handling raises one of `unprocessable` (with `dead_letter` None,
    such a message is logged and skipped: for streams another service owns and dead-letters); anything else is
    retried in place (until_done), so `handle` must be idempotent."""

    async def attempt() -> str:
        raised_at = None
        try:
            try:
                event = CloudEvent.from_bytes(message.value)
            except ValueError:
                reason, fields = NOT_A_CLOUDEVENT, None
            else:
                if types is not None and event.type not in types:
                    return "skipped"
                attributes = {"cloudevents.event_type": event.type, "pseah.reference": event.subject}
                with span_from(context_from_kafka_headers(message.headers), span, tracer_name=tracer_name,
                               **attributes):
                    return await handle(event) or "handled"
        except unprocessable as exc:
            # A payload outside its contract is named by its fields, never its values (they may be survivor content).
            broken = isinstance(exc, payloads.BreaksContract)
            reason = exc.reason if broken else type(exc).__name__
            fields = exc.fields if broken else None
            raised_at = None if broken else where_raised(exc)
        position = getattr(message, "message", None)
        where = dict(topic=consumed, reason=reason, fields=fields, partition=getattr(position, "partition", None),
                     offset=getattr(position, "offset", None))
        if raised_at:
            where["raised_at"] = raised_at
        if dead_letter is None:
            log.warning("event_skipped", **where)
            return "skipped"
        log.error("event_dead_lettered", **where)
        await asyncio.to_thread(dead_letter, topic=consumed, key=message.key, value=message.value, reason=reason)
        return "dead_lettered"

    return await until_done(attempt, retry_event=retry_event, backoff=backoff, sleep=sleep)


FALL_BACK = object()  # handle_batch's sign that a batch met an unprocessable event: handle it one by one


async def handle_batch(messages: Sequence, *, handle_many: Callable[[list[CloudEvent]], Awaitable[object]],
                       span: str, dead_letter: DeadLetter | None, retry_event: str,
                       check: Callable[[CloudEvent], object] = payloads.decode,
                       unprocessable: tuple[type[BaseException], ...] = (ValueError,),
                       types: Collection[str] | None = None, backoff: Backoff = Backoff(),
                       sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
                       tracer_name: str = "pseah", traced: bool = False) -> list[CloudEvent]:
    """The messages of one poll, in their order, with the store work of all of them done together.

    With `traced`, `handle_many` receives (event, trace context) pairs, each context its message's span (continuing
    the producer's trace): a handler that publishes onwards per event does so in that event's context (pseah.common
    .telemetry.attached), so one report stays one trace across the services.

    Each message is first decoded alone through handle_in_order (inside its own span, linked to its producer's
    trace): one that is no CloudEvent or whose payload breaks its contract (`check`) is dead-lettered by itself,
    a type not in `types` skipped. The rest go to `handle_many` in one call, inside one span, tried again in place
    as a whole while the store is down (so `handle_many` must be idempotent). Should `handle_many` raise one of
    `unprocessable`, the batch is handled again one message at a time, so that only the message at fault is
    dead-lettered. Returns the events handed on."""
    kept: list[tuple[object, CloudEvent, context.Context]] = []

    def keeper(message):
        async def keep(event: CloudEvent) -> str:
            check(event)  # BreaksContract (a ValueError): dead-lettered by handle_in_order, never handed on
            kept.append((message, event, context.get_current()))  # inside the message's span
            return "kept"
        return keep

    common = dict(span=span, dead_letter=dead_letter, unprocessable=unprocessable, types=types,
                  retry_event=retry_event, backoff=backoff, sleep=sleep, tracer_name=tracer_name)
    for message in messages:
        await handle_in_order(message, consumed=_topic_of(message), handle=keeper(message), **common)
    if not kept:
        return []
    events = [event for _, event, _ in kept]
    handed = [(event, ctx) for _, event, ctx in kept] if traced else events

    async def attempt() -> object:
        size = {"pseah.batch_size": len(events)}
        with span_from(context.Context(), f"{span}.batch", tracer_name=tracer_name, **size):
            try:
                return await handle_many(handed)
            except unprocessable:
                return FALL_BACK

    if await until_done(attempt, retry_event=retry_event, backoff=backoff, sleep=sleep) is FALL_BACK:
        log.warning("event_batch_split", size=len(events))

        async def one(event: CloudEvent) -> None:
            await handle_many([(event, context.get_current())] if traced else [event])

        for message, _, _ in kept:
            await handle_in_order(message, consumed=_topic_of(message), handle=one, **common)
    return events


def _topic_of(message) -> str:
    return message.message.topic


async def consume_in_batches(stream, *, max_batch: int = 200, within: float = 0.05, **handling) -> None:
    """Every poll of `stream` (at most `max_batch` messages, gathered for at most `within` seconds) through
    handle_batch(**handling), its messages acknowledged only after it: a crash mid-batch has the whole batch
    delivered again, which the idempotent handlers absorb. (Not faust's take_events: it acknowledges its buffer
    when the loop is left, even by a cancellation, so a batch could be committed unhandled.)"""
    async for messages in stream.noack_take(max_batch, within=within):
        await handle_batch(messages, **handling)
        for message in messages:
            await stream.ack(message)


def consume_lanes(app: faust.App, topic: str, *, name: str, concurrency: int = 1, **handling) -> None:
    """Both lanes of `topic` (an agent each, see lane_agents), every message through handle_in_order(**handling),
    which dead-letters to the lane it was read from."""

    async def consume(stream, consumed: str):
        # events() so the headers (trace context) are at hand; a message is acknowledged when the next is taken.
        async for message in stream.events():
            await handle_in_order(message, consumed=consumed, **handling)

    lane_agents(app, topic, name=name, handler=consume, concurrency=concurrency)


def consume_lanes_in_batches(app: faust.App, topic: str, *, name: str, concurrency: int = 1, max_batch: int = 200,
                             within: float = 0.05, **handling) -> None:
    """Both lanes of `topic` (an agent each, see lane_agents), every poll of a lane through handle_batch(**handling)
    (consume_in_batches): the priority lane's polls never wait behind the routine lane's."""

    async def consume(stream, consumed: str):
        await consume_in_batches(stream, max_batch=max_batch, within=within, **handling)

    lane_agents(app, topic, name=name, handler=consume, concurrency=concurrency)


class _EmbeddedServer:
    """uvicorn inside the faust worker's loop; signals stay with the faust worker."""

    def __init__(self, asgi, *, host: str, port: int):
        import uvicorn

        class Server(uvicorn.Server):
            @contextlib.contextmanager
            def capture_signals(self):
                yield

        self.server = Server(uvicorn.Config(asgi, host=host, port=port, log_config=None, access_log=False,
                                            server_header=False, timeout_keep_alive=KEEP_ALIVE_SECONDS))

    async def run(self) -> None:
        try:
            await self.server.serve()
        finally:
            self.server.should_exit = True


# How long the services' HTTP servers keep an idle connection open. Longer than the clients' pools keep one (httpx:
# 5 s, uvicorn's own default too): when both sides give up on an idle connection at the same moment, a request sent
# on it as the server closes it is never read and the client gets a bare ReadError (one in each flood of 300 offered
# by tests/bench/flood_bench.py). The side that lets go first must be the client.
KEEP_ALIVE_SECONDS = 75


def serve_http(app: faust.App, asgi, *, host: str, port: int) -> None:
    """Serve an ASGI app (the service's FastAPI) from the faust worker's own event loop.

    Starting faust inside uvicorn's loop hangs now and then while the consumer thread starts, so a service
    with both runs as a faust worker and serves HTTP from a task of it.
    """
    embedded = _EmbeddedServer(asgi, host=host, port=port)
    app.task(embedded.run)


def run_worker(app: faust.App, *, log_level: str) -> None:
    """Run the faust worker in the foreground until SIGTERM; our JSON logging stays in place."""
    faust.Worker(app, loglevel=log_level, override_logging=False).execute_from_commandline()

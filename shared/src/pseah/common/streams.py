"""The faust App factory: one App per service, consuming CloudEvents from the suite's topics.

Agents consume with at-least-once delivery (offsets committed after the agent finished with a message)
and must be idempotent (pseah.common.idempotency). They publish onwards through an outbox and the
kafka-python producer (acks=all, idempotent), not through faust's own producer.
"""
from __future__ import annotations

import contextlib
import os

import faust

from pseah.common.events import CloudEvent, Topics
from pseah.common.settings import repo_root
from pseah.common.telemetry import context_from_kafka_headers


def _datadir() -> str:
    # faust keeps a small folder per app: never the working directory (containers have a read-only root).
    base = os.environ.get("PSEAH_FAUST_DATADIR") or str(repo_root() / "var/data/faust")
    os.makedirs(base, exist_ok=True)
    return os.path.join(base, "{conf.name}")


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
        ready = bool(app.consumer.assignment()) or app.rebalancing is False
        return web.json({"status": "ready" if ready else "not_ready"}, status=200 if ready else 503)

    return app


def lane_agents(app: faust.App, topic: str, *, name: str, handler, concurrency: int = 1) -> None:
    """One agent per lane of a stream (Topics.lanes): `handler(stream, consumed_topic)` runs for each.

    The priority lane has its own agent, so an urgent case is never behind a backlog of routine ones in a
    stream buffer; both agents share the code, and each dead-letters to the topic it consumed."""
    for consumed in Topics.lanes(topic):
        lane = "routine" if consumed == topic else "priority"

        async def agent(stream, _consumed: str = consumed):
            await handler(stream, _consumed)

        app.agent(app.topic(consumed, value_type=bytes, key_type=bytes), name=f"{name}-{lane}",
                  concurrency=concurrency)(agent)


def decode(event: faust.types.EventT) -> tuple[CloudEvent, object]:
    """The CloudEvent of a faust event and the trace context carried in its headers."""
    return CloudEvent.from_bytes(event.value), context_from_kafka_headers(event.headers)


class _EmbeddedServer:
    """uvicorn inside the faust worker's loop; signals stay with the faust worker."""

    def __init__(self, asgi, *, host: str, port: int):
        import uvicorn

        class Server(uvicorn.Server):
            @contextlib.contextmanager
            def capture_signals(self):
                yield

        self.server = Server(uvicorn.Config(asgi, host=host, port=port, log_config=None, access_log=False,
                                            server_header=False))

    async def run(self) -> None:
        try:
            await self.server.serve()
        finally:
            self.server.should_exit = True


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

"""The service kit's wiring: one process lifecycle and one HTTP skeleton for the services that consume streams.

Every service has the same skeleton: `bootstrap.py`, the only module that wires (settings, store, keys, producer,
the faust app and the HTTP API), and thin `entrypoints/` (`stream.py` runs the worker, `http.py` serves an HTTP-only
service, `grpc.py` the gRPC server) that call it. Every stream service (triage, referral, notification, audit,
analytics) starts the same way: logging, tracing, its own database, and, for those that seal or open content, the
key database and the key ring. `start_process` does that once, so a service's bootstrap holds only what is its own;
it returns a `StreamService`, which `run_stream_service` runs. `service_api` is the HTTP API such a service serves
beside its faust worker: the one error shape, Keycloak tokens, health (store, Kafka and, when given, the consumer),
the service's routers, OpenAPI and metrics, in that order.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import faust
from fastapi import APIRouter, FastAPI

from pseah.common import mongo
from pseah.common.auth import AuthConfig, TokenValidator, install_auth
from pseah.common.crypto import KEYS_ALIAS, KeyFileWrapper, KeyRing
from pseah.common.errors import install_error_handlers
from pseah.common.health import health_router, tcp_check
from pseah.common.logging import configure_logging
from pseah.common.metrics import instrument as instrument_metrics
from pseah.common.openapi import install_openapi
from pseah.common.streams import KEEP_ALIVE_SECONDS, run_worker, serve_http
from pseah.common.telemetry import FASTAPI_TELEMETRY, setup_tracing


def start_process(*, service: str, settings, keys: bool = False) -> KeyRing | None:
    """Logging, tracing and the service's database for this process; with `keys`, the key database too, and the
    key ring that seals and opens content under the case keys (returned; None without `keys`).

    `settings` has the fields every stream service's settings have: log_level, otel_exporter, mongo_uri, database
    and, with `keys`, keys_database and master_key_file."""
    configure_logging(service=service, level=settings.log_level)
    setup_tracing(service=service, exporter=settings.otel_exporter)
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    if not keys:
        return None
    mongo.connect(uri=settings.mongo_uri, db=settings.keys_database, alias=KEYS_ALIAS)
    return KeyRing(KeyFileWrapper(settings.master_key_file))


def service_api(*, service: str, title: str, settings, routers: Iterable[APIRouter], description: str = "",
                consumer_ready: Callable[[], bool] | None = None, connect_store: bool = False,
                customise: Callable[[FastAPI], None] | None = None) -> FastAPI:
    """The HTTP API of a stream service. `connect_store`: connect the service's database for the app's lifetime (an
    app served alone, as in tests; the worker's process is connected by start_process). `customise(app)` adds what
    is the service's own (an exception handler, state) before the routes."""
    lifespan = None
    if connect_store:
        @contextlib.asynccontextmanager
        async def lifespan(_app: FastAPI):
            mongo.connect(uri=settings.mongo_uri, db=settings.database)
            try:
                yield
            finally:
                mongo.disconnect()

    app = FastAPI(title=title, version="1", description=description, lifespan=lifespan,
                  telemetry=FASTAPI_TELEMETRY)
    install_error_handlers(app)
    if customise is not None:
        customise(app)
    # Tokens are checked against the realm's key set, fetched on the first authenticated request (start-up needs no
    # Keycloak).
    install_auth(app, validator=TokenValidator(config=AuthConfig.from_settings(settings)))
    checks = {"mongo": mongo.ping, "kafka": tcp_check(settings.kafka_bootstrap)}
    if consumer_ready is not None:
        checks["consumer"] = consumer_ready
    app.include_router(health_router(checks))
    for router in routers:
        app.include_router(router)
    install_openapi(app, settings=settings)
    return instrument_metrics(app, service=service)


@dataclass(frozen=True)
class StreamService:
    """A stream service as its bootstrap wired it: the faust app, and the HTTP API served from the worker's own loop
    on host:port (None when faust's own web serves health, as for referral and notification)."""

    app: faust.App
    log_level: str
    api: FastAPI | None = None
    host: str = "127.0.0.1"
    port: int = 0


def run_stream_service(service: StreamService) -> None:
    """Run a wired stream service in the foreground until SIGTERM: its HTTP API from the worker, then the worker."""
    if service.api is not None:
        serve_http(service.app, service.api, host=service.host, port=service.port)
    run_worker(service.app, log_level=service.log_level)


def run_http_service(*, service: str, settings, create_app: Callable[[object], FastAPI]) -> None:
    """Serve an HTTP-only service (intake, the portal) under uvicorn in the foreground: logging and tracing first.
    No access log and no proxy headers: uvicorn's access log writes client addresses and full URLs, and public
    endpoints must not record who reported."""
    import uvicorn

    configure_logging(service=service, level=settings.log_level)
    setup_tracing(service=service, exporter=settings.otel_exporter)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, access_log=False, log_config=None,
                server_header=False, proxy_headers=False, timeout_keep_alive=KEEP_ALIVE_SECONDS)

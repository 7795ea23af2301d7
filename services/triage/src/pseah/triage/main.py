"""Entry point: `python -m pseah.triage` runs the faust worker and serves the HTTP API from it (serve_http)."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from pseah.common import mongo
from pseah.common.auth import AuthConfig, TokenValidator, install_auth
from pseah.common.crypto import KEYS_ALIAS, KeyFileWrapper, KeyRing, KeyUnavailable
from pseah.common.errors import error_body, install_error_handlers
from pseah.common.health import health_router, tcp_check
from pseah.common.kafka import make_producer
from pseah.common.logging import configure_logging, get_logger
from pseah.common.openapi import install_openapi
from pseah.common.streams import run_worker, serve_http
from pseah.common.telemetry import setup_tracing
from pseah.common.metrics import instrument as instrument_metrics
from pseah.triage.api import triage as triage_api
from pseah.triage.config import Settings
from pseah.triage.decisions.models import TriageDecision
from pseah.triage.links.fingerprint import Hasher
from pseah.triage.streams import Producer, _flush_quietly, build_app

log = get_logger(__name__)


@dataclass
class Runtime:
    """What the HTTP API shares with the stream processing, wired once."""

    settings: Settings
    keyring: KeyRing
    producer: Producer

    def flush(self, decision: TriageDecision) -> None:
        _flush_quietly(decision, producer=self.producer.get())


def create_api(*, runtime: Runtime, consumer_ready=None) -> FastAPI:
    settings = runtime.settings
    app = FastAPI(title="PSEAH triage", version="1",
                  description="Triage officers confirm or change the automatic triage. Tokens: Keycloak realm pseah.")
    app.state.runtime = runtime
    install_error_handlers(app)

    @app.exception_handler(KeyUnavailable)
    async def _erased(_request: Request, _exc: KeyUnavailable):
        # The case key was destroyed (pseah case erase): its reasons are gone for good, which is not a fault.
        return JSONResponse(error_body(code="gone", message="This case's content has been erased."), status_code=410)

    # The key set is fetched on the first authenticated request, not here.
    install_auth(app, validator=TokenValidator(config=AuthConfig.from_settings(settings)))
    checks = {"mongo": mongo.ping, "kafka": tcp_check(settings.kafka_bootstrap)}
    if consumer_ready is not None:
        checks["consumer"] = consumer_ready
    app.include_router(health_router(checks))
    app.include_router(triage_api.router)
    install_openapi(app, settings=settings)
    return instrument_metrics(app, service="triage")


def main() -> None:
    settings = Settings()
    configure_logging(service="triage", level=settings.log_level)
    setup_tracing(service="triage", exporter=settings.otel_exporter)
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    mongo.connect(uri=settings.mongo_uri, db=settings.keys_database, alias=KEYS_ALIAS)
    keyring = KeyRing(KeyFileWrapper(settings.master_key_file))
    hasher = Hasher(settings.fingerprint_secret())
    producer = Producer(lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id="pseah-triage"))
    # The web server is FastAPI's; faust only consumes.
    app = build_app(settings=settings, keyring=keyring, producer=producer, hasher=hasher, web_enabled=False)

    def consumer_ready() -> bool:
        try:
            return bool(app.consumer.assignment())
        except Exception:  # noqa: BLE001 - before start there is no consumer yet
            return False

    runtime = Runtime(settings=settings, keyring=keyring, producer=producer)
    serve_http(app, create_api(runtime=runtime, consumer_ready=consumer_ready), host=settings.host, port=settings.port)
    run_worker(app, log_level=settings.log_level)

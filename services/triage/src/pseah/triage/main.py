"""Entry point: `python -m pseah.triage` runs the faust worker and serves the HTTP API from it (serve_http)."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from pseah.common.bootstrap import service_api, start_process
from pseah.common.crypto import KeyRing, KeyUnavailable
from pseah.common.errors import error_body
from pseah.common.kafka import make_producer
from pseah.common.logging import get_logger
from pseah.common.streams import has_partitions, run_worker, serve_http
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
    def customise(app: FastAPI) -> None:
        app.state.runtime = runtime

        @app.exception_handler(KeyUnavailable)
        async def _erased(_request: Request, _exc: KeyUnavailable):
            # The case key was destroyed (pseah case erase): its reasons are gone for good, which is not a fault.
            return JSONResponse(error_body(code="gone", message="This case's content has been erased."),
                                status_code=410)

    return service_api(service="triage", title="PSEAH triage", settings=runtime.settings, customise=customise,
                       description="Triage officers confirm or change the automatic triage. Tokens: Keycloak realm "
                                   "pseah.",
                       consumer_ready=consumer_ready, routers=[triage_api.router])


def main() -> None:
    settings = Settings()
    keyring = start_process(service="triage", settings=settings, keys=True)
    hasher = Hasher(settings.fingerprint_secret())
    producer = Producer(lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id="pseah-triage"))
    # The web server is FastAPI's; faust only consumes.
    app = build_app(settings=settings, keyring=keyring, producer=producer, hasher=hasher, web_enabled=False)
    runtime = Runtime(settings=settings, keyring=keyring, producer=producer)
    serve_http(app, create_api(runtime=runtime, consumer_ready=lambda: has_partitions(app)), host=settings.host,
               port=settings.port)
    run_worker(app, log_level=settings.log_level)

"""The triage HTTP API's factory and what it shares with the stream processing (wired in pseah.triage.bootstrap)."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from pseah.common.bootstrap import service_api
from pseah.common.crypto import KeyRing, KeyUnavailable
from pseah.common.errors import error_body
from pseah.triage.api import triage as triage_api
from pseah.triage.config import Settings
from pseah.triage.decisions.models import TriageDecision
from pseah.triage.streams import Producer, _flush_quietly

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

"""`python -m pseah.intake`: serve the intake API on its loopback port (127.0.0.1:8001, PSEAH_INTAKE_PORT)."""
from __future__ import annotations

import uvicorn

from pseah.common.logging import configure_logging
from pseah.common.telemetry import setup_tracing
from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app


def serve(settings: IntakeSettings | None = None) -> None:
    settings = settings or IntakeSettings()
    configure_logging(service="intake", level=settings.log_level)
    setup_tracing(service="intake", exporter=settings.otel_exporter)
    # No access log and no proxy headers: public endpoints must not record who reported.
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, access_log=False,
                log_config=None, server_header=False, proxy_headers=False)

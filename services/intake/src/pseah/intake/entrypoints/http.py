"""`python -m pseah.intake`: serve the intake API on its loopback port (127.0.0.1:8001, PSEAH_INTAKE_PORT)."""
from __future__ import annotations

from pseah.common.bootstrap import run_http_service
from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app


def serve(settings: IntakeSettings | None = None) -> None:
    run_http_service(service="intake", settings=settings or IntakeSettings(), create_app=create_app)

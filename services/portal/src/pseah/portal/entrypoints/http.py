"""`python -m pseah.portal`: the portal on 127.0.0.1:8000 (PSEAH_PORTAL_PORT)."""
from __future__ import annotations

from pseah.common.bootstrap import run_http_service
from pseah.portal.config import PortalSettings
from pseah.portal.main import create_app


def main() -> None:
    run_http_service(service="portal", settings=PortalSettings(), create_app=create_app)

"""`python -m pseah.portal`: the portal on 127.0.0.1:8000 (PSEAH_PORTAL_PORT)."""
from __future__ import annotations

import uvicorn

from pseah.common.logging import configure_logging
from pseah.common.telemetry import setup_tracing
from pseah.portal.config import PortalSettings
from pseah.portal.main import create_app


def main() -> None:
    settings = PortalSettings()
    configure_logging(service="portal", level=settings.log_level)
    setup_tracing(service="portal", exporter=settings.otel_exporter)
    # access_log off: uvicorn's access log writes client addresses and full URLs; ours writes neither.
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, access_log=False,
                log_config=None, proxy_headers=False, server_header=False)

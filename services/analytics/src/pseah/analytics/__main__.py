"""`python -m pseah.analytics`: the analytics service on 127.0.0.1:8006 (PSEAH_ANALYTICS_PORT)."""
from __future__ import annotations

import uvicorn

from pseah.analytics.config import get_settings
from pseah.analytics.main import create_api
from pseah.common.logging import configure_logging
from pseah.common.telemetry import setup_tracing


def main() -> None:
    settings = get_settings()
    configure_logging(service="analytics", level=settings.log_level)
    setup_tracing(service="analytics", exporter=settings.otel_exporter)
    uvicorn.run(create_api(settings), host=settings.host, port=settings.port, log_config=None,
                access_log=False)


if __name__ == "__main__":
    main()

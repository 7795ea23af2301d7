"""`python -m pseah.audit`: the audit service on 127.0.0.1:8005 (PSEAH_AUDIT_PORT)."""
from __future__ import annotations

import uvicorn

from pseah.audit.config import get_settings
from pseah.audit.main import create_api
from pseah.common.logging import configure_logging
from pseah.common.telemetry import setup_tracing


def main() -> None:
    settings = get_settings()
    configure_logging(service="audit", level=settings.log_level)
    setup_tracing(service="audit", exporter=settings.otel_exporter)
    uvicorn.run(create_api(settings), host=settings.host, port=settings.port, log_config=None,
                access_log=False)


if __name__ == "__main__":
    main()

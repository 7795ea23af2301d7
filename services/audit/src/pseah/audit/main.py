"""The audit service's HTTP API (health, read API); wired in pseah.audit.bootstrap."""
from __future__ import annotations

from fastapi import FastAPI

from pseah.audit.api import access
from pseah.audit.api.entries import entries_router, public_key_router
from pseah.audit.config import AuditSettings
from pseah.common.bootstrap import service_api


def create_api(settings: AuditSettings, *, consumer_ready=None) -> FastAPI:
    """The HTTP API; `python -m pseah.audit` serves it from the faust worker that consumes (serve_http)."""
    return service_api(service="audit", title="PSEAH audit", settings=settings, consumer_ready=consumer_ready,
                       connect_store=True,
                       routers=[entries_router(reader=access.reader_dependency(), max_page=settings.max_page,
                                               settings=settings),
                                public_key_router(settings)])

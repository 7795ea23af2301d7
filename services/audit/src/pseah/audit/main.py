"""The audit service's HTTP API (health, read API) and the store preparation before consuming."""
from __future__ import annotations

from fastapi import FastAPI

from pseah.audit.api import access
from pseah.audit.api.entries import entries_router, public_key_router
from pseah.audit.chain import service
from pseah.audit.config import AuditSettings
from pseah.audit.streams import AuditStreams
from pseah.common.bootstrap import service_api
from pseah.common.logging import get_logger
from pseah.common.streams import until_ready

log = get_logger(__name__)


def prepare_store(streams: AuditStreams) -> None:
    """Indexes and the chain's head before consuming: the unique seq index is what keeps the chain single."""

    def prepare() -> None:
        service.ensure_indexes()
        indexed = service.backfill_index()
        if indexed:
            log.info("audit_lookups_backfilled", entries=indexed)
        seq, _ = streams.writer.resume()
        log.info("audit_chain_resumed", head_seq=seq)

    until_ready(prepare, not_ready_event="audit_store_not_ready")


def create_api(settings: AuditSettings, *, consumer_ready=None) -> FastAPI:
    """The HTTP API; `python -m pseah.audit` serves it from the faust worker that consumes (serve_http)."""
    return service_api(service="audit", title="PSEAH audit", settings=settings, consumer_ready=consumer_ready,
                       connect_store=True,
                       routers=[entries_router(reader=access.reader_dependency(), max_page=settings.max_page,
                                               settings=settings),
                                public_key_router(settings)])

"""The audit service's HTTP API (health, read API) and the store preparation before consuming."""
from __future__ import annotations

import contextlib

from fastapi import FastAPI

from pseah.audit.api import access
from pseah.audit.api.entries import entries_router, public_key_router
from pseah.audit.chain import service
from pseah.audit.config import AuditSettings
from pseah.audit.streams import AuditStreams
from pseah.common import mongo
from pseah.common.errors import install_error_handlers
from pseah.common.health import health_router, tcp_check
from pseah.common.logging import get_logger
from pseah.common.openapi import install_openapi
from pseah.common.streams import until_ready
from pseah.common.metrics import instrument as instrument_metrics

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

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        mongo.connect(uri=settings.mongo_uri, db=settings.database)
        try:
            yield
        finally:
            mongo.disconnect()

    app = FastAPI(title="PSEAH audit", version="1", lifespan=lifespan)
    install_error_handlers(app)
    access.install(app, settings)
    checks = {"mongo": mongo.ping, "kafka": tcp_check(settings.kafka_bootstrap)}
    if consumer_ready is not None:
        checks["consumer"] = consumer_ready
    app.include_router(health_router(checks))
    app.include_router(entries_router(reader=access.reader_dependency(), max_page=settings.max_page,
                                      settings=settings))
    app.include_router(public_key_router(settings))
    install_openapi(app, settings=settings)
    return instrument_metrics(app, service="audit")

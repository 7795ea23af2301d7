"""The analytics HTTP API (health, statistics) and the store preparation before counting."""
from __future__ import annotations

import contextlib

from fastapi import FastAPI

from pseah.analytics.api import access
from pseah.analytics.api.stats import partner_router, stats_router
from pseah.analytics.config import AnalyticsSettings
from pseah.analytics.readmodel import store
from pseah.common import mongo
from pseah.common.errors import install_error_handlers
from pseah.common.health import health_router, tcp_check
from pseah.common.logging import get_logger
from pseah.common.openapi import install_openapi
from pseah.common.streams import until_ready
from pseah.common.metrics import instrument as instrument_metrics

log = get_logger(__name__)


def prepare_store() -> None:
    """Recount the tables when a crash left an event pending, before counting anything new."""

    def prepare() -> None:
        store.ensure_indexes()
        log.info("analytics_store_ready", recounted=store.recount_if_pending())

    until_ready(prepare, not_ready_event="analytics_store_not_ready")


def create_api(settings: AnalyticsSettings, *, consumer_ready=None) -> FastAPI:
    """The HTTP API; `python -m pseah.analytics` serves it from the faust worker that consumes (serve_http)."""

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        mongo.connect(uri=settings.mongo_uri, db=settings.database)
        try:
            yield
        finally:
            mongo.disconnect()

    app = FastAPI(title="PSEAH analytics", version="1", lifespan=lifespan)
    install_error_handlers(app)
    access.install(app, settings)
    checks = {"mongo": mongo.ping, "kafka": tcp_check(settings.kafka_bootstrap)}
    if consumer_ready is not None:
        checks["consumer"] = consumer_ready
    app.include_router(health_router(checks))
    app.include_router(stats_router(reader=access.reader_dependency(), threshold=settings.suppression_threshold))
    app.include_router(partner_router(reader=access.partner_dependency(), threshold=settings.suppression_threshold))
    install_openapi(app, settings=settings)
    return instrument_metrics(app, service="analytics")

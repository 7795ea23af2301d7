"""The analytics HTTP API (health, statistics) and the store preparation before counting."""
from __future__ import annotations

from fastapi import FastAPI

from pseah.analytics.api import access
from pseah.analytics.api.stats import partner_router, stats_router
from pseah.analytics.config import AnalyticsSettings
from pseah.analytics.readmodel import store
from pseah.common.bootstrap import service_api
from pseah.common.logging import get_logger
from pseah.common.streams import until_ready

log = get_logger(__name__)


def prepare_store() -> None:
    """Recount the tables when a crash left an event pending, before counting anything new."""

    def prepare() -> None:
        store.ensure_indexes()
        log.info("analytics_store_ready", recounted=store.recount_if_pending())

    until_ready(prepare, not_ready_event="analytics_store_not_ready")


def create_api(settings: AnalyticsSettings, *, consumer_ready=None) -> FastAPI:
    """The HTTP API; `python -m pseah.analytics` serves it from the faust worker that consumes (serve_http)."""
    threshold = settings.suppression_threshold
    return service_api(service="analytics", title="PSEAH analytics", settings=settings, consumer_ready=consumer_ready,
                       connect_store=True,
                       routers=[stats_router(reader=access.reader_dependency(), threshold=threshold),
                                partner_router(reader=access.partner_dependency(), threshold=threshold)])

"""The analytics service's wiring, and the only place it is done: settings, the store prepared (a recount when a crash
left an event pending), the faust app (pseah.analytics.streams) and the HTTP API served from the worker
(pseah.analytics.main). Entry points (pseah.analytics.entrypoints) only run what this returns."""
from __future__ import annotations

from pseah.analytics.config import AnalyticsSettings, get_settings
from pseah.analytics.main import create_api
from pseah.analytics.readmodel import store
from pseah.analytics.streams import AnalyticsStreams
from pseah.common.bootstrap import StreamService, start_process
from pseah.common.logging import get_logger
from pseah.common.streams import until_ready

log = get_logger(__name__)


def prepare_store() -> None:
    """Recount the tables when a crash left an event pending, before counting anything new."""

    def prepare() -> None:
        store.ensure_indexes()
        log.info("analytics_store_ready", recounted=store.recount_if_pending())

    until_ready(prepare, not_ready_event="analytics_store_not_ready")


def bootstrap(settings: AnalyticsSettings | None = None) -> StreamService:
    settings = settings or get_settings()
    start_process(service="analytics", settings=settings)
    prepare_store()
    streams = AnalyticsStreams(settings)
    return StreamService(app=streams.app, log_level=settings.log_level,
                         api=create_api(settings, consumer_ready=streams.assigned),
                         host=settings.host, port=settings.port)

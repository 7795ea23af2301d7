"""The analytics HTTP API (health, statistics); wired in pseah.analytics.bootstrap."""
from __future__ import annotations

from fastapi import FastAPI

from pseah.analytics.api import access
from pseah.analytics.api.stats import partner_router, stats_router
from pseah.analytics.config import AnalyticsSettings
from pseah.common.bootstrap import service_api


def create_api(settings: AnalyticsSettings, *, consumer_ready=None) -> FastAPI:
    """The HTTP API; `python -m pseah.analytics` serves it from the faust worker that consumes (serve_http)."""
    threshold = settings.suppression_threshold
    return service_api(service="analytics", title="PSEAH analytics", settings=settings, consumer_ready=consumer_ready,
                       connect_store=True,
                       routers=[stats_router(reader=access.reader_dependency(), threshold=threshold),
                                partner_router(reader=access.partner_dependency(), threshold=threshold)])

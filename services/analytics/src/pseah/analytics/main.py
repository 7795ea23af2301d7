"""The analytics process: FastAPI (health, statistics) and the faust consumer in one lifespan."""
from __future__ import annotations

import asyncio
import contextlib
import time

from fastapi import FastAPI

from pseah.analytics.api import access
from pseah.analytics.api.stats import stats_router
from pseah.analytics.config import AnalyticsSettings
from pseah.analytics.stats import service
from pseah.analytics.streams import AnalyticsStreams
from pseah.common import mongo
from pseah.common.errors import install_error_handlers
from pseah.common.health import health_router, tcp_check
from pseah.common.logging import get_logger

log = get_logger(__name__)


async def _prepare_store() -> None:
    # The store may come up after us; keep trying in the background instead of failing start-up.
    await asyncio.to_thread(prepare_store)


def prepare_store() -> None:
    """Settle any fact a crash left pending before counting anything new."""
    delay = 0.5
    while True:
        try:
            service.ensure_indexes()
            settled = service.reconcile_if_pending()
            log.info("analytics_store_ready", settled_pending=settled)
            return
        except Exception as exc:  # noqa: BLE001
            log.warning("analytics_store_not_ready", error_type=type(exc).__name__, delay=delay)
            time.sleep(delay)
            delay = min(delay * 2, 5.0)


def create_api(settings: AnalyticsSettings, *, consume: bool = True, consumer_ready=None) -> FastAPI:
    """The HTTP API; with `consume` its lifespan also runs the consumer (tests), else `python -m` runs both."""
    streams = AnalyticsStreams(settings) if consume else None

    async def _start_consuming() -> None:
        # Settle any fact a crash left pending before counting anything new.
        await _prepare_store()
        await streams.start()

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):
        mongo.connect(uri=settings.mongo_uri, db=settings.database)
        starter = asyncio.create_task(_start_consuming()) if streams is not None else None
        try:
            yield
        finally:
            if starter is not None:
                starter.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await starter
                await streams.stop()
            mongo.disconnect()

    app = FastAPI(title="PSEAH analytics", version="1", lifespan=lifespan)
    install_error_handlers(app)
    access.install(app, settings)
    checks = {"mongo": mongo.ping, "kafka": tcp_check(settings.kafka_bootstrap)}
    if streams is not None or consumer_ready is not None:
        checks["consumer"] = consumer_ready or streams.assigned
    app.include_router(health_router(checks))
    app.include_router(stats_router(reader=access.reader_dependency(), threshold=settings.suppression_threshold))
    app.state.streams = streams
    return app

"""The intake app factory and its lifespan: HTTP, the outbox relay and the status consumer."""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI

from pseah.common import mongo
from pseah.common.health import health_router, tcp_check
from pseah.common.kafka import make_producer
from pseah.common.logging import get_logger
from pseah.common.openapi import install_openapi
from pseah.common.outbox import run_relay
from pseah.intake import errors, status_consumer
from pseah.common.auth import AuthConfig, TokenValidator, install_auth
from pseah.common.metrics import instrument as instrument_metrics
from pseah.common.telemetry import FASTAPI_TELEMETRY
from pseah.intake.api import attachments, cases, channels, erasure, operator, partner, receipts, reports
from pseah.intake.attachment import service as attachment_service
from pseah.intake.config import IntakeSettings
from pseah.intake.erasure import service as erasure_service
from pseah.intake.message.models import Message
from pseah.intake.middleware import BodyGuard, NoStore
from pseah.intake.publisher import REQUEST_FLUSH_BOUND_S, Settled, producer_options
from pseah.intake.report import service as report_service
from pseah.intake.report.models import Report
from pseah.intake.bootstrap import bootstrap, shutdown

log = get_logger(__name__)

# Relay order matters: a report's event before any message on it.
OUTBOX_DOCUMENTS = [Report, Message]


def _is_attachment_upload(path: str) -> bool:
    return path.startswith("/v1/receipts/") and path.endswith("/attachments")


def _json_only(path: str) -> bool:
    # Every /v1 body is JSON except the channel webhooks, which providers send form-encoded, and
    # attachments, which are the file itself.
    return path.startswith("/v1/") and not path.startswith("/v1/channels/") and not _is_attachment_upload(path)


async def _backfill(what: str, step: Callable[[], int]) -> None:
    """A read model filled, once per database, from what was stored before it existed (receipts, the retention list
    of closed cases, each case's attachments): in the background, so start-up is not held up, and tried again at the
    next start if the store is away now."""
    try:
        added = await asyncio.to_thread(step)
        if added:
            log.info(f"{what}_backfilled", items=added)
    except Exception as exc:  # noqa: BLE001
        log.warning(f"{what}_backfill_failed", error_type=type(exc).__name__)


async def _forget_old_prefixes(runtime, stop: asyncio.Event, *, every: float = 3600.0) -> None:
    # Receipt prefixes that stopped failing a day ago tell nothing worth keeping.
    while not stop.is_set():
        try:
            await asyncio.to_thread(runtime.guard.forget_older_than, seconds=86400)
        except Exception as exc:  # noqa: BLE001 - the store away now; next round
            log.warning("lookup_guard_cleanup_failed", error_type=type(exc).__name__)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=every)


def create_app(settings: IntakeSettings | None = None) -> FastAPI:
    settings = settings or IntakeSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        runtime = bootstrap(settings)
        app.state.runtime = runtime
        stop = asyncio.Event()
        # While requests flush their own events, the relay takes only what they left behind.
        settle = REQUEST_FLUSH_BOUND_S if settings.publish_after_request else 0.0
        tasks = [asyncio.create_task(run_relay(
            documents=[Settled(d, seconds=settle) for d in OUTBOX_DOCUMENTS],
            interval=settings.relay_interval_seconds, full_scan_every=settings.relay_full_scan_seconds, stop=stop,
            producer_factory=lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id="pseah-intake-relay",
                                                   **producer_options())))]
        tasks.append(asyncio.create_task(_backfill("receipt_index", report_service.backfill_receipt_index)))
        tasks.append(asyncio.create_task(_backfill("retention_list", erasure_service.backfill_closed)))
        tasks.append(asyncio.create_task(_backfill("attachment_index", attachment_service.backfill_index)))
        tasks.append(asyncio.create_task(_forget_old_prefixes(runtime, stop)))
        if settings.consume_status_events:
            tasks.append(asyncio.create_task(status_consumer.run(
                settings=settings, publisher=runtime.publisher, stop=stop, keyring=runtime.keyring)))
        log.info("intake_started", port=settings.port)
        try:
            yield
        finally:
            stop.set()
            for task in tasks:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(task, timeout=15)
            await asyncio.to_thread(shutdown, runtime)

    app = FastAPI(
        title="PSEAH intake", version="1.0.0", lifespan=lifespan, telemetry=FASTAPI_TELEMETRY,
        description="Reports of sexual exploitation, abuse and harassment from every channel. "
                    "Anonymous by default: no IP address or other identifier of the reporter is stored.")
    errors.install(app, retry_after=settings.retry_after_seconds)
    app.include_router(health_router({
        "mongo": lambda: mongo.ping(),
        "kafka": tcp_check(settings.kafka_bootstrap.split(",")[0]),
    }))
    app.include_router(reports.router)
    app.include_router(receipts.router)
    app.include_router(attachments.router)
    app.include_router(cases.router)
    app.include_router(erasure.router)
    app.include_router(operator.router)
    app.include_router(partner.router)
    app.include_router(channels.router)
    # The key set is fetched on the first authenticated request, not here.
    install_auth(app, validator=TokenValidator(config=AuthConfig.from_settings(settings)))
    app.add_middleware(BodyGuard, max_bytes=settings.max_body_bytes, json_only=_json_only,
                       max_bytes_for=lambda path: settings.max_attachment_bytes if _is_attachment_upload(path) else None)
    app.add_middleware(NoStore)
    install_openapi(app, settings=settings, schemes=channels.SIGNATURE_SCHEMES)
    return instrument_metrics(app, service="intake")

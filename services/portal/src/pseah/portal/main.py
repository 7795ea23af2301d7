"""The portal's app factory and lifespan; its wiring is pseah.portal.bootstrap. `create_app(portal=...)` lets unit
tests pass fakes."""
from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import timedelta
from importlib.resources import files
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from pseah.common import mongo
from pseah.common.crypto import KEYS_ALIAS
from pseah.common.health import health_router, tcp_check
from pseah.common.logging import get_logger
from pseah.common.metrics import instrument as instrument_metrics
from pseah.common.telemetry import FASTAPI_TELEMETRY
from pseah.portal.api import audit, auth, cases, coordinator, dashboard, public, referrals, triage
from pseah.portal.bootstrap import Portal, default_portal
from pseah.portal.config import PortalSettings
from pseah.portal.security import SecurityHeadersMiddleware, content_security_policy
from pseah.portal.sessions import service as sessions
from pseah.portal.web import Forbidden, LoginRequired, NotFound, render

log = get_logger(__name__)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/healthz", "/readyz"))


def create_app(settings: PortalSettings | None = None, *, portal: Portal | None = None) -> FastAPI:
    settings = settings or (portal.settings if portal else PortalSettings())
    portal = portal or default_portal(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if portal.owns_infrastructure:
            mongo.connect(uri=settings.mongo_uri, db=settings.mongo_db)
            mongo.connect(uri=settings.mongo_uri, db=settings.keys_db, alias=KEYS_ALIAS)
            try:
                sessions.purge_idle(store=portal.sessions, idle=timedelta(minutes=settings.session_idle_minutes))
            except Exception as exc:  # noqa: BLE001 - the store may come up later; readiness says so
                log.warning("session_purge_failed", error_type=type(exc).__name__)
        log.info("portal_started", port=settings.port)
        try:
            yield
        finally:
            if portal.owns_infrastructure:
                portal.http.close()
                for closer in (getattr(portal.cases, "close", None), getattr(portal.auditor, "close", None),
                               getattr(portal.directory, "close", None), getattr(portal.referrals, "close", None)):
                    if closer:
                        try:
                            closer()
                        except Exception:  # noqa: BLE001,S110 - shutting down
                            pass
                mongo.disconnect()
                mongo.disconnect(KEYS_ALIAS)

    app = FastAPI(title="PSEAH portal", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None,
                  telemetry=FASTAPI_TELEMETRY)
    app.state.portal = portal
    app.add_middleware(SecurityHeadersMiddleware, hsts=settings.cookie_secure,
                       csp=content_security_policy(form_targets=[settings.browser_issuer.split("/realms/")[0]]))
    app.mount("/static", StaticFiles(directory=str(files("pseah.portal").joinpath("static"))), name="static")
    app.include_router(health_router({
        "mongo": lambda: mongo.ping(),
        "kafka": tcp_check(settings.kafka_bootstrap),
        "keycloak": tcp_check(settings.keycloak_url.split("://", 1)[-1].rstrip("/")),
        "intake": tcp_check(settings.intake_url.split("://", 1)[-1].rstrip("/")),
        "referral": tcp_check(settings.referral_grpc),
    }))
    app.include_router(public.router)
    app.include_router(auth.router)
    app.include_router(cases.router)
    for router in (triage.router, referrals.router, coordinator.router, audit.router, dashboard.router):
        app.include_router(router)

    @app.exception_handler(LoginRequired)
    async def _login_required(_request: Request, exc: LoginRequired):
        return RedirectResponse(f"/login?next={quote(exc.next_path, safe='/')}", status_code=303)

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, _exc: Forbidden):
        return render(request, "error.html", {"message": "forbidden_title"}, status=403)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, _exc: NotFound):
        return render(request, "error.html", {"message": "not_found_title"}, status=404)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if not _wants_html(request):
            return JSONResponse({"error": {"code": "error", "message": "error", "details": []}}, status_code=exc.status_code)
        key = "not_found_title" if exc.status_code == 404 else "error_title"
        return render(request, "error.html", {"message": key}, status=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        # Type only: an exception message may quote what a person typed.
        log.error("unhandled_error", error_type=type(exc).__name__)
        try:
            return render(request, "error.html", {"message": "error_title"}, status=500)
        except Exception:  # noqa: BLE001 - the error page itself failed (store down); plain text then
            from fastapi.responses import PlainTextResponse

            return PlainTextResponse("Terjadi gangguan / Something went wrong", status_code=500)

    return instrument_metrics(app, service="portal")

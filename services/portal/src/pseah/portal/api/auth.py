"""/login, /auth/callback, /logout: Keycloak authorization code flow with PKCE."""
from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal.identity import flows, oidc
from pseah.portal.navigation import landing
from pseah.portal.sessions import service as sessions
from pseah.portal.web import check_csrf, finish, page_context, render, set_session_cookie

router = APIRouter(tags=["auth"])
log = get_logger(__name__)


@router.get("/login")
def login(request: Request, next: str = "/cases"):  # noqa: A002 - the query parameter's name
    portal = request.app.state.portal
    record, url = flows.start_login(portal=portal, next_path=next)
    response = RedirectResponse(url, status_code=303)
    set_session_cookie(request, response, record.sid)
    return finish(request, response)


@router.get("/auth/callback")
def callback(request: Request, code: str | None = None, state: str | None = None, error: str | None = None):
    portal = request.app.state.portal
    session = page_context(request).session
    if error:
        log.info("login_failed", reason="idp_error", idp_error=error[:64])
        return render(request, "login_error.html", {}, status=400)
    try:
        record, next_path = flows.complete_login(portal=portal, session=session, code=code, state=state)
    except oidc.LoginError as exc:
        log.info("login_failed", reason=str(exc))
        return render(request, "login_error.html", {}, status=400)
    # The default inbox is for focal points; an auditor or provider lands on their own page instead of a 403.
    response = RedirectResponse(landing(record.session_user, wanted=next_path), status_code=303)
    set_session_cookie(request, response, record.sid)
    return finish(request, response)


@router.get("/logout")
def logout_confirm(request: Request):
    # A GET never logs out (link prefetchers, CSRF); it shows the button that does.
    return render(request, "logout.html", {})


@router.post("/logout")
async def logout(request: Request):
    raw = await request.form()
    if not check_csrf(request, raw):
        return render(request, "logout.html", {"error": "err_csrf"}, status=403)
    portal = request.app.state.portal
    session = page_context(request).session
    id_token = session.id_token if session else None
    if session:
        await run_in_threadpool(sessions.end, store=portal.sessions, sid=session.sid)
        log.info("logout", actor=(session.user or {}).get("username"))
    response = RedirectResponse(oidc.end_session_url(settings=portal.settings, id_token=id_token), status_code=303)
    response.delete_cookie(sessions.COOKIE, path="/")
    return finish(request, response)

"""Rendering and request helpers shared by the portal's routers: language, CSRF, session, templates."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from importlib.resources import files
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from pseah.portal import i18n, labels, navigation
from pseah.portal.security import CSRF_COOKIE, CSRF_FIELD, csrf_token_for, csrf_valid, new_csrf_secret
from pseah.portal.sessions import service as sessions
from pseah.portal.sessions.models import SessionRecord, SessionUser

LANG_COOKIE = "pseah_lang"


class LoginRequired(Exception):
    def __init__(self, next_path: str = "/cases"):
        self.next_path = next_path


class Forbidden(Exception):
    pass


class NotFound(Exception):
    pass


def make_templates() -> jinja2.Environment:
    # Autoescape everything: narratives and messages are untrusted text and must render as text.
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(files("pseah.portal").joinpath("templates"))),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, auto_reload=False,
    )
    install_labels(env)
    return env


def install_labels(env: jinja2.Environment) -> None:
    """Filters that turn codes into what a person reads, in the page's language (the context's `lang`):
    `label(family)`, `org`, `region`, and `dt(region_code)` for the region's local time with UTC beside it."""

    @jinja2.pass_context
    def label(context, code, family: str) -> str:
        return labels.label(family, code, i18n.normalise(context.get("lang")))

    env.filters["label"] = label
    env.filters["org"] = labels.organisation
    env.filters["region"] = labels.region
    env.filters["dt"] = labels.local_time_markup


@dataclass
class PageContext:
    """Per-request state computed once: language, CSRF secret, session."""

    lang: str
    set_lang: bool
    csrf_secret: str
    new_csrf: bool
    session: SessionRecord | None


def page_context(request: Request) -> PageContext:
    cached = getattr(request.state, "page", None)
    if cached is not None:
        return cached
    portal = request.app.state.portal
    query_lang = request.query_params.get("lang")
    lang = i18n.normalise(query_lang or request.cookies.get(LANG_COOKIE))
    secret = request.cookies.get(CSRF_COOKIE)
    new = not secret or len(secret) < 20
    if new:
        secret = new_csrf_secret()
    sid = sessions.unsign_sid(cookie=request.cookies.get(sessions.COOKIE), key=portal.settings.signing_key)
    session = None
    if sid:
        session = sessions.get_active(store=portal.sessions, sid=sid,
                                      idle=timedelta(minutes=portal.settings.session_idle_minutes))
    ctx = PageContext(lang=lang, set_lang=query_lang in i18n.LANGUAGES, csrf_secret=secret, new_csrf=new,
                      session=session)
    request.state.page = ctx
    return ctx


def current_user(request: Request) -> SessionUser | None:
    ctx = page_context(request)
    return ctx.session.session_user if ctx.session else None


def check_csrf(request: Request, form) -> bool:
    portal = request.app.state.portal
    return csrf_valid(cookie_secret=request.cookies.get(CSRF_COOKIE), submitted=form.get(CSRF_FIELD),
                      key=portal.settings.signing_key)


def finish(request: Request, response: Response) -> Response:
    """Cookies the page context decided on (language choice, new CSRF secret)."""
    ctx = page_context(request)
    settings = request.app.state.portal.settings
    if ctx.set_lang:
        response.set_cookie(LANG_COOKIE, ctx.lang, max_age=365 * 24 * 3600, httponly=True, samesite="lax",
                            secure=settings.cookie_secure, path="/")
    if ctx.new_csrf:
        response.set_cookie(CSRF_COOKIE, ctx.csrf_secret, httponly=True, samesite="lax",
                            secure=settings.cookie_secure, path="/")
    return response


def set_session_cookie(request: Request, response: Response, sid: str) -> None:
    settings = request.app.state.portal.settings
    response.set_cookie(sessions.COOKIE, sessions.sign_sid(sid=sid, key=settings.signing_key), httponly=True,
                        samesite="lax", secure=settings.cookie_secure, path="/")


def render(request: Request, template: str, context: dict[str, Any] | None = None, *, status: int = 200) -> HTMLResponse:
    portal = request.app.state.portal
    ctx = page_context(request)
    lang = ctx.lang

    def t(key: str) -> str:
        return i18n.translate(key, lang)

    values = {
        "request_path": request.url.path,
        "lang": lang,
        "other_lang": "en" if lang == "id" else "id",
        "t": t,
        "csrf_field": CSRF_FIELD,
        "csrf_token": csrf_token_for(secret=ctx.csrf_secret, key=portal.settings.signing_key),
        "user": current_user(request),
        "menu": navigation.menu(current_user(request)),
        "quick_exit_url": portal.settings.quick_exit_url,
        **(context or {}),
    }
    html = portal.templates.get_template(template).render(values)
    return finish(request, HTMLResponse(html, status_code=status))

"""The staff pages' guard: logged in (else to /login), a fresh access token, and one of the page's roles (else 403)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request

from pseah.portal.identity.flows import fresh_access_token
from pseah.portal.navigation import roles_for
from pseah.portal.sessions.models import SessionUser
from pseah.portal.web import Forbidden, LoginRequired, page_context


@dataclass(frozen=True)
class StaffCaller:
    user: SessionUser
    token: str


def staff_with_roles_of(page: str) -> Callable[[Request], StaffCaller]:
    roles = roles_for(page)

    def dependency(request: Request) -> StaffCaller:
        session = page_context(request).session
        if session is None or session.session_user is None:
            raise LoginRequired(request.url.path)
        fresh = fresh_access_token(portal=request.app.state.portal, session=session)
        if fresh is None:
            raise LoginRequired(request.url.path)
        token, user = fresh
        if not user.has_any(*roles):
            raise Forbidden()
        return StaffCaller(user=user, token=token)

    return dependency

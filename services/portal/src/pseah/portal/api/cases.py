"""Focal point pages: the inbox by deadline, the case page (audited content), acknowledge."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse

from pseah.common.logging import get_logger
from pseah.portal.cases import flows
from pseah.portal.cases.audit import AuditUnavailable
from pseah.portal.cases.service import CasesUnavailable, NotAuthenticated, NotPermitted
from pseah.portal.identity.flows import fresh_access_token
from pseah.portal.sessions.models import SessionUser
from pseah.portal.web import Forbidden, LoginRequired, NotFound, check_csrf, page_context, render

router = APIRouter(prefix="/cases", tags=["cases"])
log = get_logger(__name__)
_REFERENCE = re.compile(r"^[A-Z0-9-]{4,40}$")


class Caller:
    def __init__(self, user: SessionUser, token: str):
        self.user = user
        self.token = token


def require_case_reader(request: Request) -> Caller:
    session = page_context(request).session
    if session is None or session.session_user is None:
        raise LoginRequired(request.url.path)
    fresh = fresh_access_token(portal=request.app.state.portal, session=session)
    if fresh is None:
        raise LoginRequired(request.url.path)
    token, user = fresh
    if not user.has_any(*flows.CASE_ROLES):
        raise Forbidden()
    return Caller(user, token)


CallerDep = Annotated[Caller, Depends(require_case_reader)]


def _reference(value: str) -> str:
    if not _REFERENCE.match(value):
        raise NotFound()
    return value


@router.get("")
def inbox(request: Request, caller: CallerDep):
    portal = request.app.state.portal
    try:
        cases = flows.inbox(gateway=portal.cases, token=caller.token, user=caller.user)
    except NotAuthenticated:
        raise LoginRequired("/cases") from None
    except NotPermitted:
        raise Forbidden() from None
    except CasesUnavailable as exc:
        log.warning("cases_unavailable", error=str(exc))
        return render(request, "cases.html", {"cases": [], "error": "cases_unavailable"}, status=503)
    return render(request, "cases.html", {"cases": cases})


@router.get("/{reference}")
def case_page(request: Request, reference: str, caller: CallerDep, acked: int = 0):
    portal = request.app.state.portal
    reference = _reference(reference)
    try:
        page = flows.open_case(gateway=portal.cases, token=caller.token, user=caller.user, reference=reference,
                               auditor=portal.auditor, keyring=portal.keyring())
    except flows.CaseNotFound:
        raise NotFound() from None
    except NotAuthenticated:
        raise LoginRequired(request.url.path) from None
    except CasesUnavailable as exc:
        log.warning("cases_unavailable", error=str(exc))
        return render(request, "error.html", {"message": "cases_unavailable"}, status=503)
    except AuditUnavailable as exc:
        log.error("case_content_withheld", reference=reference, reason="audit_unavailable", error=str(exc))
        return render(request, "error.html", {"message": "case_content_unavailable"}, status=503)
    log.info("case_content_read", reference=reference, actor=caller.user.username, fields=sorted(page.content))
    return render(request, "case.html", {"page": page, "case": page.case, "acked": bool(acked)})


@router.post("/{reference}/acknowledge")
async def acknowledge(request: Request, reference: str, caller: CallerDep):
    raw = await request.form()
    reference = _reference(reference)
    if not check_csrf(request, raw):
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    portal = request.app.state.portal
    from starlette.concurrency import run_in_threadpool

    try:
        await run_in_threadpool(flows.acknowledge, gateway=portal.cases, token=caller.token, user=caller.user,
                                reference=reference)
    except flows.CaseNotFound:
        raise NotFound() from None
    except NotAuthenticated:
        raise LoginRequired(f"/cases/{reference}") from None
    except CasesUnavailable:
        return render(request, "error.html", {"message": "case_ack_failed"}, status=503)
    log.info("case_acknowledged", reference=reference, actor=caller.user.username)
    return RedirectResponse(f"/cases/{reference}?acked=1", status_code=303)

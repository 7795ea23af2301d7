"""Focal point pages: the inbox by deadline, the case page (audited content, the thread with the reporter),
acknowledge, investigation status, close with an outcome, reply to the reporter; for the coordinator, erasing the
case's content (its key destroyed, through intake). Every POST is a form with CSRF."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal.cases import erasure, flows
from pseah.portal.cases.audit import AuditUnavailable
from pseah.portal.cases.models import CLOSING_OUTCOMES, INVESTIGATION_STEPS
from pseah.portal.cases.service import CasesUnavailable, InvestigationRefused, NotAuthenticated, NotPermitted
from pseah.portal.messages import service as messages
from pseah.portal.identity.flows import fresh_access_token
from pseah.portal.sessions.models import SessionUser
from pseah.portal.paging import CASE_FILTERS, Page, Pager
from pseah.portal.web import Forbidden, LoginRequired, NotFound, check_csrf, page_context, render

# Filter name -> the label family of its codes (_filters.html).
FILTER_FAMILIES = {"status": "case_status", "priority": "priority", "deadline_state": "deadline_state"}
router = APIRouter(prefix="/cases", tags=["cases"])
log = get_logger(__name__)
_REFERENCE = re.compile(r"^[A-Z0-9-]{4,40}$")
# What a redirect after a POST may ask the case page to say (keys of i18n; anything else is ignored).
_NOTICES = {"investigation": "case_inv_updated", "closed": "case_inv_closed", "reply": "case_reply_sent",
            "erased": "case_erased", "already_erased": "case_already_erased"}
_ALERTS = {"inv_closed": "case_inv_already_closed", "inv_conflict": "case_inv_conflict",
           "inv_invalid": "case_inv_invalid", "inv_failed": "case_inv_failed", "reply_invalid": "case_reply_invalid",
           "reply_failed": "case_reply_failed", "reply_unavailable": "case_messages_unavailable",
           "erase_invalid": "case_erase_invalid", "erase_failed": "case_erase_failed"}


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
    pager = Pager.from_query(request.query_params, CASE_FILTERS)
    try:
        page = flows.inbox(gateway=portal.cases, token=caller.token, user=caller.user, page_token=pager.after,
                           filters=pager.filters)
    except NotAuthenticated:
        raise LoginRequired("/cases") from None
    except NotPermitted:
        raise Forbidden() from None
    except CasesUnavailable as exc:
        log.warning("cases_unavailable", error=str(exc))
        return render(request, "cases.html", {"cases": [], "error": "cases_unavailable",
                                              **pager.context("/cases", Page(items=[])),
                                              "filter_families": FILTER_FAMILIES}, status=503)
    return render(request, "cases.html", {"cases": page.items, **pager.context("/cases", page),
                                          "filter_families": FILTER_FAMILIES})


def _thread(portal, caller: Caller, reference: str) -> tuple[list, str | None]:
    """The thread with the reporter, or why it cannot be shown; the case page shows either way."""
    try:
        return messages.thread(client=portal.http, base_url=portal.settings.intake_url, token=caller.token,
                               reference=reference), None
    except messages.NotAuthenticated:
        raise LoginRequired(f"/cases/{reference}") from None
    except messages.ThreadNotFound:
        # Intake learns the holder from case.assigned.v1; until it has, it answers like an unknown case.
        return [], "case_messages_not_yet"
    except messages.ThreadErased:
        return [], "case_messages_erased"
    except messages.MessagesUnavailable as exc:
        log.warning("messages_unavailable", reference=reference, error=str(exc))
        return [], "case_messages_unavailable"


@router.get("/{reference}")
def case_page(request: Request, reference: str, caller: CallerDep, acked: int = 0, done: str = "",
              error: str = ""):
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
    thread, thread_error = _thread(portal, caller, reference)
    return render(request, "case.html", {
        "page": page, "case": page.case, "acked": bool(acked), "notice": _NOTICES.get(done),
        "alert": _ALERTS.get(error), "thread": thread, "thread_error": thread_error,
        "steps": INVESTIGATION_STEPS, "outcomes": CLOSING_OUTCOMES, "max_reply": messages.MAX_TEXT,
        "can_erase": "coordinator" in caller.user.roles and not page.content_erased,
        "erase_reasons": erasure.REASONS})


@router.post("/{reference}/acknowledge")
async def acknowledge(request: Request, reference: str, caller: CallerDep):
    raw = await request.form()
    reference = _reference(reference)
    if not check_csrf(request, raw):
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    portal = request.app.state.portal
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


async def _form(request: Request, reference: str) -> tuple[str, dict | None]:
    raw = await request.form()
    reference = _reference(reference)
    return reference, (raw if check_csrf(request, raw) else None)


@router.post("/{reference}/investigation")
async def report_investigation(request: Request, reference: str, caller: CallerDep):
    reference, form = await _form(request, reference)
    if form is None:
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    return await _investigation(request, caller, reference, flows.report_investigation,
                                status=str(form.get("status") or ""), done="investigation")


@router.post("/{reference}/close")
async def close_investigation(request: Request, reference: str, caller: CallerDep):
    reference, form = await _form(request, reference)
    if form is None:
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    return await _investigation(request, caller, reference, flows.close_investigation,
                                outcome=str(form.get("outcome") or ""), done="closed")


async def _investigation(request: Request, caller: Caller, reference: str, flow, *, done: str, **values):
    portal = request.app.state.portal
    try:
        case = await run_in_threadpool(flow, gateway=portal.cases, token=caller.token, user=caller.user,
                                       reference=reference, **values)
    except flows.CaseNotFound:
        raise NotFound() from None
    except NotAuthenticated:
        raise LoginRequired(f"/cases/{reference}") from None
    except InvestigationRefused as exc:
        return RedirectResponse(f"/cases/{reference}?error=inv_{exc.reason}#investigation", status_code=303)
    except CasesUnavailable as exc:
        log.warning("cases_unavailable", error=str(exc))
        return RedirectResponse(f"/cases/{reference}?error=inv_failed#investigation", status_code=303)
    log.info("investigation_reported", reference=reference, actor=caller.user.username,
             status=case.investigation_status)
    return RedirectResponse(f"/cases/{reference}?done={done}#investigation", status_code=303)


@router.post("/{reference}/messages")
async def reply(request: Request, reference: str, caller: CallerDep):
    reference, form = await _form(request, reference)
    if form is None:
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    text = str(form.get("text") or "")
    if not text.strip() or len(text) > messages.MAX_TEXT:
        return RedirectResponse(f"/cases/{reference}?error=reply_invalid#messages", status_code=303)
    portal = request.app.state.portal
    try:
        # Scope first, so the portal never writes to a thread of a case it would not show.
        await run_in_threadpool(flows.held_case, gateway=portal.cases, token=caller.token, user=caller.user,
                                reference=reference)
        await run_in_threadpool(messages.reply, client=portal.http, base_url=portal.settings.intake_url,
                                token=caller.token, reference=reference, text=text)
    except flows.CaseNotFound:
        raise NotFound() from None
    except (NotAuthenticated, messages.NotAuthenticated):
        raise LoginRequired(f"/cases/{reference}") from None
    except messages.ReplyRejected:
        return RedirectResponse(f"/cases/{reference}?error=reply_invalid#messages", status_code=303)
    except (messages.ThreadNotFound, messages.ThreadErased, messages.MessagesUnavailable, CasesUnavailable) as exc:
        log.warning("reply_failed", reference=reference, error_type=type(exc).__name__)
        return RedirectResponse(f"/cases/{reference}?error=reply_failed#messages", status_code=303)
    # Never the text: it may describe the survivor.
    log.info("reply_sent", reference=reference, actor=caller.user.username)
    return RedirectResponse(f"/cases/{reference}?done=reply#messages", status_code=303)


@router.post("/{reference}/erase")
async def erase(request: Request, reference: str, caller: CallerDep):
    """The coordinator's decision to erase the case's content: a reason code, a decision reference, a confirmation."""
    reference, form = await _form(request, reference)
    if form is None:
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    if "coordinator" not in caller.user.roles:
        raise Forbidden()
    try:
        reason, decision = erasure.check_form(reason=str(form.get("reason") or ""),
                                              decision=str(form.get("decision") or ""),
                                              confirmed=form.get("confirm") == "yes")
    except erasure.ErasureInvalid:
        return RedirectResponse(f"/cases/{reference}?error=erase_invalid#erase", status_code=303)
    portal = request.app.state.portal
    try:
        await run_in_threadpool(flows.held_case, gateway=portal.cases, token=caller.token, user=caller.user,
                                reference=reference)
        outcome = await run_in_threadpool(erasure.erase, client=portal.http, base_url=portal.settings.intake_url,
                                          token=caller.token, reference=reference, reason=reason, decision=decision)
    except flows.CaseNotFound:
        raise NotFound() from None
    except (NotAuthenticated, erasure.NotAuthenticated):
        raise LoginRequired(f"/cases/{reference}") from None
    except erasure.ErasureRefused as exc:
        if exc.status == 403:
            raise Forbidden() from None
        raise NotFound() from None
    except erasure.ErasureInvalid:
        return RedirectResponse(f"/cases/{reference}?error=erase_invalid#erase", status_code=303)
    except (erasure.ErasureUnavailable, CasesUnavailable) as exc:
        log.warning("erase_failed", reference=reference, error_type=type(exc).__name__)
        return RedirectResponse(f"/cases/{reference}?error=erase_failed#erase", status_code=303)
    log.info("case_erase_requested", reference=reference, actor=caller.user.username, reason=reason, outcome=outcome)
    return RedirectResponse(f"/cases/{reference}?done={outcome}", status_code=303)

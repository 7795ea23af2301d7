"""A service provider's referrals: GET /referrals (to act on, then done) and the answers, each a POST form with CSRF:
/referrals/{id}/accept, /referrals/{id}/decline (a reason code), /referrals/{id}/complete (completed, or failed with a
reason code). Only what the provider needs to serve: the case reference, service, its own provider, status and the
answer deadline; never anything of the report."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal.api.deps import StaffCaller, staff_with_roles_of
from pseah.portal.directory.service import DirectoryUnavailable
from pseah.portal.referrals import flows
from pseah.portal.referrals.models import DECLINE_REASONS, FAIL_REASONS
from pseah.portal.referrals.service import (AlreadyAnswered, AnswerRefused, NotAuthenticated, NotPermitted,
                                            ReferralNotFound, ReferralsUnavailable)
from pseah.portal.paging import REFERRAL_FILTERS, Page, Pager
from pseah.portal.web import Forbidden, LoginRequired, NotFound, check_csrf, render

# Filter name -> the label family of its codes (_filters.html).
FILTER_FAMILIES = {"status": "referral_status", "service_type": "service"}
router = APIRouter(prefix="/referrals", tags=["referrals"])
log = get_logger(__name__)
Caller = Annotated[StaffCaller, Depends(staff_with_roles_of("/referrals"))]
# Referral ids are uuid5 strings; anything else is answered like an unknown referral without asking the service.
_REFERRAL_ID = re.compile(r"^[0-9a-fA-F-]{8,64}$")
_DONE = {"accept": "accepted", "decline": "declined", "complete": "completed"}


def _provider_names(request: Request, token: str) -> dict[str, str]:
    """Provider ids to names from the service map; the page still works (ids only) when the map cannot be read."""
    directory = request.app.state.portal.directory
    if directory is None:
        return {}
    try:
        return {p.id: p.name for p in directory.providers(token=token)}
    except DirectoryUnavailable as exc:
        log.warning("directory_unavailable", error=str(exc))
        return {}


async def _page(request: Request, caller: StaffCaller, *, error: str | None = None, done: str | None = None,
                status: int = 200):
    portal = request.app.state.portal
    pager = Pager.from_query(request.query_params, REFERRAL_FILTERS)
    context: dict = {"open": [], "done": [], "names": {}, "error": error, "done_status": done,
                     "decline_reasons": DECLINE_REASONS, "fail_reasons": FAIL_REASONS,
                     "filter_families": FILTER_FAMILIES, **pager.context("/referrals", Page(items=[]))}
    try:
        context["open"], context["done"], page = await run_in_threadpool(
            flows.work_list, gateway=portal.referrals, token=caller.token, user=caller.user, page_token=pager.after,
            filters=pager.filters)
        context.update(pager.context("/referrals", page))
    except NotAuthenticated:
        raise LoginRequired("/referrals") from None
    except NotPermitted:
        raise Forbidden() from None
    except ReferralsUnavailable as exc:
        log.warning("referrals_unavailable", error=str(exc))
        context["error"] = "referrals_unavailable"
        status = 503
    if context["open"] or context["done"]:
        context["names"] = await run_in_threadpool(_provider_names, request, caller.token)
    return render(request, "referrals.html", context, status=status)


@router.get("")
async def referrals(request: Request, caller: Caller, done: str = ""):
    return await _page(request, caller, done=done if done in _DONE.values() or done == "failed" else None)


@router.post("/{referral_id}/{action}")
async def answer(request: Request, referral_id: str, action: str, caller: Caller):
    raw = await request.form()
    if action not in flows.ACTIONS or not _REFERRAL_ID.match(referral_id):
        raise NotFound()
    if not check_csrf(request, raw):
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    portal = request.app.state.portal
    reason, outcome = str(raw.get("reason") or ""), str(raw.get("outcome") or "")
    try:
        updated = await run_in_threadpool(flows.answer, gateway=portal.referrals, token=caller.token,
                                          user=caller.user, referral_id=referral_id, action=action, reason=reason,
                                          outcome=outcome)
    except ReferralNotFound:
        raise NotFound() from None
    except NotAuthenticated:
        raise LoginRequired("/referrals") from None
    except NotPermitted:
        raise Forbidden() from None
    except AnswerRefused as exc:
        return await _page(request, caller, error=f"referral_needs_{exc}", status=422)
    except AlreadyAnswered:
        return await _page(request, caller, error="referral_already_answered", status=409)
    except ReferralsUnavailable as exc:
        log.warning("referrals_unavailable", error=str(exc))
        return await _page(request, caller, error="referral_answer_failed", status=503)
    log.info("referral_answered", referral_id=updated.id, reference=updated.reference, status=updated.status,
             actor=caller.user.username)
    return RedirectResponse(f"/referrals?done={updated.status}", status_code=303)

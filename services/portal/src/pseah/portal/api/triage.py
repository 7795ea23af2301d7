"""/triage: the triage officers' queue, one decision with its reasons, and the confirm / change form.

Everything comes from the triage service's API with the user's own token; the triage service records every
read of the reasons. Forms carry the portal's CSRF token (double submit, as the acknowledge form).
"""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal.api.deps import StaffCaller, staff_with_roles_of
from pseah.portal.triage import forms
from pseah.portal.triage.service import (
    CaseErased,
    HttpTriageGateway,
    NotAuthenticated,
    NotPermitted,
    Refused,
    TriageGateway,
    TriageNotFound,
    TriageUnavailable,
)
from pseah.portal.api.cases import FILTER_FAMILIES
from pseah.portal.paging import QUEUE_FILTERS, Page, Pager
from pseah.portal.web import Forbidden, LoginRequired, NotFound, check_csrf, render

router = APIRouter(prefix="/triage", tags=["triage"])
log = get_logger(__name__)
Caller = Annotated[StaffCaller, Depends(staff_with_roles_of("/triage"))]
_REFERENCE = re.compile(r"^[A-Z0-9][A-Z0-9-]{3,40}$")
# Refusals of the triage service the page explains in words; anything else reads as a generic refusal.
REFUSALS = ("reason_required", "priority_below_rule", "route_needs_organisation", "unknown_organisation",
            "already_confirmed", "not_editable", "invalid")


def gateway(request: Request) -> TriageGateway:
    portal = request.app.state.portal
    if portal.triage is None:
        # Over the portal's own HTTP client: no client of its own to open or close.
        portal.triage = HttpTriageGateway(client=portal.http, base_url=portal.settings.triage_url,
                                          timeout=portal.settings.http_timeout)
    return portal.triage


def _reference(value: str) -> str:
    if not _REFERENCE.match(value):
        raise NotFound()
    return value


@router.get("")
async def queue(request: Request, caller: Caller, done: str = ""):
    pager = Pager.from_query(request.query_params, QUEUE_FILTERS)
    try:
        page = await run_in_threadpool(gateway(request).queue, token=caller.token, page_token=pager.after,
                                       filters=pager.filters)
    except NotAuthenticated:
        raise LoginRequired("/triage") from None
    except NotPermitted:
        raise Forbidden() from None
    except TriageUnavailable as exc:
        log.warning("triage_unavailable", error=str(exc))
        return render(request, "triage.html", {"items": [], "error": "triage_unavailable"}, status=503)
    confirmed = done if _REFERENCE.match(done or "") else ""
    listed = Page(items=page.get("items", []), next_token=page.get("next_page_token", ""),
                  total=page.get("total", 0))
    return render(request, "triage.html", {"items": listed.items, "total": listed.total, "confirmed": confirmed,
                                           **pager.context("/triage", listed), "filter_families": FILTER_FAMILIES})


@router.get("/{reference}")
async def decision_page(request: Request, reference: str, caller: Caller, error: str = ""):
    reference = _reference(reference)
    try:
        decision = await run_in_threadpool(gateway(request).decision, token=caller.token, reference=reference)
    except TriageNotFound:
        raise NotFound() from None
    except CaseErased:
        return render(request, "error.html", {"message": "case_key_gone"}, status=410)
    except NotAuthenticated:
        raise LoginRequired(request.url.path) from None
    except NotPermitted:
        raise Forbidden() from None
    except TriageUnavailable as exc:
        # Includes "the read cannot be recorded now": the reasons are then withheld by the triage service.
        log.warning("triage_unavailable", error=str(exc))
        return render(request, "error.html", {"message": "triage_unavailable"}, status=503)
    log.info("triage_decision_shown", reference=reference, actor=caller.user.username)
    return render(request, "triage_decision.html", {
        "decision": decision, "choices": forms.CHOICES, "orgs": forms.org_choices(),
        "error": f"triage_err_{error}" if error in REFUSALS else ("triage_err_refused" if error else ""),
        "reason_max": forms.REASON_MAX})


@router.post("/{reference}/confirm")
async def confirm(request: Request, reference: str, caller: Caller):
    raw = await request.form()
    reference = _reference(reference)
    if not check_csrf(request, raw):
        return render(request, "error.html", {"message": "err_csrf"}, status=403)
    changes = forms.changes_from_form(raw) if raw.get("action") == "change" else {}
    reason = forms.reason_from_form(raw)
    try:
        await run_in_threadpool(gateway(request).confirm, token=caller.token, reference=reference, changes=changes,
                                reason=reason)
    except TriageNotFound:
        raise NotFound() from None
    except CaseErased:
        return render(request, "error.html", {"message": "case_key_gone"}, status=410)
    except NotAuthenticated:
        raise LoginRequired(f"/triage/{reference}") from None
    except NotPermitted:
        raise Forbidden() from None
    except Refused as refused:
        # Back to the decision with the refusal explained; nothing was recorded.
        code = refused.code if refused.code in REFUSALS else "refused"
        return RedirectResponse(f"/triage/{reference}?error={code}", status_code=303)
    except TriageUnavailable as exc:
        log.warning("triage_unavailable", error=str(exc))
        return render(request, "error.html", {"message": "triage_unavailable"}, status=503)
    log.info("triage_confirmed", reference=reference, actor=caller.user.username, changed=sorted(changes))
    return RedirectResponse(f"/triage?done={reference}", status_code=303)

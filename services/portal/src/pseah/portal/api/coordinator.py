"""GET /coordinator: deadlines and escalations across organisations, and the service map."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal.api.deps import StaffCaller, staff_with_roles_of
from pseah.portal.cases import flows
from pseah.portal.cases.service import CasesUnavailable, NotAuthenticated, NotPermitted
from pseah.portal.directory.models import service_map
from pseah.portal.directory.service import DirectoryUnavailable
from pseah.portal.api.cases import FILTER_FAMILIES
from pseah.portal.paging import CASE_FILTERS, Page, Pager
from pseah.portal.web import Forbidden, LoginRequired, render

router = APIRouter(prefix="/coordinator", tags=["coordinator"])
log = get_logger(__name__)
Caller = Annotated[StaffCaller, Depends(staff_with_roles_of("/coordinator"))]


@router.get("")
async def board(request: Request, caller: Caller):
    portal = request.app.state.portal
    pager = Pager.from_query(request.query_params, CASE_FILTERS)
    context: dict = {"rows": [], "groups": [], "errors": [], "filter_families": FILTER_FAMILIES,
                     **pager.context("/coordinator", Page(items=[]))}
    status = 200
    try:
        page = await run_in_threadpool(flows.deadline_board, gateway=portal.cases, token=caller.token,
                                       page_token=pager.after, filters=pager.filters)
        context["rows"] = page.items
        context.update(pager.context("/coordinator", page))
    except NotAuthenticated:
        raise LoginRequired("/coordinator") from None
    except NotPermitted:
        raise Forbidden() from None
    except CasesUnavailable as exc:
        log.warning("cases_unavailable", error=str(exc))
        context["errors"].append("cases_unavailable")
        status = 503
    # The two halves fail apart: a down directory must not hide the deadlines, nor the reverse.
    try:
        providers = await run_in_threadpool(portal.directory.providers, token=caller.token)
        context["groups"] = service_map(providers)
    except DirectoryUnavailable as exc:
        log.warning("directory_unavailable", error=str(exc))
        context["errors"].append("directory_unavailable")
    context["escalations"] = sum(1 for r in context["rows"] if r.escalated)
    return render(request, "coordinator.html", context, status=status)

"""GET /triage: the triage officers' queue (cases not yet acted on, most urgent first).

Confirm and override belong to the triage service, which has no API for them yet; the page shows the
queue and says so rather than offering buttons that would do nothing.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal.api.deps import StaffCaller, staff_with_roles_of
from pseah.portal.cases import flows
from pseah.portal.cases.service import CasesUnavailable, NotAuthenticated, NotPermitted
from pseah.portal.web import LoginRequired, render

router = APIRouter(prefix="/triage", tags=["triage"])
log = get_logger(__name__)
Caller = Annotated[StaffCaller, Depends(staff_with_roles_of("/triage"))]


@router.get("")
async def queue(request: Request, caller: Caller):
    portal = request.app.state.portal
    try:
        cases = await run_in_threadpool(flows.triage_queue, gateway=portal.cases, token=caller.token)
    except NotAuthenticated:
        raise LoginRequired("/triage") from None
    except NotPermitted:
        # The case API does not serve this role yet: an honest notice, not an empty queue that looks like "nothing to do".
        return render(request, "triage.html", {"cases": [], "error": "triage_not_served"})
    except CasesUnavailable as exc:
        log.warning("cases_unavailable", error=str(exc))
        return render(request, "triage.html", {"cases": [], "error": "cases_unavailable"}, status=503)
    return render(request, "triage.html", {"cases": cases})

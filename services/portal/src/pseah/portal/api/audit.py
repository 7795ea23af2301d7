"""GET /audit: the auditors' view of the hash-chained log (metadata only) and the chain verification."""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal.api.deps import StaffCaller, staff_with_roles_of
from pseah.portal.auditlog.models import recent_window
from pseah.portal.auditlog.service import AuditLogRefused, AuditLogUnavailable
from pseah.portal.web import Forbidden, render

router = APIRouter(prefix="/audit", tags=["audit"])
log = get_logger(__name__)
Caller = Annotated[StaffCaller, Depends(staff_with_roles_of("/audit"))]
_REFERENCE = re.compile(r"^[A-Z0-9-]{4,40}$")
PAGE = 50


@router.get("")
async def trail(request: Request, caller: Caller, ref: str = ""):
    portal = request.app.state.portal
    ref = ref.strip().upper()
    context: dict = {"ref": ref, "entries": [], "verdict": None, "error": None}
    if ref and not _REFERENCE.match(ref):
        context["error"] = "audit_bad_reference"
        return render(request, "audit.html", context, status=422)
    try:
        verdict = await run_in_threadpool(portal.audit_log.verify, token=caller.token)
        # One case: its whole trail from the start. Otherwise the latest page of the chain.
        after = 0 if ref else recent_window(head_seq=verdict.head_seq if verdict.intact else verdict.entries, size=PAGE)
        entries = await run_in_threadpool(portal.audit_log.entries, token=caller.token, subject=ref or None,
                                          after=after, limit=PAGE if not ref else 500)
    except AuditLogRefused:
        raise Forbidden() from None
    except AuditLogUnavailable as exc:
        log.warning("audit_unavailable", error=str(exc))
        context["error"] = "audit_unavailable"
        return render(request, "audit.html", context, status=503)
    # Newest first for the latest page; a case's trail reads oldest first, like `pseah audit trail`.
    context.update(verdict=verdict, entries=entries if ref else list(reversed(entries)))
    return render(request, "audit.html", context)

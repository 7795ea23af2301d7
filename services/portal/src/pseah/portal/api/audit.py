"""GET /audit: the auditors' view of the audit log (metadata only, never content), its verification and the latest
signed checkpoint; GET /audit/export: an export bundle to check offline with `pseah audit verify --bundle`.

Entries by case, actor, event type and time range, 50 a page, forward by cursor (the audit service's `next_after`);
the cursors of the pages before travel in `back`, so "previous" needs no backward read. A case alone, without a
cursor, shows its whole trail as before.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
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
_ACTOR = re.compile(r"^[A-Za-z0-9_./:@-]{1,200}$")
_TYPE = re.compile(r"^[a-z]+(\.[a-z]+)+\.v[0-9]+$")
_CURSOR = re.compile(r"^[0-9]{1,12}$")
PAGE = 50
_MAX_BACK = 40


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _filters(query) -> tuple[dict[str, str], dict[str, str], str | None]:
    """(what the form shows, what the audit service is asked, the first problem's message key)."""
    shown = {name: (query.get(name) or "").strip() for name in ("ref", "actor", "type", "since", "until")}
    shown["ref"] = shown["ref"].upper()
    asked: dict[str, str] = {}
    checks = (("ref", _REFERENCE, "subject", "audit_bad_reference"), ("actor", _ACTOR, "actor", "audit_bad_filter"),
              ("type", _TYPE, "type", "audit_bad_filter"))
    for name, pattern, param, problem in checks:
        if shown[name]:
            if not pattern.match(shown[name]):
                return shown, {}, problem
            asked[param] = shown[name]
    for name in ("since", "until"):
        if shown[name]:
            day = _day(shown[name])
            if day is None:
                return shown, {}, "audit_bad_filter"
            # "until" names the last day shown: entries before the next midnight (UTC).
            asked[name] = (day + timedelta(days=1) if name == "until" else day).isoformat() + "T00:00:00"
    return shown, asked, None


def _url(shown: dict[str, str], **extra: str) -> str:
    query = {k: v for k, v in {**shown, **extra}.items() if v}
    return "/audit" + (f"?{urlencode(query)}" if query else "")


@router.get("")
async def trail(request: Request, caller: Caller):
    portal = request.app.state.portal
    query = request.query_params
    shown, asked, problem = _filters(query)
    after = query.get("after", "")
    after = after if _CURSOR.match(after) else ""
    back = [c for c in (query.get("back") or "").split("~") if _CURSOR.match(c)][-_MAX_BACK:]
    context: dict = {"ref": shown["ref"], "filters": shown, "entries": [], "verdict": None, "checkpoint": None,
                     "error": None, "pager": None, "export_url": None}
    if problem:
        context["error"] = problem
        return render(request, "audit.html", context, status=422)
    searching = bool(after) or any(k != "subject" for k in asked)
    try:
        verdict = await run_in_threadpool(portal.audit_log.verify, token=caller.token)
        context["checkpoint"] = await run_in_threadpool(portal.audit_log.latest_checkpoint, token=caller.token)
        if searching:
            page = await run_in_threadpool(portal.audit_log.search, token=caller.token, filters=asked,
                                           after=int(after or 0), limit=PAGE)
            entries = page.entries
            pager = {"first": _url(shown) if after else "", "prev": "", "next": ""}
            if after:
                previous = back[-1] if back else "0"
                rest = "~".join(back[:-1])
                pager["prev"] = _url(shown, after="" if previous == "0" else previous, back=rest)
            if page.next_after is not None:
                pager["next"] = _url(shown, after=str(page.next_after), back="~".join([*back, after or "0"]))
            context["pager"] = pager
        else:
            ref = shown["ref"]
            # One case: its whole trail from the start. Otherwise the latest page of the chain, newest first.
            start = 0 if ref else recent_window(head_seq=verdict.head_seq if verdict.intact else verdict.entries,
                                                size=PAGE)
            entries = await run_in_threadpool(portal.audit_log.entries, token=caller.token, subject=ref or None,
                                              after=start, limit=PAGE if not ref else 500)
            entries = entries if ref else list(reversed(entries))
    except AuditLogRefused:
        raise Forbidden() from None
    except AuditLogUnavailable as exc:
        log.warning("audit_unavailable", error=str(exc))
        context["error"] = "audit_unavailable"
        return render(request, "audit.html", context, status=503)
    context.update(verdict=verdict, entries=entries,
                   export_url="/audit/export?" + urlencode({k: shown[k] for k in ("since", "until") if shown[k]}))
    return render(request, "audit.html", context)


@router.get("/export")
async def export(request: Request, caller: Caller):
    """The bundle of the period chosen (or the whole log), as the audit service writes it; never content."""
    portal = request.app.state.portal
    shown, asked, problem = _filters({k: request.query_params.get(k, "") for k in ("since", "until")})
    if problem:
        context = {"ref": "", "filters": shown, "entries": [], "verdict": None, "checkpoint": None,
                   "error": problem, "pager": None, "export_url": None}
        return render(request, "audit.html", context, status=422)
    try:
        body = await run_in_threadpool(portal.audit_log.export, token=caller.token, since=asked.get("since"),
                                       until=asked.get("until"))
    except AuditLogRefused:
        raise Forbidden() from None
    except AuditLogUnavailable as exc:
        log.warning("audit_unavailable", error=str(exc))
        context = {"ref": "", "filters": shown, "entries": [], "verdict": None, "checkpoint": None,
                   "error": "audit_unavailable", "pager": None, "export_url": None}
        return render(request, "audit.html", context, status=503)
    name = "pseah-audit-bundle" + "".join(f"-{shown[k]}" for k in ("since", "until") if shown[k]) + ".jsonl"
    return Response(body, media_type="application/x-ndjson",
                    headers={"content-disposition": f'attachment; filename="{name}"', "cache-control": "no-store"})

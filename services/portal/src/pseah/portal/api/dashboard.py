"""GET /dashboard: the coordinator's figures from analytics (already suppressed there), as SVG charts with tables.

Filters (plain GET form, no script): period as months from/to, and province. Nothing here computes a figure:
every count shown is one analytics published, so its suppression holds on this page too.
"""
from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.concurrency import run_in_threadpool

from pseah.common.logging import get_logger
from pseah.portal import i18n, labels
from pseah.portal.api.deps import StaffCaller, staff_with_roles_of
from pseah.portal.dashboard.charts import Bar, bar_chart
from pseah.portal.dashboard.service import AnalyticsRefused, AnalyticsUnavailable
from pseah.portal.web import Forbidden, page_context, render

router = APIRouter(prefix="/dashboard", tags=["dashboard"])
log = get_logger(__name__)
Caller = Annotated[StaffCaller, Depends(staff_with_roles_of("/dashboard"))]
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")

# (table, title key, how a row's value reads); national only for the province table.
CHARTS = (
    ("reports.category", "dash_by_category", "category"),
    ("reports.province", "dash_by_province", "province"),
    ("reports.priority", "dash_by_priority", "priority"),
    ("reports.channel", "dash_by_channel", "channel"),
    ("reports.org_type", "dash_by_org_type", "org_type"),
    ("reports.perpetrator_type", "dash_by_perpetrator", "perpetrator_type"),
    ("reports.child_involved", "dash_by_child", "yes_no"),
    ("reports.language", "dash_by_language", "language"),
    ("times.acknowledge", "dash_time_acknowledge", "time_bucket"),
    ("times.refer", "dash_time_refer", "time_bucket"),
    ("times.close", "dash_time_close", "time_bucket"),
    ("deadlines", "dash_deadlines", "deadline:clock_state"),
    ("referrals", "dash_referrals", "service:referral_outcome"),
)


def value_label(value: str, how: str, lang: str) -> str:
    if value == "other" and how == "province":
        return i18n.translate("dash_other_provinces", lang)
    if how == "province":
        return labels.region(value) if value != "unknown" else labels.label("yes_no", value, lang)
    if ":" in how:
        first, second = how.split(":")
        code, _, state = value.partition(":")
        return f"{labels.label(first, code, lang)}: {labels.label(second, state, lang)}"
    return labels.label(how, value, lang)


def shown(count, lang: str):
    return i18n.translate("dash_suppressed", lang) if count == "suppressed" else count


def chart(table: dict, *, name: str, title_key: str, how: str, lang: str, province: str | None) -> dict:
    title = i18n.translate(title_key, lang)
    rows = [{"label": value_label(c["value"], how, lang), "count": shown(c["count"], lang)} for c in table["cells"]]
    place = labels.region(province) if province else i18n.translate("dash_all_provinces", lang)
    description = f"{title} ({place}). {i18n.translate('dash_total', lang)}: {shown(table['total'], lang)}."
    out = {"id": name.replace(".", "-"), "title": title, "rows": rows, "total": shown(table["total"], lang),
           "svg": bar_chart(chart_id=f"chart-{name.replace('.', '-')}", title=title, description=description,
                            bars=[Bar(r["label"], r["count"]) for r in rows])}
    if name.startswith("times."):
        out["p50"], out["p90"] = table.get("p50_hours_at_most"), table.get("p90_hours_at_most")
    return out


@router.get("")
async def dashboard(request: Request, caller: Caller, start: str = "", end: str = "", province: str = ""):
    portal = request.app.state.portal
    lang = page_context(request).lang
    start = start if _MONTH.match(start) else ""
    end = end if _MONTH.match(end) else ""
    province = province if province in labels.PROVINCES else ""
    context: dict = {"start": start, "end": end, "province": province, "charts": [], "error": None,
                     "provinces": sorted(labels.PROVINCES.items())}
    try:
        for name, title_key, how in CHARTS:
            if name == "reports.province" and province:
                continue  # one province's own total is already the other charts' total
            table = await run_in_threadpool(portal.analytics.table, name, token=caller.token, start=start or None,
                                            end=end or None, province=province or None)
            context["charts"].append(chart(table, name=name, title_key=title_key, how=how, lang=lang,
                                           province=province or None))
    except AnalyticsRefused:
        raise Forbidden() from None
    except AnalyticsUnavailable as exc:
        log.warning("analytics_unavailable", error=str(exc))
        context["error"] = "dash_unavailable"
        return render(request, "dashboard.html", context, status=503)
    return render(request, "dashboard.html", context)

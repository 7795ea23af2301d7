"""The coordinator's statistics API: suppressed tables only, never a case reference or a small count.

GET /v1/tables/{name}?from=YYYY-MM&to=YYYY-MM&province=NN  one published table (stats.service.TABLES)
GET /v1/stats?by=...&metric=reports|assignments            the same, under the names the API first had
GET /v1/export.hxl.csv?from&to                              every table as one HXL-tagged CSV (stats.hxl)
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from pseah.analytics.stats import hxl, service
from pseah.common.errors import ApiError

Dimension = Literal["category", "priority", "channel", "region", "province", "regency", "org_type", "month",
                    "perpetrator_type", "child_involved", "language"]
Metric = Literal["reports", "assignments"]


def _period(start: str | None, end: str | None) -> list[str] | None:
    try:
        return service.months_between(start, end)
    except ValueError as exc:
        raise ApiError(status=422, code="invalid", message=str(exc),
                       details=[{"loc": ["query", "from"]}]) from None


def _province(code: str | None) -> str | None:
    if not service.valid_province(code):
        raise ApiError(status=422, code="invalid", message="A province is its two-digit code.",
                       details=[{"loc": ["query", "province"]}])
    return code


def stats_router(*, reader: Callable, threshold: int) -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["stats"], dependencies=[Depends(reader)])

    async def published(name: str, months, province):
        return await asyncio.to_thread(service.table, name, months=months, province=province, threshold=threshold)

    @router.get("/tables/{name}")
    async def table(name: str, start: str | None = Query(default=None, alias="from"),
                    end: str | None = Query(default=None, alias="to"), province: str | None = Query(default=None)):
        if name not in service.TABLES:
            raise ApiError(status=404, code="not_found", message="No such table.",
                           details=[{"loc": ["path", "name"], "allowed": list(service.TABLES)}])
        return await published(name, _period(start, end), _province(province))

    @router.get("/stats")
    async def stats(by: Dimension = Query(...), metric: Metric = Query(default="reports"),
                    start: str | None = Query(default=None, alias="from"),
                    end: str | None = Query(default=None, alias="to"), province: str | None = Query(default=None)):
        name = f"{metric}.{'province' if by == 'region' else by}"
        if name not in service.TABLES:
            allowed = [t.split(".", 1)[1] for t in service.TABLES if t.startswith(f"{metric}.")]
            raise ApiError(status=422, code="invalid", message=f"{metric} are not counted by {by}.",
                           details=[{"loc": ["query", "by"], "allowed": allowed}])
        body = await published(name, _period(start, end), _province(province))
        return {"metric": metric, "by": by, **body}

    @router.get("/export.hxl.csv")
    async def export(start: str | None = Query(default=None, alias="from"),
                     end: str | None = Query(default=None, alias="to")):
        months = _period(start, end)
        text = await asyncio.to_thread(hxl.export, months=months, threshold=threshold)
        return Response(text, media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="pseah-analytics.hxl.csv"'})

    return router


def partner_router(*, reader: Callable, threshold: int) -> APIRouter:
    """GET /v1/partner/{dimension}: a focal point's own organisation beside the network (never another's)."""
    router = APIRouter(prefix="/v1/partner", tags=["partner"])

    @router.get("/{dimension}")
    async def partner(dimension: str, principal=Depends(reader), start: str | None = Query(default=None, alias="from"),
                      end: str | None = Query(default=None, alias="to"), org: str | None = Query(default=None)):
        if dimension not in service.ORG_DIMENSIONS:
            raise ApiError(status=404, code="not_found", message="No such breakdown.",
                           details=[{"loc": ["path", "dimension"], "allowed": list(service.ORG_DIMENSIONS)}])
        # A focal point reads its own organisation only (from its token); the coordinator may name one.
        if principal.has_role("coordinator") and org:
            org_id = org
        elif principal.org_id:
            org_id = principal.org_id
        else:
            raise ApiError(status=403, code="forbidden", message="The token names no organisation.")
        months = _period(start, end)
        return await asyncio.to_thread(service.partner, dimension, org_id=org_id, months=months, threshold=threshold)

    return router

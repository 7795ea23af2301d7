"""GET /v1/stats?by=...: suppressed counts, never a case reference."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Literal

from fastapi import APIRouter, Depends, Query

from pseah.analytics.stats import service
from pseah.analytics.stats.dimensions import METRIC_DIMENSIONS
from pseah.analytics.stats.suppression import suppress
from pseah.common.errors import ApiError

Dimension = Literal["category", "priority", "channel", "region", "org_type", "month"]
Metric = Literal["reports", "assignments"]


def stats_router(*, reader: Callable, threshold: int) -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["stats"], dependencies=[Depends(reader)])

    @router.get("/stats")
    async def stats(by: Dimension = Query(...), metric: Metric = Query(default="reports")):
        if by not in METRIC_DIMENSIONS[metric]:
            raise ApiError(status=422, code="invalid", message=f"{metric} are not counted by {by}.",
                           details=[{"loc": ["query", "by"], "allowed": list(METRIC_DIMENSIONS[metric])}])
        counts = await asyncio.to_thread(service.counts, metric=metric, dimension=by)
        return {"metric": metric, "by": by, "threshold": threshold, **suppress(counts, threshold=threshold)}

    return router

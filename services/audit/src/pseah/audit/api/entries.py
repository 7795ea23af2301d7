"""GET /v1/audit/entries and GET /v1/audit/verify: thin views over pseah.audit.chain.service."""
from __future__ import annotations

import asyncio
from collections.abc import Callable

from fastapi import APIRouter, Depends, Query

from pseah.audit.chain import service
from pseah.audit.chain.models import EntryRead
from pseah.common.errors import ApiError


def entries_router(*, reader: Callable, max_page: int) -> APIRouter:
    router = APIRouter(prefix="/v1/audit", tags=["audit"], dependencies=[Depends(reader)])

    @router.get("/entries", response_model=list[EntryRead])
    async def list_entries(subject: str | None = Query(default=None, max_length=64),
                           after: int = Query(default=0, ge=0, description="return entries after this seq"),
                           limit: int = Query(default=100, ge=1)):
        if limit > max_page:
            raise ApiError(status=422, code="invalid", message=f"limit is at most {max_page}.")
        return await asyncio.to_thread(service.list_entries, subject=subject, after_seq=after, limit=limit)

    @router.get("/verify")
    async def verify():
        verdict = await asyncio.to_thread(service.verify_store)
        return verdict.summary()

    return router

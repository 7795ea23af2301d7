"""The auditors' read API: thin views over pseah.audit.chain.service and pseah.audit.verification.

GET /v1/audit/entries            entries after a seq, all or one subject's (as before)
GET /v1/audit/search             one page of entries by case, actor, event type and time range, with a cursor
GET /v1/audit/verify             the whole log against the checkpoints published on Kafka
GET /v1/audit/checkpoints/latest the latest signed checkpoint and a quick check of it
GET /v1/audit/export             an export bundle (JSON lines), for `pseah audit verify --bundle`
GET /v1/audit/public-key         the checkpoints' public key: public, no token
"""
from __future__ import annotations

import asyncio
import io
import re
from collections.abc import Callable
from datetime import datetime

from fastapi import APIRouter, Depends, Query
from fastapi.responses import PlainTextResponse, Response
from pydantic import BaseModel

from pseah.audit.chain import service
from pseah.audit.chain.ledger import format_time
from pseah.audit.chain.models import EntryRead
from pseah.audit.config import AuditSettings
from pseah.common.errors import ApiError

_FILTER = re.compile(r"^[A-Za-z0-9_./:@-]{1,200}$")


class SearchRead(BaseModel):
    entries: list[EntryRead]
    next_after: int | None
    head_seq: int


def _filter(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not _FILTER.match(value):
        raise ApiError(status=422, code="invalid", message=f"{name} holds characters it never has.")
    return value


def _time(value: datetime | None) -> str | None:
    return format_time(value) if value is not None else None


def entries_router(*, reader: Callable, max_page: int, settings: AuditSettings | None = None) -> APIRouter:
    router = APIRouter(prefix="/v1/audit", tags=["audit"], dependencies=[Depends(reader)])

    @router.get("/entries", response_model=list[EntryRead])
    async def list_entries(subject: str | None = Query(default=None, max_length=64),
                           after: int = Query(default=0, ge=0, description="return entries after this seq"),
                           limit: int = Query(default=100, ge=1)):
        if limit > max_page:
            raise ApiError(status=422, code="invalid", message=f"limit is at most {max_page}.")
        return await asyncio.to_thread(service.list_entries, subject=subject, after_seq=after, limit=limit)

    @router.get("/search", response_model=SearchRead)
    async def search(subject: str | None = Query(default=None, max_length=64),
                     actor: str | None = Query(default=None, max_length=200),
                     type: str | None = Query(default=None, max_length=100),
                     since: datetime | None = Query(default=None, description="recorded at or after"),
                     until: datetime | None = Query(default=None, description="recorded before"),
                     after: int = Query(default=0, ge=0, description="the cursor: the next_after of the last page"),
                     limit: int = Query(default=50, ge=1, le=200)):
        page = await asyncio.to_thread(service.search_entries, subject=_filter(subject, "subject"),
                                       actor=_filter(actor, "actor"), type=_filter(type, "type"),
                                       since=_time(since), until=_time(until), after_seq=after, limit=limit)
        return SearchRead(entries=page.entries, next_after=page.next_after, head_seq=page.head_seq)

    if settings is None:
        return router

    @router.get("/verify")
    async def verify():
        from pseah.audit.verification import NoPublicKey, outside_checkpoints, public_key, verify_live
        from pseah.audit.witness import WitnessUnavailable

        def run():
            records = outside_checkpoints(settings)
            key = public_key(settings) if records else None
            return verify_live(settings, key=key, records=records)

        try:
            verdict = await asyncio.to_thread(run)
        except WitnessUnavailable:
            raise ApiError(status=503, code="checkpoints_unavailable",
                           message="The checkpoint topic cannot be read now.") from None
        except NoPublicKey:
            raise ApiError(status=503, code="no_public_key", message="The audit public key is not available.") from None
        return verdict.summary()

    @router.get("/checkpoints/latest")
    async def latest_checkpoint():
        from pseah.audit.verification import latest_checkpoint_status

        return await asyncio.to_thread(latest_checkpoint_status, settings)

    @router.get("/export", response_class=Response,
                responses={200: {"content": {"application/x-ndjson": {}}, "description": "the bundle"}})
    async def export(since: datetime | None = Query(default=None), until: datetime | None = Query(default=None)):
        from pseah.audit.verification import NoPublicKey, public_key, write_bundle

        def run() -> bytes:
            buffer = io.BytesIO()
            write_bundle(settings, buffer, since=_time(since), until=_time(until), key=public_key(settings))
            return buffer.getvalue()

        try:
            body = await asyncio.to_thread(run)
        except NoPublicKey:
            raise ApiError(status=503, code="no_public_key", message="The audit public key is not available.") from None
        return Response(body, media_type="application/x-ndjson",
                        headers={"content-disposition": 'attachment; filename="pseah-audit-bundle.jsonl"'})

    return router


def public_key_router(settings: AuditSettings) -> APIRouter:
    router = APIRouter(prefix="/v1/audit", tags=["audit"])

    @router.get("/public-key", response_class=PlainTextResponse,
                responses={200: {"content": {"application/x-pem-file": {}}, "description": "the public key, PEM"},
                           404: {"description": "This service has no signing key configured."}})
    async def public_key():
        """The Ed25519 key the checkpoints are signed with (PEM; its id in the X-Key-Id header). No token needed."""
        from pseah.audit.chain.checkpoints import key_id, public_pem
        from pseah.audit.verification import NoPublicKey, public_key as load

        try:
            key = load(settings)
        except NoPublicKey:
            raise ApiError(status=404, code="no_public_key", message="No audit signing key is configured.") from None
        return PlainTextResponse(public_pem(key), media_type="application/x-pem-file",
                                 headers={"x-key-id": key_id(key)})

    return router

"""POST /v1/partner/reports: partner systems, OAuth2 client credentials, Idempotency-Key required."""
from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Header

from pseah.common.auth import CurrentPrincipal
from pseah.common.errors import ApiError
from pseah.intake.partner import service
from pseah.intake.report.models import ReportAccepted, ReportCreate
from pseah.intake.bootstrap import RuntimeDep
from pseah.intake.schemas import error_responses

router = APIRouter(prefix="/v1/partner", tags=["partner"])

IdempotencyKey = Annotated[str, Header(min_length=8, max_length=200, pattern=r"^[\x21-\x7e]+$",
                                       description="Unique per report; a retry with the same key and body "
                                                   "returns the first answer and stores nothing new.")]


@router.post("/reports", status_code=202, response_model=ReportAccepted,
             responses=error_responses(400, 401, 403, 409, 413, 415, 422, 503),
             summary="Submit a report from a partner system (client credentials)")
async def partner_report(payload: ReportCreate, principal: CurrentPrincipal, runtime: RuntimeDep,
                         idempotency_key: IdempotencyKey) -> ReportAccepted:
    allowed = runtime.settings.partner_client_ids
    if not principal.is_service_account or not principal.client_id or (allowed and principal.client_id not in allowed):
        raise ApiError(status=403, code="forbidden", message="Partner submissions need a partner service account.")
    # A worker thread of the report's lane (pseah.intake.door; the token was checked on the loop, its key cached):
    # a partner's surge never holds an urgent report.
    reference, receipt, report = await runtime.door.store(
        service.submit, keyring=runtime.keyring, hasher=runtime.hasher, directory=runtime.directory, payload=payload,
        client_id=principal.client_id, idempotency_key=idempotency_key,
        claim_timeout=timedelta(seconds=runtime.settings.partner_claim_timeout_seconds))
    if report is not None:
        # Queued for the publisher's own thread (never blocks): not a background task, which would wait for a thread
        # of the routine pool after the answer, the urgent report's event with it.
        runtime.publisher.flush(report)
    return ReportAccepted(reference=reference, receipt=receipt)

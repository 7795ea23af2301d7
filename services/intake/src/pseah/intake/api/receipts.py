"""The reporter's follow-up with their receipt: status and messages, with no way to learn who they are."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Path

from pseah.common.errors import ApiError
from pseah.intake.codes import normalize_receipt
from pseah.intake.message import service as messages
from pseah.intake.message.models import MessageAccepted, MessageCreate, MessageList, MessageRead
from pseah.intake.report import service as reports
from pseah.intake.report.models import OUTCOMES, Report, ReceiptStatus, StatusChange
from pseah.intake.bootstrap import Runtime, RuntimeDep
from pseah.intake.schemas import error_responses

router = APIRouter(prefix="/v1/receipts", tags=["receipts"])

ReceiptPath = Annotated[str, Path(min_length=1, max_length=64, description="The receipt code given at submission.")]

# One body for every unknown receipt, whatever the reason, so answers reveal nothing.
_NOT_FOUND = dict(status=404, code="not_found", message="No case matches this receipt.")


def resolve_receipt(runtime: Runtime, raw: str) -> Report:
    receipt = normalize_receipt(raw)
    throttle_key = receipt or raw.upper()
    wait = runtime.guard.retry_after(throttle_key)
    if wait:
        raise ApiError(status=429, code="rate_limited", message="Too many attempts; please wait and try again.",
                       headers={"Retry-After": str(wait)})
    # Always hash and query, even for a code that cannot be valid, so timing says little. The stand-in
    # can never be a real receipt (not Crockford base32) and never fails to encode, whatever was typed.
    report = reports.get_by_receipt(hasher=runtime.hasher, receipt=receipt or "not-a-receipt")
    if report is None:
        runtime.guard.failed(throttle_key)
        raise ApiError(**_NOT_FOUND)
    runtime.guard.succeeded(throttle_key)
    if report.erased_at is not None:
        raise ApiError(status=410, code="gone", message="This case's content has been erased.")
    return report


_LOOKUP_ERRORS = error_responses(404, 410, 422, 429, 503)


@router.get("/{receipt}", response_model=ReceiptStatus, responses=_LOOKUP_ERRORS,
            summary="Where the case stands (no content)")
def receipt_status(receipt: ReceiptPath, runtime: RuntimeDep) -> ReceiptStatus:
    report = resolve_receipt(runtime, receipt)
    current = reports.reporter_status(report)
    return ReceiptStatus(
        reference=report.reference, status=current.status, received_at=report.received_at,
        updated_at=current.updated_at or report.received_at,
        history=[StatusChange(status=h["status"], at=h["at"]) for h in current.history],
        outcome=disclosed_outcome(current, disclose=runtime.settings.disclose_outcome))


def disclosed_outcome(current: reports.ReporterStatus, *, disclose: bool) -> str | None:
    """The outcome the reporter may read: only for a closed case, only where the policy discloses outcomes."""
    if not disclose or current.status != "closed" or current.outcome not in OUTCOMES:
        return None
    return current.outcome


@router.post("/{receipt}/messages", status_code=202, response_model=MessageAccepted,
             responses=error_responses(400, 404, 410, 413, 415, 422, 429, 503),
             summary="Send a message to the case handlers")
def post_message(receipt: ReceiptPath, payload: MessageCreate, runtime: RuntimeDep,
                 background: BackgroundTasks) -> MessageAccepted:
    report = resolve_receipt(runtime, receipt)
    message = messages.post(keyring=runtime.keyring, reference=report.reference, text=payload.text,
                            language=payload.language)
    background.add_task(runtime.publisher.flush, message, blocked_by=report)
    return MessageAccepted(id=message.id, created_at=message.created_at)


@router.get("/{receipt}/messages", response_model=MessageList, responses=error_responses(404, 410, 422, 429, 503),
            summary="The conversation on the case, oldest first")
def list_messages(receipt: ReceiptPath, runtime: RuntimeDep) -> MessageList:
    report = resolve_receipt(runtime, receipt)
    items = messages.list_for_case(keyring=runtime.keyring, reference=report.reference)
    return MessageList(reference=report.reference, messages=[MessageRead(**m) for m in items])

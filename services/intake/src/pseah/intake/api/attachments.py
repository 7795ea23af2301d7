"""The reporter's attachments, with their receipt: one file per request, sent as the raw body."""
from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from pseah.common.errors import ApiError
from pseah.intake.api.receipts import ReceiptPath, resolve_receipt
from pseah.intake.attachment import media
from pseah.intake.attachment import service as attachments
from pseah.intake.attachment.models import AttachmentList, AttachmentRead
from pseah.intake.bootstrap import RuntimeDep
from pseah.intake.schemas import error_responses

router = APIRouter(prefix="/v1/receipts", tags=["attachments"])

_BINARY = {"schema": {"type": "string", "format": "binary"}}
_UPLOAD_BODY = {"requestBody": {
    "required": True,
    "description": "The file itself as the body (not multipart). Its type is read from its content, whatever "
                   "Content-Type says: JPEG, PNG, WebP; MP3, Ogg, M4A; PDF. Images are re-encoded without "
                   "metadata (EXIF, GPS); MP3 loses its ID3 tags, Ogg its comments, M4A its udta/meta boxes, "
                   "PDF its Info and XMP. No file name is kept.",
    "content": {t: _BINARY for t in ("application/octet-stream", *media.ALLOWED)}}}


def read_model(attachment) -> AttachmentRead:
    return AttachmentRead(id=attachment.id, media_type=attachment.media_type, size=attachment.size,
                          metadata_removed=attachment.metadata_removed, created_at=attachment.created_at)


@router.post("/{receipt}/attachments", status_code=201, response_model=AttachmentRead,
             responses={**error_responses(400, 404, 409, 410, 413, 415, 422, 429, 503)},
             openapi_extra=_UPLOAD_BODY, summary="Attach a photo, voice note or document to the case")
async def add_attachment(receipt: ReceiptPath, request: Request, runtime: RuntimeDep) -> AttachmentRead:
    data = await request.body()  # BodyGuard has already refused anything over max_attachment_bytes
    report = await run_in_threadpool(resolve_receipt, runtime, receipt)
    if not data:
        raise ApiError(status=400, code="empty", message="The body is empty: send the file as the request body.")
    s = runtime.settings
    try:
        attachment = await run_in_threadpool(
            attachments.add, keyring=runtime.keyring, reference=report.reference, data=data,
            max_per_case=s.max_attachments_per_case, max_pixels=s.max_image_pixels)
    except media.UnsupportedMedia as exc:
        raise ApiError(status=415, code="unsupported_media_type", message=f"This file type is not accepted; {exc}.") from None
    except media.UnreadableMedia as exc:
        raise ApiError(status=422, code="unreadable_file", message=f"The file cannot be used: {exc}.") from None
    except attachments.TooManyAttachments:
        raise ApiError(status=409, code="too_many_attachments",
                       message=f"A case holds at most {s.max_attachments_per_case} attachments.") from None
    return read_model(attachment)


@router.get("/{receipt}/attachments", response_model=AttachmentList, responses=error_responses(404, 410, 422, 429, 503),
            summary="What is attached to the case (types and sizes, no content)")
def list_attachments(receipt: ReceiptPath, runtime: RuntimeDep) -> AttachmentList:
    report = resolve_receipt(runtime, receipt)
    return AttachmentList(reference=report.reference,
                          attachments=[read_model(a) for a in attachments.list_for_case(reference=report.reference)])

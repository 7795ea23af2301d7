"""Case handlers (focal points of the assigned organisation, the coordinator) on the reporter's thread.

A focal point acts only on cases assigned to their organisation (case.assigned.v1); the coordinator on any.
Every read of content is published as case.content.read.v1 before the content is returned.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, Path
from fastapi.responses import Response

from pseah.common.auth import Principal, require_roles
from pseah.common.errors import ApiError
from pseah.common.events import EventTypes, Topics, new_event
from pseah.common.logging import get_logger
from pseah.intake.api.attachments import read_model
from pseah.intake.attachment import service as attachments
from pseah.intake.attachment.models import AttachmentList
from pseah.intake.codes import ALPHABET, REFERENCE_CHARS, REFERENCE_PREFIX
from pseah.intake.message import service as messages
from pseah.intake.message.models import MessageAccepted, MessageCreate, MessageList, MessageRead
from pseah.intake.report import service as reports
from pseah.intake.report.models import Report
from pseah.intake.bootstrap import Runtime, RuntimeDep
from pseah.intake.schemas import error_responses

log = get_logger(__name__)
router = APIRouter(prefix="/v1/cases", tags=["case handlers"])

HANDLER_ROLES = ("focal_point", "coordinator")
Handler = Annotated[Principal, Depends(require_roles(*HANDLER_ROLES))]
ReferencePath = Annotated[str, Path(pattern=f"^{REFERENCE_PREFIX}[{ALPHABET}]{{{REFERENCE_CHARS}}}$",
                                    examples=["PSEAH-7K3F9QX2"])]
_NOT_FOUND = dict(status=404, code="not_found", message="No such case among the cases you handle.")
# An erased case (pseah.intake.erasure) exists, but none of its content does any more.
GONE = dict(status=410, code="gone", message="This case's content has been erased.")


def _role(handler: Principal) -> str:
    # The coordinator's wider view wins when someone holds both roles.
    return "coordinator" if handler.has_role("coordinator") else "focal_point"


def _case(runtime: Runtime, handler: Principal, reference: str) -> Report:
    report = Report.objects(reference=reference).only("reference", "assigned_org", "has_pending", "erased_at").first()
    # Another organisation's case answers exactly like a missing one: its existence is need-to-know too.
    if report is None or (_role(handler) == "focal_point"
                          and (not handler.org_id or reports.assigned_org(reference, report) != handler.org_id)):
        raise ApiError(**_NOT_FOUND)
    if report.erased_at is not None:
        raise ApiError(**GONE)
    return report


def _record_read(runtime: Runtime, handler: Principal, reference: str, fields: list[str]) -> None:
    actor = handler.username or handler.subject
    event = new_event(type=EventTypes.CASE_CONTENT_READ, source="pseah/intake", subject=reference, actor=actor,
                      data={"reference": reference, "actor": actor, "org_id": handler.org_id, "role": _role(handler),
                            "fields": sorted(fields), "via": "intake"})
    try:
        runtime.publisher.publish_now(topic=Topics.ACCESS, event=event)
    except Exception as exc:  # noqa: BLE001 - not on record means not shown
        log.warning("case_content_withheld", reason="access_log_unavailable", error_type=type(exc).__name__)
        raise ApiError(status=503, code="access_log_unavailable",
                       message="The read cannot be recorded right now, so the content is withheld. Retry shortly.",
                       headers={"Retry-After": str(runtime.settings.retry_after_seconds)}) from None


@router.post("/{reference}/messages", status_code=202, response_model=MessageAccepted,
             responses=error_responses(400, 401, 403, 404, 410, 413, 415, 422, 503),
             summary="Reply to the reporter (focal point of the assigned organisation, or coordinator)")
def post_reply(reference: ReferencePath, payload: MessageCreate, handler: Handler, runtime: RuntimeDep,
               background: BackgroundTasks) -> MessageAccepted:
    report = _case(runtime, handler, reference)
    message = messages.post(keyring=runtime.keyring, reference=reference, text=payload.text, language=payload.language,
                            author="handler", role=_role(handler), actor=handler.username or handler.subject)
    background.add_task(runtime.publisher.flush, message, blocked_by=report)
    return MessageAccepted(id=message.id, created_at=message.created_at)


@router.get("/{reference}/messages", response_model=MessageList,
            responses=error_responses(401, 403, 404, 410, 422, 503), summary="The thread with the reporter")
def list_thread(reference: ReferencePath, handler: Handler, runtime: RuntimeDep) -> MessageList:
    _case(runtime, handler, reference)
    _record_read(runtime, handler, reference, ["messages"])
    items = messages.list_for_case(keyring=runtime.keyring, reference=reference)
    return MessageList(reference=reference, messages=[MessageRead(**m) for m in items])


@router.get("/{reference}/attachments", response_model=AttachmentList,
            responses=error_responses(401, 403, 404, 410, 422, 503), summary="The case's attachments (no content)")
def list_case_attachments(reference: ReferencePath, handler: Handler, runtime: RuntimeDep) -> AttachmentList:
    _case(runtime, handler, reference)
    return AttachmentList(reference=reference,
                          attachments=[read_model(a) for a in attachments.list_for_case(reference=reference)])


@router.get("/{reference}/attachments/{attachment_id}",
            responses={200: {"content": {"application/octet-stream": {}}, "description": "The file, decrypted"},
                       **error_responses(401, 403, 404, 410, 422, 503)},
            summary="Download one attachment (recorded as a read of case content)")
def download_attachment(reference: ReferencePath, attachment_id: Annotated[str, Path(max_length=64)],
                        handler: Handler, runtime: RuntimeDep) -> Response:
    _case(runtime, handler, reference)
    attachment = attachments.get(reference=reference, attachment_id=attachment_id)
    if attachment is None:
        raise ApiError(**_NOT_FOUND)
    _record_read(runtime, handler, reference, ["attachment"])
    data = attachments.content(keyring=runtime.keyring, attachment=attachment)
    # Served as a download, never rendered inline by the browser.
    return Response(data, media_type=attachment.media_type,
                    headers={"content-disposition": f'attachment; filename="{attachment.id}"'})

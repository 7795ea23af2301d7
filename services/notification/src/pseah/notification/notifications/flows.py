"""Events in, notifications out: case.assigned.v1 to the assignee, deadline.breached.v1 to the coordinator."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from pydantic import BaseModel, ConfigDict, ValidationError

from pseah.common.events import CloudEvent, EventTypes
from pseah.common.logging import get_logger
from pseah.notification.notifications import service
from pseah.notification.notifications.mailer import build_message
from pseah.notification.notifications.models import Notification
from pseah.notification.notifications.templates import render

log = get_logger(__name__)


class BadEvent(Exception):
    """Can never be processed; dead-lettered."""


class _Deadline(BaseModel):
    model_config = ConfigDict(extra="ignore")
    kind: str = ""
    due_at: datetime


class _AssignedIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    reference: str
    org_id: str | None = None
    assignee: dict
    portal_url: str | None = None
    deadlines: list[_Deadline] = []


class _BreachedIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    reference: str
    kind: str | None = None
    due_at: datetime | None = None


def earliest(deadlines: list[_Deadline]) -> datetime | None:
    return min((d.due_at for d in deadlines), default=None)


def intent_for(event: CloudEvent, *, settings) -> service.Intent | None:
    """What to send for an event, or None when this event asks for no notification. Pure."""
    try:
        if event.type == EventTypes.CASE_ASSIGNED:
            data = _AssignedIn.model_validate(event.data)
            email = data.assignee.get("email")
            if not email:
                raise BadEvent("assignee.email")
            role = data.assignee.get("role") or "focal_point"
            return service.Intent(
                cause_event_id=event.id, cause_event_type=event.type, reference=data.reference,
                template="case_assigned", recipient=email, recipient_role=role,
                recipient_org=settings.coordinator_org if role == "coordinator" else data.org_id,
                deadline=earliest(data.deadlines), link=settings.case_url(data.reference))
        if event.type == EventTypes.DEADLINE_BREACHED:
            data = _BreachedIn.model_validate(event.data)
            return service.Intent(
                cause_event_id=event.id, cause_event_type=event.type, reference=data.reference,
                template="deadline_breached", recipient=settings.coordinator_email, recipient_role="coordinator",
                recipient_org=settings.coordinator_org, deadline=data.due_at, link=settings.case_url(data.reference))
    except ValidationError as exc:
        raise BadEvent(",".join(sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]}))) from None
    return None


async def deliver(*, event: CloudEvent, settings, send: Callable, flush: Callable[[Notification], None]) -> str:
    """Send at most once per (event, recipient); returns what happened: sent, already_sent or ignored."""
    intent = intent_for(event, settings=settings)
    if intent is None:
        return "ignored"
    notification, must_send = await asyncio.to_thread(service.begin, intent=intent, domain=settings.message_id_domain)
    if not must_send:
        if notification.has_pending:
            await asyncio.to_thread(flush, notification)
        log.info("notification_already_sent", reference=intent.reference, notification_id=notification.id)
        return "already_sent"
    rendered = render(intent.template, reference=intent.reference, deadline=intent.deadline, link=intent.link)
    message = build_message(rendered=rendered, sender=settings.mail_from, recipient=intent.recipient,
                            message_id=notification.message_id, notification_id=notification.id)
    await asyncio.to_thread(service.record_attempt, notification=notification)
    await asyncio.to_thread(send, message)
    notification = await asyncio.to_thread(service.mark_sent, notification=notification,
                                           topic=settings.notifications_topic)
    await asyncio.to_thread(flush, notification)
    log.info("notification_sent", reference=intent.reference, notification_id=notification.id,
             template=intent.template, recipient_role=intent.recipient_role)
    return "sent"

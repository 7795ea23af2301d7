"""The audit log's digest (audit.digest.published.v1, on the checkpoint topic) mailed to the coordinator.

The same guarantee as every e-mail here (service.py): a notification keyed by (digest event id, coordinator address)
is written before sending, so a digest published again (audit resends a period after a crash, `pseah audit digest
--send` twice with nothing new) is the same notification and is not sent again; its Message-ID derives from the
notification id, hence from the digest's period. No notification.sent.v1 follows: that event is a case's, and a
digest concerns none.
"""
from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError

from pseah.common.events import CloudEvent, EventTypes
from pseah.common.logging import get_logger
from pseah.common.payloads import AuditDigest, payload
from pseah.notification.notifications import service
from pseah.notification.notifications.flows import BadEvent, reopen_unsure, send_once
from pseah.notification.notifications.mailer import build_message
from pseah.notification.notifications.templates import render_digest

log = get_logger(__name__)

TEMPLATE = "audit_digest"


def is_digest(event: CloudEvent) -> bool:
    return event.type == EventTypes.AUDIT_DIGEST_PUBLISHED


def intent_for(event: CloudEvent, *, settings) -> service.Intent:
    # The digest's subject (`<origin>/digest/<period>`) stands where a case reference stands in other mails.
    return service.Intent(cause_event_id=event.id, cause_event_type=event.type, reference=event.subject,
                          template=TEMPLATE, recipient=settings.coordinator_email, recipient_role="coordinator",
                          recipient_org=settings.coordinator_org, deadline=None, link=settings.audit_url)


def mail_digest(*, event: CloudEvent, settings, send: Callable) -> str:
    """E-mail one digest to the coordinator, once per digest id; sent or already_sent. Synchronous: run in a thread.
    Raises BadEvent for a digest that breaks its contract, and what the store or the mail server raised."""
    try:
        digest = payload(event, AuditDigest)
    except ValidationError as exc:
        raise BadEvent(",".join(sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]}))) from None
    intent = intent_for(event, settings=settings)
    notification, must_send = service.begin(intent=intent, domain=settings.message_id_domain, attempting=True)
    if not must_send:
        log.info("audit_digest_already_sent", notification_id=notification.id)
        return "already_sent"
    if notification.status == "handing_over":
        notification = reopen_unsure(notification)
    message = build_message(rendered=render_digest(digest, link=settings.audit_url), sender=settings.mail_from,
                            recipient=intent.recipient, message_id=notification.message_id,
                            notification_id=notification.id)
    try:
        send_once(send, message, notification=notification)
    except service.HandedOverElsewhere:
        return "already_sent"
    service.mark_sent(notification=notification, topic=settings.notifications_topic, announce=False)
    log.info("audit_digest_mailed", notification_id=notification.id, period_start=digest.period_start,
             checkpoints=digest.checkpoints_total, interim=digest.interim)
    return "sent"

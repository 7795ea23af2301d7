"""Webhooks to partner systems: queued by the event path, tried by the webhook agent, dead-lettered, replayed.

Synchronous functions (store, HTTP and Kafka calls): the agents run them in threads.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

import httpx

from pseah.common import payloads
from pseah.common.events import CloudEvent
from pseah.common.logging import get_logger
from pseah.notification.notifications import service
from pseah.notification.notifications.models import Notification
from pseah.notification.webhooks import attempts, delivery, payload
from pseah.notification.webhooks import service as webhooks
from pseah.notification.webhooks.models import WebhookSubscription

log = get_logger(__name__)

# schedule(event=, attempt=Attempt) puts a try on the webhook topic; dead_letter(event=, reason=,
# subscription_id=, notification_id=) parks a delivery on the dead-letter topic. Both wait for Kafka's ack.
Schedule = Callable[..., None]
DeadLetter = Callable[..., None]


def webhook_intent(*, event: CloudEvent, subscription: WebhookSubscription, org: str) -> service.Intent:
    return service.Intent(cause_event_id=event.id, cause_event_type=event.type, reference=event.subject,
                          template=event.type, recipient=f"webhook:{subscription.id}", recipient_role="partner_system",
                          recipient_org=org, deadline=None, link="", channel="webhook")


def _timestamp(when: datetime | None) -> float | None:
    if when is None:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()  # naive means UTC in the store


def queue_webhooks(*, event: CloudEvent, settings, schedule: Schedule, flush,
                   data: payloads.Payload | None = None, routes: dict[str, list[str]] | None = None) -> list[str]:
    """Put try 1 of every delivery `event` causes on the webhook topic; nothing here waits for a partner.
    `data`: the event's typed payload when the caller decoded it already; `routes`: the poll's webhook routes
    (webhooks.routes_of) when read already. For the types partners hear of (payload.ROUTED: notifications/flows.py
    registers it for those)."""
    outcomes = []
    for org in payload.organisations(event, data):
        for subscription in webhooks.for_event(org_id=org, event_type=event.type, routes=routes):
            notification, must_send = service.begin(
                intent=webhook_intent(event=event, subscription=subscription, org=org),
                domain=settings.message_id_domain)
            if not must_send:
                if notification.has_pending:
                    flush(notification)
                outcomes.append("already_sent")
            elif notification.queued:
                outcomes.append("queued_before")
            else:
                # On the topic first, then marked: a crash in between queues a second copy, which finds its try
                # claimed or done (webhooks/attempts.py), never a lost delivery.
                schedule(event=event, attempt=attempts.Attempt(notification_id=notification.id,
                                                               subscription_id=subscription.id, attempt=1,
                                                               due=time.time()))
                service.mark_queued(notification=notification)
                outcomes.append("queued")
    return outcomes


def try_webhook(*, event: CloudEvent, attempt: attempts.Attempt, settings, client: httpx.Client, flush,
                schedule: Schedule, dead_letter: DeadLetter, now: Callable[[], float] = time.time
                ) -> tuple[str, float]:
    """Make try `attempt.attempt` of one delivery if it is still owed: (outcome, seconds to wait first when
    the outcome is `wait`). A retryable failure puts the next try on the topic, due after the back-off; the
    last one, or a refusal, goes to the dead-letter topic."""
    notification = service.get(notification_id=attempt.notification_id)
    if notification is None:
        log.warning("webhook_try_unknown", notification_id=attempt.notification_id)
        return "unknown", 0.0
    claimed_at = _timestamp(notification.claimed_at)
    decision, wait = attempts.decide(status=notification.status, attempts=notification.attempts or 0,
                                     settled=notification.settled_attempt or 0, claimed_at=claimed_at,
                                     attempt=attempt.attempt, now=now(), lease=settings.webhook_lease)
    if decision == attempts.WAIT:
        return decision, wait
    if decision != attempts.CLAIM:
        if notification.has_pending:
            flush(notification)
        return decision, 0.0
    claim = service.claim_attempt(notification=notification, attempt=attempt.attempt)
    if claim is None:
        return attempts.DUPLICATE, 0.0
    notification.attempts = attempt.attempt
    subscription = webhooks.get(subscription_id=attempt.subscription_id)
    org = notification.recipient_org
    if subscription is None or not subscription.active:
        service.mark_dead_lettered(notification=notification, reason="subscription_inactive")
        log.warning("webhook_dropped", reference=event.subject, notification_id=notification.id, org_id=org,
                    reason="subscription_inactive")
        return "dropped", 0.0
    try:
        delivery.post_once(client=client, url=subscription.url, secret=subscription.secret, body=payload.body(event),
                           delivery_id=notification.id, event_type=event.type)
    except delivery.DeliveryFailed as exc:
        if exc.retryable and attempt.attempt < settings.webhook_attempts:
            delay = attempts.backoff(attempt.attempt, base=settings.webhook_backoff, cap=settings.webhook_backoff_max)
            schedule(event=event, attempt=attempts.Attempt(
                notification_id=notification.id, subscription_id=subscription.id, attempt=attempt.attempt + 1,
                due=now() + delay))
            service.settle_attempt(notification_id=notification.id, claim=claim, attempt=attempt.attempt)
            log.info("webhook_retry_scheduled", reference=event.subject, notification_id=notification.id,
                     org_id=org, attempt=attempt.attempt, reason=exc.reason, retry_in=delay)
            return "retry_scheduled", 0.0
        dead_letter(event=event, reason=exc.reason, subscription_id=subscription.id, notification_id=notification.id)
        service.mark_dead_lettered(notification=notification, reason=exc.reason)
        log.warning("webhook_dead_lettered", reference=event.subject, notification_id=notification.id,
                    org_id=org, reason=exc.reason, attempts=attempt.attempt)
        return "dead_lettered", 0.0
    notification = service.mark_sent(notification=notification, topic=settings.notifications_topic)
    flush(notification)
    log.info("webhook_delivered", reference=event.subject, notification_id=notification.id, org_id=org,
             event_type=event.type, attempt=attempt.attempt)
    return "sent", 0.0


def replay_webhook(*, event: CloudEvent, subscription: WebhookSubscription, notification: Notification,
                   settings, client: httpx.Client, flush, dead_letter: DeadLetter) -> str:
    """One more try of a dead-lettered delivery (reopened to pending by the caller): sent, or dead-lettered anew."""
    try:
        delivery.post_once(client=client, url=subscription.url, secret=subscription.secret, body=payload.body(event),
                           delivery_id=notification.id, event_type=event.type)
    except delivery.DeliveryFailed as exc:
        dead_letter(event=event, reason=exc.reason, subscription_id=subscription.id, notification_id=notification.id)
        service.mark_dead_lettered(notification=notification, reason=exc.reason)
        log.warning("webhook_dead_lettered", reference=event.subject, notification_id=notification.id,
                    org_id=notification.recipient_org, reason=exc.reason, replay=True)
        return "dead_lettered"
    notification = service.mark_sent(notification=notification, topic=settings.notifications_topic)
    flush(notification)
    log.info("webhook_delivered", reference=event.subject, notification_id=notification.id,
             org_id=notification.recipient_org, event_type=event.type, replay=True)
    return "sent"

"""Events in, notifications out.

- case.assigned.v1 to the assignee, deadline.breached.v1 to the coordinator: e-mail, or SMS / WhatsApp when the
  recipient prefers it;
- events that concern an organisation (its referrals, its cases) to its partner system's webhooks: queued on the
  webhook topic here, tried, retried and dead-lettered by the webhook agent, so a partner never holds up e-mail;
- status changes to a reporter who agreed to be contacted, on their own channel, with no content at all.
"""
from __future__ import annotations

import asyncio
import smtplib
from collections.abc import Callable
from contextlib import nullcontext
from datetime import datetime
from types import SimpleNamespace

import dataclasses
from typing import Any

import httpx

from pseah.common import payloads
from pseah.common.crypto import KeyUnavailable
from pseah.common.events import CloudEvent, EventTypes
from pseah.common.handlers import Handlers
from pseah.common.logging import get_logger
from pseah.common.telemetry import attached
from pseah.notification.notifications import service
from pseah.notification.notifications.mailer import build_message
from pseah.notification.notifications.models import Notification
from pseah.notification.notifications.messaging import MessagingProvider, MessagingUnavailable, ShortMessage
from pseah.notification.notifications.templates import render, render_short, render_status_email
from pseah.notification.recipients import rules as recipient_rules
from pseah.notification.recipients import service as recipients
from pseah.notification.webhooks import flows as webhook_flows
from pseah.notification.webhooks import payload as webhook_payload
from pseah.notification.webhooks import service as webhook_service

log = get_logger(__name__)


Announce = Callable[[str, CloudEvent], None]  # publish(topic, event), acknowledged by Kafka or raising


class BadEvent(Exception):
    """Can never be processed; dead-lettered."""


def earliest(deadlines: list[payloads.Deadline]) -> datetime | None:
    return min((d.due_at for d in deadlines), default=None)


def _to_assignee(event: CloudEvent, assigned: payloads.CaseAssigned, settings) -> service.Intent:
    if not assigned.assignee.email:
        raise BadEvent("assignee.email")
    role = assigned.assignee.role or "focal_point"
    return service.Intent(
        cause_event_id=event.id, cause_event_type=event.type, reference=assigned.reference,
        template="case_assigned", recipient=assigned.assignee.email, recipient_role=role,
        recipient_org=settings.coordinator_org if role == "coordinator" else assigned.org_id,
        deadline=earliest(assigned.deadlines), link=settings.case_url(assigned.reference))


def _to_coordinator(event: CloudEvent, breached: payloads.DeadlineBreached, settings) -> service.Intent:
    return service.Intent(
        cause_event_id=event.id, cause_event_type=event.type, reference=breached.reference,
        template="deadline_breached", recipient=settings.coordinator_email, recipient_role="coordinator",
        recipient_org=settings.coordinator_org, deadline=breached.due_at, link=settings.case_url(breached.reference))


# The e-mails, by the event type that causes them: a case to its assignee, a missed deadline to the coordinator.
INTENTS = {EventTypes.CASE_ASSIGNED: _to_assignee, EventTypes.DEADLINE_BREACHED: _to_coordinator}


def intent_for(event: CloudEvent, *, settings, data: payloads.Payload | None = None) -> service.Intent | None:
    """What to send for an event, or None when this event asks for no notification. Pure.

    `data` is the event's typed payload when the caller decoded it already; payloads.BreaksContract when the event
    breaks its contract, BadEvent when it keeps it but names nobody to send to."""
    build = INTENTS.get(event.type)
    if build is None:
        return None
    return build(event, data if data is not None else payloads.decode(event), settings)


def preferred(intent: service.Intent, *, prefer: Callable[[str], Any] | None,
              messaging_enabled: bool) -> tuple[service.Intent, str | None]:
    """The intent on the recipient's preferred channel, and the phone for it (None: e-mail). Pure."""
    choice = prefer(intent.recipient) if prefer else None
    if choice is None or not messaging_enabled or choice.channel not in ("sms", "whatsapp") or not choice.phone:
        return intent, None
    return dataclasses.replace(intent, channel=choice.channel), choice.phone


def send_once(send: Callable, message, *, notification: Notification) -> None:
    """One e-mail through `send(message, commit=...)`, handed over (service.hand_over) right before the server takes
    it. Raises HandedOverElsewhere when another deliverer took it first (nothing was delivered here), and what the
    mail server raised otherwise; a plain "no" to the final dot hands the notification back to pending first."""
    handed = []

    def commit() -> None:
        service.hand_over(notification=notification)
        handed.append(True)

    try:
        send(message, commit=commit)
    except smtplib.SMTPResponseException:
        # The server answered and refused: it holds no copy, so the next try may send it.
        if handed:
            service.take_back(notification=notification)
        raise
    # Any other failure after the hand-over (the connection broke before the answer) leaves it handing_over: the
    # retry cannot know whether the server took it and sends again, counted (reopen_unsure).


def reopen_unsure(notification: Notification) -> Notification:
    """A notification left handing_over by a deliverer that died: maybe delivered, maybe not; it goes again."""
    log.warning("notification_resent_uncertain", reference=notification.reference, notification_id=notification.id)
    return service.reopen_unsure(notification=notification)


@dataclasses.dataclass
class _Planned:
    """One notification of a poll on its way: its place in the poll, what to send, and where it stands."""
    index: int
    intent: service.Intent
    phone: str | None
    trace: Any
    notification: Notification | None = None


def _send_planned(planned: list[_Planned], *, settings, send: Callable, session: Callable | None,
                  messaging: MessagingProvider | None) -> tuple[list[_Planned], list[_Planned], Exception | None]:
    """Each planned notification sent in order, the e-mails on one connection, each handed over right before its own
    final dot (send_once). Stops at the first failure. (sent, handed over elsewhere, the failure or None).
    Synchronous: run in a thread."""
    sent: list[_Planned] = []
    elsewhere: list[_Planned] = []
    # Without a session (unit tests' fake servers), the plain `send`: a connection each.
    with session() if session is not None else nullcontext(SimpleNamespace(send=send)) as mail:
        for item in planned:
            intent, notification = item.intent, item.notification
            try:
                with attached(item.trace):  # in its own event's trace, as its log lines
                    if item.phone is not None:
                        text = render_short(intent.template, reference=intent.reference, link=intent.link)
                        messaging.send(ShortMessage(notification_id=notification.id, channel=intent.channel,
                                                    to=item.phone, text=text))
                    else:
                        rendered = render(intent.template, reference=intent.reference, deadline=intent.deadline,
                                          link=intent.link)
                        send_once(mail.send, build_message(rendered=rendered, sender=settings.mail_from,
                                                           recipient=intent.recipient,
                                                           message_id=notification.message_id,
                                                           notification_id=notification.id),
                                  notification=notification)
            except service.HandedOverElsewhere:
                elsewhere.append(item)
                continue
            except Exception as exc:  # noqa: BLE001 - the ones before it are recorded sent first, then it is raised
                return sent, elsewhere, exc
            sent.append(item)
    return sent, elsewhere, None


async def deliver_all(items: list[tuple[CloudEvent, payloads.Payload | None, Any]], *, settings, outlets: Outlets,
                      flush: Callable[[Notification], None]) -> list[str]:
    """The notifications of a poll's events, each sent per (event, recipient) once unless unsure (service.py states
    the exact guarantee), their store and Kafka work together: one read of the recipients' preferences, one insert of
    the notifications, the e-mails shared among `settings.smtp_connections` SMTP connections, one wait for Kafka's
    acknowledgements of their notification.sent.v1 and one write flipping them to sent. `items`: (event, its typed
    payload or None, its trace context or None). The outcome of each, in order: sent, already_sent or ignored. Raises
    what a send raised (the stream tries the poll again), after recording the ones sent before it."""
    outcomes = ["ignored"] * len(items)
    planned = [_Planned(index=index, intent=intent, phone=None, trace=trace)
               for index, (event, data, trace) in enumerate(items)
               if (intent := intent_for(event, settings=settings, data=data)) is not None]
    if not planned:
        return outcomes
    if outlets.prefer is not None:
        choices = await asyncio.to_thread(outlets.prefer, sorted({p.intent.recipient for p in planned}))
        for item in planned:
            item.intent, item.phone = preferred(item.intent, prefer=choices.get,
                                                messaging_enabled=outlets.messaging is not None)
    begun = await asyncio.to_thread(service.begin_all, intents=[p.intent for p in planned],
                                    domain=settings.message_id_domain, attempting=True)
    to_send = []
    for item, (notification, must_send) in zip(planned, begun):
        if not must_send:
            if notification.has_pending:
                await asyncio.to_thread(flush, notification)
            with attached(item.trace):
                log.info("notification_already_sent", reference=item.intent.reference, notification_id=notification.id)
            outcomes[item.index] = "already_sent"
            continue
        if notification.status == "handing_over":
            with attached(item.trace):
                notification = await asyncio.to_thread(reopen_unsure, notification)
        item.notification = notification
        to_send.append(item)
    # Each e-mail waits on two servers in turn (its hand-over on the store, then the mail server's answers), so a
    # poll's e-mails go out on several connections at once, each its share in order; a plain `send` (unit tests'
    # fake servers) one at a time.
    lanes = max(1, settings.smtp_connections) if outlets.session is not None else 1
    shares = [to_send[lane::lanes] for lane in range(lanes) if to_send[lane::lanes]]
    results = await asyncio.gather(*(asyncio.to_thread(
        _send_planned, share, settings=settings, send=outlets.send, session=outlets.session,
        messaging=outlets.messaging) for share in shares))
    sent = [item for share_sent, _, _ in results for item in share_sent]
    elsewhere = [item for _, share_elsewhere, _ in results for item in share_elsewhere]
    failure = next((share_failure for _, _, share_failure in results if share_failure is not None), None)
    for item in elsewhere:
        with attached(item.trace):
            log.info("notification_sent_elsewhere", reference=item.intent.reference,
                     notification_id=item.notification.id)
        outcomes[item.index] = "already_sent"
    marked = await asyncio.to_thread(service.mark_sent_all, notifications=[p.notification for p in sent],
                                     topic=settings.notifications_topic, first=outlets.first,
                                     contexts=[p.trace for p in sent])
    for item, notification in zip(sent, marked):
        with attached(item.trace):
            if notification.has_pending:
                await asyncio.to_thread(flush, notification)
            log.info("notification_sent", reference=item.intent.reference, notification_id=notification.id,
                     template=item.intent.template, recipient_role=item.intent.recipient_role)
        outcomes[item.index] = "sent"
    if failure is not None:
        raise failure
    return outcomes


async def deliver(*, event: CloudEvent, settings, outlets: Outlets, flush: Callable[[Notification], None],
                  data: payloads.Payload | None = None) -> str:
    """deliver_all of one event: sent, already_sent or ignored."""
    return (await deliver_all([(event, data, None)], settings=settings, outlets=outlets, flush=flush))[0]


# ---------------------------------------------------------------- webhooks
# Queued here, tried by the webhook agent: pseah.notification.webhooks.flows.


# ---------------------------------------------------------------- reporters
STATUS_EVENTS = frozenset({EventTypes.CASE_ACKNOWLEDGED, EventTypes.CASE_INVESTIGATION_UPDATED,
                           EventTypes.REFERRAL_ACCEPTED, EventTypes.REFERRAL_COMPLETED})


def remember_reporter(event: CloudEvent, triaged: payloads.ReportTriaged) -> None:
    recipients.remember_reporter(reference=event.subject, consent=triaged.consent.model_dump(),
                                 report_channel=triaged.channel, sealed_contact=triaged.sealed.contact)


def tell_reporter(*, event: CloudEvent, settings, send: Callable, messaging: MessagingProvider | None,
                  open_contact: Callable[[str, str], str] | None, flush, announce: Announce | None = None) -> str:
    """A no-content "there is news" to a reporter who agreed to be contacted, for a status event (STATUS_EVENTS).
    Synchronous: run in a thread."""
    if open_contact is None:
        return "ignored"
    contact = recipients.reporter(reference=event.subject)
    if contact is None or not contact.consent_contact or not contact.sealed_contact:
        return "no_contact"
    try:
        opened = open_contact(event.subject, contact.sealed_contact)
    except KeyUnavailable:  # crypto-shredded: the reporter can no longer be reached, by design
        return "no_contact"
    route = recipient_rules.reporter_route(contact=opened, report_channel=contact.report_channel,
                                           contact_method=contact.contact_method)
    if route is None or (route[0] != "email" and messaging is None):
        return "no_contact"
    channel, address = route
    # The recipient kept on record is a placeholder: the reporter's address is never stored open.
    intent = service.Intent(cause_event_id=event.id, cause_event_type=event.type, reference=event.subject,
                            template="status_update", recipient=f"reporter:{event.subject}", recipient_role="reporter",
                            recipient_org=None, deadline=None, link=settings.status_url, channel=channel)
    notification, must_send = service.begin(intent=intent, domain=settings.message_id_domain, attempting=True)
    if not must_send:
        return "already_sent"
    if notification.status == "handing_over":
        notification = reopen_unsure(notification)
    if channel == "email":
        try:
            send_once(send, build_message(rendered=render_status_email(link=settings.status_url),
                                          sender=settings.mail_from, recipient=address,
                                          message_id=notification.message_id, notification_id=notification.id),
                      notification=notification)
        except service.HandedOverElsewhere:
            return "already_sent"
    else:
        messaging.send(ShortMessage(notification_id=notification.id, channel=channel, to=address,
                                    text=render_short("status_update", reference="", link=settings.status_url)))
    notification = service.mark_sent(notification=notification, topic=settings.notifications_topic, publish=announce)
    flush(notification)
    log.info("reporter_told", reference=event.subject, notification_id=notification.id, channel=channel)
    return "sent"


@dataclasses.dataclass
class Outlets:
    """Everything that leaves the service, wired once in main (fakes in unit tests)."""

    send: Callable
    client: httpx.Client
    dead_letter: webhook_flows.DeadLetter
    schedule: webhook_flows.Schedule
    messaging: MessagingProvider | None = None
    open_contact: Callable[[str, str], str] | None = None
    # Staff recipients' preferred channels: addresses -> {address: preference} (recipients.service.preferences).
    prefer: Callable[[list[str]], dict[str, Any]] | None = None
    # notification.sent.v1 published at once, acknowledged (service.mark_sent); None: always through the outbox.
    announce: Announce | None = None
    # A poll's notification.sent.v1 Kafka first together (LazyProducer.publish_first; service.mark_sent_all).
    first: Callable[..., int] | None = None
    # One SMTP connection for a poll's e-mails (mailer.SmtpMailer.session); None: `send`, a connection each.
    session: Callable[[], Any] | None = None


# ---------------------------------------------------------------- what each event type does here
# pseah.common.handlers: the event's data decoded once, into its typed payload, before anything happens (one that
# breaks its contract raises payloads.BreaksContract, which the stream dead-letters: nothing sent, stored or
# queued); then, for its type, in this order: the e-mail, the partners' webhooks, the reporter. Each is idempotent,
# so a redelivery repeats nothing.
handlers = Handlers("notification.delivery")
EMAIL = "email"  # the handler a poll runs for all its events together (dispatch_all)
WEBHOOKS = "webhooks"  # its routes read once for a poll's events (dispatch_all)


@handlers.on(EventTypes.REPORT_TRIAGED, name="reporter")
def remember(event: CloudEvent, triaged: payloads.ReportTriaged, **_) -> str:
    """Who may be told of news later, and how: kept from the decision, the contact still sealed."""
    remember_reporter(event, triaged)
    return "remembered"


@handlers.on(*INTENTS, name=EMAIL)
async def mail(event: CloudEvent, data: payloads.Payload, *, settings, outlets: Outlets, flush, **_) -> str:
    return await deliver(event=event, settings=settings, outlets=outlets, flush=flush, data=data)


@handlers.on(*webhook_payload.ROUTED, name=WEBHOOKS)
def webhooks(event: CloudEvent, data: payloads.Payload, *, settings, outlets: Outlets, flush,
             routes: dict[str, list[str]] | None = None) -> list[str]:
    return webhook_flows.queue_webhooks(event=event, settings=settings, schedule=outlets.schedule, flush=flush,
                                        data=data, routes=routes)


@handlers.on(*STATUS_EVENTS, decode=None, name="reporter")
def reporter(event: CloudEvent, _data: None, *, settings, outlets: Outlets, flush, **_) -> str:
    try:
        return tell_reporter(event=event, settings=settings, send=outlets.send, messaging=outlets.messaging,
                             open_contact=outlets.open_contact, flush=flush, announce=outlets.announce)
    except MessagingUnavailable as exc:
        # Raised on: the stream retries with back-off, as for an SMTP outage.
        log.warning("reporter_message_deferred", reference=event.subject, reason=str(exc))
        raise


async def dispatch_all(traced: list[tuple[CloudEvent, Any]], *, settings, outlets: Outlets, flush) -> None:
    """Every notification a poll's events cause: the e-mails (and short messages) of all of them first, together
    (deliver_all: the store, SMTP and Kafka work of the poll at once, urgent cases' among them), then each event's
    other handlers in the poll's order, in its own trace context (a reporter is remembered before a later event of
    the poll tells them news)."""
    decoded = [(event, handlers.decode(event), trace) for event, trace in traced]
    await deliver_all([(event, data[EMAIL], trace) for event, data, trace in decoded if EMAIL in data],
                      settings=settings, outlets=outlets, flush=flush)
    orgs = sorted({org for event, data, _ in decoded if WEBHOOKS in data
                   for org in webhook_payload.organisations(event, data[WEBHOOKS])})
    routes = await asyncio.to_thread(webhook_service.routes_of, orgs) if orgs else {}
    for event, data, trace in decoded:
        with attached(trace):
            await handlers.dispatch(event, decoded=data, skip=(EMAIL,), settings=settings, outlets=outlets,
                                    flush=flush, routes=routes)

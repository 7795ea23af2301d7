"""Notifications without transactions: each e-mail delivered, under one Message-ID, and repeated only when unsure.

1. `begin` inserts the notification as pending, keyed by (cause event, recipient): a redelivered event
   finds it, and one that is sent is not sent again.
2. The message goes out with a Message-ID derived from the notification id. Right before the final dot of
   DATA (the moment the server takes the message, mailer.py), `hand_over` flips pending to handing_over: a
   compare-and-set, so of two deliverers of one notification (a rebalance, a redelivery) only one sends the
   dot; the other drops its connection and the server discards its copy.
3. `mark_sent` flips it to sent and announces notification.sent.v1: published first when Kafka acknowledges it
   (then the flip is the only write), else owed in the same single-document write as the flip (the outbox relays
   it once Kafka is back). The event's id is derived from the notification's, so an announcement made twice (a
   crash between the acknowledgement and the flip, then a redelivery) is one event to its consumers.

The guarantee, stated exactly (exactly-once to a mail server one does not control is impossible: nothing makes
"the server took it" and "we wrote that down" one step, and a server cannot be asked afterwards). Every
notification's e-mail is delivered at least once, always under the same Message-ID. It is delivered more than
once only when a deliverer died (or lost its connection) after handing over and before recording sent; the
retry then finds the record handing_over, cannot know whether the server got the dot, sends again and counts
it in `uncertain_resends` (logged `notification_resent_uncertain`). A notification with uncertain_resends 0 was
delivered exactly once; one with n has at most n + 1 copies, all with its Message-ID (mail systems that
de-duplicate by Message-ID keep one). A crash before the hand-over never repeats anything: a server that got
no final dot delivered nothing. Losing an e-mail is the worse failure for a case that must be acted on, so
the unsure case re-sends rather than stays silent.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime


from pseah.common import outbox
from pseah.common.events import CloudEvent, EventTypes, effect_id, new_event
from pseah.common.logging import get_logger
from pseah.notification.notifications.models import Notification

log = get_logger(__name__)

SOURCE = "pseah/notification"
_NAMESPACE = uuid.UUID("6c6f8f4e-2b1a-5f0e-9a57-70736561682d")


def notification_id(*, cause_event_id: str, recipient: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{cause_event_id}|{recipient.strip().lower()}"))


def message_id(*, notification_id: str, domain: str) -> str:
    return f"<{notification_id}@{domain}>"


@dataclass(frozen=True)
class Intent:
    cause_event_id: str
    cause_event_type: str
    reference: str
    template: str
    recipient: str
    recipient_role: str
    recipient_org: str | None
    deadline: datetime | None
    link: str
    channel: str = "email"


def begin(*, intent: Intent, domain: str, attempting: bool = False) -> tuple[Notification, bool]:
    """(notification, True) when it must be sent now; (existing, False) when it was already sent.

    `attempting`: the caller tries it right away (an e-mail, a short message), and the try is counted here: with the
    insert for a new notification (no write of its own), by one `$inc` for one a redelivery finds still to send.
    Webhooks count their tries as they claim them (claim_attempt), so they begin without."""
    return begin_all(intents=[intent], domain=domain, attempting=attempting)[0]


def begin_all(*, intents: list[Intent], domain: str, attempting: bool = False) -> list[tuple[Notification, bool]]:
    """`begin` for several intents (a poll's e-mails) in one insert; those a redelivery finds are read back together
    (pseah.common.outbox.insert_or_stored)."""
    docs = []
    for intent in intents:
        nid = notification_id(cause_event_id=intent.cause_event_id, recipient=intent.recipient)
        docs.append(Notification(
            id=nid, cause_event_id=intent.cause_event_id, cause_event_type=intent.cause_event_type,
            reference=intent.reference, channel=intent.channel, template=intent.template,
            recipient=intent.recipient, recipient_role=intent.recipient_role, recipient_org=intent.recipient_org,
            deadline=intent.deadline, link=intent.link, status="pending", attempts=1 if attempting else 0,
            message_id=message_id(notification_id=nid, domain=domain)))
    begun = []
    for doc, new in outbox.insert_or_stored(Notification, docs):
        if new:
            begun.append((doc, True))
            continue
        # Sent or dead-lettered (only `replay-dlq` tries those again): nothing to send on a redelivery. Pending or
        # handing_over (unsure whether the server got it: reopen_unsure first): send.
        must_send = doc.status in ("pending", "handing_over")
        if must_send and attempting:
            record_attempt(notification=doc)
            doc.attempts = (doc.attempts or 0) + 1
        begun.append((doc, must_send))
    return begun


def record_attempt(*, notification: Notification) -> None:
    Notification.objects(id=notification.id).update_one(inc__attempts=1)


class HandedOverElsewhere(Exception):
    """Another deliverer of this notification reached the final dot first: this copy must not be sent."""


def hand_over(*, notification: Notification) -> None:
    """The last write before the mail server gets the final dot. Raises HandedOverElsewhere if it lost the race."""
    if not Notification.objects(id=notification.id, status="pending").update_one(
            set__status="handing_over", set__handed_over_at=datetime.now(UTC)):
        raise HandedOverElsewhere(notification.id)


def reopen_unsure(*, notification: Notification) -> Notification:
    """A handing_over record found by a redelivery: its deliverer may or may not have delivered the dot. Back to
    pending, counted in uncertain_resends, so this retry may hand it over again (and the tests can tell)."""
    Notification.objects(id=notification.id, status="handing_over").update_one(
        set__status="pending", inc__uncertain_resends=1)
    return Notification.objects(id=notification.id).first()


def take_back(*, notification: Notification) -> None:
    """The server answered no to the final dot: nothing was delivered, the notification is pending again."""
    Notification.objects(id=notification.id, status="handing_over").update_one(set__status="pending")


def sent_event_data(notification: Notification) -> dict:
    return {"reference": notification.reference, "notification_id": notification.id,
            "channel": notification.channel, "template": notification.template,
            "recipient_role": notification.recipient_role, "recipient_org": notification.recipient_org,
            "cause_event_id": notification.cause_event_id}


def sent_event_id(notification_id: str) -> str:
    return effect_id(notification_id, EventTypes.NOTIFICATION_SENT)


def sent_event(notification: Notification) -> CloudEvent:
    """notification.sent.v1 of a notification, under the same id every time it is made."""
    return new_event(type=EventTypes.NOTIFICATION_SENT, source=SOURCE, subject=notification.reference,
                     actor="notification", data=sent_event_data(notification), id=sent_event_id(notification.id))


def _flip_sent(notification_id: str, now: datetime, **also) -> int:
    """Pending (or handing over) to sent, with `also` in the same write; 0 when another deliverer flipped it first."""
    return Notification.objects(id=notification_id, status__in=["pending", "handing_over"]).update_one(
        set__status="sent", set__sent_at=now, **also)


def mark_sent(*, notification: Notification, topic: str, announce: bool = True,
              publish: Callable[[str, CloudEvent], None] | None = None) -> Notification:
    """Sent, with notification.sent.v1 announced; `announce=False` for a mail about no case (the coordinator's audit
    digest): notification.sent.v1 is a case's event (its subject a case reference), so none is owed then.

    `publish(topic, event)` sends and waits for Kafka's acknowledgement: the event is published before the flip,
    which is then one conditional write (no outbox marker, no owed event to clear). When it raises (Kafka away), the
    event is owed in the flip's own write instead, as without `publish`."""
    now = datetime.now(UTC)
    if not announce:
        _flip_sent(notification.id, now)
        return Notification.objects(id=notification.id).first()
    event = sent_event(notification)
    if publish is not None:
        try:
            publish(topic, event)
        except Exception as exc:  # noqa: BLE001 - whatever Kafka raised, the outbox keeps the event instead
            log.warning("notification_sent_owed", notification_id=notification.id, error_type=type(exc).__name__)
        else:
            # A concurrent deliverer that flipped it first announced the same event id: nothing more to do here.
            _flip_sent(notification.id, now)
            notification.status, notification.sent_at = "sent", now
            return notification
    item = {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}
    # Conditional on not yet sent so a concurrent duplicate cannot owe a second notification.sent.v1.
    outbox.owe(Notification, notification.id)
    if not _flip_sent(notification.id, now, push__pending_events=item, set__has_pending=True, set__pending_since=now):
        outbox.retract(Notification, notification.id)
        return Notification.objects(id=notification.id).first()  # sent meanwhile by another deliverer: as stored
    # As just written (not read back): the flush that follows needs its owed event, and this process's copy held
    # everything else already.
    notification.status, notification.sent_at = "sent", now
    notification.pending_events = [*(notification.pending_events or []), item]
    notification.has_pending, notification.pending_since = True, now
    return notification


def mark_sent_all(*, notifications: list[Notification], topic: str,
                  first: Callable[..., int] | None = None, contexts: list | None = None) -> list[Notification]:
    """`mark_sent` for several (a poll's e-mails), as they are given: their notification.sent.v1 Kafka first together
    (`first(documents, contexts=...)`, LazyProducer.publish_first: one wait for all the acknowledgements; `contexts`,
    each one's trace context), then one write flipping those acknowledged to sent. One Kafka did not take (every one,
    without `first`) is marked by `mark_sent`, its event owed in its flip."""
    now = datetime.now(UTC)
    if first is not None and notifications:
        for notification in notifications:
            notification.add_event(topic=topic, event=sent_event(notification))
        first(notifications, contexts=contexts)
    went = {n.id for n in notifications if first is not None and not n.has_pending}
    if went:
        # A concurrent deliverer that flipped one first announced the same event id: nothing more to do for it.
        Notification.objects(id__in=sorted(went), status__in=["pending", "handing_over"]).update(
            set__status="sent", set__sent_at=now)
    marked = []
    for notification in notifications:
        if notification.id in went:
            notification.status, notification.sent_at = "sent", now
            marked.append(notification)
            continue
        # Kafka did not take it: as mark_sent without Kafka first, from the document as stored (no event yet).
        notification.pending_events, notification.has_pending, notification.pending_since = [], False, None
        notification._outbox_added = 0
        marked.append(mark_sent(notification=notification, topic=topic))
    return marked


def mark_dead_lettered(*, notification: Notification, reason: str) -> None:
    # Settled up to the last try started, so no stray copy of a try record takes it up again after a replay.
    Notification.objects(id=notification.id, status="pending").update_one(
        set__status="dead_lettered", set__failure=reason, set__settled_attempt=notification.attempts or 0)


def get(*, notification_id: str) -> Notification | None:
    return Notification.objects(id=notification_id).first()


def mark_queued(*, notification: Notification) -> None:
    """Try 1 of a webhook is on the webhook topic: a redelivered cause event does not queue it again."""
    Notification.objects(id=notification.id).update_one(set__queued=True)


def claim_attempt(*, notification: Notification, attempt: int) -> str | None:
    """Take try `attempt` of a pending webhook: a claim token, or None when someone else took it first.

    Compare-and-set on the try number and the previous claim as read, so two copies of one record never
    both go out."""
    token = uuid.uuid4().hex
    taken = Notification.objects(id=notification.id, status="pending", attempts=notification.attempts or 0,
                                 claim=notification.claim).update_one(
        set__attempts=attempt, set__claim=token, set__claimed_at=datetime.now(UTC))
    return token if taken else None


def settle_attempt(*, notification_id: str, claim: str, attempt: int) -> None:
    """Try `attempt` failed and its successor is on the topic (or it was dead-lettered)."""
    Notification.objects(id=notification_id, claim=claim).update_one(set__settled_attempt=attempt)


def reopen(*, notification_id: str) -> Notification | None:
    """A dead-lettered notification back to pending, for a replay; None if it is not dead-lettered."""
    if Notification.objects(id=notification_id, status="dead_lettered").update_one(set__status="pending"):
        return Notification.objects(id=notification_id).first()
    return None

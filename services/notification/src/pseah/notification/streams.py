"""The notification faust App: one agent per input topic, the webhook agent on the service's own webhook topic,
and the outbox relay."""
from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import faust

from pseah.common.events import CloudEvent, EventTypes
from pseah.common.kafka import DLQ_REASON_HEADER
from pseah.common.logging import get_logger
from pseah.common.producer import LazyProducer
from pseah.common.outbox import run_relay
from pseah.common.streams import Backoff, consume_lanes_in_batches, create_app, handle_batch, handle_in_order
from pseah.common.telemetry import context_from_kafka_headers, kafka_headers, span_from
from pseah.notification.notifications import digests
from pseah.notification.notifications.flows import BadEvent, Outlets, dispatch_all, handlers
from pseah.notification.notifications.models import Notification
from pseah.notification.webhooks import attempts
from pseah.notification.webhooks import flows as webhook_flows

log = get_logger(__name__)


class Producer(LazyProducer):
    """The process's producer holder, with the webhook topic's own sends."""

    def schedule_webhook(self, *, topic: str, event: CloudEvent, attempt: attempts.Attempt) -> None:
        """A webhook try on the webhook topic, acknowledged by Kafka before the caller moves on."""
        self.get().send(topic, key=event.key, value=event.to_bytes(),
                        headers=[*attempt.headers(), *kafka_headers()]).get(timeout=15)

    def requeue(self, *, topic: str, key: bytes | None, value: bytes, headers: dict[str, bytes]) -> None:
        """The same try record again at the end of its partition: it is not due yet."""
        self.get().send(topic, key=key, value=value, headers=list(headers.items())).get(timeout=15)

    def dead_letter_delivery(self, *, topic: str, event: CloudEvent, reason: str, subscription_id: str,
                             notification_id: str) -> None:
        """The cause event, unchanged, with what `replay-dlq` needs to try that one delivery again."""
        self.get().send(topic, key=event.key, value=event.to_bytes(), headers=[
            (DLQ_REASON_HEADER, reason.encode()), ("pseah_channel", b"webhook"),
            ("pseah_subscription", subscription_id.encode()),
            ("pseah_notification_id", notification_id.encode())]).get(timeout=15)


# An SMTP server or a partner may be away for minutes: pauses up to half a minute.
BACKOFF = Backoff(first=0.5, limit=30.0)


def delivery_handling(*, settings, outlets: Outlets, producer: Producer) -> dict:
    """How the triage and cases streams are read, a poll at a time (pseah.common.streams.handle_batch): the
    notifications of the poll's events together (notifications/flows.py `dispatch_all`), types nothing here handles
    skipped; one that can never succeed dead-lettered alone; an SMTP, store or Kafka outage tried again in place
    (every handler is idempotent, an e-mail sent before the outage is not sent again)."""

    async def deliver_poll(traced: list) -> None:
        await dispatch_all(traced, settings=settings, outlets=outlets, flush=producer.flush)

    return dict(handle_many=deliver_poll, traced=True, span="notification.deliver",
                unprocessable=(BadEvent, ValueError), types=handlers.types, check=handlers.decode,
                dead_letter=producer.dead_letter, retry_event="deliver_retry", backoff=BACKOFF)


async def handle_poll(messages, *, settings, outlets: Outlets, producer: Producer) -> list[CloudEvent]:
    """One poll of an input topic, as the agents handle it; the events handed on."""
    return await handle_batch(messages, **delivery_handling(settings=settings, outlets=outlets, producer=producer))


def digest_handling(*, settings, outlets: Outlets, producer: Producer) -> dict:
    """How the audit checkpoint topic is read: a digest is mailed to the coordinator (the rest, signed checkpoints,
    is for verifiers); a digest that breaks its contract, or a record that is no event at all, is parked on this
    service's own dead-letter topic (the audit topic is audit's)."""

    async def mail(event: CloudEvent) -> None:
        await asyncio.to_thread(digests.mail_digest, event=event, settings=settings, send=outlets.send)

    def park(*, key: bytes | None, value: bytes, reason: str, **_) -> None:
        producer.dead_letter(topic=settings.notifications_topic, key=key, value=value, reason=reason)

    return dict(handle=mail, span="notification.audit_digest", types={EventTypes.AUDIT_DIGEST_PUBLISHED},
                unprocessable=(BadEvent, ValueError), dead_letter=park, retry_event="deliver_retry", backoff=BACKOFF)


APP_PARTITIONS = 6  # of the topics this app declares itself (the webhook tries), as the suite's streams have
AUDIT_TOPIC_PARTITIONS = 6  # as audit makes the checkpoint topic (pseah.audit.witness.PARTITIONS)


def build_app(*, settings, producer: Producer, outlets: Outlets) -> faust.App:
    app = create_app(service=settings.app_name, bootstrap=settings.kafka_bootstrap, web_port=settings.port,
                     web_bind=settings.host, broker_session_timeout=settings.session_timeout,
                     partitions=APP_PARTITIONS)

    handling = delivery_handling(settings=settings, outlets=outlets, producer=producer)
    batching = dict(max_batch=settings.batch_max, within=settings.batch_within_s)
    consume_lanes_in_batches(app, settings.cases_topic, name="notification-cases", **batching, **handling)
    consume_lanes_in_batches(app, settings.triage_topic, name="notification-triage", **batching, **handling)

    # Webhook tries: a pool of their own, so a partner that hangs until the timeout never takes a thread the
    # e-mail path needs.
    pool = ThreadPoolExecutor(max_workers=max(1, settings.webhook_concurrency), thread_name_prefix="webhook")

    async def in_pool(fn, **kwargs):
        return await asyncio.get_running_loop().run_in_executor(pool, partial(fn, **kwargs))

    async def try_record(message) -> None:
        """Wait for the try's due time (at most `webhook_hold` here, else put it back) and make it."""
        try:
            event = CloudEvent.from_bytes(message.value)
            attempt = attempts.from_headers(message.headers)
        except ValueError as exc:
            log.error("event_dead_lettered", topic=settings.webhook_topic, error_type=type(exc).__name__)
            await in_pool(producer.dead_letter, topic=settings.notifications_topic, key=message.key,
                          value=message.value, reason=type(exc).__name__)
            return
        not_before, delay = attempt.due, 0.5
        while True:
            wait = not_before - time.time()
            if wait > settings.webhook_hold:
                # Holding a far-off try here would keep this actor from the ones due now, and a rebalance
                # waits for every held record: back on the topic it goes, unchanged.
                await asyncio.sleep(settings.webhook_hold)
                await in_pool(producer.requeue, topic=settings.webhook_topic, key=message.key, value=message.value,
                              headers=dict(message.headers))
                return
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                with span_from(context_from_kafka_headers(message.headers), "notification.webhook",
                               event_type=event.type, reference=event.subject, attempt=attempt.attempt):
                    outcome, wait = await in_pool(
                        webhook_flows.try_webhook, event=event, attempt=attempt, settings=settings,
                        client=outlets.client, flush=producer.flush, schedule=outlets.schedule,
                        dead_letter=outlets.dead_letter)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - store or Kafka down: the same try again shortly
                log.warning("webhook_try_retry", error_type=type(exc).__name__, retry_in=delay)
                not_before, delay = time.time() + delay, min(delay * 2, 30.0)
                continue
            if outcome != attempts.WAIT:
                return
            not_before = time.time() + wait

    @app.agent(app.topic(settings.webhook_topic, value_type=bytes, key_type=bytes, internal=True),
               concurrency=max(1, settings.webhook_concurrency))
    async def on_webhook_tries(stream):
        async for message in stream.events():
            await try_record(message)

    mailing = digest_handling(settings=settings, outlets=outlets, producer=producer)

    # Declared compacted with six partitions, as audit makes it (pseah.audit.witness), for whichever starts first:
    # Kafka here creates no topic on its own.
    @app.agent(app.topic(settings.audit_topic, value_type=bytes, key_type=bytes, internal=True, compacting=True,
                         partitions=AUDIT_TOPIC_PARTITIONS), name="notification-audit-digests")
    async def on_audit_topic(stream):
        async for message in stream.events():
            await handle_in_order(message, consumed=settings.audit_topic, **mailing)

    @app.task
    async def relay():
        await run_relay(documents=[Notification], producer_factory=producer.get)

    return app

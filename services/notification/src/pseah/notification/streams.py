"""The notification faust App: one agent per input topic, the webhook agent on the service's own webhook topic,
and the outbox relay."""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import faust

from pseah.common import payloads
from pseah.common.events import CloudEvent
from pseah.common.logging import get_logger
from pseah.common.producer import LazyProducer
from pseah.common.outbox import run_relay
from pseah.common.streams import create_app, lane_agents
from pseah.common.telemetry import context_from_kafka_headers, kafka_headers, span_from
from pseah.notification.notifications import digests
from pseah.notification.notifications.flows import BadEvent, Outlets, dispatch
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
            ("dlq_reason", reason.encode()), ("pseah_channel", b"webhook"),
            ("pseah_subscription", subscription_id.encode()),
            ("pseah_notification_id", notification_id.encode())]).get(timeout=15)


async def handle_message(message, *, topic: str, settings, outlets: Outlets, producer: Producer) -> None:
    """One message of an input topic, in order: dispatched, or dead-lettered when it can never succeed; an SMTP,
    store or Kafka outage is retried with back-off (the partition waits)."""
    delay = 0.5
    while True:
        try:
            event = CloudEvent.from_bytes(message.value)
            with span_from(context_from_kafka_headers(message.headers), "notification.deliver",
                           event_type=event.type, reference=event.subject):
                await dispatch(event=event, settings=settings, outlets=outlets, flush=producer.flush)
            return
        except (BadEvent, ValueError) as exc:
            # A payload outside its contract (payloads.BreaksContract) is named by its fields, never its values.
            broken = isinstance(exc, payloads.BreaksContract)
            reason = exc.reason if broken else type(exc).__name__
            log.error("event_dead_lettered", topic=topic, error_type=type(exc).__name__, reason=reason,
                      fields=exc.fields if broken else None)
            await asyncio.to_thread(producer.dead_letter, topic=topic, key=message.key, value=message.value,
                                    reason=reason)
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - SMTP, store or Kafka down: retry, keeping order
            log.warning("deliver_retry", error_type=type(exc).__name__, retry_in=delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)


def build_app(*, settings, send: Callable, producer: Producer, outlets: Outlets | None = None) -> faust.App:
    if outlets is None:
        import httpx

        outlets = Outlets(send=send, client=httpx.Client(timeout=settings.webhook_timeout),
                          dead_letter=lambda **kw: producer.dead_letter_delivery(topic=settings.dead_letter_topic, **kw),
                          schedule=lambda **kw: producer.schedule_webhook(topic=settings.webhook_topic, **kw))
    app = create_app(service=settings.app_name, bootstrap=settings.kafka_bootstrap, web_port=settings.port,
                     web_bind=settings.host, broker_session_timeout=settings.session_timeout)

    async def consume(stream, consumed: str):
        async for message in stream.events():
            await handle_message(message, topic=consumed, settings=settings, outlets=outlets, producer=producer)

    lane_agents(app, settings.cases_topic, name="notification-cases", handler=consume)
    lane_agents(app, settings.triage_topic, name="notification-triage", handler=consume)

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

    async def mail_digest(message) -> None:
        """A message of the audit checkpoint topic: a digest is mailed to the coordinator, the rest is not ours."""
        try:
            event = CloudEvent.from_bytes(message.value)
        except ValueError:
            log.warning("audit_topic_message_unreadable", topic=settings.audit_topic)
            return
        if not digests.is_digest(event):
            return  # a signed checkpoint: verifiers read those
        delay = 0.5
        while True:
            try:
                with span_from(context_from_kafka_headers(message.headers), "notification.audit_digest",
                               event_type=event.type):
                    await asyncio.to_thread(digests.mail_digest, event=event, settings=settings, send=outlets.send)
                return
            except BadEvent as exc:
                log.error("event_dead_lettered", topic=settings.audit_topic, error_type=type(exc).__name__)
                await asyncio.to_thread(producer.dead_letter, topic=settings.notifications_topic, key=message.key,
                                        value=message.value, reason=type(exc).__name__)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - SMTP or the store down: retry, keeping order
                log.warning("deliver_retry", error_type=type(exc).__name__, retry_in=delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    # Declared compacted with six partitions, as audit makes it (pseah.audit.witness), for whichever starts first:
    # Kafka here creates no topic on its own.
    @app.agent(app.topic(settings.audit_topic, value_type=bytes, key_type=bytes, internal=True, compacting=True,
                         partitions=6), name="notification-audit-digests")
    async def on_audit_topic(stream):
        async for message in stream.events():
            await mail_digest(message)

    @app.task
    async def relay():
        await run_relay(documents=[Notification], producer_factory=producer.get)

    return app

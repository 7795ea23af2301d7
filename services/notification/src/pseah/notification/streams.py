"""The notification faust App: one agent per input topic, and the outbox relay."""
from __future__ import annotations

import asyncio
from collections.abc import Callable

import faust

from pseah.common.events import CloudEvent
from pseah.common.kafka import dead_letter
from pseah.common.logging import get_logger
from pseah.common.outbox import flush_document, run_relay
from pseah.common.streams import create_app
from pseah.common.telemetry import context_from_kafka_headers, span_from
from pseah.notification.notifications.flows import BadEvent, Outlets, dispatch
from pseah.notification.notifications.models import Notification

log = get_logger(__name__)


class Producer:
    """One kafka-python producer for the process, made on first use (thread-safe)."""

    def __init__(self, factory: Callable[[], object]):
        self._factory = factory
        self._producer = None

    def get(self):
        if self._producer is None:
            self._producer = self._factory()
        return self._producer

    def flush(self, doc) -> None:
        # Best effort now; what fails stays owed in the document and the relay sends it.
        try:
            flush_document(doc, producer=self.get())
        except Exception as exc:  # noqa: BLE001
            log.warning("outbox_flush_deferred", error_type=type(exc).__name__)

    def dead_letter(self, *, topic: str, key: bytes | None, value: bytes, reason: str) -> None:
        dead_letter(self.get(), topic=topic, key=key, value=value, reason=reason)

    def close(self) -> None:
        if self._producer is not None:
            self._producer.close(5)

    def dead_letter_delivery(self, *, topic: str, event: CloudEvent, reason: str, subscription_id: str,
                             notification_id: str) -> None:
        """The cause event, unchanged, with what `replay-dlq` needs to try that one delivery again."""
        self.get().send(topic, key=event.key, value=event.to_bytes(), headers=[
            ("dlq_reason", reason.encode()), ("pseah_channel", b"webhook"),
            ("pseah_subscription", subscription_id.encode()),
            ("pseah_notification_id", notification_id.encode())]).get(timeout=15)


def build_app(*, settings, send: Callable, producer: Producer, outlets: Outlets | None = None) -> faust.App:
    if outlets is None:
        import httpx

        outlets = Outlets(send=send, client=httpx.Client(timeout=settings.webhook_timeout),
                          dead_letter=lambda **kw: producer.dead_letter_delivery(topic=settings.dead_letter_topic, **kw))
    app = create_app(service=settings.app_name, bootstrap=settings.kafka_bootstrap, web_port=settings.port,
                     web_bind=settings.host, broker_session_timeout=settings.session_timeout)

    async def handle(message, *, topic: str) -> None:
        delay = 0.5
        while True:
            try:
                event = CloudEvent.from_bytes(message.value)
                with span_from(context_from_kafka_headers(message.headers), "notification.deliver",
                               event_type=event.type, reference=event.subject):
                    await dispatch(event=event, settings=settings, outlets=outlets, flush=producer.flush)
                return
            except (BadEvent, ValueError) as exc:
                log.error("event_dead_lettered", topic=topic, error_type=type(exc).__name__)
                await asyncio.to_thread(producer.dead_letter, topic=topic, key=message.key, value=message.value,
                                        reason=type(exc).__name__)
                return
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - SMTP, store or Kafka down: retry, keeping order
                log.warning("deliver_retry", error_type=type(exc).__name__, retry_in=delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    @app.agent(app.topic(settings.cases_topic, value_type=bytes, key_type=bytes))
    async def on_cases(stream):
        async for message in stream.events():
            await handle(message, topic=settings.cases_topic)

    @app.agent(app.topic(settings.triage_topic, value_type=bytes, key_type=bytes))
    async def on_triage(stream):
        async for message in stream.events():
            await handle(message, topic=settings.triage_topic)

    @app.task
    async def relay():
        await run_relay(documents=[Notification], producer_factory=producer.get)

    return app

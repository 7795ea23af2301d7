"""The referral faust App: the assignment agent, the outbox relay, and the gRPC server in its lifecycle."""
from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict

import faust
import mode

from pseah.common import payloads
from pseah.common.events import CloudEvent, Topics
from pseah.common.logging import get_logger
from pseah.common.outbox import run_relay
from pseah.common.producer import LazyProducer
from pseah.common.streams import create_app, lane_agents
from pseah.common.telemetry import context_from_kafka_headers, span_from
from pseah.referral.cases.flows import on_triaged
from pseah.referral.cases.models import Case
from pseah.referral.consent.models import Consent
from pseah.referral.referrals import flows as referral_flows
from pseah.referral.referrals.models import Referral

log = get_logger(__name__)


class CaseLanes:
    """Which lane a case's events take on the cases stream: priority once the case was critical.

    Routed when the outbox is flushed, for every document of the case (case, consent, referrals). Remembered
    per reference in this process (a bounded map), else read from the case by `_id`."""

    def __init__(self, *, topic: str, size: int = 50_000):
        self.topic = topic
        self._size = size
        self._urgent: OrderedDict[str, bool] = OrderedDict()
        self._lock = threading.Lock()

    def _remember(self, reference: str, urgent: bool) -> bool:
        with self._lock:
            urgent = urgent or self._urgent.get(reference, False)  # sticky: the earlier events took that lane
            self._urgent[reference] = urgent
            self._urgent.move_to_end(reference)
            while len(self._urgent) > self._size:
                self._urgent.popitem(last=False)
        return urgent

    def urgent(self, doc) -> bool:
        if isinstance(doc, Case):
            return self._remember(doc.reference, doc.priority == "critical")
        reference = getattr(doc, "reference", None)
        with self._lock:
            known = self._urgent.get(reference) if reference else None
        if known is not None:
            return known
        case = Case.objects(reference=reference).only("priority").first() if reference else None
        return self._remember(reference, case is not None and case.priority == "critical") if reference else False

    def route(self, doc, topic: str) -> str:
        return Topics.lane(topic, urgent=self.urgent(doc)) if topic == self.topic else topic


# One producer holder for the process; owed events of a critical case are routed to the priority lane.
Producer = LazyProducer


async def handle_message(message, *, consumed: str, directory, settings, producer: Producer) -> None:
    """One message of the triage stream, in order: handled, or dead-lettered when it can never succeed; a store,
    directory or Kafka outage is retried with back-off (the partition waits)."""
    delay = 0.5
    while True:
        try:
            event = CloudEvent.from_bytes(message.value)
            with span_from(context_from_kafka_headers(message.headers), "referral.assign",
                           event_type=event.type, reference=event.subject):
                await on_triaged(event=event, directory=directory, settings=settings,
                                 flush=producer.flush)
            return
        except ValueError as exc:
            # Could never succeed: park it where it can be inspected and replayed, keep the partition moving.
            # A payload outside its contract (payloads.BreaksContract) is named by its fields, never its values.
            broken = isinstance(exc, payloads.BreaksContract)
            reason = exc.reason if broken else type(exc).__name__
            log.error("event_dead_lettered", topic=consumed, error_type=type(exc).__name__, reason=reason,
                      fields=exc.fields if broken else None)
            await asyncio.to_thread(producer.dead_letter, topic=consumed,
                                    key=message.key, value=message.value, reason=reason)
            return
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - store, directory or Kafka down: retry in order
            log.warning("assign_retry", error_type=type(exc).__name__, retry_in=delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)


def build_app(*, settings, directory, producer: Producer, grpc_service: type[mode.Service] | None = None) -> faust.App:
    app = create_app(service=settings.app_name, bootstrap=settings.kafka_bootstrap, web_port=settings.port,
                     web_bind=settings.host)

    async def assign(stream, consumed: str):
        # events() so the headers (trace context, ce_type) are at hand; acked when the next one is taken.
        async for message in stream.events():
            await handle_message(message, consumed=consumed, directory=directory, settings=settings,
                                 producer=producer)

    lane_agents(app, settings.triage_topic, name="referral-assign", handler=assign)

    @app.task
    async def relay():
        await run_relay(documents=[Case, Consent, Referral], producer_factory=producer.get, route=producer.route)

    @app.timer(interval=settings.sweep_interval)
    async def sweep():
        # Referrals nobody answered in time fail and go to the next match (a deadline re-refers).
        try:
            expired = await asyncio.to_thread(referral_flows.expire_overdue, settings=settings,
                                              flush=producer.flush)
            if expired:
                log.info("referrals_expired", count=expired)
        except Exception as exc:  # noqa: BLE001 - the store may be down; the next tick tries again
            log.warning("sweep_failed", error_type=type(exc).__name__)

    if grpc_service is not None:
        app.service(grpc_service)
    return app

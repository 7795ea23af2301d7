"""The referral faust App: the assignment agent, the outbox relay, and the gRPC server in its lifecycle."""
from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict

import faust
import mode
from opentelemetry.context import Context

from pseah.common.events import CloudEvent, EventTypes, Topics
from pseah.common.logging import get_logger
from pseah.common.outbox import run_relay
from pseah.common.producer import LazyProducer
from pseah.common.streams import consume_lanes_in_batches, create_app, handle_batch, tick
from pseah.common.telemetry import attached
from pseah.referral.cases import lists as case_lists
from pseah.referral.cases import flows as case_flows
from pseah.referral.cases.models import Case
from pseah.referral.consent.models import Consent
from pseah.referral.directory.client import PollDirectory
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


def assignment_handling(*, directory, settings, producer: Producer) -> dict:
    """How the triage stream is read, a poll at a time (pseah.common.streams.handle_batch): each event applied to its
    case in order, in its own trace context (its case.assigned.v1 published there), then the poll's cases placed in
    the staff lists together (lists.refresh_all); one that can never succeed dead-lettered alone; a store, directory
    or Kafka outage tried again in place (on_triaged is idempotent, and a case already placed is placed alike)."""

    async def assign_all(traced: list[tuple[CloudEvent, Context]]) -> None:
        poll_directory = PollDirectory(directory)  # a new one for every try of the poll
        decisions: list[tuple[CloudEvent, Context]] = []  # consecutive report.triaged.v1: made into cases together

        async def assign_and_place() -> None:
            if not decisions:
                return
            made = await case_flows.on_triaged_all(
                [(event, case_flows.triaged_payload(event), trace) for event, trace in decisions],
                directory=poll_directory, settings=settings, flush=producer.flush, first=producer.publish_first)
            decisions.clear()
            await asyncio.to_thread(case_lists.refresh_all, [case for case, _ in made])

        for event, trace in traced:
            if event.type == EventTypes.REPORT_TRIAGED:
                decisions.append((event, trace))
                continue
            # A confirmation moves its case in the lists itself: the cases made before it in the poll are placed
            # first, so a stale copy is never placed after it.
            await assign_and_place()
            with attached(trace):
                await case_flows.handlers.dispatch(event, directory=poll_directory, settings=settings,
                                                   flush=producer.flush, place_in_lists=False,
                                                   first=producer.publish_first)
        await assign_and_place()

    return dict(handle_many=assign_all, traced=True, span="referral.assign", dead_letter=producer.dead_letter,
                retry_event="assign_retry", types=case_flows.handlers.types, check=case_flows.handlers.decode)


async def handle_poll(messages, *, directory, settings, producer: Producer) -> list[CloudEvent]:
    """One poll of the triage stream, as the agent handles it; the events handed on."""
    return await handle_batch(messages, **assignment_handling(directory=directory, settings=settings,
                                                              producer=producer))


def build_app(*, settings, directory, producer: Producer, grpc_service: type[mode.Service] | None = None) -> faust.App:
    app = create_app(service=settings.app_name, bootstrap=settings.kafka_bootstrap, web_port=settings.port,
                     web_bind=settings.host)

    consume_lanes_in_batches(app, settings.triage_topic, name="referral-assign", max_batch=settings.batch_max,
                             within=settings.batch_within_s,
                             **assignment_handling(directory=directory, settings=settings, producer=producer))

    @app.task
    async def relay():
        await run_relay(documents=[Case, Consent, Referral], producer_factory=producer.get, route=producer.route)

    @app.timer(interval=settings.sweep_interval)
    async def sweep():
        # Referrals nobody answered in time fail and go to the next match (a deadline re-refers).
        expired = await tick(lambda: referral_flows.expire_overdue(settings=settings, flush=producer.flush),
                             failed_event="sweep_failed")
        if expired:
            log.info("referrals_expired", count=expired)

    if grpc_service is not None:
        app.service(grpc_service)
    return app

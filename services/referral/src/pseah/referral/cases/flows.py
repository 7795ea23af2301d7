"""report.triaged.v1 -> a Case held by the right person -> case.assigned.v1 (through the outbox)."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

from opentelemetry.context import Context

from pseah.common import payloads
from pseah.common.events import CloudEvent, EventTypes
from pseah.common.handlers import Handlers
from pseah.common.payloads import P
from pseah.common.logging import get_logger
from pseah.common.telemetry import attached
from pseah.referral.cases import assignment, confirmed, lists, service
from pseah.referral.cases.models import Case, triage_payload
from pseah.referral.consent import service as consent_service
from pseah.referral.matching import service as matching
from pseah.referral.referrals import flows as referral_flows

log = get_logger(__name__)


def _decision(model: type[P]) -> Callable[[CloudEvent], P]:
    def decode(event: CloudEvent) -> P:
        return triage_payload(event, model)
    return decode


# What the triage stream does here, by event type (pseah.common.handlers): each handler is given the event's typed
# payload, its reference checked to be a case's key (models.triage_payload).
handlers = Handlers("referral.triage")


@handlers.on(EventTypes.REPORT_TRIAGED, decode=_decision(payloads.ReportTriaged))
async def on_triaged(event: CloudEvent, triaged: payloads.ReportTriaged, *, directory: assignment.Directory,
                     settings, flush: Callable[[Case], None], place_in_lists: bool = True,
                     first: Callable[..., object] | None = None) -> tuple[Case, bool]:
    """Create and assign the case once; a redelivery only re-flushes what the first attempt still owes: on_triaged_all
    for one decision (the stream hands a poll's together). `place_in_lists=False`: the caller places the case
    returned in the staff lists. `first`: the case's and the consent's events Kafka first, before their inserts
    (pseah.common.outbox.publish_first); what Kafka does not take is owed in the insert, as without it."""
    [(case, created)] = await on_triaged_all([(event, triaged, None)], directory=directory, settings=settings,
                                             flush=flush, first=first)
    return (await asyncio.to_thread(lists.refresh, case) if place_in_lists else case), created


def triaged_payload(event: CloudEvent) -> payloads.ReportTriaged:
    """The typed payload of a report.triaged.v1 as on_triaged is given it (BreaksContract when it breaks it)."""
    return handlers.decode(event)["on_triaged"]


async def on_triaged_all(triaged: list[tuple[CloudEvent, payloads.ReportTriaged, Context | None]], *,
                         directory: assignment.Directory, settings, flush: Callable[[object], None],
                         first: Callable[..., object] | None = None) -> list[tuple[Case, bool]]:
    """on_triaged for consecutive decisions of one poll, each in its trace context: the cases and their initial
    consents published Kafka first together (one wait for Kafka's acknowledgements) and written in one insert each
    (two commands a poll, not two a report); then, one by one, what on_triaged does after its insert. Idempotent as
    on_triaged: a redelivered decision finds its case and consent stored and finishes what is left. The caller places
    the cases in the staff lists (lists.refresh_all).

    The insert keyed by reference is the idempotency (no read comes before it): a redelivery gets the stored case
    back, its lists placed again by the caller and its owed events flushed, which repairs what a crash between the
    case and its lists or its outbox left undone; a crash between the case and its referrals is finished likewise."""
    chosen = [await assignment.choose(org_id=decision.org_id, route=decision.route, directory=directory)
              for _, decision, _ in triaged]

    def store() -> tuple[list[tuple[Case, bool]], list]:
        cases = [service.build_assigned(triaged=decision, queue=queue, assignee=assignee,
                                        portal_url=settings.case_url(decision.reference), cause_event_id=event.id,
                                        topic=settings.cases_topic)
                 for (event, decision, _), (queue, assignee) in zip(triaged, chosen)]
        consents = [consent_service.build_initial(reference=decision.reference, block=decision.consent.model_dump(),
                                                  channel=decision.channel, topic=settings.cases_topic)
                    for _, decision, _ in triaged]
        if first is not None:
            # Cases before consents: a consent's lane follows its case's (streams.CaseLanes), and per case the
            # assignment is sent before the consent, as one by one.
            traces = [trace for _, _, trace in triaged]
            first([*cases, *consents], contexts=[*traces, *traces])
        return service.insert_all(cases), consent_service.insert_all_initial(consents)

    stored_cases, stored_consents = await asyncio.to_thread(store)
    loads = matching.PollLoads(now=datetime.now(UTC))  # the providers' loads, read once for the poll
    for (event, decision, trace), (queue, assignee), (case, created), (consent, _) in zip(
            triaged, chosen, stored_cases, stored_consents):
        with attached(trace):
            if created or case.has_pending:
                await asyncio.to_thread(flush, case)
            if created:
                log.info("case_assigned", reference=case.reference, queue=queue, owner_org=case.owner_org,
                         assignee_role=assignee.role)
            else:
                log.info("case_exists", reference=case.reference, cause_event_id=event.id)
            await asyncio.to_thread(referral_flows.after_triaged, case=case,
                                    consent_block=decision.consent.model_dump(), settings=settings, flush=flush,
                                    new_case=created, consent=consent, loads=loads)
    return stored_cases


# A triage officer's decision: the case follows it, and moves in the lists itself when its holder changes.
handlers.on(EventTypes.TRIAGE_CONFIRMED, decode=_decision(payloads.TriageConfirmed))(confirmed.on_confirmed)

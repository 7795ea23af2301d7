"""Referral flows across cases, consent, matching and referrals (the one place that crosses them).

Synchronous (mongoengine): the faust agent calls them through asyncio.to_thread, gRPC from its threads.
Every write carries its events; `flush` publishes them now and the outbox relay catches up on failure.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pseah.common import metrics
from pseah.common.logging import get_logger
from pseah.referral.cases import service as cases
from pseah.referral.cases.models import Case
from pseah.referral.consent import rules as consent_rules
from pseah.referral.consent import service as consents
from pseah.referral.consent.models import Consent
from pseah.referral.matching import service as matching
from pseah.referral.matching.rules import Need, Suggestion, needs_for, serves_for
from pseah.referral.referrals import lifecycle
from pseah.referral.referrals import service as referrals
from pseah.referral.referrals.models import Referral

log = get_logger(__name__)
Flush = Callable[[object], None]


def basis_for(*, need: Need, consent: consent_rules.ConsentState, override_types: set[str]) -> str | None:
    """Why a need may be referred: the survivor's consent, a coordinator's override, or not at all."""
    if consent_rules.allows_referral(consent, service_type=need.service_type):
        return "consent"
    if need.service_type in override_types:
        return "override"
    return None


def override_types(consent: Consent | None) -> set[str]:
    return {t for item in (consent.overrides if consent else []) for t in item.get("service_types", [])}


def case_needs(case: Case) -> list[Need]:
    flags = set(case.flags or ())
    return needs_for(urgent_medical="urgent_medical" in flags, child_involved="child_involved" in flags,
                     survivor_services=list(case.survivor_services or ()))


def suggestions(*, case: Case, now: datetime | None = None, limit: int = 5) -> list[Suggestion]:
    """Ranked providers for every need of the case, for a coordinator to review (no consent check)."""
    now = now or datetime.now(UTC)
    out: list[Suggestion] = []
    for need in case_needs(case):
        out.extend(matching.suggest(need=need, region=case.region_code, language=case.language,
                                    serves=_serves(case), now=now, limit=limit))
    return out


def _serves(case: Case) -> str | None:
    return serves_for(gender=case.survivor_gender, child="child_involved" in (case.flags or ()))


@dataclass(frozen=True)
class Known:
    """What the caller holds already of a case, so refer_case reads it no more: the case and its consent as just
    written, and whether the case was created by this very call (then no referral of it can exist yet)."""
    case: Case
    consent: Consent | None
    new_case: bool = False


def refer_case(*, reference: str, settings, flush: Flush, now: datetime | None = None, only: str | None = None,
               previous_id: str | None = None, known: Known | None = None,
               loads: matching.PollLoads | None = None) -> list[Referral]:
    """Create a referral for every need that consent (or an override) allows and no live referral covers.
    `loads`: the providers' weekly loads of the poll this case is made in, read once for all its cases.

    Idempotent: a need that already has an open or completed referral is skipped, and a referral's id is
    derived from (case, service, provider)."""
    now = now or (loads.now if loads is not None else datetime.now(UTC))
    case = known.case if known is not None else cases.get(reference=reference)
    if case is None:
        return []
    consent = known.consent if known is not None else consents.get(reference=reference)
    state = consent.state if consent else consent_rules.ConsentState()
    overrides = override_types(consent)
    needs = case_needs(case)
    if only:
        needs = [n for n in needs if n.service_type == only] or [Need(only, "re_referral")]
    created = []
    # Read once: each need is its own service type, so a referral made in this loop never bears on a later need.
    existing = [] if known is not None and known.new_case else referrals.for_case(reference=reference)
    load: dict[str, int] | None = None  # providers' weekly load, read once for every need when one needs it
    for need in needs:
        basis = basis_for(need=need, consent=state, override_types=overrides)
        if basis is None or referrals.live(existing, service_type=need.service_type):
            continue
        tried = referrals.tried(existing, service_type=need.service_type)
        if load is None:
            service_types = [n.service_type for n in needs]
            load = (loads.of(service_types) if loads is not None
                    else matching.weekly_loads(service_types=service_types, now=now))
        best = matching.suggest(need=need, region=case.region_code, language=case.language, serves=_serves(case),
                                now=now, exclude=tried, limit=1, load=load)
        if not best:
            log.warning("referral_no_provider", reference=reference, service_type=need.service_type,
                        tried=len(tried))
            continue
        hours = settings.urgent_response_hours if need.open_now else settings.response_hours
        doc, new = referrals.create(reference=reference, suggestion=best[0], basis=basis,
                                    respond_by=now + timedelta(hours=hours), topic=settings.cases_topic,
                                    previous_id=previous_id)
        flush(doc)
        if new:
            # As the stored load now counts it, for the needs still to come (a provider may offer several).
            load[doc.provider_id] = load.get(doc.provider_id, 0) + 1
            created.append(doc)
            log.info("referral_created", reference=reference, referral_id=doc.id, service_type=need.service_type,
                     provider_id=doc.provider_id, basis=basis)
    return created


def after_triaged(*, case: Case, consent_block: dict | None, settings, flush: Flush,
                  new_case: bool = False, first: Callable[[list], object] | None = None,
                  consent: Consent | None = None, loads: matching.PollLoads | None = None) -> list[Referral]:
    """Initial consent from the report, then the referrals it allows. Safe to repeat on a redelivery.
    `new_case`: the case was inserted by this delivery (no referral of it can exist yet). `first`: the consent's event
    Kafka first (consent.service.record_initial). `consent`: the initial consent as the caller stored it already (a
    poll's together, consent.service.insert_all_initial)."""
    if consent is None:
        consent, _ = consents.record_initial(reference=case.reference, block=consent_block, channel=case.channel,
                                             topic=settings.cases_topic, first=first)
    if consent.has_pending:
        flush(consent)
    return refer_case(reference=case.reference, settings=settings, flush=flush,
                      known=Known(case=case, consent=consent, new_case=new_case), loads=loads)


def respond(*, referral: Referral, to: str, actor: str, reason: str | None, settings, flush: Flush
            ) -> tuple[Referral, list[Referral]]:
    """Accept, decline, complete or fail; a decline (or an unanswered referral failing) re-refers."""
    previous = referral.status
    updated = referrals.transition(referral=referral, to=to, actor=actor, reason=reason, topic=settings.cases_topic)
    flush(updated)
    log.info("referral_" + to, reference=updated.reference, referral_id=updated.id, actor=actor)
    next_ones: list[Referral] = []
    if lifecycle.rerefers(previous=previous, wanted=to):
        next_ones = refer_case(reference=updated.reference, settings=settings, flush=flush,
                               only=updated.service_type, previous_id=updated.id)
    return updated, next_ones


def expire_overdue(*, settings, flush: Flush, now: datetime | None = None) -> int:
    """Referrals nobody answered by their deadline fail (no_response) and go to the next match."""
    now = now or datetime.now(UTC)
    count = 0
    for referral in referrals.overdue(now=now):
        try:
            respond(referral=referral, to="failed", actor="referral", reason="no_response", settings=settings,
                    flush=flush)
            count += 1
            metrics.deadline_breached("referral_response")  # a provider let its answer deadline pass
        except (referrals.Conflict, lifecycle.InvalidTransition):
            continue  # answered meanwhile
    return count


def change_consent(*, reference: str, action: str, purposes: list[str], provider_types: list[str] | None,
                   contact_method: str | None, channel: str, actor: str, settings, flush: Flush) -> Consent:
    """Record a change; a withdrawal fails the open referrals it no longer covers, a new consent refers."""
    consent = consents.get(reference=reference)
    if consent is None:
        raise LookupError(reference)
    consent = consents.record(consent=consent, action=action, purposes=purposes, provider_types=provider_types,
                              contact_method=contact_method, channel=channel, actor=actor,
                              topic=settings.cases_topic)
    flush(consent)
    overrides = override_types(consent)
    for referral in referrals.for_case(reference=reference):
        if referral.status in lifecycle.OPEN and basis_for(
                need=Need(referral.service_type, "existing"), consent=consent.state, override_types=overrides) is None:
            try:
                updated = referrals.transition(referral=referral, to="failed", actor=actor,
                                               reason="survivor_withdrew", topic=settings.cases_topic)
                flush(updated)
            except (referrals.Conflict, lifecycle.InvalidTransition):
                pass
    refer_case(reference=reference, settings=settings, flush=flush)
    return consents.get(reference=reference)


def override_consent(*, reference: str, roles: frozenset[str], actor: str, reason: str,
                     service_types: list[str] | None, seal: Callable[[str, str], str], settings, flush: Flush
                     ) -> tuple[Consent, list[Referral]]:
    """A coordinator refers a child without consent, for the child's safety; the override is an event.

    Raises consent_rules.OverrideRefused, or LookupError when the case is unknown."""
    case = cases.get(reference=reference)
    if case is None:
        raise LookupError(reference)
    consent_rules.check_override(child_involved="child_involved" in (case.flags or ()), roles=roles, reason=reason)
    needs = case_needs(case)
    wanted = [t for t in (service_types or []) if t in {n.service_type for n in needs}] or \
        [n.service_type for n in needs if n.service_type in ("child_protection", "medical")]
    consent = consents.get(reference=reference)
    if consent is None:
        consent, _ = consents.record_initial(reference=reference, block={}, channel=case.channel,
                                             topic=settings.cases_topic)
    consent = consents.record_override(consent=consent, actor=actor, service_types=wanted,
                                       sealed_reason=seal(reference, reason.strip()), topic=settings.cases_topic)
    flush(consent)
    log.info("consent_overridden", reference=reference, actor=actor, service_types=wanted)
    return consent, refer_case(reference=reference, settings=settings, flush=flush)

"""Consent persistence: every change is one conditional single-document write carrying its event."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime


from pseah.common import outbox
from pseah.common.events import EventTypes, effect_id, new_event
from pseah.referral.consent import rules
from pseah.referral.consent.models import Consent

SOURCE = "pseah/referral"


class Conflict(Exception):
    """Someone changed the consent at the same time; read again and retry."""


def get(*, reference: str) -> Consent | None:
    return Consent.objects(reference=reference).first()


def _recorded(*, reference: str, state: rules.ConsentState, action: str, channel: str, actor: str,
              at: datetime) -> dict:
    return {"reference": reference, "action": action, "status": state.status, "purposes": sorted(state.purposes),
            "provider_types": sorted(state.provider_types), "contact_method": state.contact_method,
            "channel": channel, "recorded_at": at.isoformat()}


def _entry(*, state: rules.ConsentState, action: str, channel: str, actor: str, at: datetime) -> dict:
    return {"action": action, "purposes": sorted(state.purposes), "provider_types": sorted(state.provider_types),
            "contact_method": state.contact_method, "channel": channel, "actor": actor, "at": at}


def record_initial(*, reference: str, block: dict | None, channel: str | None, topic: str,
                   first: Callable[[list], object] | None = None) -> tuple[Consent, bool]:
    """The consent the report came with, once; (existing, False) on a redelivery. `first`: its consent.recorded.v1
    published before the insert (Kafka first, as cases.service.create_assigned), under the one id the report's first
    consent has on every try."""
    doc = build_initial(reference=reference, block=block, channel=channel, topic=topic)
    if first is not None:
        first([doc])
    [(doc, created)] = insert_all_initial([doc])
    return doc, created


def build_initial(*, reference: str, block: dict | None, channel: str | None, topic: str) -> Consent:
    """The consent the report came with (not yet written), with its consent.recorded.v1 under the one id the report's
    first consent has on every try."""
    state = rules.from_triaged(block)
    now = datetime.now(UTC)
    action = "given" if state.purposes else "withdrawn"
    doc = Consent(reference=reference, purposes=sorted(state.purposes), provider_types=sorted(state.provider_types),
                  contact_method=state.contact_method, status=state.status, updated_at=now,
                  history=[_entry(state=state, action=action, channel=channel or "unknown", actor="reporter", at=now)])
    doc.add_event(topic=topic, event=new_event(
        type=EventTypes.CONSENT_RECORDED, source=SOURCE, subject=reference, actor="reporter",
        data=_recorded(reference=reference, state=state, action=action, channel=channel or "unknown",
                       actor="reporter", at=now),
        id=effect_id(f"{reference}:initial-consent", EventTypes.CONSENT_RECORDED)))
    return doc


def insert_all_initial(docs: list[Consent]) -> list[tuple[Consent, bool]]:
    """Initial consents (build_initial) written in one insert: (consent, True), or for a redelivery the stored one
    (False), those read back together."""
    return outbox.insert_or_stored(Consent, docs)


def record(*, consent: Consent, action: str, purposes: list[str], provider_types: list[str] | None,
           contact_method: str | None, channel: str, actor: str, topic: str) -> Consent:
    """Apply a change (given or withdrawn) with its time and channel; raises rules.InvalidConsent, Conflict."""
    state = rules.apply(consent.state, action=action, purposes=purposes, provider_types=provider_types,
                        contact_method=contact_method)
    now = datetime.now(UTC)
    event = new_event(type=EventTypes.CONSENT_RECORDED, source=SOURCE, subject=consent.reference, actor=actor,
                      data=_recorded(reference=consent.reference, state=state, action=action, channel=channel,
                                     actor=actor, at=now))
    item = {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}
    outbox.owe(Consent, consent.reference)
    updated = Consent.objects(reference=consent.reference, version=consent.version).update_one(
        set__purposes=sorted(state.purposes), set__provider_types=sorted(state.provider_types),
        set__contact_method=state.contact_method, set__status=state.status, set__updated_at=now,
        push__history=_entry(state=state, action=action, channel=channel, actor=actor, at=now),
        inc__version=1, push__pending_events=item, set__has_pending=True, set__pending_since=now)
    if not updated:
        outbox.retract(Consent, consent.reference)
        raise Conflict(consent.reference)
    return get(reference=consent.reference)


def record_override(*, consent: Consent, actor: str, service_types: list[str], sealed_reason: str,
                    topic: str) -> Consent:
    """A coordinator's override for a child's safety, as an event; the reason travels sealed only."""
    now = datetime.now(UTC)
    event = new_event(type=EventTypes.CONSENT_OVERRIDDEN, source=SOURCE, subject=consent.reference, actor=actor,
                      data={"reference": consent.reference, "actor": actor, "service_types": service_types,
                            "overridden_at": now.isoformat(), "sealed": {"reason": sealed_reason}})
    item = {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}
    outbox.owe(Consent, consent.reference)
    if not Consent.objects(reference=consent.reference).update_one(
        push__overrides={"actor": actor, "service_types": service_types, "at": now, "sealed_reason": sealed_reason},
        inc__version=1, set__updated_at=now, push__pending_events=item, set__has_pending=True,
        set__pending_since=now):
        outbox.retract(Consent, consent.reference)
    return get(reference=consent.reference)


def has_override(consent: Consent | None) -> bool:
    return bool(consent and consent.overrides)

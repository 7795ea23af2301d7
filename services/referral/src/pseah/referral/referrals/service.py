"""Referral persistence: keyword-only functions; each state change is one conditional write with its event."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import mongoengine
from pymongo.errors import DuplicateKeyError

from pseah.common.events import EventTypes, new_event
from pseah.referral.matching.rules import Suggestion
from pseah.referral.referrals import lifecycle
from pseah.referral.referrals.models import Referral

SOURCE = "pseah/referral"
_NAMESPACE = uuid.UUID("0b4f7c1e-9d2a-5c3b-8e6f-726566657272")
EVENT_FOR = {"created": EventTypes.REFERRAL_CREATED, "accepted": EventTypes.REFERRAL_ACCEPTED,
             "declined": EventTypes.REFERRAL_DECLINED, "completed": EventTypes.REFERRAL_COMPLETED,
             "failed": EventTypes.REFERRAL_FAILED}


class Conflict(Exception):
    """The referral changed meanwhile (another call won); read it again."""


def referral_id(*, reference: str, service_type: str, provider_id: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{reference}|{service_type}|{provider_id}"))


def event_data(doc: Referral, *, reason: str | None = None) -> dict:
    data = {"reference": doc.reference, "referral_id": doc.id, "provider_id": doc.provider_id,
            "provider_org": doc.provider_org, "service_type": doc.service_type, "status": doc.status,
            "consent_override": doc.basis == "override", "rank": doc.rank, "previous_referral_id": doc.previous_id}
    if reason:
        data["reason"] = reason
    if doc.respond_by and doc.status == "created":
        data["respond_by"] = doc.respond_by.isoformat()
    return data


def get(*, referral_id: str) -> Referral | None:
    return Referral.objects(id=referral_id).first()


def for_case(*, reference: str) -> list[Referral]:
    return list(Referral.objects(reference=reference).order_by("created_at"))


def create(*, reference: str, suggestion: Suggestion, basis: str, respond_by: datetime, topic: str,
           previous_id: str | None = None, actor: str = "referral") -> tuple[Referral, bool]:
    """Insert with referral.created.v1 owed in the same write; (existing, False) when it was there."""
    now = datetime.now(UTC)
    doc = Referral(id=referral_id(reference=reference, service_type=suggestion.service_type,
                                  provider_id=suggestion.provider_id),
                   reference=reference, service_type=suggestion.service_type, provider_id=suggestion.provider_id,
                   provider_org=suggestion.provider_org, rank=suggestion.rank, reasons=list(suggestion.reasons),
                   basis=basis, status="created", previous_id=previous_id, respond_by=respond_by,
                   history=[{"status": "created", "at": now, "actor": actor}], created_at=now, updated_at=now)
    doc.add_event(topic=topic, event=new_event(type=EventTypes.REFERRAL_CREATED, source=SOURCE, subject=reference,
                                               actor=actor, data=event_data(doc)))
    try:
        doc.save(force_insert=True)
    except (mongoengine.NotUniqueError, DuplicateKeyError):
        return get(referral_id=doc.id), False
    return doc, True


def transition(*, referral: Referral, to: str, actor: str, topic: str, reason: str | None = None) -> Referral:
    """Move to `to`; raises lifecycle.InvalidTransition / InvalidReason, or Conflict if it changed meanwhile."""
    lifecycle.check(referral.status, to, reason=reason)
    now = datetime.now(UTC)
    fields = {"set__status": to, "set__updated_at": now, "inc__version": 1,
              "push__history": {"status": to, "at": now, "actor": actor, "reason": reason}}
    if to == "declined":
        fields["set__decline_reason"] = reason
    elif to in ("failed", "completed") and reason:
        fields["set__outcome_reason"] = reason
    data = {**event_data(referral, reason=reason), "status": to}
    data.pop("respond_by", None)
    event = new_event(type=EVENT_FOR[to], source=SOURCE, subject=referral.reference, actor=actor, data=data)
    item = {"id": event.id, "topic": topic, "value": event.to_bytes().decode()}
    updated = Referral.objects(id=referral.id, status=referral.status, version=referral.version).update_one(
        push__pending_events=item, set__has_pending=True, set__pending_since=now, **fields)
    if not updated:
        raise Conflict(referral.id)
    return get(referral_id=referral.id)


def list_referrals(*, provider_org: str | None, status: str = "", offset: int = 0, limit: int = 50) -> list[Referral]:
    query = Referral.objects
    if provider_org is not None:
        query = query.filter(provider_org=provider_org)
    if status:
        query = query.filter(status=status)
    return list(query.exclude("pending_events").order_by("-updated_at", "id").skip(offset).limit(limit))


def changed_since(*, provider_org: str | None, since: datetime, limit: int = 200) -> list[Referral]:
    query = Referral.objects(updated_at__gte=since)
    if provider_org is not None:
        query = query.filter(provider_org=provider_org)
    return list(query.exclude("pending_events").order_by("updated_at", "id").limit(limit))


def tried_providers(*, reference: str, service_type: str) -> set[str]:
    return {r.provider_id for r in Referral.objects(reference=reference, service_type=service_type).only("provider_id")}


def has_live(*, reference: str, service_type: str) -> bool:
    """A referral for this need that is open or done: nothing new to create."""
    return Referral.objects(reference=reference, service_type=service_type,
                            status__in=["created", "accepted", "completed"]).first() is not None


def weekly_load(*, provider_ids: list[str], now: datetime) -> dict[str, int]:
    """Open referrals per provider created in the last seven days (the capacity is per week)."""
    counts: dict[str, int] = {}
    since = now - timedelta(days=7)
    for r in Referral.objects(provider_id__in=provider_ids, status__in=list(lifecycle.OPEN),
                              created_at__gte=since).only("provider_id"):
        counts[r.provider_id] = counts.get(r.provider_id, 0) + 1
    return counts


def overdue(*, now: datetime, limit: int = 100) -> list[Referral]:
    return list(Referral.objects(status="created", respond_by__lt=now).order_by("respond_by").limit(limit))

"""Referral persistence: keyword-only functions; each state change is one conditional write with its event."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import mongoengine
from pymongo.errors import DuplicateKeyError

from pseah.common import outbox
from pseah.common.events import EventTypes, new_event
from pseah.referral.matching.rules import Suggestion
from pseah.referral.cases import lists as case_lists
from pseah.referral.referrals import lifecycle
from pseah.referral.referrals import lists
from pseah.referral.referrals.models import CaseReferrals, DueReferrals, ProviderLoad, Referral, ReferralMark

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


def _day(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d")


def _hour(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H")


def _load_key(provider_id: str, at: datetime) -> str:
    return f"{provider_id}|{_day(at)}"


def for_case(*, reference: str) -> list[Referral]:
    """One case's referrals, oldest first: the case's id list, then the referrals by `_id`."""
    index = CaseReferrals.objects(reference=reference).first()
    if index is None or not index.ids:
        return []
    return sorted(Referral.objects(id__in=list(index.ids)), key=lambda r: (r.created_at, r.id))


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
    # The read models first: an id there without its referral is harmless, a referral missing there is not.
    CaseReferrals.objects(reference=reference).update_one(add_to_set__ids=doc.id, upsert=True)
    DueReferrals.objects(id=_hour(respond_by)).update_one(add_to_set__ids=doc.id, upsert=True)
    try:
        doc.save(force_insert=True)
    except (mongoengine.NotUniqueError, DuplicateKeyError):
        # A redelivery: placing it again repairs the lists if the first delivery stopped short.
        return lists.refresh(get(referral_id=doc.id)), False
    ProviderLoad.objects(id=_load_key(doc.provider_id, now)).update_one(inc__open=1, upsert=True)
    return lists.refresh(doc), True


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
    outbox.owe(Referral, referral.id)
    updated = Referral.objects(id=referral.id, status=referral.status, version=referral.version).update_one(
        push__pending_events=item, set__has_pending=True, set__pending_since=now, **fields)
    if not updated:
        outbox.retract(Referral, referral.id)
        raise Conflict(referral.id)
    if referral.status in lifecycle.OPEN and to not in lifecycle.OPEN:
        # Only the call that won the conditional write gets here, so the day's load drops once.
        ProviderLoad.objects(id=_load_key(referral.provider_id, referral.created_at)).update_one(inc__open=-1)
    return lists.refresh(get(referral_id=referral.id))


def list_referrals(*, provider_org: str | None, status: str = "", service_type: str = "", after: str = "",
                   limit: int = 50) -> tuple[list[Referral], str, int]:
    """A page of the caller's referrals, most recently changed first, from the keyed read lists (never a scan):
    (referrals, next page token or "", the list's size before filters)."""
    return lists.page(provider_org=provider_org, status=status, service_type=service_type, after=after, limit=limit)


def changed_since(*, provider_org: str | None, since: datetime, limit: int = 200) -> list[Referral]:
    """A partner's watch, every few seconds: from the keyed read lists, not a filter over every referral stored."""
    return lists.changed_since(provider_org=provider_org, since=since, limit=limit)


def tried(existing: list[Referral], *, service_type: str) -> set[str]:
    """Providers already asked for this need, among a case's referrals. Pure."""
    return {r.provider_id for r in existing if r.service_type == service_type}


def live(existing: list[Referral], *, service_type: str) -> bool:
    """A referral for this need that is open or done, among a case's referrals: nothing new to create. Pure."""
    return any(r.service_type == service_type and r.status in ("created", "accepted", "completed") for r in existing)


def tried_providers(*, reference: str, service_type: str) -> set[str]:
    return tried(for_case(reference=reference), service_type=service_type)


def has_live(*, reference: str, service_type: str) -> bool:
    return live(for_case(reference=reference), service_type=service_type)


# The weekly window in day buckets: today and the seven days before (a referral of eight days ago still counts
# until midnight UTC; a capacity estimate, not a bill).
_WEEK_DAYS = 8


def weekly_load(*, provider_ids: list[str], now: datetime) -> dict[str, int]:
    """Open referrals per provider created in the last seven days (the capacity is per week)."""
    keys = [_load_key(p, now - timedelta(days=d)) for p in provider_ids for d in range(_WEEK_DAYS)]
    counts: dict[str, int] = {}
    for bucket in ProviderLoad.objects(id__in=keys):
        if bucket.open > 0:
            provider_id = bucket.id.rsplit("|", 1)[0]
            counts[provider_id] = counts.get(provider_id, 0) + bucket.open
    return counts


_SWEEP_CURSOR = "sweep-cursor"


def overdue(*, now: datetime, limit: int = 100) -> list[Referral]:
    """Referrals still unanswered past their deadline, earliest first.

    Reads the due-hour buckets from the sweep's cursor to now by `_id`, then their referrals by `_id`; the cursor
    moves past every hour that holds nothing unanswered, so each sweep reads only hours that still matter."""
    cursor = ReferralMark.objects(id=_SWEEP_CURSOR).first()
    # No cursor yet (no back-fill ran on this database): a week back, beyond the longest response time.
    start = datetime.strptime(cursor.value, "%Y-%m-%dT%H").replace(tzinfo=UTC) if cursor else now - timedelta(days=7)
    hours, at = [], min(start, now)
    while at <= now and len(hours) < 24 * 400:
        hours.append(_hour(at))
        at += timedelta(hours=1)
    if _hour(now) not in hours:
        hours.append(_hour(now))
    ids = [i for bucket in DueReferrals.objects(id__in=hours) for i in bucket.ids]
    waiting = [r for r in Referral.objects(id__in=ids) if r.status == "created"] if ids else []
    earliest_open = min((_hour(r.respond_by) for r in waiting), default=_hour(now))
    ReferralMark.objects(id=_SWEEP_CURSOR).update_one(set__value=min(earliest_open, _hour(now)), upsert=True)
    late = sorted((r for r in waiting if r.respond_by and r.respond_by < now), key=lambda r: r.respond_by)
    return late[:limit]


_BACKFILL_MARK = "read-models-v1"


def backfill_read_models(*, now: datetime | None = None) -> int:
    """Build the read models from referrals stored before they existed; once per database (then marked).

    The one full read of the referrals collection, at start, never on a per-event path. The staff lists of cases and
    referrals are back-filled here too (each once, under its own mark): this is what the service runs at start."""
    case_lists.backfill()
    lists.backfill()
    if ReferralMark.objects(id=_BACKFILL_MARK).first() is not None:
        return 0
    now = now or datetime.now(UTC)
    by_case: dict[str, list[str]] = {}
    by_hour: dict[str, list[str]] = {}
    load: dict[str, int] = {}
    earliest = _hour(now)
    count = 0
    for r in Referral.objects.only("id", "reference", "status", "provider_id", "respond_by", "created_at"):
        count += 1
        by_case.setdefault(r.reference, []).append(r.id)
        if r.status == "created" and r.respond_by:
            by_hour.setdefault(_hour(r.respond_by), []).append(r.id)
            earliest = min(earliest, _hour(r.respond_by))
        if r.status in lifecycle.OPEN and r.created_at and r.created_at >= now - timedelta(days=_WEEK_DAYS):
            key = _load_key(r.provider_id, r.created_at)
            load[key] = load.get(key, 0) + 1
    for reference, ids in by_case.items():
        CaseReferrals.objects(reference=reference).update_one(add_to_set__ids=ids, upsert=True)
    for hour, ids in by_hour.items():
        DueReferrals.objects(id=hour).update_one(add_to_set__ids=ids, upsert=True)
    for key, value in load.items():
        ProviderLoad.objects(id=key).update_one(set__open=value, upsert=True)
    ReferralMark.objects(id=_SWEEP_CURSOR).update_one(set__value=earliest, upsert=True)
    ReferralMark(id=_BACKFILL_MARK, value=now.isoformat()).save()
    return count

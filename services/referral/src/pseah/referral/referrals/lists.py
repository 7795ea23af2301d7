"""A provider organisation's referrals as keyed read lists (pseah.common.readlists, collection `referral_lists`).

Kept by referrals.service.create and .transition, so ListReferrals reads a few documents by `_id` however many
referrals the store holds. Lists, most recently changed first (day buckets of `updated_at`):
- `open|<provider_org>` and `open|*`: created and accepted, what a provider still has to answer or do;
- `all|<provider_org>` and `all|*`: every referral. It grows with history, but a page reads its newest buckets
  only; a status filter on it reads a bounded stretch per request (pseah.common.readlists.SCAN_PAGES).
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from pymongo.collection import Collection

from pseah.common import readlists
from pseah.common.readlists import Placement
from pseah.referral.referrals import lifecycle
from pseah.referral.referrals.models import Referral

COLLECTION = "referral_lists"
ALL = "*"
_FIELDS = ("reference", "service_type", "provider_id", "provider_org", "status", "rank", "basis", "decline_reason",
           "outcome_reason", "previous_id", "respond_by", "created_at", "updated_at", "version")


def _coll() -> Collection:
    return Referral._get_collection().database[COLLECTION]


def placements(doc: Referral) -> dict[str, Placement | None]:
    changed = readlists.aware(doc.updated_at or doc.created_at) or datetime.now(UTC)
    shown = {name: getattr(doc, name, None) for name in _FIELDS}
    shown["reasons"] = list(doc.reasons or [])
    spot = Placement(bucket=changed.astimezone(UTC).strftime("%Y-%m-%d"), key=changed.isoformat(), entry=shown)
    orgs = {doc.provider_org or "", ALL}
    out: dict[str, Placement | None] = {f"all|{org}": spot for org in orgs}
    out.update({f"open|{org}": spot if doc.status in lifecycle.OPEN else None for org in orgs})
    return out


def refresh(doc: Referral | None) -> Referral | None:
    if doc is not None:
        readlists.place(_coll(), ref=doc.id, lists=placements(doc), exclusive=True)
    return doc


def page(*, provider_org: str | None, status: str = "", service_type: str = "", after: str = "",
         limit: int = 50) -> tuple[list[Referral], str, int]:
    """(referrals as unsaved documents, next page token or "", the list's size before filters)."""
    opened = status in ("open", *lifecycle.OPEN)
    name = f"{'open' if opened else 'all'}|{ALL if provider_org is None else provider_org}"

    def match(item: dict) -> bool:
        if status and status != "open" and item.get("status") != status:
            return False
        return not service_type or item.get("service_type") == service_type

    found = readlists.read(_coll(), name=name, after=after, limit=limit, descending=True, match=match)
    return [_as_referral(item) for item in found.entries], found.next_token, readlists.size(_coll(), name)


def _as_referral(item: dict) -> Referral:
    return Referral(id=item["_ref"], reasons=item.get("reasons") or [],
                    **{k: item[k] for k in _FIELDS if item.get(k) is not None})


def changed_since(*, provider_org: str | None, since: datetime, limit: int) -> list[Referral]:
    """The referrals changed at or after `since`, oldest change first, at most `limit`: the `all` list read upwards
    from a cursor placed at `since` (its day bucket, its key), so a partner's watch, asking every few seconds, reads
    the few pages that hold what changed since, whatever the number of referrals stored."""
    at = readlists.aware(since).astimezone(UTC)
    cursor = readlists.encode_cursor([at.strftime("%Y-%m-%d"), at.isoformat(), ""])
    found = readlists.read(_coll(), name=f"all|{ALL if provider_org is None else provider_org}", after=cursor,
                           limit=limit)
    return [_as_referral(item) for item in found.entries]


def _stored() -> Iterator[tuple[str, dict[str, Placement | None]]]:
    for doc in Referral.objects.exclude("pending_events", "history"):
        yield doc.id, placements(doc)


def backfill() -> int:
    """Once per database: the lists of referrals stored before them (one read of the referrals, at start)."""
    return readlists.backfill(_coll(), mark="referral-lists-v1", items=_stored())

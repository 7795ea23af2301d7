"""Which organisation an event concerns, and the CloudEvent a partner receives (pure).

Only an allow-list of data fields leaves the suite: ids, codes, statuses, times and the portal link.
Nothing sealed, nothing about the survivor or the allegation, even if a producer put it in by mistake.
"""
from __future__ import annotations

import json

from pseah.common import payloads
from pseah.common.events import CloudEvent, EventTypes

SAFE_FIELDS = frozenset({
    "reference", "referral_id", "provider_id", "provider_org", "service_type", "status", "reason", "respond_by",
    "previous_referral_id", "consent_override", "org_id", "owner_org", "queue", "priority", "portal_url",
    "deadlines", "from_org", "to_org", "acknowledged_at", "reported_at", "transferred_at", "previous_status",
})
REFERRAL_TYPES = frozenset({EventTypes.REFERRAL_CREATED, EventTypes.REFERRAL_ACCEPTED, EventTypes.REFERRAL_DECLINED,
                            EventTypes.REFERRAL_COMPLETED, EventTypes.REFERRAL_FAILED})
CASE_TYPES = frozenset({EventTypes.CASE_ASSIGNED, EventTypes.CASE_ACKNOWLEDGED, EventTypes.CASE_TRANSFERRED,
                        EventTypes.CASE_INVESTIGATION_UPDATED})
ROUTED = REFERRAL_TYPES | CASE_TYPES


def organisations(event: CloudEvent, data: payloads.Payload | None = None) -> list[str]:
    """The organisations whose systems hear of `event`: the provider's for referrals, the holder's for cases.

    `data` is the event's typed payload when the caller decoded it already; payloads.BreaksContract otherwise when
    the event breaks its contract."""
    if event.type not in ROUTED:
        return []
    data = data if data is not None else payloads.decode(event)
    orgs: list[str | None] = []
    if isinstance(data, payloads.Referral):
        orgs = [data.provider_org]
    elif isinstance(data, payloads.CaseAssigned):
        # A coordinator-held case is the network's, not the alleged perpetrator's organisation's.
        orgs = [data.org_id] if data.assignee.role == "focal_point" else []
    elif isinstance(data, payloads.CaseTransferred):
        orgs = [data.from_org, data.to_org]
    elif isinstance(data, payloads.CaseAcknowledged):
        orgs = [data.owner_org or data.org_id]
    elif isinstance(data, payloads.CaseInvestigationUpdated):
        orgs = [data.owner_org]
    seen: list[str] = []
    for org in orgs:
        if org and org not in seen:
            seen.append(org)
    return seen


def body(event: CloudEvent) -> bytes:
    """The structured-mode CloudEvent sent; its id is the cause event's, so partners de-duplicate on it.

    The data is forwarded, not read: the allow-list filters the published fields as they are (a round trip through
    the typed model would rewrite values, e.g. times, that partners have been receiving). The event was decoded
    against its contract when it was queued (queue_webhooks), so only a conforming event gets here."""
    data = {k: v for k, v in (event.data or {}).items() if k in SAFE_FIELDS}
    envelope = {"specversion": "1.0", "id": event.id, "source": event.source, "type": event.type,
                "subject": event.subject, "time": event.time.isoformat(), "datacontenttype": "application/json",
                "data": data}
    return json.dumps(envelope, separators=(",", ":"), ensure_ascii=False, default=str).encode()

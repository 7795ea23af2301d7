"""Documents to protobuf messages; the only place that knows both shapes."""
from __future__ import annotations

import json

from google.protobuf.timestamp_pb2 import Timestamp

from pseah.api.cases.v1 import cases_pb2
from pseah.api.directory.v1 import directory_pb2
from pseah.api.referral.v1 import referral_pb2


def _ts(value) -> Timestamp | None:
    if value is None:
        return None
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


def organization(org) -> directory_pb2.Organization:
    return directory_pb2.Organization(id=org.id, acronym=org.acronym or "", name=org.name, type=org.type,
                                      domain=org.domain or "")


def contact(item) -> directory_pb2.Contact:
    return directory_pb2.Contact(username=item.username, email=item.email, role=item.role, org_id=item.org_id)


def provider(item) -> directory_pb2.Provider:
    return directory_pb2.Provider(
        id=item.id, name=item.name, org_id=item.org_id or "", region=item.region, services=item.services,
        languages=item.languages, serves=item.serves, hours=item.hours or "",
        capacity_per_week=item.capacity_per_week or 0, phone=item.phone or "",
        post_rape_care=bool(item.post_rape_care), national=bool(item.national))


def sealed_map(sealed: dict | None) -> dict[str, str]:
    out = {}
    for key, value in (sealed or {}).items():
        if value is None:
            continue
        out[key] = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    return out


def case(doc, *, with_sealed: bool) -> cases_pb2.Case:
    assignee = doc.assignee or {}
    message = cases_pb2.Case(
        reference=doc.reference, org_id=doc.org_id or "", queue=doc.queue or "", priority=doc.priority or "",
        category=doc.category or "", flags=list(doc.flags or []), channel=doc.channel or "",
        region_code=doc.region_code or "", status=doc.status or "", route=doc.route or "",
        perpetrator_type=doc.perpetrator_type or "", acknowledged_by=doc.acknowledged_by or "",
        investigation_status=doc.investigation_status or "not_started",
        assignee=cases_pb2.Assignee(username=assignee.get("username", ""), email=assignee.get("email", ""),
                                    role=assignee.get("role", ""), org_id=assignee.get("org_id", "")),
        deadlines=[cases_pb2.Deadline(kind=d.get("kind", ""), due_at=_ts(d.get("due_at")))
                   for d in (doc.deadlines or [])],
    )
    if doc.created_at:
        message.created_at.CopyFrom(_ts(doc.created_at))
    if doc.acknowledged_at:
        message.acknowledged_at.CopyFrom(_ts(doc.acknowledged_at))
    if with_sealed:
        message.sealed.update(sealed_map(doc.sealed))
    return message


def referral(doc) -> referral_pb2.Referral:
    message = referral_pb2.Referral(
        id=doc.id, reference=doc.reference, service_type=doc.service_type, provider_id=doc.provider_id,
        provider_org=doc.provider_org or "", status=doc.status, rank=doc.rank or 0, reasons=list(doc.reasons or ()),
        consent_override=doc.basis == "override", decline_reason=doc.decline_reason or "",
        outcome_reason=doc.outcome_reason or "", previous_id=doc.previous_id or "")
    for name in ("created_at", "updated_at", "respond_by"):
        value = getattr(doc, name)
        if value is not None:
            getattr(message, name).CopyFrom(_ts(value))
    return message


def consent(doc) -> referral_pb2.Consent:
    message = referral_pb2.Consent(
        reference=doc.reference, status=doc.status or "withdrawn", purposes=list(doc.purposes or ()),
        provider_types=list(doc.provider_types or ()), contact_method=doc.contact_method or "none",
        overrides=len(doc.overrides or ()))
    if doc.updated_at:
        message.updated_at.CopyFrom(_ts(doc.updated_at))
    return message


def suggestion(item) -> referral_pb2.Suggestion:
    return referral_pb2.Suggestion(provider_id=item.provider_id, provider_org=item.provider_org,
                                   service_type=item.service_type, rank=item.rank, reasons=list(item.reasons))

"""Preferences and reporter contacts: keyword-only functions."""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.notification.recipients.models import Preference, ReporterContact


def preferences(addresses: list[str]) -> dict[str, Preference]:
    """The preferences of several addresses (a poll's recipients) in one read by `_id`, by the address as given;
    an address with none is left out."""
    keys = {address: address.strip().lower() for address in addresses}
    found = {p.address: p for p in Preference.objects(address__in=sorted(set(keys.values())))}
    return {address: found[key] for address, key in keys.items() if key in found}


def set_preference(*, address: str, channel: str, phone: str = "") -> None:
    Preference.objects(address=address.strip().lower()).update_one(
        upsert=True, set__channel=channel, set__phone=phone, set__updated_at=datetime.now(UTC))


def remember_reporter(*, reference: str, consent: dict, report_channel: str | None, sealed_contact: str | None) -> None:
    """Upsert from report.triaged.v1 (a redelivery writes the same values); nothing for a reporter who gave no
    contact or no consent to be contacted (most reports): tell_reporter finds no record and answers no_contact,
    as it would from that record, and the write per report is saved. The consent a report came with never changes
    (report.triaged.v1 carries the report's own)."""
    if consent.get("contact") is not True or not sealed_contact:
        return
    ReporterContact.objects(reference=reference).update_one(
        upsert=True, set__consent_contact=consent.get("contact") is True,
        set__contact_method=str(consent.get("contact_method") or ""), set__report_channel=report_channel or "",
        set__sealed_contact=sealed_contact, set__updated_at=datetime.now(UTC))


def reporter(*, reference: str) -> ReporterContact | None:
    return ReporterContact.objects(reference=reference).first()

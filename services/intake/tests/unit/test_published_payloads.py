"""What intake publishes keeps the contract its consumers decode (pseah.common.payloads): triage dead-letters a
report.received.v1 that breaks it, so a report intake accepts must never do so, however few fields it has."""
from __future__ import annotations

import pytest

from pseah.common import payloads
from pseah.common.events import CloudEvent
from pseah.intake.codes import KeyedHasher
from pseah.intake.organizations import OrganizationDirectory
from pseah.intake.report import service
from pseah.intake.report.models import ReceiptIndex, Report, ReportCreate

DIRECTORY = OrganizationDirectory([{"id": "unicef", "acronym": "UNICEF", "name": "United Nations Children's Fund"}])


@pytest.mark.parametrize("fields", [
    {},
    {"language": "id", "region_code": "3203", "incident_date": "2026-11-30", "survivor_age_group": "child",
     "survivor_gender": "female", "reporter_role": "witness", "perpetrator_org": "unicef", "contact": "+62 812",
     "place_text": "Posko", "perpetrator_description": "rompi biru",
     "consent": {"referral": True, "contact": True, "share_with_org": True}},
    {"perpetrator_org": "Lembaga Tak Dikenal"},  # unknown: sealed as text, no id
], ids=["narrative-only", "every-field", "unknown-organisation"])
def test_the_report_received_event_intake_writes_decodes_as_its_typed_payload(keyring, monkeypatch, fields):
    monkeypatch.setattr(Report, "save", lambda self, **kw: None)
    monkeypatch.setattr(ReceiptIndex, "save", lambda self, **kw: None)
    payload = ReportCreate.model_validate({"narrative": "Relawan minta imbalan untuk beras.", **fields})
    report, _ = service.create(keyring=keyring, hasher=KeyedHasher(b"k" * 32), directory=DIRECTORY,
                               payload=payload, channel="web")
    event = CloudEvent.from_bytes(report.pending_events[0]["value"])
    received = payloads.decode(event, payloads.ReportReceived)
    assert received.reference == report.reference and received.channel == "web"
    assert keyring.open(report.reference, received.sealed.narrative) == "Relawan minta imbalan untuk beras."
    assert received.consent.referral is bool(fields.get("consent", {}).get("referral"))

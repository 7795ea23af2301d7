"""The lane a new report takes at intake (pseah.intake.prescreen): triage's rules on the plain text, and the priority
lane whenever they cannot say, since a fault of the rules must never refuse a report or leave an urgent one behind."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from structlog.testing import capture_logs

from pseah.intake import prescreen

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
FIELDS = dict(incident_date=None, perpetrator_org="unicef", perpetrator_description=None, language="id", now=NOW)


@pytest.mark.parametrize(("narrative", "age_group", "urgent"), [
    ("Tadi malam saya diperkosa oleh relawan di tenda posko.", "adult", True),          # within 72 hours
    ("Anak saya yang berumur 12 tahun dipeluk dan dicium paksa oleh relawan.", "unknown", True),  # a child
    ("Terima kasih atas bantuan selimut dan beras minggu ini.", "adult", False),
    ("Terima kasih atas bantuan selimut dan beras minggu ini.", "child", True),       # the form's age group
])
def test_the_lane_follows_triage_rules(narrative, age_group, urgent):
    assert prescreen.is_urgent(narrative=narrative, survivor_age_group=age_group, **FIELDS) is urgent


def test_a_fault_of_the_rules_takes_the_priority_lane_and_logs_no_word(monkeypatch):
    def faulty(**fields):
        return {}[fields["narrative"].split()[0]]  # KeyError('Terima'): a word of the report

    monkeypatch.setattr(prescreen, "classify", faulty)
    with capture_logs() as logs:
        assert prescreen.is_urgent(narrative="Terima kasih atas bantuan.", survivor_age_group="adult", **FIELDS)
    [failed] = [entry for entry in logs if entry["event"] == "prescreen_failed"]
    assert failed["error_type"] == "KeyError" and failed["raised_at"].endswith(" faulty")
    assert "Terima" not in repr(logs)

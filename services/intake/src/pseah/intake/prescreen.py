"""Which lane a new report takes: triage's own rules, run on the plain text before it is sealed.

An urgent report (a child, sexual violence within 72 hours, ongoing danger: critical by the rules in
PRODUCT.md) goes on the priority lane of the reports stream, so it never waits behind a flood of routine ones
before triage has even read it. The rules are triage's (pure, no I/O; the package is installed beside intake);
triage classifies again and decides the case's lane from then on. Nothing of the text is kept or logged here.
"""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.triage.classification import classify


def is_urgent(*, narrative: str, incident_date, survivor_age_group: str | None, perpetrator_org: str | None,
              perpetrator_description: str | None, language: str | None, now: datetime | None = None) -> bool:
    if survivor_age_group == "child":
        return True
    result = classify(narrative=narrative, reported_at=now or datetime.now(UTC), incident_date=incident_date,
                      survivor_age_group=survivor_age_group, perpetrator_org=perpetrator_org,
                      perpetrator_description=perpetrator_description, language=language)
    return result.priority == "critical"

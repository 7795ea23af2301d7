"""Which lane a new report takes: triage's own rules, run on the plain text before it is sealed.

An urgent report (a child, sexual violence within 72 hours, ongoing danger: critical by the rules in
PRODUCT.md) goes on the priority lane of the reports stream, so it never waits behind a flood of routine ones
before triage has even read it. The rules are triage's (pure, no I/O; the package is installed beside intake);
triage classifies again and decides the case's lane from then on. Nothing of the text is kept or logged here.
A fault of the rules never refuses a report: it takes the priority lane (the lane is all that is decided here).
"""
from __future__ import annotations

from datetime import UTC, datetime

from pseah.common.logging import get_logger, where_raised
from pseah.triage.classification import classify

log = get_logger(__name__)


def is_urgent(*, narrative: str, incident_date, survivor_age_group: str | None, perpetrator_org: str | None,
              perpetrator_description: str | None, language: str | None, now: datetime | None = None) -> bool:
    if survivor_age_group == "child":
        return True
    try:
        result = classify(narrative=narrative, reported_at=now or datetime.now(UTC), incident_date=incident_date,
                          survivor_age_group=survivor_age_group, perpetrator_org=perpetrator_org,
                          perpetrator_description=perpetrator_description, language=language)
    except Exception as exc:  # noqa: BLE001 - its text may quote the report: only its type and place are logged
        log.error("prescreen_failed", error_type=type(exc).__name__, raised_at=where_raised(exc))
        return True
    return result.priority == "critical"


def is_urgent_report(payload, *, now: datetime | None = None) -> bool:
    """`is_urgent` of a submitted report (a ReportCreate)."""
    return is_urgent(narrative=payload.narrative, incident_date=payload.incident_date,
                     survivor_age_group=payload.survivor_age_group, perpetrator_org=payload.perpetrator_org,
                     perpetrator_description=payload.perpetrator_description, language=payload.language, now=now)

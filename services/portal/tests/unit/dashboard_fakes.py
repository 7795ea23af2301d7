"""A stand-in for analytics' table API: already suppressed tables, as analytics publishes them."""
from __future__ import annotations

from pseah.portal import labels

ROWS = {
    "reports.category": list(labels.LABELS["category"]),
    "reports.province": ["32", "33", "other"],
    "reports.priority": list(labels.LABELS["priority"]),
    "reports.channel": list(labels.LABELS["channel"]),
    "reports.org_type": list(labels.LABELS["org_type"]),
    "reports.perpetrator_type": list(labels.LABELS["perpetrator_type"]),
    "reports.child_involved": list(labels.LABELS["yes_no"]),
    "reports.language": list(labels.LABELS["language"]),
    "times.acknowledge": list(labels.LABELS["time_bucket"]),
    "times.refer": list(labels.LABELS["time_bucket"]),
    "times.close": list(labels.LABELS["time_bucket"]),
    "deadlines": [f"{k}:{s}" for k in labels.LABELS["deadline"] for s in labels.LABELS["clock_state"]],
    "referrals": [f"{k}:{s}" for k in labels.LABELS["service"] for s in labels.LABELS["referral_outcome"]],
}


def fake_table(name: str, province: str | None = None) -> dict:
    # Counts of 5 and more, then one "<5" and one "suppressed" (its complement), as analytics would publish.
    cells = []
    for i, value in enumerate(ROWS[name]):
        count = "<5" if i == 1 else "suppressed" if i == 2 else 7 + 11 * i
        cells.append({"value": value, "count": count})
    body = {"table": name, "province": province, "threshold": 5, "total": 503, "cells": cells}
    if name.startswith("times."):
        body.update(p50_hours_at_most=24, p90_hours_at_most=168)
    return body


class FakeAnalytics:
    def __init__(self):
        self.calls: list[tuple] = []
        self.down = False

    def table(self, name, *, token, start, end, province):
        from pseah.portal.dashboard.service import AnalyticsUnavailable

        self.calls.append((name, start, end, province))
        if self.down:
            raise AnalyticsUnavailable("503")
        return fake_table(name, province)

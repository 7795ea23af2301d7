"""Pure mapping from an event to the dimension values it is counted under."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from pseah.common.events import CloudEvent, EventTypes

UNKNOWN = "unknown"
DIMENSIONS = ("category", "priority", "channel", "region", "org_type", "month")
METRICS = {EventTypes.REPORT_TRIAGED: "reports", EventTypes.CASE_ASSIGNED: "assignments"}
# Which dimensions each metric has; a case assignment has no category or channel of its own.
METRIC_DIMENSIONS = {
    "reports": DIMENSIONS,
    "assignments": ("priority", "org_type", "month"),
}
# Values are free to vary, but a label is never free text: anything else is counted as "other".
_LABEL = re.compile(r"^[a-z0-9_\-]{1,40}$")


@dataclass(frozen=True)
class Fact:
    event_id: str
    metric: str
    dims: dict[str, str]


def province(region_code: object) -> str:
    """Province = the first two digits of a Kemendagri region code ("32.03.12" or "320312")."""
    digits = re.sub(r"\D", "", str(region_code or ""))
    return digits[:2] if len(digits) >= 2 else UNKNOWN


def month(when: datetime) -> str:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m")


def label(value: object) -> str:
    if value is None or value == "":
        return UNKNOWN
    text = str(value).strip().lower()
    return text if _LABEL.match(text) else "other"


def org_type(org_id: object, organizations: Mapping[str, Mapping]) -> str:
    if not org_id:
        return UNKNOWN
    org = organizations.get(str(org_id))
    return label(org.get("type")) if org else "other"


def fact_from_event(event: CloudEvent, *, organizations: Mapping[str, Mapping]) -> Fact | None:
    """The fact an event contributes, or None for events analytics does not count."""
    metric = METRICS.get(event.type)
    if metric is None:
        return None
    data = event.data
    values = {
        "category": label(data.get("category")),
        "priority": label(data.get("priority")),
        "channel": label(data.get("channel")),
        "region": province(data.get("region_code")),
        "org_type": org_type(data.get("org_id"), organizations),
        "month": month(event.time),
    }
    return Fact(event_id=event.id, metric=metric, dims={d: values[d] for d in METRIC_DIMENSIONS[metric]})

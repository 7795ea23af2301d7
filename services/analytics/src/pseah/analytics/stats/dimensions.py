"""Pure helpers: the labels an event's values are counted under (never free text)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime

UNKNOWN = "unknown"
# Values are free to vary, but a label is never free text: anything else is counted as "other".
_LABEL = re.compile(r"^[a-z0-9_\-]{1,40}$")


def province(region_code: object) -> str:
    """Province = the first two digits of a Kemendagri region code ("32.03.12" or "320312")."""
    digits = re.sub(r"\D", "", str(region_code or ""))
    return digits[:2] if len(digits) >= 2 else UNKNOWN


def regency(region_code: object) -> str:
    """Regency (kabupaten/kota) = the first four digits of the region code, kept without the dot ("3203")."""
    digits = re.sub(r"\D", "", str(region_code or ""))
    return digits[:4] if len(digits) >= 4 else UNKNOWN


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

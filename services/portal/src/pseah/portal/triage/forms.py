"""The confirm/change form of the triage page: only what the officer actually changed becomes a change.

The page shows the decision in force and repeats each shown value in a hidden `was_<field>`; a field whose
submitted value equals what was shown is not sent. So changing only the child flag does not also "set" the
priority that was displayed, and the triage service can apply its priority rule.
"""
from __future__ import annotations

from collections.abc import Mapping

from pseah.common import organizations

FIELDS = ("category", "perpetrator_type", "child_involved", "urgent_medical", "priority", "org_id", "route")
CHOICES: dict[str, tuple[str, ...]] = {
    "category": ("sexual_exploitation", "sexual_abuse", "sexual_harassment", "other_misconduct", "not_misconduct"),
    "perpetrator_type": ("aid_worker", "community_member", "unknown"),
    "priority": ("critical", "high", "medium", "low"),
    "route": ("focal_point", "coordinator", "gbv_pathway"),
}
BOOLEANS = ("child_involved", "urgent_medical")
REASON_MAX = 2000


def org_choices() -> list[tuple[str, str]]:
    return sorted(((o["id"], o.get("name") or o["id"]) for o in organizations.load()), key=lambda o: o[1].casefold())


def _value(name: str, raw: str | None):
    raw = (raw or "").strip()
    if name in BOOLEANS:
        return raw == "true"
    if name == "org_id":
        return raw or None
    return raw


def changes_from_form(form: Mapping[str, str]) -> dict:
    changes = {}
    for name in FIELDS:
        if name not in form:
            continue
        submitted = _value(name, form.get(name))
        if submitted != _value(name, form.get(f"was_{name}")):
            changes[name] = submitted
    return changes


def reason_from_form(form: Mapping[str, str]) -> str | None:
    reason = (form.get("reason") or "").strip()
    return reason[:REASON_MAX] or None

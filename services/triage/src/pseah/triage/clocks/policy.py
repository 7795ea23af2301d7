"""Deadline policy as data: how long each step may take, per priority, and which cases start which clock.

Defaults (issue 4): acknowledgement by the focal point within 4 h for critical cases and 24 h otherwise;
a survivor referral offered within 2 h when urgent medical care is needed (post-exposure prophylaxis is a
matter of hours) and 24 h otherwise; an investigation decision within 7 days. Operators change them through
`DeadlinePolicy.from_mapping`, e.g. from a settings value:
    {"acknowledgement": {"critical": "4h", "default": "24h"}, "referral_offered": {"urgent_medical": "2h",
     "default": "24h"}, "investigation_decision": {"default": "7d"}}
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from types import MappingProxyType

from pseah.triage.classification.model import Priority


class DeadlineKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    REFERRAL_OFFERED = "referral_offered"
    INVESTIGATION_DECISION = "investigation_decision"


DEFAULT_KEY = "default"
URGENT_MEDICAL_KEY = "urgent_medical"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"s": "seconds", "m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(value: str | int | float | timedelta) -> timedelta:
    """'4h', '30m', '7d', '2w', a number of seconds, or a timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return timedelta(seconds=value)
    if isinstance(value, str) and (m := _DURATION.match(value)) is not None:
        return timedelta(**{_UNITS[m[2].lower()]: float(m[1])})
    raise ValueError(f"not a duration: {value!r} (use e.g. '4h', '30m', '7d')")


def _format(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


@dataclass(frozen=True)
class Rule:
    """One clock: a duration per priority (keys are priorities or 'default'), plus an urgent-medical override."""

    by_priority: Mapping[str, timedelta]
    urgent_medical: timedelta | None = None

    def duration(self, *, priority: Priority, urgent_medical: bool) -> tuple[timedelta, str]:
        if urgent_medical and self.urgent_medical is not None:
            return self.urgent_medical, "urgent medical"
        if priority.value in self.by_priority:
            return self.by_priority[priority.value], f"{priority.value} priority"
        return self.by_priority[DEFAULT_KEY], "default"

    @classmethod
    def from_mapping(cls, raw: Mapping[str, object]) -> Rule:
        known = {p.value for p in Priority} | {DEFAULT_KEY, URGENT_MEDICAL_KEY}
        unknown = set(raw) - known
        if unknown:
            raise ValueError(f"unknown keys {sorted(unknown)}; use priorities, 'default' or 'urgent_medical'")
        by_priority = {k: parse_duration(v) for k, v in raw.items() if k != URGENT_MEDICAL_KEY}
        if DEFAULT_KEY not in by_priority and not {p.value for p in Priority} <= set(by_priority):
            raise ValueError("a rule needs 'default' or a duration for every priority")
        if any(d <= timedelta(0) for d in by_priority.values()):
            raise ValueError("durations must be positive")
        urgent = parse_duration(raw[URGENT_MEDICAL_KEY]) if URGENT_MEDICAL_KEY in raw else None
        return cls(by_priority=MappingProxyType(by_priority), urgent_medical=urgent)

    def to_mapping(self) -> dict[str, str]:
        out = {k: _format(v) for k, v in self.by_priority.items()}
        if self.urgent_medical is not None:
            out[URGENT_MEDICAL_KEY] = _format(self.urgent_medical)
        return out


@dataclass(frozen=True)
class DeadlinePolicy:
    rules: Mapping[DeadlineKind, Rule] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Mapping[str, object]]) -> DeadlinePolicy:
        """Build from plain data (settings, JSON); kinds left out get no clock."""
        kinds = {k.value: k for k in DeadlineKind}
        unknown = set(raw) - set(kinds)
        if unknown:
            raise ValueError(f"unknown deadline kinds {sorted(unknown)}; known: {sorted(kinds)}")
        return cls(rules=MappingProxyType({kinds[name]: Rule.from_mapping(rule) for name, rule in raw.items()}))

    def to_mapping(self) -> dict[str, dict[str, str]]:
        return {kind.value: rule.to_mapping() for kind, rule in self.rules.items()}


DEFAULTS: Mapping[str, Mapping[str, str]] = MappingProxyType({
    DeadlineKind.ACKNOWLEDGEMENT.value: {"critical": "4h", DEFAULT_KEY: "24h"},
    DeadlineKind.REFERRAL_OFFERED.value: {URGENT_MEDICAL_KEY: "2h", DEFAULT_KEY: "24h"},
    DeadlineKind.INVESTIGATION_DECISION.value: {DEFAULT_KEY: "7d"},
})
DEFAULT_POLICY = DeadlinePolicy.from_mapping(DEFAULTS)

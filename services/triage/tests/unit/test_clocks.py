"""Deadline clocks: the default policy, configuration as data, and breaches."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pseah.triage.classification import Category, Classification, PerpetratorType, Priority
from pseah.triage.clocks import (
    DEFAULT_POLICY,
    DEFAULTS,
    DeadlineKind,
    DeadlinePolicy,
    breached,
    deadlines_for,
    parse_duration,
)

RECEIVED = datetime(2022, 12, 2, 3, 0, tzinfo=UTC)


def case(category=Category.SEXUAL_ABUSE, priority=Priority.HIGH, urgent=False, child=False) -> Classification:
    return Classification(category=category, perpetrator_type=PerpetratorType.AID_WORKER, child_involved=child,
                          urgent_medical=urgent, priority=priority)


def due(deadlines) -> dict[str, timedelta]:
    return {d.kind: d.due_at - RECEIVED for d in deadlines}


def test_critical_urgent_case():
    got = due(deadlines_for(classification=case(priority=Priority.CRITICAL, urgent=True), received_at=RECEIVED))
    assert got == {"acknowledgement": timedelta(hours=4), "referral_offered": timedelta(hours=2),
                   "investigation_decision": timedelta(days=7)}


def test_high_case():
    got = due(deadlines_for(classification=case(), received_at=RECEIVED))
    assert got == {"acknowledgement": timedelta(hours=24), "referral_offered": timedelta(hours=24),
                   "investigation_decision": timedelta(days=7)}


def test_other_misconduct_has_no_referral_clock_unless_a_child_is_hurt():
    kinds = {d.kind for d in deadlines_for(classification=case(Category.OTHER_MISCONDUCT, Priority.LOW),
                                           received_at=RECEIVED)}
    assert kinds == {"acknowledgement", "investigation_decision"}
    kinds = {d.kind for d in deadlines_for(classification=case(Category.OTHER_MISCONDUCT, Priority.CRITICAL,
                                                               child=True), received_at=RECEIVED)}
    assert "referral_offered" in kinds


def test_feedback_only_needs_an_acknowledgement():
    kinds = [d.kind for d in deadlines_for(classification=case(Category.NOT_MISCONDUCT, Priority.LOW),
                                           received_at=RECEIVED)]
    assert kinds == ["acknowledgement"]


def test_deadlines_are_sorted_and_say_why():
    deadlines = deadlines_for(classification=case(priority=Priority.CRITICAL, urgent=True), received_at=RECEIVED)
    assert [d.due_at for d in deadlines] == sorted(d.due_at for d in deadlines)
    assert deadlines[0].basis == "urgent medical"
    assert deadlines[0].to_dict()["kind"] == DeadlineKind.REFERRAL_OFFERED.value


def test_policy_is_configurable_data():
    policy = DeadlinePolicy.from_mapping({"acknowledgement": {"critical": "1h", "high": "2h", "default": "3d"}})
    got = due(deadlines_for(classification=case(), received_at=RECEIVED, policy=policy))
    assert got == {"acknowledgement": timedelta(hours=2)}
    assert DeadlinePolicy.from_mapping(DEFAULT_POLICY.to_mapping()) == DEFAULT_POLICY
    assert DeadlinePolicy.from_mapping(DEFAULTS) == DEFAULT_POLICY


@pytest.mark.parametrize("bad", [
    {"acknowledgment": {"default": "4h"}},                  # misspelt kind
    {"acknowledgement": {"urgent": "4h"}},                  # unknown key
    {"acknowledgement": {"critical": "4h"}},                # no default and not every priority
    {"acknowledgement": {"default": "soon"}},               # not a duration
    {"acknowledgement": {"default": "0h"}},                 # not positive
])
def test_bad_policies_fail_fast(bad):
    with pytest.raises(ValueError):
        DeadlinePolicy.from_mapping(bad)


@pytest.mark.parametrize(("raw", "value"), [("4h", timedelta(hours=4)), ("30m", timedelta(minutes=30)),
                                            ("7d", timedelta(days=7)), ("2w", timedelta(weeks=2)),
                                            (90, timedelta(seconds=90))])
def test_durations(raw, value):
    assert parse_duration(raw) == value


def test_breaches():
    deadlines = deadlines_for(classification=case(priority=Priority.CRITICAL, urgent=True), received_at=RECEIVED)
    assert breached(deadlines=deadlines, now=RECEIVED + timedelta(hours=2), completed_kinds=[]) == []
    late = breached(deadlines=deadlines, now=RECEIVED + timedelta(hours=5), completed_kinds=[])
    assert [d.kind for d in late] == ["referral_offered", "acknowledgement"]
    late = breached(deadlines=deadlines, now=RECEIVED + timedelta(hours=5), completed_kinds={"acknowledgement"})
    assert [d.kind for d in late] == ["referral_offered"]


def test_naive_times_are_utc():
    naive = RECEIVED.replace(tzinfo=None)
    deadlines = deadlines_for(classification=case(), received_at=naive)
    assert deadlines[0].due_at.tzinfo is not None
    assert breached(deadlines=deadlines, now=naive + timedelta(days=2), completed_kinds=())

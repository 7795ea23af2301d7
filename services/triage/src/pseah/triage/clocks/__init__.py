"""Deadline clocks of a triaged case: the policy as data, and pure functions over it."""
from pseah.triage.clocks.deadlines import Deadline, breached, deadlines_for
from pseah.triage.clocks.policy import DEFAULT_POLICY, DEFAULTS, DeadlineKind, DeadlinePolicy, Rule, parse_duration

__all__ = ["DEFAULTS", "DEFAULT_POLICY", "Deadline", "DeadlineKind", "DeadlinePolicy", "Rule", "breached",
           "deadlines_for", "parse_duration"]

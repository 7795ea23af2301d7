"""The retention policy as data: how long a closed case's content is kept before its key is destroyed.

Pure: no store, no clock (the caller passes `now`). The policy is a YAML document (`retention.yaml` beside this
module by default; PSEAH_INTAKE_RETENTION_POLICY_FILE names another), for example:

    version: 1
    rules:                       # the first rule that matches a case decides
      - name: closed-unsubstantiated
        when: closed             # the investigation was closed (case.investigation.updated.v1, status closed)
        outcomes: [unsubstantiated]
        keep: {years: 2}
      - name: closed
        when: closed
        keep: {years: 5, days: 0}

`outcomes` lists findings (substantiated, unsubstantiated, referred_to_authorities, or `none` for a case closed
without one); a rule without it matches every closed case. `keep` is calendar years plus days counted from the
closing time; a rule with no keep at all is refused, so a typo never means "erase at once". A case no rule matches
is kept. The policy is read when it is applied, so a change reaches cases closed before it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import yaml

WHEN = ("closed",)
OUTCOMES = ("substantiated", "unsubstantiated", "referred_to_authorities", "none")
DEFAULT_FILE = Path(__file__).with_name("retention.yaml")


class PolicyError(ValueError):
    """The policy document is not valid; the message names the rule and the field."""


def add_years(at: datetime, years: int) -> datetime:
    """The same calendar day `years` later; 29 February becomes 28 February in a year without one."""
    try:
        return at.replace(year=at.year + years)
    except ValueError:
        return at.replace(year=at.year + years, day=28)


@dataclass(frozen=True)
class Rule:
    name: str
    years: int = 0
    days: int = 0
    outcomes: frozenset[str] = frozenset()  # empty: any outcome
    when: str = "closed"

    def matches(self, *, outcome: str | None) -> bool:
        return not self.outcomes or (outcome or "none") in self.outcomes

    def due_at(self, closed_at: datetime) -> datetime:
        return add_years(closed_at, self.years) + timedelta(days=self.days)

    def shortest(self) -> timedelta:
        """A lower bound of the keep time (a year is at least 365 days), for choosing what to read."""
        return timedelta(days=365 * self.years + self.days)


@dataclass(frozen=True)
class RetentionPolicy:
    rules: tuple[Rule, ...]

    def rule_for(self, *, outcome: str | None) -> Rule | None:
        return next((r for r in self.rules if r.matches(outcome=outcome)), None)

    def due_at(self, *, closed_at: datetime, outcome: str | None) -> tuple[Rule, datetime] | None:
        """The rule that applies to a case closed at `closed_at` with `outcome`, and when it is due; None: kept."""
        rule = self.rule_for(outcome=outcome)
        return None if rule is None else (rule, rule.due_at(closed_at))

    def is_due(self, *, closed_at: datetime, outcome: str | None, now: datetime) -> Rule | None:
        found = self.due_at(closed_at=closed_at, outcome=outcome)
        return found[0] if found is not None and found[1] <= now else None

    def latest_closing(self, now: datetime) -> datetime | None:
        """No case closed after this can be due at `now`: the closing days worth reading end here."""
        if not self.rules:
            return None
        return now - min(r.shortest() for r in self.rules)


def _int(value, *, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PolicyError(f"{where} must be a whole number of 0 or more")
    return value


def parse(document) -> RetentionPolicy:
    """A policy from its parsed YAML; raises PolicyError naming what is wrong."""
    if not isinstance(document, dict):
        raise PolicyError("the policy must be a mapping with `version` and `rules`")
    if document.get("version") != 1:
        raise PolicyError("unknown policy version (expected `version: 1`)")
    unknown = set(document) - {"version", "rules"}
    if unknown:
        raise PolicyError(f"unknown keys {sorted(unknown)}")
    raw_rules = document.get("rules")
    if not isinstance(raw_rules, list):
        raise PolicyError("`rules` must be a list")
    rules, names = [], set()
    for index, raw in enumerate(raw_rules):
        where = f"rule {index + 1}"
        if not isinstance(raw, dict):
            raise PolicyError(f"{where} must be a mapping")
        unknown = set(raw) - {"name", "when", "outcomes", "keep"}
        if unknown:
            raise PolicyError(f"{where}: unknown keys {sorted(unknown)}")
        name = raw.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > 60:
            raise PolicyError(f"{where}: `name` must be a short text")
        where = f"rule {name!r}"
        if name in names:
            raise PolicyError(f"{where} is named twice")
        names.add(name)
        when = raw.get("when", "closed")
        if when not in WHEN:
            raise PolicyError(f"{where}: `when` must be one of {list(WHEN)}")
        outcomes = raw.get("outcomes", [])
        if isinstance(outcomes, str):
            outcomes = [outcomes]
        if not isinstance(outcomes, list) or any(o not in OUTCOMES for o in outcomes):
            raise PolicyError(f"{where}: `outcomes` must list values of {list(OUTCOMES)}")
        keep = raw.get("keep")
        if not isinstance(keep, dict) or not keep or set(keep) - {"years", "days"}:
            raise PolicyError(f"{where}: `keep` must give `years` and/or `days`")
        years = _int(keep.get("years", 0), where=f"{where}: keep.years")
        days = _int(keep.get("days", 0), where=f"{where}: keep.days")
        if years > 100:
            raise PolicyError(f"{where}: keep.years above 100")
        rules.append(Rule(name=name, years=years, days=days, outcomes=frozenset(outcomes), when=when))
    return RetentionPolicy(rules=tuple(rules))


def load(path: Path | None = None) -> RetentionPolicy:
    path = Path(path) if path is not None else DEFAULT_FILE
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise PolicyError(f"{path} is not valid YAML ({type(exc).__name__})") from None
    return parse(document)

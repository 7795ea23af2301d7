"""The retention policy as data: parsing (every mistake named, nothing erased by a typo), when a closed case is due,
and the bound the list is read up to, which must never hide a due case."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, strategies as st

from pseah.intake.erasure import policy
from pseah.intake.erasure.policy import PolicyError, parse

NOW = datetime(2031, 3, 1, 12, 0, tzinfo=UTC)


def rules(*items) -> dict:
    return {"version": 1, "rules": list(items)}


def test_the_shipped_policy_keeps_unsubstantiated_cases_two_years_and_the_others_five():
    shipped = policy.load()
    assert [r.name for r in shipped.rules] == ["closed-unsubstantiated", "closed"]
    closed = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert shipped.due_at(closed_at=closed, outcome="unsubstantiated")[1] == datetime(2028, 3, 1, 12, 0, tzinfo=UTC)
    assert shipped.due_at(closed_at=closed, outcome=None)[1] == datetime(2028, 3, 1, 12, 0, tzinfo=UTC)  # no finding
    assert shipped.due_at(closed_at=closed, outcome="substantiated")[1] == datetime(2031, 3, 1, 12, 0, tzinfo=UTC)
    assert shipped.due_at(closed_at=closed, outcome="referred_to_authorities")[0].name == "closed"


def test_due_exactly_at_the_rules_time_and_not_a_second_before():
    p = parse(rules({"name": "closed", "when": "closed", "keep": {"years": 5}}))
    closed = NOW.replace(year=2026)
    assert p.is_due(closed_at=closed, outcome="substantiated", now=NOW).name == "closed"
    assert p.is_due(closed_at=closed, outcome="substantiated", now=NOW - timedelta(seconds=1)) is None


def test_a_29_february_closing_is_due_on_28_february():
    p = parse(rules({"name": "r", "keep": {"years": 1, "days": 3}}))
    closed = datetime(2028, 2, 29, 8, 0, tzinfo=UTC)
    assert p.due_at(closed_at=closed, outcome=None)[1] == datetime(2029, 3, 3, 8, 0, tzinfo=UTC)


def test_the_first_matching_rule_decides_and_an_unmatched_case_is_kept():
    p = parse(rules({"name": "short", "outcomes": ["unsubstantiated"], "keep": {"days": 10}},
                    {"name": "long", "outcomes": "substantiated", "keep": {"years": 3}}))
    closed = NOW - timedelta(days=30)
    assert p.is_due(closed_at=closed, outcome="unsubstantiated", now=NOW).name == "short"
    assert p.is_due(closed_at=closed, outcome="substantiated", now=NOW) is None
    assert p.due_at(closed_at=closed, outcome="referred_to_authorities") is None  # no rule: kept
    assert p.is_due(closed_at=closed - timedelta(days=3650), outcome="referred_to_authorities", now=NOW) is None


@pytest.mark.parametrize("document, says", [
    ([], "mapping"),
    ({"rules": []}, "version"),
    ({"version": 2, "rules": []}, "version"),
    ({"version": 1, "rules": [], "extra": 1}, "unknown keys"),
    ({"version": 1, "rules": {"name": "x"}}, "list"),
    (rules({"name": "x"}), "`keep`"),                                        # no keep: never "erase at once"
    (rules({"name": "x", "keep": {}}), "`keep`"),
    (rules({"name": "x", "keep": {"months": 6}}), "`keep`"),
    (rules({"name": "x", "keep": {"years": -1}}), "keep.years"),
    (rules({"name": "x", "keep": {"years": True}}), "keep.years"),
    (rules({"name": "x", "keep": {"days": "30"}}), "keep.days"),
    (rules({"name": "x", "keep": {"years": 500}}), "above 100"),
    (rules({"name": "x", "when": "received", "keep": {"days": 1}}), "`when`"),
    (rules({"name": "x", "outcomes": ["dismissed"], "keep": {"days": 1}}), "`outcomes`"),
    (rules({"name": "x", "keep": {"days": 1}, "erase": True}), "unknown keys"),
    (rules({"keep": {"days": 1}}), "`name`"),
    (rules({"name": "x", "keep": {"days": 1}}, {"name": "x", "keep": {"days": 2}}), "named twice"),
])
def test_a_wrong_policy_is_refused_with_what_is_wrong(document, says):
    with pytest.raises(PolicyError) as refused:
        parse(document)
    assert says in str(refused.value)


def test_a_file_that_is_not_yaml_is_refused(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("version: 1\nrules: [unclosed\n")
    with pytest.raises(PolicyError, match="not valid YAML"):
        policy.load(path)


def test_no_rules_means_nothing_is_ever_due():
    p = parse({"version": 1, "rules": []})
    assert p.latest_closing(NOW) is None
    assert p.is_due(closed_at=NOW - timedelta(days=99999), outcome=None, now=NOW) is None


_rule = st.fixed_dictionaries({"years": st.integers(0, 20), "days": st.integers(0, 800)}).filter(
    lambda keep: keep["years"] or keep["days"])
_outcomes = st.sampled_from([None, "substantiated", "unsubstantiated", "referred_to_authorities"])


@given(keeps=st.lists(_rule, min_size=1, max_size=4),
       filters=st.lists(st.lists(st.sampled_from(policy.OUTCOMES), max_size=2), min_size=4, max_size=4),
       closed=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)),
       outcome=_outcomes,
       now=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(UTC)))
def test_the_list_is_read_far_enough_to_find_every_due_case_and_due_stays_due(keeps, filters, closed, outcome, now):
    p = parse(rules(*({"name": f"r{i}", "outcomes": filters[i], "keep": keep} for i, keep in enumerate(keeps))))
    rule = p.is_due(closed_at=closed, outcome=outcome, now=now)
    if rule is not None:
        # `erase --due` reads closing days up to latest_closing(now): a due case always lies within.
        assert closed <= p.latest_closing(now)
        assert p.is_due(closed_at=closed, outcome=outcome, now=now + timedelta(days=400)) == rule
        assert rule.due_at(closed) >= closed

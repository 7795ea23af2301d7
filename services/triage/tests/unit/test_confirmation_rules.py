"""A triage officer's confirmation: what a change leads to, and what is refused (pure, no store)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pseah.triage.classification import Category, Priority, required_priority
from pseah.triage.decisions.confirmation import InvalidChange, recompute_deadlines, resolve
from pseah.triage.decisions.models import Deadline, TriageDecision
from pseah.triage.decisions.schemas import Changes

HARASSMENT_UNKNOWN_EMPLOYER = {
    "category": "sexual_harassment", "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False,
    "ongoing_danger": False, "priority": "medium", "org_id": None, "route": "coordinator"}
CHILD_ABUSE = {
    "category": "sexual_abuse", "perpetrator_type": "aid_worker", "child_involved": True, "urgent_medical": False,
    "ongoing_danger": False, "priority": "critical", "org_id": "unicef", "route": "focal_point"}


def test_confirming_unchanged_changes_nothing():
    result = resolve(automatic=CHILD_ABUSE, requested={})
    assert result.values == CHILD_ABUSE and result.changes == {} and not result.clocks_changed


def test_a_value_equal_to_the_automatic_one_is_no_change():
    assert resolve(automatic=CHILD_ABUSE, requested={"category": "sexual_abuse"}).changes == {}


def test_naming_the_employer_sends_the_case_to_its_focal_point():
    result = resolve(automatic=HARASSMENT_UNKNOWN_EMPLOYER, requested={"org_id": "pmi"})
    assert result.values["org_id"] == "pmi" and result.values["route"] == "focal_point"
    assert result.changes == {"org_id": {"from": None, "to": "pmi"}, "route": {"from": "coordinator", "to": "focal_point"}}
    assert any("route set to focal_point" in n for n in result.notes)


def test_an_employer_named_for_an_unknown_perpetrator_still_goes_to_its_focal_point():
    unknown = {**HARASSMENT_UNKNOWN_EMPLOYER, "perpetrator_type": "unknown"}
    assert resolve(automatic=unknown, requested={"org_id": "wvi"}).values["route"] == "focal_point"


def test_a_community_member_goes_to_the_gbv_pathway_whatever_the_organisation():
    result = resolve(automatic=CHILD_ABUSE, requested={"perpetrator_type": "community_member"})
    assert result.values["route"] == "gbv_pathway"


def test_removing_the_employer_returns_the_case_to_the_coordinator():
    result = resolve(automatic=CHILD_ABUSE, requested={"org_id": None})
    assert result.values["route"] == "coordinator" and result.changes["org_id"] == {"from": "unicef", "to": None}


def test_a_child_raises_the_priority_to_critical_and_says_so():
    result = resolve(automatic=HARASSMENT_UNKNOWN_EMPLOYER, requested={"child_involved": True})
    assert result.values["priority"] == "critical" and result.clocks_changed
    assert "priority set to critical by the priority rule for the confirmed facts" in result.notes


def test_correcting_a_fact_the_classifier_was_unsure_of_lowers_the_priority_by_the_rule():
    result = resolve(automatic=CHILD_ABUSE, requested={"child_involved": False})
    assert result.values["priority"] == "high"  # abuse of an adult: high by the rule


def test_the_officer_may_raise_the_priority_but_not_below_the_rule():
    assert resolve(automatic=HARASSMENT_UNKNOWN_EMPLOYER, requested={"priority": "critical"}).values["priority"] == "critical"
    with pytest.raises(InvalidChange) as refused:
        resolve(automatic=CHILD_ABUSE, requested={"priority": "high"})
    assert refused.value.code == "priority_below_rule" and refused.value.status == 422


@pytest.mark.parametrize("requested,code", [
    ({"route": "focal_point"}, "route_needs_organisation"),
    ({"org_id": "no-such-org"}, "unknown_organisation"),
    ({"narrative": "x"}, "not_editable"),
])
def test_refused_changes(requested, code):
    with pytest.raises(InvalidChange) as refused:
        resolve(automatic=HARASSMENT_UNKNOWN_EMPLOYER, requested=requested)
    assert refused.value.code == code


_values = st.fixed_dictionaries({
    "category": st.sampled_from([c.value for c in Category]),
    "perpetrator_type": st.sampled_from(["aid_worker", "community_member", "unknown"]),
    "child_involved": st.booleans(), "urgent_medical": st.booleans(), "ongoing_danger": st.booleans(),
    "org_id": st.sampled_from([None, "pmi", "unicef"]),
})


@given(_values, _values)
def test_the_confirmed_priority_never_breaks_the_rule(auto, requested):
    automatic = {**auto, "priority": required_priority(
        category=Category(auto["category"]), child_involved=auto["child_involved"],
        urgent_medical=auto["urgent_medical"], ongoing_danger=auto["ongoing_danger"]).value,
        "route": "coordinator"}
    values = resolve(automatic=automatic, requested=requested).values
    rule = required_priority(category=Category(values["category"]), child_involved=values["child_involved"],
                             urgent_medical=values["urgent_medical"], ongoing_danger=values["ongoing_danger"])
    assert Priority(values["priority"]).rank >= rule.rank
    assert values["route"] != "focal_point" or values["org_id"]


def test_changes_distinguish_no_organisation_from_unchanged():
    assert Changes.model_validate({"org_id": None}).requested() == {"org_id": None}
    assert Changes.model_validate({"priority": "high"}).requested() == {"priority": "high"}
    with pytest.raises(ValueError):
        Changes.model_validate({"category": "rape"})


def test_open_clocks_follow_the_confirmed_facts_and_settled_ones_stay():
    received = datetime(2022, 12, 2, 10, 0, tzinfo=UTC)
    decision = TriageDecision(reference="PSEAH-X", source_event_id="e", received_at=received, automatic={},
                              route="coordinator", deadlines=[
                                  Deadline(kind="acknowledgement", due_at=received + timedelta(hours=24)),
                                  Deadline(kind="investigation_decision", due_at=received + timedelta(days=7),
                                           completed_at=received + timedelta(days=1))])
    values = {**HARASSMENT_UNKNOWN_EMPLOYER, "child_involved": True, "priority": "critical"}
    due = {d.kind: d for d in recompute_deadlines(decision=decision, values=values)}
    assert due["acknowledgement"].due_at == received + timedelta(hours=4)           # critical: 4 h
    assert due["referral_offered"].due_at == received + timedelta(hours=24)         # a child harmed: new clock
    assert due["investigation_decision"].completed_at is not None                   # settled: untouched
    not_misconduct = {**HARASSMENT_UNKNOWN_EMPLOYER, "category": "not_misconduct", "priority": "low"}
    kinds = {d.kind for d in recompute_deadlines(decision=decision, values=not_misconduct)}
    assert "referral_offered" not in kinds and "investigation_decision" in kinds     # settled stays even if void

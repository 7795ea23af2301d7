"""Which lane a case's events take on the cases stream (routing at flush time, no store needed when known)."""
from __future__ import annotations

from pseah.common.events import Topics
from pseah.referral.cases.models import Case
from pseah.referral.referrals.models import Referral
from pseah.referral.streams import CaseLanes


def test_a_critical_case_and_its_referrals_take_the_priority_lane_and_stay_there():
    lanes = CaseLanes(topic=Topics.CASES)
    critical = Case(reference="PSEAH-AAAA0001", priority="critical")
    assert lanes.route(critical, Topics.CASES) == Topics.priority(Topics.CASES)
    # The referral of the same case follows it (remembered from the case's own flush).
    assert lanes.route(Referral(id="r1", reference="PSEAH-AAAA0001"), Topics.CASES) == Topics.priority(Topics.CASES)
    # Re-prioritised lower later: its events stay on the lane the earlier ones took, so they keep their order.
    lowered = Case(reference="PSEAH-AAAA0001", priority="high")
    assert lanes.route(lowered, Topics.CASES) == Topics.priority(Topics.CASES)


def test_a_routine_case_stays_routine_and_other_topics_are_never_rerouted():
    lanes = CaseLanes(topic=Topics.CASES)
    routine = Case(reference="PSEAH-BBBB0002", priority="high")
    assert lanes.route(routine, Topics.CASES) == Topics.CASES
    assert lanes.route(Case(reference="PSEAH-CCCC0003", priority="critical"), Topics.NOTIFICATIONS) == \
        Topics.NOTIFICATIONS


def test_the_memory_is_bounded():
    lanes = CaseLanes(topic=Topics.CASES, size=2)
    for n in range(5):
        lanes.route(Case(reference=f"PSEAH-DDDD000{n}", priority="critical"), Topics.CASES)
    assert len(lanes._urgent) == 2

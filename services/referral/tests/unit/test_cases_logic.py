import json

import pytest

from pseah.common import payloads
from pseah.common.events import EventTypes, new_event
from pseah.referral.cases import assignment
from pseah.referral.cases.assignment import Assignee
from pseah.referral.cases.models import flags, triage_payload
from pseah.referral.cases.policy import Caller, Forbidden, can_see, scope
from pseah.referral.grpc.auth import bearer_token
from pseah.referral.grpc.convert import sealed_map

FP = Assignee(username="fp-unicef", email="fp-unicef@unicef.example", role="focal_point", org_id="unicef")
COORD = Assignee(username="coordinator", email="coordinator@pseah-network.example", role="coordinator",
                 org_id="pseah-network")


class FakeDirectory:
    def __init__(self, focal_points):
        self.focal_points = focal_points
        self.asked = []

    async def focal_point(self, org_id):
        self.asked.append(org_id)
        return self.focal_points.get(org_id)

    async def coordinator(self):
        return COORD


@pytest.mark.parametrize("org_id,route,expected_queue,expected", [
    ("unicef", "focal_point", "focal_point", FP),
    (None, "focal_point", "coordinator", COORD),
    ("unicef", "coordinator", "coordinator", COORD),
    ("unicef", "gbv_pathway", "gbv_pathway", COORD),
    ("no-fp-org", "focal_point", "coordinator", COORD),
])
async def test_choose_assignee(org_id, route, expected_queue, expected):
    directory = FakeDirectory({"unicef": FP})
    queue, who = await assignment.choose(org_id=org_id, route=route, directory=directory)
    assert (queue, who) == (expected_queue, expected)
    # The directory is only asked for a focal point on the focal-point route.
    assert directory.asked == ([org_id] if route == "focal_point" and org_id else [])


def test_assigned_event_view_has_exactly_the_contract_fields():
    assert FP.event_view() == {"username": "fp-unicef", "email": "fp-unicef@unicef.example", "role": "focal_point"}


def test_scope_and_visibility():
    fp = Caller(username="fp-unicef", org_id="unicef", roles=frozenset({"focal_point"}))
    other = Caller(username="fp-wfp", org_id="wfp", roles=frozenset({"focal_point"}))
    coordinator = Caller(username="coordinator", org_id="pseah-network", roles=frozenset({"coordinator"}))
    auditor = Caller(username="auditor", org_id="pseah-network", roles=frozenset({"auditor"}))
    assert scope(fp) == "unicef" and scope(coordinator) is None
    with pytest.raises(Forbidden):
        scope(auditor)
    assert can_see(fp, owner_org="unicef") and not can_see(other, owner_org="unicef")
    assert can_see(coordinator, owner_org="unicef") and not can_see(auditor, owner_org="unicef")


def test_triaged_flags_from_the_typed_payload_and_an_odd_reference_breaks_the_contract():
    data = {"reference": "PSEAH-7K3F9QX2", "category": "sexual_abuse", "priority": "high", "route": "coordinator",
            "deadlines": [], "sealed": {}, "child_involved": True, "urgent_medical": False, "unknown_field": 1}
    event = new_event(type=EventTypes.REPORT_TRIAGED, source="pseah/triage", subject="PSEAH-7K3F9QX2", data=data)
    triaged = triage_payload(event, payloads.ReportTriaged)
    assert flags(triaged) == ["child_involved"] and triaged.route == "coordinator"
    odd = new_event(type=EventTypes.REPORT_TRIAGED, source="pseah/triage", subject="x",
                    data={**data, "reference": "bad ref with spaces"})
    with pytest.raises(payloads.BreaksContract) as caught:
        triage_payload(odd, payloads.ReportTriaged)
    assert caught.value.fields == ["reference"] and "bad ref" not in str(caught.value)


def test_bearer_token_and_sealed_map():
    assert bearer_token([("x", "y"), ("authorization", "Bearer abc.def")]) == "abc.def"
    assert bearer_token([("authorization", "Basic abc")]) is None and bearer_token(None) is None
    assert sealed_map({"narrative": "v1.xx", "contact": None, "reasons": ["v1.a", "v1.b"]}) == {
        "narrative": "v1.xx", "reasons": json.dumps(["v1.a", "v1.b"], separators=(",", ":"))}


# case.investigation.updated.v1 carries `outcome` so the reporter's receipt can say how a case ended (where the
# coordinator's policy allows) from the closing event alone.
@pytest.mark.parametrize("status,current_status,current_outcome,expected", [
    ("substantiated", "in_progress", None, "substantiated"),
    ("referred_to_authorities", "substantiated", "substantiated", "referred_to_authorities"),
    ("closed", "substantiated", "substantiated", "substantiated"),
    ("closed", "unsubstantiated", None, "unsubstantiated"),  # stored before `outcome` existed
    ("in_progress", "substantiated", "substantiated", None),  # reopened: the finding is withdrawn
    ("closed", "in_progress", None, None),  # closed without a finding: no outcome to tell
    ("closed", "not_started", None, None),
])
def test_investigation_outcome_is_the_finding_in_force(status, current_status, current_outcome, expected):
    from pseah.referral.cases.models import investigation_outcome

    assert investigation_outcome(status=status, current_status=current_status,
                                 current_outcome=current_outcome) == expected

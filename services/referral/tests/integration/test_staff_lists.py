"""The staff lists on the real FerretDB: a focal point's inbox, the coordinator's board and a provider's referrals
are kept by the writes that change cases and referrals, page by cursor with filters, and read nothing but `_id`s
from collections that grow with reports (the query log names every other filter)."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from pseah.common.payloads import ReportTriaged
from pseah.common.testing import scratch_store
from pseah.referral.cases import lists as case_lists
from pseah.referral.cases import service as cases
from pseah.referral.cases.assignment import Assignee
from pseah.referral.cases.models import Case
from pseah.referral.matching.rules import Suggestion
from pseah.referral.referrals import service as referrals
from pseah.referral.referrals.models import CaseReferrals, DueReferrals, ProviderLoad, Referral, ReferralMark

pytestmark = pytest.mark.integration
MODELS = (Case, Referral, CaseReferrals, DueReferrals, ProviderLoad, ReferralMark)
NOW = datetime.now(UTC).replace(microsecond=0)
# Collections that grow with reports: a filter on them that is not an `_id` look-up is a scan on FerretDB.
GROWING = {"cases", "referrals", "case_lists", "referral_lists"}
FP = {"unicef": Assignee(username="fp-unicef", email="fp@unicef.test", role="focal_point", org_id="unicef"),
      "wvi": Assignee(username="fp-wvi", email="fp@wvi.test", role="focal_point", org_id="wvi")}


@pytest.fixture
def store(tmp_path):
    log = tmp_path / "queries.jsonl"
    with scratch_store(*MODELS, prefix="pseah_test_staff_lists", query_log=log):
        yield log


def _scans(log) -> list[dict]:
    if not log.exists():
        return []
    return [line for line in map(json.loads, log.read_text().splitlines()) if line["collection"] in GROWING]


def _case(n: int, *, org: str, priority: str, due_in_hours: float, region: str = "3203") -> Case:
    triaged = ReportTriaged(reference=f"PSEAH-L{n:07d}", region_code=region, priority=priority, org_id=org,
                            category="sexual_exploitation", route="focal_point", sealed={},
                            deadlines=[{"kind": "acknowledgement", "due_at": NOW + timedelta(hours=due_in_hours)},
                                       {"kind": "investigation", "due_at": NOW + timedelta(days=30)}])
    case, created = cases.create_assigned(triaged=triaged, queue="focal_point", assignee=FP[org], portal_url="-",
                                          cause_event_id=f"e{n}", topic="pseah.cases.v1")
    assert created
    return case


def _all_pages(**kwargs) -> list[str]:
    refs, token = [], ""
    for _ in range(50):
        found, token = cases.list_cases(after=token, **kwargs)
        refs += [c.reference for c in found]
        if not token:
            return refs
    raise AssertionError("paging never ended")


def test_inbox_and_board_page_by_deadline_with_filters_reading_only_ids(store):
    # 120 cases of two organisations, deadlines spread over the hours before and after now.
    made = [_case(n, org="unicef" if n % 3 else "wvi", priority=("critical", "high", "medium", "low")[n % 4],
                  due_in_hours=(n * 7) % 120 - 30.5, region="3203" if n % 5 else "5171") for n in range(120)]
    by_due = sorted(made, key=lambda c: (case_lists.next_due(c), c.reference))
    unicef = [c.reference for c in by_due if c.owner_org == "unicef"]

    first, token = cases.list_cases(owner_org="unicef", limit=50)
    assert len(first) == 50 and token
    # The inbox is the organisation's cases only, by deadline, across pages, each case once.
    assert _all_pages(owner_org="unicef", limit=50) == unicef
    # The coordinator's board: every organisation, overdue first (the list is by deadline).
    board = _all_pages(owner_org=None, limit=50)
    assert board == [c.reference for c in by_due]
    overdue = _all_pages(owner_org=None, filters=case_lists.Filters(deadline_state="overdue"))
    assert overdue == [c.reference for c in by_due if case_lists.next_due(c) < NOW] and overdue
    assert board[:len(overdue)] == overdue
    critical_bali = _all_pages(owner_org=None, filters=case_lists.Filters(priority="critical", region="51"))
    assert critical_bali == [c.reference for c in by_due if c.priority == "critical" and c.region_code == "5171"]
    assert case_lists.size(owner_org="unicef") == len(unicef)

    # Acknowledging stops the acknowledge clock: the case moves to its next deadline and shows its new status.
    target = cases.get(reference=unicef[0])
    cases.acknowledge(case=target, actor="fp-unicef", topic="pseah.cases.v1")
    acknowledged = _all_pages(owner_org="unicef", filters=case_lists.Filters(status="acknowledged"))
    assert acknowledged == [unicef[0]]
    assert _all_pages(owner_org="unicef")[-1] == unicef[0]  # its investigation deadline is the latest of all
    # A transfer takes the case out of one inbox and into the other.
    moved = cases.transfer(case=cases.get(reference=unicef[1]), to_org="wvi", reason="other", assignee=FP["wvi"],
                           actor="coordinator", portal_url="-", topic="pseah.cases.v1")
    assert unicef[1] not in _all_pages(owner_org="unicef") and unicef[1] in _all_pages(owner_org="wvi")
    # Closing moves the case to the closed lists; the open ones stay small.
    cases.report_investigation(case=moved, status="closed", actor="fp-wvi", topic="pseah.cases.v1")
    assert unicef[1] not in _all_pages(owner_org="wvi") and unicef[1] not in _all_pages(owner_org=None)
    assert _all_pages(owner_org="wvi", closed=True) == [unicef[1]]

    assert _scans(store) == []


def test_a_providers_referrals_page_newest_first_and_backfill_builds_every_list(store):
    for n in range(60):
        suggestion = Suggestion(provider_id=f"p{n % 2}", provider_org="pulih" if n % 2 else "kemenpppa",
                                service_type="psychosocial" if n % 3 else "medical", rank=1)
        referrals.create(reference=f"PSEAH-R{n:07d}", suggestion=suggestion, basis="consent",
                         respond_by=NOW + timedelta(hours=24), topic="pseah.cases.v1")
    refs, token = [], ""
    while True:
        found, token, total = referrals.list_referrals(provider_org="pulih", after=token, limit=20)
        refs += [r.reference for r in found]
        if not token:
            break
    assert len(refs) == len(set(refs)) == 30 == total
    one = referrals.get(referral_id=referrals.list_referrals(provider_org="pulih", limit=1)[0][0].id)
    referrals.transition(referral=one, to="declined", actor="provider-pulih", reason="no_capacity",
                         topic="pseah.cases.v1")
    # The declined referral leaves the open list and heads the list of every referral (most recently changed).
    assert one.id not in [r.id for r in referrals.list_referrals(provider_org="pulih", status="open", limit=50)[0]]
    assert referrals.list_referrals(provider_org="pulih", limit=1)[0][0].status == "declined"
    assert [r.id for r in referrals.list_referrals(provider_org="pulih", status="declined", limit=50)[0]] == [one.id]
    medical = referrals.list_referrals(provider_org=None, service_type="medical", limit=50)[0]
    assert len(medical) == 20 and {r.service_type for r in medical} == {"medical"}
    assert _scans(store) == []

    # A store from before the lists: only cases and referrals. The back-fill (run at start) rebuilds them once.
    _case(900, org="wvi", priority="high", due_in_hours=5)
    db = Case._get_collection().database
    db["case_lists"].delete_many({"_id": {"$in": [d["_id"] for d in db["case_lists"].find({}, {"_id": 1})]}})
    db["referral_lists"].drop()
    assert cases.list_cases(owner_org="wvi")[0] == []
    assert referrals.backfill_read_models(now=NOW) == 60
    assert [c.reference for c in cases.list_cases(owner_org="wvi")[0]] == ["PSEAH-L0000900"]
    assert len(referrals.list_referrals(provider_org="pulih", limit=50)[0]) == 30
    assert referrals.backfill_read_models(now=NOW) == 0

"""A provider's referrals: the work list scoped to its organisation, accept, decline with a reason, complete or
fail; CSRF on every answer; another organisation's referral is the same 404 as an unknown one."""
from __future__ import annotations

import pytest

from pseah.portal.referrals.models import ReferralView, provider_order

RID = "0b9f6d1e-8d7c-5b1a-9e3f-000000000001"
OTHER = "0b9f6d1e-8d7c-5b1a-9e3f-000000000002"


def provider(env, client, username="provider-pulih", org="pulih"):
    env.log_in(client, username=username, org_id=org, roles=("service_provider",))


def test_the_work_list_shows_only_the_organisations_referrals_with_what_it_needs_to_serve(env):
    env.referrals.add(RID, reference="PSEAH-PULIH001", provider_org="pulih")
    env.referrals.add(OTHER, reference="PSEAH-KEMEN001", provider_org="kemenpppa", provider_id="p2")
    client = env.client()
    provider(env, client)
    page = client.get("/referrals?lang=en")
    assert page.status_code == 200
    assert "PSEAH-PULIH001" in page.text and "PSEAH-KEMEN001" not in page.text
    assert "Yayasan Pulih" in page.text  # the provider's name from the service map, not only its id
    assert "Psychosocial" in page.text and "Answer by" in page.text
    assert f'action="/referrals/{RID}/accept"' in page.text and f'action="/referrals/{RID}/decline"' in page.text
    assert f"/referrals/{OTHER}/" not in page.text


def test_portal_rechecks_the_organisation_even_if_the_service_leaks(env, csrf):
    env.referrals.add(OTHER, reference="PSEAH-KEMEN002", provider_org="kemenpppa")
    env.referrals.list_referrals = lambda *, token, status="": list(env.referrals.items.values())  # a bug there
    client = env.client()
    provider(env, client)
    assert "PSEAH-KEMEN002" not in client.get("/referrals").text
    # No form on an empty list: the token comes from another page of the same browser (one CSRF secret per cookie).
    token = csrf(client, "/")
    assert client.post(f"/referrals/{OTHER}/accept", data={"csrf_token": token}).status_code == 404
    assert env.referrals.answers == []


def test_accept_needs_csrf_then_accepts_and_says_so(env, csrf):
    env.referrals.add(RID, reference="PSEAH-PULIH002", provider_org="pulih")
    client = env.client()
    provider(env, client)
    assert client.post(f"/referrals/{RID}/accept").status_code == 403
    assert client.post(f"/referrals/{RID}/accept", data={"csrf_token": "0" * 64}).status_code == 403
    assert env.referrals.answers == []
    token = csrf(client, "/referrals")
    done = client.post(f"/referrals/{RID}/accept", data={"csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == "/referrals?done=accepted"
    assert env.referrals.answers == [(RID, "accepted", "", "provider-pulih")]
    page = client.get(done.headers["location"])
    assert 'id="referral-done"' in page.text and "Rujukan diterima." in page.text
    # Accepted: now it can be completed or failed, no longer accepted or declined.
    assert f'action="/referrals/{RID}/complete"' in page.text and f'action="/referrals/{RID}/accept"' not in page.text


def test_decline_needs_a_known_reason_code(env, csrf):
    env.referrals.add(RID, reference="PSEAH-PULIH003", provider_org="pulih")
    client = env.client()
    provider(env, client)
    token = csrf(client, "/referrals")
    for bad in ("", "kami sibuk", "no_response"):
        page = client.post(f"/referrals/{RID}/decline", data={"csrf_token": token, "reason": bad})
        assert page.status_code == 422 and "Pilih alasan menolak." in page.text
    assert env.referrals.answers == []
    done = client.post(f"/referrals/{RID}/decline", data={"csrf_token": token, "reason": "no_capacity"})
    assert done.status_code == 303 and done.headers["location"] == "/referrals?done=declined"
    assert env.referrals.answers == [(RID, "declined", "no_capacity", "provider-pulih")]
    page = client.get("/referrals?lang=en")
    assert "No capacity" in page.text and 'id="referrals-done"' in page.text


@pytest.mark.parametrize(("form", "expected"), [
    ({"outcome": "completed"}, (RID, "completed", "", "provider-pulih")),
    ({"outcome": "completed", "reason": "ignored_when_completed"}, (RID, "completed", "", "provider-pulih")),
    ({"outcome": "failed", "reason": "survivor_unreachable"}, (RID, "failed", "survivor_unreachable", "provider-pulih")),
])
def test_complete_or_fail_an_accepted_referral(env, csrf, form, expected):
    env.referrals.add(RID, reference="PSEAH-PULIH004", provider_org="pulih", status="accepted")
    client = env.client()
    provider(env, client)
    done = client.post(f"/referrals/{RID}/complete", data={"csrf_token": csrf(client, "/referrals"), **form})
    assert done.status_code == 303 and done.headers["location"] == f"/referrals?done={expected[1]}"
    assert env.referrals.answers == [expected]


def test_failing_needs_a_reason_and_an_unknown_outcome_is_refused(env, csrf):
    env.referrals.add(RID, reference="PSEAH-PULIH005", provider_org="pulih", status="accepted")
    client = env.client()
    provider(env, client)
    token = csrf(client, "/referrals")
    assert client.post(f"/referrals/{RID}/complete", data={"csrf_token": token, "outcome": "failed"}).status_code == 422
    assert client.post(f"/referrals/{RID}/complete", data={"csrf_token": token, "outcome": "done"}).status_code == 422
    assert env.referrals.answers == []


def test_an_answer_to_an_already_answered_referral_is_a_conflict_not_an_error(env, csrf):
    env.referrals.add(RID, reference="PSEAH-PULIH006", provider_org="pulih", status="completed")
    client = env.client()
    provider(env, client)
    page = client.post(f"/referrals/{RID}/accept", data={"csrf_token": csrf(client, "/")})
    assert page.status_code == 409 and 'id="referrals-error"' in page.text
    assert "PSEAH-PULIH006" in page.text  # the list is shown again, with its current status


def test_other_organisations_referral_and_an_unknown_one_look_the_same(env, csrf):
    env.referrals.add(OTHER, reference="PSEAH-KEMEN003", provider_org="kemenpppa")
    client = env.client()
    provider(env, client)
    token = csrf(client, "/")
    other = client.post(f"/referrals/{OTHER}/accept", data={"csrf_token": token})
    missing = "0b9f6d1e-8d7c-5b1a-9e3f-00000000ffff"
    unknown = client.post(f"/referrals/{missing}/accept", data={"csrf_token": token})
    assert other.status_code == unknown.status_code == 404
    # Only the address (in the language switch link) differs.
    assert other.text.replace(OTHER, "ID") == unknown.text.replace(missing, "ID")
    assert client.post(f"/referrals/{OTHER}/delete", data={"csrf_token": token}).status_code == 404
    assert client.post("/referrals/..%2Fcases/accept", data={"csrf_token": token}).status_code == 404
    assert env.referrals.answers == []


def test_referral_service_down_is_a_503_with_a_notice(env):
    env.referrals.down = True
    client = env.client()
    provider(env, client)
    page = client.get("/referrals")
    assert page.status_code == 503 and 'id="referrals-error"' in page.text


def test_other_roles_cannot_open_or_answer(env, csrf):
    env.referrals.add(RID, reference="PSEAH-PULIH007", provider_org="pulih")
    client = env.client()
    env.log_in(client, username="fp-unicef", org_id="unicef", roles=("focal_point",))
    token = csrf(client, "/")
    assert client.get("/referrals").status_code == 403
    assert client.post(f"/referrals/{RID}/accept", data={"csrf_token": token}).status_code == 403
    assert env.referrals.answers == []


def test_work_list_order_new_by_answer_deadline_then_accepted_then_done_most_recent_first():
    from datetime import UTC, datetime, timedelta

    t0 = datetime(2025, 1, 1, tzinfo=UTC)

    def r(i, status, due_h=0, upd_h=0):
        return ReferralView(id=f"r{i}", reference=f"PSEAH-{i}", service_type="legal", provider_id="p",
                            provider_org="o", status=status, respond_by=t0 + timedelta(hours=due_h),
                            updated_at=t0 + timedelta(hours=upd_h))

    open_, done = provider_order([r(1, "accepted"), r(2, "created", 5), r(3, "created", 1), r(4, "completed", upd_h=1),
                                  r(5, "declined", upd_h=3)])
    assert [x.id for x in open_] == ["r3", "r2", "r1"]
    assert [x.id for x in done] == ["r5", "r4"]

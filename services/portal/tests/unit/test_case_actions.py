"""The focal point's case page actions: investigation status, close with an outcome (final), the thread with the
reporter (read and reply through intake with the user's token); CSRF on each, another organisation's case is 404."""
from __future__ import annotations

from dataclasses import replace

import pytest

REF = "PSEAH-INV00001"


def focal_point(env, client):
    env.log_in(client, username="fp-unicef", org_id="unicef", roles=("focal_point",))


def test_investigation_status_form_updates_and_says_so(env, csrf):
    env.add_case(REF, org_id="unicef", narrative="n")
    client = env.client()
    focal_point(env, client)
    page = client.get(f"/cases/{REF}?lang=en")
    assert f'action="/cases/{REF}/investigation"' in page.text and f'action="/cases/{REF}/close"' in page.text
    assert client.post(f"/cases/{REF}/investigation", data={"status": "in_progress"}).status_code == 403
    token = csrf(client, f"/cases/{REF}")
    done = client.post(f"/cases/{REF}/investigation", data={"csrf_token": token, "status": "in_progress"})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{REF}?done=investigation#investigation"
    assert env.cases.investigations == [(REF, "in_progress")]
    page = client.get(f"/cases/{REF}?done=investigation&lang=en")
    assert 'id="case-notice"' in page.text and "Investigation status saved." in page.text
    assert '<dd id="investigation-status">In progress</dd>' in page.text


@pytest.mark.parametrize("status", ["closed", "", "dismissed"])
def test_the_status_form_cannot_close_or_send_unknown_values(env, csrf, status):
    env.add_case(REF, org_id="unicef")
    client = env.client()
    focal_point(env, client)
    done = client.post(f"/cases/{REF}/investigation", data={"csrf_token": csrf(client, f"/cases/{REF}"), "status": status})
    assert done.status_code == 303 and "error=inv_invalid" in done.headers["location"]
    assert env.cases.investigations == []


def test_close_reports_the_outcome_then_closed_and_the_forms_go(env, csrf):
    env.add_case(REF, org_id="unicef", narrative="n")
    client = env.client()
    focal_point(env, client)
    token = csrf(client, f"/cases/{REF}")
    assert client.post(f"/cases/{REF}/close", data={"csrf_token": token, "outcome": ""}).status_code == 303
    assert env.cases.investigations == []
    done = client.post(f"/cases/{REF}/close", data={"csrf_token": token, "outcome": "substantiated"})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{REF}?done=closed#investigation"
    # The outcome first, then the final status: the closing event's previous_status is the outcome.
    assert env.cases.investigations == [(REF, "substantiated"), (REF, "closed")]
    page = client.get(f"/cases/{REF}?done=closed&lang=en")
    assert "The case is closed." in page.text and '<dd id="investigation-status">Closed</dd>' in page.text
    assert f'action="/cases/{REF}/investigation"' not in page.text and f'action="/cases/{REF}/close"' not in page.text
    # Closed is final: neither form changes it again.
    again = client.post(f"/cases/{REF}/investigation", data={"csrf_token": token, "status": "in_progress"})
    assert again.status_code == 303 and "error=inv_closed" in again.headers["location"]
    assert len(env.cases.investigations) == 2


def test_close_when_the_outcome_is_already_the_status_only_closes(env, csrf):
    case = env.add_case(REF, org_id="unicef")
    env.cases.cases[REF] = replace(case, investigation_status="unsubstantiated")
    client = env.client()
    focal_point(env, client)
    client.post(f"/cases/{REF}/close", data={"csrf_token": csrf(client, f"/cases/{REF}"), "outcome": "unsubstantiated"})
    assert env.cases.investigations == [(REF, "closed")]


def test_another_organisations_case_cannot_be_updated_closed_or_written_to(env, csrf):
    env.add_case("PSEAH-WFP00009", org_id="wfp")
    env.intake.case_threads["PSEAH-WFP00009"] = ("wfp", [])
    client = env.client()
    focal_point(env, client)
    token = csrf(client, "/")
    for path, form in (("investigation", {"status": "in_progress"}), ("close", {"outcome": "substantiated"}),
                       ("messages", {"text": "halo"})):
        other = client.post(f"/cases/PSEAH-WFP00009/{path}", data={"csrf_token": token, **form})
        unknown = client.post(f"/cases/PSEAH-NONE0009/{path}", data={"csrf_token": token, **form})
        assert other.status_code == unknown.status_code == 404, path
    assert env.cases.investigations == []
    assert env.intake.case_calls == []  # intake was never asked


def test_referral_service_down_keeps_the_case_and_says_the_status_was_not_saved(env, csrf):
    env.add_case(REF, org_id="unicef")
    client = env.client()
    focal_point(env, client)
    env.cases.down = True
    done = client.post(f"/cases/{REF}/investigation",
                       data={"csrf_token": csrf(client, f"/cases/{REF}"), "status": "in_progress"})
    assert done.status_code == 303 and "error=inv_failed" in done.headers["location"]
    env.cases.down = False
    page = client.get(done.headers["location"].split("#")[0] + "&lang=en")
    assert 'id="case-alert"' in page.text and "was not saved" in page.text


def test_the_thread_with_the_reporter_is_shown_escaped_with_the_users_own_token(env):
    env.add_case(REF, org_id="unicef", narrative="n")
    env.intake.case_threads[REF] = ("unicef", [
        {"id": "m1", "author": "reporter", "text": "<img src=x onerror=alert(1)> tolong", "created_at": "2024-05-01T10:00:00Z"},
        {"id": "m2", "author": "handler", "role": "focal_point", "text": "Kami menerima laporan Anda",
         "created_at": "2024-05-01T11:00:00Z"}])
    client = env.client()
    focal_point(env, client)
    page = client.get(f"/cases/{REF}?lang=en")
    assert page.status_code == 200
    assert "&lt;img src=x onerror=alert(1)&gt; tolong" in page.text and "<img src=x" not in page.text
    # No region on the case: Jakarta time (WIB), with UTC beside it.
    assert "Kami menerima laporan Anda" in page.text and "2024-05-01 17:00 WIB (10:00 UTC)" in page.text
    assert env.intake.case_calls == [("GET", REF, "token-fp-unicef")]


def test_reply_goes_to_intake_and_comes_back_in_the_thread(env, csrf):
    env.add_case(REF, org_id="unicef")
    env.intake.case_threads[REF] = ("unicef", [])
    client = env.client()
    focal_point(env, client)
    token = csrf(client, f"/cases/{REF}")
    assert client.post(f"/cases/{REF}/messages", data={"text": "tanpa token"}).status_code == 403
    for bad in ("", "   ", "x" * 5001):
        done = client.post(f"/cases/{REF}/messages", data={"csrf_token": token, "text": bad})
        assert done.status_code == 303 and "error=reply_invalid" in done.headers["location"]
    assert [c for c in env.intake.case_calls if c[0] == "POST"] == []
    done = client.post(f"/cases/{REF}/messages", data={"csrf_token": token, "text": "Bisakah Anda datang ke posko?"})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{REF}?done=reply#messages"
    assert ("POST", REF, "token-fp-unicef") in env.intake.case_calls
    page = client.get(f"/cases/{REF}?done=reply")
    assert "Balasan terkirim." in page.text and "Bisakah Anda datang ke posko?" in page.text


def test_intake_not_knowing_the_case_yet_or_down_leaves_the_case_page_up(env):
    env.add_case(REF, org_id="unicef", narrative="isi laporan")
    client = env.client()
    focal_point(env, client)
    page = client.get(f"/cases/{REF}")
    assert page.status_code == 200 and "isi laporan" in page.text
    assert 'id="messages-error"' in page.text and 'action="/cases/' + REF + '/messages"' not in page.text
    env.intake.mode = "down"
    page = client.get(f"/cases/{REF}")
    assert page.status_code == 200 and 'id="messages-error"' in page.text


def test_coordinator_sees_the_forms_on_any_organisations_case(env):
    env.add_case(REF, org_id="wfp")
    env.intake.case_threads[REF] = ("wfp", [])
    client = env.client()
    env.log_in(client, username="coordinator", org_id="pseah-network", roles=("coordinator",))
    page = client.get(f"/cases/{REF}")
    assert page.status_code == 200 and f'action="/cases/{REF}/close"' in page.text
    assert f'action="/cases/{REF}/messages"' in page.text


def test_scope_follows_the_holder_of_the_case_not_only_the_triaged_employer(env):
    from pseah.portal.cases.flows import in_scope
    from pseah.portal.cases.models import CaseView
    from pseah.portal.sessions.models import SessionUser

    fp = SessionUser(subject="s", username="fp-unicef", org_id="unicef", roles=frozenset({"focal_point"}))
    # Triaged to UNICEF but held by the coordinator (UNICEF has no focal point on record): not UNICEF's to see.
    assert not in_scope(user=fp, case=CaseView(reference="R", org_id="unicef", owner_org="pseah-network"))
    assert in_scope(user=fp, case=CaseView(reference="R", org_id=None, owner_org="unicef"))
    assert in_scope(user=fp, case=CaseView(reference="R", org_id="unicef"))

"""Focal point pages: inbox by deadline, organisation scope, audited content reads, acknowledge."""
from __future__ import annotations


def test_cases_need_login(env):
    response = env.client().get("/cases")
    assert response.status_code == 303 and response.headers["location"] == "/login?next=/cases"


def test_a_reporter_role_without_case_access_is_forbidden(env):
    client = env.client()
    env.log_in(client, username="aud", roles=("auditor",))
    assert client.get("/cases").status_code == 403


def test_inbox_lists_own_organisation_sorted_by_deadline(env):
    env.add_case("PSEAH-LATER001", org_id="unicef", due_hours=48)
    env.add_case("PSEAH-SOON0001", org_id="unicef", due_hours=2)
    env.add_case("PSEAH-OTHER001", org_id="wfp", due_hours=1)
    client = env.client()
    env.log_in(client)
    page = client.get("/cases")
    assert page.status_code == 200
    assert page.text.index("PSEAH-SOON0001") < page.text.index("PSEAH-LATER001")
    assert "PSEAH-OTHER001" not in page.text


def test_case_page_audits_before_showing_the_escaped_narrative(env):
    env.add_case("PSEAH-CASE0001", org_id="unicef", narrative="<script>alert('x')</script> imbalan beras")
    client = env.client()
    env.log_in(client)
    page = client.get("/cases/PSEAH-CASE0001")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; imbalan beras" in page.text
    assert "<script>alert" not in page.text
    (event,) = env.auditor.events
    assert event.type == "case.content.read.v1" and event.source == "pseah/portal"
    assert event.subject == "PSEAH-CASE0001" and event.actor == "fp-unicef"
    assert event.data == {"reference": "PSEAH-CASE0001", "actor": "fp-unicef", "org_id": "unicef",
                          "role": "focal_point", "fields": ["narrative"], "via": "portal"}
    assert "imbalan" not in event.to_bytes().decode()


def test_no_audit_record_no_content(env):
    env.add_case("PSEAH-CASE0002", org_id="unicef", narrative="RAHASIA")
    env.auditor.fail = True
    client = env.client()
    env.log_in(client)
    page = client.get("/cases/PSEAH-CASE0002")
    assert page.status_code == 503
    assert "RAHASIA" not in page.text


def test_another_organisations_case_is_404_like_an_unknown_one(env):
    env.add_case("PSEAH-WFP00001", org_id="wfp", narrative="milik WFP")
    client = env.client()
    env.log_in(client)
    other = client.get("/cases/PSEAH-WFP00001")
    unknown = client.get("/cases/PSEAH-NONE0001")
    assert other.status_code == unknown.status_code == 404
    assert other.text.replace("PSEAH-WFP00001", "REF") == unknown.text.replace("PSEAH-NONE0001", "REF")
    assert "milik WFP" not in other.text
    assert env.auditor.events == []


def test_portal_rechecks_scope_even_if_the_service_leaks(env):
    env.add_case("PSEAH-WFP00002", org_id="wfp", narrative="bocor")
    client = env.client()
    env.log_in(client)
    env.cases._visible = lambda token, case: True  # a bug in the referral service
    page = client.get("/cases/PSEAH-WFP00002")
    assert page.status_code == 404 and "bocor" not in page.text
    assert env.auditor.events == []


def test_acknowledge_needs_csrf(env, csrf):
    env.add_case("PSEAH-ACK00001", org_id="unicef", narrative="n")
    client = env.client()
    env.log_in(client)
    assert client.post("/cases/PSEAH-ACK00001/acknowledge").status_code == 403
    assert env.cases.acknowledged == []
    token = csrf(client, "/logout")
    response = client.post("/cases/PSEAH-ACK00001/acknowledge", data={"csrf_token": token})
    assert response.status_code == 303 and response.headers["location"] == "/cases/PSEAH-ACK00001?acked=1"
    assert env.cases.acknowledged == ["PSEAH-ACK00001"]
    page = client.get(response.headers["location"])
    # The status as a label in the page's language, never the code.
    assert "Kasus sudah dikonfirmasi." in page.text and "Dikonfirmasi diterima" in page.text
    assert ">acknowledged<" not in page.text


def test_acknowledging_another_organisations_case_is_404(env, csrf):
    env.add_case("PSEAH-WFP00003", org_id="wfp")
    client = env.client()
    env.log_in(client)
    response = client.post("/cases/PSEAH-WFP00003/acknowledge", data={"csrf_token": csrf(client, "/logout")})
    assert response.status_code == 404 and env.cases.acknowledged == []


def test_coordinator_sees_every_organisation(env):
    env.add_case("PSEAH-WFP00004", org_id="wfp", narrative="n")
    client = env.client()
    env.log_in(client, username="coord", org_id="pseah-network", roles=("coordinator",))
    assert "PSEAH-WFP00004" in client.get("/cases").text
    assert client.get("/cases/PSEAH-WFP00004").status_code == 200
    assert env.auditor.events[-1].data["role"] == "coordinator"

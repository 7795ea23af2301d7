"""/triage against a fake triage API: the queue, the decision page, confirm and change with CSRF."""
from __future__ import annotations


def _officer(env, client, username="triage-officer"):
    env.log_in(client, username=username, org_id="pseah-network", roles=("triage_officer",))


def test_the_queue_lists_decisions_most_urgent_first_with_a_confirm_form(env, csrf):
    env.triage.add("PSEAH-TRIMED01", priority="medium")
    env.triage.add("PSEAH-TRICRT01", priority="critical", child_involved=True, related=("PSEAH-TRIMED01",))
    client = env.client()
    _officer(env, client)
    page = client.get("/triage?lang=en")
    assert page.status_code == 200
    assert page.text.index("PSEAH-TRICRT01") < page.text.index("PSEAH-TRIMED01")
    assert 'action="/triage/PSEAH-TRICRT01/confirm"' in page.text and "Confirm as proposed" in page.text
    assert 'href="/triage/PSEAH-TRIMED01">PSEAH-TRIMED01</a> (64%)' in page.text  # the related report
    assert env.triage.calls == [("queue", "token-triage-officer")]  # the user's own token


def test_confirming_as_proposed_needs_the_csrf_token_and_sends_no_change(env, csrf):
    env.triage.add("PSEAH-TRICNF01")
    client = env.client()
    _officer(env, client)
    refused = client.post("/triage/PSEAH-TRICNF01/confirm", data={"action": "confirm"})
    assert refused.status_code == 403 and not [c for c in env.triage.calls if c[0] == "confirm"]
    token = csrf(client, "/triage")
    done = client.post("/triage/PSEAH-TRICNF01/confirm", data={"action": "confirm", "csrf_token": token})
    assert done.status_code == 303 and done.headers["location"] == "/triage?done=PSEAH-TRICNF01"
    assert ("confirm", "token-triage-officer", "PSEAH-TRICNF01", {}, None) in env.triage.calls
    after = client.get("/triage?done=PSEAH-TRICNF01&lang=en")
    assert 'id="triage-done"' in after.text and 'id="item-PSEAH-TRICNF01"' not in after.text


def test_the_decision_page_shows_reasons_related_reports_and_a_change_form(env):
    env.triage.add("PSEAH-TRIDEC01", related=("PSEAH-TRIOLD01",))
    client = env.client()
    _officer(env, client)
    page = client.get("/triage/PSEAH-TRIDEC01?lang=en")
    assert page.status_code == 200
    assert "whistling, catcalls" in page.text                              # the reasons (read recorded by triage)
    assert "same organisation, 64% similar wording" in page.text
    assert 'name="was_priority" value="medium"' in page.text and 'id="triage-form"' in page.text


def test_only_the_fields_the_officer_changed_are_sent(env, csrf):
    env.triage.add("PSEAH-TRICHG01")
    client = env.client()
    _officer(env, client)
    token = csrf(client, "/triage/PSEAH-TRICHG01")
    form = {"csrf_token": token, "action": "change", "reason": "The survivor is 16.",
            "category": "sexual_harassment", "was_category": "sexual_harassment",
            "perpetrator_type": "aid_worker", "was_perpetrator_type": "aid_worker",
            "priority": "medium", "was_priority": "medium", "route": "coordinator", "was_route": "coordinator",
            "child_involved": "true", "was_child_involved": "false",
            "urgent_medical": "false", "was_urgent_medical": "false", "org_id": "pmi", "was_org_id": ""}
    done = client.post("/triage/PSEAH-TRICHG01/confirm", data=form)
    assert done.status_code == 303
    assert ("confirm", "token-triage-officer", "PSEAH-TRICHG01", {"child_involved": True, "org_id": "pmi"},
            "The survivor is 16.") in env.triage.calls


def test_a_refusal_is_explained_on_the_decision_page(env, csrf):
    env.triage.add("PSEAH-TRIREF01")
    env.triage.refuse_with = (422, "priority_below_rule")
    client = env.client()
    _officer(env, client)
    token = csrf(client, "/triage/PSEAH-TRIREF01")
    back = client.post("/triage/PSEAH-TRIREF01/confirm", data={
        "csrf_token": token, "action": "change", "priority": "low", "was_priority": "medium", "reason": "x"})
    assert back.status_code == 303 and back.headers["location"] == "/triage/PSEAH-TRIREF01?error=priority_below_rule"
    page = client.get(back.headers["location"] + "&lang=en")
    assert "below what the rule requires" in page.text


def test_a_down_triage_service_says_so(env):
    env.triage.down = True
    client = env.client()
    _officer(env, client)
    page = client.get("/triage?lang=en")
    assert page.status_code == 503 and "triage service cannot be reached" in page.text


def test_an_unknown_reference_is_not_found(env):
    client = env.client()
    _officer(env, client)
    assert client.get("/triage/PSEAH-NOSUCH01").status_code == 404
    assert client.get("/triage/not a ref").status_code == 404

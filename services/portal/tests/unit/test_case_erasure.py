"""The coordinator's erase form on the case page: intake is called with the coordinator's token, a reason code and a
decision reference; a focal point has no form and is refused; after the erasure the page says so, records no read
and shows no content."""
from __future__ import annotations

import pytest

from pseah.portal.cases import erasure

REF = "PSEAH-ERA00001"
NARRATIVE = "kanari-narasi-7f3a"


def coordinator(env, client):
    env.log_in(client, username="coordinator", org_id=None, roles=("coordinator",))


def case_with_thread(env, org_id="unicef"):
    env.add_case(REF, org_id=org_id, narrative=NARRATIVE)
    env.intake.case_threads[REF] = (org_id, [{"id": "m0", "author": "reporter", "text": "pesan kanari",
                                              "created_at": "2024-01-01T00:00:00Z"}])


def test_a_coordinator_sees_the_form_and_erasing_destroys_the_content_shown(env, csrf):
    case_with_thread(env)
    client = env.client()
    coordinator(env, client)
    page = client.get(f"/cases/{REF}?lang=en")
    assert NARRATIVE in page.text and f'action="/cases/{REF}/erase"' in page.text
    for reason in erasure.REASONS:
        assert f'<option value="{reason}">' in page.text
    token = csrf(client, f"/cases/{REF}")
    done = client.post(f"/cases/{REF}/erase", data={"csrf_token": token, "reason": "survivor_request",
                                                     "decision": "DPO-2026/014", "confirm": "yes"})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{REF}?done=erased"
    [(reference, body, bearer)] = env.intake.erasures
    assert reference == REF and body == {"reason": "survivor_request", "decision": "DPO-2026/014"}
    assert bearer == "token-coordinator"
    reads_before = len(env.auditor.events)
    page = client.get(f"/cases/{REF}?done=erased&lang=en")
    assert page.status_code == 200
    assert "erased for good" in page.text and "This case&#39;s content has been permanently erased." in page.text
    assert NARRATIVE not in page.text and "pesan kanari" not in page.text
    assert "This case&#39;s messages have been erased for good." in page.text
    assert f'action="/cases/{REF}/erase"' not in page.text and f'action="/cases/{REF}/messages"' not in page.text
    # Nothing could be read, so no read is on record.
    assert len(env.auditor.events) == reads_before


def test_a_second_erasure_says_it_was_done_already(env, csrf):
    case_with_thread(env)
    env.intake.erased.add(REF)
    client = env.client()
    coordinator(env, client)
    done = client.post(f"/cases/{REF}/erase", data={"csrf_token": csrf(client, "/"), "reason": "entered_in_error",
                                                     "confirm": "yes"})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{REF}?done=already_erased"
    assert env.intake.erasures[0][1] == {"reason": "entered_in_error"}


def test_a_focal_point_has_no_form_and_is_refused_without_a_call(env, csrf):
    case_with_thread(env)
    client = env.client()
    env.log_in(client, username="fp-unicef", org_id="unicef", roles=("focal_point",))
    page = client.get(f"/cases/{REF}")
    assert NARRATIVE in page.text and f'action="/cases/{REF}/erase"' not in page.text
    refused = client.post(f"/cases/{REF}/erase", data={"csrf_token": csrf(client, "/"), "reason": "survivor_request",
                                                        "confirm": "yes"})
    assert refused.status_code == 403
    assert env.intake.erasures == [] and REF in env.keyring.keys


@pytest.mark.parametrize("form", [
    {"reason": "survivor_request"},                                     # not confirmed
    {"reason": "", "confirm": "yes"},                                   # no reason
    {"reason": "retention_expired", "confirm": "yes"},                  # the policy's reason, not a person's
    {"reason": "because", "confirm": "yes"},
    {"reason": "safety_risk", "confirm": "yes", "decision": "nama: Siti, tenda 4"},  # a sentence, not a reference
])
def test_an_incomplete_or_free_text_form_changes_nothing(env, csrf, form):
    case_with_thread(env)
    client = env.client()
    coordinator(env, client)
    done = client.post(f"/cases/{REF}/erase", data={"csrf_token": csrf(client, "/"), **form})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{REF}?error=erase_invalid#erase"
    assert env.intake.erasures == [] and REF in env.keyring.keys


def test_without_csrf_nothing_is_sent(env):
    case_with_thread(env)
    client = env.client()
    coordinator(env, client)
    assert client.post(f"/cases/{REF}/erase", data={"reason": "survivor_request", "confirm": "yes"}).status_code == 403
    assert env.intake.erasures == []


def test_intake_down_asks_to_try_again(env, csrf):
    case_with_thread(env)
    client = env.client()
    coordinator(env, client)
    token = csrf(client, "/")
    env.intake.mode = "down"
    done = client.post(f"/cases/{REF}/erase", data={"csrf_token": token, "reason": "legal_obligation",
                                                     "confirm": "yes"})
    assert done.status_code == 303 and done.headers["location"] == f"/cases/{REF}?error=erase_failed#erase"
    assert REF in env.keyring.keys


def test_an_unknown_case_is_404_and_nothing_is_sent(env, csrf):
    client = env.client()
    coordinator(env, client)
    done = client.post("/cases/PSEAH-NONE0001/erase", data={"csrf_token": csrf(client, "/"),
                                                             "reason": "survivor_request", "confirm": "yes"})
    assert done.status_code == 404 and env.intake.erasures == []


def test_a_case_whose_key_is_gone_records_no_read(env):
    # Erased by the CLI or another portal replica: the key store is asked, not a cached copy.
    env.add_case(REF, org_id="unicef", narrative=NARRATIVE)
    env.keyring.keys.pop(REF)
    client = env.client()
    env.log_in(client, username="fp-unicef", org_id="unicef", roles=("focal_point",))
    page = client.get(f"/cases/{REF}?lang=en")
    assert page.status_code == 200 and "permanently erased" in page.text
    assert env.auditor.events == []


def test_the_portals_reasons_are_intakes_but_the_policys_own():
    from pseah.intake.erasure.models import REASONS

    assert set(erasure.REASONS) == set(REASONS) - {"retention_expired"}

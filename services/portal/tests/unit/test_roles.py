"""Role pages: triage queue, provider referrals, coordinator board and service map, auditor trail; the role matrix."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pseah.portal import navigation
from pseah.portal.cases.flows import overdue_kinds
from pseah.portal.cases.models import CaseView, Deadline
from pseah.portal.sessions.models import SessionUser

ROLES = {"fp-unicef": ("unicef", "focal_point"), "triage-officer": ("pseah-network", "triage_officer"),
         "provider-pulih": ("pulih", "service_provider"), "coordinator": ("pseah-network", "coordinator"),
         "auditor": ("pseah-network", "auditor"), "operator": ("pseah-network", "operator")}
ALLOWED = {"/cases": {"fp-unicef", "coordinator"}, "/triage": {"triage-officer", "coordinator"},
           "/referrals": {"provider-pulih"}, "/coordinator": {"coordinator"}, "/audit": {"auditor"}}


@pytest.mark.parametrize("path", sorted(ALLOWED))
def test_every_staff_page_needs_a_login(env, path):
    response = env.client().get(path)
    assert response.status_code == 303 and response.headers["location"] == f"/login?next={path}"


@pytest.mark.parametrize("username", sorted(ROLES))
@pytest.mark.parametrize("path", sorted(ALLOWED))
def test_role_matrix_each_page_opens_for_its_roles_and_is_403_for_the_others(env, username, path):
    org, role = ROLES[username]
    client = env.client()
    env.log_in(client, username=username, org_id=org, roles=(role,))
    response = client.get(path)
    if username in ALLOWED[path]:
        assert response.status_code == 200, response.text[-500:]
        # The menu offers the page it is on, marked as the current one.
        assert f'href="{path}" aria-current="page"' in response.text
    else:
        assert response.status_code == 403
        assert "Anda tidak punya akses ke halaman ini" in response.text


def test_menu_shows_only_the_pages_of_the_role(env):
    client = env.client()
    env.log_in(client, username="auditor", org_id="pseah-network", roles=("auditor",))
    page = client.get("/audit")
    assert 'href="/audit"' in page.text
    for other in ("/cases", "/triage", "/referrals", "/coordinator"):
        assert f'href="{other}"' not in page.text


def test_landing_after_login_sends_other_roles_to_their_own_page():
    def user(*roles):
        return SessionUser(subject="s", username="u", org_id="x", roles=frozenset(roles))

    assert navigation.landing(user("auditor"), wanted="/cases") == "/audit"
    assert navigation.landing(user("service_provider"), wanted="/cases") == "/referrals"
    assert navigation.landing(user("triage_officer"), wanted="/cases") == "/triage"
    assert navigation.landing(user("focal_point"), wanted="/cases") == "/cases"
    # A page asked for explicitly is kept (the page itself answers 403 if it must).
    assert navigation.landing(user("auditor"), wanted="/cases/PSEAH-X1234567") == "/cases/PSEAH-X1234567"
    assert navigation.landing(user("operator"), wanted="/cases") == "/cases"


# The triage page's own tests: test_triage_page.py (it talks to the triage service, faked there).


def test_overdue_kinds_acknowledge_clock_stops_at_acknowledgement():
    now = datetime(2025, 1, 1, tzinfo=UTC)
    past, future = now - timedelta(hours=1), now + timedelta(hours=1)
    case = CaseView(reference="PSEAH-OVR00001", status="assigned",
                    deadlines=(Deadline("acknowledge", past), Deadline("investigation", future), Deadline("x", None)))
    assert overdue_kinds(case, now=now) == ("acknowledge",)
    acked = CaseView(reference="PSEAH-OVR00002", status="acknowledged",
                     deadlines=(Deadline("acknowledge", past), Deadline("medical_referral", past)))
    assert overdue_kinds(acked, now=now) == ("medical_referral",)


def test_the_acknowledge_clock_triage_starts_stops_at_acknowledgement_too():
    # Triage's clock is named `acknowledgement` (DeadlineKind); an acknowledged case must not escalate on it.
    now = datetime(2025, 1, 1, tzinfo=UTC)
    past = now - timedelta(hours=1)
    acked = CaseView(reference="PSEAH-OVR00003", status="acknowledged",
                     deadlines=(Deadline("acknowledgement", past), Deadline("investigation_decision", past)))
    assert overdue_kinds(acked, now=now) == ("investigation_decision",)


def test_coordinator_board_spans_organisations_escalations_first_and_the_service_map(env):
    env.add_case("PSEAH-COLATE01", org_id="unicef", due_hours=-2)
    env.add_case("PSEAH-COSOON01", org_id="pmi", due_hours=1)
    env.add_case("PSEAH-COLATER1", org_id="wvi", due_hours=48)
    client = env.client()
    env.log_in(client, username="coordinator", org_id="pseah-network", roles=("coordinator",))
    page = client.get("/coordinator?lang=en")
    assert page.status_code == 200
    text = page.text
    assert text.index("PSEAH-COLATE01") < text.index("PSEAH-COSOON01") < text.index("PSEAH-COLATER1")
    assert 'class="prio-high escalated"' in text and "Overdue: acknowledge" in text
    assert "Past deadline: <strong>1</strong>" in text
    # Service map grouped by service: Pulih under psychosocial and legal, the national line first.
    assert text.index("SAPA 129") < text.index("Yayasan Pulih")
    assert text.count("Yayasan Pulih") == 2 and "Legal" in text
    assert env.directory.calls == ["token-coordinator"]


def test_coordinator_board_survives_a_down_directory(env):
    env.add_case("PSEAH-CODIR001", org_id="unicef")
    env.directory.down = True
    client = env.client()
    env.log_in(client, username="coordinator", org_id="pseah-network", roles=("coordinator",))
    page = client.get("/coordinator")
    assert page.status_code == 200
    assert "PSEAH-CODIR001" in page.text and "Peta layanan sedang tidak bisa dimuat." in page.text


def _auditor(env):
    client = env.client()
    env.log_in(client, username="auditor", org_id="pseah-network", roles=("auditor",))
    return client


def test_audit_page_shows_the_verdict_and_the_latest_entries_newest_first(env):
    page = _auditor(env).get("/audit?lang=en")
    assert page.status_code == 200
    assert 'id="chain-verdict"' in page.text and "Chain intact" in page.text and "ab" * 32 in page.text
    assert page.text.index("PSEAH-AUD00003") < page.text.index("PSEAH-AUD00001")
    assert env.audit_log.entry_calls == [{"subject": None, "after": 0, "limit": 50}]


def test_audit_page_filters_one_case_and_refuses_a_malformed_reference(env):
    client = _auditor(env)
    page = client.get("/audit?ref=pseah-aud00002")
    assert page.status_code == 200
    assert "PSEAH-AUD00002" in page.text and "PSEAH-AUD00001" not in page.text
    assert env.audit_log.entry_calls[-1]["subject"] == "PSEAH-AUD00002"
    bad = client.get("/audit?ref=%3Cscript%3E")
    assert bad.status_code == 422 and "<script>" not in bad.text


def test_audit_page_shows_a_broken_chain_and_an_unreachable_audit_service(env):
    from pseah.portal.auditlog.models import ChainVerdict

    env.audit_log.verdict = ChainVerdict(intact=False, entries=7, bad_seq=5, reason="hash mismatch")
    client = _auditor(env)
    page = client.get("/audit?lang=en")
    assert "Chain broken" in page.text and "First bad entry: 5 (hash mismatch)" in page.text
    env.audit_log.mode = "down"
    assert client.get("/audit").status_code == 503
    env.audit_log.mode = "refused"
    assert client.get("/audit").status_code == 403

"""Pure logic: PKCE, redirects, inbox order, form mapping, session signing, settings."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pseah.portal.cases.models import CaseView, Deadline, inbox_order
from pseah.portal.config import PortalSettings
from pseah.portal.identity.oidc import s256_challenge, safe_next
from pseah.portal.reports.forms import ReportForm
from pseah.portal.security import csrf_token_for, csrf_valid
from pseah.portal.sessions import service as sessions


def test_s256_matches_rfc7636_example():
    assert s256_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


@pytest.mark.parametrize("raw,expected", [("/cases/X", "/cases/X"), ("//evil", "/cases"), ("https://e.x", "/cases"),
                                          ("/\\evil", "/cases"), ("", "/cases"), (None, "/cases")])
def test_safe_next(raw, expected):
    assert safe_next(raw) == expected


def test_inbox_order_deadline_then_priority_no_deadline_last():
    now = datetime.now(UTC)
    cases = [CaseView(reference="C", priority="critical"),
             CaseView(reference="B", priority="low", deadlines=(Deadline("ack", now + timedelta(hours=5)),)),
             CaseView(reference="A", priority="high", deadlines=(Deadline("ack", now + timedelta(hours=9)),
                                                                  Deadline("inv", now + timedelta(hours=1))))]
    assert [c.reference for c in inbox_order(cases)] == ["A", "B", "C"]


def test_form_payload_leaves_out_empty_values():
    form = ReportForm.from_form({"narrative": " n ", "consent_contact": "yes", "survivor_gender": ""})
    assert form.validate()
    assert form.to_payload(page_language="en") == {"narrative": "n", "language": "en",
                                                   "consent": {"referral": False, "contact": True,
                                                               "share_with_org": False}}


def test_form_refuses_future_date_and_unknown_org():
    form = ReportForm.from_form({"narrative": "n", "incident_date": "2999-01-01", "perpetrator_org": "acme"})
    assert not form.validate()
    assert set(form.errors) == {"incident_date", "perpetrator_org"}


def test_session_id_signature():
    cookie = sessions.sign_sid(sid="abc", key="k1")
    assert sessions.unsign_sid(cookie=cookie, key="k1") == "abc"
    assert sessions.unsign_sid(cookie=cookie, key="k2") is None
    assert sessions.unsign_sid(cookie="abc", key="k1") is None


def test_csrf_token_binds_to_cookie_and_key():
    token = csrf_token_for(secret="s" * 32, key="k")
    assert csrf_valid(cookie_secret="s" * 32, submitted=token, key="k")
    assert not csrf_valid(cookie_secret="t" * 32, submitted=token, key="k")
    assert not csrf_valid(cookie_secret="s" * 32, submitted=token, key="other")
    assert not csrf_valid(cookie_secret=None, submitted=token, key="k")


def test_settings_refuse_missing_secret_outside_development(monkeypatch):
    monkeypatch.setenv("PSEAH_ENVIRONMENT", "production")
    monkeypatch.setenv("PSEAH_PORTAL_SECRET_KEY_FILE", "/nonexistent/portal-secret-key")
    with pytest.raises(ValueError):
        PortalSettings()
    monkeypatch.setenv("PSEAH_PORTAL_SECRET_KEY", "long-random")
    monkeypatch.setenv("PSEAH_PORTAL_COOKIE_SECURE", "true")
    settings = PortalSettings()
    assert settings.signing_key == "long-random"


def test_settings_env_prefix(monkeypatch):
    monkeypatch.setenv("PSEAH_PORTAL_PORT", "8100")
    monkeypatch.setenv("PSEAH_KEYCLOAK_URL", "http://kc:8080")
    settings = PortalSettings()
    assert settings.port == 8100
    assert settings.keycloak_issuer == "http://kc:8080/realms/pseah"
    assert settings.redirect_uri == "http://127.0.0.1:8000/auth/callback"

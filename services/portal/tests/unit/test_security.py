"""CSRF, security headers, escaping, and logs without who-is-who."""
from __future__ import annotations

import structlog


def test_security_headers_on_pages_errors_and_static(env):
    client = env.client()
    for path in ("/", "/receipt", "/does-not-exist", "/static/portal.css"):
        response = client.get(path)
        csp = response.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/").headers["cache-control"] == "no-store"


def test_no_inline_script_or_style_in_pages(env):
    page = env.client().get("/").text
    assert "<script>" not in page and "<script " in page  # only the external quick-exit script
    assert 'src="/static/exit.js"' in page
    assert "style=" not in page and "<style" not in page


def test_report_without_csrf_token_is_refused_and_not_sent(env):
    client = env.client()
    client.get("/")
    page = client.post("/reports", data={"narrative": "Saya mau lapor"})
    assert page.status_code == 403
    assert "Formulir sudah kedaluwarsa" in page.text
    assert "Saya mau lapor</textarea>" in page.text
    assert env.intake.reports == []


def test_report_with_forged_csrf_token_is_refused(env, csrf):
    client = env.client()
    csrf(client)
    page = client.post("/reports", data={"csrf_token": "0" * 64, "narrative": "x"})
    assert page.status_code == 403 and env.intake.reports == []


def test_token_from_another_browser_is_refused(env, csrf):
    attacker = env.client()
    token = csrf(attacker)
    victim = env.client()
    victim.get("/")
    page = victim.post("/reports", data={"csrf_token": token, "narrative": "x"})
    assert page.status_code == 403 and env.intake.reports == []


def test_script_in_narrative_is_shown_as_text(env, csrf):
    env.intake.mode = "down"
    client = env.client()
    page = client.post("/reports", data={"csrf_token": csrf(client), "narrative": "<script>alert(1)</script>",
                                         "place_text": '"><img src=x onerror=alert(1)>'})
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text
    assert "<img src=x" not in page.text


def test_access_log_has_no_address_agent_or_query(env):
    client = env.client()
    with structlog.testing.capture_logs() as logs:
        client.get("/receipt?code=SECRET123", headers={"user-agent": "Nokia-105", "x-forwarded-for": "10.9.8.7"})
    access = [e for e in logs if e.get("event") == "http_request"]
    assert access and access[-1]["route"] == "/receipt" and access[-1]["status"] == 200
    flat = repr(logs)
    assert "testclient" not in flat and "Nokia" not in flat and "10.9.8.7" not in flat and "SECRET123" not in flat


def test_submitted_report_content_is_not_logged(env, csrf):
    client = env.client()
    with structlog.testing.capture_logs() as logs:
        client.post("/reports", data={"csrf_token": csrf(client), "narrative": "RAHASIA-NARASI",
                                      "contact": "0812-RAHASIA"})
    flat = repr(logs)
    assert "report_submitted" in flat
    assert "RAHASIA" not in flat and "SECRET-RCPT-42" not in flat

"""The read API: fails closed without token validation; answers metadata only to allowed readers."""
from __future__ import annotations

from fastapi.testclient import TestClient

from pseah.common.auth import Principal, require_principal
from pseah.audit.config import AuditSettings
from pseah.audit.main import create_api

ENTRY = {"seq": 1, "event_id": "e1", "type": "report.received.v1", "subject": "PSEAH-AAAA1111",
         "source": "pseah/intake", "actor": None, "time": "2024-01-01T00:00:00.000000Z",
         "recorded_at": "2024-01-01T00:00:01.000000Z", "topic": "pseah.reports.v1", "partition": 0,
         "offset": 0, "metadata": {"channel": "web"}, "event_digest": "a" * 64, "prev_hash": "0" * 64,
         "hash": "b" * 64}


def _settings():
    # A port nothing listens on: the app is only driven in-process here.
    return AuditSettings(mongo_uri="mongodb://127.0.0.1:1", port=1)


def _as(roles: set[str]):
    def principal():
        return Principal(subject="u1", username="someone", org_id="unicef", roles=frozenset(roles),
                         client_id="pseah-portal", is_service_account=False)
    return principal


def _client(monkeypatch, roles: set[str] | None):
    from pseah.audit.chain import service

    calls: dict = {}

    def fake_list(**kwargs):
        calls.update(kwargs)
        return [ENTRY]

    monkeypatch.setattr(service, "list_entries", fake_list)
    app = create_api(_settings())
    if roles is not None:
        app.dependency_overrides[require_principal] = _as(roles)
    return TestClient(app), calls


def test_without_a_token_nobody_reads(monkeypatch):
    client, calls = _client(monkeypatch, None)
    with client:
        response = client.get("/v1/audit/entries")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "missing_token"
    assert calls == {}


def test_other_roles_are_forbidden(monkeypatch):
    client, calls = _client(monkeypatch, {"focal_point", "service_provider"})
    with client:
        response = client.get("/v1/audit/entries")
    assert response.status_code == 403 and calls == {}


def test_auditors_get_metadata_and_bad_limits_are_refused(monkeypatch):
    client, calls = _client(monkeypatch, {"auditor"})
    with client:
        ok = client.get("/v1/audit/entries", params={"subject": "PSEAH-AAAA1111", "limit": 10})
        too_many = client.get("/v1/audit/entries", params={"limit": 100000})
    assert ok.status_code == 200, ok.text
    assert ok.json()[0]["seq"] == 1 and calls == {"subject": "PSEAH-AAAA1111", "after_seq": 0, "limit": 10}
    assert too_many.status_code == 422 and too_many.json()["error"]["code"] == "invalid"

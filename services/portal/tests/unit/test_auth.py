"""/login, /auth/callback, /logout and the idle timeout, against a fake token endpoint."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

from pseah.portal.identity.oidc import s256_challenge
from pseah.portal.sessions import service as sessions
from pseah.portal.sessions.models import SessionUser


def _start(env, client, next_path="/cases"):
    response = client.get(f"/login?next={next_path}")
    assert response.status_code == 303
    url = urlparse(response.headers["location"])
    return url, {k: v[0] for k, v in parse_qs(url.query).items()}


def test_login_redirects_to_keycloak_with_pkce_state_and_nonce(env):
    client = env.client()
    url, query = _start(env, client)
    assert f"{url.scheme}://{url.netloc}{url.path}" == "http://kc.test/realms/pseah/protocol/openid-connect/auth"
    assert query["client_id"] == "pseah-portal" and query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256"
    assert query["redirect_uri"] == "http://127.0.0.1:8000/auth/callback"
    assert "openid" in query["scope"].split()
    pending = next(iter(env.store.records.values())).pending_login
    assert query["state"] == pending["state"] and query["nonce"] == pending["nonce"]
    assert query["code_challenge"] == s256_challenge(pending["verifier"])
    assert pending["verifier"] not in response_text(url)
    cookie = client.cookies.get(sessions.COOKIE)
    assert cookie and pending["verifier"] not in cookie


def response_text(url) -> str:
    return url.geturl()


def _complete(env, client, query, *, nonce=None, state=None):
    env.tokens["access-1"] = SessionUser(subject="s1", username="fp-unicef", org_id="unicef",
                                         roles=frozenset({"focal_point"}))
    env.token_response = {"access_token": "access-1", "id_token": "id-1", "refresh_token": "r-1", "expires_in": 300}
    env.id_token_claims = {"nonce": nonce or query["nonce"], "sub": "s1"}
    return client.get(f"/auth/callback?code=abc&state={state or query['state']}")


def test_callback_logs_in_with_a_new_session_id(env):
    client = env.client()
    _url, query = _start(env, client, "/cases/PSEAH-X1")
    pre_login_sid = next(iter(env.store.records))
    response = _complete(env, client, query)
    assert response.status_code == 303 and response.headers["location"] == "/cases/PSEAH-X1"
    token_call = [c for c in env.calls if c[0] == "token"][-1][1]
    assert token_call["grant_type"] == "authorization_code" and token_call["code"] == "abc"
    assert s256_challenge(token_call["code_verifier"]) == query["code_challenge"]
    assert pre_login_sid not in env.store.records  # no session fixation
    (record,) = env.store.records.values()
    assert record.user["org_id"] == "unicef" and record.access_token == "access-1"
    set_cookie = response.headers["set-cookie"].lower()
    assert "httponly" in set_cookie and "samesite=lax" in set_cookie
    assert "access-1" not in response.headers["set-cookie"]


def test_callback_with_wrong_state_is_refused_and_no_code_is_exchanged(env):
    client = env.client()
    _url, query = _start(env, client)
    response = _complete(env, client, query, state="forged")
    assert response.status_code == 400
    assert not [c for c in env.calls if c[0] == "token"]
    assert all(not r.access_token for r in env.store.records.values())


def test_callback_with_wrong_nonce_is_refused(env):
    client = env.client()
    _url, query = _start(env, client)
    response = _complete(env, client, query, nonce="other")
    assert response.status_code == 400
    assert all(not r.access_token for r in env.store.records.values())


def test_callback_cannot_be_replayed(env):
    client = env.client()
    _url, query = _start(env, client)
    assert _complete(env, client, query).status_code == 303
    assert _complete(env, client, query).status_code == 400


def test_callback_without_login_in_progress_is_refused(env):
    response = env.client().get("/auth/callback?code=abc&state=xyz")
    assert response.status_code == 400


def test_next_is_only_a_local_path(env):
    client = env.client()
    _url, query = _start(env, client, "//evil.example/x")
    assert _complete(env, client, query).headers["location"] == "/cases"


def test_idle_session_expires_after_30_minutes(env):
    client = env.client()
    env.log_in(client, last_seen=datetime.now(UTC) - timedelta(minutes=31))
    response = client.get("/cases")
    assert response.status_code == 303 and response.headers["location"].startswith("/login")
    assert env.store.records == {}


def test_tampered_session_cookie_is_ignored(env):
    client = env.client()
    env.log_in(client)
    client.cookies.set(sessions.COOKIE, "sid-fp-unicef.forged")
    assert client.get("/cases").status_code == 303


def test_logout_needs_csrf_then_ends_the_session(env, csrf):
    client = env.client()
    env.log_in(client)
    assert client.post("/logout").status_code == 403
    assert env.store.records
    token = csrf(client, "/logout")
    response = client.post("/logout", data={"csrf_token": token})
    assert response.status_code == 303
    assert response.headers["location"].startswith("http://kc.test/realms/pseah/protocol/openid-connect/logout")
    assert env.store.records == {}
    assert client.get("/cases").status_code == 303


def test_expired_access_token_is_refreshed(env):
    client = env.client()
    record = env.log_in(client)
    record.access_expires_at = datetime.now(UTC) - timedelta(seconds=5)
    record.refresh_token = "r-0"
    env.store.save(record)
    env.tokens["access-2"] = env.tokens[record.access_token]
    env.token_response = {"access_token": "access-2", "refresh_token": "r-2", "expires_in": 300}
    assert client.get("/cases").status_code == 200
    assert [c for c in env.calls if c[0] == "token"][-1][1]["grant_type"] == "refresh_token"
    assert env.store.records[record.sid].access_token == "access-2"

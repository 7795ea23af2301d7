"""pseah.common.auth against the real local Keycloak (deploy/local/keycloak.sh start).

Logins come from var/secrets/demo-users.json, var/secrets/demo-password and var/secrets/keycloak-clients.json,
written by deploy/keycloak/realm.py.
"""
from __future__ import annotations

import base64
import json
import os

import httpx
import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from pseah.common import auth
from pseah.common.auth import AuthConfig, AuthError, Principal, TokenValidator
from pseah.common.errors import install_error_handlers
from pseah.common.settings import repo_root

pytestmark = pytest.mark.integration

SECRETS = repo_root() / "var/secrets"


def _secret_json(name):
    path = SECRETS / name
    if not path.exists():
        pytest.fail(f"{path} is missing: start Keycloak with deploy/local/keycloak.sh start")
    return json.loads(path.read_text())


@pytest.fixture(scope="module")
def config(settings) -> AuthConfig:
    cfg = AuthConfig.from_settings(settings)
    try:
        httpx.get(cfg.jwks_uri, timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        pytest.fail(f"Keycloak realm not reachable at {cfg.jwks_uri} ({exc}); run deploy/local/keycloak.sh start")
    return cfg


@pytest.fixture(scope="module")
def validator(config) -> TokenValidator:
    return TokenValidator(config=config)


@pytest.fixture(scope="module")
def demo_password() -> str:
    return os.environ.get("PSEAH_DEMO_PASSWORD") or (SECRETS / "demo-password").read_text().strip()


@pytest.fixture(scope="module")
def demo_users() -> list[dict]:
    return [u for u in _secret_json("demo-users.json") if not u.get("idp")]


@pytest.fixture(scope="module")
def clients() -> dict:
    return _secret_json("keycloak-clients.json")


def login(config, username, password, **kw) -> dict:
    return auth.fetch_password_token(username, password, issuer=config.issuer, **kw)


def _claims(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def test_focal_point_password_grant(config, validator, demo_password):
    tokens = login(config, "fp-pmi", demo_password)
    p = validator.validate(tokens["access_token"])
    assert p.username == "fp-pmi" and p.org_id == "pmi"
    assert "focal_point" in p.roles and not p.is_service_account
    assert p.client_id == "pseah-cli"
    raw = _claims(tokens["access_token"])
    assert "pseah-api" in raw["aud"] and raw["iss"] == config.issuer
    assert raw.get("organization") == ["pmi"]  # Keycloak's organisation membership claim


def test_every_demo_user_has_role_and_org(config, validator, demo_password, demo_users):
    assert {u["role"] for u in demo_users} >= {"focal_point", "triage_officer", "service_provider", "coordinator",
                                               "auditor", "operator"}
    for user in demo_users:
        p = validator.validate(login(config, user["username"], demo_password)["access_token"])
        assert user["role"] in p.roles, user
        assert p.org_id == user["org"], user
        # one PSEAH role each: no accidental privilege
        assert len(p.roles & set(auth_roles())) == 1, p.roles


def auth_roles():
    return ["focal_point", "triage_officer", "service_provider", "coordinator", "auditor", "operator",
            "partner_system"]


@pytest.mark.parametrize("org", ["unicef", "pmi"])
def test_partner_client_credentials(config, validator, clients, org):
    client_id = f"partner-{org}"
    tokens = auth.fetch_client_token(client_id, clients[client_id]["secret"], issuer=config.issuer)
    p = validator.validate(tokens["access_token"])
    assert p.is_service_account and p.client_id == client_id
    assert p.org_id == org and "partner_system" in p.roles
    assert p.username == f"service-account-{client_id}"


def test_wrong_credentials_refused(config, clients, demo_password):
    with pytest.raises(AuthError) as exc:
        login(config, "fp-unicef", "not-the-password")
    assert exc.value.code == auth.LOGIN_FAILED
    with pytest.raises(AuthError):
        auth.fetch_client_token("partner-unicef", "wrong-secret", issuer=config.issuer)
    # the portal is a confidential authorization-code client: no password grant, even with its secret
    with pytest.raises(AuthError):
        login(config, "fp-unicef", demo_password, client_id="pseah-portal",
              client_secret=clients["pseah-portal"]["secret"])


def _admin_password() -> str:
    return os.environ.get("KC_BOOTSTRAP_ADMIN_PASSWORD") or (SECRETS / "keycloak-admin-password").read_text().strip()


def test_token_of_another_realm_refused(config, validator, settings):
    master = f"{settings.keycloak_url.rstrip('/')}/realms/master"
    token = auth.fetch_password_token(os.environ.get("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), _admin_password(),
                                      issuer=master, client_id="admin-cli")["access_token"]
    with pytest.raises(AuthError) as exc:
        validator.validate(token)
    assert exc.value.code == auth.UNKNOWN_KEY  # master's key is not in pseah's JWKS
    # even when a service is pointed at master's keys by mistake, the claims still refuse it (admin-cli tokens
    # are lightweight: no aud, no sub; with them the issuer would be refused)
    confused = TokenValidator(config=AuthConfig(issuer=config.issuer, jwks_url=f"{master}/protocol/openid-connect/certs"))
    with pytest.raises(AuthError) as exc:
        confused.validate(token)
    assert exc.value.code in (auth.INVALID_TOKEN, auth.INVALID_ISSUER, auth.INVALID_AUDIENCE)


def test_tampered_token_refused(config, validator, demo_password):
    token = login(config, "fp-wvi", demo_password)["access_token"]
    header, payload, signature = token.split(".")
    claims = _claims(token)
    claims["org_id"] = "pseah-network"
    claims["realm_access"]["roles"].append("coordinator")
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(AuthError) as exc:
        validator.validate(f"{header}.{forged}.{signature}")
    assert exc.value.code == auth.INVALID_SIGNATURE
    none_header = base64.urlsafe_b64encode(b'{"alg":"none","typ":"JWT"}').rstrip(b"=").decode()
    with pytest.raises(AuthError) as exc:
        validator.validate(f"{none_header}.{payload}.")
    assert exc.value.code == auth.UNSUPPORTED_ALGORITHM


def test_id_and_refresh_tokens_refused(config, validator, demo_password):
    tokens = login(config, "coordinator", demo_password, scope="openid")
    with pytest.raises(AuthError) as exc:
        validator.validate(tokens["id_token"])
    assert exc.value.code in (auth.INVALID_AUDIENCE, auth.WRONG_TOKEN_TYPE)
    with pytest.raises(AuthError) as exc:
        validator.validate(tokens["refresh_token"])
    assert exc.value.code == auth.UNSUPPORTED_ALGORITHM  # Keycloak signs refresh tokens with HS512


def test_fastapi_with_real_tokens(validator, config, demo_password, clients):
    app = FastAPI()
    install_error_handlers(app)
    auth.install_auth(app, validator=validator)

    @app.get("/aggregates")
    async def aggregates(p: Principal = Depends(auth.require_roles("coordinator"))):
        return {"org_id": p.org_id}

    client = TestClient(app)
    coord = login(config, "coordinator", demo_password)["access_token"]
    assert client.get("/aggregates", headers={"Authorization": f"Bearer {coord}"}).json() == {"org_id": "pseah-network"}
    partner = auth.fetch_client_token("partner-pmi", clients["partner-pmi"]["secret"], issuer=config.issuer)
    r = client.get("/aggregates", headers={"Authorization": f"Bearer {partner['access_token']}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == auth.FORBIDDEN


# ---------------------------------------------------------------- brokering (partner realms, development)
class Browser:
    """Just enough of a browser for Keycloak's login pages with httpx.

    Keycloak 26 sets its login cookies with `Version=1; Secure; SameSite=None` even on http://127.0.0.1;
    browsers send Secure cookies to loopback, Python's cookie jar does not (and drops Version=1 cookies),
    so cookies are kept here by (path, name)."""

    def __init__(self, base: str):
        self.base = httpx.URL(base)
        self.jar: dict[tuple[str, str], str] = {}
        self.http = httpx.Client(follow_redirects=False, timeout=30,
                                 event_hooks={"request": [self._send], "response": [self._keep]})

    def _keep(self, response):
        for header in response.headers.get_list("set-cookie"):
            parts = [p.strip() for p in header.split(";")]
            name, _, value = parts[0].partition("=")
            attrs = {k.lower(): v for k, _, v in (p.partition("=") for p in parts[1:])}
            key = (attrs.get("path", "/"), name)
            if attrs.get("max-age") == "0" or value in ("", '""'):
                self.jar.pop(key, None)
            else:
                self.jar[key] = value

    def _send(self, request):
        if (request.url.host, request.url.port) == (self.base.host, self.base.port):
            cookies = [f"{n}={v}" for (path, n), v in self.jar.items() if request.url.path.startswith(path)]
            if cookies:
                request.headers["Cookie"] = "; ".join(cookies)

    def follow(self, response, stop_at: str):
        """Follow redirects; return (page, None) or (None, redirect URL) once it reaches `stop_at`."""
        while response.status_code in (302, 303):
            location = response.headers["location"]
            if location.startswith(stop_at):
                return None, location
            response = self.http.get(location)
        return response, None

    @staticmethod
    def form(page) -> tuple[str, set[str]]:
        import html
        import re

        action = re.search(r'<form[^>]*action="([^"]+)"', page.text)
        assert action, f"no form on {page.url}: {page.status_code}"
        return html.unescape(action.group(1)), set(re.findall(r'<input[^>]*name="([^"]+)"', page.text))


def _code_flow(config, clients, email, username, password) -> dict:
    import hashlib
    import re
    import secrets

    redirect = "http://127.0.0.1:8000/auth/callback"
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    browser = Browser(config.issuer.split("/realms/")[0])
    page, done = browser.follow(browser.http.get(f"{config.issuer}/protocol/openid-connect/auth", params={
        "client_id": "pseah-portal", "response_type": "code", "redirect_uri": redirect, "scope": "openid",
        "state": "s", "code_challenge": challenge, "code_challenge_method": "S256"}), redirect)
    # organisation identity-first page: the e-mail address decides where the user logs in
    action, fields = browser.form(page)
    assert "username" in fields and "password" not in fields
    page, done = browser.follow(browser.http.post(action, data={"username": email}), redirect)
    assert "/realms/pseah/" not in str(page.url), "not sent to the partner realm"
    action, fields = browser.form(page)
    page, done = browser.follow(browser.http.post(action, data={"username": username, "password": password}),
                                redirect)
    assert done, f"login did not come back to the portal: {page.status_code} {page.url}"
    code = re.search(r"[?&]code=([^&]+)", done).group(1)
    response = httpx.post(config.token_endpoint, data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": redirect, "client_id": "pseah-portal",
        "client_secret": clients["pseah-portal"]["secret"], "code_verifier": verifier})
    response.raise_for_status()
    return response.json()


def test_partner_realm_users_land_in_their_organisation(config, validator, clients, demo_password):
    brokered = [u for u in _secret_json("demo-users.json") if u.get("idp")]
    if not brokered:
        pytest.skip("no partner realms rendered (production rendering)")
    for user in brokered:
        tokens = _code_flow(config, clients, user["email"], user["username"], demo_password)
        p = validator.validate(tokens["access_token"])
        assert p.org_id == user["org"] and "focal_point" in p.roles and p.username == user["username"]
        assert _claims(tokens["access_token"])["organization"] == [user["org"]]
        assert p.client_id == "pseah-portal"

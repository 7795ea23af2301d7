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
    brokered = [u for u in _secret_json("demo-users.json") if u.get("idp") and u.get("protocol", "oidc") == "oidc"]
    if not brokered:
        pytest.skip("no partner realms rendered (production rendering)")
    for user in brokered:
        tokens = _code_flow(config, clients, user["email"], user["username"], demo_password)
        p = validator.validate(tokens["access_token"])
        assert p.org_id == user["org"] and "focal_point" in p.roles and p.username == user["username"]
        assert _claims(tokens["access_token"])["organization"] == [user["org"]]
        assert p.client_id == "pseah-portal"


# ---------------------------------------------------------------- SAML brokering (government partner realm, dev)
class _Admin:
    """The admin REST API of the local Keycloak (a fresh master token per use: they live 60 s)."""

    def __init__(self, base: str):
        token = auth.fetch_password_token(os.environ.get("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"), _admin_password(),
                                          issuer=f"{base}/realms/master", client_id="admin-cli")["access_token"]
        self.http = httpx.Client(base_url=f"{base}/admin/realms", timeout=60,
                                 headers={"Authorization": f"Bearer {token}"})

    def user(self, realm: str, **query) -> dict | None:
        found = self.http.get(f"/{realm}/users", params={**query, "exact": "true"})
        found.raise_for_status()
        return found.json()[0] if found.json() else None

    def delete_user(self, realm: str, **query) -> None:
        user = self.user(realm, **query)
        if user:
            self.http.delete(f"/{realm}/users/{user['id']}").raise_for_status()


@pytest.fixture(scope="module")
def saml_partner(config) -> dict:
    """The government partner (demo-users.json entry with protocol saml) and the realm roles of its demo staff."""
    partners = [u for u in _secret_json("demo-users.json") if u.get("protocol") == "saml"]
    if not partners:
        pytest.skip("no SAML partner realm rendered (production rendering)")
    partner = partners[0]
    base, partner["realm"] = config.issuer.split("/realms/")
    partner["base"] = base
    admin = _Admin(base)
    staff = admin.user(partner["idp"], username=partner["username"])
    assert staff, f"demo staff {partner['username']} missing in realm {partner['idp']}"
    roles = admin.http.get(f"/{partner['idp']}/users/{staff['id']}/role-mappings/realm").json()
    partner["partner_roles"] = [r for r in roles if not r["name"].startswith("default-roles-")]
    assert partner["partner_roles"], "the demo staff holds no partner role that maps to a PSEAH role"
    return partner


@pytest.fixture
def government_user(saml_partner):
    """Factory: a new user of the government realm (so each test is a first broker login), removed afterwards
    from both realms. Returns (username, email, password)."""
    import secrets

    realm, domain = saml_partner["idp"], saml_partner["email"].split("@")[1]
    created = []

    def make(*, with_partner_roles: bool) -> tuple[str, str, str]:
        admin = _Admin(saml_partner["base"])
        username = f"saml-{secrets.token_hex(4)}"
        email, password = f"{username}@{domain}", secrets.token_urlsafe(18)
        response = admin.http.post(f"/{realm}/users", json={
            "username": username, "email": email, "emailVerified": True, "enabled": True, "firstName": "Test",
            "lastName": "Government", "credentials": [{"type": "password", "value": password, "temporary": False}]})
        assert response.status_code == 201, response.text
        created.append((username, email))
        if with_partner_roles:
            user = admin.user(realm, username=username)
            admin.http.post(f"/{realm}/users/{user['id']}/role-mappings/realm",
                            json=saml_partner["partner_roles"]).raise_for_status()
        return username, email, password

    yield make
    admin = _Admin(saml_partner["base"])
    for username, email in created:
        admin.delete_user(realm, username=username)
        admin.delete_user(saml_partner["realm"], email=email)


def _saml_form(page) -> tuple[str, dict[str, str]]:
    """The self-submitting form Keycloak answers with for the SAML POST binding: its action and hidden fields."""
    import html
    import re

    action = re.search(r'<form[^>]*action="([^"]+)"', page.text)
    assert action and "SAMLResponse" in page.text, f"no SAML POST form: {page.status_code} {page.url}"
    fields = {n: html.unescape(v) for n, v in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page.text)}
    return html.unescape(action.group(1)), fields


_PORTAL_CALLBACK = "http://127.0.0.1:8000/auth/callback"


def _saml_response(config, partner, *, email, username, password) -> tuple[Browser, str, dict, str]:
    """The browser's path up to the SAML response: pseah login page, e-mail, the government button, the government
    realm's login form. Returns the browser, the form posting the response back to pseah, its fields and the PKCE
    verifier."""
    import hashlib
    import html
    import re
    import secrets

    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    base, idp = partner["base"], partner["idp"]
    browser = Browser(base)
    page, _ = browser.follow(browser.http.get(f"{config.issuer}/protocol/openid-connect/auth", params={
        "client_id": "pseah-portal", "response_type": "code", "redirect_uri": _PORTAL_CALLBACK, "scope": "openid",
        "state": "s", "code_challenge": challenge, "code_challenge_method": "S256"}), _PORTAL_CALLBACK)
    # Keycloak shows an organisation's brokers only once the e-mail has named the organisation
    assert f"/broker/{idp}/login" not in page.text
    action, _ = browser.form(page)
    page, _ = browser.follow(browser.http.post(action, data={"username": email}), _PORTAL_CALLBACK)
    button = re.search(rf'href="([^"]*/broker/{idp}/login[^"]*)"', page.text)
    assert button, f"no {idp} button on {page.url}"
    to_idp = browser.http.get(httpx.URL(base).join(html.unescape(button.group(1))))
    assert to_idp.status_code in (302, 303)
    request = httpx.URL(to_idp.headers["location"])
    assert request.path == f"/realms/{idp}/protocol/saml"
    # redirect binding: the AuthnRequest is signed in the query string (the government realm checks it)
    assert {"SAMLRequest", "SigAlg", "Signature"} <= set(request.params.keys())
    page, _ = browser.follow(to_idp, _PORTAL_CALLBACK)
    assert page.url.path.startswith(f"/realms/{idp}/"), "not at the government realm's login form"
    action, fields = browser.form(page)
    assert {"username", "password"} <= fields
    page = browser.http.post(action, data={"username": username, "password": password})
    # POST binding: a self-submitting form carries the response to pseah's broker endpoint
    action = re.search(r'<form[^>]*action="([^"]+)"', page.text)
    assert action and "SAMLResponse" in page.text, f"no SAML POST form: {page.status_code} {page.url}"
    fields = {n: html.unescape(v) for n, v in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page.text)}
    assert html.unescape(action.group(1)) == f"{config.issuer}/broker/{idp}/endpoint"
    return browser, html.unescape(action.group(1)), fields, verifier


def _post_saml_response(browser, action, fields, **changes) -> httpx.Response:
    return browser.http.post(action, data={**fields, **changes})


def _saml_tokens(config, clients, browser, response, verifier) -> dict:
    """Follow pseah's answer to the SAML response back to the portal and exchange the code for tokens."""
    import re

    page, done = browser.follow(response, _PORTAL_CALLBACK)
    assert done, f"login did not come back to the portal: {page.status_code} {page.url}"
    code = re.search(r"[?&]code=([^&]+)", done).group(1)
    tokens = httpx.post(config.token_endpoint, data={
        "grant_type": "authorization_code", "code": code, "redirect_uri": _PORTAL_CALLBACK, "client_id": "pseah-portal",
        "client_secret": clients["pseah-portal"]["secret"], "code_verifier": verifier})
    tokens.raise_for_status()
    return tokens.json()


def _refused(response: httpx.Response) -> bool:
    return response.status_code == 400 and "location" not in response.headers


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_government_saml_users_land_in_their_organisation_with_the_mapped_role(
        config, validator, clients, saml_partner, government_user):
    import re

    username, email, password = government_user(with_partner_roles=True)
    browser, action, fields, verifier = _saml_response(config, saml_partner, email=email, username=username,
                                                       password=password)
    xml = base64.b64decode(fields["SAMLResponse"]).decode()
    # the government realm signed the response and the assertion, and named the user by e-mail
    assert len(re.findall(r"<(\w+:)?Signature\b", xml)) == 2
    assert re.search(r"<(\w+:)?Assertion\b.*<(\w+:)?Signature\b.*</(\w+:)?Assertion>", xml, flags=re.S)
    assert re.search(rf'<(\w+:)?NameID[^>]*nameid-format:emailAddress"[^>]*>{re.escape(email)}<', xml)
    # the same response altered to be the coordinator: its signatures no longer match
    coordinator = next(u["email"] for u in _secret_json("demo-users.json") if u["role"] == "coordinator")
    assert _refused(_post_saml_response(browser, action, fields, SAMLResponse=_b64(xml.replace(email, coordinator))))
    tokens = _saml_tokens(config, clients, browser, _post_saml_response(browser, action, fields), verifier)
    p = validator.validate(tokens["access_token"])
    claims = _claims(tokens["access_token"])
    assert p.org_id == saml_partner["org"] and claims["organization"] == [saml_partner["org"]]
    assert p.roles & set(auth_roles()) == {saml_partner["role"]}
    assert p.username == email and claims["email"] == email  # the NameID is the PSEAH username
    assert p.client_id == "pseah-portal" and claims["iss"] == config.issuer


def test_government_saml_user_without_a_psea_role_gets_no_pseah_role(
        config, validator, clients, saml_partner, government_user):
    username, email, password = government_user(with_partner_roles=False)
    browser, action, fields, verifier = _saml_response(config, saml_partner, email=email, username=username,
                                                       password=password)
    tokens = _saml_tokens(config, clients, browser, _post_saml_response(browser, action, fields), verifier)
    p = validator.validate(tokens["access_token"])
    # still a member of the organisation (the identity provider is linked to it), but no role to act with
    assert p.org_id == saml_partner["org"] and _claims(tokens["access_token"])["organization"] == [saml_partner["org"]]
    assert not p.roles & set(auth_roles())


def test_unsigned_saml_response_refused(config, saml_partner, government_user):
    import re

    username, email, password = government_user(with_partner_roles=True)
    browser, action, fields, _ = _saml_response(config, saml_partner, email=email, username=username,
                                                password=password)
    xml = base64.b64decode(fields["SAMLResponse"]).decode()
    unsigned = re.sub(r"<(\w+:)?Signature\b.*?</(\w+:)?Signature>", "", xml, flags=re.S)
    assert "SignatureValue" not in unsigned and "NameID" in unsigned
    assert _refused(_post_saml_response(browser, action, fields, SAMLResponse=_b64(unsigned)))
    assert _Admin(saml_partner["base"]).user(saml_partner["realm"], email=email) is None  # nobody was created

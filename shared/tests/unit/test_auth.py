"""pseah.common.auth with locally generated RSA keys and a stub JWKS (no network)."""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import time

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from pseah.common import auth
from pseah.common.auth import AuthConfig, AuthError, Principal, TokenValidator
from pseah.common.errors import install_error_handlers

ISSUER = "http://127.0.0.1:8080/realms/pseah"
KID = "test-key-1"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwk(key: rsa.RSAPrivateKey, kid: str, *, use: str = "sig", alg: str = "RS256") -> dict:
    d = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    return {**d, "kid": kid, "use": use, "alg": alg}


@pytest.fixture(scope="module")
def key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def other_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class StubJWKS(jwt.PyJWKClient):
    """A real PyJWKClient (cache, cooldown) whose HTTP fetch returns `keys` and counts the fetches."""

    def __init__(self, keys: list[dict], **kw):
        super().__init__("http://jwks.invalid/certs", **kw)
        self.keys = keys
        self.fetches = 0

    def fetch_data(self):
        self.fetches += 1
        data = {"keys": list(self.keys)}
        if self.jwk_set_cache is not None:
            self.jwk_set_cache.put(data)
        self._last_successful_fetch = time.monotonic()
        return data


@pytest.fixture
def jwks(key):
    return StubJWKS([_jwk(key, KID)], cooldown_duration=10)


@pytest.fixture
def validator(jwks):
    return TokenValidator(config=AuthConfig(issuer=ISSUER, leeway_seconds=10), jwks_client=jwks)


def claims(**over) -> dict:
    now = int(time.time())
    c = {"iss": ISSUER, "aud": ["pseah-api", "account"], "sub": "f957b860-d049-52b8-b975-717ec1a2f9e4",
         "typ": "Bearer", "azp": "pseah-cli", "iat": now, "exp": now + 300, "preferred_username": "fp-unicef",
         "org_id": "unicef", "realm_access": {"roles": ["default-roles-pseah", "focal_point"]}}
    c.update(over)
    return {k: v for k, v in c.items() if v is not None}


def sign(key, payload: dict, *, kid: str | None = KID, alg: str = "RS256") -> str:
    headers = {"kid": kid} if kid else {}
    return jwt.encode(payload, key, algorithm=alg, headers=headers)


def raw_token(header: dict, payload: dict, signature: bytes = b"") -> str:
    h = _b64(json.dumps(header).encode())
    p = _b64(json.dumps(payload).encode())
    return f"{h}.{p}.{_b64(signature)}"


def refused(validator, token, code):
    with pytest.raises(AuthError) as exc:
        validator.validate(token)
    assert exc.value.code == code, exc.value.message
    return exc.value


# ---------------------------------------------------------------- accepted
def test_valid_user_token(validator, key):
    p = validator.validate(sign(key, claims()))
    assert p == Principal(subject="f957b860-d049-52b8-b975-717ec1a2f9e4", username="fp-unicef", org_id="unicef",
                          roles=frozenset({"default-roles-pseah", "focal_point"}), client_id="pseah-cli",
                          is_service_account=False)
    assert p.has_role("coordinator", "focal_point") and not p.has_role("auditor")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.org_id = "pmi"  # type: ignore[misc]


def test_valid_service_account_token(validator, key):
    p = validator.validate(sign(key, claims(preferred_username="service-account-partner-pmi", org_id="pmi",
                                            azp="partner-pmi", client_id="partner-pmi",
                                            realm_access={"roles": ["partner_system"]})))
    assert p.is_service_account and p.client_id == "partner-pmi" and p.org_id == "pmi"
    assert p.roles == frozenset({"partner_system"})


def test_audience_as_string_and_no_roles(validator, key):
    p = validator.validate(sign(key, claims(aud="pseah-api", realm_access=None, org_id=None)))
    assert p.roles == frozenset() and p.org_id is None


def test_expiry_within_leeway_accepted(validator, key):
    now = int(time.time())
    assert validator.validate(sign(key, claims(iat=now - 400, exp=now - 5))).subject


# ---------------------------------------------------------------- refused
def test_alg_none_refused(validator):
    token = raw_token({"alg": "none", "typ": "JWT", "kid": KID}, claims())
    refused(validator, token, auth.UNSUPPORTED_ALGORITHM)
    refused(validator, token.rstrip("."), auth.INVALID_TOKEN)  # two segments only: not a JWT at all


def test_hs256_with_public_key_as_secret_refused(validator, key):
    """The classic key-confusion attack: HMAC keyed with the RSA public key (PEM or JWK bytes)."""
    pem = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    for alg, digest in (("HS256", hashlib.sha256), ("HS512", hashlib.sha512)):
        header, payload = {"alg": alg, "typ": "JWT", "kid": KID}, claims()
        signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
        sig = hmac.new(pem, signing_input.encode(), digest).digest()
        refused(validator, f"{signing_input}.{_b64(sig)}", auth.UNSUPPORTED_ALGORITHM)


@pytest.mark.parametrize("alg", ["RS384", "RS512", "PS256", "ES256", "EdDSA"])
def test_other_algorithms_refused(validator, alg):
    refused(validator, raw_token({"alg": alg, "kid": KID}, claims(), b"x" * 64), auth.UNSUPPORTED_ALGORITHM)


def test_wrong_issuer_refused(validator, key):
    refused(validator, sign(key, claims(iss="http://127.0.0.1:8080/realms/master")), auth.INVALID_ISSUER)
    refused(validator, sign(key, claims(iss="http://localhost:8080/realms/pseah")), auth.INVALID_ISSUER)


def test_wrong_audience_refused(validator, key):
    refused(validator, sign(key, claims(aud=["account"])), auth.INVALID_AUDIENCE)
    refused(validator, sign(key, claims(aud="pseah-portal")), auth.INVALID_AUDIENCE)


def test_expired_refused(validator, key):
    now = int(time.time())
    err = refused(validator, sign(key, claims(iat=now - 600, exp=now - 60)), auth.TOKEN_EXPIRED)
    assert err.status == 401 and "invalid_token" in err.headers["WWW-Authenticate"]


def test_not_yet_valid_refused(validator, key):
    now = int(time.time())
    refused(validator, sign(key, claims(nbf=now + 120)), auth.TOKEN_NOT_YET_VALID)


@pytest.mark.parametrize("missing", ["exp", "iat", "sub", "iss", "aud"])
def test_required_claims(validator, key, missing):
    token = sign(key, {k: v for k, v in claims().items() if k != missing})
    err = refused(validator, token, auth.INVALID_TOKEN)
    assert missing in err.message


def test_foreign_key_refused(validator, other_key, jwks):
    refused(validator, sign(other_key, claims(), kid="attacker-key"), auth.UNKNOWN_KEY)
    # a foreign key reusing the published kid fails on the signature
    refused(validator, sign(other_key, claims()), auth.INVALID_SIGNATURE)
    refused(validator, sign(other_key, claims(), kid=None), auth.UNKNOWN_KEY)


def test_tampered_payload_refused(validator, key):
    h, _, s = sign(key, claims()).split(".")
    forged = _b64(json.dumps(claims(org_id="pmi", realm_access={"roles": ["coordinator"]})).encode())
    refused(validator, f"{h}.{forged}.{s}", auth.INVALID_SIGNATURE)


def test_encryption_key_is_not_a_signing_key(key):
    jwks = StubJWKS([_jwk(key, "enc-key", use="enc", alg="RSA-OAEP")])
    v = TokenValidator(config=AuthConfig(issuer=ISSUER), jwks_client=jwks)
    refused(v, sign(key, claims(), kid="enc-key"), auth.UNKNOWN_KEY)


def test_id_and_refresh_tokens_refused(validator, key):
    refused(validator, sign(key, claims(typ="ID")), auth.WRONG_TOKEN_TYPE)
    refused(validator, sign(key, claims(typ="Refresh")), auth.WRONG_TOKEN_TYPE)


def test_garbage_refused(validator):
    for token in ("", "abc", "a.b.c", "Bearer x"):
        refused(validator, token, auth.MISSING_TOKEN if not token else auth.INVALID_TOKEN)


def test_bad_claim_types_refused(validator, key):
    refused(validator, sign(key, claims(realm_access={"roles": "coordinator"})), auth.INVALID_TOKEN)
    refused(validator, sign(key, claims(org_id=["unicef", "pmi"])), auth.INVALID_TOKEN)


# ---------------------------------------------------------------- key set cache
def test_jwks_cached_and_unknown_kid_refetch_limited(key, other_key):
    jwks = StubJWKS([_jwk(key, KID)], cooldown_duration=3600)
    v = TokenValidator(config=AuthConfig(issuer=ISSUER), jwks_client=jwks)
    for _ in range(5):
        v.validate(sign(key, claims()))
    assert jwks.fetches == 1
    for i in range(5):  # random kids must not hammer the identity provider
        refused(v, sign(other_key, claims(), kid=f"random-{i}"), auth.UNKNOWN_KEY)
    assert jwks.fetches == 1


async def test_a_cached_key_is_checked_without_a_worker_thread(key, other_key):
    """With every thread of the pool taken (a surge), a token whose key is cached is still checked at once; a key not
    cached yet is fetched in a worker thread (blocking HTTP), once one is free."""
    import asyncio

    import anyio.to_thread

    jwks = StubJWKS([_jwk(key, KID)], cooldown_duration=0)
    v = TokenValidator(config=AuthConfig(issuer=ISSUER), jwks_client=jwks)
    first = asyncio.create_task(v.validate_async(sign(key, claims())))  # nothing cached: fetched in a thread
    assert (await asyncio.wait_for(first, 10)).subject and jwks.fetches == 1
    pool = anyio.to_thread.current_default_thread_limiter()
    holders = [object() for _ in range(int(pool.total_tokens))]
    for holder in holders:
        await pool.acquire_on_behalf_of(holder)
    try:
        assert (await asyncio.wait_for(v.validate_async(sign(key, claims())), 5)).subject
        with pytest.raises(AuthError):
            await asyncio.wait_for(v.validate_async("not-a-jwt"), 5)
        jwks.keys = [_jwk(key, KID), _jwk(other_key, "rotated")]
        rotated = asyncio.create_task(v.validate_async(sign(other_key, claims(), kid="rotated")))
        await asyncio.sleep(0.3)
        assert not rotated.done()  # a key to fetch: waits for a thread
    finally:
        for holder in holders:
            pool.release_on_behalf_of(holder)
    assert (await asyncio.wait_for(rotated, 10)).subject and jwks.fetches == 2


def test_rotated_key_is_fetched(key, other_key):
    jwks = StubJWKS([_jwk(key, KID)], cooldown_duration=0)
    v = TokenValidator(config=AuthConfig(issuer=ISSUER), jwks_client=jwks)
    v.validate(sign(key, claims()))
    jwks.keys = [_jwk(key, KID), _jwk(other_key, "rotated")]
    assert v.validate(sign(other_key, claims(), kid="rotated")).subject
    assert jwks.fetches == 2


def test_jwks_unreachable_is_503():
    v = TokenValidator(config=AuthConfig(issuer=ISSUER, jwks_url="http://127.0.0.1:9/certs",
                                         http_timeout_seconds=1))
    err = refused(v, raw_token({"alg": "RS256", "kid": KID}, claims(), b"x" * 256), auth.JWKS_UNAVAILABLE)
    assert err.status == 503
    with pytest.raises(AuthError) as exc:
        v.warm()
    assert exc.value.code == auth.JWKS_UNAVAILABLE


async def test_validate_async_and_warm(validator, jwks, key):
    validator.warm()
    assert jwks.fetches == 1
    assert (await validator.validate_async(sign(key, claims()))).org_id == "unicef"
    assert jwks.fetches == 1


def test_config_from_settings():
    from pseah.common.settings import CommonSettings

    cfg = AuthConfig.from_settings(CommonSettings(keycloak_url="http://127.0.0.1:18080"))
    assert cfg.issuer == "http://127.0.0.1:18080/realms/pseah"
    assert cfg.jwks_uri == "http://127.0.0.1:18080/realms/pseah/protocol/openid-connect/certs"
    assert cfg.audience == "pseah-api"
    assert AuthConfig().jwks_uri == f"{ISSUER}/protocol/openid-connect/certs"


# ---------------------------------------------------------------- headers, gRPC metadata
def test_authorization_header_parsing():
    assert auth.token_from_authorization("Bearer abc.def.ghi") == "abc.def.ghi"
    assert auth.token_from_authorization("bearer   abc ") == "abc"
    assert auth.token_from_authorization(b"Bearer abc") == "abc"
    for bad in (None, "", "Basic dXNlcjpwdw==", "Bearer", "Bearer   "):
        with pytest.raises(AuthError) as exc:
            auth.token_from_authorization(bad)
        assert exc.value.code == auth.MISSING_TOKEN and exc.value.status == 401


def test_grpc_metadata(validator, key):
    token = sign(key, claims())
    md = (("x-request-id", "1"), ("authorization", f"Bearer {token}"))
    assert auth.token_from_grpc_metadata(md) == token
    assert auth.token_from_grpc_metadata({"authorization": f"Bearer {token}"}) == token
    assert auth.principal_from_grpc_metadata(md, validator=validator).org_id == "unicef"
    with pytest.raises(AuthError) as exc:
        auth.token_from_grpc_metadata([("x-request-id", "1")])
    assert exc.value.code == auth.MISSING_TOKEN
    import grpc

    assert auth.grpc_status_code(exc.value) == grpc.StatusCode.UNAUTHENTICATED
    assert auth.grpc_status_code(AuthError(auth.FORBIDDEN, "no", status=403)) == grpc.StatusCode.PERMISSION_DENIED
    with pytest.raises(AuthError):
        auth.require_grpc_roles(validator.validate(token), "coordinator")


# ---------------------------------------------------------------- FastAPI dependencies
@pytest.fixture
def client(validator):
    app = FastAPI()
    install_error_handlers(app)
    auth.install_auth(app, validator=validator)

    @app.get("/me")
    async def me(principal: auth.CurrentPrincipal):
        return {"sub": principal.subject, "org_id": principal.org_id}

    @app.get("/stats")
    async def stats(principal: Principal = Depends(auth.require_roles("coordinator", "auditor"))):
        return {"ok": principal.username}

    return TestClient(app)


def _assert_error(response, status, code):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code and body["error"]["details"] == []
    return body


def test_fastapi_ok(client, key):
    r = client.get("/me", headers={"Authorization": f"Bearer {sign(key, claims())}"})
    assert r.status_code == 200 and r.json()["org_id"] == "unicef"


def test_fastapi_missing_and_bad_token(client, key):
    _assert_error(client.get("/me"), 401, auth.MISSING_TOKEN)
    r = client.get("/me", headers={"Authorization": "Basic dXNlcjpwdw=="})
    _assert_error(r, 401, auth.MISSING_TOKEN)
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
    now = int(time.time())
    r = client.get("/me", headers={"Authorization": f"Bearer {sign(key, claims(exp=now - 100, iat=now - 400))}"})
    _assert_error(r, 401, auth.TOKEN_EXPIRED)
    assert 'error="invalid_token"' in r.headers["WWW-Authenticate"]


def test_fastapi_roles(client, key):
    fp = sign(key, claims())
    r = client.get("/stats", headers={"Authorization": f"Bearer {fp}"})
    body = _assert_error(r, 403, auth.FORBIDDEN)
    assert "coordinator" in body["error"]["message"]
    coord = sign(key, claims(preferred_username="coordinator", realm_access={"roles": ["coordinator"]}))
    r = client.get("/stats", headers={"Authorization": f"Bearer {coord}"})
    assert r.status_code == 200 and r.json() == {"ok": "coordinator"}
    _assert_error(client.get("/stats"), 401, auth.MISSING_TOKEN)


def test_fastapi_openapi_declares_bearer(client):
    schemes = client.get("/openapi.json").json()["components"]["securitySchemes"]
    assert any(s.get("scheme") == "bearer" for s in schemes.values())


def test_require_roles_needs_a_role():
    with pytest.raises(ValueError):
        auth.require_roles()


# ---------------------------------------------------------------- token helpers (mocked HTTP)
def test_fetch_tokens_with_mock_transport():
    seen = []

    def handler(request: httpx.Request):
        form = dict(httpx.QueryParams(request.content.decode()))
        seen.append((str(request.url), form))
        if form.get("password") == "wrong":
            return httpx.Response(401, json={"error": "invalid_grant", "error_description": "Invalid user credentials"})
        return httpx.Response(200, json={"access_token": "t", "expires_in": 300, "token_type": "Bearer"})

    with httpx.Client(transport=httpx.MockTransport(handler)) as c:
        assert auth.fetch_password_token("fp-unicef", "pw", client=c)["access_token"] == "t"
        assert auth.fetch_client_token("partner-pmi", "s3cret", client=c, issuer="http://kc/realms/pseah")["expires_in"] == 300
        with pytest.raises(AuthError) as exc:
            auth.fetch_password_token("fp-unicef", "wrong", client=c)
    assert exc.value.code == auth.LOGIN_FAILED and "Invalid user credentials" in exc.value.message
    assert seen[0][0] == f"{ISSUER}/protocol/openid-connect/token"
    assert seen[0][1]["grant_type"] == "password" and seen[0][1]["client_id"] == "pseah-cli"
    assert seen[1][0] == "http://kc/realms/pseah/protocol/openid-connect/token"
    assert seen[1][1] == {"grant_type": "client_credentials", "client_id": "partner-pmi", "client_secret": "s3cret"}
    assert auth.expires_at({"expires_in": 300}, now=1000) == 1300

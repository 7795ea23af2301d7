"""OpenID Connect authorization code flow with PKCE (S256) against Keycloak, with httpx.

The portal is a confidential client: the code is exchanged server-side with the client secret, and the
verifier, state and nonce live in the server-side session, never in the browser.
"""
from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from urllib.parse import urlencode

import httpx
import jwt

from pseah.portal.config import PortalSettings


class LoginError(Exception):
    """The login could not complete; the message is safe to log (no tokens, no codes)."""


@dataclass(frozen=True)
class PendingLogin:
    state: str
    nonce: str
    verifier: str
    next_path: str = "/cases"

    def to_doc(self) -> dict:
        return {"state": self.state, "nonce": self.nonce, "verifier": self.verifier, "next": self.next_path}

    @classmethod
    def from_doc(cls, doc: dict) -> "PendingLogin":
        return cls(state=doc["state"], nonce=doc["nonce"], verifier=doc["verifier"], next_path=doc.get("next") or "/cases")


def new_pending_login(*, next_path: str = "/cases") -> PendingLogin:
    return PendingLogin(state=secrets.token_urlsafe(24), nonce=secrets.token_urlsafe(24),
                        verifier=secrets.token_urlsafe(64), next_path=safe_next(next_path))


def safe_next(path: str | None) -> str:
    # Only local paths: an open redirect after login would be a phishing gift.
    if not path or not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/cases"
    return path


def s256_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_url(*, settings: PortalSettings, pending: PendingLogin) -> str:
    query = {
        "client_id": settings.oidc_client_id,
        "response_type": "code",
        "scope": "openid profile email",
        "redirect_uri": settings.redirect_uri,
        "state": pending.state,
        "nonce": pending.nonce,
        "code_challenge": s256_challenge(pending.verifier),
        "code_challenge_method": "S256",
    }
    return f"{settings.browser_issuer}/protocol/openid-connect/auth?{urlencode(query)}"


def end_session_url(*, settings: PortalSettings, id_token: str | None) -> str:
    query = {"client_id": settings.oidc_client_id, "post_logout_redirect_uri": f"{settings.public_url.rstrip('/')}/"}
    if id_token:
        query["id_token_hint"] = id_token
    return f"{settings.browser_issuer}/protocol/openid-connect/logout?{urlencode(query)}"


def _token_request(*, client: httpx.Client, settings: PortalSettings, form: dict) -> dict:
    url = f"{settings.keycloak_issuer}/protocol/openid-connect/token"
    try:
        response = client.post(url, data=form, auth=(settings.oidc_client_id, settings.oidc_secret),
                               timeout=settings.http_timeout)
    except httpx.HTTPError as exc:
        raise LoginError(f"token endpoint unreachable: {type(exc).__name__}") from None
    if response.status_code != 200:
        # Keycloak's error code (invalid_grant, unauthorized_client) is safe; the body is not logged whole.
        try:
            code = response.json().get("error", "unknown")
        except ValueError:
            code = "unknown"
        raise LoginError(f"token endpoint refused: {response.status_code} {code}")
    return response.json()


def exchange_code(*, client: httpx.Client, settings: PortalSettings, code: str, verifier: str) -> dict:
    return _token_request(client=client, settings=settings, form={
        "grant_type": "authorization_code", "code": code, "redirect_uri": settings.redirect_uri,
        "code_verifier": verifier,
    })


def refresh_tokens(*, client: httpx.Client, settings: PortalSettings, refresh_token: str) -> dict:
    return _token_request(client=client, settings=settings,
                          form={"grant_type": "refresh_token", "refresh_token": refresh_token})


def verify_id_token(*, id_token: str, nonce: str, settings: PortalSettings, jwks: jwt.PyJWKClient) -> dict:
    """Signature, issuer, audience (this client), expiry and the nonce of this login."""
    try:
        signing_key = jwks.get_signing_key_from_jwt(id_token)
        claims = jwt.decode(id_token, signing_key.key, algorithms=["RS256", "ES256", "PS256"],
                            audience=settings.oidc_client_id,
                            issuer=sorted({settings.keycloak_issuer, settings.browser_issuer}),
                            options={"require": ["exp", "iat", "iss", "aud", "sub"]}, leeway=30)
    except (jwt.PyJWTError, jwt.PyJWKClientError) as exc:
        raise LoginError(f"id token rejected: {type(exc).__name__}") from None
    if not secrets.compare_digest(str(claims.get("nonce", "")), nonce):
        raise LoginError("id token nonce mismatch")
    return claims

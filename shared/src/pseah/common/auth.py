"""Bearer tokens: validate Keycloak access tokens of realm `pseah` against the realm's JWKS.

    validator = TokenValidator(config=AuthConfig.from_settings(settings))
    principal = validator.validate(token)            # -> Principal, or raises AuthError

FastAPI: `install_auth(app, validator=...)` once, then `Depends(require_principal)` or
`Depends(require_roles("focal_point", "coordinator"))` (any one of the roles). Errors are `AuthError`, an
`ApiError` (see errors.py), so they answer 401/403/503 in the one error shape when the service installed
`install_error_handlers`. gRPC: `principal_from_grpc_metadata(context.invocation_metadata(), validator=...)`.

What is checked: RS256 only (alg none, HS* and anything else refused before any key is looked up), a `kid`
present in the JWKS as an RSA signature key, the signature, `iss`, `aud` contains the audience, `exp`,
`iat` and `sub` present, `nbf`/`exp` with a small leeway, and `typ` (when present) is `Bearer`, so ID and
refresh tokens are refused. No configuration is read at import time.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any

import httpx
import jwt
from fastapi import Depends, FastAPI, Request
from fastapi.security import HTTPBearer
from starlette.concurrency import run_in_threadpool

from pseah.common.errors import ApiError

DEFAULT_ISSUER = "http://127.0.0.1:8080/realms/pseah"
DEFAULT_AUDIENCE = "pseah-api"
ALGORITHMS = ("RS256",)
SERVICE_ACCOUNT_PREFIX = "service-account-"

# reason codes (AuthError.code)
MISSING_TOKEN = "missing_token"
INVALID_TOKEN = "invalid_token"  # malformed, or a claim missing or of the wrong type
UNSUPPORTED_ALGORITHM = "unsupported_algorithm"
UNKNOWN_KEY = "unknown_key"
INVALID_SIGNATURE = "invalid_signature"
INVALID_ISSUER = "invalid_issuer"
INVALID_AUDIENCE = "invalid_audience"
TOKEN_EXPIRED = "token_expired"
TOKEN_NOT_YET_VALID = "token_not_yet_valid"
WRONG_TOKEN_TYPE = "wrong_token_type"
JWKS_UNAVAILABLE = "jwks_unavailable"
IDP_UNAVAILABLE = "idp_unavailable"
FORBIDDEN = "forbidden"
LOGIN_FAILED = "login_failed"


class AuthError(ApiError):
    """A token was missing or refused (401), a role is missing (403) or the key set is unreachable (503).

    `code` is one of the reason codes of this module; `message` is safe to show (never the token).
    """

    def __init__(self, code: str, message: str, *, status: int = 401):
        headers = None
        if status == 401:
            error = "" if code == MISSING_TOKEN else ', error="invalid_token"'
            headers = {"WWW-Authenticate": f'Bearer realm="pseah"{error}'}
        elif status == 403:
            headers = {"WWW-Authenticate": 'Bearer realm="pseah", error="insufficient_scope"'}
        super().__init__(status=status, code=code, message=message, headers=headers)

    @property
    def reason(self) -> str:
        return self.code

    def __repr__(self) -> str:
        return f"AuthError({self.code!r}, status={self.status})"


@dataclass(frozen=True, slots=True)
class AuthConfig:
    issuer: str = DEFAULT_ISSUER
    audience: str = DEFAULT_AUDIENCE
    jwks_url: str | None = None  # default: <issuer>/protocol/openid-connect/certs
    leeway_seconds: float = 30.0  # clock skew allowed on exp, nbf and iat
    jwks_lifespan_seconds: float = 300.0  # how long the key set is cached
    jwks_cooldown_seconds: float = 10.0  # an unknown kid refetches the key set at most this often
    http_timeout_seconds: float = 5.0

    @property
    def jwks_uri(self) -> str:
        return self.jwks_url or f"{self.issuer.rstrip('/')}/protocol/openid-connect/certs"

    @property
    def token_endpoint(self) -> str:
        return f"{self.issuer.rstrip('/')}/protocol/openid-connect/token"

    @classmethod
    def from_settings(cls, settings: Any, **overrides: Any) -> AuthConfig:
        """From `pseah.common.settings.CommonSettings` (keycloak_issuer, keycloak_jwks_url, token_audience)."""
        return cls(issuer=settings.keycloak_issuer, audience=settings.token_audience,
                   jwks_url=settings.keycloak_jwks_url, **overrides)


@dataclass(frozen=True, slots=True)
class Principal:
    subject: str
    username: str | None
    org_id: str | None
    roles: frozenset[str]
    client_id: str | None
    is_service_account: bool

    def has_role(self, *roles: str) -> bool:
        """True when the principal holds at least one of `roles`."""
        return not self.roles.isdisjoint(roles)


def principal_from_claims(claims: Mapping[str, Any]) -> Principal:
    """Map verified access-token claims (Keycloak layout) to a Principal."""
    realm_access = claims.get("realm_access") or {}
    roles = realm_access.get("roles") if isinstance(realm_access, Mapping) else None
    if roles is None:
        roles = []
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise AuthError(INVALID_TOKEN, "The token's realm_access.roles is not a list of names.")
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub:
        raise AuthError(INVALID_TOKEN, "The token has no subject.")
    username = claims.get("preferred_username")
    org_id = claims.get("org_id")
    if org_id is not None and not isinstance(org_id, str):
        raise AuthError(INVALID_TOKEN, "The token's org_id is not a string.")
    # Keycloak puts `client_id` (service_account scope) only into client-credentials tokens; `azp` is the
    # client that asked for the token in every flow.
    client_id = claims.get("client_id") or claims.get("azp")
    is_service_account = "client_id" in claims or (
        isinstance(username, str) and username.startswith(SERVICE_ACCOUNT_PREFIX))
    return Principal(subject=sub, username=username if isinstance(username, str) else None, org_id=org_id,
                     roles=frozenset(roles), client_id=client_id if isinstance(client_id, str) else None,
                     is_service_account=is_service_account)


class TokenValidator:
    """Validates access tokens; holds the cached JWKS client (one per process and issuer)."""

    def __init__(self, *, config: AuthConfig, jwks_client: jwt.PyJWKClient | None = None):
        self.config = config
        self._jwks = jwks_client or jwt.PyJWKClient(
            config.jwks_uri, cache_jwk_set=True, lifespan=config.jwks_lifespan_seconds,
            timeout=config.http_timeout_seconds, cooldown_duration=config.jwks_cooldown_seconds)

    def _signing_key(self, kid: str) -> jwt.PyJWK:
        try:
            key = self._jwks.get_signing_key(kid)
        except jwt.PyJWKClientConnectionError as exc:
            raise AuthError(JWKS_UNAVAILABLE, "The identity provider's keys cannot be fetched right now.",
                            status=503) from exc
        except (jwt.PyJWKClientError, jwt.PyJWKSetError) as exc:
            raise AuthError(UNKNOWN_KEY, "The token is signed with a key the identity provider does not publish.") \
                from exc
        if key.key_type != "RSA" or key.algorithm_name not in ALGORITHMS:
            raise AuthError(UNKNOWN_KEY, "The token's key is not an RS256 signing key.")
        return key

    def claims(self, token: str) -> dict[str, Any]:
        """The verified claims of `token`; raises AuthError."""
        if not token or not isinstance(token, str):
            raise AuthError(MISSING_TOKEN, "A bearer token is required.")
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError as exc:
            raise AuthError(INVALID_TOKEN, "The token is not a well-formed JWT.") from exc
        alg = header.get("alg")
        if alg not in ALGORITHMS:
            raise AuthError(UNSUPPORTED_ALGORITHM, f"Tokens must be signed with {', '.join(ALGORITHMS)}.")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise AuthError(UNKNOWN_KEY, "The token names no signing key (kid).")
        key = self._signing_key(kid)
        cfg = self.config
        try:
            claims = jwt.decode(
                token, key.key, algorithms=list(ALGORITHMS), audience=cfg.audience, issuer=cfg.issuer,
                leeway=cfg.leeway_seconds,
                options={"require": ["exp", "iat", "iss", "aud", "sub"], "verify_signature": True,
                         "verify_exp": True, "verify_nbf": True, "verify_iat": True, "verify_aud": True,
                         "verify_iss": True})
        except jwt.ExpiredSignatureError as exc:
            raise AuthError(TOKEN_EXPIRED, "The token has expired.") from exc
        except jwt.ImmatureSignatureError as exc:
            raise AuthError(TOKEN_NOT_YET_VALID, "The token is not valid yet.") from exc
        except jwt.InvalidAudienceError as exc:
            raise AuthError(INVALID_AUDIENCE, f"The token is not meant for {cfg.audience}.") from exc
        except jwt.InvalidIssuerError as exc:
            raise AuthError(INVALID_ISSUER, "The token was issued by another issuer.") from exc
        except jwt.InvalidSignatureError as exc:
            raise AuthError(INVALID_SIGNATURE, "The token's signature does not verify.") from exc
        except jwt.InvalidAlgorithmError as exc:
            raise AuthError(UNSUPPORTED_ALGORITHM, "The token's algorithm is not allowed.") from exc
        except jwt.MissingRequiredClaimError as exc:
            raise AuthError(INVALID_TOKEN, f"The token lacks the {exc.claim!r} claim.") from exc
        except jwt.InvalidTokenError as exc:  # DecodeError, InvalidIssuedAtError, ...
            raise AuthError(INVALID_TOKEN, "The token is invalid.") from exc
        typ = claims.get("typ")
        if typ is not None and str(typ).lower() != "bearer":
            raise AuthError(WRONG_TOKEN_TYPE, "An access token is required, not an ID or refresh token.")
        return claims

    def validate(self, token: str) -> Principal:
        return principal_from_claims(self.claims(token))

    def _needs_no_fetch(self, token: str) -> bool:
        """Whether validating `token` does no I/O: the key it names is in the cached key set, or it is refused before
        any key is looked up."""
        cache = self._jwks.jwk_set_cache
        keys = cache.get() if cache is not None else None
        if keys is None:
            return False
        if not token or not isinstance(token, str):
            return True
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.InvalidTokenError:
            return True
        return any(key.key_id == kid for key in keys.keys)

    async def validate_async(self, token: str) -> Principal:
        """`validate` on the event loop when its key is cached (an RS256 check, no I/O), so a request never waits for
        a worker thread to have its token checked (in a surge every thread may be taken: pseah.intake.door); in a
        worker thread when the key set must be fetched over blocking HTTP (expired, or a key not seen yet)."""
        if self._needs_no_fetch(token):
            return self.validate(token)
        return await run_in_threadpool(self.validate, token)

    def warm(self) -> None:
        """Fetch the key set now (start-up, readiness checks); raises AuthError(jwks_unavailable)."""
        try:
            self._jwks.get_jwk_set(refresh=True)
        except jwt.PyJWKClientError as exc:
            raise AuthError(JWKS_UNAVAILABLE, "The identity provider's keys cannot be fetched right now.",
                            status=503) from exc


def validate_token(token: str, *, validator: TokenValidator) -> Principal:
    return validator.validate(token)


# ------------------------------------------------------------------ headers and gRPC metadata
def token_from_authorization(value: str | bytes | None) -> str:
    """The token of an `Authorization: Bearer <token>` value; raises AuthError(missing_token)."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not value or not value.strip():
        raise AuthError(MISSING_TOKEN, "A bearer token is required (Authorization: Bearer <token>).")
    scheme, _, token = value.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise AuthError(MISSING_TOKEN, "The Authorization header must be 'Bearer <token>'.")
    return token


def token_from_grpc_metadata(metadata: Iterable[tuple[str, str | bytes]] | Mapping[str, str | bytes] | None) -> str:
    """The bearer token of gRPC metadata (`authorization` key), e.g. `context.invocation_metadata()`."""
    items = metadata.items() if isinstance(metadata, Mapping) else (metadata or ())
    for key, value in items:
        if key.lower() == "authorization":
            return token_from_authorization(value)
    return token_from_authorization(None)


def principal_from_grpc_metadata(metadata, *, validator: TokenValidator) -> Principal:
    return validator.validate(token_from_grpc_metadata(metadata))


def grpc_status_code(error: AuthError):
    """The grpc.StatusCode for an AuthError: UNAUTHENTICATED, PERMISSION_DENIED or UNAVAILABLE."""
    import grpc

    return {403: grpc.StatusCode.PERMISSION_DENIED, 503: grpc.StatusCode.UNAVAILABLE}.get(
        error.status, grpc.StatusCode.UNAUTHENTICATED)


def require_grpc_roles(principal: Principal, *roles: str) -> Principal:
    if roles and not principal.has_role(*roles):
        raise AuthError(FORBIDDEN, f"Requires one of the roles: {', '.join(sorted(roles))}.", status=403)
    return principal


# ------------------------------------------------------------------ FastAPI
_bearer_scheme = HTTPBearer(auto_error=False, bearerFormat="JWT",
                            description="Access token of the Keycloak realm pseah (audience pseah-api)")


def install_auth(app: FastAPI, *, validator: TokenValidator) -> None:
    """Make `require_principal` / `require_roles` use `validator` in this app."""
    app.state.token_validator = validator


async def require_principal(request: Request, _scheme: Any = Depends(_bearer_scheme)) -> Principal:
    """FastAPI dependency: the authenticated Principal, or 401 (503 if the JWKS is unreachable)."""
    validator: TokenValidator | None = getattr(request.app.state, "token_validator", None)
    if validator is None:
        raise RuntimeError("pseah.common.auth.install_auth(app, validator=...) was not called")
    token = token_from_authorization(request.headers.get("authorization"))
    principal = await validator.validate_async(token)
    request.state.principal = principal
    return principal


def require_roles(*roles: str):
    """FastAPI dependency factory: the Principal if it holds at least one of `roles`, else 403."""
    if not roles:
        raise ValueError("require_roles needs at least one role")
    wanted = frozenset(roles)

    async def _require_roles(principal: Principal = Depends(require_principal)) -> Principal:
        if principal.roles.isdisjoint(wanted):
            raise AuthError(FORBIDDEN, f"Requires one of the roles: {', '.join(sorted(wanted))}.", status=403)
        return principal

    return _require_roles


CurrentPrincipal = Annotated[Principal, Depends(require_principal)]


# ------------------------------------------------------------------ getting tokens (tests, CLI)
def _token_request(data: dict[str, str], *, issuer: str, timeout: float, client: httpx.Client | None) -> dict:
    url = f"{issuer.rstrip('/')}/protocol/openid-connect/token"
    try:
        if client is not None:
            response = client.post(url, data=data, timeout=timeout)
        else:
            response = httpx.post(url, data=data, timeout=timeout)
    except httpx.HTTPError as exc:
        raise AuthError(IDP_UNAVAILABLE, f"The identity provider is not reachable ({type(exc).__name__}).",
                        status=503) from exc
    if response.status_code != 200:
        try:
            body = response.json()
            why = body.get("error_description") or body.get("error") or ""
        except ValueError:
            why = ""
        raise AuthError(LOGIN_FAILED, f"Token request refused ({response.status_code}{': ' + why if why else ''}).")
    return response.json()


def fetch_password_token(username: str, password: str, *, issuer: str = DEFAULT_ISSUER,
                         client_id: str = "pseah-cli", client_secret: str | None = None, scope: str = "openid",
                         timeout: float = 10.0, client: httpx.Client | None = None) -> dict:
    """Resource-owner password grant (local development: the pseah-cli client allows it only there).

    Returns Keycloak's token response (`access_token`, `expires_in`, `refresh_token`, ...)."""
    data = {"grant_type": "password", "client_id": client_id, "username": username, "password": password,
            "scope": scope}
    if client_secret:
        data["client_secret"] = client_secret
    return _token_request(data, issuer=issuer, timeout=timeout, client=client)


def fetch_client_token(client_id: str, secret: str, *, issuer: str = DEFAULT_ISSUER, scope: str | None = None,
                       timeout: float = 10.0, client: httpx.Client | None = None) -> dict:
    """Client-credentials grant for a service-account client such as partner-unicef."""
    data = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    if scope:
        data["scope"] = scope
    return _token_request(data, issuer=issuer, timeout=timeout, client=client)


def expires_at(token_response: Mapping[str, Any], *, now: float | None = None) -> float:
    """Epoch seconds at which the access token of a token response expires."""
    return (now if now is not None else time.time()) + float(token_response.get("expires_in", 0))

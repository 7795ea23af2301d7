"""The parts of every service's OpenAPI document that partners' tools need and FastAPI does not write.

    install_openapi(app, settings=settings)          # once, in the app factory, after the routers

What it adds to FastAPI's own document (tools/contracts/check.sh lints the result with Redocly's
recommended rules, so a partner's client generator gets a complete contract):

- `servers`: the address the service answers on (`public_base_url` where a service has one, else
  http://host:port of its settings; a wildcard bind address is shown as the loopback address).
- `info.license`: LICENSE below.
- Security schemes of Keycloak's realm, from the settings: `keycloak` (OpenID Connect discovery, the
  realm's well-known URL) and `oauth2` (the same realm's endpoints: authorization code with PKCE for
  people, client credentials for partner systems). Either one yields the bearer token the API checks.
- Per operation security, decided by the code and not by a list kept beside it: an operation whose
  dependencies include pseah.common.auth's bearer check (FastAPI marks it `HTTPBearer`) requires
  `keycloak` or `oauth2` and documents 401 and 403 in the one error shape; an operation that declares its
  own `security` (openapi_extra, e.g. a provider's signed webhook) keeps it, and its schemes must be passed
  in `schemes`; every other operation is public and says so with an explicit empty `security`.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI

# No licence file exists in the repository yet: the APIs are the network's own, not open source. An SPDX
# LicenseRef (OpenAPI 3.1 `identifier`) says so without pointing at a document that does not exist;
# replace both here when the project chooses a licence.
LICENSE = {"name": "Proprietary (PSEAH inter-agency network)", "identifier": "LicenseRef-PSEAH-Proprietary"}

# The security scheme FastAPI derives from pseah.common.auth's HTTPBearer dependency.
FASTAPI_BEARER = "HTTPBearer"
TOKEN_SCHEMES = ("keycloak", "oauth2")
ERROR_SCHEMA = "ErrorResponse"

_ERROR_SCHEMA = {
    "title": ERROR_SCHEMA,
    "type": "object",
    "required": ["error"],
    "description": "The one error shape of every PSEAH API (pseah.common.errors).",
    "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
        "code": {"type": "string"}, "message": {"type": "string"},
        "details": {"type": "array", "items": {}}}}},
}
_TOKEN_ERRORS = {
    "401": "Missing, expired or otherwise invalid access token (error code names why).",
    "403": "The token's roles or organisation do not allow this.",
}


def server_url(settings: Any) -> str:
    """Where the service answers: its public address when configured, else http://host:port."""
    public = getattr(settings, "public_base_url", None) or getattr(settings, "public_url", None)
    if public:
        return str(public).rstrip("/")
    host = getattr(settings, "host", "127.0.0.1")
    if host in ("0.0.0.0", "::", ""):
        host = "127.0.0.1"
    return f"http://{host}:{settings.port}"


def security_schemes(issuer: str) -> dict[str, dict]:
    """The Keycloak realm `issuer` as OpenID Connect and OAuth2 security schemes."""
    issuer = issuer.rstrip("/")
    endpoints = f"{issuer}/protocol/openid-connect"
    return {
        "keycloak": {
            "type": "openIdConnect",
            "openIdConnectUrl": f"{issuer}/.well-known/openid-configuration",
            "description": "Access token of the Keycloak realm (audience pseah-api), sent as "
                           "`Authorization: Bearer <token>`; discovery names every endpoint.",
        },
        "oauth2": {
            "type": "oauth2",
            "description": "The same realm's endpoints: authorization code with PKCE for people, client "
                           "credentials for partner systems' service accounts.",
            "flows": {
                "authorizationCode": {"authorizationUrl": f"{endpoints}/auth", "tokenUrl": f"{endpoints}/token",
                                      "refreshUrl": f"{endpoints}/token", "scopes": {}},
                "clientCredentials": {"tokenUrl": f"{endpoints}/token", "scopes": {}},
            },
        },
    }


def complete(schema: dict, *, issuer: str, servers: list[dict], schemes: Mapping[str, dict] | None = None) -> dict:
    """Add servers, licence, security schemes and per-operation security to a FastAPI document (in place)."""
    schema["servers"] = servers
    schema.setdefault("info", {})["license"] = dict(LICENSE)
    components = schema.setdefault("components", {})
    declared = components.setdefault("securitySchemes", {})
    declared.pop(FASTAPI_BEARER, None)
    declared.update(security_schemes(issuer))
    declared.update(schemes or {})
    needs_error_schema = False
    for path, item in schema.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue  # path-level parameters, servers, summary
            security = operation.get("security")
            if security is None:
                operation["security"] = []  # public: explicitly no token
                continue
            names = {name for requirement in security for name in requirement}
            if FASTAPI_BEARER in names:
                if names != {FASTAPI_BEARER}:
                    raise ValueError(f"{method.upper()} {path}: bearer token mixed with {names}")
                operation["security"] = [{name: []} for name in TOKEN_SCHEMES]
                for status, description in _TOKEN_ERRORS.items():
                    if status not in operation["responses"]:
                        needs_error_schema = True
                        operation["responses"][status] = {"description": description, "content": {
                            "application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}}}}
                continue
            undeclared = names - set(declared)
            if undeclared:
                raise ValueError(f"{method.upper()} {path}: security schemes {undeclared} are not declared")
    if needs_error_schema:
        components.setdefault("schemas", {}).setdefault(ERROR_SCHEMA, _ERROR_SCHEMA)
    return schema


def install_openapi(app: FastAPI, *, settings: Any, schemes: Mapping[str, dict] | None = None,
                    server_description: str = "this deployment") -> None:
    """Make `app.openapi()` (and /openapi.json) return the completed document; built once, on first use."""
    generate = app.openapi  # FastAPI's own, bound to app; caches its result in app.openapi_schema
    servers = [{"url": server_url(settings), "description": server_description}]
    issuer = settings.keycloak_issuer

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = complete(generate(), issuer=issuer, servers=servers, schemes=schemes)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

"""pseah.common.openapi: servers, licence, Keycloak schemes and per-operation security from the code."""
from __future__ import annotations

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from pseah.common.auth import AuthConfig, TokenValidator, install_auth, require_principal, require_roles
from pseah.common.openapi import LICENSE, install_openapi, server_url
from pseah.common.settings import CommonSettings


class _Settings(CommonSettings):
    host: str = "0.0.0.0"
    port: int = 8123


SIGNED = {"hookSignature": {"type": "apiKey", "in": "header", "name": "X-Signature"}}


def _app(settings=None, *, schemes=SIGNED, extra_security=None) -> FastAPI:
    settings = settings or _Settings()
    app = FastAPI(title="t", version="1")
    install_auth(app, validator=TokenValidator(config=AuthConfig.from_settings(settings)))

    @app.post("/public")
    def public() -> dict:
        return {}

    @app.get("/mine", dependencies=[Depends(require_principal)])
    def mine() -> dict:
        return {}

    @app.get("/coordinator", dependencies=[Depends(require_roles("coordinator"))],
             responses={403: {"description": "not a coordinator"}})
    def coordinator() -> dict:
        return {}

    @app.post("/hook", openapi_extra={"security": extra_security or [{"hookSignature": []}]})
    def hook() -> dict:
        return {}

    install_openapi(app, settings=settings, schemes=schemes)
    return app


def test_public_operations_say_so_and_token_operations_name_keycloak():
    doc = _app().openapi()
    paths = doc["paths"]
    assert paths["/public"]["post"]["security"] == []
    for path in ("/mine", "/coordinator"):
        assert paths[path]["get"]["security"] == [{"keycloak": []}, {"oauth2": []}], path
    assert paths["/hook"]["post"]["security"] == [{"hookSignature": []}]


def test_schemes_come_from_the_settings_and_fastapis_bearer_is_replaced():
    settings = _Settings(keycloak_url="https://id.example.org/", keycloak_realm="net")
    schemes = _app(settings).openapi()["components"]["securitySchemes"]
    assert set(schemes) == {"keycloak", "oauth2", "hookSignature"}
    assert schemes["keycloak"] == {**schemes["keycloak"], "type": "openIdConnect",
                                   "openIdConnectUrl": "https://id.example.org/realms/net/.well-known/openid-configuration"}
    flows = schemes["oauth2"]["flows"]
    assert flows["clientCredentials"]["tokenUrl"] == "https://id.example.org/realms/net/protocol/openid-connect/token"
    assert flows["authorizationCode"]["authorizationUrl"].endswith("/realms/net/protocol/openid-connect/auth")


def test_default_issuer_is_the_local_keycloak():
    url = _app().openapi()["components"]["securitySchemes"]["keycloak"]["openIdConnectUrl"]
    assert url == "http://127.0.0.1:8080/realms/pseah/.well-known/openid-configuration"


def test_token_operations_document_401_and_403_in_the_error_shape_without_overwriting_their_own():
    doc = _app().openapi()
    mine = doc["paths"]["/mine"]["get"]["responses"]
    assert mine["401"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}
    assert "403" in mine
    assert doc["paths"]["/coordinator"]["get"]["responses"]["403"] == {"description": "not a coordinator"}
    assert doc["components"]["schemas"]["ErrorResponse"]["required"] == ["error"]
    assert "401" not in doc["paths"]["/public"]["post"]["responses"]


def test_servers_and_licence():
    doc = _app().openapi()
    assert doc["servers"] == [{"url": "http://127.0.0.1:8123", "description": "this deployment"}]
    assert doc["info"]["license"] == LICENSE and LICENSE["identifier"].startswith("LicenseRef-")
    assert server_url(type("S", (), {"public_base_url": "https://intake.example.org/", "port": 1})()) == \
        "https://intake.example.org"


def test_served_document_is_the_completed_one_and_built_once():
    app = _app()
    served = TestClient(app).get("/openapi.json").json()
    assert served["paths"]["/public"]["post"]["security"] == []
    assert app.openapi() is app.openapi()


def test_an_undeclared_scheme_is_refused():
    with pytest.raises(ValueError, match="not declared"):
        _app(schemes=None).openapi()
    with pytest.raises(ValueError, match="not declared"):
        _app(extra_security=[{"nobody": []}]).openapi()

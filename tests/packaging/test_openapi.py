"""Each HTTP service's OpenAPI document as partners get it (tools/contracts/openapi_documents.py; no server).

Redocly lints the same documents in `make contracts`; this holds what a linter cannot know: which operations
are public, which need a Keycloak token, and that the documents of the running services are these.
"""
from __future__ import annotations

import importlib.util

import pytest

WELL_KNOWN = "http://127.0.0.1:8080/realms/pseah/.well-known/openid-configuration"
TOKEN = [{"keycloak": []}, {"oauth2": []}]
# Public by design (CONTRACTS.md): the reporter has only the receipt; providers sign their webhooks; the audit
# log's public key is published so that anyone holding a checkpoint or an export bundle can check its signature.
PUBLIC = {("intake", "post", "/v1/reports"), ("intake", "get", "/v1/receipts/{receipt}"),
          ("intake", "post", "/v1/receipts/{receipt}/messages"), ("audit", "get", "/v1/audit/public-key")}
SIGNED = {("intake", "post", "/v1/channels/twilio/{channel}"): "twilioSignature",
          ("intake", "post", "/v1/channels/rapidpro"): "rapidproSignature"}
NEEDS_TOKEN = {("intake", "post", "/v1/partner/reports"), ("intake", "get", "/v1/cases/{reference}/messages"),
               ("triage", "get", "/v1/triage/{reference}"), ("audit", "get", "/v1/audit/entries"),
               ("analytics", "get", "/v1/stats")}


@pytest.fixture(scope="module")
def documents(root):
    spec = importlib.util.spec_from_file_location("openapi_documents", root / "tools/contracts/openapi_documents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.documents()


def _operations(documents):
    for service, doc in documents.items():
        for path, item in doc["paths"].items():
            for method, operation in item.items():
                yield (service, method, path), operation


def test_every_http_api_has_a_document(documents, service_ports):
    # referral and notification serve only health; the portal serves HTML and no OpenAPI.
    assert set(documents) == {"intake", "triage", "audit", "analytics"}
    for service, doc in documents.items():
        assert doc["servers"][0]["url"] == f"http://127.0.0.1:{service_ports[service]}", service
        assert doc["info"]["license"]["identifier"], service


def test_every_operation_states_its_security(documents):
    seen = set()
    for key, operation in _operations(documents):
        seen.add(key)
        declared = documents[key[0]]["components"]["securitySchemes"]
        assert "security" in operation, key
        for requirement in operation["security"]:
            assert set(requirement) <= set(declared), key
        if key in PUBLIC:
            assert operation["security"] == [], key
        elif key in SIGNED:
            assert operation["security"] == [{SIGNED[key]: []}], key
        elif key in NEEDS_TOKEN:
            assert operation["security"] == TOKEN, key
        if operation["security"] == TOKEN:
            assert {"401", "403"} <= set(operation["responses"]), key
    assert PUBLIC | set(SIGNED) | NEEDS_TOKEN <= seen, (PUBLIC | set(SIGNED) | NEEDS_TOKEN) - seen


def test_receipt_holders_need_no_token_and_staff_apis_all_do(documents):
    for (service, _method, path), operation in _operations(documents):
        if path.startswith("/v1/receipts/"):
            assert operation["security"] == [], path  # the receipt is the reporter's only credential
        elif (service, _method, path) in PUBLIC:
            assert operation["security"] == [], path
        elif service != "intake" or path.startswith(("/v1/cases/", "/v1/operator/", "/v1/partner/")):
            assert operation["security"] == TOKEN, (service, path)


def test_schemes_point_at_keycloaks_discovery(documents):
    for service, doc in documents.items():
        schemes = doc["components"]["securitySchemes"]
        assert schemes["keycloak"]["openIdConnectUrl"] == WELL_KNOWN, service
        assert "HTTPBearer" not in schemes, service

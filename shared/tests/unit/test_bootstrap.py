"""The service kit's HTTP skeleton (pseah.common.bootstrap.service_api): every stream service's API has the one error
shape, token checks, health with the checks it is given, its own routers, OpenAPI and metrics."""
from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.testclient import TestClient

from pseah.common.auth import require_roles
from pseah.common.bootstrap import service_api
from pseah.common.settings import CommonSettings


class _Settings(CommonSettings):
    database: str = "pseah_unit_never_connected"
    host: str = "127.0.0.1"
    port: int = 8099


def _router() -> APIRouter:
    router = APIRouter(prefix="/v1/things", tags=["things"])

    @router.get("", dependencies=[Depends(require_roles("auditor"))])
    def things() -> list[str]:
        return ["a"]

    return router


def _app(**kw):
    return service_api(service="unit", title="PSEAH unit", settings=_Settings(kafka_bootstrap="127.0.0.1:1"),
                       routers=[_router()], **kw)


def test_the_skeleton_serves_health_with_the_checks_given_and_refuses_a_consumer_not_ready():
    client = TestClient(_app(consumer_ready=lambda: False))
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["consumer"] == "unreachable"  # as the consumer check says
    assert ready.json()["checks"]["kafka"] == "unreachable"  # nothing listens on port 1
    assert set(TestClient(_app()).get("/readyz").json()["checks"]) == {"mongo", "kafka"}  # no consumer check given


def test_the_services_routes_sit_behind_token_checks_and_errors_have_the_one_shape():
    client = TestClient(_app())
    refused = client.get("/v1/things")
    assert refused.status_code == 401
    assert set(refused.json()) >= {"error"}
    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404 and "error" in missing.json()


def test_openapi_lists_the_services_routes_and_the_customisation_runs_before_them():
    seen = []
    app = _app(customise=lambda app: seen.append(len(app.routes)))
    assert "/v1/things" in app.openapi()["paths"]
    assert seen and seen[0] < len(app.routes)


def test_both_http_servers_keep_an_idle_connection_longer_than_a_client_pool_does(monkeypatch):
    """A client's pooled connection must be let go by the client first: a request sent on a connection the server is
    closing at that moment is never read (a bare ReadError to the caller, one in a flood of 300)."""
    import httpx
    import uvicorn

    from pseah.common import bootstrap, streams

    assert streams.KEEP_ALIVE_SECONDS > httpx.Limits().keepalive_expiry
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    bootstrap.run_http_service(service="unit", settings=_Settings(kafka_bootstrap="127.0.0.1:1"),
                               create_app=lambda settings: _app())
    assert seen["timeout_keep_alive"] == streams.KEEP_ALIVE_SECONDS
    embedded = streams._EmbeddedServer(_app(), host="127.0.0.1", port=8099)
    assert embedded.server.config.timeout_keep_alive == streams.KEEP_ALIVE_SECONDS

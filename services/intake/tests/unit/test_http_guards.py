"""The HTTP edge without a store: every bad input is a named 4xx, a dead store a 503, never a 5xx else."""
import httpx
import pytest

from pseah.intake.config import IntakeSettings
from pseah.intake.main import create_app
from pseah.intake.bootstrap import bootstrap, shutdown


@pytest.fixture
async def client(tmp_path):
    # Nothing listens on port 9: the store is "down" for every request that gets as far as the store.
    settings = IntakeSettings(mongo_uri="mongodb://127.0.0.1:9", mongo_timeout_ms=200,
                              master_key_file=tmp_path / "master.key", receipt_key_file=tmp_path / "receipt.key")
    app = create_app(settings)
    app.state.runtime = bootstrap(settings)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            yield c
    finally:
        shutdown(app.state.runtime)


def assert_error(response, status, code=None):
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and {"code", "message", "details"} <= set(body["error"])
    if code:
        assert body["error"]["code"] == code
    return body["error"]


async def test_oversized_body_413(client):
    body = b'{"narrative": "' + b"x" * (70 * 1024) + b'"}'
    assert_error(await client.post("/v1/reports", content=body, headers={"content-type": "application/json"}),
                 413, "too_large")


async def test_oversized_streamed_body_without_length_413(client):
    async def chunks():
        yield b'{"narrative": "'
        for _ in range(80):
            yield b"x" * 1024
        yield b'"}'
    assert_error(await client.post("/v1/reports", content=chunks(), headers={"content-type": "application/json"}),
                 413, "too_large")


async def test_invalid_utf8_400(client):
    err = assert_error(await client.post("/v1/reports", content=b'{"narrative": "\xff\xfe bad"}',
                                         headers={"content-type": "application/json"}), 400, "invalid_utf8")
    assert "UTF-8" in err["message"]


@pytest.mark.parametrize("body", [b'{"narrative": ', b"not json", b'{"narrative": "x",}', b"[" * 5000])
async def test_malformed_json_400(client, body):
    assert_error(await client.post("/v1/reports", content=body, headers={"content-type": "application/json"}),
                 400)


async def test_form_encoding_415(client):
    assert_error(await client.post("/v1/reports", data={"narrative": "x"}), 415, "unsupported_media_type")


async def test_unknown_field_and_injection_422_without_echo(client):
    secret = "nama korban Siti"
    err = assert_error(await client.post("/v1/reports", json={"narrative": {"$gt": ""}, "extra": secret}),
                       422, "invalid")
    locs = {tuple(d["loc"]) for d in err["details"]}
    assert ("body", "narrative") in locs and ("body", "extra") in locs
    assert secret not in str(err)


async def test_store_down_is_503_with_retry_after(client):
    r = await client.post("/v1/reports", json={"narrative": "store is down"})
    assert_error(r, 503, "store_unavailable")
    assert int(r.headers["retry-after"]) > 0


async def test_receipt_lookup_with_store_down_is_503(client):
    assert_error(await client.get("/v1/receipts/" + "A" * 26), 503)


async def test_no_store_headers(client):
    r = await client.post("/v1/reports", json={"narrative": 1})
    assert r.headers["cache-control"] == "no-store"


async def test_openapi_documents_202_and_errors(client):
    spec = (await client.get("/openapi.json")).json()
    post = spec["paths"]["/v1/reports"]["post"]
    assert post["responses"]["202"]["content"]["application/json"]["schema"]["$ref"].endswith("/ReportAccepted")
    for status in ("400", "413", "422", "503"):
        assert post["responses"][status]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
    schema = spec["components"]["schemas"]["ReportCreate"]
    assert schema["required"] == ["narrative"] and schema["additionalProperties"] is False

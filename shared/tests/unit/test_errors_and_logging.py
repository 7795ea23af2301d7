import json
import logging

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

from pseah.common.errors import ApiError, install_error_handlers
from pseah.common.logging import configure_logging, get_logger


def make_app():
    app = FastAPI()
    install_error_handlers(app)

    class Body(BaseModel):
        narrative: str

    @app.post("/things")
    def create(body: Body):
        return {"ok": True}

    @app.get("/conflict")
    def conflict():
        raise ApiError(status=409, code="conflict", message="Already there.", headers={"X-Why": "dup"})

    @app.get("/boom")
    def boom():
        raise RuntimeError("survivor said something private")

    return app


def test_every_error_has_the_one_shape_and_no_echoed_input():
    client = TestClient(make_app(), raise_server_exceptions=False)
    invalid = client.post("/things", json={"narrative": 5, "secret_field": "PRIVATE-TEXT"})
    assert invalid.status_code == 422
    assert set(invalid.json()["error"]) == {"code", "message", "details"}
    assert "PRIVATE-TEXT" not in invalid.text
    conflict = client.get("/conflict")
    assert conflict.status_code == 409 and conflict.json()["error"]["code"] == "conflict"
    assert conflict.headers["X-Why"] == "dup"
    missing = client.get("/nowhere")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    boom = client.get("/boom")
    assert boom.status_code == 500 and "private" not in boom.text


def test_logs_are_json_and_sensitive_keys_are_redacted(capsys):
    configure_logging(service="test")
    get_logger("t").info("report_stored", reference="PSEAH-1", narrative="dipaksa", contact="+62 812")
    logging.getLogger("other.lib").warning("plain stdlib line")
    lines = [json.loads(line) for line in capsys.readouterr().err.strip().splitlines()]
    stored = next(line for line in lines if line["event"] == "report_stored")
    assert stored["reference"] == "PSEAH-1" and stored["service"] == "test"
    assert stored["narrative"] == "[redacted]" and stored["contact"] == "[redacted]"
    assert any(line["event"] == "plain stdlib line" for line in lines)

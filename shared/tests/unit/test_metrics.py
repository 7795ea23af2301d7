"""/metrics on a FastAPI app and on a faust app; events counted where consumers handle them."""
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from opentelemetry import context
from prometheus_client import REGISTRY

from pseah.common import metrics
from pseah.common.telemetry import span_from


def sample(name, **labels):
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
def app(monkeypatch):
    # No Kafka in unit tests: the collector must yield nothing rather than fail the scrape.
    monkeypatch.setattr(metrics.KafkaCollector, "_read", lambda self: (_ for _ in ()).throw(OSError("no kafka")))
    api = FastAPI()

    @api.get("/v1/receipts/{receipt}")
    def receipt(receipt: str):
        return {"ok": True}

    @api.get("/v1/broken")
    async def broken():
        raise RuntimeError("a bug")

    return metrics.instrument(api, service="unit")


def test_requests_are_counted_by_route_template_never_by_path(app):
    client = TestClient(app)
    before = sample("pseah_http_requests_total", service="unit", method="GET", route="/v1/receipts/{receipt}", status="200")
    assert client.get("/v1/receipts/SECRET-RECEIPT-123").status_code == 200
    body = client.get("/metrics").text
    after = sample("pseah_http_requests_total", service="unit", method="GET", route="/v1/receipts/{receipt}", status="200")
    assert after == before + 1
    assert "SECRET-RECEIPT-123" not in body  # a receipt in the path never becomes a label
    assert "pseah_http_request_duration_seconds_bucket" in body


def test_a_request_that_raises_is_counted_as_a_500_and_still_timed(app):
    client = TestClient(app, raise_server_exceptions=False)
    labels = dict(service="unit", method="GET", route="/v1/broken")
    before = sample("pseah_http_requests_total", status="500", **labels)
    timed = sample("pseah_http_request_duration_seconds_count", service="unit", route="/v1/broken")
    assert client.get("/v1/broken").status_code == 500
    assert sample("pseah_http_requests_total", status="500", **labels) == before + 1
    assert sample("pseah_http_request_duration_seconds_count", service="unit", route="/v1/broken") == timed + 1


def test_handled_and_failed_events_are_counted_in_the_consumer_span():
    before_ok = sample("pseah_events_handled_total", service=metrics.service_name(), handler="unit.handle")
    before_failed = sample("pseah_events_failed_total", service=metrics.service_name(), handler="unit.handle")
    with span_from(context.get_current(), "unit.handle"):
        pass
    with pytest.raises(RuntimeError), span_from(context.get_current(), "unit.handle"):
        raise RuntimeError("handler failed")
    assert sample("pseah_events_handled_total", service=metrics.service_name(), handler="unit.handle") == before_ok + 1
    assert sample("pseah_events_failed_total", service=metrics.service_name(), handler="unit.handle") == before_failed + 1


def test_every_declared_name_is_exposed(app):
    metrics.deadline_breached("referral")
    metrics.set_outbox_backlog(3)
    body = TestClient(app).get("/metrics").text
    exposed = {line.split("{")[0].split(" ")[0] for line in body.splitlines() if line and not line.startswith("#")}
    # The Kafka-read names appear only with Kafka; every other declared name must be on the page.
    assert metrics.metric_names() - {metrics.CONSUMER_LAG, metrics.DEAD_LETTERED} <= exposed

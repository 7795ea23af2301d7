"""A request's trace continues into the Kafka headers of what it publishes, even from another thread; the
request's span (FastAPI makes it) never carries the raw path, where a receipt or a reference may be."""
import threading

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from opentelemetry import trace
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pseah.common import metrics, telemetry

EXPORTED = InMemorySpanExporter()


@pytest.fixture(scope="module", autouse=True)
def provider():
    # One provider per process (OpenTelemetry refuses a second): add our exporter to whichever is installed.
    current = trace.get_tracer_provider()
    if not hasattr(current, "add_span_processor"):
        current = telemetry.setup_tracing(service="unit")
    else:  # installed elsewhere: make sure the scrubbing runs here too
        current.add_span_processor(telemetry.RedactUrlProcessor())
    current.add_span_processor(SimpleSpanProcessor(EXPORTED))
    yield


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setattr(metrics.KafkaCollector, "_read", lambda self: [])
    api = FastAPI()
    published: dict = {}

    class Doc:  # stands for an outbox document handed to the publisher thread
        pass

    @api.post("/v1/reports/{reference}")
    def post(reference: str):
        doc = Doc()
        telemetry.remember_context(doc)

        def publisher():
            with telemetry.remembered_context(doc):
                published["headers"] = dict(telemetry.kafka_headers())

        thread = threading.Thread(target=publisher)
        thread.start()
        thread.join()
        return {"ok": True}

    api.state.published = published
    return metrics.instrument(api, service="unit-trace")


def trace_id_of(headers: dict) -> str:
    return headers["traceparent"].decode().split("-")[1]


def test_events_published_from_another_thread_carry_the_request_trace(app):
    EXPORTED.clear()
    assert TestClient(app).post("/v1/reports/PSEAH-ABCDEFGH").status_code == 200
    (server,) = [s for s in EXPORTED.get_finished_spans() if s.kind == trace.SpanKind.SERVER]
    assert trace_id_of(app.state.published["headers"]) == format(server.context.trace_id, "032x")
    # The route template is kept; the reference in the path is on no attribute of any span.
    assert server.attributes.get("http.route") == "/v1/reports/{reference}"
    for span in EXPORTED.get_finished_spans():
        assert all("PSEAH-ABCDEFGH" not in str(v) for v in span.attributes.values()), span.name


def test_a_callers_traceparent_is_continued(app):
    caller = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    TestClient(app).post("/v1/reports/PSEAH-ABCDEFGH", headers={"traceparent": caller})
    assert trace_id_of(app.state.published["headers"]) == "0af7651916cd43dd8448eb211c80319c"


def test_without_a_remembered_context_nothing_is_invented():
    class Bare:
        pass

    with telemetry.remembered_context(Bare()):
        assert "traceparent" not in dict(telemetry.kafka_headers())


def test_the_suites_apps_make_one_server_span_a_request_and_no_operation_spans(monkeypatch):
    monkeypatch.setattr(metrics.KafkaCollector, "_read", lambda self: [])
    api = FastAPI(telemetry=telemetry.FASTAPI_TELEMETRY)

    @api.get("/v1/things/{thing}")
    def thing(thing: str):
        return {"ok": True}

    EXPORTED.clear()
    assert TestClient(metrics.instrument(api, service="unit-spans")).get("/v1/things/x").status_code == 200
    spans = EXPORTED.get_finished_spans()
    assert [s.kind for s in spans] == [trace.SpanKind.SERVER]  # no fastapi.dependencies/endpoint/serialization

"""A gRPC call is a CLIENT span in the caller's trace and a SERVER span under it, the context carried in the call's
metadata, over a real gRPC server in this process; no metadata value (the bearer token) lands on a span."""
from concurrent import futures

import grpc
import pytest
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from opentelemetry import trace
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pseah.common import telemetry

EXPORTED = InMemorySpanExporter()
TOKEN = "secret-bearer-token-value"


@pytest.fixture(scope="module", autouse=True)
def provider():
    # One provider per process (OpenTelemetry refuses a second): add our exporter to whichever is installed.
    current = trace.get_tracer_provider()
    if not hasattr(current, "add_span_processor"):
        current = telemetry.setup_tracing(service="unit")
    current.add_span_processor(SimpleSpanProcessor(EXPORTED))
    yield


@pytest.fixture(scope="module")
def stub():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2),
                         interceptors=[telemetry.grpc_server_interceptor()])
    checks = health.HealthServicer()
    checks.set("pseah.test", health_pb2.HealthCheckResponse.SERVING)
    health_pb2_grpc.add_HealthServicer_to_server(checks, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    channel = telemetry.traced_channel(grpc.insecure_channel(f"127.0.0.1:{port}"))
    yield health_pb2_grpc.HealthStub(channel)
    channel.close()
    server.stop(None)


def spans_of(trace_id: int) -> dict[str, object]:
    return {s.name + "/" + s.kind.name: s for s in EXPORTED.get_finished_spans() if s.context.trace_id == trace_id}


def test_a_call_is_a_client_span_and_a_server_span_under_it_in_the_callers_trace(stub):
    with trace.get_tracer("test").start_as_current_span("portal.page") as page:
        # The caller's own trace keys (naming the page span) are replaced by the client span's.
        answer = stub.Check(health_pb2.HealthCheckRequest(service="pseah.test"), timeout=5,
                            metadata=[("authorization", f"Bearer {TOKEN}"), *telemetry.grpc_metadata()])
    assert answer.status == health_pb2.HealthCheckResponse.SERVING
    spans = spans_of(page.get_span_context().trace_id)
    client = spans["grpc.health.v1.Health/Check/CLIENT"]
    server = spans["grpc.health.v1.Health/Check/SERVER"]
    assert client.parent.span_id == page.get_span_context().span_id
    assert server.parent.span_id == client.context.span_id and server.parent.is_remote
    for span in (client, server):
        assert span.attributes["rpc.system"] == "grpc" and span.attributes["rpc.method"] == "Check"
        assert span.attributes["rpc.grpc.status_code"] == 0
        assert TOKEN not in str(dict(span.attributes))


def test_a_failed_call_is_marked_on_both_sides(stub):
    with trace.get_tracer("test").start_as_current_span("partner.sync") as root:
        with pytest.raises(grpc.RpcError) as failed:
            stub.Check(health_pb2.HealthCheckRequest(service="no.such.service"), timeout=5)
    assert failed.value.code() == grpc.StatusCode.NOT_FOUND
    spans = spans_of(root.get_span_context().trace_id)
    for kind in ("CLIENT", "SERVER"):
        span = spans[f"grpc.health.v1.Health/Check/{kind}"]
        assert span.attributes["rpc.grpc.status_code"] == grpc.StatusCode.NOT_FOUND.value[0]
        assert span.status.status_code == trace.StatusCode.ERROR


def test_a_call_without_a_caller_trace_starts_one_the_server_continues(stub):
    stub.Check(health_pb2.HealthCheckRequest(service="pseah.test"), timeout=5)
    client = [s for s in EXPORTED.get_finished_spans() if s.kind == trace.SpanKind.CLIENT][-1]
    assert client.parent is None
    assert "grpc.health.v1.Health/Check/SERVER" in spans_of(client.context.trace_id)

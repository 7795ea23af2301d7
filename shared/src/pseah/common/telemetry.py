"""OpenTelemetry tracing and W3C trace-context propagation over HTTP, Kafka headers and gRPC metadata.

Spans carry ids, types and counts only; never survivor content.
"""
from __future__ import annotations

from collections.abc import Iterable
from contextlib import contextmanager

from opentelemetry import context, propagate, trace
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor


def setup_tracing(*, service: str, exporter: str = "none", span_processor=None) -> TracerProvider:
    """Install a tracer provider once per process; `span_processor` lets tests collect spans."""
    provider = TracerProvider(resource=Resource.create({"service.name": f"pseah-{service}"}))
    # First, so every exporter after it sees the scrubbed span (processors run in the order added).
    provider.add_span_processor(RedactUrlProcessor())
    if span_processor is not None:
        provider.add_span_processor(span_processor)
    elif exporter == "console":
        provider.add_span_processor(SimpleSpanProcessor(ConsoleSpanExporter()))
    elif exporter == "otlp":  # the collector (production) or the local Jaeger: address from OTEL_EXPORTER_OTLP_*
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    trace.set_tracer_provider(provider)
    return provider


# What FastAPI's own telemetry (0.16x, on by default) may do, for every HTTP app of the suite (FastAPI(telemetry=...)):
# - the SERVER span of each request stays: it is the trace's entry, continuing the caller's traceparent;
# - no operation spans (dependencies, endpoint, serialization: three more spans a request, each encoded and exported,
#   about a tenth of intake's CPU under load, with nothing in them we read);
# - no metrics of its own (pseah.common.metrics counts requests for Prometheus);
# - no OpenTelemetry log records: FastAPI's would carry exception messages and stack traces, which may quote what a
#   reporter wrote, and survivor content never leaves the service in telemetry.
FASTAPI_TELEMETRY = {"operation_spans": False, "metrics": False, "logs": False}


# FastAPI (0.16x) makes a SERVER span per request itself, continuing the caller's traceparent, and records the raw
# path and query: a receipt (the reporter's secret) or a reference in a path would reach the trace store. The
# route template stays on `http.route`; the raw values are replaced as the span starts.
URL_ATTRIBUTES = ("url.path", "url.query", "url.full", "http.target", "http.url")
REDACTED = "[redacted]"


class RedactUrlProcessor(SpanProcessor):
    def on_start(self, span, parent_context=None) -> None:
        for key in URL_ATTRIBUTES:
            if span.attributes and key in span.attributes:
                span.set_attribute(key, REDACTED)

    def on_end(self, span) -> None:
        pass


def tracer(name: str):
    return trace.get_tracer(name)


# Kafka headers are a list of (str, bytes) pairs.
def kafka_headers() -> list[tuple[str, bytes]]:
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return [(k, v.encode()) for k, v in carrier.items()]


def context_from_kafka_headers(headers: Iterable[tuple[str, bytes]] | dict | None) -> context.Context:
    items = headers.items() if isinstance(headers, dict) else (headers or [])
    carrier = {k: (v.decode() if isinstance(v, bytes) else str(v)) for k, v in items}
    return propagate.extract(carrier)


def grpc_metadata() -> list[tuple[str, str]]:
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return list(carrier.items())


def context_from_grpc_metadata(metadata: Iterable[tuple[str, str]] | None) -> context.Context:
    return propagate.extract({k: v for k, v in (metadata or [])})


def http_headers() -> dict[str, str]:
    carrier: dict[str, str] = {}
    propagate.inject(carrier)
    return carrier


@contextmanager
def span_from(parent: context.Context, name: str, *, tracer_name: str = "pseah", **attributes):
    """A span whose parent came from a carrier (Kafka headers, gRPC metadata)."""
    from pseah.common import metrics

    token = context.attach(parent)
    try:
        with trace.get_tracer(tracer_name).start_as_current_span(name, attributes=attributes) as span:
            try:
                yield span
            except BaseException:
                # Every consumer handles each message inside one such span: the one place to count them all.
                metrics.event_handled(name, ok=False)
                raise
            metrics.event_handled(name)
    finally:
        context.detach(token)


@contextmanager
def attached(ctx: context.Context | None):
    """Run a block in a trace context taken earlier (a polled message's, see streams.handle_batch); None: as is."""
    token = context.attach(ctx) if ctx is not None else None
    try:
        yield
    finally:
        if token is not None:
            context.detach(token)


_REMEMBERED = "_pseah_trace_context"


def remember_context(obj) -> None:
    """Keep the current trace context on an object handed to another thread (an outbox document to publish)."""
    try:
        setattr(obj, _REMEMBERED, context.get_current())
    except AttributeError:
        pass  # an object that takes no attributes simply starts its own trace downstream


def remembered_context(obj):
    """Run a block (the Kafka send) in the trace context `remember_context` kept on `obj`, if any."""
    return attached(getattr(obj, _REMEMBERED, None))


# ------------------------------------------------------------------------------------------------ gRPC
# A CLIENT span around each outgoing call with the trace context in its metadata, and a SERVER span per incoming call
# continuing it: a partner or the portal calling referral shows as one client+server pair in the caller's trace. The
# attributes are the method and the status code, and the case reference when the request names one (an id, as on
# triage's span); never metadata values (the bearer token) or message fields.
_TRACE_KEYS = ("traceparent", "tracestate", "baggage")


def _rpc_attributes(method: str) -> dict[str, str]:
    service, _, name = method.lstrip("/").partition("/")
    return {"rpc.system": "grpc", "rpc.service": service, "rpc.method": name}


def _reference_of(request) -> str | None:
    reference = getattr(request, "reference", None)
    return reference if isinstance(reference, str) and reference else None


def grpc_server_interceptor():
    """An interceptor for grpc.server(..., interceptors=[...]): a SERVER span per call, parent from the metadata."""
    import grpc

    class ServerSpans(grpc.ServerInterceptor):
        def intercept_service(self, continuation, handler_call_details):
            handler = continuation(handler_call_details)
            if handler is None:
                return None
            method = handler_call_details.method
            parent = context_from_grpc_metadata(
                (k, v) for k, v in (handler_call_details.invocation_metadata or ()) if k in _TRACE_KEYS)

            def span_for(request, servicer_context):  # noqa: ARG001 - the same shape for every kind
                attributes = _rpc_attributes(method)
                if not handler.request_streaming and (reference := _reference_of(request)):
                    attributes["pseah.reference"] = reference
                return trace.get_tracer("pseah.grpc").start_as_current_span(
                    method.lstrip("/"), context=parent, kind=trace.SpanKind.SERVER, attributes=attributes)

            def finish(span, servicer_context, *, failed: bool) -> None:
                # An abort sets the code; an exception escaping without one ends the call as UNKNOWN.
                code = servicer_context.code() if hasattr(servicer_context, "code") else None
                code = code or (grpc.StatusCode.UNKNOWN if failed else grpc.StatusCode.OK)
                span.set_attribute("rpc.grpc.status_code", code.value[0])
                if code != grpc.StatusCode.OK:
                    span.set_status(trace.Status(trace.StatusCode.ERROR))

            def unary_response(behavior):
                def call(request, servicer_context):
                    with span_for(request, servicer_context) as span:
                        failed = True
                        try:
                            response = behavior(request, servicer_context)
                            failed = False
                            return response
                        finally:
                            finish(span, servicer_context, failed=failed)
                return call

            def stream_response(behavior):
                def call(request, servicer_context):
                    with span_for(request, servicer_context) as span:
                        failed = True
                        try:
                            yield from behavior(request, servicer_context)
                            failed = False
                        finally:
                            finish(span, servicer_context, failed=failed)
                return call

            if handler.unary_unary:
                return handler._replace(unary_unary=unary_response(handler.unary_unary))
            if handler.stream_unary:
                return handler._replace(stream_unary=unary_response(handler.stream_unary))
            if handler.unary_stream:
                return handler._replace(unary_stream=stream_response(handler.unary_stream))
            return handler._replace(stream_stream=stream_response(handler.stream_stream))

    return ServerSpans()


def traced_channel(channel):
    """`channel` with a CLIENT span around every unary or server-streaming call and the span's context in the call's
    metadata (replacing any trace keys the caller put there, which named the span's parent instead)."""
    import collections

    import grpc

    class Details(collections.namedtuple("Details", ("method", "timeout", "metadata", "credentials",
                                                     "wait_for_ready", "compression")),
                  grpc.ClientCallDetails):
        pass

    class ClientSpans(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
        def _call(self, continuation, details, request):
            attributes = _rpc_attributes(details.method)
            if reference := _reference_of(request):
                attributes["pseah.reference"] = reference
            with trace.get_tracer("pseah.grpc").start_as_current_span(
                    details.method.lstrip("/"), kind=trace.SpanKind.CLIENT, attributes=attributes) as span:
                metadata = [(k, v) for k, v in (details.metadata or ()) if k not in _TRACE_KEYS] + grpc_metadata()
                outcome = continuation(Details(details.method, details.timeout, metadata, details.credentials,
                                               getattr(details, "wait_for_ready", None),
                                               getattr(details, "compression", None)), request)
                code = outcome.code() if hasattr(outcome, "done") and outcome.done() else None
                if code is not None:
                    span.set_attribute("rpc.grpc.status_code", code.value[0])
                    if code != grpc.StatusCode.OK:
                        span.set_status(trace.Status(trace.StatusCode.ERROR))
                return outcome

        def intercept_unary_unary(self, continuation, client_call_details, request):
            return self._call(continuation, client_call_details, request)

        def intercept_unary_stream(self, continuation, client_call_details, request):
            return self._call(continuation, client_call_details, request)

    return grpc.intercept_channel(channel, ClientSpans())

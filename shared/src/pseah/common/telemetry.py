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


_REMEMBERED = "_pseah_trace_context"


def remember_context(obj) -> None:
    """Keep the current trace context on an object handed to another thread (an outbox document to publish)."""
    try:
        setattr(obj, _REMEMBERED, context.get_current())
    except AttributeError:
        pass  # an object that takes no attributes simply starts its own trace downstream


@contextmanager
def remembered_context(obj):
    """Run a block (the Kafka send) in the trace context `remember_context` kept on `obj`, if any."""
    ctx = getattr(obj, _REMEMBERED, None)
    token = context.attach(ctx) if ctx is not None else None
    try:
        yield
    finally:
        if token is not None:
            context.detach(token)

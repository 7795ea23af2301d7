"""Prometheus metrics shared by every service: `instrument(app, service=...)` is the one line a service adds.

What is measured, and where:
- HTTP requests (count and latency by route template and status): an ASGI middleware added by `instrument`;
  the route template, never the path, so no reference or receipt becomes a label.
- Events handled and failed, by handler: counted where every consumer handles a message, in
  `telemetry.span_from` (each agent handles each message inside one such span).
- Consumer lag per partition and dead-lettered events per input topic: read from Kafka at scrape time (committed
  offsets of the service's own consumer group against the end offsets; end offsets of the `.dlq` topics),
  cached for `KAFKA_CACHE_SECONDS`, so a scrape costs at most two Kafka requests per window.
- Deadline breaches and outbox backlog: `deadline_breached()` and `set_outbox_backlog()` for the code that
  knows them (triage's clock sweep and referral's overdue sweep, as each breach is saved; the outbox relay after
  each full pass, `outbox.report_backlog`).

Labels are service, route, method, status, handler, topic, partition, group: ids and names, never content.
"""
from __future__ import annotations

import os
import threading
import time

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

KAFKA_CACHE_SECONDS = 15.0

REQUESTS = Counter("pseah_http_requests", "HTTP requests answered", ["service", "method", "route", "status"])
REQUEST_SECONDS = Histogram("pseah_http_request_duration_seconds", "HTTP request latency", ["service", "route"],
                            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
EVENTS_HANDLED = Counter("pseah_events_handled", "Consumed events handled", ["service", "handler"])
EVENTS_FAILED = Counter("pseah_events_failed", "Consumed events whose handling raised", ["service", "handler"])
DEADLINE_BREACHES = Counter("pseah_deadline_breaches", "Case or referral deadlines passed unmet", ["service", "kind"])
OUTBOX_BACKLOG = Gauge("pseah_outbox_backlog", "Documents owing events to Kafka (outbox), as of the relay's last full pass",
                       ["service"])

# Names the collectors below produce at scrape time (kept here so rules and dashboards can be checked).
CONSUMER_LAG = "pseah_consumer_lag"
DEAD_LETTERED = "pseah_events_dead_lettered"

_service = {"name": os.environ.get("PSEAH_SERVICE_NAME", "unknown")}


def service_name() -> str:
    return _service["name"]


def event_handled(handler: str, *, ok: bool = True) -> None:
    (EVENTS_HANDLED if ok else EVENTS_FAILED).labels(service_name(), handler).inc()


def deadline_breached(kind: str) -> None:
    DEADLINE_BREACHES.labels(service_name(), kind).inc()


def set_outbox_backlog(count: int) -> None:
    OUTBOX_BACKLOG.labels(service_name()).set(count)


class KafkaCollector:
    """Consumer lag of one group per partition, and the number of messages on each dead-letter topic."""

    def __init__(self, *, service: str, groups: list[str], bootstrap: str):
        self._service, self._groups, self._bootstrap = service, groups, bootstrap
        self._lock = threading.Lock()
        self._cached: tuple[float, list] = (0.0, [])

    def _read(self) -> list:
        from kafka import KafkaAdminClient, KafkaConsumer

        lag = GaugeMetricFamily(CONSUMER_LAG, "Messages not yet committed by the consumer group",
                                labels=["service", "group", "topic", "partition"])
        dead = GaugeMetricFamily(DEAD_LETTERED, "Messages parked on a dead-letter topic", labels=["service", "topic"])
        admin = KafkaAdminClient(bootstrap_servers=self._bootstrap, request_timeout_ms=5000,
                                 client_id=f"pseah-metrics-{self._service}")
        consumer = KafkaConsumer(bootstrap_servers=self._bootstrap, request_timeout_ms=5000,
                                 client_id=f"pseah-metrics-{self._service}")
        try:
            existing = {g["group_id"] for g in admin.list_groups()}
            committed = {}
            for group in (g for g in self._groups if g in existing):
                answer = admin.list_group_offsets(group)
                # kafka-python 3 answers {group: {tp: offset}}; older releases {tp: offset}.
                offsets = answer.get(group, {}) if group in answer else answer
                for tp, meta in offsets.items():
                    if meta.offset >= 0:
                        committed[(group, tp)] = meta.offset
            from kafka import TopicPartition

            # The dead-letter topics beside this service's own inputs (not every test's or bench's topics).
            wanted = {tp.topic + ".dlq" for _, tp in committed}
            dlq = [TopicPartition(t, p) for t in consumer.topics() if t in wanted
                   for p in (consumer.partitions_for_topic(t) or ())]
            ends = consumer.end_offsets(list({tp for _, tp in committed} | set(dlq)))
            for (group, tp), offset in sorted(committed.items(), key=lambda i: (i[0][0], i[0][1].topic, i[0][1].partition)):
                lag.add_metric([self._service, group, tp.topic, str(tp.partition)], max(0, ends.get(tp, offset) - offset))
            per_topic: dict[str, int] = {}
            for tp in dlq:
                per_topic[tp.topic] = per_topic.get(tp.topic, 0) + ends.get(tp, 0)
            for topic, total in sorted(per_topic.items()):
                dead.add_metric([self._service, topic.removesuffix(".dlq")], total)
        finally:
            consumer.close()
            admin.close()
        return [lag, dead]

    def collect(self):
        with self._lock:
            at, families = self._cached
            if time.monotonic() - at > KAFKA_CACHE_SECONDS:
                try:
                    families = self._read()
                except Exception:  # noqa: BLE001 - Kafka down must not break /metrics; the gap shows in the graph
                    families = []
                self._cached = (time.monotonic(), families)
            return families

    def describe(self):
        return []  # read at scrape time only, never at registration


class RequestMetrics:
    """Counts and times every HTTP request by route template and status.

    Pure ASGI, not `@app.middleware("http")`: Starlette's BaseHTTPMiddleware runs the rest of the app in a task of its
    own and streams the answer through a memory channel, a cost on every request (part of intake's HTTP overhead in
    deploy/local/README.md, "intake's HTTP overhead").
    """

    def __init__(self, app, *, service: str):
        self.app = app
        self.service = service

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        status = 500  # what the client gets when the app raises before it answers

        async def send_counting(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_counting)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            REQUESTS.labels(self.service, scope["method"], route, str(status)).inc()
            REQUEST_SECONDS.labels(self.service, route).observe(time.perf_counter() - started)


_kafka_collectors: dict[str, KafkaCollector] = {}


def instrument(app, *, service: str, consumer_groups: list[str] | None = None, bootstrap: str | None = None):
    """Count the app's requests and serve GET /metrics; the service's consumer lag is read from Kafka.

    `consumer_groups` defaults to the suite's naming (`pseah-<service>` for faust apps, `<service>` for plain
    consumers); groups that do not exist are skipped.
    """
    _service["name"] = service
    if service not in _kafka_collectors:
        collector = KafkaCollector(
            service=service, groups=consumer_groups or [f"pseah-{service}", service],
            bootstrap=bootstrap or os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092"))
        REGISTRY.register(collector)
        _kafka_collectors[service] = collector
    if not hasattr(app, "add_api_route"):  # a faust App serving its own web pages (referral, notification)
        return _instrument_faust(app)

    from fastapi.responses import Response

    app.add_middleware(RequestMetrics, service=service)

    def metrics_endpoint() -> Response:  # sync: FastAPI runs it in a thread, so a slow Kafka never blocks the loop
        return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)

    app.add_api_route("/metrics", metrics_endpoint, methods=["GET"], include_in_schema=False)
    return app


def _instrument_faust(app):
    import asyncio

    @app.page("/metrics")
    async def metrics_page(web, request):
        # generate_latest may call Kafka (at most once per cache window): off the event loop.
        body = await asyncio.to_thread(generate_latest, REGISTRY)
        return web.bytes(body, headers={"Content-Type": CONTENT_TYPE_LATEST})  # aiohttp refuses a charset in content_type

    return app


def metric_names() -> set[str]:
    """Every series name the code exposes (counters with their _total), for checking rules and dashboards."""
    names = {CONSUMER_LAG, DEAD_LETTERED}
    for metric in (REQUESTS, EVENTS_HANDLED, EVENTS_FAILED, DEADLINE_BREACHES):
        names.add(metric._name + "_total")
    names.add(OUTBOX_BACKLOG._name)
    for suffix in ("_bucket", "_count", "_sum"):
        names.add(REQUEST_SECONDS._name + suffix)
    return names

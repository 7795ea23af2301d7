"""The referral gRPC call in a report's trace: the UNICEF partner system acknowledges a new case over gRPC, continuing
the report's trace context (W3C trace context, as a partner holding it would), and Jaeger shows its CLIENT span and
referral's SERVER span under it inside the report's one trace, with nothing but method, status and reference on them.

No gRPC call lies on a report's automatic path (referral reads the service map in-process); the calls are the
portal's and partners'. The client side here is the suite's own (pseah.referral.client), exporting to the same
Jaeger under the service name pseah-e2e-partner."""
from __future__ import annotations

import json
import os
import time

import httpx
import pytest
from opentelemetry import context, trace
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags

from pseah.common import telemetry
from pseah.common.auth import fetch_client_token
from pseah.common.settings import repo_root
from pseah.referral.client import bearer, cases_pb2, cases_stub

pytestmark = pytest.mark.e2e

INTAKE = os.environ.get("PSEAH_E2E_INTAKE", "http://127.0.0.1:8001")
JAEGER = os.environ.get("PSEAH_E2E_JAEGER", "http://127.0.0.1:16686")
REFERRAL_GRPC = os.environ.get("PSEAH_E2E_REFERRAL_GRPC", "127.0.0.1:50051")
METHOD = "pseah.api.cases.v1.CaseService/AcknowledgeCase"


def trace_by_reference(reference: str) -> dict | None:
    found = httpx.get(f"{JAEGER}/api/traces", params={
        "service": "pseah-triage", "tags": json.dumps({"pseah.reference": reference}), "lookback": "1h",
        "limit": 5}, timeout=10).json()["data"] or []
    return httpx.get(f"{JAEGER}/api/traces/{found[0]['traceID']}", timeout=10).json()["data"][0] if found else None


def service_of(trace_doc: dict, span: dict) -> str:
    return trace_doc["processes"][span["processID"]]["serviceName"]


def wait(predicate, *, timeout: float, what: str):
    end = time.monotonic() + timeout
    while not (value := predicate()):
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(2)
    return value


def test_a_partners_grpc_call_appears_in_the_reports_trace_as_client_and_server_spans():
    os.environ.setdefault("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318")
    provider = trace.get_tracer_provider()
    if not hasattr(provider, "force_flush"):
        provider = telemetry.setup_tracing(service="e2e-partner", exporter="otlp")
    accepted = httpx.post(f"{INTAKE}/v1/reports", timeout=20, json={
        "narrative": "Relawan UNICEF meminta imbalan seksual untuk paket bantuan. Laporan uji jejak, bukan kasus nyata.",
        "region_code": "5201", "perpetrator_org": "unicef",
        "consent": {"referral": True, "contact": False, "share_with_org": True}})
    assert accepted.status_code == 202, accepted.text
    reference = accepted.json()["reference"]
    # The case exists once referral's assignment span is in the report's trace.
    report_trace = wait(lambda: (t := trace_by_reference(reference))
                        and any(service_of(t, s) == "pseah-referral" for s in t["spans"]) and t,
                        timeout=180, what="the report's trace with referral's span")
    assigned = next(s for s in report_trace["spans"] if service_of(report_trace, s) == "pseah-referral")

    secret = (repo_root() / "var/secrets/client-secret-partner-unicef").read_text().strip()
    token = fetch_client_token("partner-unicef", secret)["access_token"]
    parent = SpanContext(trace_id=int(report_trace["traceID"], 16), span_id=int(assigned["spanID"], 16),
                         is_remote=True, trace_flags=TraceFlags(TraceFlags.SAMPLED))
    attached = context.attach(trace.set_span_in_context(NonRecordingSpan(parent)))
    try:
        case = cases_stub(REFERRAL_GRPC).AcknowledgeCase(cases_pb2.AcknowledgeCaseRequest(reference=reference),
                                                         metadata=bearer(token), timeout=20)
    finally:
        context.detach(attached)
    assert case.reference == reference
    provider.force_flush()

    def pair():
        doc = httpx.get(f"{JAEGER}/api/traces/{report_trace['traceID']}", timeout=10).json()["data"][0]
        calls = [s for s in doc["spans"] if s["operationName"] == METHOD]
        return (doc, calls) if {service_of(doc, s) for s in calls} >= {"pseah-e2e-partner", "pseah-referral"} else None

    doc, calls = wait(pair, timeout=90, what="the gRPC client and server spans in the report's trace")
    client = next(s for s in calls if service_of(doc, s) == "pseah-e2e-partner")
    server = next(s for s in calls if service_of(doc, s) == "pseah-referral")
    assert {"refType": "CHILD_OF", "traceID": doc["traceID"], "spanID": client["spanID"]} in server["references"]
    assert any(r["spanID"] == assigned["spanID"] for r in client["references"])
    tags = {t["key"]: t["value"] for t in server["tags"]}
    assert tags["span.kind"] == "server" and tags["rpc.grpc.status_code"] == 0 and tags["pseah.reference"] == reference
    assert not any("authorization" in t["key"].lower() or token in str(t["value"]) for s in calls for t in s["tags"])

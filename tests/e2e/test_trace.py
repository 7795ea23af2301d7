"""One report, one trace: intake's request span is the root, and the spans of triage, referral, notification and
audit hang under it through the W3C trace context in Kafka headers. Read back from the real trace store (the
Jaeger `make run` starts, to which every service exports OTLP), and no span attribute carries content."""
from __future__ import annotations

import json
import os
import time
import uuid

from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.e2e

INTAKE = os.environ.get("PSEAH_E2E_INTAKE", "http://127.0.0.1:8001")
LOGS = Path(__file__).resolve().parents[2] / "var/log"
JAEGER = os.environ.get("PSEAH_E2E_JAEGER", "http://127.0.0.1:16686")
SERVICES = {"pseah-intake", "pseah-triage", "pseah-referral", "pseah-notification", "pseah-audit"}
# Keys that would mean content on a span; the same list the collector's redaction drops in production.
CONTENT_WORDS = ("narrative", "contact", "message", "body", "sealed", "receipt", "phone", "email")


def trace_of(reference: str) -> dict | None:
    # triage puts the case reference on its span: the way into the trace (a reference is an id, not content).
    found = httpx.get(f"{JAEGER}/api/traces", params={
        "service": "pseah-triage", "tags": json.dumps({"pseah.reference": reference}), "lookback": "1h",
        "limit": 5}, timeout=10).json()["data"] or []
    if not found:
        return None
    return httpx.get(f"{JAEGER}/api/traces/{found[0]['traceID']}", timeout=10).json()["data"][0]


def services_in(trace: dict) -> set[str]:
    return {trace["processes"][span["processID"]]["serviceName"] for span in trace["spans"]}


def test_one_report_is_one_trace_across_five_services_without_content():
    marker = uuid.uuid4().hex
    narrative = (f"Petugas distribusi meminta imbalan untuk bantuan, kode uji {marker}. "
                 "Kontak saya 081234567890, surel saksi@example.org.")
    accepted = httpx.post(f"{INTAKE}/v1/reports", json={"narrative": narrative, "region_code": "3203"}, timeout=20)
    assert accepted.status_code == 202, accepted.text
    reference, receipt = accepted.json()["reference"], accepted.json()["receipt"]

    # Spans leave each service in batches (every few seconds): look until all five are there or give up.
    trace = None
    for _ in range(90):
        trace = trace_of(reference)
        if trace and SERVICES <= services_in(trace):
            break
        time.sleep(2)
    assert trace is not None, f"no trace in Jaeger for {reference}"
    assert SERVICES <= services_in(trace), f"missing {sorted(SERVICES - services_in(trace))}"

    spans = {s["spanID"]: s for s in trace["spans"]}
    # Linked, not merely tagged alike: every span but the root has its parent inside this trace.
    roots = [s for s in spans.values() if not any(r["refType"] == "CHILD_OF" and r["spanID"] in spans
                                                  for r in s.get("references", []))]
    assert len(roots) == 1 and trace["processes"][roots[0]["processID"]]["serviceName"] == "pseah-intake"

    for span in spans.values():
        for tag in span.get("tags", []):
            key, value = tag["key"].lower(), str(tag.get("value", ""))
            assert not any(word in key for word in CONTENT_WORDS) or key.startswith("messaging."), (span["operationName"], key)
            for secret in (marker, receipt, "081234567890", "saksi@example.org"):
                assert secret not in value, (span["operationName"], key)
        for log in span.get("logs", []):
            for field in log.get("fields", []):
                assert marker not in str(field.get("value", "")), span["operationName"]

    # Logs carry the trace id: each consumer that handled the report logged under the same trace. A service scaled
    # out (make bench's scale-out step starts `<service>-2` beside it) has one log per instance, and any of them
    # may have taken the report's partition.
    for service in ("triage", "referral", "notification", "audit"):
        logs = [LOGS / f"{service}.log", *sorted(LOGS.glob(f"{service}-[0-9]*.log"))]
        texts = [log.read_text(errors="replace") for log in logs if log.exists()]
        assert any(trace["traceID"] in text for text in texts), f"{service}: no log line with the trace id"

"""deploy/otel/collector.yaml: OTLP in, content attributes dropped before any export."""
from __future__ import annotations

import re

import pytest
import yaml


@pytest.fixture(scope="module")
def config(root):
    return yaml.safe_load((root / "deploy/otel/collector.yaml").read_text())


def _delete_patterns(config) -> list[re.Pattern]:
    actions = config["processors"]["attributes/redact"]["actions"]
    patterns = [re.compile(a["pattern"]) for a in actions if a["action"] == "delete" and "pattern" in a]
    assert patterns
    return patterns


def test_pipeline_receives_otlp_redacts_then_batches_and_exports(config):
    pipeline = config["service"]["pipelines"]["traces"]
    assert pipeline["receivers"] == ["otlp"]
    assert {"grpc", "http"} <= set(config["receivers"]["otlp"]["protocols"])
    processors = pipeline["processors"]
    assert processors.index("attributes/redact") < processors.index("batch")
    assert processors[-1] == "batch"
    for exporter in pipeline["exporters"]:
        assert exporter in config["exporters"]
        assert "jaeger:4317" in config["exporters"][exporter]["endpoint"]
    # Every pipeline, not only traces, must pass through the redaction.
    for name, other in config["service"]["pipelines"].items():
        assert "attributes/redact" in other["processors"], name


@pytest.mark.parametrize("key", [
    "narrative", "pseah.narrative", "reporter.contact", "contact_phone", "message", "exception.message",
    "http.request.body", "messaging.message.body.size", "data.sealed.narrative", "receipt", "Message.Body",
])
def test_content_attributes_are_dropped(config, key):
    assert any(p.fullmatch(key) for p in _delete_patterns(config)), key


@pytest.mark.parametrize("key", [
    "messaging.destination.name", "messaging.system", "pseah.reference", "cloudevents.event_type",
    "http.route", "http.response.status_code", "service.name", "rpc.method",
])
def test_metadata_attributes_are_kept(config, key):
    assert not any(p.fullmatch(key) for p in _delete_patterns(config)), key


def test_contact_values_are_masked_under_any_key(config):
    blocked = [re.compile(p) for p in config["processors"]["redaction"]["blocked_values"]]
    for value in ("ibu.sari@example.org", "+6281234567890", "081234567890"):
        assert any(p.search(value) for p in blocked), value
    assert not any(p.search("PSEAH-7K3F9QX2") for p in blocked)


def test_compose_runs_the_collector_with_its_backend(root):
    compose = yaml.safe_load((root / "docker-compose.yml").read_text())
    otel = compose["services"]["otel-collector"]
    assert otel["environment"]["OTEL_TRACES_BACKEND"] == "jaeger:4317"
    assert "jaeger" in otel["depends_on"]

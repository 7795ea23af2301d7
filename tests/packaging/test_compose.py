"""docker-compose.yml: structure, health, dependencies and secrets (no docker engine is needed)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from pseah.common.events import Topics

SERVICES = ("portal", "intake", "triage", "referral", "notification", "audit", "analytics")
SECRETISH = re.compile(r"PASSWORD|SECRET|TOKEN|_KEY$|MONGO_URI", re.I)
VAR_REF = re.compile(r"\$\{([A-Z0-9_]+)(?::?[-?][^}]*)?\}")


@pytest.fixture(scope="module")
def compose(root):
    return yaml.safe_load((root / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def env_example(root) -> dict[str, str]:
    pairs = {}
    for line in (root / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def _one_shot(svc: dict) -> bool:
    return svc.get("restart") == "no"


def test_every_service_has_an_image_or_build_and_a_healthcheck(compose):
    assert compose["services"], "no services"
    for name, svc in compose["services"].items():
        assert "image" in svc or "build" in svc, name
        if not _one_shot(svc):
            assert svc.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_every_pseah_service_is_built_from_its_dockerfile_with_the_common_env(compose, service_ports):
    for name in SERVICES:
        svc = compose["services"][name]
        assert svc["build"] == {"context": ".", "dockerfile": f"services/{name}/Dockerfile"}
        env = svc["environment"]
        for key in ("PSEAH_KAFKA_BOOTSTRAP", "PSEAH_MONGO_URI", "PSEAH_KEYCLOAK_URL", "OTEL_EXPORTER_OTLP_ENDPOINT"):
            assert env.get(key), f"{name} lacks {key}"
        assert env["PSEAH_OTEL_EXPORTER"] == "otlp"
        assert env["PSEAH_KAFKA_BOOTSTRAP"] == "kafka:9092"
        port = service_ports[name]
        assert int(env[f"PSEAH_{name.upper()}_PORT"]) == port
        assert env[f"PSEAH_{name.upper()}_HOST"] == "0.0.0.0"
        # The healthcheck asks the service's own readiness endpoint on its own port.
        assert f"127.0.0.1:{port}/readyz" in " ".join(svc["healthcheck"]["test"])
        assert svc["read_only"] is True and svc["cap_drop"] == ["ALL"]
    assert compose["services"]["referral"]["environment"]["PSEAH_REFERRAL_GRPC_PORT"] == 50051


def test_dependencies_wait_for_health_and_exist(compose):
    services = compose["services"]
    for name in SERVICES:
        deps = services[name]["depends_on"]
        assert deps["mongo"]["condition"] == "service_healthy"
        assert deps["keycloak"]["condition"] == "service_healthy"
        assert deps["kafka-topics"]["condition"] == "service_completed_successfully"
    for name, svc in services.items():
        deps = svc.get("depends_on", {})
        for dep, spec in (deps.items() if isinstance(deps, dict) else ((d, {}) for d in deps)):
            assert dep in services, f"{name} depends on unknown {dep}"
            if spec.get("condition") == "service_healthy":
                assert "healthcheck" in services[dep], f"{name} waits for {dep}'s health, which has no check"
    assert "mailpit" in services["notification"]["depends_on"]


def test_infrastructure_uses_the_official_pinned_images(compose):
    images = {name: svc["image"] for name, svc in compose["services"].items() if name not in SERVICES}
    assert re.fullmatch(r"apache/kafka:4\.\d+\.\d+", images["kafka"])
    assert re.fullmatch(r"mongo:[78](\.\d+)*", images["mongo"])
    assert re.fullmatch(r"quay\.io/keycloak/keycloak:26\.[\d.]+", images["keycloak"])
    assert images["otel-collector"].startswith("otel/opentelemetry-collector-contrib:")
    assert images["jaeger"].startswith("jaegertracing/jaeger:2.")
    assert images["mailpit"].startswith("axllent/mailpit:")
    assert not [i for i in images.values() if i.endswith(":latest") or ":" not in i]


def test_topics_job_creates_every_topic_of_the_shared_library(compose):
    job = compose["services"]["kafka-topics"]
    assert job["environment"]["TOPICS"].split() == Topics.all()
    assert "$$t.dlq" in job["command"][0]
    assert compose["services"]["kafka"]["environment"]["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"


def test_keycloak_imports_the_rendered_realm_and_the_collector_gets_its_config(compose):
    kc = compose["services"]["keycloak"]
    assert "--import-realm" in kc["command"]
    assert any(v.endswith(":/opt/keycloak/data/import:ro") for v in kc["volumes"])
    otel = compose["services"]["otel-collector"]
    mounted = [v.split(":")[1] for v in otel["volumes"] if v.startswith("./deploy/otel/collector.yaml:")]
    assert mounted and f"--config={mounted[0]}" in otel["command"]


def test_no_secret_in_plain_text(compose, root):
    """Secret-looking settings are ${VAR} references (from .env), never literal values."""
    checked = 0
    for name, svc in compose["services"].items():
        for key, value in (svc.get("environment") or {}).items():
            if SECRETISH.search(key) and not key.endswith("_FILE"):
                checked += 1
                assert VAR_REF.search(str(value)), f"{name}.{key} is a literal"
                # What remains once the references are removed must not hold a password.
                assert not re.search(r"://[^$/]+:[^$@]+@", str(value)), f"{name}.{key} embeds credentials"
    assert checked >= 8
    raw = (root / "docker-compose.yml").read_text()
    assert not re.search(r"(?i)(password|secret)[ \t]*[:=][ \t]*['\"]?[A-Za-z0-9]{6,}", VAR_REF.sub("", raw))


def test_every_required_variable_is_in_env_example_without_a_value(compose, root, env_example):
    raw = (root / "docker-compose.yml").read_text()
    required = set(re.findall(r"\$\{([A-Z0-9_]+):\?", raw))
    assert required, "no required variables found"
    assert required <= env_example.keys(), required - env_example.keys()
    for key in required:
        if SECRETISH.search(key):
            assert env_example[key] == "", f".env.example must not carry a value for {key}"


def test_published_ports_are_loopback_only(compose):
    for name, svc in compose["services"].items():
        for port in svc.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on every interface"


def _compose_command() -> list[str] | None:
    """`docker compose` when the plugin is installed, else a standalone build in var/cache/bin."""
    if shutil.which("docker") and subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    local = Path(__file__).resolve().parents[2] / "var/cache/bin/docker-compose"
    return [str(local)] if local.exists() else None


@pytest.mark.compose_binary
def test_docker_compose_config_accepts_the_file(root, env_example, tmp_path):
    env_file = tmp_path / "env"
    env_file.write_text("".join(f"{k}={v or 'x'}\n" for k, v in env_example.items()))
    result = subprocess.run([*_compose_command(), "--env-file", str(env_file), "-f", str(root / "docker-compose.yml"),
                             "config", "-q"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    # Without the secrets the file must refuse to render rather than start with empty passwords.
    empty = tmp_path / "empty"
    empty.write_text("")
    result = subprocess.run([*_compose_command(), "--env-file", str(empty), "-f", str(root / "docker-compose.yml"),
                             "config", "-q"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "set in .env" in result.stderr

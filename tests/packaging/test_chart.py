"""charts/pseah: the values schema always; lint and rendered manifests when helm is available
(`make chart-check` builds it into var/cache/bin)."""
from __future__ import annotations

import copy
import json
import shutil
import subprocess

import jsonschema
import pytest
import yaml

from pseah.common.events import Topics

SERVICES = {"portal", "intake", "triage", "referral", "notification", "audit", "analytics"}
KUBE = "1.31.0"


@pytest.fixture(scope="module")
def chart(root):
    return root / "charts/pseah"


@pytest.fixture(scope="module")
def values(chart):
    return yaml.safe_load((chart / "values.yaml").read_text())


@pytest.fixture(scope="module")
def validator(chart):
    schema = json.loads((chart / "values.schema.json").read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_plain_yaml_files_parse(chart):
    meta = yaml.safe_load((chart / "Chart.yaml").read_text())
    assert meta["apiVersion"] == "v2" and meta["name"] == "pseah"
    assert (chart / "templates").is_dir() and list((chart / "templates").glob("*.yaml"))


def test_values_validate_against_the_schema(values, validator):
    errors = sorted(validator.iter_errors(values), key=str)
    assert not errors, [e.message for e in errors]


@pytest.mark.parametrize("mutate, why", [
    (lambda v: v["services"]["triage"]["env"].update(PSEAH_TRIAGE_DB_PASSWORD="hunter2"), "secret in plain env"),
    (lambda v: v["services"]["referral"].pop("resources"), "no resources"),
    (lambda v: v["services"]["intake"]["resources"]["limits"].pop("memory"), "no memory limit"),
    (lambda v: v["kafka"].update(partitions=0), "zero partitions"),
    (lambda v: v["secrets"]["mongoUri"].update(value="mongodb://u:p@h"), "secret value instead of reference"),
    (lambda v: v["services"].pop("audit"), "a service missing"),
])
def test_schema_rejects_bad_values(values, validator, mutate, why):
    bad = copy.deepcopy(values)
    mutate(bad)
    assert list(validator.iter_errors(bad)), why


def test_values_follow_the_conventions(values, service_ports):
    assert set(values["services"]) == SERVICES
    for name, svc in values["services"].items():
        assert svc["port"] == service_ports[name], name
    assert values["services"]["referral"]["grpcPort"] == 50051
    assert values["kafka"]["topics"] == Topics.all()
    assert values["kafka"]["partitions"] == 6


def _helm():
    from pathlib import Path
    local = Path(__file__).resolve().parents[2] / "var/cache/bin/helm"
    return str(local) if local.exists() else shutil.which("helm")




def _render(chart, *sets: str) -> list[dict]:
    args = [_helm(), "template", "rel", str(chart), "--kube-version", KUBE]
    for item in sets:
        args += ["--set", item]
    out = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return [d for d in yaml.safe_load_all(out.stdout) if d]


def _of(docs, kind):
    return [d for d in docs if d["kind"] == kind]


def test_helm_lint_strict(chart):
    out = subprocess.run([_helm(), "lint", "--strict", str(chart), "--kube-version", KUBE],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr


def test_helm_refuses_values_that_break_the_schema(chart):
    out = subprocess.run([_helm(), "template", "rel", str(chart), "--kube-version", KUBE,
                          "--set", "kafka.partitions=0"], capture_output=True, text=True, timeout=60)
    assert out.returncode != 0 and "partitions" in out.stderr


def test_deployments_are_hardened_and_probed(chart):
    docs = _render(chart)
    deployments = {d["metadata"]["labels"]["app.kubernetes.io/component"]: d for d in _of(docs, "Deployment")}
    assert set(deployments) == SERVICES
    for name, dep in deployments.items():
        pod = dep["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
        (container,) = pod["containers"]
        sc = container["securityContext"]
        assert sc["allowPrivilegeEscalation"] is False and sc["readOnlyRootFilesystem"] is True
        assert sc["capabilities"]["drop"] == ["ALL"]
        for kind in ("requests", "limits"):
            assert {"cpu", "memory"} <= set(container["resources"][kind]), name
        tmp = [v for v in pod["volumes"] if v["name"] == "tmp"]
        assert tmp and "emptyDir" in tmp[0]
        assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
        scrape = dep["spec"]["template"]["metadata"]["annotations"]
        assert scrape["prometheus.io/path"] == "/metrics" and scrape["prometheus.io/port"] == str(container["ports"][0]["containerPort"])
        if name == "referral":
            assert container["livenessProbe"]["grpc"]["port"] == 50051
        else:
            assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
        for env in container["env"]:
            if any(word in env["name"] for word in ("PASSWORD", "SECRET", "MONGO_URI")):
                assert "secretKeyRef" in env.get("valueFrom", {}), f"{name}: {env['name']} is not a reference"
    assert not _of(docs, "Secret"), "the chart must reference Secrets, never embed them"


def test_services_pdbs_and_opt_in_network_policies(chart):
    docs = _render(chart)
    assert len(_of(docs, "Service")) == len(_of(docs, "PodDisruptionBudget")) == len(SERVICES)
    assert not _of(docs, "NetworkPolicy")
    policies = _of(_render(chart, "networkPolicy.enabled=true"), "NetworkPolicy")
    assert len(policies) == len(SERVICES)
    referral_svc = [s for s in _of(docs, "Service") if s["metadata"]["name"] == "rel-referral"][0]
    assert {p["port"] for p in referral_svc["spec"]["ports"]} == {8003, 50051}


def test_consumer_autoscaling_is_bounded_by_partitions(chart, values):
    # KEDA off: every consumer falls back to a CPU HPA, still capped at the partition count.
    docs = _render(chart, "kafka.partitions=3", "keda.enabled=false")
    hpas = {h["spec"]["scaleTargetRef"]["name"].removeprefix("rel-"): h["spec"] for h in _of(docs, "HorizontalPodAutoscaler")}
    consumers = {n for n, s in values["services"].items() if s["consumer"] and s["autoscaling"]["enabled"]}
    assert consumers and consumers <= set(hpas)
    assert not _of(docs, "ScaledObject")
    for name in consumers:
        assert hpas[name]["maxReplicas"] <= 3, name
        assert hpas[name]["minReplicas"] <= hpas[name]["maxReplicas"]
    # A non-consumer scales on its own limit.
    assert hpas["portal"]["maxReplicas"] == values["services"]["portal"]["autoscaling"]["maxReplicas"]
    assert "audit" not in hpas  # one writer for the hash chain


def test_each_consumer_scales_on_lag_with_keda_beside_the_http_hpa(chart, values):
    docs = _render(chart, "kafka.partitions=4")
    scaled = {o["spec"]["scaleTargetRef"]["name"].removeprefix("rel-"): o["spec"] for o in _of(docs, "ScaledObject")}
    hpas = {h["spec"]["scaleTargetRef"]["name"].removeprefix("rel-") for h in _of(docs, "HorizontalPodAutoscaler")}
    consumers = {n for n, s in values["services"].items() if s["consumer"] and s["autoscaling"]["enabled"]}
    assert set(scaled) == consumers and "audit" not in scaled
    # KEDA owns the HPA of what it scales: two autoscalers on one Deployment would fight.
    assert hpas == {"portal"} and not hpas & set(scaled)
    for name, spec in scaled.items():
        svc = values["services"][name]
        assert spec["maxReplicaCount"] <= 4 and spec["minReplicaCount"] <= spec["maxReplicaCount"], name
        kafka = [t["metadata"] for t in spec["triggers"] if t["type"] == "kafka"]
        lanes = {t["topic"] for t in kafka}
        # Every input stream is watched, and its priority lane beside it (urgent and child cases).
        assert lanes == {*svc["consumes"], *(f"{t}.priority" for t in svc["consumes"])}, name
        assert {t["consumerGroup"] for t in kafka} == {svc["consumerGroup"]}
        for trigger in kafka:
            expected = values["keda"]["priorityLagThreshold" if trigger["topic"].endswith(".priority") else "lagThreshold"]
            assert trigger["lagThreshold"] == str(expected) and trigger["allowIdleConsumers"] == "false"
        assert any(t["type"] == "cpu" for t in spec["triggers"]), name


def test_consumer_groups_are_the_ones_the_services_use(values):
    # faust apps join "pseah-<app>"; intake's plain consumer joins "intake" (its settings' consumer_group).
    for name, svc in values["services"].items():
        if svc["consumer"]:
            assert svc["consumerGroup"] == ("intake" if name == "intake" else f"pseah-{name}"), name
            assert set(svc["consumes"]) <= set(Topics.all()), name


def test_topics_are_partitioned_for_the_largest_replica_count(values):
    # A consumer replica beyond the partition count idles: the default partitions cover every consumer's maximum.
    largest = max(s["autoscaling"]["maxReplicas"] for s in values["services"].values()
                  if s["consumer"] and s["autoscaling"]["enabled"])
    assert values["kafka"]["partitions"] >= largest


def test_topics_job_is_a_hook_with_the_partition_count(chart):
    (job,) = _of(_render(chart, "kafka.partitions=12"), "Job")
    assert "pre-install" in job["metadata"]["annotations"]["helm.sh/hook"]
    env = {e["name"]: e["value"] for e in job["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["PARTITIONS"] == "12"
    assert env["TOPICS"].split() == Topics.all()
    assert "--alter" in job["spec"]["template"]["spec"]["containers"][0]["args"][0]

"""The alert rules and the Grafana dashboard in deploy/ name only metrics the code registers, and every
metric the code registers is watched somewhere (a metric nobody graphs or alerts on is dead weight)."""
import json
import re
from pathlib import Path

import yaml

from pseah.common import metrics

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "deploy/prometheus/alerts.yml"
DASHBOARD = ROOT / "deploy/grafana/pseah-surge.json"
# A metric name in PromQL: our prefix; label values inside quotes are stripped first (a topic is not a metric).
METRIC = re.compile(r"\bpseah_[a-z0-9_]+")


def names_in(expr: str) -> set[str]:
    return set(METRIC.findall(re.sub(r'"[^"]*"', '""', expr)))


def rule_exprs() -> list[tuple[str, str]]:
    doc = yaml.safe_load(RULES.read_text())
    return [(rule["alert"], rule["expr"]) for group in doc["groups"] for rule in group["rules"]]


def dashboard_exprs() -> list[tuple[str, str]]:
    doc = json.loads(DASHBOARD.read_text())
    return [(panel["title"], target["expr"]) for panel in doc["panels"] for target in panel["targets"]]


def test_every_rule_is_complete_and_names_registered_metrics():
    rules = rule_exprs()
    assert rules, "no alert rules"
    doc = yaml.safe_load(RULES.read_text())
    for group in doc["groups"]:
        for rule in group["rules"]:
            assert rule["labels"]["severity"] in {"warning", "critical"}, rule["alert"]
            assert rule["annotations"]["summary"], rule["alert"]
    for alert, expr in rules:
        unknown = names_in(expr) - metrics.metric_names()
        assert names_in(expr) and not unknown, f"{alert}: {sorted(unknown) or 'no pseah metric'}"


def test_every_dashboard_panel_names_registered_metrics():
    exprs = dashboard_exprs()
    assert exprs
    for title, expr in exprs:
        unknown = names_in(expr) - metrics.metric_names()
        assert names_in(expr) and not unknown, f"{title}: {sorted(unknown) or 'no pseah metric'}"


def test_every_registered_metric_is_watched():
    used = set().union(*(names_in(e) for _, e in rule_exprs() + dashboard_exprs()))
    families = {re.sub(r"_(bucket|count|sum)$", "", n) for n in used}
    registered = {re.sub(r"_(bucket|count|sum)$", "", n) for n in metrics.metric_names()}
    assert registered - families == set()


def test_unknown_names_are_caught():
    # The check itself can fail: a misspelt metric is reported, a label value that looks like one is not.
    assert names_in('rate(pseah_http_request_total[5m])') - metrics.metric_names() == {"pseah_http_request_total"}
    assert names_in('pseah_consumer_lag{topic="pseah_fake_metric"}') == {"pseah_consumer_lag"}

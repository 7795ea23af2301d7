"""Shared fixtures for the packaging checks: the repository root and the port table of CONVENTIONS.md."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("portal", "intake", "triage", "referral", "notification", "audit", "analytics")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def service_ports() -> dict[str, int]:
    """HTTP port of each service, read from docs/CONVENTIONS.md so packaging follows the table."""
    text = (ROOT / "docs/CONVENTIONS.md").read_text()
    ports = {}
    for name in SERVICES:
        match = re.search(rf"^\| {name}\b[^|]*\| http://127\.0\.0\.1:(\d+)", text, re.M)
        assert match, f"{name} missing from the address table of CONVENTIONS.md"
        ports[name] = int(match.group(1))
    return ports


@pytest.fixture(scope="session")
def topic_types() -> dict[str, set[str]]:
    """Event types per topic, from the Kafka table of docs/CONVENTIONS.md."""
    text = (ROOT / "docs/CONVENTIONS.md").read_text()
    table = {}
    for topic, types in re.findall(r"^\| (pseah\.[a-z]+\.v\d+) \| ([^|]+) \|", text, re.M):
        table[topic] = set(re.findall(r"[a-z]+(?:\.[a-z]+)+\.v\d+", types))
    assert table, "Kafka topic table not found in CONVENTIONS.md"
    return table

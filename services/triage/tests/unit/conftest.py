"""Fixtures of the triage unit tests: the shared reference data and the labelled reports."""
from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

_HERE = Path(__file__).resolve()
REPO = _HERE.parents[4]
TEST_DATA = _HERE.parents[1] / "data"
# A week after the Cianjur earthquake: the report time for samples that carry none.
REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data next to the repository, or PSEAH_SHARED_DATA."""
    path = Path(os.environ.get("PSEAH_SHARED_DATA") or (REPO / ".." / "shared" / "data")).resolve()
    if not path.is_dir():
        pytest.fail(f"shared data not found at {path}; set PSEAH_SHARED_DATA")
    return path


@pytest.fixture(scope="session")
def organizations(shared_data: Path) -> list[dict]:
    return json.loads((shared_data / "organizations.json").read_text(encoding="utf-8"))["organizations"]


@pytest.fixture(scope="session")
def samples(shared_data: Path) -> list[dict]:
    return _read_jsonl(shared_data / "triage-samples.jsonl")


@pytest.fixture(scope="session")
def labelled() -> list[dict]:
    return _read_jsonl(TEST_DATA / "labelled.jsonl")


@pytest.fixture(scope="session")
def reported_at() -> datetime:
    return REPORTED_AT


@pytest.fixture()
def rules_only(monkeypatch):
    """The learned model switched off: the probe files of each tuning round test the rules, the floor for child,
    urgent and danger recall (`pytestmark = pytest.mark.usefixtures("rules_only")`)."""
    from pseah.triage.classification.learned import predict
    monkeypatch.setattr(predict, "model", lambda: None)

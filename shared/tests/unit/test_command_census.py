"""The command census (pseah.common.querylog.CommandCensus): one line per finished command, its metadata only, and
tests/bench/census.py's sums over it."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

from pseah.common import querylog

REPO = Path(__file__).resolve().parents[3]
SECRET = "Tadi malam saya dipaksa"


def started(request_id: int, name: str, command: dict, db: str = "pseah_triage"):
    return SimpleNamespace(request_id=request_id, command_name=name, command=command, database_name=db)


def finished(request_id: int, name: str, micros: int, db: str = "pseah_triage"):
    return SimpleNamespace(request_id=request_id, command_name=name, duration_micros=micros, database_name=db)


def test_each_command_is_one_line_of_metadata_and_no_value(tmp_path, monkeypatch):
    path = tmp_path / "census.jsonl"
    monkeypatch.setenv("PSEAH_MONGO_COMMAND_CENSUS", str(path))
    monkeypatch.delenv("PSEAH_MONGO_QUERY_LOG", raising=False)
    [census] = querylog.listeners(service="pseah_triage")
    census.started(started(1, "find", {"find": "decisions", "filter": {"_id": "PSEAH-1"}}))
    census.started(started(2, "update", {"update": "queue", "updates": [{"q": {"org": "unicef"},
                                                                            "u": {"$set": {"note": SECRET}}}]}))
    census.started(started(3, "insert", {"insert": "reports", "documents": [{"narrative": SECRET}]}))
    census.succeeded(finished(2, "update", 900))
    census.succeeded(finished(1, "find", 300))
    census.failed(finished(3, "insert", 50))
    text = path.read_text()
    assert SECRET not in text and "unicef" not in text
    rows = [json.loads(line) for line in text.splitlines()]
    assert [(r["collection"], r["command"], r["keyed"], r["ok"], r["micros"]) for r in rows] == [
        ("queue", "update", False, True, 900), ("decisions", "find", True, True, 300),
        ("reports", "insert", True, False, 50)]


def test_the_bench_sums_commands_and_time_per_report(tmp_path, capsys):
    path = tmp_path / "census.jsonl"
    rows = [{"pid": 1, "db": "pseah_triage", "collection": "decisions", "command": "find", "keyed": True, "ok": True,
             "micros": 1000}] * 4 + [{"pid": 1, "db": "admin", "collection": "", "command": "ping", "keyed": True,
                                      "ok": True, "micros": 99999}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + '{"cut by a ki')
    spec = importlib.util.spec_from_file_location("census", REPO / "tests/bench/census.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main([str(path), "--reports", "2"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["commands"] == 4 and summary["store_ms"] == 4 and summary["commands_per_report"] == 2.0

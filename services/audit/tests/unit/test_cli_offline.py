"""`pseah audit verify --file`: anyone holding an export verifies it with no store and no service."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from pseah.audit.chain.ledger import canonical_json
from pseah.audit.cli import app

from .test_ledger import make_chain

runner = CliRunner()


def _write(path, chain):
    path.write_bytes(b"".join(canonical_json(e) + b"\n" for e in chain))


def test_an_intact_export_verifies_with_a_summary(tmp_path):
    chain = make_chain([{"n": i} for i in range(5)])
    _write(tmp_path / "log.jsonl", chain)
    result = runner.invoke(app, ["verify", "--file", str(tmp_path / "log.jsonl")])
    assert result.exit_code == 0, result.output
    assert "5 entries" in result.output and chain[-1]["hash"] in result.output


def test_a_tampered_export_fails_naming_the_entry(tmp_path):
    chain = make_chain([{"n": i} for i in range(5)])
    chain[2]["metadata"] = {"n": 99}
    _write(tmp_path / "log.jsonl", chain)
    result = runner.invoke(app, ["verify", "--file", str(tmp_path / "log.jsonl"), "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout.strip().splitlines()[-1])["bad_seq"] == 3


def test_a_truncated_export_fails_against_a_published_head(tmp_path):
    chain = make_chain([{"n": i} for i in range(5)])
    _write(tmp_path / "log.jsonl", chain[:4])
    result = runner.invoke(app, ["verify", "--file", str(tmp_path / "log.jsonl"),
                                 "--expect-head", chain[-1]["hash"], "--expect-seq", "5"])
    assert result.exit_code == 1
    assert "seq 5" in result.output


def test_a_line_that_is_not_json_breaks_the_chain(tmp_path):
    chain = make_chain([{"n": i} for i in range(3)])
    path = tmp_path / "log.jsonl"
    _write(path, chain)
    lines = path.read_text().splitlines()
    lines[1] = "garbage"
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["verify", "--file", str(path)])
    assert result.exit_code == 1
    assert "seq 2" in result.output

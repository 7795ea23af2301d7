"""The evaluation that blind batches are scored with: it must count what the issue asks for, and count it right."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from pseah.triage.cli import app
from pseah.triage.classification.evaluate import as_figures, evaluate, expectations

_RAPE_OF_A_CHILD = ("Tadi malam anak saya yang berumur 12 tahun diperkosa oleh relawan di tenda posko.")
_THANKS = "Terima kasih atas bantuan sembako kemarin, sangat membantu keluarga kami."


def _record(ident: str, narrative: str, **expect: object) -> dict:
    return {"id": ident, "narrative": narrative, "lang": "id", "tags": ["test"], "expect": expect}


def test_a_missed_critical_report_is_counted_as_under_triaged():
    # The thanks note labelled as a critical child case: the classifier cannot agree, so it is under-triaged.
    records = [_record("A", _RAPE_OF_A_CHILD, child_involved=True, urgent_medical=True, priority="critical"),
               _record("B", _THANKS, child_involved=True, urgent_medical=False, priority="critical")]
    result = evaluate(records)
    assert result.critical == 2
    assert result.under_triaged == ["B"]
    assert result.recall["child_involved"].correct == 1
    assert result.recall["child_involved"].total == 2
    assert as_figures(result)["under_triaged"] == 1


def test_precision_counts_flags_raised_without_the_label():
    records = [_record("A", _RAPE_OF_A_CHILD, child_involved=False, urgent_medical=True)]
    result = evaluate(records)
    assert result.precision["child_involved"].total == 1
    assert result.precision["child_involved"].correct == 0
    assert result.precision["urgent_medical"].correct == 1


def test_a_list_label_accepts_either_value_and_under_triage_uses_the_lowest():
    records = [_record("A", _THANKS, category=["not_misconduct", "other_misconduct"], priority=["low", "critical"])]
    result = evaluate(records)
    assert result.fields["category"].correct == 1
    assert result.under_triaged == []
    assert result.critical == 0


def test_labels_at_the_top_level_are_read_too():
    flat = {"id": "F", "narrative": _THANKS, "category": "not_misconduct", "priority": "low", "lang": "id"}
    assert expectations(flat) == {"category": "not_misconduct", "priority": "low"}
    result = evaluate([flat])
    assert result.fields["category"].total == 1
    assert result.by_group["lang=id"].total == 1


def test_the_command_prints_every_figure(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(_record("A", _RAPE_OF_A_CHILD, category="sexual_abuse", child_involved=True,
                                       urgent_medical=True, priority="critical", perpetrator_type="aid_worker"))
                    + "\n", encoding="utf-8")
    out = CliRunner().invoke(app, ["evaluate", str(path)])
    assert out.exit_code == 0, out.output
    for figure in ("category", "perpetrator_type", "priority", "recall child_involved", "precision",
                   "recall urgent_medical", "under-triaged", "needs review"):
        assert figure in out.output
    figures = json.loads(CliRunner().invoke(app, ["evaluate", "--json", str(path)]).output)
    assert figures["reports"] == 1 and figures["under_triaged"] == 0

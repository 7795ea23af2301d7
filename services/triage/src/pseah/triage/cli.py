"""`pseah triage ...`: the same classification code the agent uses, with no service running."""
from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime

import typer

from pseah.common import organizations

app = typer.Typer(no_args_is_help=True, help="Triage commands.")


def _when(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@app.command()
def classify() -> None:
    """Read JSON objects (one a line, each with `narrative`) on stdin; write one classification a line."""
    from pseah.triage.classification import classify as run
    from pseah.triage.routing import identify_organization

    orgs = list(organizations.load())
    failed = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            narrative = item["narrative"]
            if not isinstance(narrative, str):
                raise TypeError("narrative must be a string")
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            failed += 1
            typer.echo(f"line {number}: not a JSON object with a string `narrative` ({type(exc).__name__})", err=True)
            continue
        result = run(
            narrative=narrative,
            reported_at=_when(item.get("reported_at")),
            incident_date=date.fromisoformat(item["incident_date"]) if item.get("incident_date") else None,
            survivor_age_group=item.get("survivor_age_group"),
            perpetrator_org=item.get("perpetrator_org"),
            perpetrator_description=item.get("perpetrator_description"),
            language=item.get("language"),
        ).to_dict()
        match = identify_organization(text=narrative, field=item.get("perpetrator_org"), organizations=orgs)
        result["org_id"] = match.org_id if match else None
        if "id" in item:
            result = {"id": item["id"], **result}
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    if failed:
        raise typer.Exit(code=2)


@app.command()
def evaluate(
    paths: list[str] = typer.Argument(..., help="labelled JSON-lines files (`narrative` and `expect` a line)"),
    reported_at: str = typer.Option("2022-12-02T10:00:00+07:00", help="report time for records without one"),
    misses: bool = typer.Option(False, "--misses", help="list the records with a wrong field (ids only)"),
    as_json: bool = typer.Option(False, "--json", help="one JSON object of figures per file"),
) -> None:
    """Score the classifier on labelled reports: accuracy per field, child and urgent recall and precision,
    under-triage of critical reports."""
    from pseah.triage.classification.evaluate import run

    sys.stdout.write(run(paths, reported_at=_when(reported_at), misses=misses, as_json=as_json))


@app.command("train-model")
def train_model() -> None:
    """Fit the character n-gram model beside the rules on the labelled files (needs scikit-learn)."""
    from pseah.triage.classification.learned.train import shared_data_dir, train

    sys.stdout.write(json.dumps(train(shared=shared_data_dir())) + "\n")

"""Per-field accuracy of the classifier on labelled reports (JSON lines with `narrative` and `expect`).

    python -m pseah.triage.classification.evaluate PATH [PATH ...] [--reported-at ISO] [--misses]

An `expect` value that is a list means any of its values is right. Records without `reported_at` are read
against --reported-at (default 2022-12-02T10:00+07:00, a week after the Cianjur earthquake). When a record
expects an `org_id`, organisation matching is scored too, against the directory in pseah.common.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from pseah.triage.classification.classifier import classify

FIELDS = ("category", "perpetrator_type", "child_involved", "urgent_medical", "priority")
RECALL_FIELDS = ("child_involved", "urgent_medical")
DEFAULT_REPORTED_AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")


@dataclass
class Score:
    correct: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass
class Evaluation:
    total: int = 0
    fully_correct: int = 0
    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in (*FIELDS, "org_id")})
    recall: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in RECALL_FIELDS})
    misses: list[tuple[str, dict[str, tuple[object, object]]]] = field(default_factory=list)


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def matches(expected: object, actual: object) -> bool:
    return actual in expected if isinstance(expected, list) else actual == expected


def _organizations() -> list[dict] | None:
    try:
        from pseah.common import organizations
    except ImportError:       # the triage package alone, without pseah-common: org matching is not scored
        return None
    return list(organizations.load())


def evaluate(records: Iterable[dict], *, default_reported_at: datetime = DEFAULT_REPORTED_AT,
             organizations: list[dict] | None = None) -> Evaluation:
    from pseah.triage.routing import identify_organization

    result = Evaluation()
    for record in records:
        expect = record["expect"]
        reported_at = (datetime.fromisoformat(record["reported_at"]) if record.get("reported_at")
                       else default_reported_at)
        got = classify(
            narrative=record["narrative"], reported_at=reported_at,
            incident_date=date.fromisoformat(record["incident_date"]) if record.get("incident_date") else None,
            survivor_age=record.get("survivor_age"), survivor_age_group=record.get("survivor_age_group"),
            perpetrator_org=record.get("perpetrator_org"),
            perpetrator_description=record.get("perpetrator_description"), language=record.get("language"),
        ).to_dict()
        if "org_id" in expect and organizations is not None:
            match = identify_organization(text=record["narrative"], field=record.get("perpetrator_org"),
                                          organizations=organizations)
            got["org_id"] = match.org_id if match else None
        wrong = {}
        for name, score in result.fields.items():
            if name not in expect or name not in got:
                continue
            score.total += 1
            if matches(expect[name], got[name]):
                score.correct += 1
            else:
                wrong[name] = (got[name], expect[name])
        for name in RECALL_FIELDS:
            if expect.get(name) is True:
                result.recall[name].total += 1
                result.recall[name].correct += got[name] is True
        result.total += 1
        result.fully_correct += not wrong
        if wrong:
            result.misses.append((str(record.get("id", result.total)), wrong))
    return result


def format_evaluation(name: str, result: Evaluation, *, misses: bool = False) -> str:
    lines = [f"{name}: {result.total} reports, {result.fully_correct} fully correct"]
    for field_name, score in result.fields.items():
        if score.total:
            lines.append(f"  {field_name:<17} {score.correct:>4}/{score.total:<4} {score.rate:6.1%}")
    for field_name, score in result.recall.items():
        lines.append(f"  recall {field_name:<10} {score.correct:>4}/{score.total:<4} {score.rate:6.1%}")
    if misses:
        for ident, wrong in result.misses:
            detail = "; ".join(f"{k}={got!r} expected {exp!r}" for k, (got, exp) in wrong.items())
            lines.append(f"  miss {ident}: {detail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pseah.triage.classification.evaluate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="labelled JSON-lines files")
    parser.add_argument("--reported-at", default=DEFAULT_REPORTED_AT.isoformat(),
                        help="report time for records that have none (ISO 8601)")
    parser.add_argument("--misses", action="store_true", help="list the records with a wrong field (ids only)")
    args = parser.parse_args(argv)
    organizations = _organizations()
    for path in args.paths:
        result = evaluate(load(path), default_reported_at=datetime.fromisoformat(args.reported_at),
                          organizations=organizations)
        sys.stdout.write(format_evaluation(path, result, misses=args.misses) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

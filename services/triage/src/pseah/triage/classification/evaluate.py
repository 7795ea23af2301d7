"""Per-field accuracy of the classifier on labelled reports (JSON lines with `narrative` and `expect`).

    pseah triage evaluate PATH [PATH ...] [--reported-at ISO] [--misses] [--json]
    python -m pseah.triage.classification.evaluate PATH ...          (the same, without the pseah shell)

An `expect` value that is a list means any of its values is right. Labels may also sit at the top level of a
record (`category`, `priority`, ...) instead of under `expect`; extra keys (`lang`, `tags`) are used only to
break the figures down. Records without `reported_at` are read against --reported-at (default
2022-12-02T10:00+07:00, a week after the Cianjur earthquake). When a record expects an `org_id`, organisation
matching is scored too, against the directory in pseah.common.

Figures: accuracy per field; recall and precision of child_involved and urgent_medical (the two flags whose
miss is the costly error); under-triage, i.e. reports labelled critical that got a lower priority (and, for
information, any report whose priority came out below its label); how many proposals ask for review.
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
from pseah.triage.classification.model import Priority

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
    # recall: of the reports labelled True, how many the classifier flagged; precision: of those it flagged,
    # how many are labelled True.
    recall: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in RECALL_FIELDS})
    precision: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in RECALL_FIELDS})
    critical: int = 0                   # reports labelled critical
    under_triaged: list[str] = field(default_factory=list)      # ids: labelled critical, proposed lower
    below_label: list[str] = field(default_factory=list)        # ids: any priority below the label
    needs_review: int = 0
    by_group: dict[str, Score] = field(default_factory=dict)    # fully correct per language / tag
    misses: list[tuple[str, dict[str, tuple[object, object]]]] = field(default_factory=list)


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def matches(expected: object, actual: object) -> bool:
    return actual in expected if isinstance(expected, list) else actual == expected


def expectations(record: dict) -> dict:
    """The labels of a record: its `expect` object, or the label fields at its top level."""
    if isinstance(record.get("expect"), dict):
        return record["expect"]
    return {name: record[name] for name in (*FIELDS, "org_id") if name in record}


def _rank(value: object) -> int:
    """The least urgent of the accepted priorities: a list label accepts any of them, so only a priority below
    all of them is under-triage."""
    values = value if isinstance(value, list) else [value]
    return min((Priority(v).rank for v in values if v in Priority.__members__.values()), default=-1)


def _organizations() -> list[dict] | None:
    try:
        from pseah.common import organizations
    except ImportError:       # the triage package alone, without pseah-common: org matching is not scored
        return None
    return list(organizations.load())


def classify_record(record: dict, *, default_reported_at: datetime = DEFAULT_REPORTED_AT) -> dict:
    """The classifier's proposal for one labelled record, as the JSON summary."""
    reported_at = (datetime.fromisoformat(record["reported_at"]) if record.get("reported_at")
                   else default_reported_at)
    if reported_at.tzinfo is None:
        reported_at = reported_at.replace(tzinfo=default_reported_at.tzinfo)
    return classify(
        narrative=record["narrative"], reported_at=reported_at,
        incident_date=date.fromisoformat(record["incident_date"]) if record.get("incident_date") else None,
        survivor_age=record.get("survivor_age"), survivor_age_group=record.get("survivor_age_group"),
        perpetrator_org=record.get("perpetrator_org"),
        perpetrator_description=record.get("perpetrator_description"),
        language=record.get("language") or record.get("lang"),
    ).to_dict()


def _groups(record: dict) -> list[str]:
    lang = record.get("language") or record.get("lang")
    tags = record.get("tags") or []
    return ([f"lang={lang}"] if lang else []) + [f"tag={t}" for t in (tags if isinstance(tags, list) else [tags])]


def evaluate(records: Iterable[dict], *, default_reported_at: datetime = DEFAULT_REPORTED_AT,
             organizations: list[dict] | None = None) -> Evaluation:
    from pseah.triage.routing import identify_organization

    result = Evaluation()
    for record in records:
        expect = expectations(record)
        got = classify_record(record, default_reported_at=default_reported_at)
        ident = str(record.get("id", result.total + 1))
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
            if name not in expect:
                continue
            if matches(expect[name], True) and not matches(expect[name], False):
                result.recall[name].total += 1
                result.recall[name].correct += got[name] is True
            if got[name] is True:
                result.precision[name].total += 1
                result.precision[name].correct += matches(expect[name], True)
        if "priority" in expect:
            want = _rank(expect["priority"])
            have = Priority(got["priority"]).rank
            if want == Priority.CRITICAL.rank:
                result.critical += 1
                if have < want:
                    result.under_triaged.append(ident)
            if have < want:
                result.below_label.append(ident)
        result.needs_review += bool(got.get("needs_review"))
        result.total += 1
        result.fully_correct += not wrong
        for group in _groups(record):
            score = result.by_group.setdefault(group, Score())
            score.total += 1
            score.correct += not wrong
        if wrong:
            result.misses.append((ident, wrong))
    return result


def as_figures(result: Evaluation) -> dict:
    """The figures as one JSON-ready object (for the README table and for scripts)."""
    return {
        "reports": result.total, "fully_correct": result.fully_correct,
        "accuracy": {n: round(s.rate, 3) for n, s in result.fields.items() if s.total},
        "recall": {n: f"{s.correct}/{s.total}" for n, s in result.recall.items()},
        "precision": {n: f"{s.correct}/{s.total}" for n, s in result.precision.items()},
        "critical": result.critical, "under_triaged": len(result.under_triaged),
        "below_label": len(result.below_label), "needs_review": result.needs_review,
    }


def format_evaluation(name: str, result: Evaluation, *, misses: bool = False) -> str:
    lines = [f"{name}: {result.total} reports, {result.fully_correct} fully correct"]
    for field_name, score in result.fields.items():
        if score.total:
            lines.append(f"  {field_name:<17} {score.correct:>4}/{score.total:<4} {score.rate:6.1%}")
    for field_name in RECALL_FIELDS:
        recall, precision = result.recall[field_name], result.precision[field_name]
        lines.append(f"  recall {field_name:<10} {recall.correct:>4}/{recall.total:<4} {recall.rate:6.1%}"
                     f"   precision {precision.correct:>3}/{precision.total:<3} {precision.rate:6.1%}")
    lines.append(f"  under-triaged     {len(result.under_triaged):>4} of {result.critical} critical"
                 + (f" ({', '.join(result.under_triaged)})" if result.under_triaged else ""))
    lines.append(f"  below its label   {len(result.below_label):>4} (any priority)")
    lines.append(f"  needs review      {result.needs_review:>4}")
    if misses:
        for group, score in sorted(result.by_group.items()):
            lines.append(f"  fully correct, {group:<24} {score.correct:>3}/{score.total:<3}")
        for ident, wrong in result.misses:
            detail = "; ".join(f"{k}={got!r} expected {exp!r}" for k, (got, exp) in wrong.items())
            lines.append(f"  miss {ident}: {detail}")
    return "\n".join(lines)


def run(paths: list[str], *, reported_at: datetime = DEFAULT_REPORTED_AT, misses: bool = False,
        as_json: bool = False) -> str:
    organizations = _organizations()
    out = []
    for path in paths:
        result = evaluate(load(path), default_reported_at=reported_at, organizations=organizations)
        out.append(json.dumps({"file": str(path), **as_figures(result)}) if as_json
                   else format_evaluation(str(path), result, misses=misses))
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pseah.triage.classification.evaluate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", help="labelled JSON-lines files")
    parser.add_argument("--reported-at", default=DEFAULT_REPORTED_AT.isoformat(),
                        help="report time for records that have none (ISO 8601)")
    parser.add_argument("--misses", action="store_true", help="list the records with a wrong field (ids only)")
    parser.add_argument("--json", action="store_true", help="one JSON object of figures per file")
    args = parser.parse_args(argv)
    sys.stdout.write(run(args.paths, reported_at=datetime.fromisoformat(args.reported_at), misses=args.misses,
                         as_json=args.json))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Accuracy on our own labelled reports (tests/data/labelled.jsonl, see tests/data/README.md).

The set has three parts: 'dev' (190 reports written with the lexicon), 'blind1' (60) and 'blind2' (52),
each written and labelled before the classifier saw it, scored once, then used to improve the classifier.
The floors below are what the classifier reaches on the whole set; the first-run blind scores are in the
README. Recall of child_involved and urgent_medical must stay perfect: missing either is the costly error.
"""
from __future__ import annotations

from collections import Counter

import pytest

from pseah.triage.classification.evaluate import FIELDS, evaluate

FLOORS = {
    "category": 0.98,
    "perpetrator_type": 0.98,
    "child_involved": 1.0,
    "urgent_medical": 1.0,
    "priority": 0.98,
    "org_id": 0.95,
}


@pytest.fixture(scope="module")
def result(labelled, reported_at, organizations):
    return evaluate(labelled, default_reported_at=reported_at, organizations=organizations)


def test_the_set_is_large_and_varied(labelled):
    assert len(labelled) >= 160
    languages = Counter(r["language"] for r in labelled)
    assert {"id", "su", "jv", "en", "mixed"} <= set(languages)
    assert all(r.get("reported_at") for r in labelled)
    expected = [r["expect"] for r in labelled]
    for field in FIELDS:
        values = {v for e in expected for v in (e[field] if isinstance(e[field], list) else [e[field]])}
        assert len(values) >= 2, field
    assert len({r["id"] for r in labelled}) == len(labelled)


@pytest.mark.parametrize("field", [*FIELDS, "org_id"])
def test_accuracy_floor(result, field):
    score = result.fields[field]
    assert score.total > 0
    assert score.rate >= FLOORS[field], f"{field}: {score.correct}/{score.total}; misses: {result.misses}"


@pytest.mark.parametrize("field", ["child_involved", "urgent_medical"])
def test_recall_is_perfect(result, field):
    recall = result.recall[field]
    assert recall.total >= 20
    assert recall.correct == recall.total, [m for m in result.misses if field in m[1]]


@pytest.mark.parametrize("part", ["dev", "blind1", "blind2"])
def test_each_part_keeps_child_and_medical_recall(labelled, reported_at, part):
    result = evaluate([r for r in labelled if r["set"] == part], default_reported_at=reported_at)
    for field in ("child_involved", "urgent_medical"):
        assert result.recall[field].rate == 1.0, (part, field)

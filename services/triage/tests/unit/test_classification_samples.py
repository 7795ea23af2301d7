"""Every shared sample (../shared/data/triage-samples.jsonl) is classified fully correctly."""
from __future__ import annotations

import pytest

from pseah.triage.classification import classify
from pseah.triage.classification.evaluate import FIELDS, matches


def test_there_are_samples(samples):
    assert len(samples) >= 24


@pytest.mark.parametrize("index", range(24))
def test_sample_is_classified_fully_correctly(samples, reported_at, index):
    sample = samples[index]
    result = classify(narrative=sample["narrative"], reported_at=reported_at).to_dict()
    wrong = {f: (result[f], sample["expect"][f]) for f in FIELDS if not matches(sample["expect"][f], result[f])}
    assert not wrong, f"{sample['id']}: {wrong}; reasons: {result['reasons']}"


def test_every_sample_explains_itself(samples, reported_at):
    for sample in samples:
        result = classify(narrative=sample["narrative"], reported_at=reported_at)
        assert result.reasons, sample["id"]
        assert any(r.startswith("priority ") for r in result.reasons), sample["id"]

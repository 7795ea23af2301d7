"""Rule- and lexicon-based triage of PSEAH reports: explainable, offline, deterministic.

    from pseah.triage.classification import classify
    result = classify(narrative="...", reported_at=datetime.now(UTC))
    result.category, result.priority, result.reasons

The lexicons (``lexicon/``) hold the words; the modules hold the rules that combine them.
"""
from pseah.triage.classification.classifier import classify
from pseah.triage.classification.model import (
    Category,
    Classification,
    PerpetratorType,
    Priority,
    required_priority,
)

__all__ = ["Category", "Classification", "PerpetratorType", "Priority", "classify", "required_priority"]

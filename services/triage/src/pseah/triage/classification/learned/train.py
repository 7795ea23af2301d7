"""Train the character n-gram model: ``pseah triage train-model`` (needs scikit-learn, pinned in requirements).

What: one TF-IDF vocabulary of character n-grams (2-5, within words: robust to informal spelling, affixes and
the three languages' shared roots) and one multinomial logistic regression per field (category,
perpetrator_type). Data: every labelled file in services/triage/tests/data (the 302 reports and the scored blind
tuning batches) and the shared samples when present; a list label counts as its first value. Deterministic:
same files, same model. Small: the vocabulary is capped and weights rounded, so the file stays a few hundred KB.
Never trained on the final untouched blind batches, which are not in the repository until scored.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from pseah.triage.classification.learned.predict import MODEL_FILE

FIELDS = ("category", "perpetrator_type")
MAX_FEATURES = 4000
NGRAM_RANGE = (2, 5)
_HERE = Path(__file__).resolve().parent
_TRIAGE = _HERE.parents[4]                   # services/triage
DEFAULT_DATA = _TRIAGE / "tests" / "data"


def _records(data: Path, shared: Path | None) -> list[dict]:
    paths = sorted(data.glob("*.jsonl")) + sorted((data / "blind").glob("batch-*.jsonl"))
    if shared is not None and (shared / "triage-samples.jsonl").is_file():
        paths.append(shared / "triage-samples.jsonl")
    records = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            records += [json.loads(line) for line in handle if line.strip()]
    return [r for r in records if isinstance(r.get("expect"), dict) and r.get("narrative")]


def _first(value: object) -> str:
    return str(value[0] if isinstance(value, list) else value)


def train(*, data: Path = DEFAULT_DATA, shared: Path | None = None, out: Path = _HERE / MODEL_FILE) -> dict:
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    records = _records(data, shared)
    texts = [r["narrative"] for r in records]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, min_df=2, sublinear_tf=True,
                                 max_features=MAX_FEATURES, lowercase=True, dtype=numpy.float64)
    matrix = vectorizer.fit_transform(texts)
    vocabulary = [None] * len(vectorizer.vocabulary_)
    for gram, i in vectorizer.vocabulary_.items():
        vocabulary[i] = gram
    doc = {"version": 1, "ngram_range": list(NGRAM_RANGE), "trained_on": len(records), "vocabulary": vocabulary,
           "idf": [round(float(v), 5) for v in vectorizer.idf_], "fields": {}}
    for name in FIELDS:
        labels = [_first(r["expect"][name]) for r in records]
        classifier = LogisticRegression(C=10, max_iter=5000, class_weight="balanced")
        classifier.fit(matrix, labels)
        coef = classifier.coef_
        if len(classifier.classes_) == 2:              # binary: scikit-learn keeps one row; make it two
            coef = [[-float(w) / 2 for w in coef[0]], [float(w) / 2 for w in coef[0]]]
            intercept = [-float(classifier.intercept_[0]) / 2, float(classifier.intercept_[0]) / 2]
        else:
            intercept = [float(v) for v in classifier.intercept_]
        doc["fields"][name] = {"classes": [str(c) for c in classifier.classes_],
                               "intercept": [round(v, 5) for v in intercept],
                               "coef": [[round(float(w), 5) for w in row] for row in coef]}
    out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return {"records": len(records), "features": len(vocabulary), "file": str(out), "bytes": out.stat().st_size}


def shared_data_dir() -> Path | None:
    path = Path(os.environ.get("PSEAH_SHARED_DATA") or (_TRIAGE.parents[1] / ".." / "shared" / "data")).resolve()
    return path if path.is_dir() else None

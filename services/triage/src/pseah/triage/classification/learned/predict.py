"""Prediction with the trained character n-gram model, in plain Python (see ``train.py`` for what it is).

The arithmetic is scikit-learn's, reproduced: lower-case, words split on white space and padded with one space,
character n-grams of each padded word ('char_wb'), term frequency sublinear (1 + log tf) times idf, the vector
scaled to unit length, then one multinomial logistic regression per field (softmax over classes). The unit test
holds these numbers to scikit-learn's own on the training files.
"""
from __future__ import annotations

import json
import math
from operator import itemgetter, mul
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

MODEL_FILE = "ngrams-v1.json"


@dataclass(frozen=True)
class Guess:
    value: str
    probability: float


class NgramModel:
    """The fitted vocabulary, idf and per-field weights, in plain Python: a report has a few hundred n-grams, so
    the sparse dot product is cheaper than importing numpy at start-up."""

    def __init__(self, doc: dict):
        self.low, self.high = doc["ngram_range"]
        self.index = {gram: i for i, gram in enumerate(doc["vocabulary"])}
        self.idf = tuple(float(v) for v in doc["idf"])
        # per field: classes, intercepts, and per class the weights of all features (classes x features)
        self.fields = {name: (tuple(spec["classes"]), tuple(float(v) for v in spec["intercept"]),
                              tuple(tuple(float(v) for v in row) for row in spec["coef"]))
                       for name, spec in doc["fields"].items()}
        self._word = lru_cache(maxsize=65536)(self._word_features)
        self._last: dict[str, tuple[tuple[int, ...], tuple[float, ...]]] = {}

    @classmethod
    def from_document(cls, doc: dict) -> NgramModel:
        return cls(doc)

    def _word_features(self, word: str) -> tuple[int, ...]:
        padded = f" {word} "
        grams = (padded[s:s + n] for n in range(self.low, min(self.high, len(padded)) + 1)
                 for s in range(len(padded) - n + 1))
        return tuple(i for g in grams if (i := self.index.get(g)) is not None)

    def features(self, text: str) -> dict[int, float]:
        """tf-idf of one text (sublinear tf, unit length), by feature index."""
        return dict(zip(*self._vector(text)))

    def _vector(self, text: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
        """Feature indices and values of one text; the last few are kept, since a report is asked about its
        category and then its perpetrator type."""
        cached = self._last.get(text)
        if cached is None:
            cached = self._last[text] = self._compute(text)
            if len(self._last) > 8:
                self._last.pop(next(iter(self._last)))
        return cached

    def _compute(self, text: str) -> tuple[tuple[int, ...], tuple[float, ...]]:
        counts: dict[int, int] = {}
        for word in text.lower().split():
            for i in self._word(word):
                counts[i] = counts.get(i, 0) + 1
        if not counts:
            return (), ()
        index = tuple(counts)
        idf, log = self.idf, math.log
        values = [(1.0 + log(n)) * idf[i] for i, n in counts.items()]
        norm = math.sqrt(sum(map(mul, values, values)))
        return index, tuple(v / norm for v in values)

    def predict(self, text: str, field: str, *, exclude: frozenset[str] = frozenset()) -> Guess:
        classes, intercept, weights = self.fields[field]
        index, values = self._vector(text)
        if index:
            pick = itemgetter(*index) if len(index) > 1 else (lambda row: (row[index[0]],))
            scores = [b + sum(map(mul, values, pick(row))) for b, row in zip(intercept, weights)]
        else:
            scores = list(intercept)
        top = max(scores)
        exps = [math.exp(v - top) for v in scores]
        total = sum(exps)
        allowed = [(e / total, cls) for e, cls in zip(exps, classes) if cls not in exclude]
        probability, value = max(allowed)
        return Guess(value=value, probability=round(probability, 3))


@lru_cache(maxsize=1)
def model() -> NgramModel | None:
    """The packaged model, read once; None when it has not been trained (the rules then work alone)."""
    resource = files(__package__).joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    return NgramModel.from_document(json.loads(resource.read_text(encoding="utf-8")))

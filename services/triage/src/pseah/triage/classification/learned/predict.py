"""Prediction with the trained character n-gram model, in plain Python (see ``train.py`` for what it is).

The arithmetic is scikit-learn's, reproduced: lower-case, words split on white space and padded with one space,
character n-grams of each padded word ('char_wb'), term frequency sublinear (1 + log tf) times idf, the vector
scaled to unit length, then one multinomial logistic regression per field (softmax over classes). The unit test
holds these numbers to scikit-learn's own on the training files.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

MODEL_FILE = "ngrams-v1.json"


@dataclass(frozen=True)
class Guess:
    value: str
    probability: float


class NgramModel:
    """The fitted vocabulary, idf and per-field weights; numpy only for the dot product (it is installed with
    scikit-learn, and imported when the model is first used, not at start-up)."""

    def __init__(self, doc: dict):
        import numpy

        self._numpy = numpy
        self.low, self.high = doc["ngram_range"]
        self.index = {gram: i for i, gram in enumerate(doc["vocabulary"])}
        self.idf = numpy.asarray(doc["idf"], dtype=float)
        self.fields = {name: (tuple(spec["classes"]), numpy.asarray(spec["intercept"], dtype=float),
                              numpy.asarray(spec["coef"], dtype=float).T)          # features x classes
                       for name, spec in doc["fields"].items()}
        self._word = lru_cache(maxsize=65536)(self._word_features)
        self._last: dict[str, tuple] = {}

    @classmethod
    def from_document(cls, doc: dict) -> NgramModel:
        return cls(doc)

    def _word_features(self, word: str) -> tuple[int, ...]:
        padded = f" {word} "
        grams = (padded[s:s + n] for n in range(self.low, min(self.high, len(padded)) + 1)
                 for s in range(len(padded) - n + 1))
        return tuple(i for g in grams if (i := self.index.get(g)) is not None)

    def features(self, text: str) -> dict[int, float]:
        index, values = self._vector(text)
        return dict(zip(index.tolist(), values.tolist())) if index is not None else {}

    def _vector(self, text: str):
        """(feature indices, tf-idf values) of one text; the last few are kept, since a report is asked about
        its category and then its perpetrator type."""
        cached = self._last.get(text)
        if cached is None:
            cached = self._last[text] = self._compute(text)
            if len(self._last) > 8:
                self._last.pop(next(iter(self._last)))
        return cached

    def _compute(self, text: str):
        counts: dict[int, int] = {}
        for word in text.lower().split():
            for i in self._word(word):
                counts[i] = counts.get(i, 0) + 1
        if not counts:
            return None, None
        numpy = self._numpy
        index = numpy.fromiter(counts, dtype=numpy.int64, count=len(counts))
        values = (1.0 + numpy.log(numpy.fromiter(counts.values(), dtype=float, count=len(counts)))) * self.idf[index]
        values /= numpy.sqrt(values @ values)
        return index, values

    def predict(self, text: str, field: str, *, exclude: frozenset[str] = frozenset()) -> Guess:
        classes, intercept, weights = self.fields[field]
        scores = intercept.copy()
        index, values = self._vector(text)
        if index is not None:
            scores += values @ weights[index]
        scores = _softmax(self._numpy, scores)
        allowed = [(float(p), cls) for p, cls in zip(scores, classes) if cls not in exclude]
        probability, value = max(allowed)
        return Guess(value=value, probability=round(probability, 3))


def _softmax(numpy, scores):
    exps = numpy.exp(scores - scores.max())
    return exps / exps.sum()


@lru_cache(maxsize=1)
def model() -> NgramModel | None:
    """The packaged model, read once; None when it has not been trained (the rules then work alone)."""
    resource = files(__package__).joinpath(MODEL_FILE)
    if not resource.is_file():
        return None
    return NgramModel.from_document(json.loads(resource.read_text(encoding="utf-8")))

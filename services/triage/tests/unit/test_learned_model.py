"""The character n-gram model beside the rules: packaged, scikit-learn's arithmetic, and kept in its place."""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from pseah.triage.classification import Category, Priority, classify
from pseah.triage.classification.learned import predict
from pseah.triage.classification.learned.train import train

AT = datetime.fromisoformat("2022-12-02T10:00:00+07:00")


def test_the_model_is_packaged_and_small():
    model = predict.model()
    assert model is not None, "run `pseah triage train-model`"
    assert set(model.fields) == {"category", "perpetrator_type"}
    assert len(model.index) <= 4000


def test_it_reproduces_scikit_learn(tmp_path, labelled):
    sklearn = pytest.importorskip("sklearn")
    del sklearn
    data = tmp_path / "data"
    (data / "blind").mkdir(parents=True)
    sample = labelled[:120]
    (data / "part.jsonl").write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")
    out = tmp_path / "model.json"
    train(data=data, shared=None, out=out)
    mine = predict.NgramModel.from_document(json.loads(out.read_text(encoding="utf-8")))

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    import numpy

    texts = [r["narrative"] for r in sample]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True,
                                 max_features=4000, dtype=numpy.float64)
    matrix = vectorizer.fit_transform(texts)
    labels = [r["expect"]["category"][0] if isinstance(r["expect"]["category"], list) else r["expect"]["category"]
              for r in sample]
    reference = LogisticRegression(C=10, max_iter=5000, class_weight="balanced").fit(matrix, labels)
    probabilities = reference.predict_proba(vectorizer.transform(texts[:15]))
    for text, row in zip(texts[:15], probabilities):
        guess = mine.predict(text, "category")
        assert guess.value == reference.classes_[row.argmax()]
        assert guess.probability == pytest.approx(row.max(), abs=2e-3)   # weights are stored rounded


def test_an_unplaced_report_gets_a_misconduct_category_from_the_model_never_harmless():
    result = classify(narrative="Aya hiji jalma ti posko anu sok ngadeukeutan awewe di jalan poek, urang sadaya "
                                "sieun pisan ayeuna.", reported_at=AT)
    assert result.category is not Category.NOT_MISCONDUCT
    assert result.needs_review and result.priority.rank >= Priority.HIGH.rank


def test_a_strongly_named_perpetrator_is_never_overridden():
    # 'oleh tetangga' names the agent: the rules decide, whatever the model would say
    result = classify(narrative="Kemarin malam saya diraba oleh tetangga di dekat posko bantuan PMI saat antre.",
                      reported_at=AT)
    assert result.perpetrator_type.value == "community_member"
    assert not any("learned model" in r for r in result.reasons[:2])

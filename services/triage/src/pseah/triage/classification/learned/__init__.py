"""A character n-gram model beside the rules (issue 12): it proposes a category for reports no cue could place
and a perpetrator type where the rules have only weak evidence. The rules stay the floor for child, urgent
medical care, danger and priority; this model never lowers anything.

- ``train.py``: ``pseah triage train-model`` fits it (scikit-learn) on the labelled files in the repository and
  writes ``ngrams-v1.json``; deterministic, so the same files give the same model.
- ``predict.py``: reads that file and predicts with the standard library only (no scikit-learn at run time,
  no start-up cost beyond reading the file once).
"""

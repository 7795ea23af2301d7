"""The cached beginnings of the cue patterns (prefixes.json, start-up speed only) are exact and complete."""
from __future__ import annotations

import json

from pseah.triage.classification import cues
from pseah.triage.classification.matcher import PREFIX_CACHE, _prefixes, pattern_key, prefixes_of


def test_every_cue_pattern_is_cached_with_its_exact_beginnings():
    cached = json.loads(PREFIX_CACHE.read_text(encoding="utf-8"))
    stale = [c.pattern[:60] for c in cues.ALL if pattern_key(c.pattern) not in cached]
    assert not stale, ("prefixes.json misses edited patterns; run "
                       "`python -m pseah.triage.classification.build_prefixes`", stale)
    for cue in cues.ALL:
        assert cue.starts == _prefixes(cue.pattern), cue.pattern[:60]


def test_a_pattern_the_cache_does_not_hold_is_parsed_live():
    pattern = r"(?:zzq|zzr)ab .. cd"
    assert pattern_key(pattern) not in json.loads(PREFIX_CACHE.read_text(encoding="utf-8"))
    assert prefixes_of(pattern) == _prefixes(pattern) == frozenset({"zzqa", "zzra"})

"""The cue prefilter (matcher.find skips patterns whose beginnings are absent) must never change a result."""
from __future__ import annotations

from dataclasses import replace

import pytest

from pseah.triage.classification import cues as k
from pseah.triage.classification.matcher import _prefixes, find
from pseah.triage.classification.text import Text


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?:mem|di)?perkosa", {"perk", "memp", "dipe"}),
    (r"rape|raped", {"rape"}),
    (r"\w+ diperkosa", None),             # starts with any word: cannot be listed, always run
    # round 22: no four-character beginnings ('wa ' then any character), so the three-character ones
    (r"(?:wa|sms) (?:\S+ )?mesum", {"wa ", "sms"}),
])
def test_prefixes_of_a_pattern(pattern, expected):
    found = _prefixes(pattern)
    assert (None if found is None else set(found)) == expected


def test_nearly_every_cue_can_be_prefiltered():
    # if a lexicon edit made most patterns unlistable the speed would silently fall back to the slow path
    assert sum(c.starts is None for c in k.ALL) <= len(k.ALL) // 10


def test_prefiltered_and_full_matching_agree(labelled, samples):
    unfiltered = tuple(replace(c, starts=None) for c in k.ALL)
    for record in [*labelled, *samples, *_blind()]:
        text = Text.of(record["narrative"])
        assert find(text, k.ALL) == find(text, unfiltered), record["id"]


def _blind() -> list[dict]:
    import json
    from pathlib import Path
    folder = Path(__file__).resolve().parents[1] / "data" / "blind"
    return [json.loads(line) for path in sorted(folder.glob("batch-*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_cue_tried_at_its_places_finds_what_a_scan_finds():
    # round 22: find tries a listed cue only where its beginnings stand, after the last match; a scan (finditer)
    # past _SCAN_FROM places. Repeated and overlapping beginnings, a match running over the next beginning.
    from pseah.triage.classification.matcher import _SCAN_FROM, Cue, compile_cues
    cue = compile_cues("test", [(r"perk(?:osa|osa lagi)|pe|perkosa lagi dia", "x")])[0]
    assert isinstance(cue, Cue) and cue.starts is not None
    scan = replace(cue, starts=None)
    for narrative in ("diperkosa perkosa lagi dia perkosa pe", "pe pe perkosa lagi dia pe",
                      " ".join(["perkosa lagi dia"] * (_SCAN_FROM + 2)), "tidak ada apa-apa"):
        text = Text.of(narrative)
        assert find(text, (cue,)) == find(text, (scan,)), narrative


def test_every_negator_begins_with_a_listed_head():
    # the negation shortcut skips clauses without these words; a negator not listed would silently stop working
    import re

    from pseah.triage.classification.lexicon.structure import NEGATOR_HEADS, NEGATORS
    from pseah.triage.classification.matcher import _starts

    from re import _parser
    for pattern, _ in NEGATORS:
        beginnings = _starts(list(_parser.parse(pattern)), 12)
        assert beginnings is not None, pattern
        for beginning in beginnings:
            head = re.split(r"[ ]", beginning)[0]
            assert any(h.startswith(head) or head.startswith(h) for h in NEGATOR_HEADS), (pattern, beginning)

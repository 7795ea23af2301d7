"""Ages stated in a report: '16 tahun', 'umur 12', 'usia lima belas', 'a girl of 14', '(17)'."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pseah.triage.classification.lexicon.children import AGE_PATTERNS, NOT_AN_AGE_BEFORE
from pseah.triage.classification.text import Text

_AGES = tuple(re.compile(rf"(?<![\w']){p}") for p in AGE_PATTERNS)
# The bare 'N tahun' pattern is the one that confuses ages with durations ('selama 3 tahun').
_BARE_YEARS = _AGES[1]


@dataclass(frozen=True)
class Age:
    years: int
    quote: str
    word: int


def find_ages(text: Text) -> list[Age]:
    found: dict[int, Age] = {}
    for regex in _AGES:
        for m in regex.finditer(text.norm):
            value = int(m.group(1))
            word = text.word_at(m.start(1))
            if value == 0 or value > 99 or word in found:
                continue
            if regex is _BARE_YEARS and word > 0 and text.words[word - 1].norm in NOT_AN_AGE_BEFORE:
                continue
            found[word] = Age(years=value, quote=text.quote(m.start(), m.end()), word=word)
    return sorted(found.values(), key=lambda a: a.word)

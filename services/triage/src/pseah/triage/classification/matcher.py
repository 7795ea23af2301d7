"""Finding cues in a normalised text, and deciding whether a negation reaches them."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from pseah.triage.classification.lexicon.structure import (
    CONDITIONALS,
    NEGATORS,
    NOT_A_NEGATION_AFTER,
    RELATIVE_PRONOUNS,
)
from pseah.triage.classification.text import Text

# Indonesian, Sundanese and Javanese clitics a cue may carry: diperkosanya, anakku, umurna, relawane.
_CLITIC = r"(?:-?(?:nya|lah|kah|pun|ku|mu|na|ne|e))?"
_PASSIVE = re.compile(r"^(?:di|ter)[a-z]{3,}")
_NOT_PASSIVE = frozenset({"dia", "dinas", "diri", "dirinya", "disini", "disana", "dimana", "dini", "dingin", "terus",
                          "terima", "tertentu", "terlalu", "termasuk", "terhadap", "terakhir", "tersebut", "tersangka"})
_GAP = {" .... ": r" (?:[^\s.!?;]+ ){0,9}", " ... ": r" (?:[^\s.!?;]+ ){0,6}", " .. ": r" (?:[^\s.!?;]+ ){0,3}"}


def compile_pattern(pattern: str) -> re.Pattern[str]:
    body = pattern
    for macro, gap in _GAP.items():
        # a word before a gap may carry a clitic too: "menemaninya ... malam"
        body = body.replace(macro, _CLITIC + gap)
    return re.compile(rf"(?<![\w'])(?:{body}){_CLITIC}(?![\w'])")


@dataclass(frozen=True)
class Cue:
    kind: str
    label: str
    regex: re.Pattern[str]


def compile_cues(kind: str, entries: Iterable[tuple[str, str]]) -> tuple[Cue, ...]:
    return tuple(Cue(kind=kind, label=label, regex=compile_pattern(pattern)) for pattern, label in entries)


@dataclass(frozen=True)
class Hit:
    kind: str
    label: str
    start: int          # offsets in Text.norm
    end: int
    first: int          # word indices, inclusive
    last: int
    quote: str          # the reporter's own words
    negated_by: str | None = None

    @property
    def negated(self) -> bool:
        return self.negated_by is not None

    @cached_property
    def passive(self) -> bool:
        """Indonesian, Sundanese and Javanese passive verbs (di-, ter-, dipun-): the subject is the survivor."""
        head = self.quote.split()[0].lower() if self.quote else ""
        return bool(_PASSIVE.match(head)) and head not in _NOT_PASSIVE


def find(text: Text, cues: Iterable[Cue]) -> list[Hit]:
    hits: list[Hit] = []
    for cue in cues:
        for m in cue.regex.finditer(text.norm):
            if m.end() <= m.start():
                continue
            first, last = text.word_at(m.start()), text.word_at(m.end() - 1)
            hits.append(Hit(kind=cue.kind, label=cue.label, start=m.start(), end=m.end(), first=first, last=last,
                            quote=text.quote(m.start(), m.end()), negated_by=negation_before(text, first)))
    return hits


_CLITICS = ("nya", "ku", "mu", "na", "ne")


def find_quoted(text: Text, words: frozenset[str], *, kind: str, label: str) -> list[Hit]:
    """Quoted words from `words` ("minta 'jatah'"): the quotes say the reporter means something else."""
    hits = []
    for i in sorted(text.quoted):
        word = text.words[i].norm
        word = word.split("-")[0]                 # 'sayang-sayangan' -> 'sayang'
        stem = next((word[:-len(c)] for c in _CLITICS if word.endswith(c) and word[:-len(c)] in words), word)
        if stem in words:
            start = sum(len(w.norm) + 1 for w in text.words[:i])
            hits.append(Hit(kind=kind, label=label, start=start, end=start + len(word), first=i, last=i,
                            quote=text.original[text.words[i].start:text.words[i].end],
                            negated_by=negation_before(text, i)))
    return hits


_LOOK_BACK = 12
_NEGATOR_REGEXES = tuple((re.compile(rf"(?<!\S)(?:{p})(?!\S)"), reach) for p, reach in NEGATORS)


def negation_before(text: Text, first_word: int) -> str | None:
    """The negator that reaches the word at `first_word`, if any.

    A negator reaches a few words ahead within its clause, unless it is a refusal ('tidak mau'), 'not only',
    part of a condition ('kalau tidak mau ...'), or a relative clause intervenes ('bukan relawan yang ...').
    """
    # no negator reaches further than a few words: bound the look-back so long run-on reports stay linear
    begin = max(text.clause_start(first_word), first_word - _LOOK_BACK)
    if begin >= first_word:
        return None
    words = [w.norm for w in text.words[begin:first_word]]
    prefix = " ".join(words)
    for regex, reach in _NEGATOR_REGEXES:
        for m in regex.finditer(prefix):
            neg_first = prefix[:m.start()].count(" ")
            after = prefix[:m.end()].count(" ") + 1
            between = words[after:]
            if len(between) > reach:
                continue
            if between and between[0] in NOT_A_NEGATION_AFTER:
                continue
            if any(w in RELATIVE_PRONOUNS for w in between):
                continue
            if any(w in CONDITIONALS for w in words[:neg_first]):
                continue
            return m.group()
    return None

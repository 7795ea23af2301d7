"""A normalised view of a report that still knows where every word came from.

Cues are matched on lower-case words with SMS spellings expanded and number words turned into digits, so
one pattern covers 'enam belas tahun', '16 thn' and '16thn'. Normalisation, in order:
- Unicode compatibility forms, case, and diacritics folded ('kénging', 'béja' -> 'kenging', 'beja': Sundanese
  and Javanese are written with and without accents);
- letters repeated for emphasis cut to one ('tolonggg'), reduplication with a 2 written out ('dipegang2' ->
  'dipegang-dipegang', as the cues read reduplicated verbs), digits glued to words split ('16thn');
- spellings: the hand-made table (lexicon/sms.py) first, then the cited informal-Indonesian, Sundanese and
  Javanese tables (lexicon/sourced.py);
- the Jakarta suffix -in read as -i ('dihamilin' -> 'dihamili', 'megangin' -> 'megangi'), and the Javanese krama
  passive written apart ('dipun grayangi') joined ('digrayangi'). Each normalised word keeps the span of the
reporter's own text it came from, so the reasons quote what was written, not our rewriting of it.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pseah.triage.classification.lexicon.numbers import TEEN_WORDS, TENS_WORDS, UNITS
from pseah.triage.classification.lexicon.sms import JAKARTA_IN_ROOTS, SPELLINGS
from pseah.triage.classification.lexicon.sourced import INFORMAL_ID, JAVANESE, SUNDANESE
from pseah.triage.classification.lexicon.structure import CLAUSE_BREAKS, SENTENCE_BREAKS
from pseah.triage.classification.lexicon.vocabulary import FUNCTION_WORDS

_TOKEN = re.compile(
    r"\d+(?:[.,]\d+)+"                     # 20.000, 1,5
    r"|[^\W\d_]+\d+(?:[.,]\d+)+"           # Rp200.000 (round 14, B25-10: its point ended no sentence)
    r"|(?:[^\W\d_]\.){2,}"                 # u.n., y.o.
    r"|[^\W_]+(?:['’\-/][^\W_]+)*"         # words, anak-anak, didn't, y/o
    r"|[.!?;:,()\[\]\"“”…]|\n",
)
# A short stretch in quotes: reporters quote euphemisms ("minta 'jatah'"). Not apostrophes inside words.
# How many first characters of a cue are compared before its pattern is run (see matcher.find).
CUE_PREFIX = 4
_CUE_START = re.compile(r"(?<![\w'])(?=.)", re.DOTALL)
_QUOTED = re.compile(r"(?<!\w)['\"“‘]([^'\"“”‘’\n]{1,40}?)['\"”’](?!\w)")
# Indonesian words never begin with 'd' and these consonants; SMS writes the passive 'di-' as 'd' (dpukul, dcium).
# Short abbreviations (dgn, dpt, dkt, dll) are left to the spelling tables.
_SMS_PASSIVE = re.compile(r"^d[bcdfgjkmnpqstvxz][a-z]{3,}(?:2[a-z]*)?$")
_REPEATED_LETTER = re.compile(r"([^\W\d_])\1{2,}")
_REDUPLICATED = re.compile(r"^([^\W\d_]{2,})2([^\W\d_]*)$")   # anak2 -> anak-anak, anak2nya
_DIGITS_LETTERS = re.compile(r"^(\d+)([^\W\d_]+)$")            # 16thn
_LETTERS_DIGITS = re.compile(r"^([^\W\d_]+)(\d+)$")            # kelas5
_JAKARTA_IN = re.compile(r"^((?:di|nge|ng|ny|me|m)[a-z]{3,})in(nya)?$")   # dihamilin, megangin, dipegangin
_BARE_IN = re.compile(r"^([a-z]{4,})in$")                                    # ciumin, pegangin, pelukin
# Clitics an informal spelling may carry ('kluarganya', 'tmnku'): looked up without them (KBBI: -nya, -ku, -mu;
# Danadibrata: Sundanese -na; Baoesastra: Javanese -ne, -ku, -mu).
_SPELLING_CLITICS = ("nya", "ku", "mu", "ne", "na")
# The hand-made table wins; the cited tables fill in what it lacks.
_SPELLINGS: dict[str, str] = {**SUNDANESE, **JAVANESE, **INFORMAL_ID, **SPELLINGS}
_KRAMA_PASSIVE = frozenset({"dipun", "dipon"})
_QUOTE_MARKS = frozenset({'"', "“", "”"})
_CLITIC_ENDINGS = ("nya", "na", "ne", "e", "ku", "mu", "lah", "kah", "an", "i", "kan", "ipun")


@dataclass(frozen=True)
class Word:
    norm: str
    start: int  # span in the original text
    end: int


def _canonical(part: str) -> str:
    found = _SPELLINGS.get(part)
    if found is not None:
        return found
    if (m := _JAKARTA_IN.match(part)) is not None and part not in JAKARTA_IN_ROOTS:
        # after a root ending in -i the suffix is -kan ('dibeliin' -> 'dibelikan', not 'dibelii')
        return f"{m[1]}{'kan' if m[1].endswith('i') else 'i'}{m[2] or ''}"
    for clitic in _SPELLING_CLITICS:
        # an informal spelling with a clitic glued on: 'kluarganya' is 'kluarga' + 'nya' -> 'keluarganya'
        stem = part[:-len(clitic)]
        if part.endswith(clitic) and len(stem) >= 3 and " " not in (found := _SPELLINGS.get(stem, " ")):
            return found + clitic
    if (m := _BARE_IN.match(part)) is not None and part not in JAKARTA_IN_ROOTS:
        # the Jakarta suffix -in on a bare root ('ciumin', 'pegangin', 'pelukin'): read as the root when the
        # lexicons know the root and not the whole word (so 'ingin', 'mesin', 'dingin' stay as they are)
        known = _known_words()
        if m[1] in known and part not in known:
            return m[1]
    return part


def _fold(token: str) -> str:
    """Case, compatibility forms and diacritics: 'Kénging' -> 'kenging'."""
    token = unicodedata.normalize("NFKC", token).casefold().replace("’", "'")
    if token.isascii():
        return token
    return "".join(c for c in unicodedata.normalize("NFD", token) if not unicodedata.combining(c))


def _split_token(raw: str, start: int, end: int) -> list[Word]:
    """One original token -> one or more normalised words, all pointing back into the original."""
    return [Word(piece, start, end) for piece in _normalise_token(raw)]


_YEARS_PART = frozenset({"year", "years", "yr", "yrs", "tahun", "taun", "thn", "old"})


@lru_cache(maxsize=65536)
def _normalise_token(raw: str) -> tuple[str, ...]:
    """The normalised words of one token; cached because reports repeat their words (pure, bounded)."""
    if raw == "\n" or raw == "…":
        return (".",)
    token = _fold(raw)
    if re.fullmatch(r"(?:[^\W\d_]\.){2,}", token):
        token = token.replace(".", "")
    token = _REPEATED_LETTER.sub(r"\1", token)
    if _SMS_PASSIVE.match(token) and token not in _SPELLINGS:
        token = "di" + token[1:]                 # SMS passive: 'dtidurin', 'dpukul', 'dcium2' -> 'di...'
    if token.endswith("'s") and token not in _SPELLINGS:
        token = token[:-2]                       # girl's -> girl (English possessive)
    if (m := _REDUPLICATED.match(token)) is not None:
        base = m[1]
        # 'dipegang2' is 'dipegang-pegang': the passive prefix is not repeated; 'anak2' is 'anak-anak'
        token = (f"di{base[2:]}-{base[2:]}{m[2]}" if base.startswith("di") and len(base) > 5 and base not in _SPELLINGS
                 else f"{base}-{base}{m[2]}")
    for pattern in (_DIGITS_LETTERS, _LETTERS_DIGITS):
        if (m := pattern.match(token)) is not None and token not in _SPELLINGS:
            return tuple(w for part in (m[1], m[2]) for w in _expand(part))
    parts = token.split("-")
    # (round 12: 'sixteen-year-old', 'lima-belas-tahun': a number word before a word for years, split the same way;
    # not 'dua-duanya', 'satu-satunya', which are no ages)
    if "-" in token and ((any(p.isdigit() for p in parts) and not all(p.isdigit() for p in parts)) or
                         (parts[0] in UNITS and _YEARS_PART.intersection(parts))):
        # 14-year-old: the number must stand alone for the age patterns
        return tuple(w for part in token.split("-") if part for w in _expand(part))
    if token in _SPELLINGS or "-" not in token:
        return _expand(token)
    return _expand("-".join(_canonical(part) for part in token.split("-")))


def _expand(token: str) -> tuple[str, ...]:
    return tuple(_canonical(token).split())


def _merge_numbers(words: list[Word]) -> list[Word]:
    """'enam belas' -> 16, 'dua puluh lima' -> 25, 'twenty five' -> 25, 'rolas' -> 12."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        word = words[i]
        value = UNITS.get(word.norm)
        if value is None and "-" in word.norm and all(p in UNITS for p in word.norm.split("-")):
            value = sum(UNITS[p] for p in word.norm.split("-"))       # twenty-five
        if value is None:
            out.append(word)
            i += 1
            continue
        j = i + 1
        if j < len(words) and words[j].norm in TEEN_WORDS and value < 10:
            value, j = value + 10, j + 1
        elif j < len(words) and words[j].norm in TENS_WORDS and value < 10:
            value, j = value * 10, j + 1
            if j < len(words) and words[j].norm in UNITS and UNITS[words[j].norm] < 10:
                value, j = value + UNITS[words[j].norm], j + 1
        elif value >= 20 and value % 10 == 0 and j < len(words) and UNITS.get(words[j].norm, 10) < 10:
            value, j = value + UNITS[words[j].norm], j + 1                # twenty five
        out.append(Word(str(value), word.start, words[j - 1].end))
        i = j
    return out


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word the lexicons name (literal words inside cue patterns), the spelling tables and the common
    function words: what the classifier can be said to read."""
    from pseah.triage.classification import lexicon
    from pseah.triage.classification.lexicon import (children, danger, exchange, misconduct, people, sexual,
                                                     structure, time)

    words = set(FUNCTION_WORDS) | set(_SPELLINGS.values()) | set(_SPELLINGS)
    for module in (children, danger, exchange, misconduct, people, sexual, structure, time, lexicon):
        for name, value in vars(module).items():
            if name.startswith("__"):
                continue                       # docstrings name sources, not words a report uses
            for text in _strings(value):
                words |= set(re.findall(r"[a-z]{3,}", text))
    return frozenset(words)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list, frozenset, set)):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for pair in value.items() for v in pair for s in _strings(v)]
    return []


def _join_krama_passive(words: list[Word]) -> list[Word]:
    """'dipun grayangi' -> 'digrayangi': Javanese krama writes its passive prefix apart or together."""
    out: list[Word] = []
    for word in words:
        if out and out[-1].norm in _KRAMA_PASSIVE and word.norm.isalpha():
            out[-1] = Word(_canonical("di" + word.norm), out[-1].start, word.end)
        else:
            out.append(word)
    return out


@dataclass(frozen=True)
class Text:
    """The original report and its normalised words; `norm` is the words joined by single spaces."""

    original: str
    words: tuple[Word, ...]
    quoted: frozenset[int] = frozenset()     # indices of words the reporter put in quotes

    @classmethod
    def of(cls, original: str) -> Text:
        words: list[Word] = []
        for m in _TOKEN.finditer(original):
            if m.group() in _QUOTE_MARKS:
                continue                      # quotes mark euphemisms (see `quoted`), they never split a cue
            words.extend(_split_token(m.group(), m.start(), m.end()))
        merged = tuple(_merge_numbers(_join_krama_passive(words)))
        spans = [(m.start(1), m.end(1)) for m in _QUOTED.finditer(original)]
        quoted = frozenset(i for i, w in enumerate(merged) if any(a <= w.start < b for a, b in spans))
        return cls(original=original, words=merged, quoted=quoted)

    @cached_property
    def norm(self) -> str:
        return " ".join(w.norm for w in self.words)

    @cached_property
    def coverage(self) -> float:
        """Share of the report's words (three letters or more, not numbers) that the lexicons know: a low share
        means a language or spelling they read poorly. Clitics are stripped before the look-up."""
        known, total = _known_words(), 0
        seen = 0
        for word in self.words:
            norm = word.norm
            if len(norm) < 3 or not norm.isalpha():
                continue
            total += 1
            if norm in known or any(norm.endswith(c) and norm[:-len(c)] in known for c in _CLITIC_ENDINGS):
                seen += 1
        return seen / total if total else 1.0

    @cached_property
    def word_starts(self) -> frozenset[str]:
        """The first 1..CUE_PREFIX characters at every place a cue may begin (after no word character)."""
        return frozenset(self.start_positions)

    @cached_property
    def start_positions(self) -> dict[str, tuple[int, ...]]:
        """Each beginning of word_starts and the places it stands at, in order: matcher.find tries a cue only
        there (round 22, speed) instead of scanning the whole text with it."""
        # \w is exactly isalnum() or '_': the same places as testing each character, at C speed
        norm, found = self.norm, {}
        length = len(norm)
        for m in _CUE_START.finditer(norm):
            i = m.start()
            for n in range(1, min(CUE_PREFIX, length - i) + 1):
                found.setdefault(norm[i:i + n], []).append(i)
        return {start: tuple(places) for start, places in found.items()}

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        starts, offset = [], 0
        for w in self.words:
            starts.append(offset)
            offset += len(w.norm) + 1
        return tuple(starts)

    @cached_property
    def _sentence_ids(self) -> tuple[int, ...]:
        ids, current = [], 0
        for w in self.words:
            ids.append(current)
            if w.norm in SENTENCE_BREAKS:
                current += 1
        return tuple(ids)

    def word_at(self, offset: int) -> int:
        """Index of the word containing (or starting after) a character offset of `norm`."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def word_end(self, offset: int) -> int:
        """Index one past the last word touched by a match ending at `offset`."""
        return bisect.bisect_left(self._starts, offset)

    def quote(self, start: int, end: int) -> str:
        """The reporter's own text behind a span of `norm`."""
        first, last = self.word_at(start), max(self.word_at(max(start, end - 1)), self.word_at(start))
        return self.original[self.words[first].start:self.words[last].end]

    def sentence_of(self, index: int) -> int:
        return self._sentence_ids[index] if self.words else 0

    def any_within(self, words: frozenset[str], start: int, end: int) -> bool:
        """Whether one of `words` stands among the words start..end-1 (`start` below 0 counts from the first)."""
        return not words.isdisjoint(w.norm for w in self.words[max(0, start):end])

    def _segment_starts(self, breaks: frozenset[str]) -> tuple[int, ...]:
        """For each word, the first word of its segment, segments ending after any word of `breaks`."""
        starts, current = [], 0
        for i, w in enumerate(self.words):
            starts.append(current)
            if w.norm in breaks:
                current = i + 1
        return tuple(starts)

    @cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        return self._segment_starts(SENTENCE_BREAKS)

    def sentence_start(self, index: int) -> int:
        """First word of the sentence holding `index`."""
        if not self.words:
            return 0
        return self._sentence_starts[min(index, len(self.words) - 1)]

    @cached_property
    def _clause_starts(self) -> tuple[int, ...]:
        return self._segment_starts(CLAUSE_BREAKS)

    def clause_start(self, index: int) -> int:
        """First word of the clause holding `index`: clauses end at punctuation and 'tapi', 'but'..."""
        if not self.words:
            return 0
        return self._clause_starts[min(index, len(self.words) - 1)]

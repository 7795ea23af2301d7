"""Finding cues in a normalised text, and deciding whether a negation reaches them."""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from re import _constants as sre_c  # noqa: PLC2701 - the parser's node names; stable since Python 3.11
from re import _parser as sre_parse  # noqa: PLC2701
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pseah.triage.classification.lexicon.structure import (
    APOLOGIES,
    CONDITIONALS,
    EXISTENTIAL_NEGATORS,
    GARMENTS,
    KNOWING,
    NEGATOR_HEADS,
    NEGATORS,
    NOT_A_NEGATION_AFTER,
    OTHER_BEFORE_SANES,
    RELATIVE_PRONOUNS,
    WEARING,
)
from pseah.triage.classification.text import CUE_PREFIX, Text

# Indonesian, Sundanese and Javanese clitics a cue may carry: diperkosanya, anakku, umurna, relawane.
# Javanese krama writes the possessive -ipun/-nipun (bantuanipun, griyanipun; Baoesastra Djawa).
_CLITIC = r"(?:-?(?:nya|lah|kah|pun|ku|mu|na|ne|e|n?ipun))?"
_PASSIVE = re.compile(r"^(?:di|ter)[a-z]{3,}")
_NOT_PASSIVE = frozenset({"dia", "dinas", "diri", "dirinya", "disini", "disana", "dimana", "dini", "dingin", "terus",
                          "terima", "tertentu", "terlalu", "termasuk", "terhadap", "terakhir", "tersebut", "tersangka"})
_GAP = {" .... ": r" (?:[^\s.!?;]+ ){0,9}", " ... ": r" (?:[^\s.!?;]+ ){0,6}", " .. ": r" (?:[^\s.!?;]+ ){0,3}"}


def _body(pattern: str) -> str:
    body = pattern
    for macro, gap in _GAP.items():
        # a word before a gap may carry a clitic too: "menemaninya ... malam"
        body = body.replace(macro, _CLITIC + gap)
    return body


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{_body(pattern)}){_CLITIC}(?![\w'])")


# Speed: a report is matched against several hundred patterns. Each pattern can only start where a word starts,
# with one of a few beginnings ('perk', 'memp', 'dipe' for '(?:mem|di)?perkosa'); a pattern none of whose
# beginnings occurs at a word start of the report cannot match, so it is skipped. Exact, not a heuristic: a
# pattern whose beginnings cannot be listed (it starts with \w, '.', a wide class) is always run.
_MAX_PREFIXES = 400


def _starts(items: list, need: int) -> set[str] | None:
    """Every string of up to `need` characters a match of `items` can begin with; None when unbounded."""
    out = {""}
    for item in items:
        grown: set[str] = set()
        for done in out:
            if len(done) >= need:
                grown.add(done)
                continue
            tails = _item_starts(item, need - len(done))
            if tails is None:
                return None
            grown |= {done + t for t in tails}
        if len(grown) > _MAX_PREFIXES:
            return None
        out = grown
    return out


def _item_starts(item: tuple, need: int) -> set[str] | None:
    op, arg = item
    if op is sre_c.LITERAL:
        return {chr(arg)}
    if op is sre_c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is sre_c.LITERAL:
                chars.add(chr(value))
            elif kind is sre_c.RANGE and value[1] - value[0] < 40:
                chars |= {chr(c) for c in range(value[0], value[1] + 1)}
            else:
                return None
        return chars
    if op is sre_c.SUBPATTERN:
        return _starts(list(arg[-1]), need)
    if op is sre_c.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            sub = _starts(list(branch), need)
            if sub is None:
                return None
            found |= sub
        return found
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        low, high, sub = arg
        found = {""} if low == 0 else set()
        for times in range(max(low, 1), min(high, need) + 1):
            more = _starts(list(sub) * times, need)
            if more is None:
                return None
            found |= more
        return found
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return {""}                          # zero-width: narrows a match, never widens it
    return None


# Start-up: parsing several hundred patterns to list their beginnings takes ~70 ms, each time `pseah triage classify`
# starts. The beginnings are kept in prefixes.json, keyed by a digest of the pattern; a pattern edited since (no entry
# under its digest) is parsed as before, so the cache can make start-up slower when stale, never change a match.
# `python -m pseah.triage.classification.build_prefixes` rewrites it; tests/unit/test_prefix_cache.py holds it exact.
PREFIX_CACHE = Path(__file__).with_name("prefixes.json")


def pattern_key(pattern: str) -> str:
    return hashlib.blake2b(pattern.encode(), digest_size=10).hexdigest()


def _load_cache() -> dict[str, list[str] | None]:
    try:
        return json.loads(PREFIX_CACHE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


_CACHED = _load_cache()


def prefixes_of(pattern: str) -> frozenset[str] | None:
    """The beginnings of `pattern` (see _prefixes), from the cache when it holds them."""
    key = pattern_key(pattern)
    if key in _CACHED:
        found = _CACHED[key]
        return None if found is None else frozenset(found)
    return _prefixes(pattern)


def write_cache(patterns: Iterable[str]) -> int:
    """Rewrite prefixes.json for `patterns` (computed afresh); returns how many entries it holds."""
    table = {}
    for pattern in patterns:
        found = _prefixes(pattern)
        table[pattern_key(pattern)] = None if found is None else sorted(found)
    PREFIX_CACHE.write_text(json.dumps(dict(sorted(table.items())), separators=(",", ":")) + "\n", encoding="utf-8")
    return len(table)


def _prefixes(pattern: str) -> frozenset[str] | None:
    try:
        items = list(sre_parse.parse(_body(pattern)))
    except (re.error, RecursionError):
        return None
    # Round 22 (speed): a pattern whose four-character beginnings cannot be listed may still have shorter ones
    # ('wa (?:\S+ )...': 'wa ' then any character). Text.word_starts holds every beginning of 1..CUE_PREFIX
    # characters, so a shorter one filters as exactly, only less sharply; before, 22 such cues ran on every report.
    for need in range(CUE_PREFIX, 0, -1):
        try:
            found = _starts(items, need)
        except RecursionError:
            return None
        if found is not None:
            return None if "" in found else frozenset(found)
    return None


@dataclass(frozen=True)
class Cue:
    kind: str
    label: str
    pattern: str
    starts: frozenset[str] | None = None    # the beginnings a match can have (None: always try)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled when first needed: a cue whose beginnings never occur costs nothing at start-up."""
        return compile_pattern(self.pattern)


def compile_cues(kind: str, entries: Iterable[tuple[str, str]]) -> tuple[Cue, ...]:
    return tuple(Cue(kind=kind, label=label, pattern=pattern, starts=prefixes_of(pattern))
                 for pattern, label in entries)


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


class _PrefixIndex:
    """Which cues of a tuple may start with a given beginning: one dict look-up per beginning of the report instead
    of one set comparison per cue. Same cues, same order as testing every cue's beginnings in turn."""

    def __init__(self, cues: tuple[Cue, ...]):
        self.always = frozenset(i for i, c in enumerate(cues) if c.starts is None)
        by_start: dict[str, set[int]] = {}
        for i, cue in enumerate(cues):
            for start in cue.starts or ():
                by_start.setdefault(start, set()).add(i)
        self.by_start = {start: tuple(sorted(found)) for start, found in by_start.items()}

    def places(self, text: Text) -> list[tuple[int, tuple[int, ...] | None]]:
        """Round 53 (speed): the cues that may match, in cue order, each with the places it is tried at (None: scan
        the whole text). One pass over the report's beginnings gives every cue the beginnings it shares
        with the report: the same places as intersecting each candidate's beginnings with the report's, without a set
        operation per candidate (about 130 candidates a report, 7 of which match)."""
        shared: dict[int, list[tuple[int, ...]]] = {}
        get = self.by_start.get
        for start, places in text.start_positions.items():
            if (more := get(start)) is not None:
                for i in more:
                    if (held := shared.get(i)) is None:
                        shared[i] = [places]
                    else:
                        held.append(places)
        out: list[tuple[int, tuple[int, ...] | None]] = [(i, None) for i in self.always]
        for i, lists in shared.items():
            out.append((i, lists[0] if len(lists) == 1 else tuple(sorted({p for found in lists for p in found}))))
        out.sort(key=_first)
        return out


_INDEXES: dict[int, tuple[tuple[Cue, ...], _PrefixIndex]] = {}


def _first(item: tuple) -> int:
    return item[0]


def _index(cues: tuple[Cue, ...]) -> _PrefixIndex:
    held = _INDEXES.get(id(cues))
    if held is None or held[0] is not cues:
        held = (cues, _PrefixIndex(cues))
        if len(_INDEXES) < 16:                 # the module-level cue tuples: a handful, kept for the process
            _INDEXES[id(cues)] = held
    return held[1]


def _candidates(text: Text, cues: Iterable[Cue]) -> Iterable[Cue]:
    # Cues not in a tuple (no index kept for them): each cue's beginnings against the report's.
    starts = text.word_starts
    return (c for c in cues if c.starts is None or not starts.isdisjoint(c.starts))


# Round 22 (speed): a cue with listed beginnings is tried only at the places one of them stands (Text.start_positions),
# with regex.match, in order, each after the end of the last match: what finditer finds, since a match can begin
# nowhere else and every match of such a cue is at least one character long. Scanning the whole text cost a few
# microseconds per cue whatever it held; most cues now stand at one or two places. Past _SCAN_FROM places a scan
# is as cheap, and gives the same matches.
_SCAN_FROM = 8


def _matches(text: Text, cue: Cue):
    if cue.starts is None:
        return cue.regex.finditer(text.norm)
    positions = text.start_positions
    common = cue.starts & text.word_starts
    if len(common) == 1:
        places = positions[next(iter(common))]
    else:
        places = sorted({p for start in common for p in positions[start]})
    return _matches_at(text, cue, places)


def _matches_at(text: Text, cue: Cue, places):
    norm = text.norm
    if places is None or len(places) > _SCAN_FROM:
        return cue.regex.finditer(norm)
    found, end, match = [], 0, cue.regex.match
    for place in places:
        if place >= end and (m := match(norm, place)) is not None:
            found.append(m)
            end = m.end()
    return found


def find(text: Text, cues: Iterable[Cue]) -> list[Hit]:
    hits: list[Hit] = []
    if isinstance(cues, tuple):
        found = [(cues[i], _matches_at(text, cues[i], places)) for i, places in _index(cues).places(text)]
    else:
        found = [(cue, _matches(text, cue)) for cue in _candidates(text, cues)]
    for cue, matches in found:
        for m in matches:
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
        if not _short_quote(text, i):
            continue                              # a quoted sentence is speech, not a word set apart
        word = text.words[i].norm
        word = word.split("-")[0]                 # 'sayang-sayangan' -> 'sayang'
        stem = next((word[:-len(c)] for c in _CLITICS if word.endswith(c) and word[:-len(c)] in words), word)
        if stem in words:
            start = sum(len(w.norm) + 1 for w in text.words[:i])
            hits.append(Hit(kind=kind, label=label, start=start, end=start + len(word), first=i, last=i,
                            quote=text.original[text.words[i].start:text.words[i].end],
                            negated_by=negation_before(text, i)))
    return hits


# a euphemism is a word or two set apart by quotes ('melayani', 'tilem sesarengan'); a quoted sentence of speech
# ('saya suka lihat kamu pakai baju olahraga') uses the same words plainly
_SHORT_QUOTE = 3


def _short_quote(text: Text, i: int) -> bool:
    begin = i
    while begin > 0 and begin - 1 in text.quoted and text.words[begin - 1].end >= text.words[begin].start - 2:
        begin -= 1
    end = i
    while end + 1 in text.quoted and text.words[end + 1].start <= text.words[end].end + 2:
        end += 1
    return end - begin + 1 <= _SHORT_QUOTE


_LOOK_BACK = 12
_COORDINATORS = frozenset({"dan", "and", "lan", "jeung", "sareng", "serta", "kaliyan", "tur"})
# Round 17 (B35-19, 'lebet tanpa idin teras ngarampa dada'): a word of sequence after what a negator qualifies starts
# the next act, which it does not reach (Danadibrata teras, tuluy, lajeng; Baoesastra banjur, njur, nuli, lajeng,
# krama teras; KBBI lantas, lalu, kemudian). Only after the first word: 'teu teras ...' is 'did not go on to ...'.
_SEQUENCERS = frozenset({"teras", "tuluy", "lajeng", "banjur", "njur", "nuli", "lantas"})
# Round 45 (B66-32, a voice note with no punctuation, '... saya gak bisa tidur saya takut hamil'): in run-on speech a
# new subject, the first person before a word of fear or of a state, starts a new clause the negator before it does
# not reach (KBBI saya, takut, khawatir, cemas, merasa; Danadibrata abdi, kuring, sieun, hariwang, ngarasa;
# Baoesastra aku, kula, wedi, ajrih, kuwatir, rumangsa; English plain usage). Not after a causative ('tidak membuat
# saya takut': he did not make me afraid) nor as the object before another verb ('tidak memaksa saya berhubungan').
_FIRST_PERSON = frozenset({"saya", "aku", "gue", "abdi", "kuring", "kula", "kulo", "i"})
_STATE_AFTER_SUBJECT = frozenset({"takut", "khawatir", "kuatir", "cemas", "merasa", "sieun", "hariwang", "ngarasa",
                                  "rumaos", "wedi", "ajrih", "kuwatir", "rumangsa", "am", "was", "feel", "fear",
                                  "afraid", "scared", "worried"})
_CAUSATIVES = frozenset({"membuat", "bikin", "buat", "ngebuat", "nyieun", "ngajadikeun", "ndadekake", "nggawe", "gawe",
                         "make", "makes", "made", "making", "let", "menjadikan"})


def _new_subject(between: list[str], next_word: str) -> bool:
    """A first person after the negator's first word, before a word of fear or state: a new clause in run-on text."""
    for j in range(1, len(between)):
        if between[j] in _FIRST_PERSON and between[j - 1] not in _CAUSATIVES:
            if (between[j + 1] if j + 1 < len(between) else next_word) in _STATE_AFTER_SUBJECT:
                return True
    return False


_NUMBER_BEFORE = frozenset({"ada", "ganti", "dari", "pake", "pakai", "nomor", "sama", "ke", "wa", "hp", "aya", "ana"})
_NUMBER_AFTER = frozenset({"hp", "wa", "telp", "tlp", "telepon", "tidak", "asing", "baru", "lain", "lagi", "yang",
                           "ini", "itu"})
# 'almost' before a word of frequency counts how often, it denies nothing (KBBI hampir, setiap, tiap, saban, selalu;
# Baoesastra saben; Danadibrata unggal; English plain usage)
_ALMOST = frozenset({"hampir", "nyaris", "almost", "nearly"})
_EVERY = frozenset({"setiap", "tiap", "tiap-tiap", "saban", "saben", "unggal", "every", "each", "always", "selalu",
                    "daily", "everyday", "all"})
EXISTENTIAL = re.compile(EXISTENTIAL_NEGATORS)
_NEGATOR_REGEXES = tuple((re.compile(rf"(?<!\S)(?:{p})(?!\S)"), reach) for p, reach in NEGATORS)


# The beginnings of garment words in their inflected and misspelt forms ('bajunya', 'pakean', 'klambine', 'rasukanipun')
_GARMENT_STEMS = frozenset({"baju", "paka", "klam", "rasu", "acuk"})


def _is_garment(word: str) -> bool:
    return word in GARMENTS or word[:4] in _GARMENT_STEMS


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
    if NEGATOR_HEADS.isdisjoint(words):
        return None                    # exact shortcut: every negator begins with one of these words
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
            if (neg_first > 0 and words[neg_first - 1] in RELATIVE_PRONOUNS
                    and any(w in KNOWING for w in between[:3])):
                continue                 # round 52: 'laki-laki yang tidak kami kenal masuk ...': a stranger described
            if m.group() in ("sanes", "bukan") and neg_first > 0 and words[neg_first - 1] in OTHER_BEFORE_SANES:
                continue                 # 'saking tenda sanes ngraba-raba ...': from another tent, no negation
            if len(between) >= 2 and between[0] in WEARING and _is_garment(between[1]):
                continue                 # 'foto gk pake baju & video jorok': not wearing clothes is naked, no denial
            if m.group() in ("tanpa", "without") and between and _is_garment(between[0]):
                continue                 # round 9: 'vc tanpa busana biar dpt pulsa': naked, the price is not negated
            if any(w in _COORDINATORS for w in between) or any(w in _SEQUENCERS for w in between[1:]):
                continue                 # 'tanpa izin dan membentak saya': the second verb is not negated
            if _new_subject(between, text.words[first_word].norm):
                continue                 # round 45: 'saya gak bisa tidur saya takut hamil': a new clause, run on
            # 'bukan relawan yang melecehkan saya' still reports; 'tidak ada relawan yang meminta imbalan' denies
            if any(w in RELATIVE_PRONOUNS for w in between) and not EXISTENTIAL.match(m.group()):
                continue
            if any(w in CONDITIONALS and not (i > 0 and words[i - 1] in APOLOGIES)
                   for i, w in enumerate(words[:neg_first])):
                continue                 # round 46: not after an apology, 'maaf kalau ini bukan ...', a hedge
            if m.group() in _ALMOST and (between[0] if between else text.words[first_word].norm) in _EVERY:
                continue                 # round 14: 'hampir setiap malam', 'almost every night': a habit, no denial
            if m.group() == "no" and ((neg_first > 0 and words[neg_first - 1] in _NUMBER_BEFORE) or
                                      (between and between[0] in _NUMBER_AFTER)):
                continue                 # SMS 'no' is 'nomor' (a phone number): "ada no gk dikenal", "ganti no lg"
            return m.group()
    return None


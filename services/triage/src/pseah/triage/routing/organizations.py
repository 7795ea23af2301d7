"""Which organisation of the directory employs the alleged perpetrator, from the report's field or its text."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pseah.triage.routing.aliases import (
    AMBIGUOUS_FORMS,
    ARTICLES,
    CASE_SENSITIVE,
    EXTRA_ALIASES,
    SELF_WORDS,
    WORKER_WORDS,
)

_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}[A-Za-z]?\.?")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class OrgMatch:
    org_id: str
    name: str
    cue: str          # the words of the report (or field) that matched
    source: str       # 'field' or 'text'
    reason: str

    def to_dict(self) -> dict:
        return {"org_id": self.org_id, "name": self.name, "cue": self.cue, "source": self.source,
                "reason": self.reason}


def _fold(text: str, *, keep_case: bool = False) -> str:
    """Case-, accent- and punctuation-insensitive form: 'U.N.I.C.E.F.' and 'Unicef's' -> 'unicef'."""
    text = unicodedata.normalize("NFKC", text)
    text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)
    text = text.replace("’", "'").replace("'s ", " ")
    if not keep_case:
        text = text.casefold()
        return _NON_ALNUM.sub(" ", text).strip()
    return re.sub(r"[^0-9A-Za-z]+", " ", text).strip()


@dataclass(frozen=True)
class _Alias:
    org_id: str
    pattern: re.Pattern[str]
    case_sensitive: bool
    first: str | None = None     # the word every match begins with (None: always try the pattern)


@lru_cache(maxsize=8)
def _aliases(directory: tuple[tuple[str, str, str], ...]) -> tuple[_Alias, ...]:
    out: list[_Alias] = []
    for org_id, acronym, name in directory:
        forms = {_fold(org_id.replace("-", " ")), _fold(acronym), _fold(name)}
        forms |= {_fold(extra) for extra in EXTRA_ALIASES.get(org_id, ())}
        for form in sorted(f for f in forms if f and f not in AMBIGUOUS_FORMS):
            words = r"\s+".join(map(re.escape, form.split()))
            out.append(_Alias(org_id, re.compile(rf"(?<![0-9a-z]){words}(?![0-9a-z])"), False, form.split()[0]))
        for exact in CASE_SENSITIVE.get(org_id, ()):
            first = exact.split()[0] if re.fullmatch(r"[0-9A-Za-z]+(?: [0-9A-Za-z]+)*", exact) else None
            out.append(_Alias(org_id, re.compile(rf"(?<![0-9A-Za-z]){re.escape(exact)}(?![0-9A-Za-z])"), True, first))
    return tuple(out)


def _read_directory(organizations: Iterable[dict]) -> tuple[tuple[str, str, str], ...]:
    return tuple((o["id"], o.get("acronym") or "", o.get("name") or "") for o in organizations if o.get("id"))


# Speed: callers pass the same loaded list for every report; it is read once per list object (and re-read if its
# length changes). A list edited in place at the same length keeps its first reading: load a new list instead.
_LAST_DIRECTORY: list = [None, -1, ()]


def _directory(organizations: Iterable[dict]) -> tuple[tuple[str, str, str], ...]:
    if not isinstance(organizations, list):
        return _read_directory(organizations)
    held, length, directory = _LAST_DIRECTORY
    if held is organizations and length == len(organizations):
        return directory
    directory = _read_directory(organizations)
    _LAST_DIRECTORY[:] = [organizations, len(organizations), directory]
    return directory


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _find(text: str, aliases: tuple[_Alias, ...], *, allow_case_sensitive: bool) -> list[tuple[int, int, str, str]]:
    """(start, end, org_id, folded text) of every alias found; longest first where they overlap."""
    folded, cased = _fold(text), _fold(text, keep_case=True)
    # Speed: the folded texts are words separated by single spaces, and an alias can only match where its first
    # word stands as a whole word; an alias whose first word is absent cannot match, so it is skipped (exact).
    words, cased_words = frozenset(folded.split()), frozenset(cased.split())
    found = []
    for alias in aliases:
        if alias.case_sensitive and not allow_case_sensitive:
            continue
        if alias.first is not None and alias.first not in (cased_words if alias.case_sensitive else words):
            continue
        haystack = cased if alias.case_sensitive else folded
        for m in alias.pattern.finditer(haystack):
            found.append((m.start(), m.end(), alias.org_id, haystack))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, str]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept


def _said_of_self(before: list[str]) -> bool:
    words = [w for w in before if w not in ARTICLES]
    if words and words[-1] in SELF_WORDS:
        return True
    return len(words) >= 2 and words[-1] in WORKER_WORDS and words[-2] in SELF_WORDS


def identify_organization(*, text: str, field: str | None, organizations: list[dict]) -> OrgMatch | None:
    """The organisation named as the perpetrator's employer, or None (then the coordinator's queue).

    The form field wins over the narrative. In the narrative a name just after a worker word ('relawan PMI',
    'orang UNICEF', 'driver from WFP') is preferred; a name after a self-description ('saya relawan PMI') is
    the reporter's own organisation and is not taken.
    """
    directory = _directory(organizations)
    names = {org_id: name for org_id, _, name in directory}
    aliases = _aliases(directory)
    if field and field.strip():
        key = field.strip().casefold()
        if key in names:
            return OrgMatch(key, names[key], field.strip(), "field", f'organisation field "{field.strip()}"')
        found = _find(field, aliases, allow_case_sensitive=True)
        if found:
            start, end, org_id, haystack = found[0]
            return OrgMatch(org_id, names[org_id], haystack[start:end], "field",
                            f'organisation field "{field.strip()}" -> {names[org_id]}')
    if not text:
        return None
    best: tuple[int, int, int, str, str] | None = None
    for start, end, org_id, haystack in _find(text, aliases, allow_case_sensitive=not _mostly_capitals(text)):
        before = haystack[:start].casefold().split()[-4:]
        score = (2 if any(w in WORKER_WORDS for w in before[-3:]) else 0) - (3 if _said_of_self(before) else 0)
        if best is None or score > best[0]:
            cue_start = start - len(" ".join(before[-1:])) - 1 if before and before[-1] in WORKER_WORDS else start
            best = (score, max(0, cue_start), end, org_id, haystack)
    if best is None or best[0] < 0:
        return None
    score, start, end, org_id, haystack = best
    cue = haystack[start:end]
    return OrgMatch(org_id, names[org_id], cue, "text", f'named in the report: "{cue}" -> {names[org_id]}')

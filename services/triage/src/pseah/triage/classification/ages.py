"""Ages stated in a report: '16 tahun', 'umur 12', 'usia lima belas', 'a girl of 14', '(17)'."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pseah.triage.classification.lexicon.children import AGE_PATTERNS, NOT_AN_AGE_BEFORE
from pseah.triage.classification.text import Text

_AGES = tuple(re.compile(rf"(?<![\w']){p}") for p in AGE_PATTERNS)
# The bare 'N tahun' pattern is the one that confuses ages with durations ('selama 3 tahun').
_BARE_YEARS = _AGES[1]


# Round 27 (B47-16: 'padahal kami sudah tinggal di sini enam tahun'): years told right after living, staying or
# working somewhere, only place words between, are how long, not an age (KBBI tinggal, menetap, bekerja; Danadibrata
# cicing, matuh, digawe; Baoesastra manggon, manggen, nyambut gawe; English plain usage); never past a person
# ('tinggal bersama anak saya 7 tahun': the child's age)
_LIVED_OR_WORKED = frozenset({"tinggal", "menetap", "bermukim", "ngontrak", "mengontrak", "bekerja", "kerja", "cicing",
                              "matuh", "digawe", "manggon", "manggen", "dedunung", "makarya", "lived", "living",
                              "stayed", "worked", "working", "settled"})
_PLACE_WORDS = frozenset({"di", "sini", "situ", "sana", "dieu", "dinya", "ditu", "kene", "kono", "kana", "ning",
                          "neng", "nang", "ing", "wonten", "mriki", "ngriki", "here", "there", "in", "at", "this",
                          "that", "the", "village", "camp", "desa", "kampung", "lembur", "dusun", "daerah", "wilayah",
                          "itu", "ini", "eta", "iki", "kuwi", "proyek", "project", "pabrik", "kebun", "sawah",
                          "kota", "town", "area", "huntara", "posko", "gudang", "pengungsian", "dapur", "umum"})
_LOOK_BACK = 5


def _lived_or_worked_before(text: Text, word: int) -> bool:
    for i in range(word - 1, max(-1, word - 1 - _LOOK_BACK), -1):
        norm = text.words[i].norm
        if norm in _LIVED_OR_WORKED:
            return True
        if norm not in _PLACE_WORDS:
            return False
    return False


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
            if regex is _BARE_YEARS and word > 0 and (text.words[word - 1].norm in NOT_AN_AGE_BEFORE or
                                                       _lived_or_worked_before(text, word)):
                continue
            found[word] = Age(years=value, quote=text.quote(m.start(), m.end()), word=word)
    return sorted(found.values(), key=lambda a: a.word)

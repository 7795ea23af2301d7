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


# Round 39 (B59-08 'Anak kula estri, lair taun 2008, dipun cepeng-cepeng dhadhanipun ...'): a year of birth is the
# age at the report's date. A word of birth ('lahir', SMS 'lhr', 'kelahiran', 'dilahirkan', Javanese 'lair', krama
# 'miyos', 'born'), then a word for year or a day and its month at most, then the year (KBBI lahir, kelahiran;
# Danadibrata lahir; Baoesastra lair, miyos; English plain usage). The age taken is the youngest she can be, the
# report's year less the year of birth less one (her birthday may be still to come: born 2008 is 17 or 18 in 2026, taken
# as 17; PRODUCT.md, a child is under 18 and the doubt goes to her safety). It sits where a number after 'umur' would,
# the word after the word of birth, for the rules that place an age beside the one it is said of.
_BORN = re.compile(r"(?<![\w'])(?:lahir|lhr|kelahiran|dilahirkan|lair|miyos|born)"
                   r"(?: (?:pada|pd|on|in|tahun|taun|warsa|tanggal|tgl|kaping|ing|\d{1,2} [a-z]+))*"
                   r" ((?:19|20)\d\d)(?![\d.,]\d)")


@dataclass(frozen=True)
class Age:
    years: int
    quote: str
    word: int


def find_ages(text: Text, *, year: int | None = None) -> list[Age]:
    """The ages told in the text; `year`, the report's, reads a year of birth as an age."""
    found: dict[int, Age] = {}
    if year is not None and ("19" in text.norm or "20" in text.norm):
        for m in _BORN.finditer(text.norm):
            value = year - int(m.group(1)) - 1
            word = min(text.word_at(m.start()) + 1, text.word_at(m.start(1)))
            if 0 < value <= 99 and word not in found:
                found[word] = Age(years=value, quote=text.quote(m.start(), m.end()), word=word)
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


# Round 39 (B60-08 'Saya perempuan, 27 tahun ... ketika saya berusia 10 tahun, seorang relawan ... meraba kemaluan
# saya'; B60-39 'I'm 20 now ... when I was 15, ... raped me'): her age then, a word of when and herself in the three
# words before it ('ketika saya berusia 10', 'basa abdi umur 10', 'nalika aku umur 9', 'when I was 15'; KBBI ketika,
# waktu, saat; Danadibrata basa, waktos; Baoesastra nalika, wektu; English plain usage), where her grown age now is
# told too (18 or more, not itself after a word of when): the survivor was a child then and is grown now.
_WHEN = frozenset({"ketika", "waktu", "wktu", "saat", "sewaktu", "pas", "basa", "waktos", "nalika", "naliko",
                   "wektu", "when"})
_MYSELF = frozenset({"saya", "aku", "abdi", "kula", "kuring", "i", "gue", "kulo"})
_ADULT = 18


# (round 39, B60-15 'Kula estri, yuswa 40 taun ... Nalika kula taksih kelas 5 SD, kula ... dipun rudapeksa'): her
# school grade then likewise, the word of when and herself in the five words before it and no one else between
# ('ketika saya ke posko, anak saya yang kelas 3 SD' is her child's grade)
_SOMEONE_ELSE = frozenset({"anak", "anakku", "anaknya", "adik", "adikku", "putri", "putra", "budak", "bocah", "dia",
                           "ia", "anjeunna", "dheweke", "she", "he", "my", "her", "his", "daughter", "son", "lare",
                           "putrane", "anakipun", "putrinipun"})


def told_of_her_then(text: Text, word: int, *, within: int = 3) -> bool:
    """A word of when and herself in the `within` words before `word`, no one else between."""
    before = [text.words[i].norm for i in range(max(0, word - within), word)]
    whens = [i for i, w in enumerate(before) if w in _WHEN]
    if not whens:
        return False
    rest = before[whens[-1] + 1:]
    return any(w in _MYSELF for w in rest) and not any(w in _SOMEONE_ELSE for w in rest)


def grown_now(text: Text, ages: list[Age]) -> bool:
    """Her grown age told, not itself after a word of when."""
    return any(a.years >= _ADULT and not told_of_her_then(text, a.word) for a in ages)


def ages_of_her_childhood(text: Text, ages: list[Age]) -> list[Age]:
    """The child's ages she tells of herself then, where her grown age now is told: none of a child now."""
    if not grown_now(text, ages):
        return []
    return [a for a in ages if a.years < _ADULT and told_of_her_then(text, a.word)]

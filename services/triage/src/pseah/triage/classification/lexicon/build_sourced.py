"""Rebuild ``lexicon/sourced.py`` from the upstream word lists it cites (a maintainer's tool, not run by triage).

    python -m pseah.triage.classification.lexicon.build_sourced --slang PATH --roots PATH --nusax-su PATH \
        --nusax-jv PATH > services/triage/src/pseah/triage/classification/lexicon/sourced.py

Inputs (take them from the upstream repositories at the commits named in the generated file):
- ``--slang`` and ``--roots``: ``combined_slang_words.txt`` (JSON, slang -> formal) and ``combined_root_words.txt``
  (Indonesian root words, one a line) of louisowen6/NLP_bahasa_resources (MIT licence).
- ``--nusax-su`` / ``--nusax-jv``: ``datasets/lexicon/sundanese.csv`` / ``javanese.csv`` of IndoNLP/nusax
  (NusaX-Lexicon, CC BY-SA 4.0): Indonesian words with their Sundanese and Javanese equivalents.

Only what the classifier can use is kept: informal spellings that are not themselves Indonesian root words and
map to one plain word (acronym expansions and jokes are left out), and regional words whose Indonesian
equivalent already appears in a cue pattern, so that one Indonesian pattern reads all three languages.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

_LEXICON = Path(__file__).resolve().parent
# Never rewritten: school grades, family-card and unit abbreviations, organisation acronyms and function words
# that the cues read in their own spelling (a rewrite would change their meaning: 'sma' is a school, not 'sama').
_PROTECTED = frozenset({
    "sd", "smp", "sma", "smk", "tk", "kk", "km", "kg", "rt", "rw", "un", "pmi", "ngo", "lsm", "wa", "hp", "ml", "kel",
    "kec", "kab", "ja", "ed", "red", "ex", "can", "most", "next", "still", "ne", "yo", "gr", "ak", "bg", "bt", "cp",
    "ay", "ap", "kn", "leh", "less", "hum", "ista", "bokap", "anjrit", "jancuk", "kentot", "kimpoi", "cong",
    "lekong", "bohay", "jablay", "kepo", "happy", "envy", "hardcore", "fax", "acc",
})
# Regional function words are handled by the structure lexicon (negators, clause breaks); only content words map.
_REGIONAL_SKIP = frozenset({"abdi", "aing", "kula", "awakku", "teu", "heunteu", "ora", "mboten", "ugak", "ing",
                            "dening", "kanggo", "jang", "sareng", "sami", "padha", "sabab", "amarga", "amargi",
                            "mergo", "sanes", "sejen", "bali", "awak", "tiasa", "angsal", "etuk", "kirang",
                            "bener", "leres", "baleg", "ecreug", "gelem", "rido", "nginep", "kantun", "dumuk",
                            "manggon", "netep", "urusan", "kecelakaan", "nampani",
                            # a sense other than the cue's: 'ambeu' is to smell, not to kiss; 'huap' a mouthful, not
                            # a bribe; 'hanjakal' is 'unfortunately'; 'euweuh' means 'there is none'
                            "ambeu", "huap", "hanjakal", "deudeuh", "nyaah", "euweuh", "sarua", "rajangan",
                            "gadag", "ngora", "jedog", "mendhel", "mingkem"})


def _cue_words() -> set[str]:
    words: set[str] = set()
    for path in _LEXICON.glob("*.py"):
        if path.name not in ("sourced.py", "build_sourced.py"):
            words |= set(re.findall(r"[a-z]{3,}", path.read_text(encoding="utf-8")))
    return words


def informal(slang: dict[str, str], roots: set[str], cue_words: set[str]) -> dict[str, str]:
    out = {}
    for key, value in slang.items():
        key, value = key.strip().lower(), value.strip().lower()
        if not re.fullmatch(r"[a-z]{2,}", key) or not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", value):
            continue                    # one plain word to one plain word: no acronym expansions
        if key == value or key in roots or key in cue_words or key in _PROTECTED:
            continue                    # a real word, or one the cues already read in this spelling
        out[key] = value
    return dict(sorted(out.items()))


def regional(path: Path, roots: set[str], cue_words: set[str]) -> dict[str, str]:
    by_word: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            indonesian = row["indonesian"].strip().lower()
            local = next(v for k, v in row.items() if k not in ("", "indonesian"))
            for word in local.split(","):
                word = word.strip().lower()
                if re.fullmatch(r"[a-z]+(?:-[a-z]+)?", word):
                    by_word.setdefault(word, set()).add(indonesian)
    out = {}
    for word, meanings in by_word.items():
        if len(meanings) != 1:
            continue                    # ambiguous across Indonesian words: left to the cue patterns
        (indonesian,) = meanings
        if (indonesian in cue_words and word != indonesian and word not in roots and word not in cue_words
                and word not in _REGIONAL_SKIP and " " not in indonesian):
            out[word] = indonesian
    return dict(sorted(out.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--slang", type=Path, required=True)
    parser.add_argument("--roots", type=Path, required=True)
    parser.add_argument("--nusax-su", type=Path, required=True)
    parser.add_argument("--nusax-jv", type=Path, required=True)
    args = parser.parse_args(argv)
    roots = set(args.roots.read_text(encoding="utf-8").split())
    cue_words = _cue_words()
    tables = {
        "INFORMAL_ID": informal(json.loads(args.slang.read_text(encoding="utf-8")), roots, cue_words),
        "SUNDANESE": regional(args.nusax_su, roots, cue_words),
        "JAVANESE": regional(args.nusax_jv, roots, cue_words),
    }
    out = [_HEADER]
    for name, table in tables.items():
        out.append(f"{name}: dict[str, str] = {{")
        items = [f"{k!r}: {v!r}," for k, v in table.items()]
        line = "   "
        for item in items:
            if len(line) + len(item) + 1 > 118:
                out.append(line)
                line = "   "
            line += " " + item
        out.append(line)
        out.append("}\n")
    sys.stdout.write("\n".join(out))
    return 0


_HEADER = '''"""Word maps taken from published lexicons (generated by ``build_sourced.py``; edit that, not this file).

- INFORMAL_ID: informal and SMS Indonesian spellings -> formal words, from ``combined_slang_words.txt`` of
  louisowen6/NLP_bahasa_resources (commit cdf127872143a57a9a53f34735bca44c8206b696, MIT licence, (c) 2020
  Louis Owen), which gathers the colloquial lexicons of Salsabila et al. 2018 ("Colloquial Indonesian Lexicon",
  IALP 2018, nasalsabila/kamus-alay) and Ibrohim & Budi 2019 (ALW3). Kept: one word to one word, never an
  Indonesian root word (checked against ``combined_root_words.txt`` of the same repository) and never a word
  the cue patterns already read.
- SUNDANESE, JAVANESE: Sundanese and Javanese words -> Indonesian, from the NusaX-Lexicon (IndoNLP/nusax,
  ``datasets/lexicon/{sundanese,javanese}.csv``, commit 75b0be5d982348332509f296e10d9bf9cb66d60f; CC BY-SA 4.0; Winata et al.
  2023, "NusaX: Multilingual Parallel Sentiment Dataset for 10 Indonesian Local Languages", EACL 2023). Kept:
  words with one Indonesian meaning that a cue pattern uses, minus function words (the structure lexicon
  handles those).

The hand-made spelling table in ``sms.py`` wins over these where both have a word.
"""
'''

if __name__ == "__main__":
    raise SystemExit(main())

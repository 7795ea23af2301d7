"""Rewrite prefixes.json, the beginnings of every cue pattern (start-up speed only; see matcher.PREFIX_CACHE):

    python -m pseah.triage.classification.build_prefixes
"""
from __future__ import annotations

from pseah.triage.classification import cues
from pseah.triage.classification.matcher import PREFIX_CACHE, write_cache

if __name__ == "__main__":
    count = write_cache(c.pattern for c in cues.ALL)
    print(f"{count} patterns written to {PREFIX_CACHE}")  # noqa: T201 - a build command's one line of output

"""Rewrite prefixes.json, the beginnings of every cue pattern (start-up speed only; see matcher.PREFIX_CACHE):

    python -m pseah.triage.classification.build_prefixes
"""
from __future__ import annotations

from pseah.common.logging import configure_logging, get_logger
from pseah.triage.classification import cues
from pseah.triage.classification.matcher import PREFIX_CACHE, write_cache

if __name__ == "__main__":
    configure_logging(service="triage")
    count = write_cache(c.pattern for c in cues.ALL)
    get_logger(__name__).info("prefixes_written", patterns=count, path=str(PREFIX_CACHE))

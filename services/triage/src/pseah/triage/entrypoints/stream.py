"""`python -m pseah.triage`: the faust worker, with the HTTP API served from its loop (127.0.0.1:8002)."""
from __future__ import annotations

from pseah.common.bootstrap import run_stream_service
from pseah.triage.bootstrap import bootstrap


def main() -> None:
    run_stream_service(bootstrap())

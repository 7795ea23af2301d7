"""`python -m pseah.analytics`: the faust worker, with the HTTP API served from its loop (127.0.0.1:8006,
PSEAH_ANALYTICS_PORT)."""
from __future__ import annotations

from pseah.analytics.bootstrap import bootstrap
from pseah.common.bootstrap import run_stream_service


def main() -> None:
    run_stream_service(bootstrap())

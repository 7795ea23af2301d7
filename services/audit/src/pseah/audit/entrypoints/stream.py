"""`python -m pseah.audit`: the faust worker, with the HTTP API served from its loop (127.0.0.1:8005,
PSEAH_AUDIT_PORT)."""
from __future__ import annotations

from pseah.audit.bootstrap import bootstrap
from pseah.common.bootstrap import run_stream_service


def main() -> None:
    run_stream_service(bootstrap())

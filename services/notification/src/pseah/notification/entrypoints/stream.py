"""`python -m pseah.notification`: the faust worker (health on 127.0.0.1:8004)."""
from __future__ import annotations

from pseah.common.bootstrap import run_stream_service
from pseah.notification.bootstrap import bootstrap


def main() -> None:
    run_stream_service(bootstrap())

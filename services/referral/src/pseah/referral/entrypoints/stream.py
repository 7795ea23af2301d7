"""`python -m pseah.referral`: the faust worker (health on 127.0.0.1:8003) and the gRPC server (50051)."""
from __future__ import annotations

from pseah.common.bootstrap import run_stream_service
from pseah.referral.bootstrap import bootstrap


def main() -> None:
    run_stream_service(bootstrap())

"""`python -m pseah.analytics`: the analytics service on 127.0.0.1:8006 (PSEAH_ANALYTICS_PORT)."""
from __future__ import annotations

from pseah.analytics.config import get_settings
from pseah.analytics.main import create_api, prepare_store
from pseah.analytics.streams import AnalyticsStreams
from pseah.common.bootstrap import start_process
from pseah.common.streams import run_worker, serve_http


def main() -> None:
    settings = get_settings()
    start_process(service="analytics", settings=settings)
    prepare_store()
    streams = AnalyticsStreams(settings)
    serve_http(streams.app, create_api(settings, consumer_ready=streams.assigned),
               host=settings.host, port=settings.port)
    run_worker(streams.app, log_level=settings.log_level)


if __name__ == "__main__":
    main()

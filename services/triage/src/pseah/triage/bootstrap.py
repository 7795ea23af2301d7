"""The triage service's wiring, and the only place it is done: settings, the key ring, the fingerprint hasher, one
producer for the process, the faust app (pseah.triage.streams) and the HTTP API served from it (pseah.triage.main).
Entry points (pseah.triage.entrypoints) only run what this returns."""
from __future__ import annotations

from pseah.common.bootstrap import StreamService, start_process
from pseah.common.kafka import make_producer
from pseah.common.streams import has_partitions
from pseah.triage.config import Settings
from pseah.triage.links.fingerprint import Hasher
from pseah.triage.main import Runtime, create_api
from pseah.triage.streams import Producer, build_app


def bootstrap(settings: Settings | None = None) -> StreamService:
    settings = settings or Settings()
    keyring = start_process(service="triage", settings=settings, keys=True)
    hasher = Hasher(settings.fingerprint_secret())
    producer = Producer(lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id="pseah-triage"))
    # The web server is FastAPI's; faust only consumes.
    app = build_app(settings=settings, keyring=keyring, producer=producer, hasher=hasher, web_enabled=False)
    runtime = Runtime(settings=settings, keyring=keyring, producer=producer)
    return StreamService(app=app, log_level=settings.log_level,
                         api=create_api(runtime=runtime, consumer_ready=lambda: has_partitions(app)),
                         host=settings.host, port=settings.port)

"""Entry point: `python -m pseah.triage` runs the faust worker (health on its web port)."""
from __future__ import annotations

import faust

from pseah.common import mongo
from pseah.common.crypto import KEYS_ALIAS, KeyFileWrapper, KeyRing
from pseah.common.kafka import make_producer
from pseah.common.logging import configure_logging
from pseah.common.telemetry import setup_tracing
from pseah.triage.config import Settings
from pseah.triage.streams import build_app


def main() -> None:
    settings = Settings()
    configure_logging(service="triage", level=settings.log_level)
    setup_tracing(service="triage", exporter=settings.otel_exporter)
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    mongo.connect(uri=settings.mongo_uri, db=settings.keys_database, alias=KEYS_ALIAS)
    keyring = KeyRing(KeyFileWrapper(settings.master_key_file))
    app = build_app(settings=settings, keyring=keyring,
                    producer_factory=lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id="pseah-triage"))
    worker = faust.Worker(app, loglevel=settings.log_level, override_logging=False)
    worker.execute_from_commandline()

"""Entry point: `python -m pseah.notification` runs the faust worker (health on 8004)."""
from __future__ import annotations

import faust

from pseah.common import mongo
from pseah.common.kafka import make_producer
from pseah.common.logging import configure_logging
from pseah.common.telemetry import setup_tracing
from pseah.notification.config import SERVICE, Settings
from pseah.notification.notifications.mailer import SmtpMailer
from pseah.notification.streams import Producer, build_app


def run() -> None:
    settings = Settings()
    configure_logging(service=SERVICE, level=settings.log_level)
    setup_tracing(service=SERVICE, exporter=settings.otel_exporter)
    mongo.connect(uri=settings.mongo_uri, db=settings.database)
    mailer = SmtpMailer(host=settings.smtp_host, port=settings.smtp_port, timeout=settings.smtp_timeout)
    producer = Producer(lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id=f"pseah-{SERVICE}"))
    app = build_app(settings=settings, send=mailer.send, producer=producer)
    faust.Worker(app, loglevel=settings.log_level, override_logging=False).execute_from_commandline()

"""The notification service's wiring, and the only place it is done: settings, the key ring (opens a reporter's
sealed contact at the moment of sending), the webhook routes' backfill, the mailer, one producer for the process,
the outlets and the faust app (pseah.notification.streams, health on 8004). Entry points
(pseah.notification.entrypoints) only run what this returns."""
from __future__ import annotations

import httpx

from pseah.common.bootstrap import StreamService, start_process
from pseah.common.kafka import ensure_topic, make_producer
from pseah.common.logging import get_logger
from pseah.common.streams import until_ready
from pseah.common.metrics import instrument as instrument_metrics
from pseah.notification.config import SERVICE, Settings
from pseah.notification.notifications.flows import Outlets
from pseah.notification.notifications.mailer import SmtpMailer
from pseah.notification.notifications.messaging import HttpMessagingProvider
from pseah.notification.recipients import service as recipients
from pseah.notification.streams import APP_PARTITIONS, AUDIT_TOPIC_PARTITIONS, Producer, build_app
from pseah.notification.webhooks import service as webhooks

log = get_logger(__name__)


def ensure_own_topics(settings: Settings) -> None:
    """The webhook tries' topic (partitioned as the app's topics are) and the audit topic the digests come on
    (compacted, partitioned as audit makes it: pseah.audit.witness)."""
    ensure_topic(bootstrap=settings.kafka_bootstrap, topic=settings.webhook_topic, partitions=APP_PARTITIONS,
                 client_id=f"pseah-{SERVICE}")
    ensure_topic(bootstrap=settings.kafka_bootstrap, topic=settings.audit_topic, partitions=AUDIT_TOPIC_PARTITIONS,
                 compacted=True, client_id=f"pseah-{SERVICE}")


def bootstrap(settings: Settings | None = None) -> StreamService:
    settings = settings or Settings()
    # The key ring opens a reporter's sealed contact at the moment of sending, and nothing else.
    keyring = start_process(service=SERVICE, settings=settings, keys=True)
    # Once per database: the per-organisation webhook routes of subscriptions stored before them.
    routed = until_ready(webhooks.backfill, not_ready_event="notification_store_not_ready")
    if routed:
        log.info("notification_webhook_routes_backfilled", subscriptions=routed)
    # The topics it reads that are none of the suite's streams, made before the worker subscribes to them (a topic
    # declared by faust at start can be missed by the subscription for minutes: pseah.common.kafka.ensure_topic).
    until_ready(lambda: ensure_own_topics(settings), not_ready_event="notification_kafka_not_ready")
    mailer = SmtpMailer(host=settings.smtp_host, port=settings.smtp_port, timeout=settings.smtp_timeout)
    producer = Producer(lambda: make_producer(bootstrap=settings.kafka_bootstrap, client_id=f"pseah-{SERVICE}"))
    outlets = Outlets(
        send=mailer.send, client=httpx.Client(timeout=settings.webhook_timeout),
        dead_letter=lambda **kw: producer.dead_letter_delivery(topic=settings.dead_letter_topic, **kw),
        schedule=lambda **kw: producer.schedule_webhook(topic=settings.webhook_topic, **kw),
        announce=producer.publish, first=producer.publish_first, session=mailer.session,
        messaging=HttpMessagingProvider(base_url=settings.messaging_url, token=settings.messaging_token)
        if settings.messaging_url else None,
        open_contact=keyring.open, prefer=recipients.preferences)
    app = build_app(settings=settings, producer=producer, outlets=outlets)
    instrument_metrics(app, service="notification")
    return StreamService(app=app, log_level=settings.log_level)

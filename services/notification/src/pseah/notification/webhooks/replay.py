"""`pseah notification replay-dlq`: try the dead-lettered webhook deliveries again, once each.

Reads the dead-letter topic up to where it ended when the replay started (so a delivery that fails again and
is dead-lettered anew waits for the next replay), committing as it goes under its own consumer group: a
second replay never repeats what the first one finished.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

import httpx
from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from pseah.common.events import CloudEvent
from pseah.common.logging import get_logger
from pseah.notification.notifications import service
from pseah.notification.webhooks import flows
from pseah.notification.webhooks import service as webhooks

log = get_logger(__name__)


def replay_record(*, headers: dict[str, str], value: bytes, settings, client: httpx.Client, flush,
                  dead_letter: Callable[..., None]) -> str:
    if headers.get("pseah_channel") != "webhook":
        return "skipped"
    subscription = webhooks.get(subscription_id=headers.get("pseah_subscription", ""))
    if subscription is None or not subscription.active:
        return "skipped"
    event = CloudEvent.from_bytes(value)
    notification_id = headers.get("pseah_notification_id", "")
    notification = service.reopen(notification_id=notification_id)
    if notification is None:
        existing = service.get(notification_id=notification_id)
        if existing is None:
            return "skipped"
        if existing.status == "sent":
            return "already_sent"
        if existing.status != "pending":
            return "skipped"
        # Only a replay reopens a dead-lettered delivery: one that died before it settled still owes its try.
        notification = existing
    return flows.replay_webhook(event=event, subscription=subscription, notification=notification,
                                settings=settings, client=client, flush=flush, dead_letter=dead_letter)


def replay(*, settings, flush, dead_letter: Callable[..., None], timeout: float = 60.0) -> Counter:
    topic = settings.dead_letter_topic
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap, group_id=f"pseah-{settings.app_name}-replay",
                             enable_auto_commit=False, auto_offset_reset="earliest")
    outcomes: Counter = Counter()
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:
            return outcomes
        consumer.assign(tps)
        end = consumer.end_offsets(tps)
        pending = {tp for tp in tps if consumer.position(tp) < end[tp]}
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=settings.webhook_timeout) as client:
            while pending and time.monotonic() < deadline:
                for tp, records in consumer.poll(timeout_ms=1000).items():
                    for record in records:
                        if tp not in pending or record.offset >= end[tp]:
                            pending.discard(tp)
                            break
                        headers = {k: v.decode() for k, v in (record.headers or [])}
                        outcomes[replay_record(headers=headers, value=record.value, settings=settings,
                                               client=client, flush=flush, dead_letter=dead_letter)] += 1
                        consumer.commit({tp: OffsetAndMetadata(record.offset + 1, "", -1)})
                        if record.offset + 1 >= end[tp]:
                            pending.discard(tp)
    finally:
        consumer.close()
    log.info("dlq_replayed", **outcomes)
    return outcomes

"""Notification makes the topics it reads that are none of the suite's streams before its worker subscribes.

A consumer that subscribes to a topic not there yet ignores it until its next metadata refresh (minutes): in a CI
run on a loaded machine the webhook tries' topic, left for faust to declare at start, was missed and no webhook
was ever tried. Real Kafka, topics of this test's own."""
from __future__ import annotations

import os
import uuid

import pytest
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient

from pseah.notification.bootstrap import ensure_own_topics
from pseah.notification.config import Settings
from pseah.notification.streams import APP_PARTITIONS, AUDIT_TOPIC_PARTITIONS

pytestmark = pytest.mark.integration

KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")


def test_the_webhook_and_audit_topics_exist_before_the_worker_with_their_partitions_and_compaction():
    suffix = uuid.uuid4().hex[:8]
    settings = Settings(kafka_bootstrap=KAFKA, webhook_topic_name=f"test.{suffix}.notifications.retry",
                        audit_topic_name=f"test.{suffix}.audit")
    admin = KafkaAdminClient(bootstrap_servers=KAFKA)
    try:
        assert not {settings.webhook_topic, settings.audit_topic} & set(admin.list_topics())
        ensure_own_topics(settings)
        ensure_own_topics(settings)  # a second start finds them and changes nothing
        described = {t["name"]: len(t["partitions"])
                     for t in admin.describe_topics([settings.webhook_topic, settings.audit_topic])}
        assert described == {settings.webhook_topic: APP_PARTITIONS, settings.audit_topic: AUDIT_TOPIC_PARTITIONS}
        configs = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, settings.audit_topic),
                                          ConfigResource(ConfigResourceType.TOPIC, settings.webhook_topic)])
        # Only what differs from the broker's defaults is described; the default policy is delete.
        policies = {name: (config or {}).get("cleanup.policy", {}).get("value", "delete")
                    for name, config in configs["topic"].items()}
        assert policies == {settings.audit_topic: "compact", settings.webhook_topic: "delete"}
    finally:
        try:
            admin.delete_topics([settings.webhook_topic, settings.audit_topic])
        finally:
            admin.close()

"""notification.sent.v1 on the real FerretDB: published first when Kafka acknowledges it, so the flip to sent is the
only write (no outbox marker, nothing owed); owed in the flip's own write when Kafka is away; one event id however
often it is announced."""
from __future__ import annotations

import uuid

import mongoengine
import pymongo
import pytest
from kafka.errors import KafkaTimeoutError

from pseah.common import mongo
from pseah.common.events import CloudEvent, EventTypes
from pseah.common.outbox import OWED
from pseah.common.settings import CommonSettings
from pseah.notification.notifications import service
from pseah.notification.notifications.models import Notification

pytestmark = pytest.mark.integration
TOPIC = "pseah.notifications.v1"


@pytest.fixture
def store():
    settings = CommonSettings()
    name = f"pseah_test_notification_sent_{uuid.uuid4().hex[:8]}"
    mongo.connect(uri=settings.mongo_uri, db=name)
    Notification._collection = None  # another test module may have bound the class to its own database
    client = pymongo.MongoClient(settings.mongo_uri)
    try:
        yield client[name]
    finally:
        Notification._collection = None
        mongoengine.disconnect()
        client.drop_database(name)
        client.close()


def handed_over(cause: str) -> Notification:
    intent = service.Intent(cause_event_id=cause, cause_event_type=EventTypes.CASE_ASSIGNED,
                            reference="PSEAH-SENT0001", template="case_assigned", recipient="fp@unicef.example",
                            recipient_role="focal_point", recipient_org="unicef", deadline=None,
                            link="http://portal/cases/PSEAH-SENT0001")
    notification, must_send = service.begin(intent=intent, domain="pseah.test", attempting=True)
    assert must_send
    service.hand_over(notification=notification)
    return notification


def test_acknowledged_by_kafka_the_flip_is_the_only_write_and_nothing_is_owed(store):
    published: list[tuple[str, CloudEvent]] = []
    notification = handed_over("cause-1")
    sent = service.mark_sent(notification=notification, topic=TOPIC,
                             publish=lambda topic, event: published.append((topic, event)))
    [(topic, event)] = published
    assert topic == TOPIC and event.type == EventTypes.NOTIFICATION_SENT
    assert event.id == service.sent_event_id(notification.id) and event.data["notification_id"] == notification.id
    stored = store["notifications"].find_one({"_id": notification.id})
    assert stored["status"] == "sent" and not stored.get("pending_events") and not stored.get("has_pending")
    assert sent.status == "sent" and not sent.pending_events
    assert store[OWED].count_documents({}) == 0  # no marker announced, none left behind


def test_kafka_away_the_event_is_owed_in_the_flip_with_the_same_id(store):
    def away(topic, event):
        raise KafkaTimeoutError("no broker")

    notification = handed_over("cause-2")
    service.mark_sent(notification=notification, topic=TOPIC, publish=away)
    stored = store["notifications"].find_one({"_id": notification.id})
    assert stored["status"] == "sent" and stored["has_pending"] is True
    [item] = stored["pending_events"]
    assert item["id"] == service.sent_event_id(notification.id) and item["topic"] == TOPIC
    assert store[OWED].find_one({"_id": f"notifications:{notification.id}"})["n"] == 1


def test_announced_again_by_a_second_deliverer_it_is_the_same_event_and_the_record_stays_as_it_was(store):
    published: list[CloudEvent] = []
    notification = handed_over("cause-3")
    service.mark_sent(notification=notification, topic=TOPIC, publish=lambda topic, event: published.append(event))
    first = store["notifications"].find_one({"_id": notification.id})
    stale = Notification.objects(id=notification.id).first()
    stale.status = "handing_over"  # as a deliverer that read it before the flip holds it
    service.mark_sent(notification=stale, topic=TOPIC, publish=lambda topic, event: published.append(event))
    assert [e.id for e in published] == [service.sent_event_id(notification.id)] * 2  # consumers keep one
    assert store["notifications"].find_one({"_id": notification.id}) == first

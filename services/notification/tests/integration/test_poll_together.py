"""A poll's e-mails together (flows.deliver_all), on the real FerretDB, Kafka and the dev SMTP sink: one read of the
recipients' preferences, one insert of the notifications, the e-mails shared among `smtp_connections` SMTP
connections, each handed over right before its own final dot, their notification.sent.v1 acknowledged by Kafka
together and one write flipping them to sent; a redelivered poll sends nothing again and writes nothing."""
from __future__ import annotations

import asyncio
import threading
import uuid

import mongoengine
import pymongo
import pytest
from pymongo import monitoring

from pseah.common.events import EventTypes, new_event
from pseah.common.kafka import ensure_topic, make_producer
from pseah.common.outbox import OWED
from pseah.common.producer import LazyProducer
from pseah.common.settings import CommonSettings
from pseah.notification.config import Settings
from pseah.notification.notifications import flows, mailer
from pseah.notification.notifications.models import Notification
from pseah.notification.recipients import service as recipients
from pseah.notification.recipients.models import Preference

from .conftest import KAFKA, _mails_for, _reachable

pytestmark = pytest.mark.integration

SETTINGS = Settings()
SMTP_HOST, SMTP_PORT = SETTINGS.smtp_host, SETTINGS.smtp_port


class Commands(monitoring.CommandListener):
    """The reads and writes sent to the notification collections, by name, in order (the indexes mongoengine makes
    on a class's first use of a new database left out)."""

    def __init__(self):
        self.names: list[tuple[str, str]] = []

    def started(self, event):
        collection = event.command.get(event.command_name)
        if event.command_name != "createIndexes" and collection in ("notifications", "preferences", OWED):
            self.names.append((event.command_name, collection))

    def succeeded(self, event):
        pass

    def failed(self, event):
        pass


@pytest.fixture
def store():
    commands = Commands()
    name = f"pseah_test_notification_poll_{uuid.uuid4().hex[:8]}"
    uri = CommonSettings().mongo_uri
    mongoengine.connect(db=name, host=uri, uuidRepresentation="standard", tz_aware=True, event_listeners=[commands])
    for document in (Notification, Preference):
        document._collection = None  # another test module may have bound the class to its own database
    client = pymongo.MongoClient(uri)
    try:
        yield client[name], commands
    finally:
        for document in (Notification, Preference):
            document._collection = None
        mongoengine.disconnect()
        client.drop_database(name)
        client.close()


@pytest.fixture(scope="module")
def topic():
    name = f"test.{uuid.uuid4().hex[:8]}.notifications"
    ensure_topic(bootstrap=KAFKA, topic=name, partitions=1)
    return name


class CountingMailer(mailer.SmtpMailer):
    """The real mailer, counting the SMTP connections its sessions open and the messages each sent."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.per_connection: list[int] = []
        self._lock = threading.Lock()

    @property
    def connections(self) -> int:
        return len(self.per_connection)

    def session(self):
        outer = self
        session = super().session()
        opened = session.send
        mine: list[int] = []

        def send(message, *, commit=None):
            with outer._lock:
                if session._smtp is None:
                    mine[:] = [len(outer.per_connection)]
                    outer.per_connection.append(0)
                outer.per_connection[mine[0]] += 1
            opened(message, commit=commit)

        session.send = send
        return session


def assigned(reference: str, email: str):
    return new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject=reference, data={
        "reference": reference, "org_id": "unicef", "queue": "focal_point", "priority": "high",
        "assignee": {"username": "fp", "email": email, "role": "focal_point"},
        "portal_url": f"http://portal.test/cases/{reference}",
        "deadlines": [{"kind": "acknowledgement", "due_at": "2030-01-02T03:00:00+00:00"}]})


def test_a_poll_of_five_is_one_insert_two_connections_one_flip_and_a_redelivery_repeats_nothing(store, topic):
    if not _reachable(SMTP_HOST, SMTP_PORT):
        pytest.fail(f"no SMTP sink at {SMTP_HOST}:{SMTP_PORT}: start the suite (make run)")
    db, commands = store
    settings = Settings(portal_url="http://portal.test", notifications_topic=topic, smtp_connections=2)
    recipients.set_preference(address="FP-B@unfpa.example", channel="email")
    producer = LazyProducer(lambda: make_producer(bootstrap=KAFKA, client_id="test-notification-poll"))
    smtp = CountingMailer(host=SMTP_HOST, port=SMTP_PORT)
    outlets = flows.Outlets(send=smtp.send, session=smtp.session, client=None, dead_letter=None, schedule=None,
                            prefer=recipients.preferences, first=producer.publish_first)
    tag = uuid.uuid4().hex[:6].upper()
    events = [assigned(f"PSEAH-P{tag}{n}", "fp-a@unicef.example" if n % 2 else "fp-b@unfpa.example")
              for n in range(5)]
    items = [(event, None, None) for event in events]
    try:
        commands.names.clear()
        outcomes = asyncio.run(flows.deliver_all(items, settings=settings, outlets=outlets, flush=producer.flush))
        assert outcomes == ["sent"] * 5
        assert commands.names == [("find", "preferences"), ("insert", "notifications"),
                                  *[("update", "notifications")] * 5,  # each hand-over, right before its dot
                                  ("update", "notifications")]  # the five flips to sent, in one
        assert sorted(smtp.per_connection) == [2, 3]  # five e-mails on two connections, shared
        stored = list(db["notifications"].find({}))
        assert len(stored) == 5 and {d["status"] for d in stored} == {"sent"}
        assert not any(d.get("pending_events") for d in stored) and db[OWED].count_documents({}) == 0
        for event, doc in zip(events, sorted(stored, key=lambda d: d["reference"])):
            [mail] = _mails_for(event.subject)
            assert mail["Message-ID"] == doc["message_id"]

        # The same poll again (a redelivery): read back, nothing sent, nothing written.
        commands.names.clear()
        again = asyncio.run(flows.deliver_all(items, settings=settings, outlets=outlets, flush=producer.flush))
        assert again == ["already_sent"] * 5
        assert commands.names == [("find", "preferences"), ("insert", "notifications"), ("find", "notifications")]
        assert smtp.connections == 2 and all(len(_mails_for(e.subject)) == 1 for e in events)
    finally:
        producer.close()

"""Webhooks to partner systems (signed, retried, dead-lettered, replayed) and the reporter's no-content
status message through the SMS / WhatsApp provider, against real Kafka and FerretDB and a local receiver."""
import json
import subprocess
import sys
import uuid

import pytest
from kafka import KafkaConsumer

from pseah.common.events import new_event
from pseah.notification.webhooks.signing import HEADER, verify

pytestmark = pytest.mark.integration
KAFKA = "127.0.0.1:9092"
SECRET = "test-secret-" + uuid.uuid4().hex


def _reference() -> str:
    return "PSEAH-W" + uuid.uuid4().hex[:7].upper()


def _cli(notifier, *args):
    done = subprocess.run([sys.executable, "-c", "from pseah.notification.cli import app; app()", *args],
                          env=notifier["env"], capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _referral(reference, org):
    return new_event(type="referral.created.v1", source="pseah/referral", subject=reference, data={
        "reference": reference, "referral_id": str(uuid.uuid4()), "provider_id": "plu-pmi", "provider_org": org,
        "service_type": "psychosocial", "status": "created", "consent_override": False, "rank": 1,
        # Must never leave the suite even when a producer wrongly adds it.
        "sealed": {"narrative": "v1.c2VjcmV0"}, "narrative": "rahasia"})


def _dead_letters(topic, reference, timeout=90.0):
    import time

    consumer = KafkaConsumer(topic, bootstrap_servers=KAFKA, auto_offset_reset="earliest", group_id=None,
                             enable_auto_commit=False, consumer_timeout_ms=1000)
    found, deadline = [], time.monotonic() + timeout
    try:
        # The last failed try is answered before the record is parked: wait for it.
        while not found and time.monotonic() < deadline:
            found += [r for r in consumer if r.key == reference.encode()]
        return found
    finally:
        consumer.close()


def test_webhook_signed_retried_once_after_a_failure(notifier, receiver, producer, read_events):
    org = "org-" + uuid.uuid4().hex[:6]
    _cli(notifier, "webhook-add", org, receiver.url + f"/hooks/{org}", "--secret", SECRET)
    receiver.fail[f"/hooks/{org}"] = 1  # the first try answers 503
    reference = _reference()
    event = _referral(reference, org)
    for _ in range(2):  # a redelivery changes nothing
        producer.send(notifier["topics"]["cases"], key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    got = receiver.wait(f"/hooks/{org}", want=2)
    sent = read_events(notifier["topics"]["notifications"], reference=reference, wait=15, want=1)
    got = receiver.on(f"/hooks/{org}")
    assert len(got) == 2, "one failure, one retry, and nothing for the redelivery"
    assert got[0]["headers"]["X-PSEAH-Delivery"] == got[1]["headers"]["X-PSEAH-Delivery"]
    for request in got:
        assert verify(secret=SECRET, body=request["body"], header=request["headers"][HEADER])
        assert not verify(secret="wrong", body=request["body"], header=request["headers"][HEADER])
        assert request["headers"]["Content-Type"].startswith("application/cloudevents+json")
    delivered = json.loads(got[1]["body"])
    assert (delivered["id"], delivered["type"], delivered["subject"]) == (event.id, "referral.created.v1", reference)
    assert delivered["data"]["provider_org"] == org
    assert "sealed" not in delivered["data"] and b"rahasia" not in got[1]["body"]
    # The outbox publishes at least once; consumers de-duplicate on the event id.
    unique = {e["id"]: e for e in sent}.values()
    assert [(e["data"]["channel"], e["data"]["recipient_role"]) for e in unique] == [("webhook", "partner_system")]


def test_failing_webhook_is_dead_lettered_then_replayed(notifier, receiver, producer, read_events):
    org = "org-" + uuid.uuid4().hex[:6]
    path = f"/hooks/{org}"
    _cli(notifier, "webhook-add", org, receiver.url + path, "--secret", SECRET)
    receiver.fail[path] = -1  # always 503
    reference = _reference()
    event = _referral(reference, org)
    producer.send(notifier["topics"]["cases"], key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    assert len(receiver.wait(path, want=3)) == 3  # PSEAH_NOTIFICATION_WEBHOOK_ATTEMPTS
    dlq = notifier["topics"]["notifications"] + ".dlq"
    parked = _dead_letters(dlq, reference)
    assert len(parked) == 1
    headers = {k: v.decode() for k, v in parked[0].headers}
    assert headers["pseah_channel"] == "webhook" and headers["dlq_reason"] == "http_503"
    assert json.loads(parked[0].value)["id"] == event.id  # the cause event, unchanged

    receiver.fail[path] = 0  # the partner is back
    out = _cli(notifier, "replay-dlq", "--timeout", "30")
    assert "1 sent" in out
    got = receiver.on(path)
    assert len(got) == 4 and verify(secret=SECRET, body=got[-1]["body"], header=got[-1]["headers"][HEADER])
    sent = read_events(notifier["topics"]["notifications"], reference=reference, wait=15, want=1)
    assert [e["data"]["channel"] for e in {e["id"]: e for e in sent}.values()] == ["webhook"]
    # A second replay finds nothing new: the group committed past the record.
    again = _cli(notifier, "replay-dlq", "--timeout", "15")
    assert "sent" not in again and len(receiver.on(path)) == 4, again


def _wait_for_reporter(notifier, reference: str, timeout: float = 60.0) -> None:
    import time

    import pymongo

    from pseah.common.settings import CommonSettings

    client = pymongo.MongoClient(CommonSettings().mongo_uri)
    try:
        contacts = client[notifier["env"]["PSEAH_NOTIFICATION_DATABASE"]]["reporter_contacts"]
        deadline = time.monotonic() + timeout
        while contacts.find_one({"_id": reference}) is None:
            assert time.monotonic() < deadline, f"the reporter of {reference} was never remembered"
            time.sleep(0.2)
    finally:
        client.close()


def test_reporter_hears_of_a_status_change_on_whatsapp_without_content(notifier, receiver, producer):
    import mongoengine

    from pseah.common import mongo
    from pseah.common.crypto import KEYS_ALIAS, KeyFileWrapper, KeyRing
    from pseah.common.settings import CommonSettings

    settings = CommonSettings()
    mongo.connect(uri=settings.mongo_uri, db="pseah_keys", alias=KEYS_ALIAS)
    ring = KeyRing(KeyFileWrapper(settings.master_key_file))
    reference = _reference()
    ring.create(reference)
    try:
        # Contract-complete, as triage publishes it: notification dead-letters a payload that breaks its contract.
        triaged = new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
            "reference": reference, "channel": "whatsapp", "category": "sexual_exploitation", "priority": "high",
            "route": "focal_point", "org_id": "unicef", "deadlines": [],
            "consent": {"referral": True, "contact": True},
            "sealed": {"contact": ring.seal(reference, "WA saya 0812-3456-7890, malam saja"),
                       "narrative": ring.seal(reference, "rahasia")}})
        producer.send(notifier["topics"]["triage"], key=reference.encode(), value=triaged.to_bytes()).get(timeout=10)
        # The decision is read on the triage topic, the acknowledgement on the cases topic, by two agents in no order
        # between them; in service a focal point acknowledges a case long after its decision, so the status event is
        # sent once the reporter is remembered, as it would come.
        _wait_for_reporter(notifier, reference)
        acknowledged = new_event(type="case.acknowledged.v1", source="pseah/referral", subject=reference,
                                 data={"reference": reference, "org_id": "unicef", "owner_org": "unicef",
                                       "acknowledged_at": "2030-01-01T00:00:00+00:00"})
        before = len(receiver.on("/provider/v1/messages"))
        for _ in range(2):
            producer.send(notifier["topics"]["cases"], key=reference.encode(),
                          value=acknowledged.to_bytes()).get(timeout=10)
        messages = receiver.wait("/provider/v1/messages", want=before + 1)
        import time

        time.sleep(2)
        mine = [json.loads(m["body"]) for m in receiver.on("/provider/v1/messages")[before:]
                if json.loads(m["body"])["to"] == "+6281234567890"]
        assert len(mine) == 1, messages
        assert mine[0]["channel"] == "whatsapp"
        assert reference not in mine[0]["text"] and "rahasia" not in mine[0]["text"]
        assert "kode tanda terima" in mine[0]["text"] and "receipt code" in mine[0]["text"]
    finally:
        ring.shred(reference)
        mongoengine.disconnect(alias=KEYS_ALIAS)

"""Webhook retries run off the e-mail path, and a SIGKILL mid-stream neither loses nor repeats a notification.

Real Kafka, FerretDB and SMTP sink; a local receiver for the partner. Its own notification process (conftest),
with many quick tries so a partner that keeps failing would hold a blocked partition for about a minute.
"""
from __future__ import annotations

import email
import json
import os
import time
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import pytest
from kafka import KafkaConsumer

from pseah.common.events import new_event
from pseah.common.settings import repo_root
from pseah.notification.webhooks.signing import HEADER, verify

pytestmark = pytest.mark.integration

KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MAILDIR = Path(os.environ.get("PSEAH_TEST_SMTP_DIR", repo_root() / "var/data/smtp"))
SECRET = "test-secret-" + uuid.uuid4().hex
WEBHOOK_CONCURRENCY = 4
NOTIFIER_ENV = {
    # About a minute of tries: the old inline retries would have held the partition, and its e-mails, that long.
    "PSEAH_NOTIFICATION_WEBHOOK_ATTEMPTS": "60",
    "PSEAH_NOTIFICATION_WEBHOOK_BACKOFF": "0.5",
    "PSEAH_NOTIFICATION_WEBHOOK_BACKOFF_MAX": "1.0",
    "PSEAH_NOTIFICATION_WEBHOOK_CONCURRENCY": str(WEBHOOK_CONCURRENCY),
    # A try cut off by the kill is taken over this soon after it was claimed.
    "PSEAH_NOTIFICATION_WEBHOOK_LEASE": "8",
}


def _reference() -> str:
    return "PSEAH-R" + uuid.uuid4().hex[:8].upper()


def _cli(notifier, *args):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", "from pseah.notification.cli import app; app()", *args],
                          env=notifier["env"], capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def _assigned(reference: str, *, org: str):
    return new_event(type="case.assigned.v1", source="pseah/referral", subject=reference, data={
        "reference": reference, "org_id": org, "queue": "focal_point", "priority": "high",
        "assignee": {"username": f"fp-{org}", "email": f"fp@{org}.example", "role": "focal_point"},
        "portal_url": f"http://127.0.0.1:8000/cases/{reference}",
        "deadlines": [{"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}]})


def _referral(reference: str, *, org: str):
    return new_event(type="referral.created.v1", source="pseah/referral", subject=reference, data={
        "reference": reference, "referral_id": str(uuid.uuid4()), "provider_id": f"plu-{org}", "provider_org": org,
        "service_type": "psychosocial", "status": "created", "consent_override": False, "rank": 1})


def _send(producer, topic, event, *, key: str | None = None):
    producer.send(topic, key=(key or event.subject).encode(), value=event.to_bytes()).get(timeout=10)


def _mail_files(references: set[str]) -> list[tuple[float, str, email.message.EmailMessage]]:
    """(arrival time, reference, message) of every stored mail about one of `references`."""
    found = []
    for path in MAILDIR.glob("*.eml"):
        raw = path.read_bytes()
        for reference in references:
            if reference.encode() in raw:
                stamp = datetime.strptime(path.name.split("-", 1)[0], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
                found.append((stamp.timestamp(), reference, email.message_from_bytes(raw, policy=policy.default)))
    return found


def _until(condition, *, timeout: float, what: str, notifier=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.3)
    tail = f"; the notifier's last log lines:\n{notifier['proc'].log_tail()}" if notifier else ""
    raise AssertionError(f"timed out waiting for {what}{tail}")


def _sent_events(topic: str, references: set[str], *, wait: float = 8.0) -> list[dict]:
    consumer = KafkaConsumer(topic, bootstrap_servers=KAFKA, auto_offset_reset="earliest", group_id=None,
                             enable_auto_commit=False, consumer_timeout_ms=1000)
    found, deadline = [], time.monotonic() + wait
    try:
        while time.monotonic() < deadline:
            found += [e for r in consumer if (e := json.loads(r.value)).get("subject") in references]
    finally:
        consumer.close()
    return found


def test_a_failing_partner_holds_up_no_email_and_gets_its_webhook_exactly_once(notifier, receiver, producer):
    org = "org-" + uuid.uuid4().hex[:6]
    path = f"/hooks/{org}"
    _cli(notifier, "webhook-add", org, receiver.url + path, "--secret", SECRET, "--event-type", "referral.created.v1")
    receiver.fail[path] = -1  # down until the e-mails are through
    reference = _reference()
    referral = _referral(reference, org=org)
    _send(producer, notifier["topics"]["cases"], referral)
    _until(lambda: receiver.on(path), timeout=120, what="the first try", notifier=notifier)

    # Behind it on the same partition (same key): e-mails that must not wait for the partner. The partner stays
    # down until they are all through, so their arrival is itself the proof; no clock is read.
    others = [_reference() for _ in range(4)]
    for other in others:
        _send(producer, notifier["topics"]["cases"], _assigned(other, org="unicef"), key=reference)
    _until(lambda: {r for _, r, _ in _mail_files(set(others))} == set(others), timeout=180,
           what="the e-mails queued behind the failing webhook", notifier=notifier)
    assert not [r for r in receiver.on(path) if r["status"] == 200]
    # Retries go on off the e-mail path (however slow the machine, a second failed try comes).
    _until(lambda: len([r for r in receiver.on(path) if r["status"] == 503]) >= 2, timeout=120,
           what="the webhook being retried", notifier=notifier)

    receiver.fail[path] = 0  # the partner is back
    _until(lambda: [r for r in receiver.on(path) if r["status"] == 200], timeout=120, what="the delivery",
           notifier=notifier)
    # Once its notification.sent.v1 is out the delivery is marked done: a duplicate could only come before it.
    _until(lambda: _sent_events(notifier["topics"]["notifications"], {reference}, wait=2.0), timeout=120,
           what="the webhook's notification.sent.v1")
    got = receiver.on(path)
    assert [r["status"] for r in got].count(200) == 1
    assert len({r["headers"]["X-PSEAH-Delivery"] for r in got}) == 1  # one delivery, several tries
    assert all(verify(secret=SECRET, body=r["body"], header=r["headers"][HEADER]) for r in got)
    assert json.loads(got[-1]["body"])["id"] == referral.id
    assert Counter(r for _, r, _ in _mail_files(set(others))) == {other: 1 for other in others}
    sent = {e["id"]: e for e in _sent_events(notifier["topics"]["notifications"], {reference})}.values()
    assert [(e["data"]["channel"], e["data"]["cause_event_id"]) for e in sent] == [("webhook", referral.id)]


def test_kill_and_restart_mid_retries_loses_no_notification_and_repeats_none(notifier, receiver, producer, settled,
                                                                            the_guarantee):
    org = "org-" + uuid.uuid4().hex[:6]
    path = f"/hooks/{org}"
    _cli(notifier, "webhook-add", org, receiver.url + path, "--secret", SECRET)
    receiver.fail[path] = 6  # the first tries fail, so retries are on the webhook topic when the worker dies
    references = [_reference() for _ in range(8)]
    for reference in references:  # each: one e-mail to the focal point, one webhook to the organisation
        _send(producer, notifier["topics"]["cases"], _assigned(reference, org=org))
    _until(lambda: _mail_files(set(references)), timeout=40, what="the first e-mail")
    notifier["proc"].kill()  # SIGKILL: no clean shutdown, no offset commit
    killed_at = time.time()
    notifier["proc"].start()

    # The restarted worker waits out the dead member's session (6 s here) before it is given partitions.
    mails = _until(lambda: (m := _mail_files(set(references))) and {r for _, r, _ in m} == set(references) and m,
                   timeout=90, what="every e-mail")
    delivered = _until(lambda: (ok := {r["headers"]["X-PSEAH-Delivery"] for r in receiver.on(path)
                                       if r["status"] == 200}) and len(ok) == len(references) and ok,
                       timeout=90, what="every webhook")
    docs = settled(set(references))  # every e-mail sent in the store: the sink's count is final
    time.sleep(4)  # room for a late duplicate webhook
    mails = _mail_files(set(references))

    # Nothing lost: every reference has its e-mail and its webhook.
    assert {r for _, r, _ in mails} == set(references) and len(delivered) == len(references)
    # E-mail: notifications/service.py's guarantee on what the sink received: a second copy only where the record
    # counts an unsure re-send (the kill caught that one between its hand-over and the server's answer).
    the_guarantee(docs, Counter(mail["Message-ID"] for _, _, mail in mails))
    assert len(docs) == len(references)  # one notification per reference
    # Webhooks: an HTTP POST has the same window without a commit point to close it (the partner's answer is the
    # only proof of receipt), so a re-send after the kill is possible there, under the same delivery id.
    answered = defaultdict(list)
    for request in receiver.on(path):
        if request["status"] == 200:
            answered[request["headers"]["X-PSEAH-Delivery"]].append(request["at"])
    for arrivals in answered.values():
        assert len(arrivals) == 1 or min(arrivals) <= killed_at, "a duplicate webhook not explained by the kill"

    # One notification.sent.v1 per notification (the outbox may publish one twice, with the same event id).
    sent = {e["id"]: e for e in _sent_events(notifier["topics"]["notifications"], set(references))}.values()
    per_notification = Counter(e["data"]["notification_id"] for e in sent)
    assert set(per_notification.values()) == {1} and len(per_notification) == 2 * len(references)
    assert Counter(e["data"]["channel"] for e in sent) == {"email": len(references), "webhook": len(references)}

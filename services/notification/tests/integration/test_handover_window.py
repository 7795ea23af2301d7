"""The window that used to double an e-mail, hit on purpose: the worker is killed after the mail server took the
message (its final dot) and before the worker read the server's answer and wrote it down.

The server here is a real SMTP server in the test process (aiosmtpd, like the local sink) that keeps what it
received and answers the final dot only after a pause, so SIGKILL lands inside that window every time. What the
server really received is the measure: exactly one copy, and the notification settled as sent, unconfirmed."""
from __future__ import annotations

import asyncio
import socket
import threading
import time
import uuid

import pytest
from aiosmtpd.controller import Controller
from pymongo import MongoClient

from pseah.common.events import new_event

pytestmark = pytest.mark.integration

with socket.socket() as _probe:
    _probe.bind(("127.0.0.1", 0))
    SMTP_PORT = _probe.getsockname()[1]
NOTIFIER_ENV = {"PSEAH_NOTIFICATION_SMTP_PORT": str(SMTP_PORT)}


class SlowServer:
    """Keeps every message at its final dot, then waits `pause` seconds before answering 250."""

    def __init__(self, pause: float):
        self.pause = pause
        self.received: list[bytes] = []
        self.taken = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.received.append(envelope.original_content)
        self.taken.set()
        await asyncio.sleep(self.pause)
        return "250 OK"


@pytest.fixture(scope="module")
def slow_server():
    server = SlowServer(pause=8.0)
    controller = Controller(server, hostname="127.0.0.1", port=SMTP_PORT)
    controller.start()
    yield server
    controller.stop()


def test_killed_between_the_final_dot_and_its_answer_the_email_is_not_sent_again(slow_server, notifier, producer):
    reference = "PSEAH-W" + uuid.uuid4().hex[:8].upper()
    event = new_event(type="case.assigned.v1", source="pseah/referral", subject=reference, data={
        "reference": reference, "org_id": "unicef", "queue": "focal_point", "priority": "high",
        "assignee": {"username": "fp-unicef", "email": "fp-unicef@unicef.example", "role": "focal_point"},
        "deadlines": [{"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}]})
    producer.send(notifier["topics"]["cases"], key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    assert slow_server.taken.wait(60), "the worker never reached the final dot"
    notifier["proc"].kill()  # the server holds the message; the worker never reads the 250
    slow_server.pause = 0.0
    notifier["proc"].start()  # the event was not committed: it is delivered again

    client = MongoClient("mongodb://127.0.0.1:27017", serverSelectionTimeoutMS=5000)
    try:
        notifications = client[notifier["env"]["PSEAH_NOTIFICATION_DATABASE"]]["notifications"]
        deadline = time.monotonic() + 90
        while (doc := notifications.find_one({"reference": reference})) is None or doc["status"] != "sent":
            assert time.monotonic() < deadline, f"the redelivered event was not settled: {doc and doc['status']}"
            time.sleep(0.3)
    finally:
        client.close()
    # Settled without a second hand-over: sent, its answer never read, and the server holds one copy.
    assert doc["confirmed"] is False and doc["attempts"] == 1
    ours = [m for m in slow_server.received if reference.encode() in m]
    assert len(ours) == 1 and doc["message_id"].encode() in ours[0]

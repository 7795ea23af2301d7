"""Both sides of the hand-over, hit on purpose: the worker is killed while the mail server holds its answer, once
before the final dot (at RCPT) and once after it (the server took the message and has not said 250 yet).

The server is a real SMTP server in the test process (aiosmtpd, like the local sink) that stalls where the test
says, so SIGKILL lands inside the chosen window every time. What it really received is the measure: before the dot,
the re-send is the only copy; after it, the retry cannot know the server took it, sends again under the same
Message-ID and records it as an unsure re-send (notifications/service.py)."""
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


class StallingServer:
    """Stalls `pause` seconds at `stall_at` ("rcpt": before the message; "data": after the final dot, holding it)."""

    def __init__(self):
        self.stall_at, self.pause = "", 0.0
        self.received: list[bytes] = []
        self.reached = threading.Event()

    async def _stall(self, where: str) -> None:
        if self.stall_at == where:
            self.reached.set()
            await asyncio.sleep(self.pause)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd's hook
        await self._stall("rcpt")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook
        self.received.append(envelope.original_content)
        await self._stall("data")
        return "250 OK"

    def arm(self, where: str) -> None:
        self.stall_at, self.pause = where, 8.0
        self.reached.clear()

    def disarm(self) -> None:
        self.stall_at, self.pause = "", 0.0


@pytest.fixture(scope="module")
def smtp_server():
    server = StallingServer()
    controller = Controller(server, hostname="127.0.0.1", port=SMTP_PORT)
    controller.start()
    yield server
    controller.stop()


def _kill_while_stalled(where: str, smtp_server, notifier, producer) -> tuple[dict, list[bytes]]:
    reference = "PSEAH-W" + uuid.uuid4().hex[:8].upper()
    event = new_event(type="case.assigned.v1", source="pseah/referral", subject=reference, data={
        "reference": reference, "org_id": "unicef", "queue": "focal_point", "priority": "high",
        "assignee": {"username": "fp-unicef", "email": "fp-unicef@unicef.example", "role": "focal_point"},
        "portal_url": f"http://127.0.0.1:8000/cases/{reference}",
        "deadlines": [{"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}]})
    smtp_server.arm(where)
    producer.send(notifier["topics"]["cases"], key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    assert smtp_server.reached.wait(60), f"the worker never reached {where}"
    notifier["proc"].kill()  # no answer read, nothing recorded after the stall point
    smtp_server.disarm()
    notifier["proc"].start()  # the event was not committed: it is delivered again
    client = MongoClient("mongodb://127.0.0.1:27017", serverSelectionTimeoutMS=5000)
    try:
        notifications = client[notifier["env"]["PSEAH_NOTIFICATION_DATABASE"]]["notifications"]
        deadline = time.monotonic() + 90
        while (doc := notifications.find_one({"reference": reference})) is None or doc["status"] != "sent":
            assert time.monotonic() < deadline, f"the redelivered event was not sent: {doc and doc['status']}"
            time.sleep(0.3)
    finally:
        client.close()
    return doc, [m for m in smtp_server.received if reference.encode() in m]


def test_killed_before_the_final_dot_the_resend_is_the_only_copy(smtp_server, notifier, producer):
    doc, copies = _kill_while_stalled("rcpt", smtp_server, notifier, producer)
    assert len(copies) == 1 and doc["message_id"].encode() in copies[0]
    assert doc["uncertain_resends"] == 0 and doc["attempts"] == 2


def test_killed_after_the_final_dot_the_resend_carries_the_same_message_id_and_is_on_record(
        smtp_server, notifier, producer):
    doc, copies = _kill_while_stalled("data", smtp_server, notifier, producer)
    # The server took the first copy at its dot; nobody could know, so a second went, counted, same Message-ID.
    assert len(copies) == 2 and all(doc["message_id"].encode() in copy for copy in copies)
    assert doc["uncertain_resends"] == 1 and doc["attempts"] == 2

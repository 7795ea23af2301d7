"""A notification process of its own per test module: its own database, topics, consumer group and port,
against the real Kafka, FerretDB and the dev SMTP sink (mails stored as .eml in var/data/smtp)."""
from __future__ import annotations

import email
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from email import policy
from pathlib import Path

import pytest
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient

from pseah.common.kafka import ensure_topics
from pseah.common.settings import repo_root

KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MONGO = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
ROOT = repo_root()
MAILDIR = Path(os.environ.get("PSEAH_TEST_SMTP_DIR", ROOT / "var/data/smtp"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


class Notifier:
    """Starts, kills and restarts one notification process with fixed settings."""

    def __init__(self, env: dict, log_path: Path):
        self.env, self.log_path = env, log_path
        self.proc: subprocess.Popen | None = None
        self._log = log_path.open("ab")

    def start(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "pseah.notification"], env=self.env,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        # Ready, not only alive: the worker has joined its consumer group, so a test's clock never runs through the
        # join (a fresh CI run once waited two minutes for a first event sent before it).
        url = f"http://127.0.0.1:{self.env['PSEAH_NOTIFICATION_PORT']}/readyz"
        import httpx

        deadline = time.monotonic() + 45
        while True:
            assert self.proc.poll() is None, f"notification exited:\n{self.log_tail()}"
            try:
                if httpx.get(url, timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"notification not ready in 45 s:\n{self.log_tail()}"
            time.sleep(0.3)

    def log_tail(self, lines: int = 40) -> str:
        """The process's last log lines (no survivor content is logged), for a failure's message."""
        self._log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self._log.close()


class Receiver:
    """A local HTTP server standing in for partner webhooks and the SMS / WhatsApp provider.

    Every request is recorded; `fail[path]` answers that many requests on a path with 503 first
    (a negative number: always)."""

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.requests: list[dict] = []
        self.fail: dict[str, int] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                left = outer.fail.get(self.path, 0)
                if left:
                    outer.fail[self.path] = left - 1 if left > 0 else left
                status = 503 if left else 200
                outer.requests.append({"path": self.path, "headers": dict(self.headers), "body": body,
                                       "status": status, "at": time.time()})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def on(self, path: str) -> list[dict]:
        return [r for r in self.requests if r["path"] == path]

    def wait(self, path: str, *, want: int, timeout: float = 120.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.on(path)) < want and time.monotonic() < deadline:
            time.sleep(0.2)
        return self.on(path)

    def close(self):
        self._server.shutdown()


@pytest.fixture(scope="module")
def receiver():
    server = Receiver()
    yield server
    server.close()


@pytest.fixture(scope="module")
def notifier(request, tmp_path_factory, receiver):
    """A test module may set NOTIFIER_ENV (a dict) to change the process's settings."""
    for name, port in {"Kafka": 9092, "FerretDB": 27017, "SMTP sink": 1025}.items():
        assert _reachable("127.0.0.1", port), f"{name} is not running (deploy/local/*.sh start)"
    suffix = uuid.uuid4().hex[:8]
    env = {
        **os.environ,
        # faust's data directory of its own: var/data/faust may not exist, and the suite's must not be shared.
        "PSEAH_FAUST_DATADIR": str(tmp_path_factory.mktemp("faust")),
        "PSEAH_NOTIFICATION_DATABASE": f"pseah_test_notification_{suffix}",
        "PSEAH_NOTIFICATION_PORT": str(_free_port()),
        "PSEAH_NOTIFICATION_APP_NAME": f"notification-test-{suffix}",
        "PSEAH_NOTIFICATION_CASES_TOPIC": f"test.{suffix}.cases",
        "PSEAH_NOTIFICATION_TRIAGE_TOPIC": f"test.{suffix}.triage",
        "PSEAH_NOTIFICATION_NOTIFICATIONS_TOPIC": f"test.{suffix}.notifications",
        "PSEAH_NOTIFICATION_SESSION_TIMEOUT": "6",
        # Webhooks retried quickly here; the SMS / WhatsApp provider is the local receiver.
        "PSEAH_NOTIFICATION_WEBHOOK_ATTEMPTS": "3",
        "PSEAH_NOTIFICATION_WEBHOOK_BACKOFF": "0.2",
        "PSEAH_NOTIFICATION_WEBHOOK_BACKOFF_MAX": "0.5",
        "PSEAH_NOTIFICATION_MESSAGING_URL": receiver.url + "/provider",
        "PSEAH_LOG_LEVEL": "WARNING",
        **getattr(request.module, "NOTIFIER_ENV", {}),
    }
    topics = [env["PSEAH_NOTIFICATION_CASES_TOPIC"], env["PSEAH_NOTIFICATION_TRIAGE_TOPIC"],
              env["PSEAH_NOTIFICATION_NOTIFICATIONS_TOPIC"]]
    # The webhook topic is the service's own; it creates it at start (faust internal topic).
    webhook_topic = f"test.{suffix}.notifications.retry"
    ensure_topics(bootstrap=KAFKA, topics=topics, partitions=2)
    log_path = ROOT / "var/log" / f"notification-test-{suffix}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    proc = Notifier(env, log_path)
    failed_before = request.session.testsfailed
    proc.start()
    try:
        yield {"env": env, "topics": {**dict(zip(("cases", "triage", "notifications"), topics)),
                                      "webhook": webhook_topic}, "proc": proc}
    finally:
        proc.stop()
        import mongoengine

        from pseah.common import mongo

        mongo.connect(uri=MONGO, db=env["PSEAH_NOTIFICATION_DATABASE"], alias="cleanup")
        mongoengine.get_connection("cleanup").drop_database(env["PSEAH_NOTIFICATION_DATABASE"])
        mongo.disconnect("cleanup")
        admin = KafkaAdminClient(bootstrap_servers=KAFKA)
        try:
            # faust's own leader topic of this app too, so test runs leave no topics behind.
            # The audit topic it reads for digests is its own too (<notifications topic>.audit, made at start).
            admin.delete_topics([*topics, *(f"{t}.dlq" for t in topics), webhook_topic, f"{topics[2]}.audit",
                                 f"pseah-{env['PSEAH_NOTIFICATION_APP_NAME']}-__assignor-__leader"])
        except Exception:  # noqa: BLE001 - leftover test topics are harmless
            pass
        finally:
            admin.close()
        if request.session.testsfailed == failed_before:
            log_path.unlink(missing_ok=True)  # kept when a test of the module failed, for the run's artefacts


@pytest.fixture(scope="module")
def producer():
    p = KafkaProducer(bootstrap_servers=KAFKA, acks="all")
    yield p
    p.close()


def _mails_for(reference: str) -> list:
    found = []
    for path in MAILDIR.glob("*.eml"):
        raw = path.read_bytes()
        if reference.encode() in raw:
            found.append(email.message_from_bytes(raw, policy=policy.default))
    return found


@pytest.fixture(scope="session")
def mails():
    def wait(reference: str, *, want: int, timeout: float = 120.0, settle: float = 2.0) -> list:
        """Mails mentioning `reference`, once at least `want` arrived and `settle` seconds showed no more."""
        deadline = time.monotonic() + timeout
        while len(_mails_for(reference)) < want and time.monotonic() < deadline:
            time.sleep(0.3)
        time.sleep(settle)
        return _mails_for(reference)

    return wait


@pytest.fixture
def settled(notifier):
    """Wait until every e-mail notification of `references` is sent in the notifier's store; returns their documents.

    Once sent, a notification can never be handed over again (service.hand_over needs it pending), and the sink
    stores a mail before it answers the final dot, so from then on the sink's count of its e-mails is final."""
    from pymongo import MongoClient

    client = MongoClient(MONGO, serverSelectionTimeoutMS=5000)
    collection = client[notifier["env"]["PSEAH_NOTIFICATION_DATABASE"]]["notifications"]

    def wait(references: set[str], *, timeout: float = 90.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while True:
            docs = list(collection.find({"reference": {"$in": sorted(references)}, "channel": "email"}))
            if {d["reference"] for d in docs} == references and all(d["status"] == "sent" for d in docs):
                return docs
            assert time.monotonic() < deadline, f"not all sent: {sorted((d['reference'], d['status']) for d in docs)}"
            time.sleep(0.3)

    yield wait
    client.close()


def assert_the_guarantee(docs: list[dict], copies: dict[str, int]) -> None:
    """notifications/service.py's guarantee, checked strictly against what the sink received (`copies`: e-mails per
    Message-ID): each notification delivered at least once under its own Message-ID, and more than once only
    as many times as its record counts unsure re-sends."""
    for doc in docs:
        received = copies.get(doc["message_id"], 0)
        assert received >= 1, f"{doc['reference']}: lost"
        assert received <= 1 + doc.get("uncertain_resends", 0), (
            f"{doc['reference']}: {received} copies, {doc.get('uncertain_resends', 0)} unsure re-sends on record")
    assert set(copies) <= {d["message_id"] for d in docs}, "an e-mail under a Message-ID of no notification"


@pytest.fixture(scope="session")
def the_guarantee():
    return assert_the_guarantee


@pytest.fixture(scope="session")
def read_events():
    def read(topic: str, *, reference: str, wait: float, want: int | None = None) -> list[dict]:
        consumer = KafkaConsumer(topic, bootstrap_servers=KAFKA, auto_offset_reset="earliest",
                                 enable_auto_commit=False, group_id=None, consumer_timeout_ms=500)
        found, deadline = [], time.monotonic() + wait
        try:
            while time.monotonic() < deadline:
                for record in consumer:
                    event = json.loads(record.value)
                    if event.get("subject") == reference:
                        found.append(event)
                if want is not None and len(found) >= want:
                    deadline, want = min(deadline, time.monotonic() + 2), None
        finally:
            consumer.close()
        return found

    return read

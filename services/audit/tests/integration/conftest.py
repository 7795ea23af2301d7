"""Real Kafka and FerretDB; the audit service started by the test itself in its own database and group."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pymongo
import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from pseah.common.events import Topics
from pseah.common.kafka import ensure_topics, make_producer

BOOTSTRAP = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MONGO_URI = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
REPO = Path(__file__).resolve().parents[4]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def skip_to_end(*, group: str, topics: list[str]) -> None:
    consumer = KafkaConsumer(bootstrap_servers=BOOTSTRAP, group_id=group, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or [])]
        consumer.assign(partitions)
        consumer.seek_to_end(*partitions)
        consumer.commit({tp: OffsetAndMetadata(consumer.position(tp), "", -1) for tp in partitions})
    finally:
        consumer.close()


class Service:
    def __init__(self, *, database: str, port: int, log: Path, topics: list[str] | None = None):
        from pseah.audit.chain.checkpoints import generate_key_file

        self.database, self.port, self.log = database, port, log
        self.topics = topics or Topics.all()
        # A group of its own, never the suite's: its offsets are moved to the end before the start, so
        # the service reads only what the test publishes from then on.
        self.group = f"audit-itest-{uuid.uuid4().hex[:8]}"
        # Its own signing key, checkpoint topic and (from the database) origin: the suite's checkpoints never see
        # a test's, and a checkpoint every second so tests wait seconds, not minutes.
        self.key_file = log.parent / "audit-signing-ed25519.pem"
        generate_key_file(self.key_file)
        self.checkpoint_topic = f"pseah-itest-checkpoints-{uuid.uuid4().hex[:8]}"
        self.env = {**os.environ, "PSEAH_AUDIT_DATABASE": database, "PSEAH_AUDIT_PORT": str(port),
                    "PSEAH_AUDIT_CONSUMER_GROUP": self.group, "PSEAH_KAFKA_BOOTSTRAP": BOOTSTRAP,
                    "PSEAH_MONGO_URI": MONGO_URI, "PSEAH_AUDIT_SIGNING_KEY_FILE": str(self.key_file),
                    "PSEAH_AUDIT_CHECKPOINT_TOPIC": self.checkpoint_topic, "PSEAH_AUDIT_CHECKPOINT_SECONDS": "1"}
        if topics:
            # Topics of its own: what the test floods never reaches the running suite's consumers.
            self.env["PSEAH_AUDIT_TOPICS"] = json.dumps(topics)
        self.process: subprocess.Popen | None = None

    def start(self, *, from_end: bool = True) -> None:
        if from_end:
            skip_to_end(group=f"pseah-{self.group}", topics=self.topics)
        self.process = subprocess.Popen([sys.executable, "-m", "pseah.audit"], env=self.env, cwd=REPO,
                                        stdout=subprocess.DEVNULL, stderr=self.log.open("ab"))
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log_tail()
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise AssertionError("audit service not ready: " + self.log_tail())

    def log_tail(self, lines: int = 40) -> str:
        """The end of this process's log (event metadata only, never content), for a failure's message."""
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError as exc:
            return f"(no log: {exc})"

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """SIGKILL: no shutdown hook runs, nothing is flushed or committed on the way out."""
        assert self.process is not None
        self.process.kill()
        self.process.wait()

    def forget_group(self) -> None:
        """Remove what faust created for the test's group (its internal topic, the group itself)."""
        admin = KafkaAdminClient(bootstrap_servers=BOOTSTRAP, client_id="pseah-audit-itest")
        try:
            internal = [t for t in admin.list_topics()
                        if t.startswith(f"pseah-{self.group}-") or t == self.checkpoint_topic]
            if internal:
                admin.delete_topics(internal)
            admin.delete_consumer_groups([f"pseah-{self.group}"])
        except Exception:  # noqa: BLE001 - best-effort tidying, never a test failure
            pass
        finally:
            admin.close()

    def cli(self, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(REPO / ".venv/bin/pseah"), "audit", *args], env={**self.env, **(env or {})},
                              cwd=REPO, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def mongo_client():
    client = pymongo.MongoClient(MONGO_URI, serverSelectionTimeoutMS=5000)
    client.admin.command("ping")
    yield client
    client.close()


@pytest.fixture(scope="module")
def audit_service(tmp_path_factory, mongo_client):
    ensure_topics(bootstrap=BOOTSTRAP)
    database = f"pseah_test_audit_{uuid.uuid4().hex[:8]}"
    service = Service(database=database, port=_free_port(),
                      log=tmp_path_factory.mktemp("audit") / "audit.log")
    try:
        service.start()
        yield service
    finally:
        # Also when the start failed: no process, group, internal topic or database is left behind.
        service.stop()
        service.forget_group()
        mongo_client.drop_database(database)


@pytest.fixture(scope="module")
def producer():
    producer = make_producer(bootstrap=BOOTSTRAP, client_id="pseah-audit-itest")
    yield producer
    producer.close(timeout=5)


def wait_for(predicate, *, timeout: float = 120.0, interval: float = 0.3):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def demo_token(role: str) -> str:
    """An access token of the demo user holding `role` (var/secrets, written by deploy/local/keycloak.sh)."""
    import json

    from pseah.common.auth import fetch_password_token

    users = json.loads((REPO / "var/secrets/demo-users.json").read_text())
    password = (REPO / "var/secrets/demo-password").read_text().strip()
    username = next(u["username"] for u in users if u["role"] == role)
    return fetch_password_token(username, password)["access_token"]

"""A triage worker of its own per test module: its own database, key store, topics, consumer group and port."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pymongo
import pytest
from kafka import KafkaConsumer, KafkaProducer

from pseah.common import mongo
from pseah.common.crypto import KEYS_ALIAS, KeyFileWrapper, KeyRing
from pseah.common.events import CloudEvent, EventTypes, new_event
from pseah.common.kafka import ensure_topics, lane_partitions
from pseah.common.settings import CommonSettings, repo_root

ROOT = repo_root()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class TriageWorker:
    env: dict
    log_path: Path
    proc: subprocess.Popen | None = None
    keyring: KeyRing | None = None
    producer: KafkaProducer | None = None
    seen: dict = field(default_factory=dict)

    @property
    def port(self) -> int:
        return int(self.env["PSEAH_TRIAGE_PORT"])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "pseah.triage"], env=self.env, stdout=log,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            assert self.proc.poll() is None, f"triage exited; see {self.log_path}"
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"triage did not start; see {self.log_path}"
            time.sleep(0.3)

    def kill(self) -> None:
        """A crash, not a shutdown: nothing gets to finish or commit."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def report(self, narrative: str, *, received_at=None, reference: str | None = None, send: bool = True,
               **data) -> CloudEvent:
        """Publish a report.received.v1 the way intake does: a new case key, sealed narrative."""
        reference = reference or f"PSEAH-T{uuid.uuid4().hex[:9].upper()}"
        self.keyring.create(reference)
        event = new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject=reference,
                          actor="anonymous-reporter",
                          data={"reference": reference, "channel": "web", "region_code": "3203",
                                "received_at": (received_at or new_event(type="x", source="x", subject="x").time).isoformat(),
                                "consent": {"referral": True, "contact": False, "share_with_org": True},
                                # Every sealed field intake writes (null when left out): the contract requires them.
                                "sealed": {"narrative": self.keyring.seal(reference, narrative), "contact": None,
                                           "perpetrator_description": None, "place_text": None,
                                           "perpetrator_org_text": None}, **data})
        if send:
            self.publish(event)
        return event

    def publish(self, event: CloudEvent) -> None:
        self.producer.send(self.env["PSEAH_TRIAGE_REPORTS_TOPIC"], key=event.key, value=event.to_bytes()).get(15)

    def events(self, topic_env: str, *, until, timeout: float = 120) -> list[CloudEvent]:
        """All events on one of this worker's topics, read from the start until `until(events)` holds."""
        topic = self.env[topic_env]
        consumer = KafkaConsumer(bootstrap_servers=self.env["PSEAH_KAFKA_BOOTSTRAP"], enable_auto_commit=False)
        partitions = lane_partitions(consumer, topic)  # both lanes: a critical case travels the priority one
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        found: list[CloudEvent] = []
        end = time.monotonic() + timeout
        try:
            while time.monotonic() < end:
                for records in consumer.poll(timeout_ms=500).values():
                    found.extend(CloudEvent.from_bytes(r.value) for r in records)
                if until(found):
                    return found
        finally:
            consumer.close()
        raise AssertionError(f"timed out reading {topic}: {len(found)} events; see {self.log_path}")


@pytest.fixture(scope="session")
def tokens():
    """Real Keycloak access tokens of the demo users (password grant), one per user, fetched once."""
    import json

    from pseah.common.auth import fetch_password_token

    users = ROOT / "var/secrets/demo-users.json"
    assert users.exists(), "Keycloak demo users not generated (deploy/local/keycloak.sh start)"
    password = (ROOT / "var/secrets/demo-password").read_text().strip()
    known = {u["username"] for u in json.loads(users.read_text())}
    cache: dict[str, str] = {}

    def token(username: str) -> str:
        assert username in known, username
        if username not in cache:
            cache[username] = fetch_password_token(username, password)["access_token"]
        return cache[username]

    return token


@pytest.fixture(scope="module")
def triage(tmp_path_factory):
    settings = CommonSettings()
    suffix = uuid.uuid4().hex[:8]
    env = {
        **os.environ,
        "PSEAH_FAUST_DATADIR": str(tmp_path_factory.mktemp("faust")),
        "PSEAH_TRIAGE_DATABASE": f"pseah_test_triage_{suffix}",
        "PSEAH_TRIAGE_KEYS_DATABASE": f"pseah_test_triage_keys_{suffix}",
        "PSEAH_TRIAGE_PORT": str(_free_port()),
        "PSEAH_TRIAGE_APP_NAME": f"triage-test-{suffix}",
        "PSEAH_TRIAGE_REPORTS_TOPIC": f"test.{suffix}.reports",
        "PSEAH_TRIAGE_TRIAGE_TOPIC": f"test.{suffix}.triage",
        "PSEAH_TRIAGE_CASES_TOPIC": f"test.{suffix}.cases",
        "PSEAH_TRIAGE_ACCESS_TOPIC": f"test.{suffix}.access",
        "PSEAH_TRIAGE_FINGERPRINT_KEY_FILE": str(tmp_path_factory.mktemp("secrets") / "fingerprint-key"),
        "PSEAH_TRIAGE_CLOCK_INTERVAL_SECONDS": "1",
        "PSEAH_KAFKA_BOOTSTRAP": settings.kafka_bootstrap,
        "PSEAH_LOG_LEVEL": "WARNING",
    }
    topics = [env[k] for k in ("PSEAH_TRIAGE_REPORTS_TOPIC", "PSEAH_TRIAGE_TRIAGE_TOPIC", "PSEAH_TRIAGE_CASES_TOPIC",
                               "PSEAH_TRIAGE_ACCESS_TOPIC")]
    ensure_topics(bootstrap=settings.kafka_bootstrap, topics=topics, partitions=3)
    mongo.connect(uri=settings.mongo_uri, db=env["PSEAH_TRIAGE_KEYS_DATABASE"], alias=KEYS_ALIAS)
    log_path = ROOT / "var/log" / f"triage-test-{suffix}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    worker = TriageWorker(env=env, log_path=log_path, keyring=KeyRing(KeyFileWrapper(settings.master_key_file)),
                          producer=KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all"))
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()
        worker.producer.close()
        mongo.disconnect(KEYS_ALIAS)
        with pymongo.MongoClient(settings.mongo_uri) as client:
            client.drop_database(env["PSEAH_TRIAGE_DATABASE"])
            client.drop_database(env["PSEAH_TRIAGE_KEYS_DATABASE"])
        from kafka.admin import KafkaAdminClient

        admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
        admin.delete_topics([t for base in topics for t in (base, f"{base}.dlq")])
        admin.close()

"""A referral process of its own per test module: its own database, topics, consumer group and ports.

Everything is real (Kafka, FerretDB, Keycloak); isolation comes from unique names, dropped afterwards.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from datetime import datetime
import uuid
from pathlib import Path

import grpc
import pytest
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient

from pseah.common import mongo
from pseah.common.events import Topics
from pseah.common.kafka import ensure_topics
from pseah.common.settings import repo_root

KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MONGO = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
ROOT = repo_root()


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


@pytest.fixture(scope="module")
def referral(tmp_path_factory):
    for name, (host, port) in {"Kafka": ("127.0.0.1", 9092), "FerretDB": ("127.0.0.1", 27017)}.items():
        assert _reachable(host, port), f"{name} is not running (deploy/local/*.sh start)"
    suffix = uuid.uuid4().hex[:8]
    env = {
        **os.environ,
        # faust's data directory of its own: var/data/faust may not exist, and the suite's must not be shared.
        "PSEAH_FAUST_DATADIR": str(tmp_path_factory.mktemp("faust")),
        "PSEAH_REFERRAL_DATABASE": f"pseah_test_referral_{suffix}",
        "PSEAH_REFERRAL_PORT": str(_free_port()),
        "PSEAH_REFERRAL_GRPC_PORT": str(_free_port()),
        "PSEAH_REFERRAL_APP_NAME": f"referral-test-{suffix}",
        "PSEAH_REFERRAL_TRIAGE_TOPIC": f"test.{suffix}.triage",
        "PSEAH_REFERRAL_CASES_TOPIC": f"test.{suffix}.cases",
        "PSEAH_LOG_LEVEL": "WARNING",
    }
    topics = [env["PSEAH_REFERRAL_TRIAGE_TOPIC"], env["PSEAH_REFERRAL_CASES_TOPIC"]]
    ensure_topics(bootstrap=KAFKA, topics=topics, partitions=2)
    # The directory this instance serves: the demo data, loaded the way `pseah directory load-demo` does.
    load = subprocess.run([sys.executable, "-c", "from pseah.referral.cli import directory_app; directory_app()",
                           "load-demo"], env=env, capture_output=True, text=True, timeout=60)
    assert load.returncode == 0, load.stderr[-2000:]
    log_path = Path(ROOT / "var/log" / f"referral-test-{suffix}.log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    log = log_path.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "pseah.referral"], env=env, stdout=log, stderr=subprocess.STDOUT)
    address = f"127.0.0.1:{env['PSEAH_REFERRAL_GRPC_PORT']}"
    try:
        deadline = time.monotonic() + 45
        channel = grpc.insecure_channel(address)
        while True:
            assert proc.poll() is None, f"referral exited; see {log_path}"
            try:
                grpc.channel_ready_future(channel).result(timeout=1)
                break
            except grpc.FutureTimeoutError:
                assert time.monotonic() < deadline, f"referral gRPC not up; see {log_path}"
        yield {"env": env, "address": address, "channel": channel, "topics": topics, "proc": proc,
               "http": f"http://127.0.0.1:{env['PSEAH_REFERRAL_PORT']}"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        mongo.connect(uri=MONGO, db=env["PSEAH_REFERRAL_DATABASE"], alias="cleanup")
        import mongoengine

        mongoengine.get_connection("cleanup").drop_database(env["PSEAH_REFERRAL_DATABASE"])
        mongo.disconnect("cleanup")
        admin = KafkaAdminClient(bootstrap_servers=KAFKA)
        try:
            admin.delete_topics([*topics, *(f"{t}.dlq" for t in topics)])
        except Exception:  # noqa: BLE001 - leftover test topics are harmless
            pass
        finally:
            admin.close()
        log_path.unlink(missing_ok=True)


@pytest.fixture(scope="module")
def producer():
    p = KafkaProducer(bootstrap_servers=KAFKA, acks="all")
    yield p
    p.close()


@pytest.fixture(scope="session")
def read_events():
    return _read_events


def _read_events(topic: str, *, reference: str, wait: float, want: int | None = None) -> list[dict]:
    """Every event for `reference` on `topic` seen within `wait` seconds (stops early at `want`)."""
    import json

    # Both lanes of the stream: a critical case's events travel the priority one.
    consumer = KafkaConsumer(*Topics.lanes(topic), bootstrap_servers=KAFKA, auto_offset_reset="earliest",
                             enable_auto_commit=False, group_id=None, consumer_timeout_ms=500)
    found = []
    deadline = time.monotonic() + wait
    try:
        while time.monotonic() < deadline:
            for record in consumer:
                event = json.loads(record.value)
                if event.get("subject") == reference:
                    found.append(event)
            if want is not None and len(found) >= want:
                # Read a little longer so a duplicate would show.
                deadline = min(deadline, time.monotonic() + 2)
                want = None
    finally:
        consumer.close()
    # In the order they were made: a case raised to critical continues on the priority lane, and a reader of
    # two topics sees the two lanes interleaved however the broker hands them out.
    return sorted(found, key=lambda event: datetime.fromisoformat(event["time"].replace("Z", "+00:00")))


@pytest.fixture(scope="session")
def tokens():
    """Real Keycloak access tokens of the demo users (password grant through the pseah-cli client)."""
    from pseah.common.auth import fetch_password_token

    password_file = ROOT / "var/secrets/demo-password"
    assert password_file.exists() and _reachable("127.0.0.1", 8080), "Keycloak demo realm is not up"
    password = password_file.read_text().strip()
    cache: dict[str, str] = {}

    def token(username: str) -> str:
        if username not in cache:
            cache[username] = fetch_password_token(username, password)["access_token"]
        return cache[username]

    return token


@pytest.fixture(scope="session")
def partner_token():
    """Real client-credentials tokens of the partner service accounts (partner-<org>)."""
    from pseah.common.auth import fetch_client_token

    cache: dict[str, str] = {}

    def token(org: str) -> str:
        if org not in cache:
            secret = (ROOT / f"var/secrets/client-secret-partner-{org}").read_text().strip()
            cache[org] = fetch_client_token(f"partner-{org}", secret)["access_token"]
        return cache[org]

    return token

"""Nothing lost: the real Kafka is stopped while 200 reports arrive, then started again.

Intake runs as its own process on a free port with its own databases. Every report must be accepted
(202) while Kafka is away, and once Kafka is back each report.received.v1 must be on pseah.reports.v1
exactly once, with a reporter's message after its report (order per key).
"""
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter, defaultdict

import httpx
import pytest
from kafka import KafkaConsumer, TopicPartition

from pseah.common.settings import repo_root

from .conftest import KAFKA
from .test_process import free_port

pytestmark = pytest.mark.integration

TOPIC = "pseah.reports.v1"
KAFKA_SH = str(repo_root() / "deploy/local/kafka.sh")
REPORTS = 200
MESSAGE_EVERY = 20  # every 20th report also gets a message, which must follow its report


def _kafka(command: str, timeout: float = 120) -> None:
    subprocess.run([KAFKA_SH, command], check=True, timeout=timeout, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)


def _end_offsets() -> dict[TopicPartition, int]:
    consumer = KafkaConsumer(bootstrap_servers=KAFKA, enable_auto_commit=False)
    try:
        parts = [TopicPartition(TOPIC, p) for p in consumer.partitions_for_topic(TOPIC)]
        return consumer.end_offsets(parts)
    finally:
        consumer.close()


def _read_from(offsets: dict[TopicPartition, int], *, wanted: set[str], expected: int, timeout: float) -> list:
    """Records with a wanted key after `offsets`, until `expected` of them arrived (or time runs out)."""
    consumer = KafkaConsumer(bootstrap_servers=KAFKA, enable_auto_commit=False, consumer_timeout_ms=1000)
    records = []
    try:
        consumer.assign(list(offsets))
        for tp, offset in offsets.items():
            consumer.seek(tp, offset)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(records) < expected:
            records.extend(r for r in consumer if r.key and r.key.decode() in wanted)  # stops after 1 s idle
        # One more idle second, so that a duplicate published just after the last expected event is caught too.
        records.extend(r for r in consumer if r.key and r.key.decode() in wanted)
    finally:
        consumer.close()
    return records


def _wait_ready(base: str, proc, log_path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert proc.poll() is None and time.monotonic() < deadline, log_path.read_text()
        time.sleep(0.2)


def test_reports_survive_a_kafka_outage_exactly_once_and_in_order(settings, tmp_path):
    port = free_port()
    env = {**os.environ, "PSEAH_INTAKE_PORT": str(port), "PSEAH_INTAKE_MONGO_DB": settings.mongo_db,
           "PSEAH_INTAKE_KEYS_DB": settings.keys_db, "PSEAH_INTAKE_CONSUMER_GROUP": settings.consumer_group,
           "PSEAH_MASTER_KEY_FILE": str(settings.master_key_file),
           "PSEAH_INTAKE_RECEIPT_KEY_FILE": str(settings.receipt_key_file),
           "PSEAH_INTAKE_CONSUME_STATUS_EVENTS": "false", "PSEAH_INTAKE_RELAY_INTERVAL_SECONDS": "0.5",
           # Messages wait for the relay's ordered full scan (a report's event must go first): scan often here.
           "PSEAH_INTAKE_RELAY_FULL_SCAN_SECONDS": "5"}
    log_path = tmp_path / "intake.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "pseah.intake"], env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    tag = uuid.uuid4().hex[:8]
    references: list[str] = []
    kafka_stopped = False
    phases: dict[str, float] = {}
    try:
        _wait_ready(base, proc, log_path)
        with httpx.Client(base_url=base, timeout=10) as client:
            # Kafka up: the producers of the request path and of the relay are connected when it goes.
            warm = client.post("/v1/reports", json={"narrative": f"outage warm-up {tag}"})
            assert warm.status_code == 202
            time.sleep(1)
            offsets = _end_offsets()

            kafka_stopped = True
            t0 = time.monotonic()
            _kafka("stop")
            phases["stop"] = time.monotonic() - t0
            started = time.monotonic()
            for n in range(REPORTS):
                r = client.post("/v1/reports", json={"narrative": f"outage report {n} {tag}", "language": "id"})
                assert r.status_code == 202, (n, r.status_code, r.text)
                references.append(r.json()["reference"])
                if n % MESSAGE_EVERY == 0:
                    m = client.post(f"/v1/receipts/{r.json()['receipt']}/messages", json={"text": f"pesan {n}"})
                    assert m.status_code == 202, m.text
            accept_seconds = phases["accept"] = time.monotonic() - started
        t0 = time.monotonic()
        _kafka("start")
        kafka_stopped = False
        phases["start"] = time.monotonic() - t0
        t0 = time.monotonic()
        expected = REPORTS + len(range(0, REPORTS, MESSAGE_EVERY))
        records = _read_from(offsets, wanted=set(references), expected=expected, timeout=180)
        phases["catch_up"] = time.monotonic() - t0
    finally:
        if kafka_stopped:
            _kafka("start")
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)

    events = [(r.key.decode(), json.loads(r.value)) for r in records]
    received = Counter(key for key, event in events if event["type"] == "report.received.v1")
    missing = [ref for ref in references if received[ref] == 0]
    doubled = {ref: n for ref, n in received.items() if n > 1}
    assert not missing, f"{len(missing)} reports never reached Kafka ({phases})"
    assert not doubled, f"published more than once: {doubled}"
    assert set(received) == set(references)

    by_key = defaultdict(list)
    for key, event in events:
        by_key[key].append(event["type"])
        assert event["data"]["reference"] == key and event["subject"] == key
    for n, ref in enumerate(references):
        expected = ["report.received.v1"] + (["reporter.message.posted.v1"] if n % MESSAGE_EVERY == 0 else [])
        assert by_key[ref] == expected, (n, ref, by_key[ref])
    # Sensitive values travel sealed only.
    assert not any("outage report" in r.value.decode() for r in records)

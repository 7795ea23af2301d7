"""An urgent event on a stream's priority lane overtakes a routine backlog larger than the worker's buffers.

Real Kafka, a real faust worker made by create_app (lanes_worker.py, its own topics and group). faust hands fetched
records to the agents' buffers one at a time and waits while a buffer is full, holding up every other topic: with
no limit on a fetch, an urgent report in the suite waited 74 s and 205 s in triage behind a backlog of 37,000
routine ones. The check is on order, not on time: when the priority event is handled, most of the backlog is not.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from kafka import KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic

from pseah.common.events import Topics
from pseah.common.streams import MAX_POLL_RECORDS

pytestmark = pytest.mark.integration

KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
BACKLOG = 12_000  # three times faust's buffer of an agent (stream_buffer_maxsize, 4,096)
WORKER = Path(__file__).with_name("lanes_worker.py")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _progress(path: Path) -> list[list[str]]:
    return [line.split(" ") for line in path.read_text().splitlines()] if path.exists() else []


def _wait(predicate, *, timeout: float, what: str, worker: subprocess.Popen):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        assert worker.poll() is None, f"the worker stopped (exit {worker.returncode})"
        time.sleep(0.2)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}")


def test_a_poll_never_holds_more_than_a_lane_buffer_has_room_for_above_its_pause():
    # faust pauses fetching a partition when its buffer is 80 % full (mode's pressure_high_ratio 1.25) and hands on
    # what was fetched; more than the room left would block the hand-off of every topic.
    from pseah.common.streams import create_app

    conf = create_app(service="test-poll-size", bootstrap="127.0.0.1:1", web_port=6998).conf
    room = conf.stream_buffer_maxsize - int(conf.stream_buffer_maxsize / 1.25)
    assert conf.broker_max_poll_records == MAX_POLL_RECORDS
    assert 0 < conf.broker_max_poll_records <= room


def test_an_urgent_event_overtakes_a_routine_backlog_larger_than_the_buffers(tmp_path):
    topic = f"pseah.test-lanes-{uuid.uuid4().hex[:8]}"
    priority = Topics.priority(topic)
    admin = KafkaAdminClient(bootstrap_servers=KAFKA)
    admin.create_topics([NewTopic(topic, 6, 1), NewTopic(priority, 6, 1)])
    producer = KafkaProducer(bootstrap_servers=KAFKA, linger_ms=20)
    body = b"x" * 300  # about the size of a small event
    for n in range(BACKLOG):
        producer.send(topic, key=f"routine-{n}".encode(), value=body)
    producer.flush()

    progress = tmp_path / "progress.txt"
    env = {**os.environ, "PSEAH_FAUST_DATADIR": str(tmp_path / "faust")}
    worker = subprocess.Popen([sys.executable, str(WORKER), topic, str(progress), str(_free_port())], env=env,
                              stdout=subprocess.DEVNULL, stderr=open(tmp_path / "worker.log", "w"))
    try:
        _wait(lambda: any(row[0] == "routine" for row in _progress(progress)), timeout=120,
              what="the worker to handle its first routine batch", worker=worker)
        producer.send(priority, key=b"urgent", value=body)
        producer.flush()
        row = _wait(lambda: next((r for r in _progress(progress) if r[0] == "priority" and "urgent" in r[2]), None),
                    timeout=120, what="the urgent event (it waited behind the routine backlog)", worker=worker)
        routine_handled_before_it = int(row[1])
        assert routine_handled_before_it < BACKLOG // 6, routine_handled_before_it
    finally:
        worker.terminate()
        worker.wait(30)
        producer.close()
        admin.delete_topics([topic, priority])
        admin.close()

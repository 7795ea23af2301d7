"""An urgent child report travels the priority lane of every stream to its focal point; a routine one does not.

Read from Kafka itself (both lanes of reports, triage and cases), so the check does not depend on timing: the
lane is where the events are; that a lane with an agent of its own does not wait behind a routine backlog is
checked in shared/tests/integration/test_priority_lane_backlog.py.
"""
from __future__ import annotations

import os
import time
import uuid

import httpx
import pytest
from kafka import KafkaConsumer

from pseah.common.events import Topics

INTAKE = os.environ.get("PSEAH_E2E_INTAKE", "http://127.0.0.1:8001")
KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")

pytestmark = pytest.mark.e2e

URGENT = ("Tadi malam anak perempuan saya (12 tahun) diperkosa oleh relawan UNICEF di tenda posko. "
          "Kode uji {marker}.")
ROUTINE = "Staf UNICEF di posko menggoda para ibu dengan kata-kata cabul setiap sore. Kode uji {marker}."


def _report(text: str) -> str:
    response = httpx.post(f"{INTAKE}/v1/reports", json={
        "narrative": text, "region_code": "3203", "perpetrator_org": "unicef",
        "consent": {"referral": True, "contact": False, "share_with_org": True}}, timeout=30)
    assert response.status_code == 202, response.text
    return response.json()["reference"]


def _topics_of(references: set[str], *, want: dict[str, set[str]], timeout: float = 240) -> dict[str, set[str]]:
    """{reference: topics its events were seen on}, once each has been seen on at least the topics in `want`."""
    topics = [t for base in Topics.laned() for t in Topics.lanes(base)]
    consumer = KafkaConsumer(*topics, bootstrap_servers=KAFKA, auto_offset_reset="earliest", group_id=None,
                             enable_auto_commit=False, consumer_timeout_ms=1000)
    seen: dict[str, set[str]] = {r: set() for r in references}
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not all(want[r] <= seen[r] for r in references):
            for record in consumer:
                key = record.key.decode() if record.key else ""
                if key in seen:
                    seen[key].add(record.topic)
    finally:
        consumer.close()
    return seen


def test_an_urgent_child_report_takes_the_priority_lane_of_every_stream_and_a_routine_one_does_not():
    marker = uuid.uuid4().hex[:8]
    urgent, routine = _report(URGENT.format(marker=marker)), _report(ROUTINE.format(marker=marker))
    lanes = {base: Topics.priority(base) for base in Topics.laned()}
    seen = _topics_of({urgent, routine}, want={urgent: set(lanes.values()), routine: set(lanes)})
    assert seen[urgent] == set(lanes.values()), seen[urgent]  # report, triage and case events: all priority
    assert seen[routine] == set(lanes), seen[routine]  # all routine

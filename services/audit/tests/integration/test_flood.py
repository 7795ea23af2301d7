"""A flood through Kafka into a service of its own (own topics, group and database), killed with -9 midway."""
from __future__ import annotations

import json
import uuid

import pytest
from kafka.admin import KafkaAdminClient

from pseah.common.events import Topics, new_event
from pseah.common.kafka import ensure_topics

from .conftest import BOOTSTRAP, Service, _free_port, wait_for

pytestmark = pytest.mark.integration

REPORTS, EVENTS_PER_REPORT = 250, 12  # 3,000 events, the audit trail of 250 reports


@pytest.fixture()
def flood_service(tmp_path, mongo_client):
    suffix = uuid.uuid4().hex[:8]
    topics = [f"pseah-itest-{suffix}.{name}" for name in ("reports", "cases", "access")]
    ensure_topics(bootstrap=BOOTSTRAP, topics=topics)
    service = Service(database=f"pseah_test_audit_flood_{suffix}", port=_free_port(), log=tmp_path / "audit.log",
                      topics=topics)
    try:
        service.start()
        yield service
    finally:
        service.stop()
        service.forget_group()
        mongo_client.drop_database(service.database)
        admin = KafkaAdminClient(bootstrap_servers=BOOTSTRAP, client_id="pseah-audit-itest")
        try:
            admin.delete_topics([*topics, *(Topics.dead_letter(t) for t in topics)])
        except Exception:  # noqa: BLE001 - best-effort tidying, never a test failure
            pass
        finally:
            admin.close()


def _flood(topics: list[str]):
    """(topic, event) of REPORTS reports, their events interleaved as in a flood; per report in journey order."""
    events = []
    for step in range(EVENTS_PER_REPORT):
        for n in range(REPORTS):
            reference = f"PSEAH-F{n:07d}"
            events.append((topics[n % len(topics)], new_event(
                type=f"test.step{step:02d}.v1", source="pseah/test", subject=reference, actor="pseah/test",
                data={"reference": reference, "step": step})))
    return events


def _send(producer, events) -> None:
    for topic, event in events:
        producer.send(topic, key=event.key, value=event.to_bytes())
    producer.flush(timeout=60)


def _recorded(mongo_client, database: str) -> list[dict]:
    return list(mongo_client[database]["audit_entries"].find({}, {"_id": False, "event_id": True, "seq": True,
                                                                  "subject": True, "type": True}))


def test_a_flood_killed_midway_loses_nothing_and_doubles_nothing(flood_service, producer, mongo_client):
    events = _flood(flood_service.topics)
    half = len(events) // 2
    _send(producer, events[:half])
    # Killed while it appends: some of the first half recorded, not all of it.
    assert wait_for(lambda: len(_recorded(mongo_client, flood_service.database)) >= 100, interval=0.05)
    flood_service.kill()
    _send(producer, events[half:])  # while it is down
    flood_service.start(from_end=False)  # from its committed offsets, as after a crash

    ids = {event.id for _, event in events}
    assert wait_for(lambda: {e["event_id"] for e in _recorded(mongo_client, flood_service.database)} >= ids,
                    timeout=300)
    recorded = _recorded(mongo_client, flood_service.database)
    assert len(recorded) == len(events) and {e["event_id"] for e in recorded} == ids
    assert sorted(e["seq"] for e in recorded) == list(range(1, len(events) + 1))

    verified = flood_service.cli("verify", "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout.strip().splitlines()[-1])["head_seq"] == len(events)
    # Every report's trail is whole and in its own order (one key, one partition: the journey's order).
    trail = flood_service.cli("trail", "PSEAH-F0000123")
    assert trail.returncode == 0, trail.stderr
    assert [line.split()[1] for line in trail.stdout.strip().splitlines()] == \
        [f"test.step{step:02d}.v1" for step in range(EVENTS_PER_REPORT)]

"""Counts from real Kafka into FerretDB: once per event, through redelivery and a crash mid-count."""
from __future__ import annotations

import secrets
import time

import httpx
import pytest

from pseah.common.events import EventTypes, Topics, new_event
from pseah.common.kafka import publish

from .conftest import demo_token, wait_for

pytestmark = pytest.mark.integration


def _tag() -> str:
    # A channel label no other producer uses, so the counts under it are this test's alone.
    return "itest_" + secrets.token_hex(4)


def _triaged(channel: str, *, category: str = "sexual_exploitation"):
    reference = "PSEAH-T" + secrets.token_hex(4).upper()
    return new_event(type=EventTypes.REPORT_TRIAGED, source="pseah/triage", subject=reference,
                     data={"reference": reference, "channel": channel, "category": category, "priority": "high",
                           "region_code": "32.03.12", "org_id": "unicef", "sealed": {"narrative": "x"}})


def _counter(mongo_client, database, key):
    doc = mongo_client[database]["counters"].find_one({"_id": key})
    return doc["count"] if doc else 0


def _settled(mongo_client, database, events) -> bool:
    facts = mongo_client[database]["counted_events"]
    return facts.count_documents({"_id": {"$in": [e.id for e in events]}, "applied": True}) == len(events)


def test_counts_increase_once_per_event_even_when_redelivered(analytics_service, producer, mongo_client):
    db = analytics_service.database
    channel = _tag()
    events = [_triaged(channel) for _ in range(6)]
    for event in events + events[:3]:  # the first three twice: a redelivery
        publish(producer, topic=Topics.TRIAGE, event=event)
    marker = _triaged(channel + "_end")
    publish(producer, topic=Topics.TRIAGE, event=marker)
    assert wait_for(lambda: _settled(mongo_client, db, [*events, marker]))
    # Redeliveries of the first three may come after the marker (other partitions): give them a moment.
    time.sleep(1.0)
    assert _counter(mongo_client, db, f"reports|channel|{channel}") == 6
    assert mongo_client[db]["counted_events"].count_documents({"_id": {"$in": [e.id for e in events]}}) == 6
    # The other dimensions of the same events moved too (the test database saw only this test and
    # whatever the suite triaged meanwhile, hence at least).
    assert _counter(mongo_client, db, "reports|region|32") >= 7
    assert _counter(mongo_client, db, "reports|org_type|un") >= 7

    assigned = new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject=events[0].subject,
                         data={"reference": events[0].subject, "org_id": "pmi", "priority": "critical"})
    publish(producer, topic=Topics.CASES, event=assigned)
    publish(producer, topic=Topics.CASES, event=assigned)
    assert wait_for(lambda: _settled(mongo_client, db, [assigned]))
    assert _counter(mongo_client, db, "assignments|org_type|red_cross") >= 1
    assert "case" not in str(mongo_client[db]["counters"].find_one({"_id": "assignments|org_type|red_cross"}))


def test_a_count_interrupted_mid_way_is_settled_by_recounting(analytics_service, producer, mongo_client):
    db = analytics_service.database
    channel = _tag()
    event = _triaged(channel)
    # What a crash after step 1 leaves: the fact recorded, its counters maybe not, not marked applied.
    mongo_client[db]["counted_events"].insert_one({"_id": event.id, "metric": "reports", "channel": channel,
                                                  "category": "sexual_exploitation", "priority": "high",
                                                  "region": "32", "org_type": "un", "month": "2024-01",
                                                  "applied": False})
    publish(producer, topic=Topics.TRIAGE, event=event)  # the redelivery after the restart
    assert wait_for(lambda: _settled(mongo_client, db, [event]))
    assert _counter(mongo_client, db, f"reports|channel|{channel}") == 1
    assert _counter(mongo_client, db, "reports|month|2024-01") >= 1


def test_stats_are_for_the_coordinator_and_suppressed(analytics_service, producer, mongo_client):
    db = analytics_service.database
    channel = _tag()
    events = [_triaged(channel, category="sexual_abuse") for _ in range(2)]
    for event in events:
        publish(producer, topic=Topics.TRIAGE, event=event)
    assert wait_for(lambda: _settled(mongo_client, db, events))
    url = f"http://127.0.0.1:{analytics_service.port}/v1/stats"

    assert httpx.get(url, params={"by": "channel"}, timeout=10).status_code == 401
    try:
        coordinator = demo_token("coordinator")
        focal_point = demo_token("focal_point")
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"Keycloak demo logins unavailable: {type(exc).__name__}")
    forbidden = httpx.get(url, params={"by": "channel"}, headers={"Authorization": f"Bearer {focal_point}"},
                          timeout=10)
    assert forbidden.status_code == 403

    response = httpx.get(url, params={"by": "channel"}, headers={"Authorization": f"Bearer {coordinator}"},
                         timeout=10)
    assert response.status_code == 200, response.text
    body = response.json()
    cells = {c["value"]: c["count"] for c in body["cells"]}
    assert cells[channel] == "<5"  # two reports: never shown as 2
    assert all(isinstance(n, str) or n >= 5 for n in cells.values())
    assert "PSEAH-" not in response.text
    bad = httpx.get(url, params={"by": "category", "metric": "assignments"},
                    headers={"Authorization": f"Bearer {coordinator}"}, timeout=10)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid"

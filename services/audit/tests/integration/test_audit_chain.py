"""Events published to the real Kafka land once each in the chain; verify, trail, export and tamper."""
from __future__ import annotations

import json
import secrets
import time

import httpx
import pytest

from pseah.common.events import EventTypes, Topics, new_event
from pseah.common.kafka import publish

from .conftest import demo_token, wait_for

pytestmark = pytest.mark.integration

SECRET = "narrative that must never reach the audit log"


def _reference() -> str:
    return "PSEAH-T" + secrets.token_hex(4).upper()


def _journey(reference: str):
    """The events of one case, in order, as the services publish them."""
    return [
        (Topics.REPORTS, new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject=reference,
                                   actor="anonymous-reporter",
                                   data={"reference": reference, "channel": "web", "region_code": "32.03",
                                         "consent": {"referral": True, "contact": False, "share_with_org": True},
                                         "sealed": {"ciphertext": SECRET, "narrative": SECRET}})),
        (Topics.TRIAGE, new_event(type=EventTypes.REPORT_TRIAGED, source="pseah/triage", subject=reference,
                                  actor="pseah/triage",
                                  data={"reference": reference, "category": "sexual_exploitation",
                                        "priority": "high", "sealed": {"reasons": SECRET}})),
        (Topics.CASES, new_event(type=EventTypes.CASE_ASSIGNED, source="pseah/referral", subject=reference,
                                 actor="pseah/referral",
                                 data={"reference": reference, "org_id": "unicef", "priority": "high",
                                       "assignee": {"username": "fp.unicef", "email": "fp@unicef.example",
                                                    "role": "focal_point"}})),
        (Topics.NOTIFICATIONS, new_event(type=EventTypes.NOTIFICATION_SENT, source="pseah/notification",
                                         subject=reference, actor="pseah/notification",
                                         data={"reference": reference, "channel": "email"})),
        (Topics.ACCESS, new_event(type=EventTypes.CASE_CONTENT_READ, source="pseah/portal", subject=reference,
                                  actor="fp.unicef", data={"reference": reference, "actor": "fp.unicef",
                                                           "fields": ["narrative"], "via": "portal"})),
    ]


def _publish_in_order(producer, events):
    # Waiting for each acknowledgement keeps the order across topics (the log's order is arrival order).
    for topic, event in events:
        publish(producer, topic=topic, event=event)
        time.sleep(0.05)


def _entries(mongo_client, database, reference):
    return list(mongo_client[database]["audit_entries"].find({"subject": reference}, {"_id": False}).sort("seq", 1))


def _mine(entries, events):
    # The running suite reacts to these events too (triage, referral publish their own for the same
    # reference), so the assertions are about the events this test published.
    ids = {event.id for _, event in events}
    return [e for e in entries if e["event_id"] in ids]


def test_each_event_is_recorded_once_verified_and_traceable(audit_service, producer, mongo_client):
    reference = _reference()
    events = _journey(reference)
    _publish_in_order(producer, events)
    # Redelivery: the very same events again (same ids), as a producer retry or a replay would.
    _publish_in_order(producer, events[:2])
    expected_types = [event.type for _, event in events]

    wait_for(lambda: len(_mine(_entries(mongo_client, audit_service.database, reference), events)) >= 5)
    marker = [(Topics.REPORTS, new_event(type="test.marker.v1", source="pseah/test", subject=reference))]
    _publish_in_order(producer, marker)
    # Once the marker is in (same partition as the duplicates: same key), the duplicates were handled.
    wait_for(lambda: any(e["type"] == "test.marker.v1"
                         for e in _entries(mongo_client, audit_service.database, reference)))
    entries = _mine(_entries(mongo_client, audit_service.database, reference), events)
    assert [e["type"] for e in entries] == expected_types
    assert sorted(e["event_id"] for e in entries) == sorted(event.id for _, event in events)
    assert SECRET not in json.dumps(entries) and "fp@unicef.example" not in json.dumps(entries)
    assert entries[0]["metadata"]["consent"]["referral"] is True
    # Every topic the journey used (Topics.all() also holds the priority lanes, which it does not use).
    assert {e["topic"] for e in entries} == {topic for topic, _ in events}

    verified = audit_service.cli("verify")
    assert verified.returncode == 0, verified.stderr
    assert "intact" in verified.stdout

    trail = audit_service.cli("trail", reference)
    assert trail.returncode == 0, trail.stderr
    lines = trail.stdout.strip().splitlines()
    recorded = [line.split()[1] for line in lines]
    # Oldest first: this test's events appear in the order they were published.
    positions = [recorded.index(t) for t in expected_types]
    assert positions == sorted(positions), recorded
    assert recorded[-1] == "test.marker.v1"
    assert any(line.split()[1:] == ["case.content.read.v1", "fp.unicef"] for line in lines)
    assert SECRET not in trail.stdout


def test_export_verifies_offline_and_tampering_is_named(audit_service, producer, mongo_client, tmp_path):
    reference = _reference()
    _publish_in_order(producer, _journey(reference)[:3])
    entries = wait_for(lambda: len(_entries(mongo_client, audit_service.database, reference)) >= 3 and
                       _entries(mongo_client, audit_service.database, reference))
    assert len(entries) >= 3
    # A bundle holds what a signed checkpoint covers: wait for the one after these entries (one a second here).
    assert wait_for(lambda: _signed_size(mongo_client, audit_service.database) >= entries[-1]["seq"])

    exported = tmp_path / "audit.jsonl"
    result = audit_service.cli("export", "--output", str(exported))
    assert result.returncode == 0, result.stderr
    offline = audit_service.cli("verify", "--bundle", str(exported))
    assert offline.returncode == 0, offline.stderr

    victim = entries[1]
    collection = mongo_client[audit_service.database]["audit_entries"]
    collection.update_one({"seq": victim["seq"]}, {"$set": {"actor": "someone-else"}})
    try:
        broken = audit_service.cli("verify", "--json")
        assert broken.returncode == 1
        summary = json.loads(broken.stdout.strip().splitlines()[-1])
        assert summary["bad_seq"] == victim["seq"] and "changed" in summary["reason"]
        # The export taken before the tampering still verifies: it is what an outside holder keeps.
        assert audit_service.cli("verify", "--bundle", str(exported)).returncode == 0
    finally:
        collection.update_one({"seq": victim["seq"]}, {"$set": {"actor": victim["actor"]}})
    assert audit_service.cli("verify").returncode == 0


def _signed_size(mongo_client, database) -> int:
    return (mongo_client[database]["audit_checkpoint"].find_one({"_id": "head"}) or {}).get("signed_size") or 0


def test_a_removed_last_entry_is_caught_by_the_checkpoint(audit_service, producer, mongo_client):
    reference = _reference()
    _publish_in_order(producer, _journey(reference)[:1])
    entries = wait_for(lambda: _entries(mongo_client, audit_service.database, reference))
    collection = mongo_client[audit_service.database]["audit_entries"]
    last = collection.find_one({}, {"_id": False}, sort=[("seq", -1)])
    collection.delete_one({"seq": last["seq"]})
    try:
        broken = audit_service.cli("verify")
        assert broken.returncode == 1
        assert f"seq {last['seq']}" in broken.stderr
    finally:
        collection.insert_one(last)
    assert entries and audit_service.cli("verify").returncode == 0


def test_the_read_api_serves_auditors_metadata_only(audit_service, producer, mongo_client):
    reference = _reference()
    _publish_in_order(producer, _journey(reference)[:1])
    assert wait_for(lambda: _entries(mongo_client, audit_service.database, reference))
    base = f"http://127.0.0.1:{audit_service.port}/v1/audit"

    anonymous = httpx.get(f"{base}/entries", timeout=5)
    assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "missing_token"
    auditor = {"Authorization": f"Bearer {demo_token('auditor')}"}
    focal_point = {"Authorization": f"Bearer {demo_token('focal_point')}"}
    assert httpx.get(f"{base}/entries", headers=focal_point, timeout=10).status_code == 403

    listed = httpx.get(f"{base}/entries", params={"subject": reference, "limit": 10}, headers=auditor, timeout=10)
    assert listed.status_code == 200, listed.text
    assert [e["type"] for e in listed.json()][:1] == ["report.received.v1"]
    assert SECRET not in listed.text and "sealed" not in listed.text
    verified = httpx.get(f"{base}/verify", headers=auditor, timeout=30)
    assert verified.status_code == 200 and verified.json()["status"] == "intact"
    # Pages of the whole chain in seq order, read through the seq look-ups, agree with the entries stored.
    stored = [e["seq"] for e in mongo_client[audit_service.database]["audit_entries"].find({}, {"seq": True})]
    first = httpx.get(f"{base}/entries", params={"limit": 2}, headers=auditor, timeout=10).json()
    after = httpx.get(f"{base}/entries", params={"after": first[-1]["seq"], "limit": 2}, headers=auditor,
                      timeout=10).json()
    assert [e["seq"] for e in first + after] == sorted(stored)[:len(first) + len(after)]
    assert len(first) == min(2, len(stored))


def test_a_restart_resumes_the_chain_without_losing_what_came_meanwhile(audit_service, producer, mongo_client):
    before = audit_service.cli("verify", "--json")
    assert before.returncode == 0
    head_seq = json.loads(before.stdout.strip().splitlines()[-1])["head_seq"]
    audit_service.stop()
    reference = _reference()
    events = _journey(reference)[:2]
    _publish_in_order(producer, events)  # while the service is down
    audit_service.start(from_end=False)  # from its committed offsets, as after a crash
    assert wait_for(lambda: len(_mine(_entries(mongo_client, audit_service.database, reference), events)) == 2)
    entries = _mine(_entries(mongo_client, audit_service.database, reference), events)
    assert all(e["seq"] > head_seq for e in entries)
    after = audit_service.cli("verify", "--json")
    assert after.returncode == 0, after.stderr
    assert json.loads(after.stdout.strip().splitlines()[-1])["head_seq"] >= head_seq + 2

"""A new case and its first consent Kafka first, through the real referral worker, Kafka and FerretDB: their events
are published before the inserts (pseah.common.outbox.publish_first), so both are stored owing nothing (no event
kept, no outbox marker announced). A redelivered report.triaged.v1 publishes them again before it finds the case
(the outbox published nothing then): under the same ids, which consumers keep once."""
import time
import uuid

import pymongo
import pytest

from pseah.common.events import EventTypes, effect_id, new_event
from pseah.common.outbox import OWED

pytestmark = pytest.mark.integration
MONGO = "mongodb://127.0.0.1:27017"


def _triaged(reference: str):
    return new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "sms", "region_code": "3203", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
        "confidence": 0.7, "org_id": "unicef", "route": "focal_point", "survivor_services": True, "services": [],
        "consent": {"referral": False, "contact": False, "share_with_org": True},
        "deadlines": [{"kind": "acknowledgement", "due_at": "2030-01-02T03:00:00+00:00"}],
        "sealed": {"narrative": "v1.c2VhbGVk", "reasons": "v1.cmVhc29ucw"}})


def test_a_new_case_and_its_consent_are_stored_owing_nothing_and_a_redelivery_repeats_the_same_ids(
        referral, producer, read_events):
    triage_topic, cases_topic = referral["topics"]
    reference = "PSEAH-K" + uuid.uuid4().hex[:8].upper()
    triaged = _triaged(reference)
    producer.send(triage_topic, key=reference.encode(), value=triaged.to_bytes()).get(timeout=10)
    producer.send(triage_topic, key=reference.encode(), value=triaged.to_bytes()).get(timeout=10)  # redelivered
    events = read_events(cases_topic, reference=reference, wait=60, want=4)
    ids = {(e["type"], e["id"]) for e in events}
    assert (EventTypes.CASE_ASSIGNED, effect_id(triaged.id, EventTypes.CASE_ASSIGNED)) in ids
    assert {t for t, _ in ids} == {EventTypes.CASE_ASSIGNED, EventTypes.CONSENT_RECORDED}
    assert len(events) == 4 and len(ids) == 2  # sent again before the insert found the case: the same two ids
    with pymongo.MongoClient(MONGO) as client:
        db = client[referral["env"]["PSEAH_REFERRAL_DATABASE"]]
        deadline = time.monotonic() + 30
        while (db["cases"].find_one({"_id": reference}) is None
               or db["consents"].find_one({"_id": reference}) is None):
            assert time.monotonic() < deadline, "the case or its consent was never stored"
            time.sleep(0.2)
        for collection in ("cases", "consents"):
            stored = db[collection].find_one({"_id": reference})
            assert not stored.get("pending_events") and not stored.get("has_pending"), collection
            assert db[OWED].find_one({"_id": f"{collection}:{reference}"}) is None, collection

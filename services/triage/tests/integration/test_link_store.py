"""The fingerprint groups on the real FerretDB: small documents whatever the volume, old entries forgotten."""
from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import mongoengine
import pymongo
import pytest

from pseah.common import mongo
from pseah.common.settings import CommonSettings
from pseah.triage.links import service
from pseah.triage.links.fingerprint import Hasher, fingerprint
from pseah.triage.links.models import FingerprintBucket
from pseah.triage.links.similarity import LinkPolicy

pytestmark = pytest.mark.integration
HASHER = Hasher(b"integration-fingerprint-key-32by")
NOW = datetime.now(UTC).replace(second=0, microsecond=0)


@pytest.fixture
def store():
    settings = CommonSettings()
    name = f"pseah_test_triage_links_{uuid.uuid4().hex[:8]}"
    mongo.connect(uri=settings.mongo_uri, db=name)
    FingerprintBucket._collection = None  # another test module may have bound the class to its own database
    try:
        yield
    finally:
        FingerprintBucket._collection = None
        mongoengine.disconnect()
        with pymongo.MongoClient(settings.mongo_uri) as client:
            client.drop_database(name)


def _fp(n: int, *, days_ago: float = 0):
    at = NOW - timedelta(days=days_ago)
    return fingerprint(hasher=HASHER, reference=f"PSEAH-L{n:07d}", received_at=at, org_id="wvi", region_code="3203",
                       narrative=f"Petugas distribusi nomor {n} meminta foto anak perempuan tetangga di Gasol {n}")


def test_a_group_keeps_only_its_latest_fingerprints(store):
    policy = LinkPolicy(group_size=5)
    for n in range(8):
        service.register(fingerprint=_fp(n))
    found = service.candidates(fingerprint=_fp(99), policy=policy)
    assert sorted(f.reference for f in found) == [f"PSEAH-L{n:07d}" for n in range(3, 8)]  # the latest 5
    for n in range(8, 5 + service.TRIM_SLACK):
        service.register(fingerprint=_fp(n))
    service.candidates(fingerprint=_fp(99), policy=policy)  # a reader finds the group over the slack: one cut
    group = FingerprintBucket._get_collection().find_one({"_id": "org:wvi"})
    assert len(group["e"]) == 5


def test_a_redelivered_fingerprint_counts_once_and_never_links_with_itself(store):
    one = _fp(1)
    service.register(fingerprint=one)
    service.register(fingerprint=one)
    assert [f.reference for f in service.candidates(fingerprint=_fp(2))] == [one.reference]
    assert service.candidates(fingerprint=one) == []


def test_old_fingerprints_are_forgotten_and_outside_the_window_never_compared(store):
    service.register(fingerprint=_fp(1, days_ago=400))
    service.register(fingerprint=_fp(2, days_ago=30))
    service.register(fingerprint=_fp(3, days_ago=1))
    assert [f.reference for f in service.candidates(fingerprint=_fp(4))] == ["PSEAH-L0000003"]
    removed = service.prune(now=NOW, keep_days=180)
    assert removed == 2  # the 400-day-old one, from both of its groups
    group = FingerprintBucket._get_collection().find_one({"_id": "region:3203"})
    assert len(group["e"]) == 2


def test_a_poll_registers_its_fingerprints_at_once_and_its_reports_see_each_other_and_earlier_ones(store):
    """register_all and GroupReader (a poll of triage): one append per group, one read, and every pair that linking
    one report at a time finds is found (the reports of the poll also see each other, as two workers' might)."""
    earlier = _fp(1)
    service.register(fingerprint=earlier)
    poll = [replace(_fp(1), reference="PSEAH-L0000101"), _fp(2), _fp(3)]  # the first: a report sent again
    service.register_all(fingerprints=poll)
    reader = service.GroupReader(fingerprints=poll)
    pairs = {tuple(sorted((link.newer, link.older))) for fp in poll for link in reader.related(fp)}
    assert ("PSEAH-L0000001", "PSEAH-L0000101") in pairs  # the same wording as an earlier report
    for fp in poll:
        one_by_one = {tuple(sorted((link.newer, link.older))) for link in service.related(fingerprint=fp)}
        assert one_by_one <= pairs
    groups = {doc["_id"]: len(doc["e"]) for doc in FingerprintBucket._get_collection().find({})}
    assert groups == {"org:wvi": 4, "region:3203": 4}

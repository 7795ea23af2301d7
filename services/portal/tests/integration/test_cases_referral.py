"""Focal point pages against a real referral service (started here with its own database and topics),
real Keycloak logins, real Kafka for the access audit, real FerretDB for sessions and case keys."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import grpc
import pytest
from bson import Binary
from fastapi.testclient import TestClient
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient

from pseah.common.crypto import KeyFileWrapper, seal
from pseah.common.events import Topics, new_event
from pseah.common.kafka import ensure_topics
from pseah.portal.main import create_app

from .conftest import SECRETS, demo_user, drop_databases, free_port, keycloak_login, port_open

pytestmark = pytest.mark.integration
KAFKA = "127.0.0.1:9092"


@pytest.fixture(scope="module")
def referral(tmp_path_factory):
    if not (port_open(KAFKA) and port_open("127.0.0.1:27017") and port_open("127.0.0.1:8080")):
        pytest.skip("Kafka, FerretDB and Keycloak must be running (deploy/local/*.sh start)")
    if not (SECRETS / "demo-users.json").exists():
        pytest.skip("Keycloak demo users not generated yet")
    suffix = uuid.uuid4().hex[:8]
    env = {**os.environ, "PSEAH_REFERRAL_DATABASE": f"pseah_test_portal_referral_{suffix}",
           "PSEAH_REFERRAL_PORT": str(free_port()), "PSEAH_REFERRAL_GRPC_PORT": str(free_port()),
           "PSEAH_REFERRAL_APP_NAME": f"portal-test-referral-{suffix}",
           "PSEAH_REFERRAL_TRIAGE_TOPIC": f"test.portal.{suffix}.triage",
           "PSEAH_REFERRAL_CASES_TOPIC": f"test.portal.{suffix}.cases", "PSEAH_LOG_LEVEL": "WARNING",
           # faust's data directory of its own: var/data/faust may not exist, and the suite's must not be shared.
           "PSEAH_FAUST_DATADIR": str(tmp_path_factory.mktemp("faust"))}
    topics = [env["PSEAH_REFERRAL_TRIAGE_TOPIC"], env["PSEAH_REFERRAL_CASES_TOPIC"]]
    ensure_topics(bootstrap=KAFKA, topics=topics, partitions=2)
    ensure_topics(bootstrap=KAFKA, topics=[Topics.ACCESS])
    load = subprocess.run([sys.executable, "-c", "from pseah.referral.cli import directory_app; directory_app()",
                           "load-demo"], env=env, capture_output=True, text=True, timeout=60)
    assert load.returncode == 0, load.stderr[-2000:]
    log_path = Path(f"/tmp/portal-test-referral-{suffix}.log")
    log = log_path.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "pseah.referral"], env=env, stdout=log, stderr=subprocess.STDOUT)
    address = f"127.0.0.1:{env['PSEAH_REFERRAL_GRPC_PORT']}"
    try:
        channel = grpc.insecure_channel(address)
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, f"referral exited: {log_path.read_text()[-2000:]}"
            try:
                grpc.channel_ready_future(channel).result(timeout=1)
                break
            except grpc.FutureTimeoutError:
                assert time.monotonic() < deadline, f"referral gRPC not up: {log_path.read_text()[-2000:]}"
        channel.close()
        yield {"address": address, "triage_topic": topics[0]}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        drop_databases(env["PSEAH_REFERRAL_DATABASE"])
        admin = KafkaAdminClient(bootstrap_servers=KAFKA)
        try:
            admin.delete_topics([*topics, *(f"{t}.dlq" for t in topics)])
        except Exception:  # noqa: BLE001 - leftover test topics are harmless
            pass
        finally:
            admin.close()
        log_path.unlink(missing_ok=True)


@pytest.fixture
def keys(tmp_path):
    """A case-key store of the test's own, written the way pseah.common.crypto.KeyRing writes it."""
    import pymongo

    db = f"pseah_test_portal_keys_{uuid.uuid4().hex[:8]}"
    master = tmp_path / "master.key"
    wrapper = KeyFileWrapper(master)
    client = pymongo.MongoClient("mongodb://127.0.0.1:27017")

    def seal_for(reference: str, text: str) -> str:
        key = os.urandom(32)
        client[db]["case_keys"].insert_one({"_id": reference, "wrapped": Binary(wrapper.wrap(key, context=reference)),
                                            "created_at": datetime.now(UTC)})
        return seal(key, text, context=reference)

    try:
        yield {"db": db, "master": master, "seal": seal_for}
    finally:
        client.drop_database(db)
        client.close()


def _triaged(reference: str, *, org_id: str, sealed: dict) -> bytes:
    return new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "web", "region_code": "3203", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
        "confidence": 0.9, "org_id": org_id, "route": "focal_point", "survivor_services": True, "services": [],
        "consent": {"referral": True, "contact": False, "share_with_org": True},
        "deadlines": [{"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}], "sealed": sealed}).to_bytes()


def _access_events(reference: str, wait: float = 10.0) -> list[dict]:
    consumer = KafkaConsumer(Topics.ACCESS, bootstrap_servers=KAFKA, auto_offset_reset="earliest",
                             enable_auto_commit=False, group_id=None, consumer_timeout_ms=1000)
    found: list[dict] = []
    deadline = time.monotonic() + wait
    try:
        while time.monotonic() < deadline and not found:
            for record in consumer:
                event = json.loads(record.value)
                if event.get("subject") == reference:
                    found.append(event)
    finally:
        consumer.close()
    return found


def test_focal_point_sees_own_case_audited_and_another_orgs_case_is_404(referral, keys, portal_settings):
    suffix = uuid.uuid4().hex[:8].upper()
    own, other = f"PSEAH-U{suffix}", f"PSEAH-P{suffix}"
    narrative = f"<script>alert(1)</script> relawan meminta imbalan {suffix}"
    producer = KafkaProducer(bootstrap_servers=KAFKA, acks="all")
    try:
        producer.send(referral["triage_topic"], key=own.encode(),
                      value=_triaged(own, org_id="unicef", sealed={"narrative": keys["seal"](own, narrative)}))
        producer.send(referral["triage_topic"], key=other.encode(),
                      value=_triaged(other, org_id="pmi", sealed={"narrative": keys["seal"](other, "milik PMI")}))
        producer.flush(10)
    finally:
        producer.close()

    settings = portal_settings.model_copy(update={"referral_grpc": referral["address"], "keys_db": keys["db"],
                                                  "master_key_file": keys["master"]})
    username, password = demo_user("focal_point", "unicef")
    try:
        with TestClient(create_app(settings), raise_server_exceptions=False, follow_redirects=False) as portal:
            assert keycloak_login(portal, username=username, password=password).status_code == 303

            deadline = time.monotonic() + 40
            inbox = portal.get("/cases")
            while own not in inbox.text and time.monotonic() < deadline:
                time.sleep(0.5)
                inbox = portal.get("/cases")
            assert inbox.status_code == 200 and own in inbox.text, inbox.text[-1500:]
            assert other not in inbox.text

            # The other organisation's case answers exactly like a reference that does not exist.
            foreign = portal.get(f"/cases/{other}")
            unknown = portal.get(f"/cases/PSEAH-N{suffix}")
            assert foreign.status_code == unknown.status_code == 404
            assert "milik PMI" not in foreign.text

            page = portal.get(f"/cases/{own}")
            assert page.status_code == 200
            assert f"&lt;script&gt;alert(1)&lt;/script&gt; relawan meminta imbalan {suffix}" in page.text
            assert "<script>alert(1)</script>" not in page.text

            (event,) = _access_events(own)
            assert event["type"] == "case.content.read.v1" and event["source"] == "pseah/portal"
            assert event["data"] == {"reference": own, "actor": username, "org_id": "unicef", "role": "focal_point",
                                     "fields": ["narrative"], "via": "portal"}
            assert suffix not in json.dumps(event["data"]).replace(own, "")
            assert _access_events(other, wait=2) == []

            token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text).group(1)
            assert portal.post(f"/cases/{other}/acknowledge", data={"csrf_token": token}).status_code == 404
            acked = portal.post(f"/cases/{own}/acknowledge", data={"csrf_token": token})
            assert acked.status_code == 303
            after = portal.get(acked.headers["location"])
            # The status reads as a label, not the code.
            assert "Kasus sudah dikonfirmasi." in after.text and 'id="case-status">Dikonfirmasi diterima<' in after.text
    finally:
        drop_databases(settings.mongo_db)

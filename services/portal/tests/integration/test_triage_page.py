"""/triage against a real triage service (started here with its own database, topics and consumer group),
real Keycloak logins, real Kafka and FerretDB: the queue, confirm with CSRF, and a focal point refused."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pymongo
import pytest
from bson import Binary
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi.testclient import TestClient
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient

from pseah.common.crypto import KeyFileWrapper, seal
from pseah.common.events import CloudEvent, EventTypes, new_event
from pseah.common.kafka import ensure_topics, lane_partitions
from pseah.portal.config import PortalSettings
from pseah.portal.main import create_app

from .conftest import SECRETS, demo_user, drop_databases, free_port, keycloak_login, port_open

pytestmark = pytest.mark.integration
KAFKA = "127.0.0.1:9092"
MONGO = "mongodb://127.0.0.1:27017"
NARRATIVE = "Petugas posko sering bersiul dan berkomentar tentang tubuh saya waktu antre makanan di Cugenang."


@pytest.fixture(scope="module")
def triage_service(tmp_path_factory):
    if not (port_open(KAFKA) and port_open("127.0.0.1:27017") and port_open("127.0.0.1:8080")):
        pytest.skip("Kafka, FerretDB and Keycloak must be running (deploy/local/*.sh start)")
    suffix = uuid.uuid4().hex[:8]
    env = {**os.environ, "PSEAH_TRIAGE_DATABASE": f"pseah_test_portal_triage_{suffix}",
           "PSEAH_TRIAGE_KEYS_DATABASE": f"pseah_test_portal_triage_keys_{suffix}",
           "PSEAH_TRIAGE_PORT": str(free_port()), "PSEAH_TRIAGE_APP_NAME": f"portal-test-triage-{suffix}",
           "PSEAH_TRIAGE_REPORTS_TOPIC": f"test.portal.{suffix}.reports",
           "PSEAH_TRIAGE_TRIAGE_TOPIC": f"test.portal.{suffix}.triage",
           "PSEAH_TRIAGE_CASES_TOPIC": f"test.portal.{suffix}.cases",
           "PSEAH_TRIAGE_ACCESS_TOPIC": f"test.portal.{suffix}.access",
           "PSEAH_TRIAGE_FINGERPRINT_KEY_FILE": str(tmp_path_factory.mktemp("secrets") / "fingerprint-key"),
           "PSEAH_FAUST_DATADIR": str(tmp_path_factory.mktemp("faust")), "PSEAH_LOG_LEVEL": "WARNING"}
    topics = [env[f"PSEAH_TRIAGE_{k}_TOPIC"] for k in ("REPORTS", "TRIAGE", "CASES", "ACCESS")]
    ensure_topics(bootstrap=KAFKA, topics=topics, partitions=2)
    log_path = Path(f"/tmp/portal-test-triage-{suffix}.log")
    log = log_path.open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "pseah.triage"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{env['PSEAH_TRIAGE_PORT']}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, f"triage exited: {log_path.read_text()[-2000:]}"
            try:
                if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"triage not ready: {log_path.read_text()[-2000:]}"
            time.sleep(0.3)
        yield {"url": url, "env": env, "topics": topics}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()
        drop_databases(env["PSEAH_TRIAGE_DATABASE"], env["PSEAH_TRIAGE_KEYS_DATABASE"])
        admin = KafkaAdminClient(bootstrap_servers=KAFKA)
        try:
            admin.delete_topics([*topics, *(f"{t}.dlq" for t in topics)])
        except Exception:  # noqa: BLE001 - leftover test topics are harmless
            pass
        finally:
            admin.close()


def _report(service, narrative: str) -> str:
    """A report.received.v1 as intake publishes it: a case key in the triage's key store, the narrative sealed."""
    reference = "PSEAH-P" + uuid.uuid4().hex[:9].upper()
    key = AESGCM.generate_key(bit_length=256)
    wrapper = KeyFileWrapper(Path(os.environ.get("PSEAH_MASTER_KEY_FILE") or SECRETS / "master.key"))
    with pymongo.MongoClient(MONGO) as client:
        client[service["env"]["PSEAH_TRIAGE_KEYS_DATABASE"]].case_keys.insert_one(
            {"_id": reference, "wrapped": Binary(wrapper.wrap(key, context=reference)), "created_at": datetime.now(UTC)})
    event = new_event(type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject=reference,
                      actor="anonymous-reporter",
                      data={"reference": reference, "channel": "sms", "region_code": "3203",
                            "received_at": datetime.now(UTC).isoformat(),
                            "consent": {"referral": True, "contact": False, "share_with_org": True},
                            # Every sealed field intake writes (null when left out): triage refuses less.
                            "sealed": {"narrative": seal(key, narrative, context=reference), "contact": None,
                                       "perpetrator_description": None, "place_text": None,
                                       "perpetrator_org_text": None}})
    producer = KafkaProducer(bootstrap_servers=KAFKA, acks="all")
    producer.send(service["topics"][0], key=event.key, value=event.to_bytes()).get(15)
    producer.close()
    return reference


def _events(topic: str, *, until, timeout: float = 120) -> list[CloudEvent]:
    consumer = KafkaConsumer(bootstrap_servers=KAFKA, enable_auto_commit=False)
    partitions = lane_partitions(consumer, topic)  # both lanes: a critical case travels the priority one
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    found: list[CloudEvent] = []
    end = time.monotonic() + timeout
    try:
        while time.monotonic() < end:
            for records in consumer.poll(timeout_ms=500).values():
                found.extend(CloudEvent.from_bytes(r.value) for r in records)
            if until(found):
                return found
    finally:
        consumer.close()
    raise AssertionError(f"timed out reading {topic}")


@pytest.fixture
def portal_with_triage(need_mongo, triage_service):
    settings = PortalSettings(mongo_db=f"pseah_test_portal_{uuid.uuid4().hex[:10]}", secret_key="it-" + uuid.uuid4().hex,
                              environment="development", triage_url=triage_service["url"])
    try:
        with TestClient(create_app(settings), raise_server_exceptions=False, follow_redirects=False) as client:
            yield client
    finally:
        drop_databases(settings.mongo_db)


def _wait_listed(client: TestClient, reference: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        page = client.get("/triage?lang=en")
        assert page.status_code == 200, page.text[-500:]
        if reference in page.text:
            return page.text
        assert time.monotonic() < deadline, f"{reference} never listed on /triage"
        time.sleep(0.5)


def test_a_triage_officer_confirms_from_the_queue(portal_with_triage, triage_service, need_keycloak):
    client = portal_with_triage
    reference = _report(triage_service, NARRATIVE)
    username, password = demo_user("triage_officer")
    assert keycloak_login(client, username=username, password=password, next_path="/triage").status_code == 303
    page = _wait_listed(client, reference)
    assert f'action="/triage/{reference}/confirm"' in page and "bersiul" not in page  # the queue shows no content
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page).group(1)

    forged = client.post(f"/triage/{reference}/confirm", data={"action": "confirm", "csrf_token": "0" * 64})
    assert forged.status_code == 403

    detail = client.get(f"/triage/{reference}?lang=en")
    assert detail.status_code == 200 and "whistling" in detail.text  # the reasons, read through the triage API
    form = {"csrf_token": token, "action": "change", "reason": "Reporter named PMI on the phone.",
            "org_id": "pmi", "was_org_id": "", "priority": "medium", "was_priority": "medium"}
    done = client.post(f"/triage/{reference}/confirm", data=form)
    assert done.status_code == 303 and done.headers["location"] == f"/triage?done={reference}"
    assert f'id="item-{reference}"' not in client.get(f"/triage?done={reference}").text

    triage_topic, access_topic = triage_service["topics"][1], triage_service["topics"][3]
    confirmed = [e for e in _events(triage_topic, until=lambda ev: any(
        e.type == EventTypes.TRIAGE_CONFIRMED and e.subject == reference for e in ev))
        if e.type == EventTypes.TRIAGE_CONFIRMED and e.subject == reference][0]
    assert confirmed.actor == username and confirmed.data["org_id"] == "pmi"
    assert confirmed.data["route"] == "focal_point" and set(confirmed.data["changed"]) == {"org_id", "route"}
    reads = _events(access_topic, until=lambda ev: any(e.subject == reference for e in ev))
    assert any(e.type == EventTypes.CASE_CONTENT_READ and e.actor == username for e in reads)


def test_a_focal_point_is_refused_the_triage_page(portal_with_triage, triage_service, need_keycloak):
    client = portal_with_triage
    username, password = demo_user("focal_point", "unicef")
    keycloak_login(client, username=username, password=password, next_path="/cases")
    assert client.get("/triage").status_code == 403
    # The role guard answers before the form (and its CSRF token) is even read.
    assert client.post("/triage/PSEAH-ANYREF01/confirm", data={"action": "confirm"}).status_code == 403

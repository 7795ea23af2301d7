"""Provable erasure on the running suite: a random canary in a report's narrative, contact, place, an attachment, the
reporter's and the handler's messages and a triage officer's reason is readable through the services' own code before
the coordinator erases the case, and unreadable everywhere after:

- every store: each document of the suite's eight databases is read raw (pymongo) and searched for the canary in
  plain text; every sealed value that belongs to the case is tried with the key ring and with none does it open;
- every Kafka topic: each record of every pseah.* topic (dead letters and priority lanes too) from the beginning;
- a backup made after the erasure (`pseah ops backup`): its dumps hold no canary, no key of the case, and no key the
  backup holds (unwrapped with the master key sealed in it) opens any of the case's sealed values;
- the services: the portal shows the case as erased, intake and triage answer 410, never a 500;

while the case still counts in analytics and `pseah audit verify` passes. A focal point's attempt (API, portal, CLI)
is refused with 403 and an unknown reference with 404, and neither changes anything.
"""
from __future__ import annotations

import gzip
import html
import os
import re
import subprocess
import time
import uuid
from pathlib import Path

import httpx
import pytest
from bson import json_util
from kafka import KafkaConsumer, TopicPartition
from pymongo import MongoClient

from pseah.common import mongo
from pseah.common.crypto import KEYS_ALIAS, KeyFileWrapper, KeyRing, KeyUnavailable, open_sealed
from pseah.common.ops import sealedfile, store
from pseah.common.settings import CommonSettings

from .conftest import INTAKE, ROOT, token_for

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(1500)]

PSEAH = str(ROOT / ".venv/bin/pseah")
TRIAGE = os.environ.get("PSEAH_E2E_TRIAGE", "http://127.0.0.1:8002")
SETTINGS = CommonSettings()
# A sealed value (pseah.common.crypto.seal): "v1." and base64url; found inside documents and inside JSON strings.
SEALED = re.compile(r"(?<![A-Za-z0-9_.=-])v1\.[A-Za-z0-9_=-]{40,}")
PASSPHRASE = "an e2e passphrase, never a real one"


def pdf_with(text: str) -> bytes:
    """A one-page PDF whose page says `text` (an uncompressed content stream, so the bytes hold it)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def csrf_token(page_html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page_html)
    assert found, "no CSRF token in the page"
    return html.unescape(found.group(1))


def bearer(user: str, password: str) -> dict:
    return {"authorization": f"Bearer {token_for(user, password)}"}


def pseah(*args, env: dict | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([PSEAH, *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


class Blob:
    """A sealed value of the case and where it was found; `context` is what it was sealed for."""

    def __init__(self, where: str, token: str, context: str):
        self.where, self.token, self.context = where, token, context

    def open_with(self, key: bytes) -> bytes:
        return open_sealed(key, self.token, context=self.context)


def scan_store(reference: str, attachment_ids: set[str], canary: str) -> tuple[list[Blob], list[str]]:
    """Every document of the suite's databases, raw: the case's sealed values, and where the canary shows in clear."""
    blobs, clear = [], []
    client = MongoClient(SETTINGS.mongo_uri, serverSelectionTimeoutMS=10000)
    try:
        for db_name in store.SUITE_DATABASES:
            db = client[db_name]
            for name in db.list_collection_names():
                for doc in db[name].find({}, batch_size=500):
                    text = json_util.dumps(doc)
                    if canary in text:
                        clear.append(f"{db_name}.{name}:{doc.get('_id')}")
                    # The case's own documents; another case's (a linked report names this one) holds its own keys'.
                    context = None
                    if reference in (doc.get("_id"), doc.get("reference"), doc.get("subject")):
                        context = reference
                    elif name == "attachment_chunks" and doc.get("attachment_id") in attachment_ids:
                        context = f"{reference}/attachment/{doc['attachment_id']}/{doc['n']}"
                    if context is not None:
                        blobs += [Blob(f"{db_name}.{name}", t, context) for t in SEALED.findall(text)]
    finally:
        client.close()
    return blobs, clear


def scan_kafka(reference: str, canary: str) -> tuple[list[Blob], list[str], int]:
    """Every record of every pseah.* topic from the beginning: the case's sealed values and where the canary shows."""
    consumer = KafkaConsumer(bootstrap_servers=SETTINGS.kafka_bootstrap, enable_auto_commit=False,
                             consumer_timeout_ms=2000, max_partition_fetch_bytes=8 << 20)
    blobs, clear, read = [], [], 0
    try:
        topics = sorted(t for t in consumer.topics() if t.startswith("pseah."))
        parts = [TopicPartition(t, p) for t in topics for p in (consumer.partitions_for_topic(t) or ())]
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        ends = consumer.end_offsets(parts)
        wanted_key, raw_canary = reference.encode(), canary.encode()
        deadline = time.monotonic() + 600
        while any(consumer.position(tp) < end for tp, end in ends.items()) and time.monotonic() < deadline:
            for record in consumer:
                read += 1
                value = record.value or b""
                if raw_canary in value or raw_canary in (record.key or b""):
                    clear.append(f"{record.topic}:{record.partition}:{record.offset}")
                if record.key == wanted_key:  # every event of a case is keyed by its reference
                    blobs += [Blob(record.topic, t, reference) for t in SEALED.findall(value.decode("utf-8", "replace"))]
        assert all(consumer.position(tp) >= end for tp, end in ends.items()), "Kafka not read to its end"
    finally:
        consumer.close()
    return blobs, clear, read


def key_store_has(reference: str) -> bool:
    client = MongoClient(SETTINGS.mongo_uri, serverSelectionTimeoutMS=10000)
    try:
        return client[store.KEYS_DATABASE]["case_keys"].find_one({"_id": reference}, {"_id": 1}) is not None
    finally:
        client.close()


def analytics_facts(reference: str) -> dict | None:
    from pseah.analytics.readmodel.cases import case_key

    client = MongoClient(SETTINGS.mongo_uri, serverSelectionTimeoutMS=10000)
    try:
        return client["pseah_analytics"]["case_facts"].find_one({"_id": case_key(reference)})
    finally:
        client.close()


def counted(facts: dict | None) -> dict:
    """The report and assignment table cells the case counts in (analytics' own contribution of a case)."""
    from pseah.analytics.readmodel.cases import contribution

    return {cell: n for cell, n in contribution(facts or {}).items() if cell.startswith(("reports.", "assignments."))}


def trail(reference: str) -> str:
    done = pseah("audit", "trail", reference, timeout=120)
    return done.stdout if done.returncode == 0 else ""


@pytest.fixture
def key_ring():
    # The services' own key ring, on the suite's key store and master key.
    mongo.connect(uri=SETTINGS.mongo_uri, db=store.KEYS_DATABASE, alias=KEYS_ALIAS)
    yield KeyRing(KeyFileWrapper(SETTINGS.master_key_file))
    mongo.disconnect(KEYS_ALIAS)


def test_a_canary_is_readable_before_erasure_and_unreadable_everywhere_after(portal_login, demo_password, waiter,
                                                                               key_ring, tmp_path):
    canary = f"KANARI{uuid.uuid4().hex.upper()}"
    narrative = (f"Staf UNICEF di posko pengungsian Cianjur meminta saya berhubungan badan dengan imbalan beras. "
                 f"Kode {canary}.")
    accepted = httpx.post(f"{INTAKE}/v1/reports", timeout=30, json={
        "narrative": narrative, "contact": f"WA 0812 {canary}", "place_text": f"tenda {canary}",
        "perpetrator_org": "unicef", "region_code": "3203", "language": "id",
        "consent": {"referral": True, "contact": True, "share_with_org": True}})
    assert accepted.status_code == 202, accepted.text
    reference, receipt = accepted.json()["reference"], accepted.json()["receipt"]
    # A second report, never erased: the backup taken afterwards must still hold its key (on a fresh store the
    # canary's would otherwise be the only key, and an empty key file would prove nothing).
    control = httpx.post(f"{INTAKE}/v1/reports", timeout=30, json={
        "narrative": "Relawan di posko berkata kasar kepada para ibu saat pembagian beras.", "region_code": "3203"})
    assert control.status_code == 202, control.text
    assert httpx.post(f"{INTAKE}/v1/receipts/{receipt}/messages", json={"text": f"pesan {canary}"},
                      timeout=30).status_code == 202
    attached = httpx.post(f"{INTAKE}/v1/receipts/{receipt}/attachments", content=pdf_with(canary),
                          headers={"content-type": "application/pdf"}, timeout=30)
    assert attached.status_code == 201, attached.text
    attachment_id = attached.json()["id"]

    def receipt_status():
        return httpx.get(f"{INTAKE}/v1/receipts/{receipt}", timeout=30).json().get("status")

    waiter(lambda: receipt_status() in ("assigned", "acknowledged"), timeout=240, what="the case to be assigned")
    officer = bearer("triage-officer", demo_password)
    confirmed = httpx.post(f"{TRIAGE}/v1/triage/{reference}/confirmation", headers=officer, timeout=30,
                           json={"changes": {}, "reason": f"sesuai laporan {canary}"})
    assert confirmed.status_code in (200, 201), confirmed.text
    unicef = portal_login("fp-unicef")
    page = waiter(lambda: (r := unicef.get(f"/cases/{reference}")).status_code == 200 and canary in r.text and r,
                  timeout=120, what="the case page of UNICEF's focal point")
    replied = unicef.post(f"/cases/{reference}/messages", data={"csrf_token": csrf_token(page.text),
                                                              "text": f"balasan {canary}"})
    assert replied.status_code == 200, replied.text[:500]

    # ------------------------------------------------------------------ readable before, through the services
    coordinator = bearer("coordinator", demo_password)
    thread = waiter(lambda: (r := httpx.get(f"{INTAKE}/v1/cases/{reference}/messages", headers=coordinator,
                                           timeout=30)).status_code == 200 and len(r.json()["messages"]) == 2 and r,
                    timeout=60, what="both messages")
    assert all(canary in m["text"] for m in thread.json()["messages"])
    download = httpx.get(f"{INTAKE}/v1/cases/{reference}/attachments/{attachment_id}", headers=coordinator, timeout=30)
    assert download.status_code == 200 and canary.encode() in download.content
    decision = httpx.get(f"{TRIAGE}/v1/triage/{reference}", headers=officer, timeout=30)
    assert decision.status_code == 200 and canary in decision.json()["confirmation"]["reason"]
    boss = portal_login("coordinator")
    assert canary in boss.get(f"/cases/{reference}").text
    waiter(lambda: (f := analytics_facts(reference)) and f.get("confirmed") and f.get("assigned"), timeout=180,
           what="analytics to count the case with its confirmation and assignment")
    waiter(lambda: "triage.confirmed.v1" in trail(reference), timeout=120, what="the audit trail to reach triage")

    blobs_before, clear = scan_store(reference, {attachment_id}, canary)
    assert clear == [], f"the canary in clear in the store: {clear}"
    kafka_before, clear, records = scan_kafka(reference, canary)
    assert clear == [], f"the canary in clear on Kafka: {clear}"
    opened = {}
    for blob in blobs_before + kafka_before:
        opened.setdefault(blob.where, []).append(blob.open_with(key_ring.get(reference, fresh=True)))
    with_canary = {where for where, texts in opened.items() if any(canary.encode() in t for t in texts)}
    # Narrative and contact (report, referral's copy, the events), messages, the attachment, the officer's reason.
    assert {"pseah_intake.reports", "pseah_intake.messages", "pseah_intake.attachment_chunks",
            "pseah_triage.decisions", "pseah_referral.cases"} <= with_canary, with_canary
    assert any(w.startswith("pseah.reports.v1") for w in with_canary), with_canary
    assert any(w.startswith("pseah.triage.v1") for w in with_canary), with_canary
    counted_before = counted(analytics_facts(reference))
    assert any(cell.startswith("reports.category|") for cell in counted_before), counted_before

    # ------------------------------------------------------------------ refused attempts change nothing
    body = {"reason": "survivor_request", "decision": "E2E-ERASURE-1"}
    focal = bearer("fp-unicef", demo_password)
    assert httpx.post(f"{INTAKE}/v1/cases/{reference}/erasure", json=body, headers=focal,
                      timeout=30).status_code == 403
    page = unicef.get(f"/cases/{reference}")
    assert f'action="/cases/{reference}/erase"' not in page.text
    assert unicef.post(f"/cases/{reference}/erase", data={"csrf_token": csrf_token(page.text), "confirm": "yes",
                                                          "reason": "survivor_request"}).status_code == 403
    as_focal = pseah("case", "erase", reference, "--reason", "survivor_request", "--user", "fp-unicef",
                     env={"PSEAH_PASSWORD": demo_password})
    assert as_focal.returncode == 1 and "coordinator role" in as_focal.stderr, as_focal.stderr
    unknown = "PSEAH-00000000"
    assert httpx.post(f"{INTAKE}/v1/cases/{unknown}/erasure", json=body, headers=coordinator,
                      timeout=30).status_code == 404
    missing = pseah("case", "erase", unknown, "--reason", "survivor_request", "--user", "coordinator",
                    env={"PSEAH_PASSWORD": demo_password})
    assert missing.returncode == 1 and "no case" in missing.stderr, missing.stderr
    assert key_store_has(reference) and canary in boss.get(f"/cases/{reference}").text
    assert "case.erased.v1" not in trail(reference)

    # ------------------------------------------------------------------ the coordinator erases (the CLI, as in a runbook)
    erased = pseah("case", "erase", reference, "--reason", "survivor_request", "--decision", "E2E-ERASURE-1",
                   "--user", "coordinator", env={"PSEAH_PASSWORD": demo_password})
    assert erased.returncode == 0 and f"erased {reference}" in erased.stdout, erased.stdout + erased.stderr
    assert not key_store_has(reference)
    waiter(lambda: "case.erased.v1" in trail(reference), timeout=120, what="the audit log to record the erasure")
    assert "coordinator" in [line for line in trail(reference).splitlines() if "case.erased.v1" in line][0]
    again = pseah("case", "erase", reference, "--reason", "safety_risk", "--user", "coordinator",
                  env={"PSEAH_PASSWORD": demo_password})
    assert again.returncode == 0 and "erased already" in again.stdout

    # ------------------------------------------------------------------ the services: erased, 410, never a 500
    shown = boss.get(f"/cases/{reference}?lang=en")
    assert shown.status_code == 200 and "permanently erased" in shown.text and canary not in shown.text
    assert f'action="/cases/{reference}/erase"' not in shown.text
    for answer in (httpx.get(f"{INTAKE}/v1/receipts/{receipt}", timeout=30),
                   httpx.get(f"{INTAKE}/v1/cases/{reference}/messages", headers=coordinator, timeout=30),
                   httpx.get(f"{INTAKE}/v1/cases/{reference}/attachments/{attachment_id}", headers=coordinator,
                             timeout=30),
                   httpx.get(f"{TRIAGE}/v1/triage/{reference}", headers=officer, timeout=30)):
        assert answer.status_code == 410 and canary not in answer.text, (answer.request.url, answer.status_code)
    record = httpx.get(f"{INTAKE}/v1/cases/{reference}/erasure", headers=coordinator, timeout=30).json()
    assert (record["reason"], record["decision"], record["actor"]) == ("survivor_request", "E2E-ERASURE-1",
                                                                       "coordinator")

    # ------------------------------------------------------------------ every store and every topic: unreadable
    blobs_after, clear = scan_store(reference, {attachment_id}, canary)
    assert clear == [], f"the canary in clear in the store: {clear}"
    kafka_after, clear, records_after = scan_kafka(reference, canary)
    assert clear == [] and records_after >= records
    # Shredded, not deleted: the sealed values are still there (Kafka keeps every one) and none opens any more.
    assert {b.token for b in kafka_before} <= {b.token for b in kafka_after}
    assert len(blobs_after) + len(kafka_after) >= len(kafka_before) > 0
    for blob in blobs_after + kafka_after:
        with pytest.raises(KeyUnavailable):
            blob.open_with(key_ring.get(reference, fresh=True))

    # ------------------------------------------------------------------ a backup taken afterwards holds nothing of it
    backup = tmp_path / "backup"
    done = pseah("ops", "backup", "-o", str(backup), env={"PSEAH_BACKUP_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    dumps = sorted(backup.rglob("*.bson.gz"))
    assert dumps and not any(canary.encode() in gzip.decompress(p.read_bytes()) for p in dumps)
    key_files = sealedfile.open_files((backup / "keys.pseahkeys").read_bytes(), PASSPHRASE)
    wrapper = KeyFileWrapper(_write(tmp_path / "backup-master.key", key_files["master.key"]))
    backed_keys = {doc["_id"]: bytes(doc["wrapped"])
                   for doc in store.iter_bson(backup / "store" / store.KEYS_DATABASE / "case_keys.bson.gz")}
    assert control.json()["reference"] in backed_keys and reference not in backed_keys
    # With everything the backup holds, no key opens any of the case's sealed values: every case key in it, unwrapped
    # with the master key sealed beside it, is tried against each value.
    keys = [wrapper.unwrap(wrapped, context=ref) for ref, wrapped in backed_keys.items()]
    for blob in blobs_after + kafka_after:
        for key in keys:
            with pytest.raises(Exception):
                blob.open_with(key)

    # ------------------------------------------------------------------ still counted, the chain intact, no leak in logs
    assert counted(analytics_facts(reference)) == counted_before
    verify = pseah("audit", "verify", timeout=600)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    leaked = [p.name for p in (ROOT / "var/log").glob("*.log") if canary.encode() in p.read_bytes()]
    assert leaked == [], f"the canary in logs: {leaked}"


def _write(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    path.chmod(0o600)
    return path

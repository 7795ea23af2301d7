"""Signed checkpoints on the real servers: an insider's rewrite with recomputed hashes and a moved head record is
caught and named; a bundle verifies with nothing else reachable, and a tampered one does not; proofs and the key."""
from __future__ import annotations

import copy
import json
import secrets
import socket
import time

import httpx
import pytest

from pseah.audit.chain import checkpoints as cp
from pseah.audit.chain.ledger import Anchor, entry_hash, verify_entries
from pseah.audit.witness import read_checkpoints
from pseah.common.events import Topics, new_event
from pseah.common.kafka import publish

from .conftest import BOOTSTRAP, wait_for

pytestmark = pytest.mark.integration


def _closed_port() -> int:
    # Bound, never listened on, then released: nothing answers there for the few seconds the command runs.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _events(reference: str, count: int):
    return [new_event(type="case.assigned.v1", source="pseah/referral", subject=reference, actor="pseah/referral",
                      data={"reference": reference, "org_id": "unicef", "step": n}) for n in range(count)]


def _record(producer, events):
    for event in events:
        publish(producer, topic=Topics.CASES, event=event)
        time.sleep(0.02)


def _head(db) -> dict:
    return db["audit_checkpoint"].find_one({"_id": "head"}) or {}


def _head_covering(db, reference: str) -> int:
    """The head record's seq once it covers every entry of `reference`: the writer moves the head after a batch's
    entries are in (step 6 of pseah.audit.chain.service), so for a moment the entries are there and the head is not."""
    last = max(e["seq"] for e in db["audit_entries"].find({"subject": reference}, {"seq": True}))
    covered = wait_for(lambda: _head(db).get("seq", -1) >= last, timeout=60)
    assert covered, f"the head record never reached seq {last}: {_head(db)}"
    return _head(db)["seq"]


def _signed_past(audit_service, seq: int) -> list[dict]:
    """The checkpoints on the test's topic, once one covers `seq`."""
    def covered():
        records = read_checkpoints(bootstrap=BOOTSTRAP, topic=audit_service.checkpoint_topic,
                                   origin=f"pseah-audit:{audit_service.database}")
        return records if any(r["tree_size"] >= seq for r in records) else None
    return wait_for(covered, timeout=90, interval=1.0)


def _summary(result) -> dict:
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_an_insider_rewrite_with_recomputed_hashes_and_a_moved_head_is_named(audit_service, producer, mongo_client):
    reference = "PSEAH-I" + secrets.token_hex(4).upper()[:7]
    _record(producer, _events(reference, 6))
    db = mongo_client[audit_service.database]
    mine = wait_for(lambda: len(list(db["audit_entries"].find({"subject": reference}))) == 6 and
                    sorted(db["audit_entries"].find({"subject": reference}), key=lambda e: e["seq"]))
    assert mine
    head_seq = _head_covering(db, reference)
    records = _signed_past(audit_service, head_seq)
    assert records, "no signed checkpoint reached the topic"
    key = cp.load_private_key(audit_service.key_file).public_key()
    assert all(cp.signature_valid(key, r) for r in records)
    assert audit_service.cli("verify").returncode == 0

    # The insider: change one entry, recompute its hash and every later link, move the head record. The stored
    # Merkle tiles are left alone (the stored tree is what names the entry; see the unit tests for the blind case).
    # The writer is stopped first: the service reads the suite's topics, so other traffic (a `make bench` flood beside
    # the tests, fresh-clone run R4) would append past the forged tail while the insider works and break the chain
    # the test means to keep whole.
    audit_service.stop()
    victim_seq = mine[2]["seq"]
    originals = sorted(db["audit_entries"].find({"seq": {"$gte": victim_seq}}), key=lambda e: e["seq"])
    head_before = _head(db)
    forged, prev = [], None
    for entry in originals:
        doc = copy.deepcopy(entry)
        if doc["seq"] == victim_seq:
            doc["actor"] = "pseah/intake"  # who did it, rewritten to someone else
            doc["metadata"]["org_id"] = "wvi"
        if prev is not None:
            doc["prev_hash"] = prev
        doc["hash"] = entry_hash(doc)
        prev = doc["hash"]
        forged.append(doc)
    try:
        for doc in forged:
            db["audit_entries"].replace_one({"_id": doc["_id"]}, doc)
        db["audit_checkpoint"].update_one({"_id": "head"}, {"$set": {"seq": forged[-1]["seq"],
                                                                      "hash": forged[-1]["hash"]}})
        # The chain alone (and the moved head record) can no longer tell...
        stored = sorted(db["audit_entries"].find({}, {"_id": False}), key=lambda e: e["seq"])
        assert verify_entries(stored, anchors=[Anchor(seq=_head(db)["seq"], hash=_head(db)["hash"])]).ok
        # ...the signed checkpoints outside the store can, and the entry is named.
        broken = audit_service.cli("verify", "--json")
        assert broken.returncode == 1, broken.stdout + broken.stderr
        summary = _summary(broken)
        assert summary["bad_seq"] == victim_seq, summary
        assert "signed checkpoint" in summary["reason"]
        assert f"BROKEN at seq {victim_seq}" in audit_service.cli("verify").stderr
    finally:
        for entry in originals:
            db["audit_entries"].replace_one({"_id": entry["_id"]}, entry)
        db["audit_checkpoint"].update_one({"_id": "head"}, {"$set": {"seq": head_before["seq"],
                                                                      "hash": head_before["hash"]}})
        audit_service.start(from_end=False)
    restored = audit_service.cli("verify", "--json")
    assert restored.returncode == 0, restored.stderr
    assert _summary(restored)["signed_checkpoint"]["tree_size"] >= head_seq


def test_a_bundle_verifies_with_nothing_else_reachable_and_a_tampered_one_fails(audit_service, producer,
                                                                                mongo_client, tmp_path):
    reference = "PSEAH-B" + secrets.token_hex(4).upper()[:7]
    _record(producer, _events(reference, 4))
    db = mongo_client[audit_service.database]
    assert wait_for(lambda: db["audit_entries"].count_documents({"subject": reference}) == 4)
    _signed_past(audit_service, _head_covering(db, reference))
    bundle = tmp_path / "bundle.jsonl"
    exported = audit_service.cli("export", "--since", "2000-01-01T00:00:00", "-o", str(bundle))
    assert exported.returncode == 0, exported.stderr
    lines = [json.loads(line) for line in bundle.read_text().splitlines()]
    kinds = {line["kind"] for line in lines}
    assert kinds == {"bundle", "checkpoint", "proof", "entry"}
    assert reference in {line.get("subject") for line in lines}
    # Nothing else reachable: Kafka and the store pointed at closed ports, and no signing key file either.
    offline = {"PSEAH_KAFKA_BOOTSTRAP": f"127.0.0.1:{_closed_port()}",
               "PSEAH_MONGO_URI": f"mongodb://127.0.0.1:{_closed_port()}/?serverSelectionTimeoutMS=500",
               "PSEAH_AUDIT_SIGNING_KEY_FILE": str(tmp_path / "absent.pem")}
    pinned = tmp_path / "public.pem"
    pinned.write_text(httpx.get(f"http://127.0.0.1:{audit_service.port}/v1/audit/public-key", timeout=10).text)
    checked = audit_service.cli("verify", "--bundle", str(bundle), "--public-key", str(pinned), "--json", env=offline)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    summary = _summary(checked)
    assert summary["status"] == "intact" and summary["entries"] == sum(1 for line in lines if line["kind"] == "entry")

    # One entry's actor changed and its hash recomputed (and the links after it): the signed tree says no.
    entries = [i for i, line in enumerate(lines) if line["kind"] == "entry"]
    target = entries[len(entries) // 2]
    tampered_lines = copy.deepcopy(lines)
    tampered_lines[target]["actor"] = "someone-else"
    prev = None
    for i in entries:
        doc = tampered_lines[i]
        if i >= target:
            if prev is not None:
                doc["prev_hash"] = prev
            doc["hash"] = entry_hash({k: v for k, v in doc.items() if k != "kind"})
        prev = doc["hash"]
    tampered = tmp_path / "tampered.jsonl"
    tampered.write_text("".join(json.dumps(line) + "\n" for line in tampered_lines))
    refused = audit_service.cli("verify", "--bundle", str(tampered), "--json", env=offline)
    assert refused.returncode == 1 and _summary(refused)["status"] == "broken"
    # A forged checkpoint (root changed) is refused by its signature.
    forged_lines = copy.deepcopy(lines)
    checkpoint = next(line for line in forged_lines if line["kind"] == "checkpoint")
    checkpoint["root_hash"] = "0" * 64
    forged = tmp_path / "forged.jsonl"
    forged.write_text("".join(json.dumps(line) + "\n" for line in forged_lines))
    refused = audit_service.cli("verify", "--bundle", str(forged), "--json", env=offline)
    assert refused.returncode == 1 and "not signed" in _summary(refused)["reason"]


def test_prove_prints_verified_inclusion_proofs_and_the_key_is_public(audit_service, producer, mongo_client):
    reference = "PSEAH-P" + secrets.token_hex(4).upper()[:7]
    _record(producer, _events(reference, 3))
    db = mongo_client[audit_service.database]
    assert wait_for(lambda: db["audit_entries"].count_documents({"subject": reference}) == 3)
    _signed_past(audit_service, _head_covering(db, reference))
    proved = audit_service.cli("prove", reference)
    assert proved.returncode == 0, proved.stderr
    lines = [json.loads(line) for line in proved.stdout.splitlines()]
    assert len(lines) == 3 and all(line["verified"] is True and line["proof"] for line in lines)
    served = httpx.get(f"http://127.0.0.1:{audit_service.port}/v1/audit/public-key", timeout=10)
    assert served.status_code == 200
    key = cp.load_private_key(audit_service.key_file).public_key()
    assert served.text == cp.public_pem(key) and served.headers["x-key-id"] == lines[0]["key_id"]

"""`pseah ops backup` / `pseah ops restore` on the running suite: a report sent through intake comes back
from a restore into an empty namespace, its sealed narrative opens with the restored keys, and the restored
audit chain verifies with `pseah audit verify`."""
import json
import os
import subprocess
import time
import uuid
from pathlib import Path

import httpx
import pytest
from pymongo import MongoClient

from pseah.common.crypto import open_sealed
from pseah.common.settings import repo_root

pytestmark = pytest.mark.integration

ROOT = repo_root()
PSEAH = ROOT / ".venv/bin/pseah"
INTAKE = os.environ.get("PSEAH_INTAKE_URL", "http://127.0.0.1:8001")
PASSPHRASE = "a test passphrase, never a real one"


def pseah(*args, env_extra=None):
    # The passphrase goes through the environment, never argv (argv shows in ps).
    env = {**os.environ, "PSEAH_BACKUP_PASSPHRASE": PASSPHRASE, **(env_extra or {})}
    return subprocess.run([str(PSEAH), *args], env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture
def restored_prefix(settings):
    prefix = f"pseah_r{uuid.uuid4().hex[:8]}_"
    yield prefix
    client = MongoClient(settings.mongo_uri)
    for name in ("intake", "triage", "referral", "notification", "audit", "analytics", "portal", "keys"):
        client.drop_database(prefix + name)
    client.close()


def test_restore_into_an_empty_namespace_verifies_the_chain_and_opens_a_case(settings, tmp_path, restored_prefix):
    narrative = f"Fictional test report {uuid.uuid4().hex}: a distributor asked for a favour in exchange for aid."
    answer = httpx.post(f"{INTAKE}/v1/reports", json={"narrative": narrative}, timeout=30)
    assert answer.status_code == 202, answer.text
    reference = answer.json()["reference"]
    live = MongoClient(settings.mongo_uri)
    # Intake may commit the report and its key a moment after the 202 (group commit): wait for both.
    for _ in range(120):
        if live.pseah_intake.reports.find_one({"_id": reference}) and live.pseah_keys.case_keys.find_one({"_id": reference}):
            break
        time.sleep(0.5)
    live.close()

    backup_dir, keys_file = tmp_path / "backup", tmp_path / "apart" / "keys.pseahkeys"
    keys_file.parent.mkdir()
    done = pseah("ops", "backup", "-o", str(backup_dir), "--keys-out", str(keys_file))
    assert done.returncode == 0, done.stderr
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert {"pseah_intake", "pseah_keys", "pseah_audit"} <= set(manifest["databases"])
    assert "master.key" in manifest["key_files"]
    # The keys were kept apart: nothing in the data directory holds the master key's bytes.
    master = settings.master_key_file.read_bytes()
    assert not (backup_dir / "keys.pseahkeys").exists()
    assert all(master not in p.read_bytes() for p in backup_dir.rglob("*") if p.is_file())

    secrets = tmp_path / "restored-secrets"
    wrong = pseah("ops", "restore", str(backup_dir), "--keys", str(keys_file), "--secrets-dir", str(secrets),
                  "--db-prefix", restored_prefix, env_extra={"PSEAH_BACKUP_PASSPHRASE": "not the passphrase at all"})
    assert wrong.returncode == 1 and "passphrase" in wrong.stderr
    assert not secrets.exists()  # a refused restore writes nothing

    done = pseah("ops", "restore", str(backup_dir), "--keys", str(keys_file), "--secrets-dir", str(secrets),
                 "--db-prefix", restored_prefix)
    assert done.returncode == 0, done.stderr
    assert (secrets / "master.key").read_bytes() == master

    again = pseah("ops", "restore", str(backup_dir), "--keys", str(keys_file), "--secrets-dir", str(secrets),
                  "--db-prefix", restored_prefix)
    assert again.returncode == 2 and "not empty" in again.stderr  # never merged into a store that has data

    verified = pseah("audit", "verify", "--json", env_extra={"PSEAH_AUDIT_DATABASE": restored_prefix + "audit"})
    assert verified.returncode == 0, verified.stdout + verified.stderr
    summary = json.loads(verified.stdout)
    assert summary["entries"] == manifest["databases"]["pseah_audit"]["audit_entries"]["count"] > 0

    # Open the case from the restored copy only: restored report, restored wrapped key, restored master key.
    from pseah.common.crypto import KeyFileWrapper

    restored = MongoClient(settings.mongo_uri)
    report = restored[restored_prefix + "intake"].reports.find_one({"_id": reference})
    wrapped = restored[restored_prefix + "keys"].case_keys.find_one({"_id": reference})["wrapped"]
    restored.close()
    data_key = KeyFileWrapper(secrets / "master.key").unwrap(bytes(wrapped), context=reference)
    assert open_sealed(data_key, report["sealed"]["narrative"], context=reference).decode() == narrative


def test_restore_refuses_an_altered_backup(settings, tmp_path):
    backup_dir = tmp_path / "backup"
    done = pseah("ops", "backup", "-o", str(backup_dir), "-d", "pseah_keys")
    assert done.returncode == 0, done.stderr
    dump = backup_dir / "store/pseah_keys/case_keys.bson.gz"
    dump.write_bytes(dump.read_bytes() + b"\0")
    refused = pseah("ops", "restore", str(backup_dir), "--secrets-dir", str(tmp_path / "s"), "--db-prefix", "pseah_never_")
    assert refused.returncode == 1 and "altered" in refused.stderr


def test_passphrase_never_on_the_command_line():
    # The commands take no passphrase option at all, so it cannot end up in argv or shell history.
    for command in ("backup", "restore"):
        helptext = subprocess.run([str(PSEAH), "ops", command, "--help"], capture_output=True, text=True,
                                  env={**os.environ, "COLUMNS": "200"}).stdout
        assert "--passphrase-file" in helptext and "--passphrase " not in helptext

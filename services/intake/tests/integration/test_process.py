"""The service as it really runs: its own process, uvicorn on a port, JSON logs without reporter data."""
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

pytestmark = pytest.mark.integration


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_runs_as_a_process_and_logs_nothing_about_the_reporter(settings, tmp_path):
    port = free_port()
    env = {**os.environ, "PSEAH_INTAKE_PORT": str(port), "PSEAH_INTAKE_MONGO_DB": settings.mongo_db,
           "PSEAH_INTAKE_KEYS_DB": settings.keys_db, "PSEAH_INTAKE_CONSUMER_GROUP": settings.consumer_group,
           "PSEAH_MASTER_KEY_FILE": str(settings.master_key_file),
           "PSEAH_INTAKE_RECEIPT_KEY_FILE": str(settings.receipt_key_file)}
    log_path = tmp_path / "intake.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "pseah.intake"], env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    narrative = "Rahasia-korban-7731 dia memaksa saya"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.2)
        assert httpx.get(f"{base}/healthz").json() == {"status": "alive"}
        r = httpx.post(f"{base}/v1/reports", json={"narrative": narrative},
                       headers={"user-agent": "UA-marker-4242", "x-forwarded-for": "203.0.113.77"})
        assert r.status_code == 202
        assert "server" not in r.headers
        receipt = r.json()["receipt"]
        assert httpx.get(f"{base}/v1/receipts/{receipt}").status_code == 200
        assert httpx.get(f"{base}/v1/receipts/{'0' * 26}").status_code == 404
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
    logs = log_path.read_text()
    assert '"intake_started"' in logs or "intake_started" in logs
    for leaked in (narrative, receipt, "UA-marker-4242", "203.0.113.77", "GET /v1/receipts", "127.0.0.1:"
                   + str(port) + " -"):
        assert leaked not in logs

"""The public form through the real intake service (started here on a free port, with its own test databases)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import uuid

import httpx
import pytest

from .conftest import drop_databases, free_port, port_open

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def intake_url():
    if not port_open("127.0.0.1:27017"):
        pytest.skip("FerretDB is not running on 127.0.0.1:27017 (deploy/local/ferretdb.sh start)")
    port = free_port()
    suffix = uuid.uuid4().hex[:8]
    databases = [f"pseah_test_portal_intake_{suffix}", f"pseah_test_portal_keys_{suffix}"]
    env = {**os.environ, "PSEAH_INTAKE_PORT": str(port), "PSEAH_INTAKE_MONGO_DB": databases[0],
           "PSEAH_INTAKE_KEYS_DB": databases[1], "PSEAH_INTAKE_CONSUME_STATUS_EVENTS": "false",
           "PSEAH_LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen([sys.executable, "-m", "pseah.intake"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"intake exited: {proc.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail("intake did not start within 30 s")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        drop_databases(*databases)


@pytest.fixture
def portal_with_intake(intake_url, portal_settings):
    from fastapi.testclient import TestClient

    from pseah.portal.main import create_app

    settings = portal_settings.model_copy(update={"intake_url": intake_url})
    try:
        with TestClient(create_app(settings), raise_server_exceptions=False, follow_redirects=False) as client:
            yield client
    finally:
        drop_databases(settings.mongo_db)


def _csrf(client, path="/"):
    return re.search(r'name="csrf_token" value="([0-9a-f]+)"', client.get(path).text).group(1)


def test_report_through_real_intake_then_receipt_lookup_and_message(portal_with_intake):
    client = portal_with_intake
    marker = uuid.uuid4().hex[:8]
    page = client.post("/reports", data={
        "csrf_token": _csrf(client), "narrative": f"Relawan meminta imbalan {marker} <script>x</script>",
        "incident_date": "2024-05-01", "region_code": "32.03", "survivor_age_group": "adult",
        "perpetrator_org": "_other", "perpetrator_org_text": "Yayasan Contoh", "consent_referral": "yes",
        "reporter_role": "witness", "language": "id"})
    assert page.status_code == 200, page.text[:2000]
    reference = re.search(r'id="reference" class="code">([^<]+)<', page.text).group(1)
    receipt = re.search(r'id="receipt" class="code">([^<]+)<', page.text).group(1)
    assert reference.startswith("PSEAH-") and len(receipt) >= 8
    assert marker not in page.text  # the receipt page repeats nothing of the report

    status = client.post("/receipt", data={"csrf_token": _csrf(client, "/receipt"), "receipt": receipt})
    assert status.status_code == 200
    assert reference in status.text and "Diterima" in status.text

    sent = client.post("/receipt/messages", data={"csrf_token": _csrf(client, "/receipt"), "receipt": receipt,
                                                 "text": f"<b>pesan {marker}</b>"})
    assert sent.status_code == 200 and "Pesan Anda terkirim." in sent.text
    assert f"&lt;b&gt;pesan {marker}&lt;/b&gt;" in sent.text


def test_unknown_receipt_through_real_intake(portal_with_intake):
    client = portal_with_intake
    page = client.post("/receipt", data={"csrf_token": _csrf(client, "/receipt"), "receipt": "ZZZZ-ZZZZ-ZZZZ"})
    assert page.status_code == 404 and "Kode tidak ditemukan" in page.text


def test_intake_down_keeps_the_form(portal_settings):
    from fastapi.testclient import TestClient

    from pseah.portal.main import create_app

    settings = portal_settings.model_copy(update={"intake_url": f"http://127.0.0.1:{free_port()}"})
    try:
        with TestClient(create_app(settings), raise_server_exceptions=False) as client:
            page = client.post("/reports", data={"csrf_token": _csrf(client), "narrative": "tetap di sini"})
            assert page.status_code == 503 and "tetap di sini</textarea>" in page.text
    finally:
        drop_databases(settings.mongo_db)

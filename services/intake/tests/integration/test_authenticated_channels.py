"""Hotline operators and partner systems, with real tokens from the local Keycloak."""
import asyncio
import json
import uuid
from pathlib import Path

import pytest

from pseah.common.auth import fetch_client_token, fetch_password_token
from pseah.common.settings import repo_root

pytestmark = pytest.mark.integration

SECRETS = repo_root() / "var/secrets"


def _password() -> str:
    return (SECRETS / "demo-password").read_text().strip()


@pytest.fixture(scope="module")
def operator_token():
    return fetch_password_token("operator", _password())["access_token"]


@pytest.fixture(scope="module")
def other_role_token():
    return fetch_password_token("coordinator", _password())["access_token"]


@pytest.fixture(scope="module")
def partner_token():
    clients = json.loads(Path(SECRETS / "keycloak-clients.json").read_text())
    return fetch_client_token("partner-unicef", clients["partner-unicef"]["secret"])["access_token"]


def bearer(token):
    return {"authorization": f"Bearer {token}"}


async def test_operator_enters_a_call_on_someones_behalf(client, raw_db, reports_tail, operator_token,
                                                         other_role_token):
    report = {"narrative": "Penelepon: relawan meminta nomor HP anaknya.", "language": "id", "reporter_role": "witness"}
    assert (await client.post("/v1/operator/reports", json=report)).status_code == 401
    forbidden = await client.post("/v1/operator/reports", json=report, headers=bearer(other_role_token))
    assert forbidden.status_code == 403 and forbidden.json()["error"]["code"] == "forbidden"

    r = await client.post("/v1/operator/reports", json=report, headers=bearer(operator_token))
    assert r.status_code == 202, r.text
    ref = r.json()["reference"]
    doc = raw_db.reports.find_one({"_id": ref})
    assert doc["channel"] == "hotline" and doc["entered_on_behalf"] is True and doc["entered_by"] == "operator"
    events = await asyncio.to_thread(reports_tail.collect, key=ref)
    assert events[0]["value"]["data"]["channel"] == "hotline"
    assert events[0]["value"]["actor"] == "operator:operator"
    # The caller follows up with the receipt the operator read out, like any reporter.
    assert (await client.get(f"/v1/receipts/{r.json()['receipt']}")).json()["reference"] == ref


async def test_partner_retry_is_stored_once(client, raw_db, reports_tail, partner_token, operator_token):
    key = f"unicef-{uuid.uuid4()}"
    report = {"narrative": "Partner case: distribution volunteer demanded favours.", "perpetrator_org": "unicef"}
    headers = {**bearer(partner_token), "idempotency-key": key}
    first = await client.post("/v1/partner/reports", json=report, headers=headers)
    assert first.status_code == 202, first.text
    again = await client.post("/v1/partner/reports", json=report, headers=headers)
    assert again.status_code == 202
    assert again.json() == first.json()
    ref = first.json()["reference"]
    assert raw_db.reports.count_documents({}) == 1
    doc = raw_db.reports.find_one({"_id": ref})
    assert doc["channel"] == "partner_api" and doc["entered_by"] == "partner-unicef"
    assert first.json()["receipt"] not in json.dumps(list(raw_db.partner_submissions.find()), default=str)
    events = await asyncio.to_thread(reports_tail.collect, key=ref, count=2, timeout=3)
    assert len(events) == 1

    conflict = await client.post("/v1/partner/reports", json={**report, "narrative": "other"}, headers=headers)
    assert conflict.status_code == 409
    assert (await client.post("/v1/partner/reports", json=report, headers=bearer(partner_token))).status_code == 422
    user = await client.post("/v1/partner/reports", json=report,
                             headers={**bearer(operator_token), "idempotency-key": key + "x"})
    assert user.status_code == 403
    assert raw_db.reports.count_documents({}) == 1

"""One report through the whole suite: intake, triage, referral, notification, audit, analytics, portal."""
from __future__ import annotations

import email
import subprocess
import os
import uuid
from pathlib import Path
from email import policy

import httpx
import pymongo
import pytest

ROOT = Path(__file__).resolve().parents[2]
INTAKE = os.environ.get("PSEAH_E2E_INTAKE", "http://127.0.0.1:8001")
ANALYTICS = os.environ.get("PSEAH_E2E_ANALYTICS", "http://127.0.0.1:8006")
MONGO = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
MAILDIR = ROOT / "var/data/smtp"

pytestmark = pytest.mark.e2e

PSEAH = str(ROOT / ".venv/bin/pseah")


def mails_mentioning(reference: str) -> list[email.message.EmailMessage]:
    found = []
    for path in sorted(MAILDIR.glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        if reference in message.get_body(preferencelist=("plain", "html")).get_content() + str(message["Subject"]):
            found.append(message)
    return found


def trail(reference: str) -> list[str]:
    result = subprocess.run([PSEAH, "audit", "trail", reference], capture_output=True, text=True, timeout=60)
    return result.stdout.splitlines() if result.returncode == 0 else []


def test_report_reaches_the_employer_focal_point_and_nobody_else(portal_login, bearer, waiter, listed):
    marker = uuid.uuid4().hex[:8]
    narrative = (f"Staf UNICEF di posko pengungsian meminta ibu saya berhubungan badan dengan imbalan "
                 f"beras dan terpal. Kode saksi {marker}.")
    before = httpx.get(f"{ANALYTICS}/v1/stats", params={"by": "category"},
                       headers=bearer("coordinator"), timeout=20)
    assert before.status_code == 200

    accepted = httpx.post(f"{INTAKE}/v1/reports", json={"narrative": narrative, "region_code": "3203"}, timeout=20)
    assert accepted.status_code == 202, accepted.text
    reference, receipt = accepted.json()["reference"], accepted.json()["receipt"]

    # notification: the UNICEF focal point gets an e-mail with the reference and a link, never the content
    mails = waiter(lambda: mails_mentioning(reference), timeout=90, what="the focal point's e-mail")
    assert any("fp-unicef@unicef.example" in str(m["To"]) for m in mails)
    for message in mails:
        text = message.as_string()
        assert marker not in text and "berhubungan" not in text and receipt not in text

    # the reporter sees progress with the receipt, and nothing of the content
    status = httpx.get(f"{INTAKE}/v1/receipts/{receipt}", timeout=20)
    assert status.status_code == 200 and status.json()["reference"] == reference
    assert marker not in status.text

    # audit: every step is in the chain, which verifies
    types = waiter(lambda: (t := trail(reference)) and any("notification.sent.v1" in line for line in t) and t,
                     timeout=60, what="the audit trail to include the notification")
    kinds = [line.split()[1] if len(line.split()) > 1 else line for line in types]
    for expected in ("report.received.v1", "report.triaged.v1", "case.assigned.v1", "notification.sent.v1"):
        assert any(expected in line for line in types), (expected, types)
    assert types.index(next(l for l in types if "report.received.v1" in l)) < types.index(
        next(l for l in types if "case.assigned.v1" in l)), kinds
    assert all(marker not in line for line in types)
    verify = subprocess.run([PSEAH, "audit", "verify"], capture_output=True, text=True, timeout=120)
    assert verify.returncode == 0, verify.stdout + verify.stderr

    # portal: the UNICEF focal point sees the case and its narrative; the read itself is audited
    unicef = portal_login("fp-unicef")
    inbox = waiter(lambda: listed(unicef, "/cases", reference), timeout=60, what="the case in the UNICEF inbox")
    assert reference in inbox.text
    case = unicef.get(f"/cases/{reference}")
    assert case.status_code == 200 and marker in case.text
    waiter(lambda: any("case.content.read.v1" in line for line in trail(reference)), timeout=60,
             what="the read of case content in the audit trail")

    # another organisation's focal point sees nothing of it, not even that it exists
    pmi = portal_login("fp-pmi")
    assert listed(pmi, "/cases", reference) is None
    other = pmi.get(f"/cases/{reference}")
    assert other.status_code == 404 and marker not in other.text

    # analytics counted the report, under its category. Published figures are suppressed below 5 ("<5"), so one more
    # report need not change them (another test's report may already sit in that cell): read the case's own document
    # of the read model (keyed by a hash of the reference), then check the published table has the category's row.
    from pseah.analytics.readmodel.cases import case_key, effective

    def facts():
        with pymongo.MongoClient(MONGO, serverSelectionTimeoutMS=10000) as client:
            return client["pseah_analytics"]["case_facts"].find_one({"_id": case_key(reference)})

    case = waiter(lambda: (f := facts()) and effective(f) and f, timeout=90, what="analytics to count the report")
    assert effective(case)["category"] == "sexual_exploitation"
    after = httpx.get(f"{ANALYTICS}/v1/stats", params={"by": "category"}, headers=bearer("coordinator"), timeout=20)
    assert after.status_code == 200 and "sexual_exploitation" in after.text

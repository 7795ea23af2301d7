"""The reporter follows the case to its end: a report is assigned to the employer's focal point, who acknowledges and
closes it in the portal; the reporter reads each step, and "closed", with the receipt, never any content.

Runs against the running suite (`make run`), like test_journey.py.
"""
from __future__ import annotations

import html
import os
import re
import uuid

import httpx
import pytest

INTAKE = os.environ.get("PSEAH_E2E_INTAKE", "http://127.0.0.1:8001")

pytestmark = pytest.mark.e2e

# The receipt's order of statuses (intake's STATUS_RANK): the history must follow it, whatever steps it skipped.
ORDER = ["received", "triaged", "assigned", "acknowledged", "investigating", "closed"]


def receipt_status(receipt: str) -> dict:
    response = httpx.get(f"{INTAKE}/v1/receipts/{receipt}", timeout=20)
    assert response.status_code == 200, response.text
    return response.json()


def reached(receipt: str, wanted: str):
    status = receipt_status(receipt)
    return status if ORDER.index(status["status"]) >= ORDER.index(wanted) else None


def csrf_token(page_html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page_html)
    assert found, "no CSRF token in the page"
    return html.unescape(found.group(1))


def test_the_focal_point_closes_the_case_and_the_reporter_reads_closed(portal_login, waiter):
    marker = uuid.uuid4().hex[:8]
    # Exploitation by an identified UNICEF staff member: triage routes it to UNICEF's focal point.
    narrative = (f"Staf UNICEF di posko pengungsian Cianjur meminta ibu saya berhubungan badan dengan imbalan "
                 f"beras dan terpal. Kode saksi {marker}.")
    accepted = httpx.post(f"{INTAKE}/v1/reports", json={"narrative": narrative, "region_code": "3203",
                                                         "perpetrator_org": "unicef", "language": "id"}, timeout=20)
    assert accepted.status_code == 202, accepted.text
    reference, receipt = accepted.json()["reference"], accepted.json()["receipt"]

    # Passed to the responsible organisation: the receipt says so once referral has assigned the case.
    waiter(lambda: reached(receipt, "assigned"), timeout=180, what="the receipt to read assigned")

    unicef = portal_login("fp-unicef")
    case_page = waiter(lambda: (r := unicef.get(f"/cases/{reference}")).status_code == 200 and r, timeout=60,
                       what="the case page for UNICEF's focal point")
    # The case page reads in words: the status is a label, not the code.
    assert re.search(r'id="case-status">Ditugaskan, belum dikonfirmasi<', case_page.text), case_page.text[:2000]
    acked = unicef.post(f"/cases/{reference}/acknowledge", data={"csrf_token": csrf_token(case_page.text)})
    assert acked.status_code == 200 and "Kasus sudah dikonfirmasi." in acked.text
    waiter(lambda: reached(receipt, "acknowledged"), timeout=90, what="the receipt to read acknowledged")

    # Closing with an outcome reports the finding, then closed (two case.investigation.updated.v1).
    closed = unicef.post(f"/cases/{reference}/close", data={"csrf_token": csrf_token(acked.text),
                                                            "outcome": "substantiated"})
    assert closed.status_code == 200 and "Kasus ditutup." in closed.text
    assert re.search(r'id="investigation-status">Ditutup<', closed.text)

    final = waiter(lambda: reached(receipt, "closed"), timeout=90, what="the receipt to read closed")
    assert final["status"] == "closed" and final["reference"] == reference
    steps = [h["status"] for h in final["history"]]
    # In order, each once, from received to closed; acknowledged and the investigation are in it.
    assert steps == sorted(set(steps), key=ORDER.index) and steps[0] == "received" and steps[-1] == "closed"
    assert {"assigned", "acknowledged", "closed"} <= set(steps), steps
    # The outcome is told only where the coordinator's policy allows it (off unless the suite was set so).
    disclose = os.environ.get("PSEAH_INTAKE_DISCLOSE_OUTCOME", "").lower() in ("1", "true", "yes")
    assert final["outcome"] == ("substantiated" if disclose else None)
    assert marker not in httpx.get(f"{INTAKE}/v1/receipts/{receipt}", timeout=20).text

    # The reporter's page in the portal: "closed" in their language, never the code, never the content.
    with httpx.Client(base_url=unicef.base_url, timeout=20, follow_redirects=True) as reporter:
        form = reporter.get("/receipt")
        page = reporter.post("/receipt", data={"csrf_token": csrf_token(form.text), "receipt": receipt})
        assert page.status_code == 200
        assert re.search(r'id="status">Selesai, kasus ditutup<', page.text), page.text[:2000]
        assert marker not in page.text and ">closed<" not in page.text
        english = reporter.post("/receipt?lang=en", data={"csrf_token": csrf_token(form.text), "receipt": receipt})
        assert re.search(r'id="status">Closed<', english.text)

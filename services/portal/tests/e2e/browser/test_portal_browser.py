"""The portal in a real browser: a report through the form, the receipt, a focal point's login through Keycloak,
the case page and acknowledge, the other organisation seeing nothing; axe-core on the public pages."""
from __future__ import annotations

import re
import time
import uuid

import pytest

from .conftest import KAFKA, MONGO, axe_violations, demo_user, keycloak_login, new_context

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]


@pytest.fixture(scope="module")
def report(stack, browser):
    """A report sent through the form as a person on a phone would; what the receipt page showed."""
    marker = uuid.uuid4().hex[:8]
    narrative = f"Relawan meminta imbalan saat pembagian beras {marker} <script>alert(1)</script>"
    context = new_context(browser, stack)
    page = context.new_page()
    try:
        page.goto(f"{stack.portal_url}/")
        assert page.locator("html").get_attribute("lang") == "id"
        page.fill("#narrative", narrative)
        page.check("input[name=reporter_role][value=witness]")
        page.fill("#incident_date", "2024-05-01")
        page.fill("#region_code", "32.03")
        page.check("input[name=survivor_age_group][value=adult]")
        page.select_option("#perpetrator_org", "unicef")
        page.check("input[name=consent_referral]")
        page.check("input[name=consent_share_with_org]")
        page.click("button[type=submit]")
        page.wait_for_selector("#receipt", timeout=15000)
        result = {"reference": page.inner_text("#reference").strip(), "receipt": page.inner_text("#receipt").strip(),
                  "narrative": narrative, "marker": marker, "title": page.inner_text("h1"),
                  "body": page.content(), "csp": list(context.csp_violations)}
    finally:
        context.close()
    return result


def test_a_report_through_the_form_shows_the_receipt_once_and_it_looks_the_report_up(stack, browser, report):
    assert report["title"] == "Laporan Anda sudah diterima"
    assert re.fullmatch(r"PSEAH-[A-Z0-9]{6,}", report["reference"]) and len(report["receipt"]) >= 8
    assert report["marker"] not in report["body"]  # the receipt page repeats nothing of the report
    assert report["csp"] == []  # the pages work under the strict policy, no inline script or style

    context = new_context(browser, stack)
    page = context.new_page()
    try:
        page.goto(f"{stack.portal_url}/receipt")
        page.fill("#receipt", report["receipt"])
        page.click("button[type=submit]")
        page.wait_for_selector("#status")
        assert report["reference"] in page.inner_text("main")
        # The receipt travelled in a POST body only: not in the address bar, not in the history.
        assert report["receipt"] not in page.url
        page.fill("#text", f"Saya ingin tahu perkembangannya {report['marker']}")
        page.click("form[action='/receipt/messages'] button[type=submit]")
        page.wait_for_selector(".notice")
        assert f"Saya ingin tahu perkembangannya {report['marker']}" in page.inner_text(".messages")
        assert context.csp_violations == []
    finally:
        context.close()


def _triage_the_report(stack, report) -> None:
    """Play the triage service for this one report: its report.triaged.v1, the narrative sealed with the case key
    intake created, to the referral service's test topic (the classifier has its own tests)."""
    import pymongo
    from kafka import KafkaProducer

    from pseah.common.crypto import KeyFileWrapper, seal
    from pseah.common.events import new_event

    reference = report["reference"]
    with pymongo.MongoClient(MONGO, serverSelectionTimeoutMS=5000) as client:
        doc = client[stack.keys_db]["case_keys"].find_one({"_id": reference})
    assert doc is not None, "intake did not create the case key"
    key = KeyFileWrapper(stack.master_key).unwrap(bytes(doc["wrapped"]), context=reference)
    event = new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "web", "region_code": "32.03", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
        "confidence": 0.9, "org_id": "unicef", "route": "focal_point", "survivor_services": True, "services": [],
        "consent": {"referral": True, "contact": False, "share_with_org": True},
        "deadlines": [{"kind": "acknowledge", "due_at": "2030-01-02T03:00:00+00:00"}],
        "sealed": {"narrative": seal(key, report["narrative"], context=reference)}})
    producer = KafkaProducer(bootstrap_servers=KAFKA, acks="all")
    try:
        producer.send(stack.triage_topic, key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    finally:
        producer.close()


def test_focal_point_logs_in_opens_and_acknowledges_and_the_other_organisation_sees_nothing(stack, browser, report):
    reference = report["reference"]
    _triage_the_report(stack, report)

    context = new_context(browser, stack)
    page = context.new_page()
    try:
        username, password = demo_user("fp-unicef")
        keycloak_login(page, stack, username=username, password=password)
        assert page.url == f"{stack.portal_url}/cases"
        assert "Masuk sebagai fp-unicef" in page.inner_text("header")
        deadline = time.monotonic() + 40
        while reference not in page.inner_text("main") and time.monotonic() < deadline:
            time.sleep(0.5)
            page.reload()
        assert reference in page.inner_text("main"), page.inner_text("main")

        page.click(f"a[href='/cases/{reference}']")
        page.wait_for_selector("#narrative")
        # What the person typed, shown as text: the script tag is visible characters, not markup.
        assert page.inner_text("#narrative") == report["narrative"]
        assert page.locator("#narrative script").count() == 0
        assert page.inner_text("#case-status") == "assigned"

        page.click("form[action$='/acknowledge'] button[type=submit]")
        page.wait_for_selector(".notice")
        assert page.inner_text(".notice") == "Kasus sudah dikonfirmasi."
        assert page.inner_text("#case-status") == "acknowledged"
        assert page.locator("form[action$='/acknowledge']").count() == 0
        assert context.csp_violations == []
    finally:
        context.close()

    other = new_context(browser, stack)
    page = other.new_page()
    try:
        username, password = demo_user("fp-pmi")
        keycloak_login(page, stack, username=username, password=password)
        assert "Masuk sebagai fp-pmi" in page.inner_text("header")
        assert reference not in page.content()
        response = page.goto(f"{stack.portal_url}/cases/{reference}")
        assert response.status == 404
        assert page.inner_text("h1") == "Halaman tidak ditemukan"
        assert report["marker"] not in page.content()
        # Nor can it acknowledge by posting to the case: the same 404 as an unknown reference.
        token = page.goto(f"{stack.portal_url}/logout") and page.get_attribute("input[name=csrf_token]", "value")
        post = other.request.post(f"{stack.portal_url}/cases/{reference}/acknowledge", form={"csrf_token": token})
        assert post.status == 404
    finally:
        other.close()


def test_public_pages_have_no_wcag_21_aa_violations(stack, browser):
    """axe-core in the real browser on home/form (both languages), receipt lookup, the receipt shown and its status."""
    # axe is injected as an inline script, which the portal's CSP rightly refuses; this context alone bypasses it.
    context = new_context(browser, stack, bypass_csp=True)
    page = context.new_page()
    found: dict[str, list] = {}
    try:
        for name, path in (("home", "/"), ("home-en", "/?lang=en"), ("receipt-lookup", "/receipt?lang=id")):
            page.goto(f"{stack.portal_url}{path}")
            found[name] = axe_violations(page)
        page.goto(f"{stack.portal_url}/")
        page.click("button[type=submit]")  # empty narrative: the form with its error message
        page.wait_for_selector("#narrative-error")
        found["form-error"] = axe_violations(page)
        page.fill("#narrative", "Petugas distribusi meminta nomor telepon dan mengirim pesan tidak pantas.")
        page.click("button[type=submit]")
        page.wait_for_selector("#receipt")
        receipt = page.inner_text("#receipt").strip()
        found["receipt-shown"] = axe_violations(page)
        page.goto(f"{stack.portal_url}/receipt")
        page.fill("#receipt", receipt)
        page.click("button[type=submit]")
        page.wait_for_selector("#status")
        found["receipt-status"] = axe_violations(page)
    finally:
        context.close()
    assert {name: v for name, v in found.items() if v} == {}
    assert set(found) == {"home", "home-en", "receipt-lookup", "form-error", "receipt-shown", "receipt-status"}

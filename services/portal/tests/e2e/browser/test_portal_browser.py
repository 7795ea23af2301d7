"""The portal in a real browser: a report through the form, the receipt, a focal point's login through Keycloak,
the case page and acknowledge, the other organisation seeing nothing; a provider accepting a referral and the other
provider seeing nothing of it; axe-core on the public pages."""
from __future__ import annotations

import re
import secrets
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


def _intake_learns_the_holder(stack, reference: str, org: str) -> None:
    """What intake's status consumer does on case.assigned.v1 (it reads the suite's topics, not this test's)."""
    import pymongo

    with pymongo.MongoClient(MONGO, serverSelectionTimeoutMS=5000) as client:
        done = client[stack.intake_db]["reports"].update_one({"_id": reference}, {"$set": {"assigned_org": org}})
    assert done.matched_count == 1


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
        assert page.inner_text("#case-status") == "Ditugaskan, belum dikonfirmasi"  # a label, never the code

        page.click("form[action$='/acknowledge'] button[type=submit]")
        page.wait_for_selector(".notice")
        assert page.inner_text(".notice") == "Kasus sudah dikonfirmasi."
        assert page.inner_text("#case-status") == "Dikonfirmasi diterima"
        assert page.locator("form[action$='/acknowledge']").count() == 0

        # The thread with the reporter, through the test's intake with the focal point's own token.
        assert page.locator("#messages-error").count() == 1  # intake does not know who holds the case yet
        _intake_learns_the_holder(stack, reference, "unicef")
        page.reload()
        page.wait_for_selector("form[action$='/messages']")
        reply = f"Terima kasih, kami menindaklanjuti laporan Anda {report['marker']}"
        page.fill("#reply-text", reply)
        page.click("form[action$='/messages'] button[type=submit]")
        page.wait_for_selector("#case-notice")
        assert page.inner_text("#case-notice") == "Balasan terkirim."
        assert reply in page.inner_text("#thread")

        # The investigation: a status, then closed with an outcome (final: the forms go).
        page.select_option("#inv-status", "in_progress")
        page.click("form[action$='/investigation'] button[type=submit]")
        page.wait_for_selector("#case-notice")
        assert page.inner_text("#investigation-status") == "Sedang berjalan"
        page.select_option("#close-outcome", "substantiated")
        page.click("form[action$='/close'] button[type=submit]")
        page.wait_for_selector("#case-notice")
        assert page.inner_text("#case-notice") == "Kasus ditutup."
        assert page.inner_text("#investigation-status") == "Ditutup"
        assert page.locator("form[action$='/close'], form[action$='/investigation']").count() == 0
        assert context.csp_violations == []
    finally:
        context.close()

    # The reporter reads the reply with the receipt; the reply carries the handler's role, never a name.
    reporter = new_context(browser, stack)
    page = reporter.new_page()
    try:
        page.goto(f"{stack.portal_url}/receipt")
        page.fill("#receipt", report["receipt"])
        page.click("button[type=submit]")
        page.wait_for_selector("#status")
        thread = page.inner_text(".messages")
        assert reply in thread and "fp-unicef" not in thread
    finally:
        reporter.close()

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


def _play_referral_case(stack) -> str:
    """A case triaged straight onto the referral service's test topic for a survivor whom, in Cianjur (3203), only
    Yayasan Pulih's field team serves (an adult man), with consent to referral: referral refers psychosocial support
    to Pulih. No report content is needed: a provider never sees any."""
    from kafka import KafkaProducer

    from pseah.common.events import new_event

    reference = "PSEAH-" + "".join(secrets.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(8))
    event = new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "web", "region_code": "3203", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
        "confidence": 0.9, "org_id": None, "route": "coordinator", "survivor_services": True, "services": [],
        "language": "id", "survivor_gender": "male",
        "consent": {"referral": True, "contact": False, "share_with_org": False}, "deadlines": [], "sealed": {}})
    producer = KafkaProducer(bootstrap_servers=KAFKA, acks="all")
    try:
        producer.send(stack.triage_topic, key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    finally:
        producer.close()
    return reference


def test_provider_accepts_a_referral_and_the_other_provider_sees_nothing(stack, browser, screens_dir):
    reference = _play_referral_case(stack)
    card = f"li.referral[data-reference='{reference}']"
    context = new_context(browser, stack)
    page = context.new_page()
    try:
        username, password = demo_user("provider-pulih")
        keycloak_login(page, stack, username=username, password=password, next_path="/referrals")
        assert page.url == f"{stack.portal_url}/referrals"
        assert "Masuk sebagai provider-pulih" in page.inner_text("header")
        deadline = time.monotonic() + 60
        while page.locator(card).count() == 0 and time.monotonic() < deadline:
            time.sleep(1)
            page.reload()
        assert page.locator(card).count() == 1, page.inner_text("main")
        text = page.inner_text(card)
        assert "Psikososial" in text and "Yayasan Pulih" in text and "Baru, menunggu jawaban" in text
        accept = page.locator(f"{card} form[action$='/accept']")
        referral_id = accept.get_attribute("action").split("/")[2]

        accept.locator("button[type=submit]").click()
        page.wait_for_selector("#referral-done")
        assert page.inner_text("#referral-done") == "Rujukan diterima."
        assert "Diterima" in page.inner_text(f"{card} .referral-status")
        # Accepted: now it can be completed or failed, no longer accepted or declined.
        assert page.locator(f"{card} form[action$='/accept']").count() == 0
        assert page.locator(f"{card} form[action$='/complete']").count() == 2
        assert context.csp_violations == []
        page.screenshot(path=str(screens_dir / "provider-referrals.png"), full_page=True)
    finally:
        context.close()

    other = new_context(browser, stack)
    page = other.new_page()
    try:
        username, password = demo_user("provider-kemenpppa")
        keycloak_login(page, stack, username=username, password=password, next_path="/referrals")
        assert "Masuk sebagai provider-kemenpppa" in page.inner_text("header")
        assert reference not in page.content()
        # A form token of this browser (its list has no form to take one from).
        token = page.goto(f"{stack.portal_url}/logout") and page.get_attribute("input[name=csrf_token]", "value")
        # Answering Pulih's referral by its id: the same 404 as an id nobody has.
        for target in (referral_id, "00000000-0000-5000-8000-000000000000"):
            post = other.request.post(f"{stack.portal_url}/referrals/{target}/decline",
                                      form={"csrf_token": token, "reason": "no_capacity"})
            assert post.status == 404
    finally:
        other.close()

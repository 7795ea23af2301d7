"""Screenshots of the portal's screens (PNG, phone-sized) into docs/screens/, against the running suite.

    .venv/bin/python services/portal/scripts/screenshots.py [--portal http://127.0.0.1:8000] [--play-triage]

Drives Debian's Chromium (/usr/bin/chromium) with Playwright and logs in as the demo users of
var/secrets/demo-users.json through the real Keycloak page. It sends one clearly fictional demo report through the
form. With --play-triage it also publishes that report's report.triaged.v1 (to the focal point of UNICEF) for a
suite whose triage service is not running, so that the inbox and the case page have a case to show, and one more
report.triaged.v1 (an adult man in Cianjur, consent to referral) that the referral service refers to Yayasan Pulih,
so that the provider's page has a referral to show.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from pseah.common.logging import configure_logging, get_logger
from pseah.common.settings import CommonSettings, repo_root

ROOT = repo_root()
SECRETS = ROOT / "var/secrets"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DEMO_NARRATIVE = ("[DEMO - fiktif] Seorang relawan distribusi di posko meminta nomor telepon dan menawarkan beras "
                  "tambahan sebagai imbalan untuk bertemu malam hari.")
log = get_logger("pseah.portal.screenshots")


class Shooter:
    def __init__(self, *, portal: str, out: Path, browser, password: str):
        self.portal = portal.rstrip("/")
        self.out = out
        self.browser = browser
        self.password = password
        self.saved: list[Path] = []

    def context(self):
        # A mid-range phone: the portal is built for it first.
        return self.browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=1)

    # Long lists (the coordinator's board) are cut here: the top of the page shows what the screen is.
    MAX_HEIGHT = 3200

    def shot(self, page, name: str) -> None:
        path = self.out / f"{name}.png"
        height = page.evaluate("document.documentElement.scrollHeight")
        clip = {"x": 0, "y": 0, "width": page.viewport_size["width"], "height": self.MAX_HEIGHT} if height > self.MAX_HEIGHT else None
        page.screenshot(path=str(path), full_page=True, clip=clip)
        self.saved.append(path)
        log.info("screenshot_saved", file=str(path.relative_to(ROOT)))

    def login(self, page, username: str, *, shot: str | None = None, next_path: str = "/cases") -> None:
        page.goto(f"{self.portal}/login?next={next_path}")
        page.wait_for_selector("#username, #password", timeout=20000)
        if shot:
            self.shot(page, shot)
        if page.locator("#username").count():
            page.fill("#username", username)
        if not page.locator("#password").count():
            page.click("#kc-login")
            page.wait_for_selector("#password", timeout=20000)
        page.fill("#password", self.password)
        page.click("#kc-login")
        page.wait_for_url(f"{self.portal}/**", timeout=20000)


def play_triage(reference: str) -> None:
    """What the triage service would publish for the demo report, so referral assigns it to UNICEF's focal point."""
    import pymongo
    from kafka import KafkaProducer

    from pseah.common.crypto import KeyFileWrapper, seal
    from pseah.common.events import Topics, new_event

    settings = CommonSettings()
    with pymongo.MongoClient(settings.mongo_uri, serverSelectionTimeoutMS=5000) as client:
        doc = client["pseah_keys"]["case_keys"].find_one({"_id": reference})
    if doc is None:
        raise SystemExit(f"no case key for {reference} in pseah_keys: is intake of the running suite on 8001?")
    key = KeyFileWrapper(settings.master_key_file).unwrap(bytes(doc["wrapped"]), context=reference)
    event = new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "web", "region_code": "32.03", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
        "confidence": 0.9, "org_id": "unicef", "route": "focal_point", "survivor_services": True, "services": ["psychosocial"],
        "consent": {"referral": True, "contact": False, "share_with_org": True},
        "deadlines": [{"kind": "acknowledge", "due_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00",
                                                                       time.gmtime(time.time() + 24 * 3600))}],
        "sealed": {"narrative": seal(key, DEMO_NARRATIVE, context=reference),
                   "reasons": seal(key, json.dumps(["imbalan beras untuk bertemu: eksploitasi seksual",
                                                   "pelaku relawan distribusi: petugas bantuan"]), context=reference)}})
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all")
    try:
        producer.send(Topics.TRIAGE, key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    finally:
        producer.close()
    log.info("triage_played", reference=reference)


def play_referral() -> str:
    """A triaged case that only Yayasan Pulih's Cianjur team serves (adult man, 3203), with consent to referral."""
    import secrets

    from kafka import KafkaProducer

    from pseah.common.events import Topics, new_event

    settings = CommonSettings()
    reference = "PSEAH-" + "".join(secrets.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(8))
    event = new_event(type="report.triaged.v1", source="pseah/triage", subject=reference, data={
        "reference": reference, "channel": "web", "region_code": "3203", "category": "sexual_exploitation",
        "perpetrator_type": "aid_worker", "child_involved": False, "urgent_medical": False, "priority": "high",
        "confidence": 0.9, "org_id": None, "route": "coordinator", "survivor_services": True, "services": [],
        "language": "id", "survivor_gender": "male",
        "consent": {"referral": True, "contact": False, "share_with_org": False}, "deadlines": [], "sealed": {}})
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap, acks="all")
    try:
        producer.send(Topics.TRIAGE, key=reference.encode(), value=event.to_bytes()).get(timeout=10)
    finally:
        producer.close()
    log.info("referral_case_played", reference=reference)
    return reference


def run(shooter: Shooter, *, triage: bool) -> None:
    portal = shooter.portal
    public = shooter.context()
    page = public.new_page()
    page.goto(f"{portal}/")
    shooter.shot(page, "01-home")
    page.fill("#narrative", DEMO_NARRATIVE)
    page.check("input[name=reporter_role][value=witness]")
    page.fill("#incident_date", "2024-05-01")
    page.fill("#place_text", "Posko pengungsian (demo)")
    page.fill("#region_code", "32.03")
    page.check("input[name=survivor_age_group][value=adult]")
    page.check("input[name=survivor_gender][value=female]")
    page.select_option("#perpetrator_org", "unicef")
    page.check("input[name=consent_referral]")
    page.check("input[name=consent_share_with_org]")
    shooter.shot(page, "02-form-filled")
    page.click("form.report button[type=submit]")
    page.wait_for_selector("#receipt", timeout=15000)
    reference = page.inner_text("#reference").strip()
    receipt = page.inner_text("#receipt").strip()
    shooter.shot(page, "03-receipt")
    page.goto(f"{portal}/receipt")
    page.fill("#receipt", receipt)
    shooter.shot(page, "04-receipt-lookup")
    page.click("main button[type=submit]")
    page.wait_for_selector("#status")
    shooter.shot(page, "05-receipt-status")
    public.close()

    referral_case = None
    if triage:
        play_triage(reference)
        referral_case = play_referral()

    staff = shooter.context()
    page = staff.new_page()
    shooter.login(page, "fp-unicef", shot="06-login-keycloak")
    # The case appears once triage (or --play-triage) and referral have handled the report.
    deadline = time.monotonic() + 40
    while reference not in page.inner_text("main") and time.monotonic() < deadline:
        time.sleep(1)
        page.reload()
    shooter.shot(page, "07-inbox")
    target = reference if reference in page.inner_text("main") else None
    if target is None and page.locator("table.cases a").count():
        target = page.locator("table.cases a").first.inner_text()
    if target:
        page.goto(f"{portal}/cases/{target}")
        shooter.shot(page, "08-case")
    else:
        log.warning("no_case_for_case_page", hint="run with --play-triage or with the triage service up")
    staff.close()

    for username, path, name in (("coordinator", "/coordinator", "09-coordinator"), ("auditor", "/audit", "10-auditor"),
                                 ("triage-officer", "/triage", "11-triage-queue")):
        context = shooter.context()
        page = context.new_page()
        shooter.login(page, username, next_path=path)
        shooter.shot(page, name)
        context.close()

    # The provider's referrals; the browser test (tests/e2e/browser) saves the same screen after an accept.
    context = shooter.context()
    page = context.new_page()
    shooter.login(page, "provider-pulih", next_path="/referrals")
    deadline = time.monotonic() + 60
    while referral_case and referral_case not in page.inner_text("main") and time.monotonic() < deadline:
        time.sleep(1)
        page.reload()
    shooter.shot(page, "provider-referrals")
    context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--portal", default=os.environ.get("PSEAH_E2E_PORTAL", "http://127.0.0.1:8000"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs/screens")
    parser.add_argument("--chromium", default=os.environ.get("PSEAH_CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--play-triage", action="store_true",
                        help="publish the demo report's report.triaged.v1 (when the suite's triage is not running)")
    args = parser.parse_args(argv)
    configure_logging(service="portal-screenshots", level="INFO")
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    password = os.environ.get("PSEAH_DEMO_PASSWORD") or (SECRETS / "demo-password").read_text().strip()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS, headless=True)
        try:
            shooter = Shooter(portal=args.portal, out=args.out, browser=browser, password=password)
            run(shooter, triage=args.play_triage)
        finally:
            browser.close()
    log.info("screenshots_done", count=len(shooter.saved), directory=str(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the coordinator's dashboard and the auditor page over a store of 10,000 reports (docs/screens).

    flock /work/suite.lock bash -c 'cd /work/main && make run && .venv/bin/python tools/screens/shoot.py'

1. Journeys of PSEAH_SCREENS_REPORTS (10,000) synthetic reports over the last 90 days (journeys.py): ~131,000
   CloudEvents as the services publish them.
2. Seeded through the services' own code (seed.py) into throwaway databases pseah_screens_<table>_<run>:
   analytics' read models by `readmodel.store.record`, the audit chain by `ChainWriter.append_batch` with signed
   checkpoints published on a checkpoint topic of the run. Both timed.
3. `python -m pseah.analytics`, `python -m pseah.audit` and `python -m pseah.portal` started on free ports against
   those databases (consumer groups, topics and signing key of the run; analytics' group starts at the end of the
   suite's topics, and afterwards the tool checks it counted nothing but the seeded events). The portal keeps the
   registered public URL; the browser context rewrites Keycloak's redirect to its port
   (services/portal/tests/e2e/browser/conftest.py does the same).
4. Debian's Chromium through Playwright logs in as the demo coordinator and the demo auditor (Keycloak's real login
   page) and saves full-page screenshots 1280 px wide. Each page is checked first: no error, figures present,
   suppression visible ("<5"), the chain intact and the checkpoint verified.
5. Finally (always): the processes stopped, the consumer groups, topics and databases removed (--keep leaves the
   databases, named in the output). The running suite's processes and databases are never touched.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pymongo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from journeys import Generator, stream  # noqa: E402
from seed import seed_analytics, seed_audit  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ROOT / "var/secrets"
KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MONGO = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
KEYCLOAK = os.environ.get("PSEAH_KEYCLOAK_URL", "http://127.0.0.1:8080")
REGISTERED_PORTAL = "http://127.0.0.1:8000"
CHROMIUM = Path(os.environ.get("PSEAH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTH = 1280


def say(text: str) -> None:
    print(text, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Process:
    name: str
    proc: subprocess.Popen
    log: Path

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def stop(self) -> None:
        if self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def start(name: str, module: str, env: dict, logs: Path) -> Process:
    log = logs / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", module], env=env, cwd=ROOT, stdout=out,
                                stderr=subprocess.STDOUT)
    return Process(name, proc, log)


def wait_http(process: Process, url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.proc.poll() is not None:
            raise RuntimeError(f"{process.name} exited: {process.tail()}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{process.name} not ready in {timeout:.0f} s: {process.tail()}")
        time.sleep(0.5)


def skip_to_end(*, group: str, topics: list[str]) -> None:
    """Commit the group's offsets at the end of the topics: the service then reads only what comes after."""
    from kafka import KafkaConsumer, TopicPartition
    from kafka.structs import OffsetAndMetadata

    consumer = KafkaConsumer(bootstrap_servers=KAFKA, group_id=group, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(t, p) for t in topics for p in sorted(consumer.partitions_for_topic(t) or [])]
        consumer.assign(partitions)
        consumer.seek_to_end(*partitions)
        consumer.commit({tp: OffsetAndMetadata(consumer.position(tp), "", -1) for tp in partitions})
    finally:
        consumer.close()


def forget_kafka(*, groups: list[str], topics: list[str]) -> None:
    """Remove the run's consumer groups, faust's internal topics of them and the run's own topics."""
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=KAFKA, client_id="pseah-screens")
    try:
        existing = set(admin.list_topics())
        doomed = [t for t in existing if t in topics or any(t.startswith(f"{g}-") for g in groups)]
        if doomed:
            admin.delete_topics(doomed)
        try:
            admin.delete_consumer_groups(groups)
        except Exception:  # noqa: BLE001 - a group that never joined does not exist
            pass
    finally:
        admin.close()


def demo_user(role: str) -> tuple[str, str]:
    users = json.loads((SECRETS / "demo-users.json").read_text())
    username = next(u["username"] for u in users if u["role"] == role)
    return username, (SECRETS / "demo-password").read_text().strip()


def token(role: str) -> str:
    from pseah.common.auth import fetch_password_token

    return fetch_password_token(*demo_user(role))["access_token"]


def preflight() -> None:
    problems = []
    for address in (KAFKA, MONGO.split("//", 1)[-1]):
        host, _, port = address.rpartition(":")
        try:
            socket.create_connection((host, int(port)), timeout=2).close()
        except OSError:
            problems.append(f"nothing listens on {address}")
    try:
        httpx.get(f"{KEYCLOAK}/realms/pseah/.well-known/openid-configuration", timeout=5).raise_for_status()
    except httpx.HTTPError:
        problems.append("Keycloak's realm pseah is not answering")
    if not (SECRETS / "demo-users.json").exists():
        problems.append("var/secrets/demo-users.json is missing (deploy/local/keycloak.sh writes it)")
    if not CHROMIUM.exists():
        problems.append(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    if problems:
        raise SystemExit("the suite must be running (make run): " + "; ".join(problems))


# ------------------------------------------------------------------------------------------------ the browser
def new_context(browser, portal_url: str):
    """Keycloak's redirects to the registered portal URL land on this run's portal instead."""
    context = browser.new_context(viewport={"width": WIDTH, "height": 900}, locale="id-ID",
                                  timezone_id="Asia/Jakarta")

    def rewrite(route):
        if route.request.resource_type != "document":
            return route.continue_()
        response = route.fetch(max_redirects=0)
        location = response.headers.get("location", "")
        if response.status in (301, 302, 303, 307) and location.startswith(REGISTERED_PORTAL + "/"):
            headers = {k: v for k, v in response.headers.items() if k.lower() != "location"}
            headers["location"] = portal_url + location[len(REGISTERED_PORTAL):]
            return route.fulfill(status=response.status, headers=headers, body=b"")
        return route.fulfill(response=response)

    context.route(f"{KEYCLOAK}/realms/pseah/**", rewrite)
    # Login lands on the page asked for, and the auditor page verifies the whole log before it answers.
    context.set_default_timeout(180000)
    return context


def login(page, portal_url: str, *, role: str, next_path: str) -> None:
    """Through Keycloak's own login page: username, then password (one page or two)."""
    username, password = demo_user(role)
    page.goto(f"{portal_url}/login?next={next_path}")
    page.wait_for_selector("#username, #password", timeout=30000)
    if page.locator("#username").count():
        page.fill("#username", username)
    if page.locator("#password").count():
        page.fill("#password", password)
        page.click("#kc-login")
    else:
        page.click("#kc-login")
        page.wait_for_selector("#password", timeout=30000)
        page.fill("#password", password)
        page.click("#kc-login")
    page.wait_for_url(f"{portal_url}/**", timeout=60000)


def shoot_dashboard(browser, portal_url: str, out: Path, *, lang: str, name: str) -> dict:
    from pseah.portal import i18n

    context = new_context(browser, portal_url)
    try:
        page = context.new_page()
        login(page, portal_url, role="coordinator", next_path="/dashboard")
        response = page.goto(f"{portal_url}/dashboard?lang={lang}", timeout=120000)
        status = response.status if response else 0
        text = page.inner_text("main")
        charts = page.locator("svg").count()
        # A small count reads "<5"; a count hidden to protect another reads dash_suppressed ("disembunyikan").
        small = page.locator("table.figures td", has_text="<5").count()
        hidden = page.locator("table.figures td", has_text=i18n.translate("dash_suppressed", lang)).count()
        if status != 200 or page.locator("main [role=alert]").count():
            raise RuntimeError(f"dashboard ({lang}) answered {status}: {text[:500]}")
        if charts < 10 or not small:
            raise RuntimeError(f"dashboard ({lang}): {charts} charts, {small} cells shown as <5")
        page.screenshot(path=str(out / name), full_page=True)
        return {"file": name, "status": status, "charts": charts, "cells_lt5": small, "cells_hidden": hidden}
    finally:
        context.close()


def shoot_audit(browser, portal_url: str, out: Path, *, name: str) -> dict:
    context = new_context(browser, portal_url)
    try:
        page = context.new_page()
        login(page, portal_url, role="auditor", next_path="/audit")
        started = time.perf_counter()
        response = page.goto(f"{portal_url}/audit", timeout=300000)
        seconds = time.perf_counter() - started
        status = response.status if response else 0
        text = page.inner_text("main")
        verdict = page.locator("#chain-verdict")
        checkpoint = page.locator("#checkpoint .notice")
        rows = page.locator("#audit-trail tbody tr").count()
        if status != 200 or not verdict.count() or "notice" not in (verdict.get_attribute("class") or ""):
            raise RuntimeError(f"auditor page answered {status}: {text[:600]}")
        if not checkpoint.count() or rows == 0:
            raise RuntimeError(f"auditor page: checkpoint verified {checkpoint.count()}, {rows} rows: {text[:600]}")
        page.screenshot(path=str(out / name), full_page=True)
        return {"file": name, "status": status, "rows": rows, "page_seconds": round(seconds, 1),
                "verdict": verdict.inner_text()}
    finally:
        context.close()


# ------------------------------------------------------------------------------------------------ the run
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=int(os.environ.get("PSEAH_SCREENS_REPORTS", "10000")))
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--end", default="", help="the replay's end, ISO 8601 UTC (default: now)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs/screens")
    parser.add_argument("--keep", action="store_true", help="leave the databases (named in the output)")
    parser.add_argument("--only", choices=("dashboard", "auditor"), default=None,
                        help="one page only (the auditor page alone skips analytics' seeding: minutes, not 15)")
    args = parser.parse_args()
    preflight()
    from pseah.common.logging import configure_logging

    configure_logging(service="screens", level="WARNING")  # the seeding's own info lines (checkpoints signed) off

    from pseah.audit.chain.checkpoints import generate_key_file
    from pseah.audit.config import AuditSettings
    from pseah.common.crypto import KeyFileWrapper
    from pseah.common.events import Topics
    from pseah.common.kafka import ensure_topics
    from pseah.portal.config import PortalSettings

    end = datetime.fromisoformat(args.end) if args.end else datetime.now(UTC).replace(second=0, microsecond=0)
    end = end if end.tzinfo else end.replace(tzinfo=UTC)
    run = uuid.uuid4().hex[:8]
    dbs = {name: f"pseah_screens_{name}_{run}" for name in ("analytics", "audit", "portal", "keys")}
    audit_topic = f"pseah-screens-{run}.audit"
    checkpoint_topic = f"pseah-screens-{run}.checkpoints"
    own_topics = [audit_topic, Topics.priority(audit_topic), Topics.dead_letter(audit_topic),
                  Topics.dead_letter(Topics.priority(audit_topic)), checkpoint_topic]
    groups = {"analytics": f"screens-analytics-{run}", "audit": f"screens-audit-{run}"}
    tmp = Path(tempfile.mkdtemp(prefix=f"pseah-screens-{run}-"))
    key_file = tmp / "audit-signing-ed25519.pem"
    generate_key_file(key_file)
    master = tmp / "master.key"
    KeyFileWrapper(master)
    processes: list[Process] = []
    args.out.mkdir(parents=True, exist_ok=True)
    say(f"run {run}: databases {', '.join(dbs.values())}; replay {args.days} days to {end.isoformat()}")
    try:
        started = time.perf_counter()
        journeys = list(Generator(count=args.reports, end=end, days=args.days, seed=args.seed).journeys())
        events = stream(journeys)
        say(f"generated {len(journeys)} reports, {len(events)} events in {time.perf_counter() - started:.1f} s")

        base = {**os.environ, "PSEAH_KAFKA_BOOTSTRAP": KAFKA, "PSEAH_MONGO_URI": MONGO, "PSEAH_LOG_LEVEL": "WARNING",
                "PSEAH_FAUST_DATADIR": str(tmp / "faust"), "PSEAH_MASTER_KEY_FILE": str(master)}
        ports = {name: free_port() for name in ("analytics", "audit", "portal", "nowhere")}

        # Audit first: the quicker seeding, and its service must start on that log before analytics' long one.
        audit_defaults = AuditSettings()
        ensure_topics(bootstrap=KAFKA, topics=[audit_topic])
        audit = seed_audit(events, mongo_uri=MONGO, database=dbs["audit"], key_file=key_file, bootstrap=KAFKA,
                           checkpoint_topic=checkpoint_topic, batch=audit_defaults.batch_max,
                           every=audit_defaults.checkpoint_every, progress=say)
        say(f"seeded audit: {audit.events} entries through ChainWriter.append_batch (batches of "
            f"{audit_defaults.batch_max}, a signed checkpoint every {audit_defaults.checkpoint_every}) in "
            f"{audit.seconds:.1f} s ({audit.rate:.0f} entries/s)")
        processes.append(start("audit", "pseah.audit", {
            **base, "PSEAH_AUDIT_DATABASE": dbs["audit"], "PSEAH_AUDIT_PORT": str(ports["audit"]),
            "PSEAH_AUDIT_CONSUMER_GROUP": groups["audit"], "PSEAH_AUDIT_TOPICS": json.dumps([audit_topic]),
            "PSEAH_AUDIT_CHECKPOINT_TOPIC": checkpoint_topic, "PSEAH_AUDIT_SIGNING_KEY_FILE": str(key_file)}, tmp))
        wait_http(processes[-1], f"http://127.0.0.1:{ports['audit']}/readyz")
        say(f"started audit :{ports['audit']}")
        # The auditor page verifies the whole log on each load: timed here through the same API.
        auditor = {"authorization": f"Bearer {token('auditor')}"}
        t = time.perf_counter()
        verdict = httpx.get(f"http://127.0.0.1:{ports['audit']}/v1/audit/verify", headers=auditor, timeout=600)
        verify_seconds = time.perf_counter() - t
        # The portal calls the audit service with its http_timeout (audit_timeout is its Kafka producer's).
        portal_timeout = PortalSettings().http_timeout
        say(f"audit API: verify answered {verdict.status_code} in {verify_seconds:.1f} s "
            f"(the portal waits {portal_timeout:.0f} s by default): {json.dumps(verdict.json())[:400]}")
        if verdict.status_code != 200 or verdict.json().get("status") != "intact" or verdict.json().get(
                "unsigned_entries"):
            raise RuntimeError("the seeded chain does not verify")
        if verify_seconds * 2 > portal_timeout:
            # The auditor page verifies the whole log on every load; say so rather than shoot an error page.
            portal_timeout = float(int(verify_seconds * 3) + 10)
            say(f"NOTE: verifying this log takes longer than half the portal's http_timeout; this run's portal "
                f"waits {portal_timeout:.0f} s (PSEAH_PORTAL_HTTP_TIMEOUT)")

        analytics = None
        if args.only != "auditor":
            analytics = seed_analytics(events, mongo_uri=MONGO, database=dbs["analytics"], progress=say)
            say(f"seeded analytics: {analytics.events} events through readmodel.store.record in "
                f"{analytics.seconds:.1f} s ({analytics.rate:.0f} events/s)")
            skip_to_end(group=f"pseah-{groups['analytics']}",
                        topics=[*Topics.lanes(Topics.TRIAGE), *Topics.lanes(Topics.CASES)])
            processes.append(start("analytics", "pseah.analytics", {
                **base, "PSEAH_ANALYTICS_DATABASE": dbs["analytics"], "PSEAH_ANALYTICS_PORT": str(ports["analytics"]),
                "PSEAH_ANALYTICS_CONSUMER_GROUP": groups["analytics"]}, tmp))
            wait_http(processes[-1], f"http://127.0.0.1:{ports['analytics']}/readyz")
            say(f"started analytics :{ports['analytics']}")
            coordinator = {"authorization": f"Bearer {token('coordinator')}"}
            table = httpx.get(f"http://127.0.0.1:{ports['analytics']}/v1/tables/reports.category", headers=coordinator,
                              timeout=60).json()
            say(f"analytics API: reports.category total {table['total']}, cells {table['cells']}")

        # Pages the screenshots do not open (cases, triage, the form) point nowhere: never at the running suite.
        nowhere = f"127.0.0.1:{ports['nowhere']}"
        ports["analytics"] = ports["analytics"] if analytics else ports["nowhere"]
        processes.append(start("portal", "pseah.portal", {
            **base, "PSEAH_PORTAL_PORT": str(ports["portal"]), "PSEAH_PORTAL_PUBLIC_URL": REGISTERED_PORTAL,
            "PSEAH_PORTAL_ANALYTICS_URL": f"http://127.0.0.1:{ports['analytics']}",
            "PSEAH_PORTAL_AUDIT_URL": f"http://127.0.0.1:{ports['audit']}",
            "PSEAH_PORTAL_HTTP_TIMEOUT": str(portal_timeout),
            "PSEAH_PORTAL_INTAKE_URL": f"http://{nowhere}", "PSEAH_PORTAL_TRIAGE_URL": f"http://{nowhere}",
            "PSEAH_PORTAL_REFERRAL_GRPC": nowhere, "PSEAH_PORTAL_MONGO_DB": dbs["portal"],
            "PSEAH_PORTAL_KEYS_DB": dbs["keys"], "PSEAH_PORTAL_SECRET_KEY": "screens-" + uuid.uuid4().hex}, tmp))
        wait_http(processes[-1], f"http://127.0.0.1:{ports['portal']}/healthz")
        say(f"started portal :{ports['portal']} (public URL {REGISTERED_PORTAL}, redirects rewritten)")

        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            try:
                size = f"{args.reports // 1000}k" if args.reports % 1000 == 0 else str(args.reports)
                for lang, name in (("id", f"12-dashboard-{size}.png"), ("en", f"12-dashboard-{size}-en.png")):
                    if args.only != "auditor":
                        shot = shoot_dashboard(browser, f"http://127.0.0.1:{ports['portal']}", args.out, lang=lang,
                                               name=name)
                        say(f"screenshot {shot}")
                if args.only != "dashboard":
                    shot = shoot_audit(browser, f"http://127.0.0.1:{ports['portal']}", args.out,
                                       name=f"13-auditor-{size}.png")
                    say(f"screenshot {shot}")
            finally:
                browser.close()

        if analytics:
            with pymongo.MongoClient(MONGO, serverSelectionTimeoutMS=5000) as client:
                counted = client[dbs["analytics"]]["applied_events"].count_documents({})
            if counted != analytics.events:
                raise RuntimeError(f"analytics holds {counted} events, {analytics.events} were seeded: it counted "
                                   "events of the running suite, so the screenshots are not of the seeded store")
            say(f"analytics counted exactly the {counted} seeded events (none of the running suite's)")
    except BaseException:
        for process in processes:
            say(f"--- {process.name} log (last lines) ---\n{process.tail()}")
        raise
    finally:
        for process in processes:
            process.stop()
        forget_kafka(groups=[f"pseah-{g}" for g in groups.values()], topics=own_topics)
        if args.keep:
            say(f"kept databases: {', '.join(dbs.values())}")
        else:
            with pymongo.MongoClient(MONGO, serverSelectionTimeoutMS=5000) as client:
                for name in dbs.values():
                    client.drop_database(name)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()

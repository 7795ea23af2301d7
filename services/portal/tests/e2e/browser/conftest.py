"""Browser fixtures: Debian's Chromium driven by Playwright against a portal this module starts itself.

The stack is the suite's real code on the real infrastructure (Kafka, FerretDB, Keycloak), each process on a free
port with databases and topics of its own, dropped afterwards: intake (the form's back end), referral (cases,
directory) and the portal. Never the running suite's processes or data.

Keycloak only accepts the portal's registered redirect URI (http://127.0.0.1:8000/auth/callback), so the test portal
keeps that public URL and the browser context rewrites Keycloak's redirect to the test portal's port.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from pseah.common.settings import repo_root

ROOT = repo_root()
SECRETS = ROOT / "var/secrets"
KAFKA = "127.0.0.1:9092"
MONGO = "mongodb://127.0.0.1:27017"
KEYCLOAK = "http://127.0.0.1:8080"
REGISTERED_PORTAL = "http://127.0.0.1:8000"
CHROMIUM = Path(os.environ.get("PSEAH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
AXE_VERSION = "4.14.1"
AXE_DIR = ROOT / "var/cache/node"
AXE_JS = AXE_DIR / "node_modules/axe-core/axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def port_open(address: str) -> bool:
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def drop_databases(*names: str) -> None:
    import pymongo

    with pymongo.MongoClient(MONGO, serverSelectionTimeoutMS=5000) as client:
        for name in names:
            client.drop_database(name)


def demo_user(username: str) -> tuple[str, str]:
    users = {u["username"]: u for u in json.loads((SECRETS / "demo-users.json").read_text())}
    if username not in users:
        pytest.skip(f"demo user {username} not in var/secrets/demo-users.json")
    return username, (SECRETS / "demo-password").read_text().strip()


def _keycloak_ready() -> bool:
    try:
        return httpx.get(f"{KEYCLOAK}/realms/pseah/.well-known/openid-configuration", timeout=3).status_code == 200
    except httpx.HTTPError:
        return False


@dataclass
class Process:
    name: str
    proc: subprocess.Popen
    log: Path

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start(name: str, module: str, env: dict, logs: Path) -> Process:
    log = logs / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", module], env=env, stdout=out, stderr=subprocess.STDOUT)
    return Process(name, proc, log)


def wait_http(process: Process, url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        assert process.proc.poll() is None, f"{process.name} exited: {process.tail()}"
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, f"{process.name} not up in {timeout} s: {process.tail()}"
        time.sleep(0.3)


def wait_grpc(process: Process, address: str, timeout: float = 60) -> None:
    import grpc

    channel = grpc.insecure_channel(address)
    deadline = time.monotonic() + timeout
    try:
        while True:
            assert process.proc.poll() is None, f"{process.name} exited: {process.tail()}"
            try:
                grpc.channel_ready_future(channel).result(timeout=1)
                return
            except grpc.FutureTimeoutError:
                assert time.monotonic() < deadline, f"{process.name} gRPC not up: {process.tail()}"
    finally:
        channel.close()


@dataclass
class Stack:
    portal_url: str
    intake_url: str
    triage_topic: str
    keys_db: str
    master_key: Path
    intake_db: str = ""
    processes: list[Process] = field(default_factory=list)


@pytest.fixture(scope="session")
def need_chromium():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} missing: apt-get install -y chromium (deploy/local/test.sh does it)")


@pytest.fixture(scope="module")
def stack(need_chromium, tmp_path_factory):
    if not (port_open(KAFKA) and port_open("127.0.0.1:27017") and _keycloak_ready()):
        pytest.skip("Kafka, FerretDB and Keycloak (realm pseah) must be running (deploy/local/*.sh start)")
    if not (SECRETS / "demo-users.json").exists():
        pytest.skip("Keycloak demo users not generated yet")
    from kafka.admin import KafkaAdminClient

    from pseah.common.crypto import KeyFileWrapper
    from pseah.common.events import Topics
    from pseah.common.kafka import ensure_topics

    suffix = uuid.uuid4().hex[:8]
    tmp = tmp_path_factory.mktemp("browser-stack")
    master = tmp / "master.key"
    KeyFileWrapper(master)  # creates the test's own master key
    dbs = {name: f"pseah_test_portal_browser_{name}_{suffix}" for name in ("intake", "keys", "referral", "portal")}
    topics = [f"test.portal.browser.{suffix}.triage", f"test.portal.browser.{suffix}.cases"]
    ensure_topics(bootstrap=KAFKA, topics=topics, partitions=2)
    ensure_topics(bootstrap=KAFKA, topics=[Topics.ACCESS, Topics.REPORTS])
    base = {**os.environ, "PSEAH_MASTER_KEY_FILE": str(master), "PSEAH_LOG_LEVEL": "WARNING",
            "PSEAH_FAUST_DATADIR": str(tmp / "faust")}
    intake_port, portal_port = free_port(), free_port()
    referral_grpc = f"127.0.0.1:{free_port()}"
    intake_env = {**base, "PSEAH_INTAKE_PORT": str(intake_port), "PSEAH_INTAKE_MONGO_DB": dbs["intake"],
                  "PSEAH_INTAKE_KEYS_DB": dbs["keys"], "PSEAH_INTAKE_CONSUME_STATUS_EVENTS": "false"}
    referral_env = {**base, "PSEAH_REFERRAL_DATABASE": dbs["referral"], "PSEAH_REFERRAL_PORT": str(free_port()),
                    "PSEAH_REFERRAL_GRPC_PORT": referral_grpc.rsplit(":", 1)[1],
                    "PSEAH_REFERRAL_APP_NAME": f"portal-browser-referral-{suffix}",
                    "PSEAH_REFERRAL_TRIAGE_TOPIC": topics[0], "PSEAH_REFERRAL_CASES_TOPIC": topics[1]}
    portal_env = {**base, "PSEAH_PORTAL_PORT": str(portal_port), "PSEAH_PORTAL_PUBLIC_URL": REGISTERED_PORTAL,
                  "PSEAH_PORTAL_INTAKE_URL": f"http://127.0.0.1:{intake_port}",
                  "PSEAH_PORTAL_REFERRAL_GRPC": referral_grpc, "PSEAH_PORTAL_MONGO_DB": dbs["portal"],
                  "PSEAH_PORTAL_KEYS_DB": dbs["keys"], "PSEAH_PORTAL_SECRET_KEY": "browser-" + uuid.uuid4().hex,
                  "PSEAH_PORTAL_AUDIT_URL": f"http://127.0.0.1:{free_port()}"}
    load = subprocess.run([sys.executable, "-c", "from pseah.referral.cli import directory_app; directory_app()",
                           "load-demo"], env=referral_env, capture_output=True, text=True, timeout=60)
    assert load.returncode == 0, load.stderr[-2000:]
    stack = Stack(portal_url=f"http://127.0.0.1:{portal_port}", intake_url=f"http://127.0.0.1:{intake_port}",
                  triage_topic=topics[0], keys_db=dbs["keys"], master_key=master, intake_db=dbs["intake"])
    try:
        stack.processes.append(start("intake", "pseah.intake", intake_env, tmp))
        stack.processes.append(start("referral", "pseah.referral", referral_env, tmp))
        stack.processes.append(start("portal", "pseah.portal", portal_env, tmp))
        wait_http(stack.processes[0], f"{stack.intake_url}/healthz")
        wait_grpc(stack.processes[1], referral_grpc)
        wait_http(stack.processes[2], f"{stack.portal_url}/healthz")
        yield stack
    finally:
        for process in stack.processes:
            process.stop()
        drop_databases(*dbs.values())
        admin = KafkaAdminClient(bootstrap_servers=KAFKA)
        try:
            admin.delete_topics([*topics, *(f"{t}.dlq" for t in topics)])
        except Exception:  # noqa: BLE001 - leftover test topics are harmless
            pass
        finally:
            admin.close()


@pytest.fixture(scope="module")
def browser(need_chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def new_context(browser, stack: Stack, **options):
    """A phone-sized context whose Keycloak redirects to the registered portal URL land on the test portal,
    and which records Content-Security-Policy violations (the portal must need no exception to its policy)."""
    context = browser.new_context(viewport={"width": 390, "height": 800}, **options)
    context.csp_violations = []

    def rewrite(route):
        request = route.request
        if request.resource_type != "document":
            return route.continue_()
        response = route.fetch(max_redirects=0)
        location = response.headers.get("location", "")
        if response.status in (301, 302, 303, 307) and location.startswith(REGISTERED_PORTAL + "/"):
            headers = {k: v for k, v in response.headers.items() if k.lower() != "location"}
            headers["location"] = stack.portal_url + location[len(REGISTERED_PORTAL):]
            return route.fulfill(status=response.status, headers=headers, body=b"")
        return route.fulfill(response=response)

    context.route(f"{KEYCLOAK}/realms/pseah/**", rewrite)

    def on_console(message):
        if "Content Security Policy" in message.text:
            context.csp_violations.append(message.text)

    context.on("console", on_console)
    return context


def keycloak_login(page, stack: Stack, *, username: str, password: str, next_path: str = "/cases") -> None:
    """Through the real Keycloak login page: username (and, with organisations on, password on a second page)."""
    page.goto(f"{stack.portal_url}/login?next={next_path}")
    page.wait_for_selector("#username, #password", timeout=20000)
    assert page.url.startswith(f"{KEYCLOAK}/realms/pseah/"), page.url
    if page.locator("#username").count():
        page.fill("#username", username)
    if page.locator("#password").count():
        page.fill("#password", password)
        page.click("#kc-login")
    else:
        page.click("#kc-login")
        page.wait_for_selector("#password", timeout=20000)
        page.fill("#password", password)
        page.click("#kc-login")
    page.wait_for_url(f"{stack.portal_url}/**", timeout=20000)


def axe_violations(page) -> list[dict]:
    """axe-core (from the npm registry, cached under var/cache/node) run in the page for WCAG 2.1 A and AA."""
    if not AXE_JS.exists():
        npm = shutil.which("npm")
        if npm is None:
            pytest.skip("npm missing: cannot fetch axe-core")
        AXE_DIR.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", str(AXE_DIR),
                               f"axe-core@{AXE_VERSION}"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
    page.add_script_tag(content=AXE_JS.read_text())
    result = page.evaluate("""async (tags) => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
        return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
    }""", WCAG_AA)
    return result


@pytest.fixture(scope="session")
def screens_dir(tmp_path_factory) -> Path:
    """Where browser tests save their screenshots: PSEAH_SCREENS_DIR (docs/screens to refresh the documented ones),
    else a temporary directory, so an ordinary test run leaves the repository as it was."""
    wanted = os.environ.get("PSEAH_SCREENS_DIR")
    if wanted:
        path = Path(wanted) if Path(wanted).is_absolute() else ROOT / wanted
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("screens")

"""The fault suite: under a steady load of reports, kill -9 parts of the running suite in turn, restart each, and
prove that no report a reporter was told is safe was lost, and no e-mail repeated beyond what the store records.

Load: reports POSTed to intake at a fixed rate, each naming UNICEF and consenting to referral (so every stage does
its full work) in Lombok Barat (5201, NTB: only the national service covers it), which leaves the Cianjur (3203) demo providers that other tests rely
on untouched. Every 202 is remembered with its reference; every other answer is counted.

Faults, one part at a time: SIGKILL to the part's process group (the pid in var/run/<part>.pid that `make run`
wrote; each component leads its own group), a pause while it is down, then its own start command
(deploy/local/<part>.sh start, or deploy/local/services.sh start <service>), which returns once it is ready. Two
times are measured from the kill: `ready` (the part answers its readiness check again) and `flow` (a probe report
accepted after the restart is in its focal point's mailbox and its audit trail ends with notification.sent.v1).
Keycloak is off the reporting path: its flow is a token issued again.

Checks at the end, on what the real servers hold:
- every report answered 202 is in the mailbox: one e-mail per notification (files in the SMTP sink per
  X-PSEAH-Notification-Id, all under its one Message-ID), read after the notification store says every one of them
  is sent (from then on no copy can be added), and a second copy only where the store records an unsure re-send
  (the worker killed between handing the message over and reading the server's answer: the guarantee of
  services/notification/src/pseah/notification/notifications/service.py, asserted strictly);
- its audit trail has report.received.v1, report.triaged.v1, case.assigned.v1 and a notification.sent.v1 per
  e-mail, and `pseah audit verify` passes on the whole chain;
- while the store was down intake answered 503 with a Retry-After header, and never a 500; while Kafka was down
  it still accepted reports (they wait in the outbox).
"""
from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.parser import BytesHeaderParser
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
LOCAL = ROOT / "deploy/local"
RUN = ROOT / "var/run"
MAILDIR = Path(os.environ.get("PSEAH_SMTP_DIR", ROOT / "var/data/smtp"))
INTAKE = os.environ.get("PSEAH_FAULTS_INTAKE", "http://127.0.0.1:8001")
KEYCLOAK = os.environ.get("PSEAH_KEYCLOAK_URL", "http://127.0.0.1:8080")
MONGO = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
FOCAL_POINT = "fp-unicef@unicef.example"
REFERENCE = re.compile(r"PSEAH-[0-9A-Z]{8}")
SERVICES = ("intake", "triage", "referral", "notification", "audit", "analytics", "portal")
INFRA = ("kafka", "ferretdb", "keycloak")
# The whole suite, in the order `make faults` kills it; the short run in `make test` kills a service, the store and
# Kafka (the parts whose loss could lose or double a report; the others are covered by `make faults`).
ALL_PARTS = ("kafka", "ferretdb", "keycloak", *SERVICES)
SHORT_PARTS = ("notification", "ferretdb", "kafka")
TRAIL = ("report.received.v1", "report.triaged.v1", "case.assigned.v1", "notification.sent.v1")
NARRATIVE = ("Seorang relawan UNICEF di posko pengungsian meminta seorang ibu berhubungan badan dengan imbalan "
             "beras dan terpal. Laporan uji gangguan, bukan kasus nyata. Kata acak: {words}.")


def say(text: str) -> None:
    print(f"[faults] {text}", flush=True)


def narrative(rng: random.Random) -> str:
    # Made-up words give each report its own wording: identical ones would be linked to one another by triage.
    return NARRATIVE.format(words=" ".join("".join(rng.choice("bcdfgjklmnprstw") + rng.choice("aiueo")
                                                   for _ in range(3)) for _ in range(20)))


def report_body(rng: random.Random) -> dict:
    return {"narrative": narrative(rng), "region_code": "5201", "perpetrator_org": "unicef",
            "consent": {"referral": True, "contact": False, "share_with_org": True}}


# ------------------------------------------------------------------------------------------------ load
@dataclass
class Answer:
    at: float
    status: int | None  # None: no HTTP answer (connection refused, reset, timed out)
    retry_after: str | None = None
    error: str | None = None


class Load:
    """Reports at `rate` per second from a pool of senders; a tick finding every sender busy is skipped."""

    def __init__(self, *, rate: float, senders: int = 8):
        self.rate = rate
        self.accepted: dict[str, float] = {}
        self.answers: list[Answer] = []
        self.skipped = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._busy = threading.Semaphore(senders)
        self._pool = ThreadPoolExecutor(max_workers=senders, thread_name_prefix="load")
        self._client = httpx.Client(timeout=20)
        self._rng = random.Random()
        self._ticker = threading.Thread(target=self._tick, name="load-ticker", daemon=True)

    def start(self) -> Load:
        self._ticker.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._ticker.join(5)
        self._pool.shutdown(wait=True)
        self._client.close()

    def _tick(self) -> None:
        next_at = time.monotonic()
        while not self._stop.is_set():
            if self._busy.acquire(blocking=False):
                self._pool.submit(self._one)
            else:
                self.skipped += 1
            next_at += 1.0 / self.rate
            self._stop.wait(max(0.0, next_at - time.monotonic()))

    def _one(self) -> None:
        try:
            try:
                response = self._client.post(f"{INTAKE}/v1/reports", json=report_body(self._rng))
            except httpx.HTTPError as exc:
                answer = Answer(at=time.time(), status=None, error=type(exc).__name__)
            else:
                answer = Answer(at=time.time(), status=response.status_code,
                                retry_after=response.headers.get("retry-after"))
                if response.status_code == 202:
                    with self._lock:
                        self.accepted[response.json()["reference"]] = answer.at
            with self._lock:
                self.answers.append(answer)
        finally:
            self._busy.release()

    def between(self, start: float, end: float) -> list[Answer]:
        with self._lock:
            return [a for a in self.answers if start <= a.at <= end]


# ------------------------------------------------------------------------------------------------ mailbox
@dataclass
class Mail:
    name: str
    reference: str
    to: str
    message_id: str
    notification_id: str


class Mailbox:
    """The SMTP sink's files that arrived since the run began (the sink names each after its UTC arrival time)."""

    def __init__(self, folder: Path = MAILDIR):
        self.folder = folder
        self.since = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self.mails: dict[str, list[Mail]] = defaultdict(list)
        self._seen: set[str] = set()
        self._parser = BytesHeaderParser(policy=policy.default)

    def scan(self) -> dict[str, list[Mail]]:
        for entry in os.scandir(self.folder):
            name = entry.name
            if not name.endswith(".eml") or name in self._seen or name < self.since:
                continue
            self._seen.add(name)
            with open(entry.path, "rb") as handle:
                head = self._parser.parse(handle)
            found = REFERENCE.search(str(head.get("Subject", "")))
            if found:
                self.mails[found.group()].append(Mail(
                    name=name, reference=found.group(), to=str(head.get("X-Original-To", head.get("To", ""))),
                    message_id=str(head.get("Message-ID", "")),
                    notification_id=str(head.get("X-PSEAH-Notification-Id", ""))))
        return self.mails

    def has_focal_point_mail(self, reference: str, *, rescan: bool = True) -> bool:
        mails = self.scan() if rescan else self.mails
        return any(FOCAL_POINT in mail.to for mail in mails.get(reference, ()))


# ------------------------------------------------------------------------------------------------ stores
class Stores:
    """Read-only views of the notification store and the audit chain, through the audit CLI's own functions."""

    def __init__(self):
        from pymongo import MongoClient

        from pseah.audit.config import get_settings
        from pseah.common import mongo

        self._client = MongoClient(MONGO, serverSelectionTimeoutMS=5000)
        self._notifications = self._client[os.environ.get("PSEAH_NOTIFICATION_DATABASE", "pseah_notification")][
            "notifications"]
        settings = get_settings()
        mongo.connect(uri=settings.mongo_uri, db=settings.database, alias="default")

    def notifications(self, references: list[str]) -> list[dict]:
        """The e-mail notifications of these cases; [] while the store cannot be read (it may be restarting)."""
        from pymongo.errors import PyMongoError

        found = []
        try:
            for start in range(0, len(references), 200):
                found += list(self._notifications.find(
                    {"reference": {"$in": references[start:start + 200]}, "channel": "email"},
                    {"reference": 1, "status": 1, "message_id": 1, "uncertain_resends": 1}))
        except PyMongoError:
            return []
        return found

    @staticmethod
    def trail(reference: str) -> list[dict]:
        """One case's audit entries, oldest first (what `pseah audit trail` prints); [] while the store is away."""
        from pymongo.errors import PyMongoError

        from pseah.audit.chain import service

        try:
            return service.list_entries(subject=reference, limit=1000)
        except PyMongoError:
            return []

    def close(self) -> None:
        self._client.close()


# ------------------------------------------------------------------------------------------------ faults
def pid_of(part: str) -> int | None:
    try:
        pid = int((RUN / f"{part}.pid").read_text().split()[0])
        os.kill(pid, 0)
        return pid
    except (OSError, ValueError, IndexError):
        return None


def kill9(part: str) -> None:
    """SIGKILL the part's whole process group (start_bg in lib.sh makes each component lead its own)."""
    pid = pid_of(part)
    assert pid is not None, f"{part} is not running (no live pid in var/run/{part}.pid): run `make run` first"
    os.killpg(pid, signal.SIGKILL)
    end = time.monotonic() + 30
    while pid_of(part) is not None:
        assert time.monotonic() < end, f"{part} (pid {pid}) survived SIGKILL"
        time.sleep(0.1)


def restart(part: str, log: Path) -> None:
    command = ([str(LOCAL / "services.sh"), "start", part] if part in SERVICES
               else [str(LOCAL / f"{part}.sh"), "start"])
    with log.open("ab") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, timeout=600, cwd=ROOT)
    assert done.returncode == 0, f"restarting {part} failed; see {log}"


def wait_for(predicate, *, timeout: float, what: str, every: float = 0.5):
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        assert time.monotonic() < end, f"timed out after {timeout:.0f}s waiting for {what}"
        time.sleep(every)


def keycloak_token() -> bool:
    users = json.loads((ROOT / "var/secrets/demo-users.json").read_text())
    password = os.environ.get("PSEAH_DEMO_PASSWORD") or (ROOT / "var/secrets/demo-password").read_text().strip()
    try:
        answer = httpx.post(f"{KEYCLOAK}/realms/pseah/protocol/openid-connect/token", timeout=10, data={
            "grant_type": "password", "client_id": "pseah-cli", "username": users[0]["username"],
            "password": password, "scope": "openid"})
    except httpx.HTTPError:
        return False
    return answer.status_code == 200 and "access_token" in answer.json()


@dataclass
class Recovery:
    part: str
    down_s: float  # how long it was held down before its restart began
    ready_s: float  # kill -> ready again
    flow_s: float  # kill -> a report accepted after the restart is in its mailbox and audited
    window: tuple[float, float]  # wall-clock time of the kill and of the restart's start


@dataclass
class Run:
    parts: tuple[str, ...]
    rate: float = 1.0
    warmup: float = 8.0
    hold: dict[str, float] = field(default_factory=lambda: {"ferretdb": 8.0, "kafka": 5.0})
    flow_timeout: float = 240.0
    drain_timeout: float = 420.0
    log: Path = ROOT / "var/log/faults.log"

    def probe(self, stores: Stores, mailbox: Mailbox, *, deadline: float) -> str:
        """A report accepted now, followed to its mailbox and to the end of its audit trail."""
        rng = random.Random()

        def accepted() -> str | None:
            try:
                answer = httpx.post(f"{INTAKE}/v1/reports", json=report_body(rng), timeout=20)
            except httpx.HTTPError:
                return None
            return answer.json()["reference"] if answer.status_code == 202 else None

        reference = wait_for(accepted, timeout=deadline - time.monotonic(), what="intake to accept a probe", every=1)
        wait_for(lambda: mailbox.has_focal_point_mail(reference), timeout=deadline - time.monotonic(),
                 what=f"the probe {reference} in the focal point's mailbox")
        wait_for(lambda: "notification.sent.v1" in {e["type"] for e in stores.trail(reference)},
                 timeout=deadline - time.monotonic(), what=f"the probe {reference}'s audit trail", every=1)
        return reference

    def fault(self, part: str, stores: Stores, mailbox: Mailbox) -> Recovery:
        say(f"kill -9 {part}")
        killed = time.time()
        kill9(part)
        time.sleep(self.hold.get(part, 2.0))
        restarting = time.time()
        restart(part, self.log)
        ready = time.time()
        say(f"{part} ready again {ready - killed:.1f}s after the kill")
        deadline = time.monotonic() + self.flow_timeout
        if part == "keycloak":
            wait_for(keycloak_token, timeout=self.flow_timeout, what="a token from Keycloak", every=1)
        else:
            self.probe(stores, mailbox, deadline=deadline)
        flowing = time.time()
        again = "Keycloak issues tokens" if part == "keycloak" else "reports flow to the mailbox and the audit log"
        say(f"{part}: {again} again {flowing - killed:.1f}s after the kill")
        return Recovery(part=part, down_s=round(restarting - killed, 1), ready_s=round(ready - killed, 1),
                        flow_s=round(flowing - killed, 1), window=(killed, restarting))

    def execute(self) -> dict:
        unknown = set(self.parts) - set(ALL_PARTS)
        assert not unknown, f"unknown parts {sorted(unknown)} (known: {', '.join(ALL_PARTS)})"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        mailbox, stores = Mailbox(), Stores()
        try:
            say(f"warming up: the suite takes a probe report end to end (load {self.rate}/s starts after it)")
            self.probe(stores, mailbox, deadline=time.monotonic() + self.flow_timeout)
            load = Load(rate=self.rate).start()
            try:
                time.sleep(self.warmup)
                recoveries = [self.fault(part, stores, mailbox) for part in self.parts]
                time.sleep(self.warmup)  # the load goes on a little after the last restart
            finally:
                load.stop()
            say(f"load stopped: {len(load.accepted)} reports accepted; checking every one")
            verdict = self.check(load, recoveries, stores, mailbox)
        finally:
            stores.close()
        verdict["seconds"] = round(time.monotonic() - started, 1)
        return verdict

    # -------------------------------------------------------------------------------------------- checks
    def check(self, load: Load, recoveries: list[Recovery], stores: Stores, mailbox: Mailbox) -> dict:
        references = sorted(load.accepted)
        assert references, "no report was accepted under load"

        # Lost: a 202 whose report never reached the focal point's mailbox.
        def missing() -> list[str]:
            mailbox.scan()
            return [r for r in references if not mailbox.has_focal_point_mail(r, rescan=False)]

        end = time.monotonic() + self.drain_timeout
        while (lost := missing()) and time.monotonic() < end:
            time.sleep(1)
        assert not lost, f"{len(lost)} accepted reports never reached their mailbox, e.g. {lost[:5]}"

        # Doubled: once every notification is sent in its store no further copy can be handed over, so the sink's
        # files are then final. The guarantee (services/notification/.../notifications/service.py), strictly: one
        # e-mail per notification under its one Message-ID, a second only where the store records an unsure
        # re-send (a kill between the hand-over and the server's answer).
        notifications = wait_for(lambda: (docs := stores.notifications(references))
                                 and all(d["status"] == "sent" for d in docs) and docs,
                                 timeout=self.drain_timeout, what="every notification to be sent in its store")
        mails = mailbox.scan()
        per_notification: dict[str, list[Mail]] = defaultdict(list)
        for reference in references:
            for mail in mails[reference]:
                per_notification[mail.notification_id].append(mail)
        stored = {d["_id"]: d for d in notifications}
        assert set(per_notification) == set(stored), "an e-mail without its notification, or one without its e-mail"
        assert all(len({m.message_id for m in copies}) == 1 and copies[0].message_id == stored[nid]["message_id"]
                   for nid, copies in per_notification.items()), "one notification's e-mails under two Message-IDs"
        unexplained = {nid: [m.name for m in copies] for nid, copies in per_notification.items()
                       if len(copies) > 1 + (stored[nid].get("uncertain_resends") or 0)}
        assert not unexplained, f"e-mails repeated without an unsure re-send on record: {unexplained}"
        doubled = sum(1 for copies in per_notification.values() if len(copies) > 1)
        unsure = sum(d.get("uncertain_resends") or 0 for d in notifications)

        # Audit: every accepted report's trail has its events, each notification's notification.sent.v1 included:
        # one per notification, not per copy (an unsure re-send is a second copy of the same notification, sent
        # once in its store; fresh-clone run R14 had one and this check counted copies).
        notified = Counter(copies[0].reference for copies in per_notification.values())

        def gaps() -> dict[str, list[str]]:
            found = {}
            for reference in references:
                types = Counter(e["type"] for e in stores.trail(reference))
                absent = [t for t in TRAIL if not types[t]]
                if types["notification.sent.v1"] < notified[reference]:
                    absent.append(f"notification.sent.v1 x{notified[reference] - types['notification.sent.v1']}")
                if absent:
                    found[reference] = absent
            return found

        end = time.monotonic() + self.drain_timeout
        while (missing_events := gaps()) and time.monotonic() < end:
            time.sleep(2)
        assert not missing_events, f"audit trails with gaps: {dict(list(missing_events.items())[:5])}"
        verify = subprocess.run([str(ROOT / ".venv/bin/pseah"), "audit", "verify", "--json"], capture_output=True,
                                text=True, timeout=600, cwd=ROOT)
        assert verify.returncode == 0, f"pseah audit verify failed: {verify.stdout}{verify.stderr}"
        chain = json.loads(verify.stdout.strip().splitlines()[-1])

        # Intake: 503 with Retry-After while the store was down, never a 500; accepting while Kafka was down.
        statuses = Counter(str(a.status or a.error) for a in load.answers)
        assert not any(a.status and a.status >= 500 and a.status != 503 for a in load.answers), statuses
        unavailable = [a for a in load.answers if a.status == 503]
        assert all(a.retry_after and a.retry_after.isdigit() for a in unavailable), "a 503 without Retry-After"
        windows = {r.part: r.window for r in recoveries}
        if "ferretdb" in windows:
            during = load.between(*windows["ferretdb"])
            assert any(a.status == 503 for a in during), f"no 503 while the store was down: {during}"
        if "kafka" in windows:
            during = load.between(*windows["kafka"])
            assert any(a.status == 202 for a in during), f"no report accepted while Kafka was down: {during}"

        return {
            "parts": {r.part: {"down_s": r.down_s, "ready_s": r.ready_s, "flow_s": r.flow_s} for r in recoveries},
            "accepted": len(references), "lost": 0, "doubled": doubled, "unsure_resends": unsure,
            "emails": sum(len(copies) for copies in per_notification.values()), "answers": dict(statuses),
            "retry_after_on_503": len(unavailable),
            "skipped_ticks": load.skipped, "audit_entries": chain.get("entries"),
        }


def summary(verdict: dict) -> str:
    lines = ["part          down   ready   flow  (seconds from the kill)"]
    for part, times in verdict["parts"].items():
        lines.append(f"{part:<12} {times['down_s']:>5} {times['ready_s']:>7} {times['flow_s']:>6}")
    lines.append(f"accepted {verdict['accepted']} reports, lost {verdict['lost']}, doubled {verdict['doubled']} "
                 f"({verdict['unsure_resends']} unsure re-sends on record); {verdict['emails']} e-mails; "
                 f"answers {verdict['answers']}; audit chain intact ({verdict['audit_entries']} entries); "
                 f"{verdict['seconds']} s in all")
    return "\n".join(lines)

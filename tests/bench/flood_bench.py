"""`make bench` (flood): N reports offered at a fixed rate, each one followed to its focal point's mailbox.

Against the running suite. Reports name a UNICEF volunteer, so each goes intake -> triage -> referral ->
notification and ends as an e-mail in the SMTP sink (matched by case reference, never by content). One urgent
report about a child is sent half-way through: its latency says whether urgent cases wait behind routine ones.
FerretDB's CPU seconds over the run (from /proc) divided by the reports gives the store's cost per report; with the
PostgreSQL backend, PostgreSQL's processes are counted beside it; the whole machine's busy CPU per report is the
suite's cost (on a quiet machine).

Audit keeping up: for every PSEAH_BENCH_FLOOD_AUDIT_SAMPLE-th report accepted (10; 0 turns it off) and the urgent one,
the time from its e-mail to the moment its audit trail holds notification.sent.v1, the last event of its journey
(read as `pseah audit trail` reads it, by `_id`, polled about once a second while the flood drains: +-1 s).

PSEAH_BENCH_FLOOD_REPORTS (300), PSEAH_BENCH_FLOOD_RATE (30/s), PSEAH_BENCH_FLOOD_DRAIN (600 s: how long to wait
for the last e-mail, and as long again at most for the sampled audit trails). Human summary on stderr; the last line on stdout is one JSON object of figures.
"""
from __future__ import annotations

import asyncio
import json
from collections import Counter
import os
import re
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notify_bench import INTAKE, MAILDIR, Mailbox, narrative, percentile, rounded, say  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
REPORTS = int(os.environ.get("PSEAH_BENCH_FLOOD_REPORTS", "300"))
RATE = float(os.environ.get("PSEAH_BENCH_FLOOD_RATE", "30"))
DRAIN = float(os.environ.get("PSEAH_BENCH_FLOOD_DRAIN", "600"))
AUDIT_SAMPLE = int(os.environ.get("PSEAH_BENCH_FLOOD_AUDIT_SAMPLE", "10"))
URGENT = ("Tadi malam anak saya yang berumur 12 tahun diperkosa oleh seorang relawan UNICEF di tenda posko. "
          "Laporan uji beban, bukan kasus nyata.")


def cpu_seconds(component: str) -> float | None:
    """User + system CPU seconds of a component started by `make run` (its pid file), children included."""
    try:
        pid = int((ROOT / f"var/run/{component}.pid").read_text().split()[0])
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, ValueError, IndexError):
        return None
    utime, stime, cutime, cstime = (int(v) for v in fields[11:15])
    return (utime + stime + cutime + cstime) / os.sysconf("SC_CLK_TCK")


# Where the machine's CPU goes: every component `make run` starts with a pid file (FerretDB is also reported alone).
COMPONENTS = ("intake", "triage", "referral", "notification", "audit", "analytics", "portal", "kafka", "keycloak",
              "ferretdb", "jaeger")


def components_cpu_seconds() -> dict[str, float]:
    """Per component, its extra workers (`<name>-2.pid` ... when scaled out) counted with it."""
    totals: dict[str, float] = {}
    for name in COMPONENTS:
        for pidfile in (ROOT / "var/run").glob(f"{name}*.pid"):
            worker = pidfile.stem
            if re.fullmatch(rf"{name}(-\d+)?", worker) and (seconds := cpu_seconds(worker)) is not None:
                totals[name] = totals.get(name, 0.0) + seconds
    return totals


def postgres_cpu_seconds() -> float | None:
    """CPU seconds of every PostgreSQL process (the store behind FerretDB when PSEAH_STORE_BACKEND=postgresql): the
    running ones and, through the postmaster's children counters, the ones that ended. None when none runs."""
    total, found = 0, False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, rest = text.split(" (", 1)[1].rsplit(")", 1)
        if name != "postgres":
            continue
        fields = rest.split()
        found = True
        total += sum(int(v) for v in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK") if found else None


def machine_cpu_seconds() -> float:
    """Busy CPU seconds of the whole machine (every core): what the suite as a whole spends."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def store_size() -> int | None:
    try:
        from pymongo import MongoClient

        uri = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
        with MongoClient(uri, serverSelectionTimeoutMS=3000) as client:
            # collStats' count, not estimated_document_count: FerretDB 1.24 answers `count` by reading every
            # document (29-36 s at 107,000 reports, before the baseline is taken), collStats from its own figures
            # (0.6-0.7 s).
            return int(client["pseah_intake"].command("collStats", "reports")["count"])
    except Exception:  # noqa: BLE001 - a figure we may not get is reported as unknown
        return None


# What each refused or failed offer got (flood_error_kinds): a status and the error's code, or the exception's type.
error_kinds: Counter = Counter()
answer_seconds: dict[str, float] = {}  # offer to 202 of every accepted report, by reference


class AuditWatch:
    """When each sampled report's audit trail first holds notification.sent.v1 (polled once a second)."""

    def __init__(self, mailbox: Mailbox):
        self.mailbox = mailbox
        self.sampled: list[str] = []
        self.complete: dict[str, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "AuditWatch":
        from pseah.audit.config import get_settings
        from pseah.common import mongo

        settings = get_settings()
        mongo.connect(uri=settings.mongo_uri, db=settings.database, alias="default")
        self._thread.start()
        return self

    def sample(self, reference: str) -> None:
        self.sampled.append(reference)

    def pending(self) -> list[str]:
        # Only reports already e-mailed: the lag is measured from the e-mail.
        return [ref for ref in list(self.sampled) if ref not in self.complete and ref in self.mailbox.arrived]

    def _run(self) -> None:
        from pymongo.errors import PyMongoError

        from pseah.audit.chain import service

        while not self._stop.is_set():
            for reference in self.pending():
                try:
                    types = {entry["type"] for entry in service.list_entries(subject=reference, limit=1000)}
                except PyMongoError:
                    break
                if "notification.sent.v1" in types:
                    self.complete[reference] = time.time()
            self._stop.wait(1.0)

    def done(self) -> bool:
        return not self.pending()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def lags(self) -> list[float]:
        return [self.complete[ref] - self.mailbox.arrived[ref] for ref in self.complete]


def _refusal(response: httpx.Response) -> str:
    try:
        code = response.json().get("code", "")
    except ValueError:
        code = ""
    return f"{response.status_code} {code}".strip()


async def flood(watch: AuditWatch | None) -> tuple[dict[str, float], str | None, float | None, int]:
    accepted: dict[str, float] = {}
    urgent_ref, urgent_at, errors = None, None, 0
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=200)) as client, \
            httpx.AsyncClient(timeout=60) as own_phone:
        async def one(text: str, via: httpx.AsyncClient = client) -> str | None:
            nonlocal errors
            offered = time.perf_counter()
            try:
                # Realistic: the organisation named and consent to referral, so every stage does its full work.
                # Lombok Barat (5201, NTB): no provider in the province, so only the national service takes the
                # referrals. A flood from West Java would use up the weekly capacity of the Cianjur (3203) demo
                # providers (matching falls back to any provider of the province), which the access matrix and
                # the journeys beside it rely on.
                response = await via.post(f"{INTAKE}/v1/reports", json={
                    "narrative": text, "region_code": "5201", "perpetrator_org": "unicef",
                    "consent": {"referral": True, "contact": False, "share_with_org": True}})
            except httpx.HTTPError as exc:
                errors += 1
                error_kinds[type(exc).__name__] += 1
                return None
            if response.status_code != 202:
                errors += 1
                error_kinds[_refusal(response)] += 1
                return None
            reference = response.json()["reference"]
            answer_seconds[reference] = time.perf_counter() - offered
            return reference

        async def routine() -> None:
            if ref := await one(narrative()):
                accepted[ref] = time.time()
                if watch is not None and len(accepted) % AUDIT_SAMPLE == 0:
                    watch.sample(ref)

        async def urgent() -> None:
            nonlocal urgent_ref, urgent_at
            # Timed from the offer, not from the 202: an intake slow to answer in a flood is part of the wait (from
            # the answer, a run whose 202 came after the e-mail once gave a negative latency).
            # On a connection of its own, as a reporter's phone is: in the flood's pool of 200 it would queue behind
            # the flood's own requests in this client, a wait of the load generator, not of intake's door.
            offered = time.time()
            urgent_ref = await one(URGENT, via=own_phone)
            urgent_at = offered
            if watch is not None and urgent_ref:
                watch.sample(urgent_ref)

        started, tasks = time.perf_counter(), []
        for n in range(REPORTS):
            delay = started + n / RATE - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(routine()))
            if n == REPORTS // 2:
                tasks.append(asyncio.create_task(urgent()))
        await asyncio.gather(*tasks)
    return accepted, urgent_ref, urgent_at, errors


def main() -> int:
    size = store_size()
    mailbox = Mailbox(MAILDIR).start()
    components_before, machine_before = components_cpu_seconds(), machine_cpu_seconds()
    cpu_before, pg_before = components_before.get("ferretdb"), postgres_cpu_seconds()
    watch = AuditWatch(mailbox).start() if AUDIT_SAMPLE > 0 else None
    began = time.time()
    accepted, urgent_ref, urgent_at, errors = asyncio.run(flood(watch))
    offered_for = time.time() - began
    wanted = set(accepted) | ({urgent_ref} if urgent_ref else set())
    deadline = time.monotonic() + DRAIN
    while time.monotonic() < deadline and not wanted <= mailbox.arrived.keys():
        time.sleep(0.5)
    audit_deadline = time.monotonic() + DRAIN
    while watch is not None and time.monotonic() < audit_deadline and not watch.done():
        time.sleep(0.5)
    if watch is not None:
        watch.stop()
    mailbox.stop()
    components_after, machine_after = components_cpu_seconds(), machine_cpu_seconds()
    cpu_after, pg_after = components_after.get("ferretdb"), postgres_cpu_seconds()
    arrived = {ref: mailbox.arrived[ref] for ref in wanted if ref in mailbox.arrived}
    last = max(arrived.values(), default=None)
    latencies = [mailbox.arrived[ref] - t for ref, t in accepted.items() if ref in mailbox.arrived]
    figures = {
        "flood_store_reports_before": size,
        "flood_reports": len(accepted),
        "flood_offered_rate": RATE,
        "flood_offered_seconds": round(offered_for, 1),
        "flood_errors": errors,
        "flood_error_kinds": dict(error_kinds),
        "flood_delivered": len(arrived),
        "flood_seconds_to_last_email": rounded(last - began if last else None, 1),
        "flood_end_to_end_reports_per_s": rounded(len(arrived) / (last - began) if last else None, 2),
        "flood_latency_p50_s": rounded(percentile(latencies, 0.5)),
        "flood_latency_p95_s": rounded(percentile(latencies, 0.95)),
        # Offer to 202: how long intake kept a report at its door (the urgent one's share of its latency beside it).
        "flood_intake_answer_p50_s": rounded(percentile(list(answer_seconds.values()), 0.5)),
        "flood_intake_answer_p95_s": rounded(percentile(list(answer_seconds.values()), 0.95)),
        "flood_urgent_child_intake_answer_s": rounded(answer_seconds.get(urgent_ref)),
        "flood_urgent_child_latency_s": rounded(arrived[urgent_ref] - urgent_at
                                                if urgent_ref in arrived and urgent_at else None),
        "flood_ferretdb_cpu_s_per_report": rounded((cpu_after - cpu_before) / max(1, len(arrived))
                                                   if cpu_before is not None and cpu_after is not None else None, 3),
        "flood_postgres_cpu_s_per_report": rounded((pg_after - pg_before) / max(1, len(arrived))
                                                   if pg_before is not None and pg_after is not None else None, 3),
        "flood_audit_sampled": len(watch.sampled) if watch else 0,
        "flood_audit_complete": len(watch.complete) if watch else 0,
        "flood_audit_lag_after_email_p50_s": rounded(percentile(watch.lags(), 0.5)) if watch else None,
        "flood_audit_lag_after_email_p95_s": rounded(percentile(watch.lags(), 0.95)) if watch else None,
        "flood_audit_lag_after_email_max_s": rounded(max(watch.lags(), default=None)) if watch else None,
        "flood_audit_lag_urgent_s": rounded(watch.complete[urgent_ref] - arrived[urgent_ref]
                                            if watch and urgent_ref in watch.complete and urgent_ref in arrived
                                            else None),
        "flood_machine_cpu_s_per_report": rounded((machine_after - machine_before) / max(1, len(arrived)), 3),
        "flood_cpu_s_per_report_by_component": {
            name: round((components_after[name] - before) / max(1, len(arrived)), 4)
            for name, before in components_before.items() if name in components_after},
    }
    say(f"flood: {figures}")
    print(json.dumps(figures))
    return 0 if len(arrived) == len(wanted) else 1


if __name__ == "__main__":
    sys.exit(main())

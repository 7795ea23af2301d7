"""`make bench` (scale-out): the same flood with one instance of each consumer, then with two, on this machine.

Against the running suite. Phase one: N realistic reports (Lombok Barat, a UNICEF volunteer named, consent to
referral, as in flood_bench) offered at a fixed rate; the clock runs from the first report offered to the last
report's e-mail in its focal point's mailbox (the SMTP sink's folder), and delivered reports / that time is the
phase's throughput. Phase two: a second instance of triage, referral, notification and analytics is started
(`deploy/local/services.sh start-extra 2`: the same consumer groups, so Kafka splits the 6 partitions between the
two), the bench waits until every member of each group holds partitions, and the same flood runs again. Rounds
alternate ABBA (one, two, two, one: a drift of the shared machine's load falls on both layouts alike) and each
layout's best run counts, as in bench.py. The extra instances are always stopped afterwards, and the groups are
seen back to one member each.

Not scaled: audit (one writer of the hash chain; docs/operations.md says never a second replica), intake and the
portal (HTTP entry points; intake's POST is not the limit at this rate, bench.py measures it on its own).

Before each phase a few warm-up reports go through the pipeline (the new instances load their models on their
first event, not inside the measurement) and the bench waits until no consumer group lags.

Exactly once is checked over every e-mail that names one of the bench's reports, both phases, the warm-ups and the
moments the extra instances join and leave the groups: a Message-ID seen twice, or one recipient receiving the
same subject about the same case twice (a re-send under a new Message-ID), is a duplicate; an accepted report
whose focal point got no e-mail is lost. Either makes the bench exit 1. Nothing asserts on time.

CPU seconds of every process (from /proc, via var/run/<name>.pid) and of the machine are read at the start and
the end of each phase: what a second instance can buy is bounded by the cores left over and by the store.
`rest_of_machine` is what other work on a shared machine took meanwhile (a run it disturbed shows there).

PSEAH_BENCH_SCALEOUT_REPORTS (300), PSEAH_BENCH_SCALEOUT_RATE (30/s), PSEAH_BENCH_SCALEOUT_DRAIN (900 s: how long
to wait for a phase's last e-mail), PSEAH_BENCH_SCALEOUT_SETTLE (600 s: how long to wait for no lag),
PSEAH_BENCH_SCALEOUT_WARMUP (12 reports), PSEAH_BENCH_SCALEOUT_ROUNDS (2: four floods). Human summary on stderr; the last line on stdout is one JSON object.
"""
from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from notify_bench import FOCAL_POINT, INTAKE, MAILDIR, REFERENCE, narrative, percentile, rounded, say  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SERVICES_SH = ROOT / "deploy/local/services.sh"
REPORTS = int(os.environ.get("PSEAH_BENCH_SCALEOUT_REPORTS", "300"))
RATE = float(os.environ.get("PSEAH_BENCH_SCALEOUT_RATE", "30"))
DRAIN = float(os.environ.get("PSEAH_BENCH_SCALEOUT_DRAIN", "900"))
SETTLE = float(os.environ.get("PSEAH_BENCH_SCALEOUT_SETTLE", "600"))
WARMUP = int(os.environ.get("PSEAH_BENCH_SCALEOUT_WARMUP", "12"))
ROUNDS = int(os.environ.get("PSEAH_BENCH_SCALEOUT_ROUNDS", "2"))
BOOTSTRAP = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
EXTRA_INDEX = 2
# The consumers a second instance is started for, and their consumer groups (faust app id "pseah-<name>").
SCALED = ("triage", "referral", "notification", "analytics")
GROUPS = {name: f"pseah-{name}" for name in SCALED}
# Every group whose backlog would compete for the cores during a phase: waited for until it has none.
QUIET_GROUPS = (*GROUPS.values(), "pseah-audit", "intake")
# Processes whose CPU is read per phase (var/run/<name>.pid); the extra instances are added as <name>-2.
PROCESSES = ("ferretdb", "kafka", "intake", "audit", *SCALED, "portal", "keycloak", "jaeger", "smtp")


@dataclass(frozen=True)
class Mail:
    name: str
    arrival: float
    recipient: str
    message_id: str
    subject: str
    references: frozenset[str]


class Inbox:
    """Every e-mail the SMTP sink stores from now on, with its arrival time (from the sink's file name)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.mails: list[Mail] = []
        self._seen = {p.name for p in folder.glob("*.eml")}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "Inbox":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def focal_point_arrivals(self) -> dict[str, float]:
        """The first e-mail to the focal point per case reference."""
        with self._lock:
            mails = list(self.mails)
        arrivals: dict[str, float] = {}
        for mail in sorted(mails, key=lambda m: m.arrival):
            if FOCAL_POINT in mail.recipient:
                for ref in mail.references:
                    arrivals.setdefault(ref, mail.arrival)
        return arrivals

    def snapshot(self) -> list[Mail]:
        with self._lock:
            return list(self.mails)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.scan()
            self._stop.wait(0.2)

    def scan(self) -> None:
        for entry in sorted(os.scandir(self.folder), key=lambda e: e.name):
            if not entry.name.endswith(".eml") or entry.name in self._seen:
                continue
            self._seen.add(entry.name)
            try:
                raw = Path(entry.path).read_bytes()
            except OSError:
                continue
            head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw[:8192] else raw.split(b"\n\n", 1)[0]
            headers = BytesHeaderParser().parsebytes(head + b"\n\n")
            subject = " ".join(str(headers.get("Subject", "")).split())
            mail = Mail(name=entry.name,
                        arrival=datetime.strptime(entry.name.split("-", 1)[0], "%Y%m%dT%H%M%S%fZ")
                        .replace(tzinfo=UTC).timestamp(),
                        recipient=str(headers.get("X-Original-To", "")).strip().lower(),
                        message_id=str(headers.get("Message-ID", "")).strip(),
                        subject=subject,
                        references=frozenset(m.decode() for m in REFERENCE.findall(head)))
            with self._lock:
                self.mails.append(mail)


# --- Kafka: consumer groups' members, assignments and lag -------------------------------------------------------

def _admin():
    from kafka import KafkaAdminClient

    return KafkaAdminClient(bootstrap_servers=BOOTSTRAP, request_timeout_ms=10000, client_id="pseah-bench-scaleout")


def assignments(admin, group: str) -> tuple[str, list[int]]:
    """The group's state and, per member, how many partitions it was given (0 for a member given none)."""
    described = admin.describe_groups([group])
    info = described.get(group, {}) if isinstance(described, dict) else {}
    counts = []
    for member in info.get("members") or []:
        assigned = (member.get("member_assignment") or {}).get("assigned_partitions") or []
        # faust's own leader topic (one partition, one member) is not work
        counts.append(sum(len(a["partitions"]) for a in assigned if "__assignor-__leader" not in a["topic"]))
    return str(info.get("group_state") or info.get("state") or "unknown"), counts


def wait_assigned(admin, *, members: int, timeout: float) -> dict[str, list[int]]:
    """Wait until each scaled group is stable with `members` members, every one holding partitions."""
    deadline = time.monotonic() + timeout
    while True:
        seen = {group: assignments(admin, group) for group in GROUPS.values()}
        if all(state == "Stable" and len(counts) == members and all(counts) for state, counts in seen.values()):
            return {group: counts for group, (_state, counts) in seen.items()}
        if time.monotonic() > deadline:
            raise RuntimeError(f"consumer groups not balanced over {members} member(s) after {timeout:.0f} s: {seen}")
        time.sleep(1)


def lags(admin) -> dict[str, int]:
    from kafka.admin import OffsetSpec

    """Messages each group has not committed yet, over every partition it has committed on."""
    out = {}
    for group in QUIET_GROUPS:
        try:
            answer = admin.list_group_offsets(group).get(group, {})
        except Exception as exc:  # noqa: BLE001 - a group that never committed (a fresh suite) has no lag either
            say(f"no committed offsets for {group}: {type(exc).__name__}")
            answer = {}
        committed = {tp: om.offset for tp, om in answer.items() if om.offset >= 0}
        # The admin client's ListOffsets: a bare KafkaConsumer's end_offsets fails on topics it has no metadata for.
        ends = ({tp: o.offset for tp, o in admin.list_partition_offsets(
            {tp: OffsetSpec.LATEST for tp in committed}).items()} if committed else {})
        out[group] = sum(max(0, ends.get(tp, offset) - offset) for tp, offset in committed.items())
    return out


def wait_quiet(admin) -> tuple[bool, float, dict[str, int]]:
    started = time.monotonic()
    while True:
        behind = lags(admin)
        if not any(behind.values()):
            return True, time.monotonic() - started, behind
        if time.monotonic() - started > SETTLE:
            return False, time.monotonic() - started, behind
        time.sleep(2)


# --- CPU -----------------------------------------------------------------------------------------------------------

def machine_ticks() -> tuple[int, int]:
    """(busy, total) clock ticks of all cores since boot, from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return sum(fields) - idle, sum(fields)


def cpu_snapshot(extra: bool) -> dict[str, float | None]:
    """CPU seconds so far of each component's process group (start_bg makes the recorded pid lead one: keycloak's
    is a shell with java under it), and of this bench (its HTTP client and the mailbox scan share the cores)."""
    names = list(PROCESSES) + ([f"{name}-{EXTRA_INDEX}" for name in SCALED] if extra else [])
    leaders = {}
    for name in names:
        try:
            leaders[int((ROOT / f"var/run/{name}.pid").read_text().split()[0])] = name
        except (OSError, ValueError, IndexError):
            pass
    ticks: dict[str, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # a process that ended meanwhile
        name = leaders.get(int(fields[2]))  # the process group
        if name:
            # own time and that of its children already reaped
            ticks[name] = ticks.get(name, 0) + sum(int(v) for v in fields[11:15])
    per_second = os.sysconf("SC_CLK_TCK")
    out: dict[str, float | None] = {name: (ticks[name] / per_second if name in ticks else None) for name in names}
    own = os.times()
    out["bench"] = own.user + own.system
    return out


def cpu_used(before: dict, after: dict, seconds: float) -> dict[str, dict[str, float]]:
    """CPU seconds per process over a phase, and the cores that makes on average (1.0 = one core all along)."""
    used = {}
    for name, start in before.items():
        end = after.get(name)
        if start is None or end is None:
            continue
        used[name] = {"cpu_s": round(end - start, 1), "cores": round((end - start) / max(seconds, 1e-9), 2)}
    return dict(sorted(used.items(), key=lambda kv: -kv[1]["cpu_s"]))


# --- The flood -----------------------------------------------------------------------------------------------------

async def offer(count: int, rate: float) -> tuple[dict[str, float], int]:
    """Open loop: `count` reports at `rate` a second whatever the answers; {reference: time of its 202}, errors."""
    accepted: dict[str, float] = {}
    errors = 0
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=200)) as client:
        async def one() -> None:
            nonlocal errors
            try:
                # As flood_bench: the organisation named and consent to referral, so every stage does its full work,
                # in Lombok Barat (5201, NTB), whose referrals go to the national service only (none in NTB).
                response = await client.post(f"{INTAKE}/v1/reports", json={
                    "narrative": narrative(), "region_code": "5201", "perpetrator_org": "unicef",
                    "consent": {"referral": True, "contact": False, "share_with_org": True}})
            except httpx.HTTPError:
                errors += 1
                return
            if response.status_code != 202:
                errors += 1
                return
            accepted[response.json()["reference"]] = time.time()

        started, tasks = time.perf_counter(), []
        for n in range(count):
            delay = started + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one()))
        await asyncio.gather(*tasks)
    return accepted, errors


def wait_delivered(inbox: Inbox, references: set[str], timeout: float) -> dict[str, float]:
    deadline = time.monotonic() + timeout
    while True:
        arrived = inbox.focal_point_arrivals()
        if references <= arrived.keys() or time.monotonic() > deadline:
            return {ref: arrived[ref] for ref in references if ref in arrived}
        time.sleep(0.5)


def phase(label: str, inbox: Inbox, admin, *, extra: bool) -> dict:
    """Warm up, wait for no lag, then the flood, followed to its last e-mail."""
    warm, _ = asyncio.run(offer(WARMUP, 4))
    warmed = wait_delivered(inbox, set(warm), DRAIN)
    quiet, waited, behind = wait_quiet(admin)
    say(f"{label}: warm-up {len(warmed)}/{len(warm)} e-mails; groups {'quiet' if quiet else 'STILL LAGGING'} "
        f"after {waited:.0f} s {behind}")
    cpu_before, ticks_before = cpu_snapshot(extra), machine_ticks()
    began = time.time()
    accepted, errors = asyncio.run(offer(REPORTS, RATE))
    offered_for = time.time() - began
    arrived = wait_delivered(inbox, set(accepted), DRAIN)
    last = max(arrived.values(), default=None)
    seconds = (last - began) if last else time.time() - began
    cpu_after, ticks_after = cpu_snapshot(extra), machine_ticks()
    busy, total = ticks_after[0] - ticks_before[0], ticks_after[1] - ticks_before[1]
    latencies = [arrived[ref] - t for ref, t in accepted.items() if ref in arrived]
    cpu = cpu_used(cpu_before, cpu_after, seconds)
    busy_s = busy / os.sysconf("SC_CLK_TCK")
    # What the machine did besides the suite and this bench: other work on a shared machine takes cores too.
    cpu["rest_of_machine"] = {"cpu_s": round(busy_s - sum(v["cpu_s"] for v in cpu.values()), 1),
                              "cores": round((busy_s - sum(v["cpu_s"] for v in cpu.values())) / max(seconds, 1e-9), 2)}
    result = {
        "reports": len(accepted), "errors": errors, "delivered": len(arrived),
        "offered_seconds": round(offered_for, 1), "seconds_to_last_email": round(seconds, 1),
        "reports_per_s": rounded(len(arrived) / seconds if last else None, 2),
        "latency_p50_s": rounded(percentile(latencies, 0.5)), "latency_p95_s": rounded(percentile(latencies, 0.95)),
        "machine_busy": round(busy / max(total, 1), 2),
        # all cores' busy time over the phase per report delivered: cores / this bounds the rate of any layout
        "machine_cpu_s_per_report": rounded(busy_s / max(1, len(arrived)), 3), "cpu": cpu,
        "quiet_at_start": quiet,
    }
    say(f"{label}: {result['delivered']}/{result['reports']} e-mails in {result['seconds_to_last_email']} s "
        f"-> {result['reports_per_s']} reports/s (p50 {result['latency_p50_s']} s, p95 {result['latency_p95_s']} s, "
        f"{errors} errors); machine {result['machine_busy']:.0%} busy of {os.cpu_count()} cores, "
        f"{result['machine_cpu_s_per_report']} CPU s per report")
    say(f"{label}: cores used: " + ", ".join(f"{k} {v['cores']}" for k, v in result["cpu"].items()))
    return {**result, "references": set(accepted) | set(warm)}


def duplicates(mails: list[Mail], references: set[str]) -> tuple[int, list[str]]:
    """E-mails about the bench's reports delivered more than once: the same Message-ID, or the same subject about
    the same case to the same recipient (a re-send under a new Message-ID). Each doubled e-mail counts once."""
    ours = [m for m in sorted(mails, key=lambda m: m.arrival) if m.references & references]
    seen_ids: set[str] = set()
    seen_mails: set[tuple] = set()
    doubled = []
    for mail in ours:
        key = (mail.recipient, mail.subject, mail.references)
        if (mail.message_id and mail.message_id in seen_ids) or key in seen_mails:
            doubled.append(mail)
        seen_ids.add(mail.message_id)
        seen_mails.add(key)
    # Names only (the sink's file names and references): an e-mail's content never goes into the bench's output.
    return len(doubled), [f"{m.name} {sorted(m.references)}" for m in doubled[:10]]


def services(*args: str) -> None:
    # services.sh reports on stderr; its stdout too goes there, so the last stdout line stays the figures.
    subprocess.run(["bash", str(SERVICES_SH), *args], check=True, stdout=sys.stderr, timeout=600)


def main() -> int:
    if not MAILDIR.is_dir():
        say(f"no SMTP sink folder at {MAILDIR}: is the suite running (make run)?")
        return 2
    try:
        httpx.get(f"{INTAKE}/healthz", timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        say(f"intake not reachable at {INTAKE}: {type(exc).__name__}")
        return 2
    admin = _admin()
    inbox = Inbox(MAILDIR).start()
    runs: dict[int, list[dict]] = {1: [], 2: []}
    members: dict[int, dict] = {}
    try:
        members[1] = wait_assigned(admin, members=1, timeout=180)
        extra = False
        try:
            # ABBA (one, two, two, one, ...): a drift of the shared machine's load falls on both layouts alike.
            for n in range(ROUNDS):
                for instances in ((1, 2) if n % 2 == 0 else (2, 1)):
                    if instances == 2 and not extra:
                        extra = True
                        services("start-extra", str(EXTRA_INDEX), *SCALED)
                        members[2] = wait_assigned(admin, members=2, timeout=300)
                        say(f"two instances: partitions per member {members[2]}")
                    elif instances == 1 and extra:
                        extra = False
                        services("stop-extra", str(EXTRA_INDEX), *SCALED)
                        wait_assigned(admin, members=1, timeout=300)
                    runs[instances].append(phase(f"{'one instance' if instances == 1 else 'two instances'} "
                                                 f"(round {n + 1})", inbox, admin, extra=extra))
        finally:
            if extra:
                services("stop-extra", str(EXTRA_INDEX), *SCALED)
        # Back to one member each; then whatever the rebalance may have re-sent has had its chance to arrive.
        wait_assigned(admin, members=1, timeout=300)
        wait_quiet(admin)
        time.sleep(5)
        inbox.scan()
    finally:
        inbox.stop()
        admin.close()
    references = set().union(*(r["references"] for rs in runs.values() for r in rs))
    delivered = inbox.focal_point_arrivals()
    lost = sorted(references - delivered.keys())
    doubled, examples = duplicates(inbox.snapshot(), references)
    # Each layout's best run, as bench.py does: a stall elsewhere on the machine only ever makes a run slower.
    best = {k: max((r["reports_per_s"] or 0 for r in rs), default=0) or None for k, rs in runs.items()}
    ratio = best[2] / best[1] if best[1] and best[2] else None
    say(f"scale-out: {[r['reports_per_s'] for r in runs[1]]} -> {[r['reports_per_s'] for r in runs[2]]} reports/s, "
        f"best {best[1]} -> {best[2]}, ratio {'n/a' if ratio is None else f'{ratio:.2f}'}; {doubled} duplicate "
        f"e-mails, {len(lost)} reports lost (of {len(references)} accepted)")
    if examples:
        say(f"duplicates (sink files): {examples}")
    if lost:
        say(f"lost (no e-mail to the focal point): {lost[:10]}")
    print(json.dumps({
        "scaleout_reports": REPORTS, "scaleout_offered_rate": RATE, "scaleout_rounds": ROUNDS,
        "scaleout_cores": os.cpu_count(), "scaleout_instances_scaled": list(SCALED),
        "scaleout_partitions_per_member_one": members.get(1), "scaleout_partitions_per_member_two": members.get(2),
        "scaleout_reports_per_s_one": best[1], "scaleout_reports_per_s_two": best[2], "scaleout_ratio": rounded(ratio),
        "scaleout_duplicates": doubled, "scaleout_lost": len(lost), "scaleout_accepted": len(references),
        "scaleout_runs_one": [{k: v for k, v in r.items() if k != "references"} for r in runs[1]],
        "scaleout_runs_two": [{k: v for k, v in r.items() if k != "references"} for r in runs[2]],
    }))
    return 1 if doubled or lost else 0


if __name__ == "__main__":
    sys.exit(main())

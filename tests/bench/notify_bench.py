"""`make bench` (notification): from a report accepted by intake to its focal point's e-mail stored.

Against the running suite: each report is POSTed to intake (the clock starts at its 202), triage routes it to
the UNICEF focal point (the narrative names a UNICEF volunteer), referral assigns the case, notification sends
the e-mail, and the SMTP sink stores it as var/data/smtp/<UTC arrival time>-<random>.eml. The e-mail carries
the case reference (never the report's content), which is how it is matched to its report; the file name
gives the arrival time to the microsecond.

1. Steady: p50/p95/p99 at PSEAH_BENCH_NOTIFY_RATE reports/s (2) for PSEAH_BENCH_NOTIFY_SECONDS (30).
2. Steps: PSEAH_BENCH_NOTIFY_STEPS (2,4,8,16) reports/s, PSEAH_BENCH_NOTIFY_STEP_SECONDS (20) each. A rate is
   kept up with when every e-mail arrives within PSEAH_BENCH_NOTIFY_DRAIN (20) seconds of the last report, p95
   stays under PSEAH_BENCH_NOTIFY_P95_LIMIT (15 s) and latency does not grow across the step (a queue would).
   A rate that fails is run once more (the machine is shared: one stall elsewhere must not decide it);
   stepping stops at the first rate that fails twice.

Each phase also reads the services' logs (var/log/{triage,referral}.log, only what was appended) for the stage
times of its reports: accepted -> triaged (triage) -> case assigned (referral) -> e-mail stored (notification
and the sink). With the length of each consumer's input queue when the last report of a
phase was accepted, that says which stage is the bottleneck: where reports were still held when the drain window
closed, else the stage whose time grew most from the steady phase to the last step.

A backlog left by an earlier benchmark would be measured as latency, so the run first waits (at most
PSEAH_BENCH_NOTIFY_SETTLE, 180 s) until a probe report's e-mail arrives within the steady p95 limit.

Human summary on stderr; the last line on stdout is one JSON object of figures.
"""
from __future__ import annotations

import asyncio
import json
import os
import random
import re
import statistics
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
INTAKE = os.environ.get("PSEAH_BENCH_INTAKE", "http://127.0.0.1:8001")
MAILDIR = Path(os.environ.get("PSEAH_SMTP_DIR", ROOT / "var/data/smtp"))
LOGDIR = ROOT / "var/log"
RATE = float(os.environ.get("PSEAH_BENCH_NOTIFY_RATE", "2"))
SECONDS = float(os.environ.get("PSEAH_BENCH_NOTIFY_SECONDS", "30"))
STEPS = [float(r) for r in os.environ.get("PSEAH_BENCH_NOTIFY_STEPS", "2,4,8,16").split(",") if r.strip()]
STEP_SECONDS = float(os.environ.get("PSEAH_BENCH_NOTIFY_STEP_SECONDS", "20"))
DRAIN = float(os.environ.get("PSEAH_BENCH_NOTIFY_DRAIN", "20"))
P95_LIMIT = float(os.environ.get("PSEAH_BENCH_NOTIFY_P95_LIMIT", "15"))
SETTLE = float(os.environ.get("PSEAH_BENCH_NOTIFY_SETTLE", "180"))
FOCAL_POINT = os.environ.get("PSEAH_BENCH_NOTIFY_RECIPIENT", "fp-unicef@unicef.example")
# Routed by triage to the UNICEF focal point: exploitation by an aid worker of a named organisation. Thirty
# made-up words make each report's wording its own: identical reports would be linked to one another by triage
# (up to ten links each, every one written and published), which measures a flood of duplicates, not the path.
NARRATIVE = ("Seorang relawan UNICEF di posko pengungsian meminta seorang ibu berhubungan badan dengan imbalan "
             "beras dan terpal. Laporan uji beban, bukan kasus nyata. Kata acak: {words}.")
_RANDOM = random.Random()


def narrative() -> str:
    made_up = ("".join(_RANDOM.choice("bcdfgjklmnprstw") + _RANDOM.choice("aiueo") for _ in range(3))
               for _ in range(30))
    return NARRATIVE.format(words=" ".join(made_up))
REFERENCE = re.compile(rb"PSEAH-[0-9A-Z]{8}")
# (service log, event that ends its stage); the e-mail's arrival in the sink ends the last one.
STAGES = (("triage", "report_triaged"), ("referral", "case_assigned"))


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


class Mailbox:
    """Watches the SMTP sink's folder: the first focal-point e-mail per reference, with its arrival time."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.arrived: dict[str, float] = {}
        self._seen = {p.name for p in folder.glob("*.eml")}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> "Mailbox":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    @staticmethod
    def _arrival(name: str) -> float:
        # the sink names each file after its UTC arrival time, to the microsecond
        return datetime.strptime(name.split("-", 1)[0], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC).timestamp()

    def _run(self) -> None:
        while not self._stop.is_set():
            for entry in os.scandir(self.folder):
                if not entry.name.endswith(".eml") or entry.name in self._seen:
                    continue
                self._seen.add(entry.name)
                try:
                    head = Path(entry.path).read_bytes()[:2048]
                except OSError:
                    continue
                recipient = head.split(b"\n", 2)[1] if head.count(b"\n") >= 2 else b""
                if FOCAL_POINT.encode() not in recipient:
                    continue
                found = REFERENCE.search(head)
                if found:
                    self.arrived.setdefault(found.group().decode(), self._arrival(entry.name))
            self._stop.wait(0.2)


class Logs:
    """What the services appended to their logs since `mark()`: when each stage finished each reference."""

    def __init__(self):
        self._offsets: dict[str, int] = {}

    def mark(self) -> None:
        for service, _event in STAGES:
            path = LOGDIR / f"{service}.log"
            self._offsets[service] = path.stat().st_size if path.exists() else 0

    def stage_times(self, references: set[str]) -> dict[str, dict[str, float]]:
        times: dict[str, dict[str, float]] = {ref: {} for ref in references}
        for service, event in STAGES:
            path = LOGDIR / f"{service}.log"
            if not path.exists():
                continue
            with path.open("rb") as f:
                f.seek(self._offsets.get(service, 0))
                for line in f:
                    if event.encode() not in line:
                        continue
                    try:
                        entry = json.loads(line)
                    except ValueError:
                        continue
                    ref = entry.get("reference")
                    if ref in times and entry.get("event") == event and service not in times[ref]:
                        stamp = entry.get("timestamp", "").replace("Z", "+00:00")
                        try:
                            times[ref][service] = datetime.fromisoformat(stamp).timestamp()
                        except ValueError:
                            pass
        return times


# Whose input queue is growing tells which consumer is the bottleneck: (consumer group, its input topic).
QUEUES = {"triage": ("pseah-triage", "pseah.reports.v1"), "referral": ("pseah-referral", "pseah.triage.v1"),
          "notification": ("pseah-notification", "pseah.cases.v1")}


def queue_lengths() -> dict[str, int | None]:
    """Events each stage's consumer group has not committed yet, on its input topic (None: unknown)."""
    from kafka import KafkaAdminClient, KafkaConsumer

    out: dict[str, int | None] = {name: None for name in QUEUES}
    bootstrap = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
    try:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, request_timeout_ms=5000)
    except Exception:  # noqa: BLE001 - a figure we can do without
        return out
    try:
        for name, (group, topic) in QUEUES.items():
            try:
                committed = {tp: om.offset for tp, om in admin.list_group_offsets([group]).get(group, {}).items()
                             if tp.topic == topic}
                ends = consumer.end_offsets(list(committed)) if committed else {}
                out[name] = sum(max(0, ends[tp] - offset) for tp, offset in committed.items())
            except Exception:  # noqa: BLE001
                pass
    finally:
        admin.close()
        consumer.close()
    return out


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


async def send_at(rate: float, seconds: float) -> tuple[dict[str, float], int]:
    """Open loop: `rate` reports a second whatever the answers; {reference: time of its 202}, errors."""
    accepted: dict[str, float] = {}
    errors = 0
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=100)) as client:
        async def one() -> None:
            nonlocal errors
            try:
                response = await client.post(f"{INTAKE}/v1/reports", json={
                    "narrative": narrative(), "region_code": "3203"})
            except httpx.HTTPError:
                errors += 1
                return
            if response.status_code != 202:
                errors += 1
                return
            accepted[response.json()["reference"]] = time.time()

        started = time.perf_counter()
        tasks = []
        for n in range(max(1, int(rate * seconds))):
            delay = started + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one()))
        await asyncio.gather(*tasks)
    return accepted, errors


def wait_for(mailbox: Mailbox, references: set[str], *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not references <= mailbox.arrived.keys():
        time.sleep(0.2)


def phase(mailbox: Mailbox, logs: Logs, *, rate: float, seconds: float) -> dict:
    logs.mark()
    accepted, errors = asyncio.run(send_at(rate, seconds))
    last_sent = time.monotonic()
    queued = queue_lengths()
    wait_for(mailbox, set(accepted), timeout=DRAIN)
    drained_in = time.monotonic() - last_sent
    latencies = {ref: mailbox.arrived[ref] - t for ref, t in accepted.items() if ref in mailbox.arrived}
    values = list(latencies.values())
    # A growing queue shows as latency rising through the phase: compare its last third with its first.
    in_order = [latencies[ref] for ref, _ in sorted(accepted.items(), key=lambda kv: kv[1]) if ref in latencies]
    third = max(1, len(in_order) // 3)
    growth = (statistics.median(in_order[-third:]) - statistics.median(in_order[:third])) if in_order else None
    stages = logs.stage_times(set(accepted))
    breakdown = {}
    previous, reached_before = "accepted", len(accepted)
    # The last stage is notification's: case.assigned.v1 consumed, rendered, sent, stored by the sink.
    for service, _event in (*STAGES, ("smtp", "stored")):
        deltas = []
        for ref, t in accepted.items():
            marks = {"accepted": t, **stages.get(ref, {})}
            if ref in mailbox.arrived:
                marks["smtp"] = mailbox.arrived[ref]
            if service in marks and previous in marks:
                deltas.append(marks[service] - marks[previous])
        # `stuck`: reports that finished the stage before and not this one when the drain window closed.
        reached = sum(1 for ref in accepted if service in stages.get(ref, {}) or
                      (service == "smtp" and ref in mailbox.arrived))
        breakdown[f"{previous}_to_{service}"] = {"p50_s": rounded(percentile(deltas, 0.5)),
                                                 "p95_s": rounded(percentile(deltas, 0.95)),
                                                 "stuck": reached_before - reached}
        previous, reached_before = service, reached
    result = {
        "rate_per_s": rate, "seconds": seconds, "reports": len(accepted), "errors": errors,
        "emails": len(values), "missing": len(accepted) - len(values),
        "p50_s": rounded(percentile(values, 0.50)), "p95_s": rounded(percentile(values, 0.95)),
        "p99_s": rounded(percentile(values, 0.99)), "max_s": rounded(max(values, default=None)),
        "growth_s": rounded(growth), "drained_in_s": round(drained_in, 1), "stages": breakdown,
        "queued_at_end": queued,
    }
    result["kept_up"] = bool(
        accepted and not errors and result["missing"] == 0 and result["p95_s"] is not None
        and result["p95_s"] <= P95_LIMIT and (growth is None or growth <= P95_LIMIT / 3))
    return result


def show(name: str, result: dict) -> None:
    say(f"{name}: {result['rate_per_s']:g}/s x {result['seconds']:g}s: {result['emails']}/{result['reports']} e-mails, "
        f"p50 {result['p50_s']} s, p95 {result['p95_s']} s, p99 {result['p99_s']} s, max {result['max_s']} s, "
        f"growth {result['growth_s']} s, errors {result['errors']} -> "
        f"{'keeps up' if result['kept_up'] else 'does NOT keep up'}")
    say(f"    queued when the last report was accepted: {result['queued_at_end']}")
    say("    stages (p50 / p95 s, held): " + ", ".join(
        f"{k.replace('_to_', '->')} {v['p50_s']}/{v['p95_s']}, {v['stuck']}" for k, v in result["stages"].items()))


def settle(mailbox: Mailbox) -> tuple[bool, float, float | None]:
    """Wait until a probe report's e-mail arrives within the limit: no backlog left by an earlier run."""
    started = time.monotonic()
    last = None
    n = 0
    while time.monotonic() - started < SETTLE:
        n += 1
        accepted, _ = asyncio.run(send_at(1, 1))
        if not accepted:
            time.sleep(2)
            continue
        ref, t = next(iter(accepted.items()))
        wait_for(mailbox, {ref}, timeout=max(1.0, min(P95_LIMIT * 4, SETTLE - (time.monotonic() - started))))
        if ref in mailbox.arrived:
            last = mailbox.arrived[ref] - t
            if last <= P95_LIMIT:
                return True, time.monotonic() - started, last
        say(f"waiting for the pipeline to drain (probe {n}: {'no e-mail yet' if last is None else f'{last:.1f} s'})")
    return False, time.monotonic() - started, last


def main() -> int:
    if not MAILDIR.is_dir():
        say(f"no SMTP sink folder at {MAILDIR}: is the suite running (make run)?")
        return 2
    try:
        httpx.get(f"{INTAKE}/healthz", timeout=5).raise_for_status()
    except httpx.HTTPError as exc:
        say(f"intake not reachable at {INTAKE}: {type(exc).__name__}")
        return 2
    mailbox = Mailbox(MAILDIR).start()
    logs = Logs()
    started = time.monotonic()
    try:
        quiet, waited, probe = settle(mailbox)
        say(f"pipeline {'quiet' if quiet else 'STILL BACKLOGGED'} after {waited:.0f} s "
            f"(probe report to e-mail: {'none' if probe is None else f'{probe:.2f} s'})")
        steady = phase(mailbox, logs, rate=RATE, seconds=SECONDS)
        show("steady", steady)
        steps = []
        for rate in STEPS:
            result = phase(mailbox, logs, rate=rate, seconds=STEP_SECONDS)
            show("step", result)
            if not result["kept_up"]:
                result = phase(mailbox, logs, rate=rate, seconds=STEP_SECONDS)
                show("step (again)", result)
            steps.append(result)
            if not result["kept_up"]:
                break
        kept = [s["rate_per_s"] for s in steps if s["kept_up"]]
        failed = next((s["rate_per_s"] for s in steps if not s["kept_up"]), None)
        # The bottleneck: where the reports of the last step run were held up when its drain window closed,
        # else the stage whose p50 grew most from the steady phase to it.
        last = steps[-1] if steps else steady
        growth = {k: (last["stages"][k]["p50_s"] or 0) - (steady["stages"][k]["p50_s"] or 0)
                  for k in steady["stages"]}
        stuck = {k: v["stuck"] for k, v in last["stages"].items()}
        bottleneck = (max(stuck, key=stuck.get) if any(stuck.values())
                      else max(growth, key=growth.get) if growth else None)
        say(f"keeps up to {max(kept, default=0):g}/s; "
            + (f"stops keeping up at {failed:g}/s" if failed else "kept up at every step")
            + (f"; bottleneck: {bottleneck.replace('_to_', ' -> ')} (p50 +{growth[bottleneck]:.2f} s over steady, "
               f"{stuck[bottleneck]} reports held there)" if bottleneck else ""))
    finally:
        mailbox.stop()
    print(json.dumps({
        "notify_p50_s": steady["p50_s"], "notify_p95_s": steady["p95_s"], "notify_p99_s": steady["p99_s"],
        "notify_steady_rate_per_s": RATE, "notify_steady_emails": steady["emails"],
        "notify_steady_reports": steady["reports"],
        "notify_max_rate_kept_up_per_s": max(kept, default=0), "notify_first_rate_not_kept_up_per_s": failed,
        "notify_bottleneck_stage": bottleneck, "notify_stage_p50_growth_s": {k: round(v, 2) for k, v in growth.items()},
        "notify_steps": [{k: s[k] for k in ("rate_per_s", "reports", "emails", "errors", "p50_s", "p95_s", "p99_s",
                                             "growth_s", "drained_in_s", "kept_up", "queued_at_end", "stages")}
                        for s in steps],
        "notify_steady_stages": steady["stages"],
        "notify_pipeline_quiet_at_start": quiet, "notify_settle_wait_s": round(waited, 1),
        "notify_total_s": round(time.monotonic() - started, 1),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())

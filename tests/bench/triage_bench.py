"""`make bench`: `pseah triage classify` reports per second on one core, then triaged reports per second through
the faust agent beside raw Kafka consume throughput.

    python tests/bench/triage_bench.py              # both (the agent part needs the running suite)
    python tests/bench/triage_bench.py --cli-only   # only the command-line classifier: no services needed

The command-line figure pins one `pseah triage classify` process to one CPU and feeds it PSEAH_BENCH_CLI_REPORTS
synthetic reports on stdin (the templates below); it is given with and without the process start-up (the
`pseah` shell loads every service's commands), start-up being timed on an empty input. It also gives the same figures
per CPU-second (user + system time of the process): on a shared, loaded box the wall time includes waiting for the
core, the CPU time is what the one core spent.

The agent figures: both in one run on the same machine, so the ratio holds on a shared, noisy box. A triage worker of its own
(`python -m pseah.triage`, its own consumer group, topics and databases, the real Kafka and FerretDB of the
running suite) drains a backlog of synthetic report.received.v1 events; then a bare kafka-python consumer
reads the same number of messages from the same topic. The suite's own triage service is not touched.

Per report the agent decrypts the narrative, classifies it, finds the employer, stores the decision and its
queue entry, publishes report.triaged.v1 through the outbox, and links it to related reports (fingerprint
buckets in FerretDB). The last line printed is one JSON object of figures.
"""
from __future__ import annotations

import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pymongo
from bson import Binary
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from kafka import KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import KafkaAdminClient

from pseah.common.crypto import KeyFileWrapper, seal
from pseah.common.events import CloudEvent, EventTypes, Topics, new_event
from pseah.common.kafka import ensure_topics

ROOT = Path(__file__).resolve().parents[2]

KAFKA = os.environ.get("PSEAH_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
MONGO = os.environ.get("PSEAH_MONGO_URI", "mongodb://127.0.0.1:27017")
REPORTS = int(os.environ.get("PSEAH_BENCH_TRIAGE_REPORTS", "300"))
WARMUP = 20
DRAIN_TIMEOUT = float(os.environ.get("PSEAH_BENCH_TRIAGE_TIMEOUT", "90"))
CLI_REPORTS = int(os.environ.get("PSEAH_BENCH_CLI_REPORTS", "5000"))

# Synthetic reports across the languages and cases triage handles; names and places vary so that linking
# compares real, mostly unrelated fingerprints (a few repeat, as real duplicates do).
TEMPLATES = [
    "Relawan {org} bernama {name} meminta {victim} menemaninya malam hari dengan imbalan {aid} di posko {place}.",
    "sy mau lapor, {victim} umur {age} thn dipegang2 sama petugas {org} namanya {name} di {spot} {place} {when}",
    "A {org} driver called {name} asked {victim} for photos in exchange for {aid} at the {place} shelter {when}.",
    "Staf {org} nu ngabagikeun {aid} di {place} nyabak awak {victim}, {when}. Ngaranna {name}.",
    "Petugas posko {place} sering bersiul dan berkomentar tentang tubuh {victim} waktu antre {aid}.",
    "Mohon jadwal pembagian {aid} di {place} diumumkan lebih awal, antreannya panjang sekali.",
    "{when} {victim} dipaksa berhubungan badan oleh sopir truk logistik {org} di belakang {spot} {place}.",
    "Wong {org} jenenge {name} njaluk {victim} turu bareng yen arep oleh {aid}, ing {place} {when}.",
]
ORGS = ["PMI", "UNICEF", "WVI", "BNPB", "Palang Merah", "Save the Children", "lembaga", "UNFPA", "IFRC", "Plan"]
NAMES = ["Dedi", "Joko", "Asep", "Ujang", "Budi", "Agus", "Rudi", "Yayan", "Dadang", "Hendra", "Iwan", "Eko",
         "Wawan", "Cecep", "Endang", "Ade", "Dodi", "Yusuf", "Rahmat", "Tono", "Sugeng", "Bambang", "Ari", "Fajar"]
VICTIMS = ["adik saya", "ibu saya", "anak saya", "tetangga saya", "saya", "my sister", "my daughter", "kakak saya",
           "keponakan saya", "teman sekolah anak saya"]
PLACES = ["Cugenang", "Pacet", "Gasol", "Sukamulya", "Cibeureum", "Ciherang", "Mangunkerta", "Cilaku", "Warungkondang",
          "Cibinong", "Sukaresmi", "Cijedil", "Nagrak", "Talaga", "Benjot", "Sarampad", "Sukajaya", "Cipanas"]
AIDS = ["sembako", "terpal", "beras", "selimut", "air bersih", "hygiene kit", "uang tunai", "kasur", "obat"]
SPOTS = ["tenda", "gudang", "dapur umum", "MCK", "sekolah darurat", "masjid"]
WHENS = ["tadi malam", "kemarin sore", "dua hari lalu", "tadi subuh", "last week", "minggu lalu", "semalam"]
REGIONS = ["3203", "32.03", "3201", "3204", "3202", "3205", None]
CHANNELS = ["web", "sms", "whatsapp", "hotline"]


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def narrative(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(org=rng.choice(ORGS), name=rng.choice(NAMES), victim=rng.choice(VICTIMS),
                                        place=rng.choice(PLACES), age=rng.randint(8, 40), aid=rng.choice(AIDS),
                                        spot=rng.choice(SPOTS), when=rng.choice(WHENS))


def _one_core() -> None:
    """Runs in the child before exec: the figure is for one core, whatever the machine has."""
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[-1]})


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_cli(payload: bytes) -> tuple[float, bytes, float]:
    """Wall seconds, output, and CPU seconds (user + system) of one `pseah triage classify` run. On a shared box
    the wall time includes waiting for the core; the CPU time is what the one core spent on it."""
    pseah = Path(sys.executable).with_name("pseah")
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run([str(pseah), "triage", "classify"], input=payload, capture_output=True, check=True,
                          preexec_fn=_one_core)
    return time.perf_counter() - started, done.stdout, _children_cpu() - cpu


def cli_figures(count: int = CLI_REPORTS) -> dict:
    """`pseah triage classify` on `count` synthetic reports, one core: reports per second with and without
    start-up (the best of three start-ups on empty input, so a noisy neighbour does not flatter the figure)."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    lines = [json.dumps({"id": i, "narrative": narrative(rng),
                         "reported_at": (now - timedelta(hours=rng.randint(0, 24 * 28))).isoformat()})
             for i in range(count)]
    payload = ("\n".join(lines) + "\n").encode()
    empty = [_run_cli(b"") for _ in range(3)]
    startup = min(run[0] for run in empty)
    startup_cpu = min(run[2] for run in empty)
    elapsed, out, cpu = _run_cli(payload)
    classified = sum(1 for line in out.splitlines() if line.strip())
    if classified != count:
        raise SystemExit(f"pseah triage classify returned {classified} of {count} results")
    figures = {"triage_cli_reports": count, "triage_cli_seconds": round(elapsed, 2),
               "triage_cli_startup_seconds": round(startup, 2),
               "triage_cli_reports_per_s": round(count / elapsed, 1),
               "triage_cli_reports_per_s_after_startup": round(count / max(elapsed - startup, 1e-6), 1),
               "triage_cli_cpu_seconds": round(cpu, 2), "triage_cli_startup_cpu_seconds": round(startup_cpu, 2),
               "triage_cli_reports_per_cpu_s": round(count / max(cpu, 1e-6), 1),
               "triage_cli_reports_per_cpu_s_after_startup": round(count / max(cpu - startup_cpu, 1e-6), 1)}
    say(f"pseah triage classify, one core: {count} reports in {elapsed:.2f} s = {count / elapsed:.0f}/s with "
        f"start-up ({startup:.2f} s), {figures['triage_cli_reports_per_s_after_startup']:.0f}/s without; "
        f"CPU {cpu:.2f} s = {figures['triage_cli_reports_per_cpu_s']:.0f} per CPU-second with start-up "
        f"({startup_cpu:.2f} s), {figures['triage_cli_reports_per_cpu_s_after_startup']:.0f} without")
    return figures


def make_reports(count: int, *, keys_db, wrapper: KeyFileWrapper, rng: random.Random) -> list[CloudEvent]:
    """report.received.v1 as intake publishes them: a case key each (stored wrapped), the narrative sealed."""
    events, keys = [], []
    now = datetime.now(UTC)
    for _ in range(count):
        reference = "PSEAH-B" + uuid.uuid4().hex[:9].upper()
        key = AESGCM.generate_key(bit_length=256)
        keys.append({"_id": reference, "wrapped": Binary(wrapper.wrap(key, context=reference)), "created_at": now})
        received = now - timedelta(hours=rng.randint(0, 24 * 28))
        events.append(new_event(
            type=EventTypes.REPORT_RECEIVED, source="pseah/intake", subject=reference, actor="anonymous-reporter",
            data={"reference": reference, "channel": rng.choice(CHANNELS), "received_at": received.isoformat(),
                  "language": None, "region_code": rng.choice(REGIONS), "survivor_age_group": "unknown",
                  "consent": {"referral": True, "contact": False, "share_with_org": True},
                  # Every sealed field intake writes (null when left out): triage refuses less.
                  "sealed": {"narrative": seal(key, narrative(rng), context=reference), "contact": None,
                             "perpetrator_description": None, "place_text": None, "perpetrator_org_text": None}}))
    keys_db.case_keys.insert_many(keys)
    return events


def produce(events: list[CloudEvent], topic: str) -> None:
    producer = KafkaProducer(bootstrap_servers=KAFKA, acks="all", linger_ms=5)
    for event in events:
        producer.send(topic, key=event.key, value=event.to_bytes())
    producer.flush(30)
    producer.close()


class Tail:
    """Reads both lanes of an output stream from their start, counting report.triaged.v1 and report.linked.v1 per
    reference (triage publishes a report it finds urgent on the priority lane: reading only the routine topic
    waited forever for those)."""

    def __init__(self, topic: str):
        self.consumer = KafkaConsumer(bootstrap_servers=KAFKA, enable_auto_commit=False)
        self.partitions = [TopicPartition(lane, p) for lane in Topics.lanes(topic)
                           for p in self.consumer.partitions_for_topic(lane) or ()]
        self.consumer.assign(self.partitions)
        self.consumer.seek_to_beginning(*self.partitions)
        self.triaged: set[str] = set()
        self.linked: set[str] = set()

    def wait_for(self, references: set[str], *, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            for records in self.consumer.poll(timeout_ms=200).values():
                for record in records:
                    event = CloudEvent.from_bytes(record.value)
                    if event.type == EventTypes.REPORT_TRIAGED:
                        self.triaged.add(event.subject)
                    elif event.type == EventTypes.REPORT_LINKED:
                        self.linked.add(event.id)
            if references <= self.triaged:
                return True
        return False

    def close(self) -> None:
        self.consumer.close()


def raw_consume(topic: str, count: int) -> float:
    """Seconds a bare kafka-python consumer takes to read `count` messages of `topic` from its start."""
    consumer = KafkaConsumer(bootstrap_servers=KAFKA, enable_auto_commit=False, max_poll_records=500)
    partitions = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic)]
    consumer.assign(partitions)
    consumer.seek_to_beginning(*partitions)
    consumer.poll(timeout_ms=0)  # join, fetch metadata: not part of the reading
    seen = 0
    started = time.perf_counter()
    while seen < count:
        for records in consumer.poll(timeout_ms=500).values():
            seen += len(records)
    elapsed = time.perf_counter() - started
    consumer.close()
    return elapsed


def main() -> None:
    cli = cli_figures()
    if "--cli-only" in sys.argv[1:]:
        print(json.dumps(cli))
        return
    suffix = uuid.uuid4().hex[:8]
    env = {**os.environ, "PSEAH_TRIAGE_DATABASE": f"pseah_bench_triage_{suffix}",
           "PSEAH_TRIAGE_KEYS_DATABASE": f"pseah_bench_triage_keys_{suffix}", "PSEAH_TRIAGE_PORT": str(free_port()),
           "PSEAH_TRIAGE_APP_NAME": f"triage-bench-{suffix}",
           "PSEAH_TRIAGE_REPORTS_TOPIC": f"bench.{suffix}.reports", "PSEAH_TRIAGE_TRIAGE_TOPIC": f"bench.{suffix}.triage",
           "PSEAH_TRIAGE_CASES_TOPIC": f"bench.{suffix}.cases", "PSEAH_TRIAGE_ACCESS_TOPIC": f"bench.{suffix}.access",
           "PSEAH_TRIAGE_FINGERPRINT_KEY_FILE": f"/tmp/triage-bench-{suffix}.key",
           "PSEAH_FAUST_DATADIR": f"/tmp/triage-bench-{suffix}-faust", "PSEAH_LOG_LEVEL": "WARNING",
           "PSEAH_TRIAGE_CLOCK_INTERVAL_SECONDS": "3600"}
    topics = [env[f"PSEAH_TRIAGE_{k}_TOPIC"] for k in ("REPORTS", "TRIAGE", "CASES", "ACCESS")]
    reports_topic, triage_topic = topics[0], topics[1]
    ensure_topics(bootstrap=KAFKA, topics=topics, partitions=6)
    rng = random.Random(4)
    mongo = pymongo.MongoClient(MONGO)
    master = Path(os.environ.get("PSEAH_MASTER_KEY_FILE") or ROOT / "var/secrets/master.key")
    wrapper = KeyFileWrapper(master)
    log_path = ROOT / "var/log" / f"triage-bench-{suffix}.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    proc = None
    tail = None
    succeeded = False
    try:
        warmup = make_reports(WARMUP, keys_db=mongo[env["PSEAH_TRIAGE_KEYS_DATABASE"]], wrapper=wrapper, rng=rng)
        measured = make_reports(REPORTS, keys_db=mongo[env["PSEAH_TRIAGE_KEYS_DATABASE"]], wrapper=wrapper, rng=rng)
        with log_path.open("wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "pseah.triage"], env=env, stdout=log,
                                    stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{env['PSEAH_TRIAGE_PORT']}/readyz"
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"triage bench worker exited; see {log_path}")
            try:
                if httpx.get(url, timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit(f"triage bench worker not ready; see {log_path}")
            time.sleep(0.3)
        tail = Tail(triage_topic)
        produce(warmup, reports_topic)
        if not tail.wait_for({e.subject for e in warmup}, timeout=60):
            raise SystemExit(f"warm-up reports not triaged; see {log_path}")
        say(f"triage bench: worker warm, triaging {REPORTS} reports")

        started = time.perf_counter()
        produce(measured, reports_topic)
        drained = tail.wait_for({e.subject for e in measured}, timeout=DRAIN_TIMEOUT)
        elapsed = time.perf_counter() - started
        done = len({e.subject for e in measured} & tail.triaged)
        triaged_per_s = done / elapsed
        raw_seconds = raw_consume(reports_topic, REPORTS)
        raw_per_s = REPORTS / raw_seconds
        figures = {
            **cli,
            "triage_reports_per_s": round(triaged_per_s, 1),
            "raw_kafka_consume_per_s": round(raw_per_s, 1),
            "triage_to_raw_ratio": round(triaged_per_s / raw_per_s, 4),
            "triage_reports": REPORTS, "triage_reports_done": done, "triage_drained": drained,
            "triage_seconds": round(elapsed, 1), "triage_links_published": len(tail.linked),
        }
        say(f"triage agent: {done}/{REPORTS} reports triaged in {elapsed:.1f} s = {triaged_per_s:.1f}/s "
            f"(decrypt, classify, route, store, outbox, link; {len(tail.linked)} links)")
        say(f"raw kafka-python consume of the same {REPORTS} messages: {raw_seconds:.2f} s = {raw_per_s:.0f}/s")
        say(f"triage runs at {100 * triaged_per_s / raw_per_s:.2f}% of raw consume speed"
            + ("" if drained else f" (NOT drained within {DRAIN_TIMEOUT:.0f} s: a lower bound)"))
        print(json.dumps(figures))
        succeeded = True
    finally:
        if tail is not None:
            tail.close()
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
        for name in (env["PSEAH_TRIAGE_DATABASE"], env["PSEAH_TRIAGE_KEYS_DATABASE"]):
            mongo.drop_database(name)
        mongo.close()
        admin = KafkaAdminClient(bootstrap_servers=KAFKA)
        try:
            lanes = [*topics, *(Topics.priority(t) for t in topics)]
            admin.delete_topics([*lanes, *(f"{t}.dlq" for t in lanes)])
        except Exception:  # noqa: BLE001 - leftover bench topics are harmless
            pass
        finally:
            admin.close()
        Path(env["PSEAH_TRIAGE_FINGERPRINT_KEY_FILE"]).unlink(missing_ok=True)
        shutil.rmtree(env["PSEAH_FAUST_DATADIR"], ignore_errors=True)
        if succeeded:
            log_path.unlink(missing_ok=True)  # kept when the bench failed: its messages point to it


if __name__ == "__main__":
    main()

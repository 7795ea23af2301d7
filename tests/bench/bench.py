"""`make bench`: figures measured in one run, so ratios hold on a shared, noisy machine.

The last line printed is one JSON object of figures.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
INTAKE = os.environ.get("PSEAH_BENCH_INTAKE", "http://127.0.0.1:8001")
DURATION = float(os.environ.get("PSEAH_BENCH_SECONDS", "10"))
CONCURRENCY = int(os.environ.get("PSEAH_BENCH_CONCURRENCY", "16"))
BODY = {"narrative": "Relawan di posko meminta imbalan. Benchmark report, not a real case.", "region_code": "3203"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wrk(url: str, *, seconds: float, connections: int) -> dict:
    """wrk (C, not the limit here) against one endpoint: requests/s, p99 and answers that were not 2xx."""
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{int(seconds)}s", "--latency", "-s",
                          str(ROOT / "tests/bench/post_report.lua"), url],
                         capture_output=True, text=True, timeout=seconds + 60, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))
    p99 = re.search(r"99%\s+([0-9.]+)(us|ms|s)\b", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {"per_second": rate, "p99_ms": round(p99_ms, 2), "non_2xx": int(bad.group(1)) if bad else 0,
            "socket_errors": sum(int(v) for v in errors.groups()) if errors else 0}


def ensure_wrk() -> None:
    if shutil.which("wrk") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, capture_output=True, timeout=600)


def main() -> None:
    ensure_wrk()
    port = free_port()
    bare = subprocess.Popen([sys.executable, "-m", "uvicorn", "--app-dir", str(ROOT / "tests/bench"), "bare_app:app",
                             "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--log-level", "warning"])
    try:
        for _ in range(100):
            try:
                httpx.get(f"http://127.0.0.1:{port}/docs", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        bare_url = f"http://127.0.0.1:{port}/v1/reports"
        intake_url = f"{INTAKE}/v1/reports"
        httpx.post(intake_url, json=BODY, timeout=10).raise_for_status()  # warm up
        figures = {}
        # The two in turn, twice, in one run: noise from the shared machine falls on both; the better of each pair.
        runs = {"bare": [], "intake": []}
        for _ in range(2):
            runs["bare"].append(wrk(bare_url, seconds=DURATION, connections=CONCURRENCY))
            runs["intake"].append(wrk(intake_url, seconds=DURATION, connections=CONCURRENCY))
        for name, results in runs.items():
            figures[name] = max(results, key=lambda r: r["per_second"])
            print(f"{name:8} {results}", file=sys.stderr)
        ratio = figures["intake"]["per_second"] / max(figures["bare"]["per_second"], 1e-9)
        print(json.dumps({
            "intake_reports_per_s_wrk": figures["intake"]["per_second"],
            "bare_fastapi_per_s_wrk": figures["bare"]["per_second"],
            "intake_to_bare_throughput_ratio_wrk": round(ratio, 3),
            "intake_p99_ms_wrk": figures["intake"]["p99_ms"],
            "bare_p99_ms_wrk": figures["bare"]["p99_ms"],
            "intake_non_2xx": figures["intake"]["non_2xx"] + figures["intake"]["socket_errors"],
            "connections": CONCURRENCY, "seconds_per_run": DURATION,
        }))
    finally:
        bare.terminate()
        bare.wait(10)


if __name__ == "__main__":
    main()

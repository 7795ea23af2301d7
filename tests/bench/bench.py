"""`make bench`: figures measured in one run, so ratios hold on a shared, noisy machine.

The last line printed is one JSON object of figures.
"""
from __future__ import annotations

import asyncio
import json
import os
import socket
import statistics
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


async def closed_loop(url: str, *, seconds: float, concurrency: int) -> dict:
    """As many requests as `concurrency` clients can make: throughput."""
    latencies: list[float] = []
    errors = 0
    end = time.perf_counter() + seconds
    async with httpx.AsyncClient(timeout=10) as client:
        async def worker():
            nonlocal errors
            while time.perf_counter() < end:
                start = time.perf_counter()
                response = await client.post(url, json=BODY)
                latencies.append(time.perf_counter() - start)
                errors += response.status_code != 202
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return summarize(latencies, errors, elapsed)


async def open_loop(url: str, *, rate: float, seconds: float) -> dict:
    """A steady arrival rate whatever the answers: latency at that rate."""
    latencies: list[float] = []
    errors = 0
    async with httpx.AsyncClient(timeout=10, limits=httpx.Limits(max_connections=200)) as client:
        async def one():
            nonlocal errors
            start = time.perf_counter()
            try:
                response = await client.post(url, json=BODY)
                errors += response.status_code != 202
            except httpx.HTTPError:
                errors += 1
            latencies.append(time.perf_counter() - start)
        tasks = []
        started = time.perf_counter()
        for n in range(int(rate * seconds)):
            delay = started + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one()))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - started
    return summarize(latencies, errors, elapsed)


def summarize(latencies: list[float], errors: int, elapsed: float) -> dict:
    ordered = sorted(latencies) or [0.0]
    pick = lambda q: round(1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))], 2)  # noqa: E731
    return {"requests": len(latencies), "errors": errors, "per_second": round(len(latencies) / elapsed, 1),
            "p50_ms": pick(0.50), "p99_ms": pick(0.99), "mean_ms": round(1000 * statistics.fmean(ordered), 2)}


def main() -> None:
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
        # interleave the two so that noise from the shared machine falls on both
        figures["bare_throughput"] = asyncio.run(closed_loop(bare_url, seconds=DURATION, concurrency=CONCURRENCY))
        figures["intake_throughput"] = asyncio.run(closed_loop(intake_url, seconds=DURATION, concurrency=CONCURRENCY))
        figures["intake_at_200_per_s"] = asyncio.run(open_loop(intake_url, rate=200, seconds=DURATION))
        figures["bare_at_200_per_s"] = asyncio.run(open_loop(bare_url, rate=200, seconds=DURATION))
        ratio = figures["intake_throughput"]["per_second"] / max(figures["bare_throughput"]["per_second"], 1e-9)
        for name, value in figures.items():
            print(f"{name:22} {value}", file=sys.stderr)
        print(json.dumps({
            "intake_reports_per_s": figures["intake_throughput"]["per_second"],
            "bare_fastapi_per_s": figures["bare_throughput"]["per_second"],
            "intake_to_bare_throughput_ratio": round(ratio, 3),
            "intake_p50_ms_at_200_per_s": figures["intake_at_200_per_s"]["p50_ms"],
            "intake_p99_ms_at_200_per_s": figures["intake_at_200_per_s"]["p99_ms"],
            "intake_errors": figures["intake_throughput"]["errors"] + figures["intake_at_200_per_s"]["errors"],
            "bare_p99_ms_at_200_per_s": figures["bare_at_200_per_s"]["p99_ms"],
            "concurrency": CONCURRENCY, "seconds_per_phase": DURATION,
        }))
    finally:
        bare.terminate()
        bare.wait(10)


if __name__ == "__main__":
    main()

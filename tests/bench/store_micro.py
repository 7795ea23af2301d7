"""Micro-benchmark of one FerretDB store (SQLite or PostgreSQL backend): _id reads, _id updates, inserts.

Not the suite's workload (that is flood_bench.py): this isolates the store. It seeds N documents of
about 1.4 KB in a throwaway database, asks the server's own query plan for a read by _id (an index scan
or not), then times reads by _id, updates by _id and single inserts from T threads sharing one client,
and writes one JSON object to stdout. The database is dropped at the end.

    .venv/bin/python tests/bench/store_micro.py --uri mongodb://127.0.0.1:27027/ [--docs 20000] [--threads 16] [--ops 3000]
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import sys
import threading
import time
import uuid

import pymongo


def make_doc(rng: random.Random, n: int) -> dict:
    # Shaped like a stored report: a few indexed-looking fields and ~1.2 KB of text (below PostgreSQL's
    # ~2 KB TOAST threshold, as most reports are).
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 9))) for _ in range(170)]
    return {
        "_id": uuid.UUID(int=rng.getrandbits(128)).hex,
        "org": f"org-{n % 40}",
        "status": "received",
        "priority": rng.choice(["routine", "urgent", "critical"]),
        "n": n,
        "text": " ".join(words)[:1200],
        "tags": ["a", "b", "c"],
    }


def id_plan(coll) -> dict:
    """The backend's plan for a find by _id: SQLite's detail lines or PostgreSQL's top node."""
    some = coll.find_one({}, {"_id": 1})["_id"]
    answer = coll.database.command("explain", {"find": coll.name, "filter": {"_id": some}})
    planner = answer.get("queryPlanner")
    if isinstance(planner, dict) and isinstance(planner.get("Plan"), list):  # SQLite: detail strings
        return {"filterPushdown": answer.get("filterPushdown"), "plan": " | ".join(planner["Plan"])}
    node = planner[0]["Plan"] if isinstance(planner, list) else planner.get("Plan", planner)
    return {"filterPushdown": answer.get("filterPushdown"), "plan": f"{node.get('Node Type')} {node.get('Index Name') or ''}".strip()}


def timed(threads: int, ops: list, fn) -> dict:
    """Run fn(op) for every op from `threads` threads; throughput and latency percentiles."""
    latencies: list[float] = []
    lock = threading.Lock()
    queue = list(reversed(ops))

    def worker():
        mine = []
        while True:
            with lock:
                if not queue:
                    break
                op = queue.pop()
            t0 = time.perf_counter()
            fn(op)
            mine.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "ops": len(latencies),
        "per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p99_ms": round(latencies[int(len(latencies) * 0.99) - 1] * 1000, 2),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--uri", required=True)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--threads", type=int, default=16)
    ap.add_argument("--ops", type=int, default=3000, help="operations per timed phase")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()

    rng = random.Random(args.seed)
    client = pymongo.MongoClient(args.uri, maxPoolSize=args.threads + 4, serverSelectionTimeoutMS=5000)
    name = f"pseah_store_bench_{uuid.uuid4().hex[:8]}"
    coll = client[name]["reports"]
    result: dict = {"uri": args.uri, "docs": args.docs, "threads": args.threads}
    try:
        docs = [make_doc(rng, n) for n in range(args.docs)]
        result["doc_bytes"] = round(statistics.mean(len(json.dumps(d)) for d in docs[:200]))
        t0 = time.perf_counter()
        for i in range(0, len(docs), 500):
            coll.insert_many(docs[i:i + 500], ordered=False)
        result["seed_insert_many_per_s"] = round(args.docs / (time.perf_counter() - t0), 1)
        ids = [d["_id"] for d in docs]
        result["id_read_plan"] = id_plan(coll)

        result["read_by_id"] = timed(args.threads, rng.choices(ids, k=args.ops),
                                     lambda i: coll.find_one({"_id": i}))
        result["update_by_id"] = timed(args.threads, rng.choices(ids, k=args.ops),
                                       lambda i: coll.update_one({"_id": i}, {"$set": {"status": "triaged"}, "$inc": {"n": 1}}))
        fresh = [make_doc(rng, args.docs + n) for n in range(args.ops)]
        result["insert_one"] = timed(args.threads, fresh, lambda d: coll.insert_one(d))
        result["read_in_50_ids"] = timed(args.threads, [rng.sample(ids, 50) for _ in range(args.ops // 10)],
                                         lambda batch: list(coll.find({"_id": {"$in": batch}})))
        result["count_after"] = coll.count_documents({})
    finally:
        client.drop_database(name)
        client.close()
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

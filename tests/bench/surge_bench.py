"""`make bench` (a surge in one inbox): 30,000 cases of one organisation reported in ten minutes (50 a second), nearly
all due the same day, so one day bucket of the focal point's keyed read list holds 1,200 pages. Pages 1, 2 and 20 of
the list read with the pages' key ranges (pseah.common.readlists, a bucket of many pages read from the cursor by the
pages that can hold what comes next) and without them (the range documents removed: every page of the bucket read to
order it, as before ranges were kept), alternated twice in one run on a throwaway database of the suite's store. Then
PSEAH_BENCH_SURGE_MORE (300) cases more into the same bucket, in polls of 10: the time and FerretDB's CPU a case, and
the largest key-ranges document (a bucket's ranges were one document, rewritten for each entry added).

The lists are laid out with readlists.layout (tested to read exactly like the same items placed one by one). Human
summary on stderr; the last line on stdout is one JSON object of figures. PSEAH_BENCH_SURGE_CASES (30000)."""
from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta

import bson
import pymongo
from flood_bench import cpu_seconds

from pseah.common import readlists
from pseah.common.readlists import Placement
from pseah.common.settings import CommonSettings

CASES = int(os.environ.get("PSEAH_BENCH_SURGE_CASES", "30000"))
MORE = int(os.environ.get("PSEAH_BENCH_SURGE_MORE", "300"))  # added after the reads, timed with FerretDB's CPU
LIST = "open|unicef"


def surge(count: int) -> list[tuple[str, dict]]:
    rng = random.Random(1)
    start = datetime(2026, 12, 7, 2, tzinfo=UTC)  # due 01:00-02:10 the next day: one day bucket
    items = []
    for n in range(count):
        arrived = start + timedelta(seconds=n * 0.02)
        # Acknowledgement 24 h after arrival; one in five urgent ones due sooner (up to an hour before their
        # neighbours'), so pages in arrival order hold keys out of order.
        due = arrived + timedelta(hours=24) - (timedelta(minutes=rng.choice([5, 30, 60])) if rng.random() < 0.2
                                               else timedelta(0))
        entry = {"org_id": "unicef", "priority": rng.choice(["critical", "high", "high", "medium"]),
                 "status": "assigned", "region_code": "3203", "due": due}
        items.append((f"PSEAH-S{n:07d}", {LIST: Placement(bucket=readlists.day(due), key=due.isoformat(),
                                                          entry=entry)}))
    return items


def walk(coll, pages: int) -> list[float]:
    times, token = [], ""
    for _ in range(pages):
        started = time.perf_counter()
        page = readlists.read(coll, name=LIST, after=token, limit=50)
        times.append(time.perf_counter() - started)
        token = page.next_token
        if not token:
            break
    return times


def main() -> int:
    client = pymongo.MongoClient(CommonSettings().mongo_uri)
    name = f"pseah_bench_surge_{os.getpid()}"
    coll = client[name]["case_lists"]
    try:
        docs = readlists.layout(surge(CASES))
        for start in range(0, len(docs), 500):
            coll.insert_many(docs[start:start + 500])
        ranges = [doc for doc in docs if "|keys" in doc["_id"]]
        pages = sum(1 for doc in docs if doc["_id"].rsplit("|", 1)[-1].isdigit())
        runs: dict[str, list[list[float]]] = {"ranged": [], "whole": []}
        for _ in range(2):
            for side in ("ranged", "whole"):
                coll.delete_many({"_id": {"$in": [doc["_id"] for doc in ranges]}})
                if side == "ranged":
                    coll.insert_many(ranges)
                runs[side].append(walk(coll, 20))
                times = runs[side][-1]
                print(f"{side}: page 1 {times[0]:.3f} s, page 2 {times[1]:.3f} s, page 20 {times[-1]:.3f} s",
                      file=sys.stderr)
        figures = {"surge_cases": CASES, "surge_bucket_pages": pages}
        for side, walks in runs.items():
            figures[f"surge_{side}_page1_s"] = round(min(w[0] for w in walks), 3)
            figures[f"surge_{side}_page2_s"] = round(min(w[1] for w in walks), 3)
            figures[f"surge_{side}_page20_s"] = round(min(w[-1] for w in walks), 3)
            figures[f"surge_{side}_pages_2_to_20_median_s"] = round(statistics.median(t for w in walks for t in w[1:]),
                                                                    3)
        # The surge goes on: more cases into the same day bucket, in polls of 10 (as a handler adds a poll's items).
        coll.delete_many({"_id": {"$in": [doc["_id"] for doc in ranges]}})
        coll.insert_many(ranges)
        more = surge(CASES + MORE)[CASES:]
        cpu_before, started = cpu_seconds("ferretdb"), time.perf_counter()
        for start in range(0, len(more), 10):
            readlists.place_all(coll, more[start:start + 10])
        elapsed, cpu_after = time.perf_counter() - started, cpu_seconds("ferretdb")
        figures["surge_add_cases"] = len(more)
        figures["surge_add_ms_per_case"] = round(elapsed * 1000 / len(more), 2)
        if cpu_before is not None and cpu_after is not None:
            figures["surge_add_ferretdb_cpu_ms_per_case"] = round((cpu_after - cpu_before) * 1000 / len(more), 2)
        figures["surge_ranges_largest_document_bytes"] = max(
            len(bson.encode(doc)) for doc in coll.find({"_id": {"$regex": r"\|keys\d*$"}}))
        print(f"adding {len(more)} cases to the bucket: {figures['surge_add_ms_per_case']} ms a case", file=sys.stderr)
        print(json.dumps(figures))
        return 0
    finally:
        client.drop_database(name)
        client.close()


if __name__ == "__main__":
    sys.exit(main())

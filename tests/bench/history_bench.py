"""`make bench` (years of history in one list): a history list (day buckets of the time an item last changed, as
referral's `all|*` and `closed|*` lists and intake's retention list keep) holding PSEAH_BENCH_HISTORY_DAYS (10, 365,
1825) days of items, 30 a day. On each, PSEAH_BENCH_HISTORY_MORE (300) items more into today's bucket, as referral
adds a referral (place, one by one): the time and FerretDB's CPU an item, and the largest listing document (a list's
head held every bucket and was rewritten for every item added; pseah.common.readlists). Then page 1 of the list,
newest first (the provider's and the coordinator's view).

The lists are laid out with readlists.layout (tested to read exactly like the same items placed one by one), on a
throwaway database of the suite's store. Human summary on stderr; the last line on stdout is one JSON object."""
from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta

import bson
import pymongo
from flood_bench import cpu_seconds

from pseah.common import readlists
from pseah.common.readlists import Placement
from pseah.common.settings import CommonSettings

DAYS = [int(days) for days in os.environ.get("PSEAH_BENCH_HISTORY_DAYS", "10,365,1825").split(",")]
MORE = int(os.environ.get("PSEAH_BENCH_HISTORY_MORE", "300"))
PER_DAY = 30
LIST = "all|*"
TODAY = datetime(2026, 12, 8, 1, tzinfo=UTC)


def item(n: int, at: datetime) -> tuple[str, dict]:
    entry = {"referral_id": f"REF-{n:08d}", "provider_org": "lbh-apik", "status": "completed", "service": "legal",
             "updated_at": at}
    return f"REF-{n:08d}", {LIST: Placement(bucket=readlists.day(at), key=at.isoformat(), entry=entry)}


def history(days: int) -> list[tuple[str, dict]]:
    return [item(day * PER_DAY + n, TODAY - timedelta(days=days - day, minutes=n))
            for day in range(days) for n in range(PER_DAY)]


def largest_listing(coll) -> tuple[int, int]:
    """The bytes of the largest document that lists buckets or months (a head, or a month), and the most buckets
    one lists."""
    docs = list(coll.find({"$or": [{"b": {"$exists": True}}, {"s": {"$exists": True}}]}))
    return (max((len(bson.encode(doc)) for doc in docs), default=0),
            max((len(doc.get("b") or {}) for doc in docs), default=0))


def main() -> int:
    client = pymongo.MongoClient(CommonSettings().mongo_uri)
    figures: dict[str, float] = {"history_items_added": MORE}
    try:
        for days in DAYS:
            name = f"pseah_bench_history_{os.getpid()}_{days}"
            coll = client[name]["referral_lists"]
            try:
                docs = readlists.layout(history(days))
                for start in range(0, len(docs), 500):
                    coll.insert_many(docs[start:start + 500])
                more = [item(10_000_000 + n, TODAY + timedelta(seconds=n)) for n in range(MORE)]
                cpu_before, started = cpu_seconds("ferretdb"), time.perf_counter()
                for ref, lists in more:
                    readlists.place(coll, ref=ref, lists=lists)
                elapsed, cpu_after = time.perf_counter() - started, cpu_seconds("ferretdb")
                started = time.perf_counter()
                page = readlists.read(coll, name=LIST, limit=50, descending=True)
                first_page = time.perf_counter() - started
                assert page.entries[0]["_ref"] == more[-1][0], "the newest item comes first"
                size, buckets = largest_listing(coll)
                figures[f"history_{days}d_add_ms_per_item"] = round(elapsed * 1000 / MORE, 2)
                if cpu_before is not None and cpu_after is not None:
                    figures[f"history_{days}d_add_ferretdb_cpu_ms_per_item"] = round(
                        (cpu_after - cpu_before) * 1000 / MORE, 2)
                figures[f"history_{days}d_page1_s"] = round(first_page, 3)
                figures[f"history_{days}d_largest_listing_bytes"] = size
                figures[f"history_{days}d_largest_listing_buckets"] = buckets
                print(f"{days} days: {figures[f'history_{days}d_add_ms_per_item']} ms an item added, page 1 "
                      f"{first_page:.3f} s, largest listing {buckets} buckets, {size} bytes", file=sys.stderr)
            finally:
                client.drop_database(name)
        print(json.dumps(figures))
        return 0
    finally:
        client.close()


if __name__ == "__main__":
    sys.exit(main())

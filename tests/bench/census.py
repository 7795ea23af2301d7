"""Sum a command census (PSEAH_MONGO_COMMAND_CENSUS, pseah.common.querylog.CommandCensus) per process, database,
collection and command: how many store round trips, and how much of the server's time, each costs per report.

usage: python tests/bench/census.py CENSUS_FILE [--reports N] [--top 30]
Processes are named from var/run/*.pid of the running suite where their pid is found there.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HANDSHAKES = {"hello", "isMaster", "ismaster", "ping", "endSessions", "buildInfo", "saslStart", "saslContinue"}


def process_names() -> dict[int, str]:
    names = {}
    for pid_file in (ROOT / "var/run").glob("*.pid"):
        try:
            names[int(pid_file.read_text().split()[0])] = pid_file.stem
        except (OSError, ValueError, IndexError):
            continue
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("census", type=Path)
    parser.add_argument("--reports", type=int, default=0, help="reports the census covers: figures per report")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)
    names = process_names()
    counts: collections.Counter = collections.Counter()
    micros: collections.Counter = collections.Counter()
    by_process: collections.Counter = collections.Counter()
    process_micros: collections.Counter = collections.Counter()
    unkeyed = collections.Counter()
    with args.census.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                row = json.loads(line)
            except ValueError:
                continue  # a line cut by a kill
            if row["command"] in HANDSHAKES:
                continue
            process = names.get(row.get("pid"), f"pid {row.get('pid')}")
            key = (process, row["db"], row["collection"], row["command"])
            counts[key] += 1
            micros[key] += row["micros"]
            by_process[process] += 1
            process_micros[process] += row["micros"]
            if not row["keyed"]:
                unkeyed[key] += 1
    per = args.reports or 1
    unit = "per report" if args.reports else "in all"
    total, total_ms = sum(counts.values()), sum(micros.values()) / 1000
    print(f"{total} commands, {total_ms:.0f} ms of store time ({total / per:.1f} commands and "
          f"{total_ms / per:.1f} ms {unit})")
    print(f"\n{'process':<16} {'commands ' + unit:>22} {'ms ' + unit:>16}")
    for process, count in by_process.most_common():
        print(f"{process:<16} {count / per:>22.1f} {process_micros[process] / 1000 / per:>16.1f}")
    print(f"\n{'process':<16} {'database':<22} {'collection':<28} {'command':<14} {'n/report':>9} {'ms/report':>10} "
          f"{'unkeyed':>8}")
    for key, count in sorted(counts.items(), key=lambda kv: -micros[kv[0]])[:args.top]:
        process, db, collection, command = key
        print(f"{process:<16} {db:<22} {collection:<28} {command:<14} {count / per:>9.2f} "
              f"{micros[key] / 1000 / per:>10.2f} {unkeyed[key]:>8}")
    summary = {"commands": total, "store_ms": round(total_ms), "reports": args.reports,
               "commands_per_report": round(total / per, 1) if args.reports else None,
               "by_process": {p: c for p, c in by_process.most_common()}}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())

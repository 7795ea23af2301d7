"""`make faults`: the whole fault suite against the running suite (tests/faults/engine.py says what it does).

usage: .venv/bin/python tests/faults/run.py [--short] [--parts kafka,ferretdb,...] [--rate 1.5]
The last line printed is one JSON object: the recovery times per part and the counts checked.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from engine import ALL_PARTS, SHORT_PARTS, Run, summary  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help=f"only {', '.join(SHORT_PARTS)} (what make test runs)")
    parser.add_argument("--parts", help=f"comma-separated, in order (default: {','.join(ALL_PARTS)})")
    parser.add_argument("--rate", type=float, default=1.5, help="reports per second under the faults")
    args = parser.parse_args()
    parts = tuple(args.parts.split(",")) if args.parts else SHORT_PARTS if args.short else ALL_PARTS
    try:
        verdict = Run(parts=parts, rate=args.rate).execute()
    except AssertionError as exc:
        print(f"[faults] FAILED: {exc}", file=sys.stderr)
        return 1
    print(summary(verdict))
    print(json.dumps(verdict))
    return 0


if __name__ == "__main__":
    sys.exit(main())

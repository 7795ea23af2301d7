#!/usr/bin/env bash
# `make bench`: bring the suite up if needed, run the benchmarks, stop only what this run started.
COMPONENT=bench
. "$(dirname "$0")/lib.sh"

was_up=0
"$LOCAL/suite.sh" status >/dev/null 2>&1 && was_up=1
cleanup() { ((was_up)) || "$LOCAL/suite.sh" down >/dev/null 2>&1 || true; }
trap cleanup EXIT
((was_up)) || "$LOCAL/suite.sh" up >&2
cd "$ROOT"
"$PY" tests/bench/bench.py

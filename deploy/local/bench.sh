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
# Each benchmark prints its figures as one JSON object on its last line; a failing one fails `make bench`.
rc=0
# The pipeline benchmarks first: intake's flood leaves a backlog downstream that would skew them.
for bench in tests/bench/*_bench.py tests/bench/bench.py; do
  [[ -e $bench ]] || continue
  say "benchmark $bench"
  "$PY" "$bench" || { rc=1; say "benchmark $bench failed"; }
done
exit $rc

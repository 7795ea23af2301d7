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
# The last line of `make bench` is all of them merged into one object (CONTRACTS.md).
rc=0
figures=$(mktemp)
trap 'rm -f "$figures"; cleanup' EXIT
# The pipeline benchmarks first: intake's flood leaves a backlog downstream that would skew them.
for bench in tests/bench/*_bench.py tests/bench/bench.py; do
  [[ -e $bench ]] || continue
  say "benchmark $bench"
  out=$(mktemp)
  if "$PY" "$bench" | tee "$out"; then tail -n 1 "$out" >>"$figures"; else rc=1; say "benchmark $bench failed"; fi
  rm -f "$out"
done
"$PY" - "$figures" <<'PY'
import json, sys
merged = {}
for line in open(sys.argv[1], encoding="utf-8"):
    try:
        merged.update(json.loads(line))
    except ValueError:
        pass  # a benchmark whose last line was not its figures: nothing to merge
print(json.dumps(merged, sort_keys=True))
PY
exit $rc

#!/usr/bin/env bash
# `make test`: bring up what is missing, run every test, stop only what this run started.
COMPONENT=test
. "$(dirname "$0")/lib.sh"

was_up=0
"$LOCAL/suite.sh" status >/dev/null 2>&1 && was_up=1
cleanup() { ((was_up)) || "$LOCAL/suite.sh" down >/dev/null 2>&1 || true; }
trap cleanup EXIT

"$LOCAL/suite.sh" up
cd "$ROOT"
# The portal's browser tests drive Debian's Chromium (never a browser downloaded by Playwright).
command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)
say "unit tests"
"$PY" -m pytest -q -m "not integration and not e2e" shared/tests services tests
say "integration and end-to-end tests against the running servers"
"$PY" -m pytest -q -m "integration or e2e" shared/tests services tests

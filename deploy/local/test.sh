#!/usr/bin/env bash
# `make test`: bring up what is missing, run every test, stop only what this run started.
COMPONENT=test
. "$(dirname "$0")/lib.sh"

was_up=0
"$LOCAL/suite.sh" status >/dev/null 2>&1 && was_up=1
cleanup() { ((was_up)) || "$LOCAL/suite.sh" down >/dev/null 2>&1 || true; }
trap cleanup EXIT

cd "$ROOT"
# Tools the tests need, fetched beside the suite's own start-up: helm (built from the Go module proxy) for
# the chart checks, Debian's Chromium for the portal's browser tests (never a browser Playwright downloads).
mkdir -p "$VAR/log"
make --no-print-directory var/cache/bin/helm >"$VAR/log/helm-build.log" 2>&1 &
helm_build=$!
# The contract validators (npm, pinned in tools/contracts/package-lock.json): about a minute on a fresh clone,
# nothing once installed; fetched while the suite starts.
tools/contracts/check.sh install >"$VAR/log/contracts-install.log" 2>&1 &
contracts_install=$!
if ! command -v chromium >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq chromium) >"$VAR/log/chromium-install.log" 2>&1 &
  chromium_install=$!
fi

"$LOCAL/suite.sh" up
wait "$helm_build" || die "building helm failed; see var/log/helm-build.log"
[[ -z ${chromium_install:-} ]] || wait "$chromium_install" || die "installing chromium failed; see var/log/chromium-install.log"
wait "$contracts_install" || die "installing the contract validators failed; see var/log/contracts-install.log"

say "contracts"
# AsyncAPI, OpenAPI and gRPC under the validators partners run (no server needed); any problem fails the build.
tools/contracts/check.sh

say "unit tests"
# `docker-compose config` needs the compose binary (a 7-minute build here): `make packaging-check` runs it.
"$PY" -m pytest -q -m "not integration and not e2e and not compose_binary" shared/tests services tests
# The journeys first, on the freshly started suite, before integration tests add their own traffic to it.
say "end-to-end tests against the running suite"
"$PY" -m pytest -q -m "e2e" tests services
say "integration tests against the real servers"
"$PY" -m pytest -q -m "integration and not e2e and not faults" shared/tests services tests
say "fault run: kill -9 notification, the store and Kafka under load (make faults kills every part)"
"$PY" -m pytest -q -s -m faults tests/faults

#!/usr/bin/env bash
# `make faults`: kill -9 Kafka, the store, Keycloak and every service in turn under a steady load of reports,
# restart each, check nothing accepted was lost or doubled (tests/faults/engine.py), print the recovery times.
# usage: faults.sh [--short] [--parts a,b,...] [--rate N]   (the suite is started first if it is not up)
# Leaves the suite up and ready, as `make run` would.
COMPONENT=faults
. "$(dirname "$0")/lib.sh"

cd "$ROOT"
"$LOCAL/suite.sh" up >"$VAR/log/faults-suite-up.log" 2>&1 || die "the suite did not come up; see var/log/faults-suite-up.log"
rc=0
"$PY" tests/faults/run.py "$@" || rc=$?
# Whatever happened, hand back a running suite: start whatever a failed run left down.
"$LOCAL/suite.sh" up >>"$VAR/log/faults-suite-up.log" 2>&1 || die "the suite did not come back up; see var/log/faults-suite-up.log"
"$LOCAL/suite.sh" status >/dev/null || die "the suite is not ready after the fault run (make status)"
exit $rc

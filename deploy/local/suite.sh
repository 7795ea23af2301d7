#!/usr/bin/env bash
# The whole local suite: infrastructure, then services, then demo data.
# usage: suite.sh {up|down|status|infra-up}
COMPONENT=suite
. "$(dirname "$0")/lib.sh"

# PSEAH_STORE_BACKEND=postgresql puts FerretDB on PostgreSQL (ferretdb.sh starts postgres.sh first). down and
# status include postgres then, or whenever it runs (a backend switched since it was started is still stopped).
INFRA=(kafka ferretdb smtp keycloak jaeger)
if [[ ${PSEAH_STORE_BACKEND:-sqlite} == postgresql ]] || is_running postgres; then
  INFRA=(kafka postgres ferretdb smtp keycloak jaeger)
fi

fetch_all() {
  # Downloads and builds are independent: run them side by side on a cold machine.
  local pids=() c failed=0
  local fetched=(kafka ferretdb keycloak jaeger)
  [[ ${PSEAH_STORE_BACKEND:-sqlite} != postgresql ]] || fetched+=(postgres)
  for c in "${fetched[@]}"; do "$LOCAL/$c.sh" fetch & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  ((failed == 0)) || die "fetching infrastructure failed (see messages above)"
}

infra_up() {
  fetch_all
  local c
  for c in kafka ferretdb smtp; do "$LOCAL/$c.sh" start; done
  "$LOCAL/keycloak.sh" start
  # The trace store the services export to (OTLP/HTTP); its UI shows one report's trace across the suite.
  "$LOCAL/jaeger.sh" start
  "$PY" "$LOCAL/topics.py"
}

demo_data() {
  "$ROOT/.venv/bin/pseah" directory load-demo
}

print_welcome() {
  cat <<MSG

The PSEAH suite is up.
  Portal:   http://127.0.0.1:${PSEAH_PORTAL_PORT:-8000}   (public report form; staff sign in at /login)
  Intake:   http://127.0.0.1:${PSEAH_INTAKE_PORT:-8001}/docs
  Keycloak: http://127.0.0.1:${PSEAH_KEYCLOAK_PORT:-8080}  (admin password in var/secrets/)
  Traces:   http://127.0.0.1:${PSEAH_JAEGER_QUERY_PORT:-16686}  (Jaeger; every service exports OTLP to it)
MSG
  if [[ -s $VAR/secrets/demo-users.json ]]; then
    echo "  Demo logins (password: $(<"$VAR/secrets/demo-password")):"
    "$PY" - "$VAR/secrets/demo-users.json" <<'PY'
import json, sys
for user in json.load(open(sys.argv[1])):
    print(f"    {user['username']:<22} {user['role']:<17} {user.get('org') or ''}")
PY
  fi
  echo "  make status | make stop"
}

case ${1:-} in
  infra-up) infra_up ;;
  up)
    infra_up
    demo_data
    "$LOCAL/services.sh" start
    print_welcome ;;
  down)
    "$LOCAL/services.sh" stop
    for ((i = ${#INFRA[@]} - 1; i >= 0; i--)); do "$LOCAL/${INFRA[i]}.sh" stop; done ;;
  status)
    rc=0
    for c in "${INFRA[@]}"; do
      if "$LOCAL/$c.sh" status >/dev/null 2>&1; then printf '%-13s ready\n' "$c"; else printf '%-13s NOT READY\n' "$c"; rc=1; fi
    done
    "$LOCAL/services.sh" status || rc=1
    exit $rc ;;
  *) usage "up|down|status|infra-up" ;;
esac

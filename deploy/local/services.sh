#!/usr/bin/env bash
# The suite's own services, each its own process: `python -m pseah.<name>`.
# usage: services.sh {start|stop|status|wait} [name...]
COMPONENT=services
. "$(dirname "$0")/lib.sh"

ALL=(audit analytics triage referral notification intake portal)
declare -A PORT=([portal]=${PSEAH_PORTAL_PORT:-8000} [intake]=${PSEAH_INTAKE_PORT:-8001}
  [triage]=${PSEAH_TRIAGE_PORT:-8002} [referral]=${PSEAH_REFERRAL_PORT:-8003}
  [notification]=${PSEAH_NOTIFICATION_PORT:-8004} [audit]=${PSEAH_AUDIT_PORT:-8005}
  [analytics]=${PSEAH_ANALYTICS_PORT:-8006})

# Locally every service exports its spans over OTLP/HTTP to the Jaeger that suite.sh starts (override either to turn
# it off or point elsewhere); in production the chart sets the collector's address.
export PSEAH_OTEL_EXPORTER=${PSEAH_OTEL_EXPORTER:-otlp}
export OTEL_EXPORTER_OTLP_ENDPOINT=${OTEL_EXPORTER_OTLP_ENDPOINT:-http://127.0.0.1:4318}

cmd=${1:-}; shift || true
names=("$@"); ((${#names[@]})) || names=("${ALL[@]}")
for n in "${names[@]}"; do [[ -n ${PORT[$n]:-} ]] || die "unknown service '$n' (known: ${ALL[*]})"; done

ready() { curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:${PORT[$1]}/readyz" 2>/dev/null; }

wait_ready() {
  local n=$1 t=${2:-120} end=$((SECONDS + ${2:-120}))
  until ready "$n"; do
    is_running "$n" || die "$n stopped; see var/log/$n.log:$(echo; tail -n 30 "$VAR/log/$n.log" 2>/dev/null)"
    ((SECONDS < end)) || die "$n not ready after ${t}s; see var/log/$n.log"
    sleep 0.5
  done
  COMPONENT=$n say "ready on http://127.0.0.1:${PORT[$n]}"
}

case $cmd in
  start)
    [[ -x $PY ]] || die "no .venv; run make venv"
    for n in "${names[@]}"; do COMPONENT=$n start_bg "$n" "$PY" -m "pseah.$n"; done
    for n in "${names[@]}"; do wait_ready "$n" 180; done ;;
  wait) for n in "${names[@]}"; do wait_ready "$n" 180; done ;;
  stop)
    # reverse order: entry points first, so nothing new arrives while consumers finish
    for ((i = ${#names[@]} - 1; i >= 0; i--)); do COMPONENT=${names[i]} stop_bg "${names[i]}"; done ;;
  status)
    rc=0
    for n in "${names[@]}"; do
      if is_running "$n" && ready "$n"; then printf '%-13s ready    http://127.0.0.1:%s\n' "$n" "${PORT[$n]}"
      else printf '%-13s NOT READY http://127.0.0.1:%s\n' "$n" "${PORT[$n]}"; rc=1; fi
    done
    exit $rc ;;
  *) usage "start|stop|status|wait [name...]" ;;
esac

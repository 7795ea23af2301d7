#!/usr/bin/env bash
# The suite's own services, each its own process: `python -m pseah.<name>`.
# usage: services.sh {start|stop|status|wait} [name...]
#        services.sh {start-extra|stop-extra} INDEX [name...]   (another instance of a consumer, see below)
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

# Extra instances, to measure scale-out on one machine (tests/bench/scaleout_bench.py): the same service in the same
# consumer group, so Kafka splits the partitions between the instances. Instance INDEX (2..6, the partitions) has
# its ports moved by 100*(INDEX-1) (referral's gRPC by INDEX-1), its own faust data folder var/data/faust-INDEX,
# var/run/<name>-INDEX.pid and var/log/<name>-INDEX.log. Not audit (one writer of the hash chain, never a second
# replica: docs/operations.md), nor intake and portal (HTTP entry points, not scaled here).
SCALABLE=(triage referral notification analytics)

cmd=${1:-}; shift || true
if [[ $cmd == start-extra || $cmd == stop-extra ]]; then
  index=${1:-}; shift || true
  [[ $index =~ ^[2-6]$ ]] || die "$cmd: INDEX must be 2..6 (the 6 partitions cap a consumer group), got '${index}'"
  names=("$@"); ((${#names[@]})) || names=("${SCALABLE[@]}")
  for n in "${names[@]}"; do
    [[ " ${SCALABLE[*]} " == *" $n "* ]] || die "$cmd: '$n' cannot run twice here (scalable: ${SCALABLE[*]})"
    PORT[$n-$index]=$((PORT[$n] + 100 * (index - 1)))
  done
else
  names=("$@"); ((${#names[@]})) || names=("${ALL[@]}")
fi
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
    # The audit checkpoints' Ed25519 key, made once, kept outside the store (var/secrets, mode 0600).
    if [[ " ${names[*]} " == *" audit "* ]]; then
      mkdir -p "$VAR/log"; "$(dirname "$PY")/pseah" audit keygen >>"$VAR/log/audit.log" 2>&1 \
        || die "could not create var/secrets/audit-signing-ed25519.pem; see var/log/audit.log"
    fi
    for n in "${names[@]}"; do COMPONENT=$n start_bg "$n" "$PY" -m "pseah.$n"; done
    for n in "${names[@]}"; do wait_ready "$n" 180; done ;;
  wait) for n in "${names[@]}"; do wait_ready "$n" 180; done ;;
  start-extra)
    [[ -x $PY ]] || die "no .venv; run make venv"
    for n in "${names[@]}"; do
      extra=(env "PSEAH_FAUST_DATADIR=$VAR/data/faust-$index" "PSEAH_${n^^}_PORT=${PORT[$n-$index]}")
      [[ $n == referral ]] && extra+=("PSEAH_REFERRAL_GRPC_PORT=$((${PSEAH_REFERRAL_GRPC_PORT:-50051} + index - 1))")
      COMPONENT=$n-$index start_bg "$n-$index" "${extra[@]}" "$PY" -m "pseah.$n"
    done
    for n in "${names[@]}"; do wait_ready "$n-$index" 180; done ;;
  stop-extra)
    for n in "${names[@]}"; do COMPONENT=$n-$index stop_bg "$n-$index"; done ;;
  stop)
    # reverse order: entry points first, so nothing new arrives while consumers finish
    for ((i = ${#names[@]} - 1; i >= 0; i--)); do
      # extra instances first (start-extra), so `make stop` never leaves one holding partitions
      for f in "$VAR"/run/"${names[i]}"-[2-6].pid; do
        [[ -e $f ]] || continue
        c=$(basename "$f" .pid); COMPONENT=$c stop_bg "$c"
      done
      COMPONENT=${names[i]} stop_bg "${names[i]}"
    done ;;
  status)
    rc=0
    for n in "${names[@]}"; do
      if is_running "$n" && ready "$n"; then printf '%-13s ready    http://127.0.0.1:%s\n' "$n" "${PORT[$n]}"
      else printf '%-13s NOT READY http://127.0.0.1:%s\n' "$n" "${PORT[$n]}"; rc=1; fi
    done
    exit $rc ;;
  *) usage "start|stop|status|wait [name...]|start-extra|stop-extra INDEX [name...]" ;;
esac

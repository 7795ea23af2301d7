# shellcheck shell=bash disable=SC2034,SC2016  # vars are used by the sourcing scripts; quotes on purpose
# Shared helpers for deploy/local/*.sh. Source it: `. "$(dirname "$0")/lib.sh"`.
# Layout (docs/CONVENTIONS.md): var/cache, var/data/<c>, var/run/<c>.pid, var/log/<c>.log.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
[[ -f $ROOT/docs/CONVENTIONS.md ]] || { echo "error: repo root not found (looked at $ROOT)" >&2; exit 1; }
LOCAL=$ROOT/deploy/local
VAR=$ROOT/var
CACHE=$VAR/cache
PY=$ROOT/.venv/bin/python

say() { echo "[${COMPONENT:-local}] $*" >&2; }
die() { echo "[${COMPONENT:-local}] error: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || die "'$1' not found on PATH${2:+ ($2)}"; }

# var_dirs <c>: create the cache/data/run/log folders; sets DATA, PIDFILE, LOGFILE.
var_dirs() {
  DATA=$VAR/data/$1 PIDFILE=$VAR/run/$1.pid LOGFILE=$VAR/log/$1.log
  mkdir -p "$CACHE" "$DATA" "$VAR/run" "$VAR/log"
}

# lock <c>: serialise fetch/start/stop of one component across concurrent callers (fd 9, released
# when the calling script exits; start_bg closes it for the started process).
lock() {
  exec 9>"$VAR/run/$1.lock"
  flock -w 900 9 || die "another deploy/local/$1.sh is still busy (lock var/run/$1.lock)"
}

# pid_of <c>: the recorded pid if that process is alive and still leads its own process group.
pid_of() {
  local f=$VAR/run/$1.pid pid
  [[ -s $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  [[ $(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ') == "$pid" ]] || return 1
  echo "$pid"
}
is_running() { pid_of "$1" >/dev/null; }

# start_bg <c> <cmd...>: run cmd detached (new session, so its pid is also its process group),
# stdout+stderr appended to var/log/<c>.log, pid in var/run/<c>.pid. No-op if already running.
start_bg() {
  local c=$1 pid; shift
  var_dirs "$c"
  if pid=$(pid_of "$c"); then say "already running (pid $pid)"; return 0; fi
  rm -f "$PIDFILE"
  echo "---- $(date -Is) start: $*" >>"$LOGFILE"
  # the inner shell writes its own pid, then execs: robust whether or not setsid forks. A long-lived server keeps
  # no descriptor of its caller beyond 0-2: one it inherited (a `flock FILE make run` lock, a CI pipe) would be
  # held for the server's whole life.
  setsid bash -c 'echo $$ >"$0"; exec nohup "$@"' "$PIDFILE" "$@" >>"$LOGFILE" 2>&1 </dev/null \
    3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
  for _ in $(seq 50); do [[ -s $PIDFILE ]] && break; sleep 0.1; done
  pid=$(pid_of "$c") || die "failed to start; last log lines:$(echo; tail -n 20 "$LOGFILE")"
  say "started (pid $pid, log ${LOGFILE#"$ROOT"/})"
}

# stop_bg <c>: TERM the recorded process group, wait up to 30 s, then KILL it.
stop_bg() {
  local c=$1 pid
  var_dirs "$c"
  if ! pid=$(pid_of "$c"); then rm -f "$PIDFILE"; say "not running"; return 0; fi
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 300); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 -- "-$pid" 2>/dev/null; then
    say "still alive after 30 s, sending KILL"; kill -KILL -- "-$pid" 2>/dev/null || true; sleep 0.5
  fi
  rm -f "$PIDFILE"
  say "stopped (pid $pid)"
}

# status_bg <c> <host> <port>: print state; exit 0 if the process runs and the port accepts.
status_bg() {
  local pid
  if ! pid=$(pid_of "$1"); then say "stopped"; return 1; fi
  if port_open "$2" "$3"; then say "running (pid $pid) on $2:$3"; else say "running (pid $pid), $2:$3 not open yet"; return 1; fi
}

port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }

# wait_port <host> <port> <timeout s> [component]: wait for a TCP connect; fail early if the component died.
wait_port() {
  local h=$1 p=$2 t=${3:-60} c=${4:-} end=$((SECONDS + ${3:-60}))
  until port_open "$h" "$p"; do
    [[ -n $c ]] && ! is_running "$c" && die "$c is not running; see var/log/$c.log:$(echo; tail -n 20 "$VAR/log/$c.log" 2>/dev/null)"
    ((SECONDS < end)) || die "$h:$p not reachable after ${t}s"
    sleep 0.5
  done
}

# wait_http <url> <timeout s>: wait for a 2xx/3xx answer.
wait_http() {
  local u=$1 t=${2:-60} end=$((SECONDS + ${2:-60}))
  until curl -fsS -o /dev/null --max-time 3 "$u" 2>/dev/null; do
    ((SECONDS < end)) || die "$u not ready after ${t}s"
    sleep 1
  done
}

# usage <commands>: standard error for a wrong sub-command.
usage() { echo "usage: $0 {$1}" >&2; exit 2; }

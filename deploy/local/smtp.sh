#!/usr/bin/env bash
# Dev SMTP sink (deploy/local/smtp_sink.py, aiosmtpd from .venv): mails stored as .eml in var/data/smtp.
# usage: smtp.sh {fetch|start|stop|status|wait [timeout]}   (fetch only checks .venv: run `make venv`)
COMPONENT=smtp
# shellcheck source=deploy/local/lib.sh disable=SC2034
. "$(dirname "$0")/lib.sh"

HOST=127.0.0.1
PORT=${PSEAH_SMTP_PORT:-1025}
var_dirs smtp

fetch() {
  [[ -x $PY ]] || die "no $PY: run 'make venv'"
  "$PY" -c 'import aiosmtpd' 2>/dev/null || die "aiosmtpd missing in .venv: run 'make venv'"
  say "aiosmtpd present in .venv"
}

start() {
  if is_running smtp; then say "already running (pid $(pid_of smtp))"; wait_ready 15; return; fi
  fetch
  start_bg smtp "$PY" "$LOCAL/smtp_sink.py" --port "$PORT" --dir "$DATA"
  wait_ready 15
}

# the server sends its 220 greeting and answers NOOP
wait_ready() {
  wait_port "$HOST" "$PORT" "${1:-15}" smtp
  "$PY" -c 'import smtplib, sys; s = smtplib.SMTP(sys.argv[1], int(sys.argv[2]), timeout=5); s.noop(); s.quit()' \
    "$HOST" "$PORT" || die "no SMTP greeting on $HOST:$PORT"
  say "ready on $HOST:$PORT (mails in ${DATA#"$ROOT"/})"
}

case ${1:-} in
  fetch) fetch ;;
  start) lock smtp; start ;;
  stop) lock smtp; stop_bg smtp ;;
  status) status_bg smtp "$HOST" "$PORT" ;;
  wait) wait_ready "${2:-15}" ;;
  *) usage "fetch|start|stop|status|wait [timeout]" ;;
esac

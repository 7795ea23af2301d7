#!/usr/bin/env bash
# FerretDB v1 (MongoDB wire protocol, SQLite backend) built from deploy/local/ferretdb/main.go.
# usage: ferretdb.sh {fetch|start|stop|status|wait [timeout]}   (fetch = download modules + go build)
COMPONENT=ferretdb
# shellcheck source=deploy/local/lib.sh disable=SC2034
. "$(dirname "$0")/lib.sh"

HOST=127.0.0.1
PORT=${PSEAH_FERRETDB_PORT:-27017}
SRC=$LOCAL/ferretdb
BIN=$CACHE/ferretdb/ferretdb
var_dirs ferretdb

fetch() {
  if [[ -x $BIN && -z $(find "$SRC" -newer "$BIN" -type f) ]]; then
    say "binary up to date (${BIN#"$ROOT"/})"; return 0
  fi
  need go "install Go >= 1.24 from https://go.dev/dl/"
  say "building ${BIN#"$ROOT"/} (first build takes ~2 min on 2 cores)"
  mkdir -p "$CACHE/go" "$CACHE/ferretdb"
  (cd "$SRC" && GOPATH="$CACHE/go" GOMODCACHE="$CACHE/go/mod" GOCACHE="$CACHE/go/build" \
      GOFLAGS=-mod=mod go build -trimpath -o "$BIN.tmp" .) || die "go build failed"
  mv "$BIN.tmp" "$BIN"
}

start() {
  if is_running ferretdb; then say "already running (pid $(pid_of ferretdb))"; wait_ready 30; return; fi
  fetch
  PSEAH_FERRETDB_LISTEN=$HOST:$PORT PSEAH_FERRETDB_SQLITE_URL="file:$DATA/" \
    start_bg ferretdb "$BIN"
  wait_ready 30
}

# the server answers a MongoDB ping (pymongo from .venv if present, else a TCP connect)
wait_ready() {
  wait_port "$HOST" "$PORT" "${1:-30}" ferretdb
  if [[ -x $PY ]] && "$PY" -c 'import pymongo' 2>/dev/null; then
    "$PY" -c 'import sys, pymongo; pymongo.MongoClient(sys.argv[1], serverSelectionTimeoutMS=int(sys.argv[2]) * 1000).admin.command("ping")' \
      "mongodb://$HOST:$PORT/" "${1:-30}" || die "no answer to ping on $HOST:$PORT"
  fi
  say "ready on mongodb://$HOST:$PORT"
}

case ${1:-} in
  fetch) lock ferretdb; fetch ;;
  start) lock ferretdb; start ;;
  stop) lock ferretdb; stop_bg ferretdb ;;
  status) status_bg ferretdb "$HOST" "$PORT" ;;
  wait) wait_ready "${2:-30}" ;;
  *) usage "fetch|start|stop|status|wait [timeout]" ;;
esac

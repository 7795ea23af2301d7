#!/usr/bin/env bash
# FerretDB v1 (MongoDB wire protocol) built from deploy/local/ferretdb/main.go, on SQLite (the default) or,
# with PSEAH_STORE_BACKEND=postgresql, on the PostgreSQL of postgres.sh (started first by `start`).
# usage: ferretdb.sh {fetch|start|stop|status|wait [timeout]}   (fetch = download modules + go build)
COMPONENT=ferretdb
# shellcheck source=deploy/local/lib.sh disable=SC2034
. "$(dirname "$0")/lib.sh"

HOST=127.0.0.1
PORT=${PSEAH_FERRETDB_PORT:-27017}
SRC=$LOCAL/ferretdb
BIN=$CACHE/ferretdb/ferretdb
BACKEND=${PSEAH_STORE_BACKEND:-sqlite}
var_dirs ferretdb

# FerretDB 1.24's SQLite backend never used its _id index: queries compare `->'$._id'` while the index is on
# `->"_id"`, and only a filter made of `_id` alone is pushed down. Every find, update and delete by _id was a
# full scan (see deploy/local/README.md). id-pushdown.patch fixes both. Its PostgreSQL backend pushes `_id`
# down as `_jsonb->$1 @> $2`, which the btree index on `_jsonb->'_id'` cannot serve: pg-id-pushdown.patch
# emits `_jsonb->'_id' = $n` / `IN (...)` instead. Both are applied to a vendored copy of the module in a
# build directory (the module cache stays pristine; Go refuses overlays of it), so one binary serves either
# backend. A patch that no longer applies (another FerretDB version) stops the build rather than silently
# building the slow one.
PATCHES=(id-pushdown.patch pg-id-pushdown.patch atomic-update.patch)
build_patched() {
  local build=$1 p
  rm -rf "$build" && mkdir -p "$build" && cp "$SRC"/main.go "$SRC"/go.mod "$SRC"/go.sum "$build"/ || return 1
  (cd "$build" && go mod vendor) || return 1
  for p in "${PATCHES[@]}"; do
    patch --quiet --forward -p1 -d "$build/vendor/github.com/FerretDB/FerretDB" <"$SRC/$p" ||
      { echo "$p does not apply to this FerretDB" >&2; return 1; }
  done
  (cd "$build" && go build -mod=vendor -trimpath -o "$BIN.tmp" .)
}

fetch() {
  if [[ -x $BIN && -z $(find "$SRC" -newer "$BIN" -type f) ]]; then
    say "binary up to date (${BIN#"$ROOT"/})"; return 0
  fi
  need go "install Go >= 1.24 from https://go.dev/dl/"
  say "building ${BIN#"$ROOT"/} (first build takes ~2 min on 2 cores)"
  mkdir -p "$CACHE/go" "$CACHE/ferretdb"
  (export GOPATH="$CACHE/go" GOMODCACHE="$CACHE/go/mod" GOCACHE="$CACHE/go/build" GOFLAGS=-mod=mod &&
      build_patched "$CACHE/ferretdb/build") || die "go build failed"
  mv "$BIN.tmp" "$BIN"
}

start() {
  if is_running ferretdb; then say "already running (pid $(pid_of ferretdb))"; wait_ready 30; return; fi
  fetch
  case $BACKEND in
    sqlite)
      PSEAH_FERRETDB_LISTEN=$HOST:$PORT PSEAH_FERRETDB_HANDLER=sqlite PSEAH_FERRETDB_SQLITE_URL="file:$DATA/" \
        start_bg ferretdb "$BIN" ;;
    postgresql)
      "$LOCAL/postgres.sh" start
      PSEAH_FERRETDB_LISTEN=$HOST:$PORT PSEAH_FERRETDB_HANDLER=postgresql \
        PSEAH_FERRETDB_POSTGRESQL_URL="postgres://ferretdb@127.0.0.1:${PSEAH_POSTGRES_PORT:-5433}/ferretdb" \
        start_bg ferretdb "$BIN" ;;
    *) die "PSEAH_STORE_BACKEND must be sqlite or postgresql, not '$BACKEND'" ;;
  esac
  say "store backend: $BACKEND"
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

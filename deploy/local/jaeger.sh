#!/usr/bin/env bash
# Jaeger v2 all-in-one (OTLP in on 4317/4318, in-memory trace store, query API and UI on 16686), built from the
# Go module proxy as a tool of deploy/local/jaeger/go.mod (v1.75.0) into var/cache/jaeger.
# usage: jaeger.sh {fetch|start|stop|status|wait [timeout]}
COMPONENT=jaeger
# shellcheck source=deploy/local/lib.sh disable=SC2034
. "$(dirname "$0")/lib.sh"

HOST=127.0.0.1
QUERY_PORT=${PSEAH_JAEGER_QUERY_PORT:-16686}
OTLP_HTTP_PORT=4318  # the all-in-one configuration's
SRC=$LOCAL/jaeger
BIN=$CACHE/jaeger/jaeger
var_dirs jaeger

fetch() {
  if [[ -x $BIN && -z $(find "$SRC" -newer "$BIN" -type f) ]]; then
    say "binary up to date (${BIN#"$ROOT"/})"; return 0
  fi
  need go "install Go >= 1.25"
  say "building ${BIN#"$ROOT"/} (first build takes several minutes on 2 cores)"
  mkdir -p "$CACHE/go" "$CACHE/jaeger"
  (export GOPATH="$CACHE/go" GOMODCACHE="$CACHE/go/mod" GOCACHE="$CACHE/go/build" GOFLAGS=-mod=mod &&
      cd "$SRC" && go build -trimpath -o "$BIN.tmp" github.com/jaegertracing/jaeger/cmd/jaeger) || die "go build failed"
  mv "$BIN.tmp" "$BIN"
}

start() {
  if is_running jaeger; then say "already running (pid $(pid_of jaeger))"; wait_ready 60; return; fi
  fetch
  # With no --config, Jaeger v2 runs its embedded all-in-one configuration (memory store, OTLP receivers on 4317
  # and 4318, query service): JAEGER_LISTEN_HOST keeps its listeners on loopback, --set does it for the query's.
  JAEGER_LISTEN_HOST=$HOST start_bg jaeger "$BIN" \
    --set=extensions.jaeger_query.http.endpoint=$HOST:$QUERY_PORT \
    --set=extensions.jaeger_query.grpc.endpoint=$HOST:16685
  wait_ready 60
}

wait_ready() {
  wait_port "$HOST" "$QUERY_PORT" "${1:-60}" jaeger
  wait_port "$HOST" "$OTLP_HTTP_PORT" "${1:-60}" jaeger
  wait_http "http://$HOST:$QUERY_PORT/api/services" "${1:-60}"
  say "ready: traces at http://$HOST:$QUERY_PORT (OTLP/HTTP in on $HOST:$OTLP_HTTP_PORT)"
}

case ${1:-} in
  fetch) lock jaeger; fetch ;;
  start) lock jaeger; start ;;
  stop) lock jaeger; stop_bg jaeger ;;
  status) status_bg jaeger "$HOST" "$QUERY_PORT" ;;
  wait) wait_ready "${2:-60}" ;;
  *) usage "fetch|start|stop|status|wait [timeout]" ;;
esac

#!/usr/bin/env bash
# PostgreSQL 15 (Debian's package) as FerretDB's store when PSEAH_STORE_BACKEND=postgresql (see ferretdb.sh).
# usage: postgres.sh {fetch|start|stop|status|wait [timeout]}   (fetch = check that the binaries are installed)
# A cluster of its own: data in var/data/postgres/pgdata, socket in var/data/postgres/socket, 127.0.0.1 only,
# port PSEAH_POSTGRES_PORT (not 5432, which belongs to a system cluster if there is one). Database `ferretdb`
# (UTF8, C locale: FerretDB refuses others) owned by the login role `ferretdb`.
COMPONENT=postgres
# shellcheck source=deploy/local/lib.sh disable=SC2034
. "$(dirname "$0")/lib.sh"

HOST=127.0.0.1
PORT=${PSEAH_POSTGRES_PORT:-5433}
var_dirs postgres
PGDATA=$DATA/pgdata
SOCK=$DATA/socket
PG_BIN=${PSEAH_POSTGRES_BIN:-}
if [[ -z $PG_BIN ]]; then
  PG_BIN=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
fi

# PostgreSQL refuses to run as root: as root, every server-side command runs as the `postgres` user, from /
# (it cannot read root's home, and a relative path would be resolved from there). As anyone else, as that user.
as_pg() {
  if ((EUID == 0)); then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

# psql as the superuser over the cluster's own socket (no password: see pg_hba in init_cluster).
pg_sql() { as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres "$@"; }

fetch() {
  [[ -n $PG_BIN && -x $PG_BIN/postgres ]] ||
    die "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (Debian: apt-get install -y postgresql; or set PSEAH_POSTGRES_BIN)"
  if ((EUID == 0)); then
    id postgres >/dev/null 2>&1 || die "no 'postgres' user to run the server as (it comes with Debian's postgresql package)"
    # The server, running as postgres, must reach its data through every parent folder.
    as_pg test -x "$DATA" || die "user postgres cannot reach ${DATA} (a parent folder is not world-searchable; clone elsewhere)"
  fi
  # A Unix socket path is limited to 107 bytes.
  ((${#SOCK} + 17 < 107)) || die "socket path too long: $SOCK (clone to a shorter path)"
  say "using $("$PG_BIN/postgres" --version)"
}

# init_cluster: initdb once (re-running start on an initialised cluster just starts it).
init_cluster() {
  [[ -s $PGDATA/PG_VERSION ]] && return 0
  say "initdb in ${PGDATA#"$ROOT"/}"
  rm -rf "$PGDATA" && mkdir -p "$PGDATA" && chmod 0700 "$PGDATA"
  if ((EUID == 0)); then chown postgres: "$PGDATA"; fi
  # trust, because the server listens only on 127.0.0.1 and a socket in this folder: a local development store,
  # like the SQLite files it replaces. No password to generate, store or leak into a URL.
  as_pg "$PG_BIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C --auth=trust >>"$LOGFILE" 2>&1 ||
    die "initdb failed; see ${LOGFILE#"$ROOT"/}"
}

# ensure_database: the ferretdb role and database, created when missing.
ensure_database() {
  if [[ -z $(pg_sql -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = 'ferretdb'") ]]; then
    pg_sql -d postgres -c "CREATE ROLE ferretdb LOGIN" || die "cannot create role ferretdb"
  fi
  if [[ -z $(pg_sql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ferretdb'") ]]; then
    say "creating database ferretdb (UTF8, C)"
    pg_sql -d postgres -c "CREATE DATABASE ferretdb OWNER ferretdb ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" ||
      die "cannot create database ferretdb"
  fi
}

start() {
  fetch
  if is_running postgres; then say "already running (pid $(pid_of postgres))"; wait_ready 60; ensure_database; return; fi
  init_cluster
  mkdir -p "$SOCK"
  if ((EUID == 0)); then chown postgres: "$SOCK"; fi
  # Settings on the command line override postgresql.conf, so a changed port needs no edit of the cluster.
  # max_wal_size: WAL may otherwise grow to 1 GB between checkpoints, a lot for a development disk.
  # Durability stays PostgreSQL's default (fsync, synchronous_commit on): a 202 means the report is on disk.
  # start_bg runs a command, not a shell function: the same runuser as as_pg, spelled out, from /.
  local run_as=()
  ((EUID != 0)) || run_as=(runuser -u postgres --)
  (cd / && start_bg postgres "${run_as[@]}" "$PG_BIN/postgres" -D "$PGDATA" \
    -c listen_addresses="$HOST" -c port="$PORT" -c unix_socket_directories="$SOCK" -c max_wal_size=256MB)
  wait_ready 60
  ensure_database
}

# stop: a fast shutdown (clients disconnected, no crash recovery at next start). A plain TERM would be a smart
# shutdown, which waits for every client, FerretDB's pool included. stop_bg then reaps the runuser wrapper.
stop() {
  if is_running postgres && [[ -s $PGDATA/postmaster.pid ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >>"$LOGFILE" 2>&1 || say "pg_ctl stop failed; signalling"
  fi
  stop_bg postgres
}

# ready: the server accepts connections (pg_isready over TCP, as FerretDB connects).
wait_ready() {
  local t=${1:-60} end=$((SECONDS + ${1:-60}))
  wait_port "$HOST" "$PORT" "$t" postgres
  until "$PG_BIN/pg_isready" -q -h "$HOST" -p "$PORT" -U postgres -d postgres; do
    is_running postgres || die "postgres is not running; see ${LOGFILE#"$ROOT"/}:$(echo; tail -n 20 "$LOGFILE")"
    ((SECONDS < end)) || die "$HOST:$PORT not accepting connections after ${t}s"
    sleep 0.5
  done
  say "ready on postgres://ferretdb@$HOST:$PORT/ferretdb"
}

case ${1:-} in
  fetch) lock postgres; fetch ;;
  start) lock postgres; start ;;
  stop) lock postgres; stop ;;
  status) status_bg postgres "$HOST" "$PORT" ;;
  wait) wait_ready "${2:-60}" ;;
  *) usage "fetch|start|stop|status|wait [timeout]" ;;
esac

#!/usr/bin/env bash
# Keycloak for local runs: deploy/local/keycloak.sh {fetch|build|start|stop|status|wait|apply-realm|env}
#
#   fetch        download org.keycloak:keycloak-quarkus-dist with Maven into var/cache/keycloak, unzip
#   build        `kc.sh build` once (dev-file database, health on); redone when the build options change
#   start        fetch+build if missing, render the realm (deploy/keycloak/realm.py) and start in the
#                background (start --optimized); no-op if already running; waits until ready and then
#                applies realm changes (see deploy/keycloak/README.md)
#   stop         stop the process this script started (pid in var/run/keycloak.pid)
#   status       exit 0 when running and http://127.0.0.1:9000/health/ready answers UP
#   wait         wait up to PSEAH_KEYCLOAK_WAIT seconds (default 180) for readiness
#   apply-realm  render the realm and apply it to the running Keycloak (recreate pseah if it changed; SAML
#                identity providers alone are updated in place, see deploy/keycloak/README.md)
#
# Environment: PSEAH_KEYCLOAK_VERSION (default 26.4.7), PSEAH_KEYCLOAK_PORT (8080),
#   PSEAH_KEYCLOAK_MGMT_PORT (9000), PSEAH_KEYCLOAK_JAVA_HOME (default: newest JDK >= 21 in
#   /usr/lib/jvm, else JAVA_HOME, else the java on PATH), PSEAH_KEYCLOAK_HEAP (default 768m),
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (default admin / generated once into
#   var/secrets/keycloak-admin-password), PSEAH_DEMO_PASSWORD (see deploy/keycloak/realm.py).
COMPONENT=keycloak
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION=${PSEAH_KEYCLOAK_VERSION:-26.4.7}
KC_HOST=127.0.0.1
KC_PORT=${PSEAH_KEYCLOAK_PORT:-8080}
KC_MGMT_PORT=${PSEAH_KEYCLOAK_MGMT_PORT:-9000}
KC_CACHE=$CACHE/keycloak
KC_HOME=$KC_CACHE/keycloak-$KC_VERSION
SECRETS=$VAR/secrets
READY_URL=http://$KC_HOST:$KC_MGMT_PORT/health/ready
# build-time options (kc.sh build); changing them triggers a new build
BUILD_OPTS=(--db=dev-file --health-enabled=true --metrics-enabled=false)
var_dirs keycloak   # DATA=var/data/keycloak, PIDFILE, LOGFILE

# ---------- java ----------
java_version() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2; exit}'; }
pick_java() {
  if [[ -n ${PSEAH_KEYCLOAK_JAVA_HOME:-} ]]; then echo "$PSEAH_KEYCLOAK_JAVA_HOME"; return; fi
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/*/ ${JAVA_HOME:+"$JAVA_HOME/"}; do
    d=${d%/}
    [[ -x $d/bin/java && ! -L $d ]] || continue
    v=$(java_version "$d"); v=${v%%.*}
    if [[ $v =~ ^[0-9]+$ ]] && ((v > bestv)); then best=$d; bestv=$v; fi
  done
  if ((bestv >= 21)); then echo "$best"; return; fi
  [[ -n ${JAVA_HOME:-} ]] && { echo "$JAVA_HOME"; return; }
  need java
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# ---------- secrets ----------
# secret_file <name>: print the content of var/secrets/<name>, generating it (mode 600) if missing
secret_file() {
  local f=$SECRETS/$1
  mkdir -p "$SECRETS"; chmod 700 "$SECRETS"
  if [[ ! -s $f ]]; then
    (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 >"$f")
  fi
  cat "$f"
}
admin_env() {
  export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
  export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-$(secret_file keycloak-admin-password)}
}

# ---------- fetch ----------
cmd_fetch() {
  [[ -x $KC_HOME/bin/kc.sh ]] && { say "keycloak $KC_VERSION already in ${KC_HOME#"$ROOT"/}"; return 0; }
  need mvn "install Maven"; need unzip
  mkdir -p "$KC_CACHE"
  local zip=$KC_CACHE/keycloak-quarkus-dist-$KC_VERSION.zip t0=$SECONDS
  if [[ ! -s $zip ]]; then
    say "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central"
    # a private local repository under var/cache so nothing lands in ~/.m2; the zip is removed from it
    mvn -B -q -Dmaven.repo.local="$KC_CACHE/m2" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$KC_CACHE" >>"$LOGFILE" 2>&1 \
      || die "maven could not fetch keycloak-quarkus-dist $KC_VERSION (see ${LOGFILE#"$ROOT"/})"
    rm -rf "$KC_CACHE/m2/org/keycloak"
  fi
  rm -rf "$KC_HOME.tmp"; mkdir -p "$KC_HOME.tmp"
  unzip -q "$zip" -d "$KC_HOME.tmp"
  mv "$KC_HOME.tmp/keycloak-$KC_VERSION" "$KC_HOME"; rmdir "$KC_HOME.tmp"
  say "fetched and unpacked keycloak $KC_VERSION in $((SECONDS - t0)) s"
}

# ---------- build ----------
# The distribution's data/ folder (dev-file H2 database, import/, tmp/) is a symlink to var/data/keycloak,
# so a new download or version keeps the data. A link to another checkout's data (var/cache copied or moved from
# one) is pointed here again: left dangling, Keycloak stops with H2's "a file with this name already exists".
link_data() {
  mkdir -p "$DATA/import"
  if [[ -L $KC_HOME/data && $(readlink "$KC_HOME/data") != "$DATA" ]]; then rm -f "$KC_HOME/data"; fi
  if [[ ! -L $KC_HOME/data ]]; then
    if [[ -d $KC_HOME/data ]]; then cp -an "$KC_HOME/data/." "$DATA/" 2>/dev/null || true; rm -rf "$KC_HOME/data"; fi
    ln -s "$DATA" "$KC_HOME/data"
  fi
}
cmd_build() {
  cmd_fetch
  link_data
  local stamp=$KC_HOME/.pseah-build want
  want="${BUILD_OPTS[*]}"
  [[ -f $stamp && $(<"$stamp") == "$want" ]] && return 0
  is_running keycloak && die "keycloak is running; stop it before a rebuild"
  local t0=$SECONDS
  java_env
  say "kc.sh build ${BUILD_OPTS[*]} (java $JAVA_MAJOR)"
  "$KC_HOME/bin/kc.sh" build "${BUILD_OPTS[@]}" >>"$LOGFILE" 2>&1 \
    || die "kc.sh build failed; see ${LOGFILE#"$ROOT"/}"
  echo "$want" >"$stamp"
  say "built in $((SECONDS - t0)) s"
}

# ---------- realm ----------
render_realm() {
  [[ -x $PY ]] || die "no .venv; run 'make venv' first"
  "$PY" "$ROOT/deploy/keycloak/realm.py" render --out "$DATA/import" --secrets "$SECRETS" \
    --keycloak-url "http://$KC_HOST:$KC_PORT" | sed 's/^/[keycloak] /' >&2
}
apply_realm() {
  admin_env
  "$PY" "$ROOT/deploy/keycloak/realm.py" apply --out "$DATA/import" \
    --url "http://$KC_HOST:$KC_PORT" --state "$DATA/realm-applied.json" 2>&1 | sed 's/^/[keycloak] /' >&2
  return "${PIPESTATUS[0]}"
}

# ---------- start / stop / status ----------
ready() { curl -fsS --max-time 3 "$READY_URL" 2>/dev/null | grep -q '"UP"'; }
cmd_wait() {
  local t=${PSEAH_KEYCLOAK_WAIT:-180} end=$((SECONDS + ${PSEAH_KEYCLOAK_WAIT:-180}))
  until ready; do
    is_running keycloak || die "keycloak is not running; last log lines:$(echo; tail -n 30 "$LOGFILE")"
    ((SECONDS < end)) || die "not ready after ${t}s ($READY_URL)"
    sleep 1
  done
}
java_env() {
  local jh v; jh=$(pick_java); v=$(java_version "$jh"); v=${v%%.*}
  export JAVA_HOME=$jh
  export JAVA_OPTS_KC_HEAP="-Xms128m -Xmx${PSEAH_KEYCLOAK_HEAP:-768m}"
  # Java 24+: jboss-threads resets thread locals by reflection (else IllegalAccessError when threads end)
  ((v >= 24)) && export JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED ${JAVA_OPTS_APPEND:-}"
  JAVA_MAJOR=$v
}
cmd_start() {
  local pid t0=$SECONDS
  if pid=$(pid_of keycloak); then
    say "already running (pid $pid)"
    render_realm
  else
    port_open "$KC_HOST" "$KC_PORT" && die "$KC_HOST:$KC_PORT is taken by another process"
    cmd_build
    render_realm
    admin_env
    java_env
    start_bg keycloak "$KC_HOME/bin/kc.sh" start --optimized --import-realm \
      --http-enabled=true --http-host="$KC_HOST" --http-port="$KC_PORT" \
      --http-management-port="$KC_MGMT_PORT" --hostname-strict=false --cache=local
  fi
  cmd_wait
  say "ready after $((SECONDS - t0)) s on http://$KC_HOST:$KC_PORT (keycloak $KC_VERSION)"
  apply_realm
}
cmd_stop() { stop_bg keycloak; }
cmd_status() {
  local pid
  if ! pid=$(pid_of keycloak); then say "stopped"; return 1; fi
  if ready; then say "ready (pid $pid) on http://$KC_HOST:$KC_PORT"; else say "running (pid $pid), not ready"; return 1; fi
}

case ${1:-} in
  fetch) cmd_fetch ;;
  build) cmd_build ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wait) cmd_wait ;;
  apply-realm) render_realm; apply_realm ;;
  *) usage "fetch|build|start|stop|status|wait|apply-realm" ;;
esac

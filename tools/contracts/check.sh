#!/usr/bin/env bash
# `make contracts` and the "contracts" step of `make test`: every contract partners generate clients from,
# checked by the validator they would use, pinned in package-lock.json. No server needs to run.
#
#   tools/contracts/check.sh            install the tools when the lock changed, then check everything
#   tools/contracts/check.sh install    only install (deploy/local/test.sh starts this early, in the background)
#
# - AsyncAPI: `asyncapi validate docs/asyncapi.yaml`, failing on errors and warnings (infos pass: see the
#   comment at the top of docs/asyncapi.yaml for the one kept).
# - OpenAPI: each HTTP service's document, as its /openapi.json serves it (openapi_documents.py asks the app
#   factories, no server), through `redocly lint` with the recommended rules; any error or warning fails.
# - gRPC: `buf lint` on proto/ (rules and exceptions in proto/buf.yaml) and `buf breaking` against the
#   previous commit (PSEAH_BREAKING_AGAINST overrides it, e.g. origin/main for a branch of several commits),
#   so a change that breaks a partner's generated client fails.
# Every check runs even when an earlier one failed, so one run names every problem; the exit is non-zero if any failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS=tools/contracts
BIN=$TOOLS/node_modules/.bin
OUT=var/cache/contracts
PY=${PY:-.venv/bin/python}
mkdir -p "$OUT"

install() {
  # npm ci only when the lock changed since the last install; --ignore-scripts: none of the three needs its
  # install script (buf's only relinks its binary, asyncapi's adds shell completion, scarf's phones home).
  local want
  want=$(sha256sum "$TOOLS/package-lock.json" | cut -d' ' -f1)
  if [[ -x $BIN/asyncapi && -x $BIN/redocly && -x $BIN/buf && "$(cat "$TOOLS/node_modules/.lock-sha256" 2>/dev/null)" == "$want" ]]; then
    return 0
  fi
  command -v npm >/dev/null || { echo "contracts: npm (Node.js) is required to install the validators" >&2; return 1; }
  (cd "$TOOLS" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline --loglevel=error)
  echo "$want" >"$TOOLS/node_modules/.lock-sha256"
}

install
[[ ${1:-} == install ]] && exit 0

# No telemetry, update notices or config-directory chatter from the tools; their caches stay under var/cache.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SUPPRESS_NO_CONFIG_WARNING=1
export ASYNCAPI_METRICS_CONFIG_PATH=$OUT/asyncapi-analytics.json BUF_CACHE_DIR=var/cache/buf
echo '{"analyticsEnabled":"false","infoMessageShown":"true","userID":"pseah-ci"}' >"$ASYNCAPI_METRICS_CONFIG_PATH"

failed=()
step() { echo "contracts: $1"; }

step "AsyncAPI docs/asyncapi.yaml (@asyncapi/cli)"
"$BIN/asyncapi" validate docs/asyncapi.yaml --fail-severity warn || failed+=(asyncapi)

step "OpenAPI of every HTTP service (@redocly/cli, recommended rules)"
rm -f "$OUT"/*.openapi.json
if "$PY" "$TOOLS/openapi_documents.py" "$OUT" >/dev/null; then
  # JSON out, so warnings fail too (redocly's own exit code counts errors only).
  "$BIN/redocly" lint --config "$TOOLS/redocly.yaml" --format json "$OUT"/*.openapi.json \
    >"$OUT/redocly.json" 2>"$OUT/redocly.log" || true
  documents=("$OUT"/*.openapi.json)
  "$PY" - "$OUT/redocly.json" "${#documents[@]}" <<'EOF' || failed+=(openapi)
import json, sys
text, reports, at = open(sys.argv[1]).read(), [], 0
decoder = json.JSONDecoder()
while text[at:].strip():  # one JSON report per document, written one after the other
    at += len(text[at:]) - len(text[at:].lstrip())
    report, at = decoder.raw_decode(text, at)
    reports.append(report)
if len(reports) != int(sys.argv[2]):
    sys.exit(f"  redocly reported on {len(reports)} of {sys.argv[2]} documents; see var/cache/contracts/redocly.log")
errors = warnings = 0
for report in reports:
    for p in report["problems"]:
        where = p["location"][0]
        print(f"  {where['source']['ref']} {where['pointer']}: {p['severity']} {p['ruleId']}: {p['message']}")
    errors += report["totals"]["errors"]
    warnings += report["totals"]["warnings"]
print(f"  {len(reports)} documents: {errors} errors, {warnings} warnings")
sys.exit(1 if errors or warnings else 0)
EOF
else
  failed+=(openapi)
fi

step "gRPC proto/ (buf lint, buf breaking)"
"$BIN/buf" lint proto || failed+=(buf-lint)
against=${PSEAH_BREAKING_AGAINST:-HEAD~1}
if git rev-parse --verify --quiet "$against^{commit}" >/dev/null; then
  "$BIN/buf" breaking proto --against ".git#ref=$(git rev-parse "$against"),subdir=proto" || failed+=(buf-breaking)
else
  # A shallow clone has no previous commit to compare with: that is a setup fault, not a pass.
  echo "contracts: no commit $against to compare proto/ with (a shallow clone? fetch the history)" >&2
  failed+=(buf-breaking)
fi

if ((${#failed[@]})); then
  echo "contracts: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "contracts: all clean"

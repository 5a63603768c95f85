#!/usr/bin/env bash
# The read path (issue 9). Usage: loadtest/read.sh [sqlite|postgres]
#
# Builds the release binary, seeds town-1 with ISSUES issues (default 10,000) and SUPPORTS
# supports (default 25,000), starts `chorus serve` and runs `wrk -t1 -c16` for DURATION
# (default 20s) on each public page, anonymous and signed in (a session in the database), and
# prints requests/s, p50 and p99 latency and the server's peak RSS as a Markdown table.
# Loopback only; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-sqlite}"
ISSUES="${ISSUES:-10000}"
SUPPORTS="${SUPPORTS:-25000}"
DURATION="${DURATION:-20s}"
PORT="${PORT:-3113}"
BASE="http://127.0.0.1:$PORT"
. loadtest/lib.sh
fresh_database "$DB" chorus_read
export CHORUS_LOG=warn CHORUS_LOGIN_PER_CLIENT_PER_MINUTE=1000000

"$BIN" seed --users 1000 --municipalities 1 --issues "$ISSUES" --supports "$SUPPORTS" >/dev/null
"$BIN" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
ISSUE="$(curl -sf "$BASE/m/town-1/issues" | grep -o '/m/town-1/issues/[0-9][0-9]*' | head -n1)"
[ -n "$ISSUE" ] || { echo "no issue on the listing"; exit 1; }

# A signed-in visitor: a session in the database, as a browser keeps it.
JAR="$WORK/jar.txt"
token_of() { grep -o 'name="csrf_token" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//'; }
TOKEN="$(curl -s -c "$JAR" "$BASE/login" | token_of)"
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data "csrf_token=$TOKEN&username=user2&password=load+test+password" "$BASE/login"
COOKIES="$(awk '$6 ~ /^chorus_/ { printf "%s=%s; ", $6, $7 }' "$JAR")"
grep -q chorus_session "$JAR" || { echo "could not sign in"; exit 1; }

run() { wrk -t1 -c16 -d"$DURATION" --latency "$@"; }
row() {
  local name="$1" out="$2"
  printf '| %s | %s | %s | %s |\n' "$name" "$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")" \
    "$(awk '$1 == "50%" { print $2 }' "$out")" "$(awk '$1 == "99%" { print $2 }' "$out")"
}
declare -a NAMES=() FILES=()
measure() {
  local name="$1"; shift
  local out="$WORK/$(( ${#FILES[@]} )).txt"
  run "$@" >"$out"
  NAMES+=("$name"); FILES+=("$out")
}
measure "listing \`/m/town-1/issues\`, anonymous" "$BASE/m/town-1/issues"
measure "issue page, anonymous" "$BASE$ISSUE"
measure "municipality page \`/m/town-1\`" "$BASE/m/town-1"
measure "help directory \`/m/town-1/help\`" "$BASE/m/town-1/help"
measure "listing, signed in" -H "Cookie: $COOKIES" "$BASE/m/town-1/issues"
measure "issue page, signed in" -H "Cookie: $COOKIES" "$BASE$ISSUE"
PEAK_RSS="$(awk '$1 == "VmHWM:" { printf "%.1f MB", $2 / 1024 }' "/proc/$PID/status")"

echo
echo "Chorus read path: $DB, $ISSUES issues, $SUPPORTS supports, wrk -t1 -c16 $DURATION, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| page | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
for i in "${!NAMES[@]}"; do row "${NAMES[$i]}" "${FILES[$i]}"; done
echo
echo "Server peak RSS: $PEAK_RSS."
grep -hE "Non-2xx|Socket errors" "$WORK"/*.txt | sort | uniq -c | sed 's/^/note: /' || true

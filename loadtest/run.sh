#!/usr/bin/env bash
# Load test of the release binary. Usage: loadtest/run.sh [sqlite|postgres]
#
# Builds the release binary, creates a fresh database, seeds it (USERS accounts, default
# 100,000), starts `chorus serve`, and runs wrk against it: a read page, a listing page, logins
# at ~20/s alongside reads, and a form POST. Prints requests/s, p50/p99 latency, and the
# server's idle and peak RSS as a Markdown table. Only loopback traffic; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-sqlite}"
USERS="${USERS:-100000}"
DURATION="${DURATION:-15s}"
PORT="${PORT:-3111}"
BASE="http://127.0.0.1:$PORT"
. loadtest/lib.sh
fresh_database "$DB" chorus_load
# Logins come from many (simulated) clients: each may have only a few hashes waiting.
export CHORUS_LOG=warn CHORUS_LOGIN_PER_CLIENT_PER_MINUTE=1000000 CHORUS_REGISTER_PER_CLIENT_PER_HOUR=1000000 CHORUS_TRUST_PROXY=true

"$BIN" migrate >/dev/null
"$BIN" seed --users "$USERS" --municipalities 20
"$BIN" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "$BASE/m/town-1" >/dev/null && curl -sf "$BASE/" >/dev/null
sleep 1
rss() { awk -v k="$1" '$1 == k":" { printf "%.1f MB", $2 / 1024 }' "/proc/$PID/status"; }
IDLE_RSS="$(rss VmRSS)"

# wrk NAME ARGS... -> one table row: requests/s, p50, p99
row() {
  local name="$1" out="$2"
  local rps p50 p99
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  p50=$(awk '$1 == "50%" { print $2 }' "$out")
  p99=$(awk '$1 == "99%" { print $2 }' "$out")
  printf '| %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99"
}

wrk -t2 -c64 -d"$DURATION" --latency "$BASE/m/town-1" >"$WORK/read.txt"
wrk -t2 -c64 -d"$DURATION" --latency "$BASE/" >"$WORK/list.txt"
# CSRF tokens are bound to the browser's nonce cookie (and, signed in, to the session): take
# them from the pages as a browser would.
JAR="$WORK/jar.txt"
rm -f "$JAR"
token_of() { grep -o 'name="csrf_token" value="[^"]*"' | head -n1 | sed 's/.*value="//; s/"$//'; }
cookie_of() { awk -v name="$1" '$6 == name { print $7 }' "$JAR"; }
ANON_TOKEN="$(curl -s -c "$JAR" "$BASE/login" | token_of)"
ANON_NONCE="$(cookie_of chorus_csrf)"
NONCE="$ANON_NONCE" TOKEN="$ANON_TOKEN" wrk -t1 -c8 -d"$DURATION" --latency -s loadtest/login.lua "$BASE/login" >"$WORK/login.txt" &
LOGIN=$!
wrk -t2 -c64 -d"$DURATION" --latency "$BASE/m/town-1" >"$WORK/read-login.txt"
wait $LOGIN
curl -s -o /dev/null -b "$JAR" -c "$JAR" --data "csrf_token=$ANON_TOKEN&username=user2&password=load+test+password" "$BASE/login"
SESSION="$(cookie_of chorus_session)"
[ -n "$SESSION" ] || { echo "could not sign in as user2"; exit 1; }
FORM_TOKEN="$(curl -s -b "$JAR" -c "$JAR" "$BASE/account" | token_of)"
SESSION="$SESSION" NONCE="$(cookie_of chorus_csrf)" TOKEN="$FORM_TOKEN" \
  wrk -t2 -c64 -d"$DURATION" --latency -s loadtest/form.lua "$BASE/account/language" >"$WORK/form.txt"
PEAK_RSS="$(rss VmHWM)"

echo
echo "Chorus load test: $DB, $USERS accounts, wrk $DURATION per scenario, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| scenario | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
row "read page \`/m/town-1\`, 64 connections" "$WORK/read.txt"
row "listing \`/\`, 64 connections" "$WORK/list.txt"
row "read page while ~20 logins/s run" "$WORK/read-login.txt"
row "logins (argon2id), 8 connections paced" "$WORK/login.txt"
row "form POST \`/account/language\` (signed in, DB write), 64 connections" "$WORK/form.txt"
echo
echo "Server RSS: idle $IDLE_RSS after seeding, peak $PEAK_RSS under load."
grep -hE "Non-2xx|Socket errors" "$WORK"/*.txt | sort | uniq -c | sed 's/^/note: /' || true

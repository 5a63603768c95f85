#!/usr/bin/env bash
# Vote-casting load test of the release binary. Usage: loadtest/cast.sh [sqlite|postgres]
#
# Builds the release binary, creates a fresh database, seeds CAST_USERS accounts (default
# 3,000) as residents of town-1, creates two open approval ballots there directly in the
# database, starts `chorus serve` and signs every account in (argon2id, not measured). Then:
#   flood: every account casts one vote on ballot A, CAST_CONCURRENCY (default 16) at a time;
#          ballots/s and p50/p99 of the cast requests; every answer must be 200 with a receipt.
#   crash: the same accounts vote on ballot B and the server is killed with SIGKILL halfway;
#          restarted on the same database, every receipt acknowledged before the kill must
#          have its paper, and the roll and the papers must agree (no half-cast vote). The
#          rest then vote (200) or are refused as already counted (409).
# Prints the checks and a Markdown table row; exits non-zero on any loss or inconsistency.
# Only loopback traffic; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-sqlite}"
USERS="${CAST_USERS:-3000}"
CONCURRENCY="${CAST_CONCURRENCY:-16}"
PORT="${PORT:-3112}"
BASE="http://127.0.0.1:$PORT"
. loadtest/lib.sh
fresh_database "$DB" chorus_cast
# Sign-ins come from many (simulated) clients behind a proxy, each with its own address.
export CHORUS_LOG=warn CHORUS_LOGIN_PER_CLIENT_PER_MINUTE=1000000 CHORUS_REGISTER_PER_CLIENT_PER_HOUR=1000000 CHORUS_TRUST_PROXY=true
CAST="python3 loadtest/cast.py"

"$BIN" migrate >/dev/null
"$BIN" seed --users "$USERS" --municipalities 1 >/dev/null
BALLOT="$($CAST ballot "$DATABASE_URL" --name A)"
CRASH_BALLOT="$($CAST ballot "$DATABASE_URL" --name B)"

PID=
start_server() {
  "$BIN" serve --bind "127.0.0.1:$PORT" >>"$WORK/server.log" 2>&1 &
  PID=$!
  disown "$PID" # no "Killed" notice from the shell when the crash check kills it
  for _ in $(seq 1 200); do curl -sf "$BASE/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "the server did not start:"; tail -n 20 "$WORK/server.log"; exit 1
}
gone() { for _ in $(seq 1 200); do kill -0 "$PID" 2>/dev/null || return 0; sleep 0.05; done; return 1; }
trap '[ -n "$PID" ] && kill $PID 2>/dev/null && gone; rm -rf "$WORK"' EXIT
start_server

STATUS=0
field() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1], {}, d))' "$1"; }

echo "signing in $USERS accounts (argon2id, one hashing worker on $(nproc) cores; not measured)"
timeout 600 $CAST login "$BASE" "$USERS" "$BALLOT" "$WORK/accounts.json"

# Flood: one vote per account.
FLOOD="$(timeout 300 $CAST flood "$BASE" "$BALLOT" "$WORK/accounts.json" "$WORK/acks.json" --concurrency "$CONCURRENCY")" || STATUS=1
echo "flood: $(field 'f"{acknowledged} receipts of {ballots} votes in {seconds} s; answers {statuses}"' <<<"$FLOOD")"
field '"\n".join("  problem: " + p for p in problems)' <<<"$FLOOD" | grep . || true
LINE="$($CAST check "$DATABASE_URL" "$BALLOT" "$WORK/acks.json" --expect-all "$USERS")" || STATUS=1
echo "flood check: $LINE"

# Crash: the same accounts vote on ballot B; SIGKILL after half of them have their receipt.
CRASH="$(timeout 300 $CAST flood "$BASE" "$CRASH_BALLOT" "$WORK/accounts.json" "$WORK/crash-acks.json" \
  --concurrency "$CONCURRENCY" --kill "$PID" --kill-after $((USERS / 2)))" || STATUS=1
if kill -0 "$PID" 2>/dev/null; then echo "crash: the flood ended before the kill"; STATUS=1; kill -9 "$PID"; fi
gone
echo "crash: killed with SIGKILL after $(field 'f"{acknowledged} receipts; answers {statuses}"' <<<"$CRASH")"
start_server
LINE="$($CAST check "$DATABASE_URL" "$CRASH_BALLOT" "$WORK/crash-acks.json")" || STATUS=1
echo "crash check: $LINE"
RECAST="$(timeout 300 $CAST recast "$BASE" "$CRASH_BALLOT" "$WORK/accounts.json" "$WORK/crash-acks.json" --concurrency "$CONCURRENCY")" || STATUS=1
echo "after restart: $(field 'counts' <<<"$RECAST")"
field '"\n".join("  problem: " + p for p in problems)' <<<"$RECAST" | grep . || true
LINE="$($CAST check "$DATABASE_URL" "$CRASH_BALLOT" "$WORK/crash-acks.json" --expect-all "$USERS")" || STATUS=1
echo "after restart check: $LINE"

echo
echo "Chorus vote casting: $DB, $USERS accounts, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| database | ballots | concurrency | ballots/s | p50 | p99 |"
echo "|---|---|---|---|---|---|"
field 'f"| '"$DB"' | {ballots} | '"$CONCURRENCY"' | {per_second} | {p50} | {p99} |"' <<<"$FLOOD"
echo
# Warnings and errors of the server, without colours and times, most frequent first.
sed -E 's/\x1b\[[0-9;]*m//g' "$WORK/server.log" | grep -E "^[^ ]+ +(WARN|ERROR) " | sed -E 's/^[^ ]+ +//' | cut -c1-160 |
  sort | uniq -c | sort -rn | head -n 10 | sed 's/^/server log: /' || true
exit "$STATUS"

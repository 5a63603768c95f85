#!/usr/bin/env bash
# "You said, we did" under load. Usage: loadtest/said_did.sh [sqlite|postgres]
#
# Builds the release binary, seeds town-1 (chorus seed: 200 issues) and 1,000 forwarded
# recommendations answered in every state (loadtest/said_did.sql), starts `chorus serve` and
# runs `wrk -t1 -c16` for DURATION (default 30s) over a rotation of said-did pages, filters
# and the API in five languages (loadtest/said_did.lua), anonymous. Prints requests/s, p50
# and p99 and the server's peak RSS. Loopback only; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-sqlite}"
DURATION="${DURATION:-30s}"
PORT="${PORT:-3114}"
BASE="http://127.0.0.1:$PORT"
. loadtest/lib.sh
fresh_database "$DB" chorus_said_did
export CHORUS_LOG=warn

"$BIN" seed --users 200 --municipalities 1 --issues 200 --supports 400 >/dev/null
case "$DB" in
  sqlite) sqlite3 "${DATABASE_URL#sqlite://}" <loadtest/said_did.sql ;;
  postgres) psql "$DATABASE_URL" -q -v ON_ERROR_STOP=1 -f loadtest/said_did.sql ;;
esac
"$BIN" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
POINTS="$(curl -sf -H 'Accept-Language: en' "$BASE/m/town-1/said-did" | grep -c 'class="point"' || true)"
[ "$POINTS" = 50 ] || { echo "expected 50 points on the first page, got $POINTS"; exit 1; }

OUT="$WORK/wrk.txt"
wrk -t1 -c16 -d"$DURATION" --latency -s loadtest/said_did.lua "$BASE" >"$OUT"
PEAK_RSS="$(awk '$1 == "VmHWM:" { printf "%.1f MB", $2 / 1024 }' "/proc/$PID/status")"
echo
echo "Chorus \"You said, we did\": $DB, 1,000 recommendations, 12 pages x 5 languages, wrk -t1 -c16 $DURATION, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| requests/s | p50 | p99 | peak RSS |"
echo "|---|---|---|---|"
printf '| %s | %s | %s | %s |\n' "$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$OUT")" \
  "$(awk '$1 == "50%" { print $2 }' "$OUT")" "$(awk '$1 == "99%" { print $2 }' "$OUT")" "$PEAK_RSS"
grep -hE "Non-2xx|Socket errors" "$OUT" | sed 's/^/note: /' || true

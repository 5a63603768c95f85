#!/usr/bin/env bash
# Listing and search with a million issues. Usage: loadtest/big.sh [sqlite|postgres]
#
# Builds the release binary; generates (once, then reused from target/loadtest/) a database
# with 100,000 accounts and, in `town-1`, ISSUES issues (default 1,000,000) with SUPPORTS
# supports (default 10,000,000); starts `chorus serve` and runs wrk with 16 connections over
# a rotating set of listing pages (filters, sorts, later pages, the JSON API) and then of
# searches (common, rare and absent words, Latin, Arabic and Cyrillic, with filters). Prints
# requests/s and p50/p90/p99 latency as a Markdown table. Loopback only; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-sqlite}"
ISSUES="${ISSUES:-1000000}"
SUPPORTS="${SUPPORTS:-10000000}"
DURATION="${DURATION:-30s}"
PORT="${PORT:-3112}"
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

cargo build --release --locked --quiet
BIN="$PWD/target/release/chorus"
mkdir -p target/loadtest
case "$DB" in
  sqlite)
    export DATABASE_URL="sqlite://$PWD/target/loadtest/big-$ISSUES.db"
    FRESH=$([ -f "target/loadtest/big-$ISSUES.db" ] && echo no || echo yes) ;;
  postgres)
    PGURL="${PGURL:-postgres://postgres@127.0.0.1:5432}"
    NAME="chorus_big_$ISSUES"
    if psql "$PGURL/postgres" -tAc "SELECT 1 FROM pg_database WHERE datname = '$NAME'" | grep -q 1; then FRESH=no; else
      psql "$PGURL/postgres" -qc "CREATE DATABASE $NAME"; FRESH=yes; fi
    export DATABASE_URL="$PGURL/$NAME" ;;
  *) echo "usage: $0 [sqlite|postgres]"; exit 2 ;;
esac
export CHORUS_LOG=warn
if [ "$FRESH" = yes ]; then
  START=$(date +%s)
  "$BIN" seed --users 100000 --municipalities 20 --issues "$ISSUES" --supports "$SUPPORTS"
  echo "generated in $(( $(date +%s) - START )) s"
fi
"$BIN" serve --bind "127.0.0.1:$PORT" >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT
for _ in $(seq 1 100); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
curl -sf -H 'accept-language: en' "$BASE/m/town-1/issues" >/dev/null

WORK="$(mktemp -d)"
row() {
  local name="$1" out="$2"
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")" \
    "$(awk '$1 == "50%" { print $2 }' "$out")" "$(awk '$1 == "90%" { print $2 }' "$out")" "$(awk '$1 == "99%" { print $2 }' "$out")"
}
for set in listing search; do
  SET=$set wrk -t2 -c16 -d"$DURATION" --latency -s loadtest/big.lua "$BASE" >"$WORK/$set.txt"
done
echo
echo "Chorus at scale: $DB, $ISSUES issues and $SUPPORTS supports in one municipality, 16 connections, wrk $DURATION per set, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| requests | requests/s | p50 | p90 | p99 |"
echo "|---|---|---|---|---|"
row "listing: filters, sorts, later pages, JSON API" "$WORK/listing.txt"
row "search: common, rare and absent words, three scripts, with filters" "$WORK/search.txt"
grep -hE "Non-2xx|Socket errors" "$WORK"/*.txt | sort | uniq -c | sed 's/^/note: /' || true
rm -rf "$WORK"

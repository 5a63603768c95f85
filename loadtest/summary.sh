#!/usr/bin/env bash
# The data part of a council summary over a million issues. Usage: loadtest/summary.sh [sqlite|postgres]
#
# Reuses the database of loadtest/big.sh (target/loadtest/big-$ISSUES.db, or the PostgreSQL
# database chorus_big_$ISSUES), generating it first only when it is missing (that takes ten
# minutes or more). Then times `chorus summary-data` (the release binary drafting the data
# part, $REPEAT runs each) for (a) the last year over the whole of town-1, (b) a quarter
# narrowed to one category, (c) the last year in one neighbourhood, and prints the fastest
# and the median run as a Markdown table. The target: under 2 s each, on both databases.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-sqlite}"
ISSUES="${ISSUES:-1000000}"
SUPPORTS="${SUPPORTS:-10000000}"
REPEAT="${REPEAT:-5}"

# BIN names a binary built already (else the release build is made here).
if [ -z "${BIN:-}" ]; then cargo build --release --locked --quiet; BIN="$PWD/target/release/chorus"; fi
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
export CHORUS_LOG=error
if [ "$FRESH" = yes ]; then
  START=$(date +%s)
  "$BIN" seed --users 100000 --municipalities 20 --issues "$ISSUES" --supports "$SUPPORTS"
  echo "generated in $(( $(date +%s) - START )) s"
fi
# Planner statistics and the visibility map after a bulk load (cheap when already done).
[ "$DB" = postgres ] && psql "$DATABASE_URL" -qc "VACUUM ANALYZE issues" -c "VACUUM ANALYZE supports"

# The generator spreads publication over the year before it ran: periods end on LAST (default
# today; set it to the day the database was generated when reusing an older one).
LAST="${LAST:-$(date -u +%F)}"
YEAR_AGO=$(date -u -d "$LAST - 365 days" +%F)
TOMORROW=$(date -u -d "$LAST + 1 day" +%F)
Q_FROM=$(date -u -d "$LAST - 182 days" +%F)
Q_TO=$(date -u -d "$LAST - 91 days" +%F)

run() {
  local name="$1"; shift
  local out
  out="$("$BIN" summary-data --municipality town-1 --repeat "$REPEAT" "$@")"
  printf '| %s | %s | %s | %s | %s |\n' "$name" \
    "$(sed -E 's/.*"min_ms":([0-9.]+).*/\1/' <<<"$out" | xargs printf '%.0f')" \
    "$(sed -E 's/.*"median_ms":([0-9.]+).*/\1/' <<<"$out" | xargs printf '%.0f')" \
    "$(sed -E 's/.*"issues":([0-9a-z]+).*/\1/' <<<"$out")" \
    "$(sed -E 's/.*"supports":([0-9a-z]+).*/\1/' <<<"$out")"
}
echo
echo "Summary data part: $DB, $ISSUES issues and $SUPPORTS supports in town-1, $REPEAT runs each, $(nproc) cores, $(date -u +%F)"
echo
echo "| scope | min ms | median ms | issues | supports |"
echo "|---|---|---|---|---|"
run "(a) one year, whole municipality" --from "$YEAR_AGO" --to "$TOMORROW"
run "(b) one quarter, category housing" --from "$Q_FROM" --to "$Q_TO" --theme housing
run "(c) one year, neighbourhood District 3" --from "$YEAR_AGO" --to "$TOMORROW" --neighbourhood "District 3"

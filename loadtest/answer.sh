#!/usr/bin/env bash
# Consultation load test of the release binary. Usage: loadtest/answer.sh [sqlite|postgres]
#
# Builds the release binary, creates a fresh database, seeds ANSWER_USERS accounts (default
# 3,000) as residents of town-1, starts `chorus serve` and signs every account in (argon2id,
# not measured). Then runs each scenario of ANSWER_SCENARIOS (default: questionnaire reactions):
#   questionnaire: one open questionnaire in town-1, made directly in the database (a required
#       single choice, a required scale, an optional multiple choice and free text, the age
#       question; texts in every language of town-1); every account hands in its answers,
#       ANSWER_CONCURRENCY (default 16) at a time. Answers/s and p50/p99 of the POSTs; every
#       answer must be 200 with the handed-in page, and afterwards the database must hold
#       exactly one handed-in response per account.
# A scenario is a class in loadtest/answer.py (setup, request, check); add it there and to
# ANSWER_SCENARIOS.
#   reactions: one open statement round with 20 statements; every account reacts to one
#       (agree / disagree / pass) as the round page posts it; reactions/s and p50/p99; every
#       answer must be the redirect to the next statement, and the database must then hold
#       one reaction per account.
# Prints the checks and one Markdown table row per scenario; exits non-zero
# on any failed answer or inconsistency. Only loopback traffic; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-sqlite}"
USERS="${ANSWER_USERS:-3000}"
CONCURRENCY="${ANSWER_CONCURRENCY:-16}"
SCENARIOS="${ANSWER_SCENARIOS:-questionnaire reactions}"
PORT="${PORT:-3113}"
BASE="http://127.0.0.1:$PORT"
. loadtest/lib.sh
fresh_database "$DB" chorus_answer
# Sign-ins come from many (simulated) clients behind a proxy, each with its own address.
export CHORUS_LOG=warn CHORUS_LOGIN_PER_CLIENT_PER_MINUTE=1000000 CHORUS_REGISTER_PER_CLIENT_PER_HOUR=1000000 CHORUS_TRUST_PROXY=true
ANSWER="python3 loadtest/answer.py"

"$BIN" migrate >/dev/null
"$BIN" seed --users "$USERS" --municipalities 1 >/dev/null

"$BIN" serve --bind "127.0.0.1:$PORT" >"$WORK/server.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 200); do curl -sf "$BASE/healthz" >/dev/null && break; sleep 0.1; done
curl -sf "$BASE/healthz" >/dev/null || { echo "the server did not start:"; tail -n 20 "$WORK/server.log"; exit 1; }

STATUS=0
field() { python3 -c 'import json, sys; d = json.load(sys.stdin); print(eval(sys.argv[1], {}, d))' "$1"; }

echo "signing in $USERS accounts (argon2id, one hashing worker on $(nproc) cores; not measured)"
timeout 900 $ANSWER login "$BASE" "$USERS" "$WORK/accounts.json"

ROWS=()
for SCENARIO in $SCENARIOS; do
  SPEC="$WORK/$SCENARIO.json"
  $ANSWER setup "$SCENARIO" "$DATABASE_URL" "$SPEC"
  OUT="$(timeout 600 $ANSWER flood "$SCENARIO" "$BASE" "$SPEC" "$WORK/accounts.json" --concurrency "$CONCURRENCY")" || STATUS=1
  echo "$SCENARIO: $(field 'f"{accepted} of {requests} accepted in {seconds} s; answers {statuses}; p90 {p90}, max {max}"' <<<"$OUT")"
  field '"\n".join("  problem: " + p for p in problems)' <<<"$OUT" | grep . || true
  LINE="$($ANSWER check "$SCENARIO" "$DATABASE_URL" "$SPEC" "$USERS")" || STATUS=1
  echo "$SCENARIO check: $LINE"
  ROWS+=("$(field 'f"| '"$DB"' | {scenario} | {requests} | '"$CONCURRENCY"' | {per_second} | {p50} | {p99} |"' <<<"$OUT")")
done

echo
echo "Chorus consultation answers: $DB, $USERS accounts, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| database | scenario | answers | concurrency | answers/s | p50 | p99 |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
# Warnings and errors of the server, without colours and times, most frequent first.
sed -E 's/\x1b\[[0-9;]*m//g' "$WORK/server.log" | grep -E "^[^ ]+ +(WARN|ERROR) " | sed -E 's/^[^ ]+ +//' | cut -c1-160 |
  sort | uniq -c | sort -rn | head -n 10 | sed 's/^/server log: /' || true
exit "$STATUS"

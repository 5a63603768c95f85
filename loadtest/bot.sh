#!/usr/bin/env bash
# Throughput of the Telegram bot: 10,000 updates from 1,000 chats (whole dialogues, one
# update at a time per chat, ending in a posted issue) through a minimal Bot API of our own
# (benches/bot_load.rs) against the release binary, long polling. Prints updates/s, the p50
# and p99 handling time and the server's peak RSS.
#   bash loadtest/bot.sh [sqlite|postgres] [CHATS]
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-sqlite}"
chats="${2:-1000}"
cargo build --release --locked --quiet
WORK="$(mktemp -d)"
case "$db" in
  sqlite) export DATABASE_URL="sqlite://$WORK/chorus.db" ;;
  postgres)
    PGURL="${PGURL:-postgres://postgres@127.0.0.1:5432}"
    psql "$PGURL/postgres" -qc "DROP DATABASE IF EXISTS chorus_bot_load WITH (FORCE)" -c "CREATE DATABASE chorus_bot_load"
    export DATABASE_URL="$PGURL/chorus_bot_load" ;;
  *) echo "usage: $0 [sqlite|postgres] [CHATS]"; exit 2 ;;
esac
echo "database: $db"
cargo bench --locked --quiet --bench bot_load -- "$PWD/target/release/chorus" "$chats"
rm -rf "$WORK"

# Shared by the load scripts (sourced, not run): checks for wrk, builds the release binary,
# and points DATABASE_URL at a fresh database of the kind asked for.
#   fresh_database sqlite|postgres NAME   -> sets BIN, WORK and DATABASE_URL

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

fresh_database() {
  local db="$1" name="$2"
  cargo build --release --locked --quiet
  BIN="$PWD/target/release/chorus"
  WORK="$(mktemp -d)"
  case "$db" in
    sqlite) export DATABASE_URL="sqlite://$WORK/chorus.db" ;;
    postgres)
      PGURL="${PGURL:-postgres://postgres@127.0.0.1:5432}"
      psql "$PGURL/postgres" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" -c "CREATE DATABASE $name"
      export DATABASE_URL="$PGURL/$name" ;;
    *) echo "usage: $0 [sqlite|postgres]"; exit 2 ;;
  esac
}

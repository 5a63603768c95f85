#!/usr/bin/env bash
# The reference implementations that `compare.py` checks `chorus tally` against, in a venv of
# their own at target/reference-venv (inside the repo's ignored target/, so a clean clone
# makes it anew and nothing lands in git). Idempotent: when the pinned versions are already
# there it only says so.
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=target/reference-venv
# Pinned: the comparison's expectations (tie-breaking, rule variants) are those of these
# versions; a newer release may change them.
PINS=(pabutools==1.2.3 pref_voting==1.18.2)
STAMP="$VENV/.chorus-pins"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PINS[*]}" ] && "$VENV/bin/python" -c 'import pabutools, pref_voting' 2>/dev/null; then
  echo "reference venv ready: $VENV (${PINS[*]})"
  exit 0
fi

PYTHON="${PYTHON:-$(command -v python3 || true)}"
if [ -z "$PYTHON" ]; then
  echo "install.sh: no python3 on this machine" >&2
  exit 1
fi
# A half-made venv (an interrupted run) is made again rather than patched.
if ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PINS[@]}"
"$VENV/bin/python" -c 'import pabutools, pref_voting'
echo "${PINS[*]}" >"$STAMP"
echo "reference venv installed: $VENV (${PINS[*]})"

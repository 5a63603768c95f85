#!/usr/bin/env bash
# The reference implementations that `compare.py` checks `chorus tally` against (pabutools,
# pref_voting) and that `opinion_compare.py` checks `chorus opinion` against (scikit-learn's
# PCA, on numpy), in a venv of their own at target/reference-venv (inside the repo's ignored
# target/, so a clean clone makes it anew and nothing lands in git). Idempotent: when the
# pinned versions are already there it only says so. Runs that overlap (two tests at once)
# take turns.
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=target/reference-venv
# Pinned: the comparison's expectations (tie-breaking, rule variants) are those of these
# versions; a newer release may change them.
# numpy stays below 2.4 for numba (< 0.63), which pref_voting needs.
PINS=(pabutools==1.2.3 pref_voting==1.18.2 scikit-learn==1.7.2 numpy==2.3.5)
STAMP="$VENV/.chorus-pins"
IMPORTS='import pabutools, pref_voting, sklearn, numpy'

mkdir -p target
exec 9>target/reference-venv.lock
flock 9

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PINS[*]}" ] && "$VENV/bin/python" -c "$IMPORTS" 2>/dev/null; then
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
"$VENV/bin/python" -c "$IMPORTS"
echo "${PINS[*]}" >"$STAMP"
echo "reference venv installed: $VENV (${PINS[*]})"

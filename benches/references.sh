#!/usr/bin/env bash
# Times the reference implementations on the ballots the `voting` benchmark generates and
# prints each one's ratio to Chorus's time on the same ballots:
#   pref_voting 1.18.2  Profile(...) + beat_path  vs  chorus schulze
#   pabutools 1.2.3     method_of_equal_shares (Cost_Sat, no completion)  vs  chorus equal-shares-no-completion
#   pabutools 1.2.3     method_of_equal_shares(voter_budget_increment=1) on Budapest  vs  chorus equal-shares
#                       (only with REFERENCES_SLOW=1: pabutools tries one currency unit at a time)
# RANKED=N writes only the first N of the million ranked ballots (Chorus is timed on the same N).
# pabutools' completion on the generated 100,000 voters is not timed: at one run per unit it
# would take days.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=target/reference-venv
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q pabutools==1.2.3 pref_voting==1.18.2
fi
DIR=target/references
RANKED="${RANKED:-1000000}"
echo "writing the generated profiles and timing Chorus (release build)…"
CHORUS_BENCH_DUMP="$DIR" CHORUS_BENCH_RANKED="$RANKED" cargo bench --quiet --bench voting >/dev/null
"$VENV/bin/python" - "$DIR" "${REFERENCES_SLOW:-0}" <<'PY'
import sys, time, warnings
warnings.filterwarnings("ignore")
d, slow = sys.argv[1], sys.argv[2] == "1"
chorus = dict(line.split() for line in open(f"{d}/chorus_times.txt"))
chorus = {k: float(v) for k, v in chorus.items()}

def report(name, reference, ours):
    print(f"{name:58} reference {reference:10.3f} s   chorus {ours:8.4f} s   ratio {reference / ours:10.0f}x")

from pref_voting.profiles import Profile
from pref_voting.margin_based_methods import beat_path
rankings = [list(map(int, line.split(","))) for line in open(f"{d}/ranked.txt")]
t = time.perf_counter()
prof = Profile(rankings)
built = time.perf_counter() - t
t = time.perf_counter()
winners = beat_path(prof)
path = time.perf_counter() - t
print(f"pref_voting: Profile() {built:.3f} s (computes the pairwise counts), beat_path {path:.3f} s, winners {winners}")
report(f"schulze, {len(rankings)} ballots x 20 options", built + path, chorus["schulze"])

from pabutools.election import parse_pabulib, Cost_Sat
from pabutools.rules import method_of_equal_shares
inst, prof = parse_pabulib(f"{d}/budget.pb")
t = time.perf_counter()
out = method_of_equal_shares(inst, prof, sat_class=Cost_Sat)
mes = time.perf_counter() - t
print(f"pabutools: {len(out)} projects")
report("equal shares (no completion), 100,000 voters x 150 projects", mes, chorus["equal-shares-no-completion"])
print(f"chorus equal shares with completion, 100,000 x 150: {chorus['equal-shares']:.4f} s")

budapest = "../shared/data/pabulib/Hungary_Budapest_2022_VIII_Jozsefvaros.pb"
print(f"chorus equal shares with completion, Budapest: {chorus['equal-shares-budapest']:.4f} s")
if slow:
    inst, prof = parse_pabulib(budapest)
    t = time.perf_counter()
    out = method_of_equal_shares(inst, prof, sat_class=Cost_Sat, voter_budget_increment=1)
    report("equal shares + add-one completion, Budapest", time.perf_counter() - t, chorus["equal-shares-budapest"])
PY

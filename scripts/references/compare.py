#!/usr/bin/env python3
"""Compares `chorus tally` with the reference implementations, pabutools and pref_voting.

Usage: target/reference-venv/bin/python scripts/references/compare.py CHORUS_BINARY
           [--generated N] [--seed S] [--add1-timeout SECONDS] [--verbose]

Counts every .pb file in tests/data/pabulib, every PrefLib file in tests/data/preflib and N
generated profiles (random and adversarial: many ties, one voter, empty ballots, projects over
the budget, equal costs, identical voters, no voters), written to temporary files, with each
rule that applies, through the chorus binary; and compares the winners with:

- greedy: pabutools `greedy_utilitarian_welfare(sat_class=Cost_Sat)` on approval ballots; on
  cumulative ballots the same greedy with a satisfaction of points x cost, so that the score per
  unit of cost is a project's total points (Chorus orders cumulative ballots by total points);
- equal-shares-no-completion: pabutools `method_of_equal_shares(sat_class=Cost_Sat)`;
- equal-shares: the same with `voter_budget_increment=1`. pabutools adds one unit to every
  voter's budget at a time and reruns Equal Shares each time, which on large budgets takes hours
  (Budapest's 122.6 million: 153,144 reruns). Where that would be slow (see FULL_ADD1_WORK), or
  takes longer than --add1-timeout, the completion is instead checked at sampled per-voter
  budgets with pabutools' Equal Shares (see `sampled_add1`), and the output says so;
- schulze, schulze-winning: pref_voting `beat_path` (margins, or winning votes as the strength)
  on a ProfileWithTies with extended strict preference (an unranked option is below every
  ranked one, as in Chorus): its winner set must be Chorus's set of unbeaten options, and
  Chorus's first winner must be in it;
- irv: pref_voting `instant_runoff_tb` with the tie-breaker that eliminates the last option
  first (Chorus's documented tie rule); where no round had a tie for fewest votes, plain
  `instant_runoff` must also name Chorus's winner alone;
- approval, points: the totals counted directly, ordered by total then file order.

Budget sets are compared exactly, ids as text. One difference is known and reported apart
(`known`): Chorus's Equal Shares selects supported projects that cost nothing, which pabutools'
never selects under cost satisfaction (they give no satisfaction); the rest must agree. Every .pb file is also checked to be read alike
(project ids, costs, number of voters). The `selected` column of a .pb file is compared with
pabutools for information only: cities sometimes counted votes that are not in the file.
Prints a summary table; exits 1 on any mismatch.
"""

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from pabutools.election import AdditiveSatisfaction, ApprovalBallot, ApprovalProfile, Cost_Sat, parse_pabulib
from pabutools.fractions import frac
from pabutools.rules import greedy_utilitarian_welfare, method_of_equal_shares
from pabutools.rules.budgetallocation import BudgetAllocation
from pabutools.rules.mes.mes_rule import method_of_equal_shares_scheme
from pabutools.tiebreaking import lexico_tie_breaking
from pref_voting.iterative_methods import instant_runoff, instant_runoff_tb
from pref_voting.margin_based_methods import beat_path
from pref_voting.profiles_with_ties import ProfileWithTies

sys.path.insert(0, os.path.dirname(__file__))
import generate  # noqa: E402  (beside this file)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PABULIB = os.path.join(ROOT, "tests", "data", "pabulib")
PREFLIB = os.path.join(ROOT, "tests", "data", "preflib")
BUDGET_RULES = ["greedy", "equal-shares-no-completion", "equal-shares"]
# pabutools' add-one completion reruns Equal Shares once per unit added to every voter's
# budget. It is run whole when units x voters x projects is at most this (Assen: 843 units,
# 1 M; Warsaw 1.7 M); past it (Toulouse: 636 units for 1,494 voters, 28 M, some 20 s; Budapest:
# 153,144 units, hours) the completion is checked at sampled per-voter budgets instead.
FULL_ADD1_WORK = 5_000_000
SAMPLED_STEPS = 40
RULES = {
    "approval": ["approval"] + BUDGET_RULES + ["schulze", "irv"],
    "cumulative": ["points"] + BUDGET_RULES,
    "ranked": ["schulze", "schulze-winning", "irv"],
}


class Timeout(Exception):
    pass


def with_timeout(seconds, fn):
    """fn() or Timeout after `seconds` (SIGALRM: the references run in the main thread)."""

    def fire(signum, frame):
        raise Timeout()

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# ---------------------------------------------------------------- cases


def pb_case(path, origin):
    """A .pb file with pabutools' reading of it: ids in file order, costs, ballots."""
    instance, profile = parse_pabulib(path)
    projects = list(instance.project_meta.keys())  # insertion order: the file's order
    kind = "cumulative" if instance.meta.get("vote_type") == "cumulative" else "approval"
    if kind == "cumulative":
        ballots = [{p.name: int(b[p]) for p in b if b[p] > 0} for b in profile]
    else:
        ballots = [{p.name for p in b} for b in profile]
    selected = None
    if any("selected" in instance.project_meta[p] for p in projects):
        selected = {p.name for p in projects if instance.project_meta[p].get("selected") == "1"}
    return {
        "name": os.path.basename(path),
        "path": path,
        "origin": origin,
        "kind": kind,
        "ids": [p.name for p in projects],
        "costs": {p.name: int(p.cost) for p in projects},
        "budget": int(instance.budget_limit),
        "ballots": ballots,
        "instance": instance,
        "profile": profile,
        "selected": selected,
    }


def preflib_case(path, origin, data=None):
    """A PrefLib file: `data` (n, orders) for generated ones, else read here."""
    n, orders = data if data is not None else generate.read_preflib(path)
    return {"name": os.path.basename(path), "path": path, "origin": origin, "kind": "ranked", "n": n, "orders": orders}


# ---------------------------------------------------------------- references


def approval_order(case, points):
    totals = {i: 0 for i in case["ids"]}
    for b in case["ballots"]:
        for p in b:
            totals[p] += b[p] if points else 1
    pos = {p: k for k, p in enumerate(case["ids"])}
    return sorted(case["ids"], key=lambda p: (-totals[p], pos[p]))


class PointsCostSat(AdditiveSatisfaction):
    """Points x cost: greedy's score per unit of cost is then a project's total points."""

    def __init__(self, instance, profile, ballot):
        super().__init__(instance, profile, ballot, lambda inst, prof, b, p, pre: b.get(p, 0) * p.cost)


def approval_profile(case):
    """Cumulative ballots as approval of every project given points (Cost_Sat reads only that)."""
    if case["kind"] == "approval":
        return case["profile"]
    by_name = {p.name: p for p in case["instance"]}
    return ApprovalProfile([ApprovalBallot({by_name[i] for i in b}) for b in case["ballots"]])


REFERENCES = {}


def budget_reference(case, rule, add1_timeout):
    """pabutools' selection, in its order (computed once per file and rule)."""
    key = (case["path"], rule)
    if key not in REFERENCES:
        try:
            REFERENCES[key] = budget_reference_uncached(case, rule, add1_timeout)
        except Timeout as t:
            REFERENCES[key] = t
    if isinstance(REFERENCES[key], Timeout):
        raise REFERENCES[key]
    return REFERENCES[key]


def budget_reference_uncached(case, rule, add1_timeout):
    inst = case["instance"]
    if rule == "greedy":
        sat = PointsCostSat if case["kind"] == "cumulative" else Cost_Sat
        return [p.name for p in greedy_utilitarian_welfare(inst, case["profile"], sat_class=sat)]
    prof = approval_profile(case)
    if rule == "equal-shares-no-completion":
        return [p.name for p in method_of_equal_shares(inst, prof, sat_class=Cost_Sat)]
    out = with_timeout(add1_timeout, lambda: method_of_equal_shares(inst, prof, sat_class=Cost_Sat, voter_budget_increment=1))
    return [p.name for p in out]


def free_projects(case):
    """Supported projects that cost nothing. With cost satisfaction they give no one any
    satisfaction, so pabutools' Equal Shares never selects them; Chorus's takes them first."""
    supported = {p for b in case["ballots"] for p in b}
    return {p for p in supported if case["costs"][p] == 0}


def same_selection(case, rule, ref, ours):
    if set(ref) == set(ours):
        return "ok", "" if ref == ours or rule != "greedy" else "same set, other order"
    free = free_projects(case)
    if rule != "greedy" and free and set(ours) - free == set(ref) and free <= set(ours):
        return "known", f"chorus also selects the free projects {sorted(free)}"
    return "mismatch", f"pabutools selects {sorted(ref)}, chorus {sorted(ours)}"


def mes_at(case, increment):
    """pabutools' Equal Shares (no completion) with `increment` units more per voter."""
    if "sat" not in case:
        case["approval"] = approval_profile(case)
        case["sat"] = case["approval"].as_sat_profile(sat_class=Cost_Sat)
    inst, prof = case["instance"], case["approval"]
    per_voter = frac(inst.budget_limit, prof.num_ballots()) + increment
    out = method_of_equal_shares_scheme(inst, prof, case["sat"], per_voter, BudgetAllocation(), lexico_tie_breaking, binary_sat=True)
    return {p.name for p in out}


def sampled_add1(case, out):
    """The add-one completion checked against pabutools at sampled per-voter budgets: at each
    sampled step Chorus lists, pabutools' Equal Shares must select the same projects and be
    within the budget / exhaustive as the step's status says; between two steps (budgets
    Chorus skips as selecting the same) a few random budgets must select the step's projects;
    and the result must be the one the last step decides."""
    steps = out["details"]["completion"]["steps"]
    free = free_projects(case)
    budget, available = case["budget"], buyable_projects(case)
    rng = random.Random(case["name"])
    picked = sorted(set([0, len(steps) - 1, max(0, len(steps) - 2)] + rng.sample(range(len(steps)), min(len(steps), SAMPLED_STEPS))))
    checks = [(k, steps[k]["increment"], steps[k]) for k in picked]
    for k in rng.sample(range(len(steps) - 1), min(len(steps) - 1, 10)):
        lo, hi = steps[k]["increment"], steps[k + 1]["increment"]
        if hi - lo > 1:
            checks.append((k, rng.randint(lo + 1, hi - 1), steps[k]))
    for k, increment, step in checks:
        ref = mes_at(case, increment)
        if set(step["selected"]) - free != ref:
            return "mismatch", f"at {increment} units more per voter pabutools selects {sorted(ref)}, chorus {sorted(step['selected'])}"
        cost = sum(case["costs"][p] for p in ref)
        exhaustive = all(p in ref or cost + case["costs"][p] > budget for p in available)
        status = "over-budget" if cost > budget else "exhaustive" if exhaustive else "continued"
        expected = step["status"] if increment == step["increment"] else "continued"
        if status != expected and not (expected == "stable" and status == "continued"):
            return "mismatch", f"at {increment} units more per voter pabutools' outcome is {status}, chorus says {expected}"
    last = steps[-1]
    result = steps[-2]["selected"] if last["status"] == "over-budget" and len(steps) > 1 else last["selected"]
    if set(result) != set(out["winners"]):
        return "mismatch", f"the completion's last step decides {sorted(result)}, chorus returns {sorted(out['winners'])}"
    note = f"add-one checked at {len(checks)} of {out['details']['increment'] + 1} per-voter budgets (pabutools would rerun Equal Shares {out['details']['increment']} times)"
    return ("known" if free & set(out["winners"]) else "sampled"), note


def buyable_projects(case):
    """Projects Equal Shares can buy: supported, with a cost (pabutools' exhaustiveness test)."""
    supported = {p for b in case["ballots"] for p in b}
    return {p for p in supported if case["costs"][p] > 0}


def ranked_profile(case):
    """pref_voting's ProfileWithTies, candidates 0..n-1 in file order."""
    if case["kind"] == "ranked":
        n = case["n"]
        rankings, counts = [], []
        for tiers, count in case["orders"]:
            rankings.append({a - 1: r for r, tier in enumerate(tiers, 1) for a in tier})
            counts.append(count)
    else:
        n = len(case["ids"])
        pos = {p: k for k, p in enumerate(case["ids"])}
        rankings = [{pos[p]: 1 for p in b} for b in case["ballots"]]
        counts = [1] * len(rankings)
    prof = ProfileWithTies(rankings, rcounts=counts, candidates=list(range(n)))
    prof.use_extended_strict_preference()
    return prof


def option_ids(case):
    return case["ids"] if case["kind"] != "ranked" else [str(i) for i in range(1, case["n"] + 1)]


def compare(case, rule, out, add1_timeout):
    """(status, note): status is 'ok', 'sampled', 'known', 'mismatch' or 'skipped'."""
    ours = out["winners"]
    ids = option_ids(case)
    if rule in ("approval", "points"):
        ref = approval_order(case, rule == "points")
        return ("ok", "") if ref == ours else ("mismatch", f"reference order {ref}")
    if rule in BUDGET_RULES:
        work = out["details"].get("increment", 0) * len(case["ballots"]) * len(case["ids"])
        if rule == "equal-shares" and work > FULL_ADD1_WORK:
            return sampled_add1(case, out)
        try:
            ref = budget_reference(case, rule, add1_timeout)
        except Timeout:
            if rule == "equal-shares":
                return sampled_add1(case, out)
            return "skipped", f"pabutools took over {add1_timeout:g} s"
        return same_selection(case, rule, ref, ours)
    prof = ranked_profile(case)
    if rule in ("schulze", "schulze-winning"):
        strength = prof.support if rule == "schulze-winning" else None
        ref = {ids[c] for c in beat_path(prof, strength_function=strength)}
        unbeaten = set(out["details"]["winners"])
        if ref != unbeaten or (ours and ours[0] not in ref):
            return "mismatch", f"beat_path {sorted(ref)}, chorus unbeaten {sorted(unbeaten)}, first {ours[:1]}"
        return "ok", "tie" if len(ref) > 1 else ""
    # irv
    n = len(ids)
    ref = [ids[c] for c in instant_runoff_tb(prof, tie_breaker=list(range(n - 1, -1, -1)))]
    if ref != ours[:1]:
        return "mismatch", f"instant_runoff_tb {ref}, chorus {ours[:1]}"
    if not tied_round(out["details"]["rounds"]):
        plain = [ids[c] for c in instant_runoff(prof)]
        if plain != ours[:1]:
            return "mismatch", f"no tie for fewest, yet instant_runoff {plain}, chorus {ours[:1]}"
        return "ok", ""
    return "ok", "tie"


def tied_round(rounds):
    """Whether some round eliminated one of several options tied for fewest votes."""
    for r in rounds:
        if r["eliminated"] is not None:
            fewest = min(c for _, c in r["counts"])
            if sum(1 for _, c in r["counts"] if c == fewest) > 1:
                return True
    return False


def read_check(case, out):
    """The .pb file is read alike: ids, costs, voters."""
    ours = {o["id"]: o["cost"] for o in out["options"]}
    if ours != case["costs"] or out["file"]["voters"] != len(case["ballots"]) or out["file"]["budget"] != case["budget"]:
        return "mismatch", "chorus reads other projects, costs, voters or budget than pabutools"
    return "ok", ""


# ---------------------------------------------------------------- running


def run_chorus(binary, jobs):
    """Runs `chorus tally` for every (path, rule), two at a time; returns {(path, rule): json or error}."""

    def one(job):
        path, rule = job
        p = subprocess.run([binary, "tally", "--rule", rule, path], capture_output=True, text=True)
        if p.returncode != 0:
            return job, {"error": p.stderr.strip(), "status": p.returncode}
        return job, json.loads(p.stdout)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, jobs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("chorus")
    ap.add_argument("--generated", type=int, default=300)
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--add1-timeout", type=float, default=60.0)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    started = time.monotonic()

    tmp = tempfile.TemporaryDirectory(prefix="chorus-compare-")
    cases = [pb_case(os.path.join(PABULIB, f), "file") for f in sorted(os.listdir(PABULIB)) if f.endswith(".pb")]
    cases += [
        preflib_case(os.path.join(PREFLIB, f), "file")
        for f in sorted(os.listdir(PREFLIB))
        if f.rsplit(".", 1)[-1] in ("soc", "soi", "toc", "toi")
    ]
    for g in generate.profiles(random.Random(args.seed), args.generated, tmp.name):
        cases.append(pb_case(g["path"], "generated") if g["kind"] == "pb" else preflib_case(g["path"], "generated", g["data"]))
    for c in cases:
        if c["origin"] == "generated":
            c["name"] = os.path.basename(c["path"])

    jobs = [(c["path"], r) for c in cases for r in RULES[c["kind"]]]
    results = run_chorus(args.chorus, jobs)
    chorus_done = time.monotonic()

    table = defaultdict(lambda: defaultdict(int))  # (origin, rule) -> status -> count
    problems, notes, selected_notes = [], [], []
    for c in cases:
        for rule in RULES[c["kind"]]:
            out = results[(c["path"], rule)]
            if "error" in out:
                status, note = "mismatch", f"chorus failed ({out['status']}): {out['error']}"
            else:
                status, note = compare(c, rule, out, args.add1_timeout)
            table[(c["origin"], rule)][status] += 1
            if note == "tie":
                table[(c["origin"], rule)]["ties"] += 1
            if status == "mismatch":
                problems.append(f"{c['name']} {rule}: {note}")
            elif status in ("skipped", "sampled") or (status == "known" and c["origin"] == "file"):
                notes.append(f"{status}: {c['name']} {rule}: {note}")
            elif args.verbose and note:
                print(f"  {c['name']} {rule}: {note}")
        if c["kind"] != "ranked":
            first = results[(c["path"], RULES[c["kind"]][0])]
            if "error" not in first:
                status, note = read_check(c, first)
                table[(c["origin"], "(read alike)")][status] += 1
                if status == "mismatch":
                    problems.append(f"{c['name']}: {note}")
        if c["origin"] == "file" and c["kind"] != "ranked":
            selected_notes += selected_differences(c, results)

    columns = ["ok", "sampled", "known", "mismatch", "skipped", "ties"]
    print(f"{'profiles':<10} {'rule':<28} {'compared':>8} " + " ".join(f"{k:>8}" for k in columns))
    for (origin, rule), counts in sorted(table.items()):
        total = sum(counts[k] for k in columns[:-1])
        print(f"{origin:<10} {rule:<28} {total:>8} " + " ".join(f"{counts[k]:>8}" for k in columns))
    files = sum(1 for c in cases if c["origin"] == "file")
    print(f"\n{files} files and {args.generated} generated profiles (seed {args.seed}), {len(jobs)} chorus runs.")
    print("ok: same result as the reference. sampled: Equal Shares' add-one completion checked at sampled budgets,")
    print("  pabutools being too slow to run it whole. known: the one known difference, free projects (below).")
    print("ties: agreeing results where the reference found a tie (Schulze: several unbeaten; IRV: a tie for fewest).")
    known = sum(t["known"] for t in table.values())
    if known:
        print(
            f"known ({known}): a supported project that costs nothing gives no cost satisfaction, so pabutools' Equal\n"
            "  Shares never selects it (nor counts it for exhaustiveness); Chorus selects it before the first round.\n"
            "  The rest of the selection is the same in every such case (checked)."
        )
    for n in notes:
        print(n)
    for n in selected_notes:
        print(f"file's own selection (information only): {n}")
    for p in problems:
        print(f"MISMATCH: {p}")
    elapsed = time.monotonic() - started
    print(f"\nchorus runs took {chorus_done - started:.1f} s; {elapsed:.1f} s in all.")
    print(f"{len(problems)} mismatches." if problems else "No mismatches.")
    return 1 if problems else 0


def selected_differences(case, results):
    """The file's `selected` column beside the rule the file names (greedy and Equal Shares
    when it names none)."""
    if case["selected"] is None:
        return [f"{case['name']}: the file has no selected column"]
    rule_meta = case["instance"].meta.get("rule", "")
    known = {"greedy": ["greedy"], "equalshares": ["equal-shares-no-completion"], "equalshares/add1": ["equal-shares"]}
    notes = []
    for rule in known.get(rule_meta, ["greedy", "equal-shares"]):
        reference = REFERENCES.get((case["path"], rule))
        if isinstance(reference, list):
            ref, source = set(reference), "pabutools"
        else:
            # Too slow in pabutools: Chorus's result, checked above at sampled budgets.
            ref, source = set(results[(case["path"], rule)].get("winners", [])), "chorus, checked at sampled budgets"
        name = f"{rule} ({source}) on the file's votes"
        if ref == case["selected"]:
            notes.append(f"{case['name']}: the same as {name} (the file's rule: {rule_meta!r})")
            continue
        funded, unfunded = sorted(case["selected"] - ref), sorted(ref - case["selected"])
        notes.append(
            f"{case['name']}: differs from {name} (the file's rule: {rule_meta!r}): "
            f"the city also funded {funded} and not {unfunded}"
        )
    return notes


if __name__ == "__main__":
    sys.exit(main())

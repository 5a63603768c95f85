#!/usr/bin/env python3
"""Compares the opinion map of `chorus opinion` with scikit-learn's PCA.

Usage: target/reference-venv/bin/python scripts/references/opinion_compare.py CHORUS_BINARY
           [FILE.csv ...] [--generated N] [--seed S] [--tolerance T]

For each reactions file (CSV with the header participant,statement,vote) and for N generated
rounds (random shapes, taller and wider than square, with passes and unseen statements, a
third of them sparse), written to temporary files:

1. reads the file independently of Chorus (Python's csv module; ids trimmed and numbered in
   order of first appearance; a vote is 1, -1, 0, agree, disagree or pass; the last reaction
   of a participant to a statement wins);
2. includes the participants with at least min(7, statements) reactions (at least one), as
   Chorus does, and checks that `chorus opinion` included the same ones;
3. builds their matrix (agree +1, disagree -1, pass or unseen 0) and runs
   `PCA(n_components=2).fit_transform(X)` (scikit-learn's default solver choice) and the same
   with `svd_solver="full"` (LAPACK's SVD); for large inputs the default chooses the
   randomized solver, which is only approximate, so there only "full" must agree;
4. aligns the sign of each axis (an eigenvector's sign is arbitrary) and requires the largest
   absolute difference of the coordinates, and of the explained variance ratios, to be at
   most the tolerance (1e-6).

A round where two of the three largest eigenvalues nearly coincide has no well-defined
axes (any rotation of them is as good); such generated rounds are skipped and counted. Prints one line per round and OK or FAIL;
exits 1 on any failure.
"""

import argparse
import csv
import io
import json
import os
import random
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.decomposition import PCA

VOTES = {"1": 1, "+1": 1, "agree": 1, "-1": -1, "disagree": -1, "0": 0, "-0": 0, "+0": 0, "pass": 0}


def read_round(path):
    """(participant ids, statement ids, {(p, s): vote}) of a reactions file."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.reader(f) if not (len(r) == 1 and not r[0].strip()) and r]
    header, body = rows[0], rows[1:]
    assert [h.strip().lower() for h in header] == ["participant", "statement", "vote"], header
    participants, statements, votes = {}, {}, {}
    for p, s, v in body:
        p = participants.setdefault(p.strip(), len(participants))
        s = statements.setdefault(s.strip(), len(statements))
        votes[(p, s)] = VOTES[v.strip().lower()]
    return list(participants), list(statements), votes


def included_matrix(participants, statements, votes):
    """The included participants (indices) and their dense matrix."""
    counts = [0] * len(participants)
    for p, _ in votes:
        counts[p] += 1
    needed = max(1, min(7, len(statements)))
    included = [p for p, c in enumerate(counts) if c >= needed]
    row = {p: i for i, p in enumerate(included)}
    x = np.zeros((len(included), len(statements)))
    for (p, s), v in votes.items():
        if p in row:
            x[row[p], s] = v
    return included, x


def aligned_difference(ours, theirs):
    """The largest absolute difference after choosing each column's sign to fit best."""
    worst = 0.0
    for axis in range(ours.shape[1]):
        a, b = ours[:, axis], theirs[:, axis]
        worst = max(worst, min(np.max(np.abs(a - b), initial=0.0), np.max(np.abs(a + b), initial=0.0)))
    return worst


def compare(chorus, path, tolerance, skip_degenerate):
    participants, statements, votes = read_round(path)
    included, x = included_matrix(participants, statements, votes)
    out = subprocess.run([chorus, "opinion", path], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return "FAIL", f"chorus opinion exited {out.returncode}: {out.stderr.strip()}"
    report = json.loads(out.stdout)
    if report["included"] != [participants[p] for p in included]:
        return "FAIL", "chorus included other participants"
    n, m = x.shape
    if min(n, m) < 2:
        return "SKIP", f"{n} x {m}: fewer than two components"
    spectrum = np.linalg.svd(x - x.mean(axis=0), compute_uv=False) ** 2
    gaps = np.diff(spectrum[:3]) if len(spectrum) > 2 else np.diff(spectrum[:2])
    if skip_degenerate and np.any(-gaps <= 1e-6 * max(spectrum[0], 1.0)):
        return "SKIP", f"{n} x {m}: two of the top three eigenvalues coincide"
    ours = np.array(report["coordinates"], dtype=float).reshape(n, 2)
    ratio = np.array(report["explained_variance_ratio"], dtype=float)
    lines = []
    status = "OK"
    for solver in ("auto", "full"):
        pca = PCA(n_components=2, svd_solver=solver)
        theirs = pca.fit_transform(x)
        used = pca._fit_svd_solver
        diff = max(aligned_difference(ours, theirs), float(np.max(np.abs(ratio - pca.explained_variance_ratio_))))
        exact = used in ("full", "covariance_eigh")
        if diff > tolerance and exact:
            status = "FAIL"
        lines.append(f"{solver}->{used}: {diff:.2e}" + ("" if exact else " (approximate solver, not judged)"))
    return status, f"{n} x {m}: " + ", ".join(lines)


def generated(rng, index):
    """A random round as CSV text: a few planted opinion directions plus noise. A third are
    sparse (each participant sees 5-15 % of many statements), where Chorus sums the covariance
    from the reactions instead of multiplying dense matrices."""
    directions = rng.randint(1, 4)
    if index % 3 == 2:
        (n, m), seen = rng.choice([(1500, 120), (800, 200)]), rng.uniform(0.05, 0.15)
    else:
        (n, m), seen = rng.choice([(40, 12), (120, 30), (25, 60), (300, 80), (15, 9), (600, 200), (400, 30)]), rng.uniform(0.5, 1.0)
    directions = [[rng.choice([1, -1]) for _ in range(m)] for _ in range(directions)]
    passes, noise = rng.uniform(0.0, 0.3), rng.uniform(0.05, 0.4)
    text = io.StringIO()
    text.write("participant,statement,vote\n")
    for p in range(n):
        d = rng.choice(directions)
        for s in range(m):
            if rng.random() > seen:
                continue
            if rng.random() < passes:
                v = 0
            elif rng.random() < noise:
                v = rng.choice([1, -1])
            else:
                v = d[s]
            text.write(f"g{index}p{p},s{s},{v}\n")
    return text.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("chorus")
    parser.add_argument("files", nargs="*")
    parser.add_argument("--generated", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tolerance", type=float, default=1e-6)
    args = parser.parse_args()
    counts = {"OK": 0, "FAIL": 0, "SKIP": 0}
    for path in args.files:
        status, detail = compare(args.chorus, path, args.tolerance, skip_degenerate=False)
        counts[status] += 1
        print(f"{status} {os.path.basename(path)}: {detail}")
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.generated):
            path = os.path.join(tmp, f"generated-{i}.csv")
            with open(path, "w", encoding="utf-8") as f:
                f.write(generated(rng, i))
            status, detail = compare(args.chorus, path, args.tolerance, skip_degenerate=True)
            counts[status] += 1
            print(f"{status} generated-{i}: {detail}")
    print(f"{counts['OK']} OK, {counts['FAIL']} FAIL, {counts['SKIP']} skipped")
    print("FAIL" if counts["FAIL"] else "OK")
    sys.exit(1 if counts["FAIL"] else 0)


if __name__ == "__main__":
    main()

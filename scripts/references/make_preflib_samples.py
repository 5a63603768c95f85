#!/usr/bin/env python3
"""Writes the PrefLib samples in tests/data/preflib (run once; the files are committed).

No PrefLib data set could be downloaded here, so the samples are of two kinds:
- three of pref_voting's own example files (MIT licence, pref_voting 1.18.2,
  pref_voting/data/examples/condorcet_winner/), minimal profiles on which instant run-off and
  Borda miss the Condorcet winner; pref_voting numbers their alternatives from 0, which PrefLib
  does not, so they are renumbered from 1 and given names;
- three generated elections with a fixed seed, one per remaining data type (.soi, .toc, .toi),
  with realistic sizes and names: voters rank around a common order (a Mallows-like model)
  and stop early or lump options together as people do.

Usage: target/reference-venv/bin/python scripts/references/make_preflib_samples.py
"""

import os
import random
import sys

import pref_voting

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "tests", "data", "preflib")
EXAMPLES = os.path.join(os.path.dirname(pref_voting.__file__), "data", "examples", "condorcet_winner")


def convert(name, names):
    """A pref_voting example, renumbered from 1, with names."""
    lines = open(os.path.join(EXAMPLES, name), encoding="utf-8").read().splitlines()
    out = []
    for line in lines:
        if line.startswith("# ALTERNATIVE NAME "):
            i = int(line[len("# ALTERNATIVE NAME "):].split(":")[0])
            out.append(f"# ALTERNATIVE NAME {i + 1}: {names[i]}")
        elif line.startswith("# FILE NAME:"):
            out.append(f"# FILE NAME: pref_voting_{name}")
        elif line.startswith("# TITLE:"):
            out.append(f"# TITLE: pref_voting example {name} (renumbered from 1)")
        elif line.startswith("#") or not line.strip():
            out.append(line)
        else:
            count, order = line.split(":")
            out.append(f"{count}: " + ",".join(str(int(a) + 1) for a in order.split(",")))
    return "\n".join(out) + "\n"


def mallows(rng, centre, phi):
    """A ranking near `centre`: insert each option at a position drawn with weight phi^distance."""
    order = []
    for i, option in enumerate(centre):
        weights = [phi ** (i - j) for j in range(i + 1)]
        pos = rng.choices(range(i + 1), weights)[0]
        order.insert(pos, option)
    return order


def generated(data_type, title, names, voters, seed, phi):
    rng = random.Random(seed)
    n = len(names)
    centre = list(range(1, n + 1))
    rng.shuffle(centre)
    counts = {}
    for _ in range(voters):
        order = mallows(rng, centre, phi)
        if data_type in ("soi", "toi"):
            order = order[: rng.choice([1, 2, 2, 3, 3, 3, n])]
        tiers = [[a] for a in order]
        if data_type in ("toc", "toi"):
            merged = [tiers[0]]
            for t in tiers[1:]:
                if rng.random() < 0.3:
                    merged[-1] = merged[-1] + t
                else:
                    merged.append(t)
            tiers = [sorted(t) for t in merged]
        key = tuple(tuple(t) for t in tiers)
        counts[key] = counts.get(key, 0) + 1
    lines = [
        f"# FILE NAME: {title}.{data_type}",
        f"# TITLE: {title.replace('_', ' ')} (generated, seed {seed})",
        "# DESCRIPTION: generated for Chorus's reference comparison; not a real election",
        f"# DATA TYPE: {data_type}",
        "# MODIFICATION TYPE: synthetic",
        f"# NUMBER ALTERNATIVES: {n}",
        f"# NUMBER VOTERS: {voters}",
        f"# NUMBER UNIQUE ORDERS: {len(counts)}",
    ]
    lines += [f"# ALTERNATIVE NAME {i}: {name}" for i, name in enumerate(names, 1)]
    for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{count}: " + ",".join(str(t[0]) if len(t) == 1 else "{" + ",".join(map(str, t)) + "}" for t in key))
    return "\n".join(lines) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {
        "pref_voting_minimal_Instant_Runoff.soc": convert("minimal_Instant_Runoff.soc", ["Amal", "Bogdan", "Chen"]),
        "pref_voting_minimal_resolute_Instant_Runoff.soc": convert(
            "minimal_resolute_Instant_Runoff.soc", ["Amal", "Bogdan", "Chen"]
        ),
        "pref_voting_minimal_Borda.soc": convert("minimal_Borda.soc", ["Amal", "Bogdan", "Chen"]),
        "generated_advisory_council_2025.soi": generated(
            "soi",
            "Migrant_advisory_council_2025",
            ["Amina Yusuf", "Bogdan Petrov", "Chen Wei", "Dilara Kaya", "Esteban Ruiz", "Farah Haddad", "Goran Ilić"],
            412,
            2025,
            0.55,
        ),
        "generated_neighbourhood_priorities.toc": generated(
            "toc",
            "Neighbourhood_priorities",
            ["Playground", "Bike lanes", "Language café", "Street lights", "Community garden"],
            187,
            7,
            0.7,
        ),
        "generated_youth_budget_ideas.toi": generated(
            "toi",
            "Youth_budget_ideas",
            ["Skate park", "Music studio", "Homework club", "Sports night", "Film evenings", "Repair café"],
            96,
            42,
            0.8,
        ),
    }
    for name, text in files.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"wrote {name}", file=sys.stderr)


if __name__ == "__main__":
    main()

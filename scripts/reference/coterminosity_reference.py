#!/usr/bin/env python3
"""Independent reference values for the coterminosity analysis (pandas).

Writes two seeded random network folders under Tests/TestSupport/Fixtures/ and, for each, the
expected results computed here with pandas (a self-join of boundaries on leaf areas):

  coterminosity-random/            populations on every leaf, shares < 1, boundaries on parent areas
  coterminosity-random-nopop/      the same network without the population column
  coterminosity-random-expected.json

The definitions (docs/coterminosity.md) are implemented from scratch here; nothing is shared with
the Swift code. Leaf expansion is done differently on purpose: the Swift code walks down from each
named area; this script joins every leaf's ancestor chain with the boundaries and keeps, per
(agency, leaf), the boundary on the nearest ancestor.

Run: python3 scripts/reference/coterminosity_reference.py   (pandas 3.x, numpy 2.x)
"""
import json
import os
import random
import sys

import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures")
TOLERANCES = [0.005, 0.05]


def make_network(seed=20261123):
    rng = random.Random(seed)
    areas = []  # (code, name, population, parent)
    for r in range(2):
        areas.append((f"R{r}", f"Region {r}", None, ""))
        for l in range(3):
            lad = f"L{r}{l}"
            areas.append((lad, f"District {r}{l}", None, f"R{r}"))
            for k in range(rng.randint(6, 12)):
                pop = 0 if rng.random() < 0.05 else rng.randint(50, 500)
                areas.append((f"X{r}{l}{k:02d}", f"Small area {r}{l}{k}", pop, lad))
    leaves = [a for a in areas if a[0].startswith("X")]
    # Parent populations are the sums of their leaves (the Swift code ignores them anyway).
    sums = {}
    for code, _, pop, parent in leaves:
        sums[parent] = sums.get(parent, 0) + pop
    for a in list(areas):
        if a[0].startswith("L"):
            sums[a[3]] = sums.get(a[3], 0) + sums[a[0]]
    areas = [(c, n, p if p is not None else sums.get(c, 0), par) for c, n, p, par in areas]

    types = ["council", "health", "police", "fire", "voluntary"]
    agencies = []
    for i in range(36):
        agencies.append((f"ag{i:02d}", f"Agency {i}", types[i % len(types)]))
    rng.shuffle(agencies)  # file order is not id order: index order is what defines a < b
    boundaries = {}
    lads = [a[0] for a in areas if a[0].startswith("L")]
    regions = [a[0] for a in areas if a[0].startswith("R")]
    for aid, _, t in agencies:
        mode = rng.random()
        if mode < 0.15:
            boundaries[(aid, rng.choice(regions))] = 1.0
        elif mode < 0.45:
            for lad in rng.sample(lads, rng.randint(1, 2)):
                boundaries[(aid, lad)] = rng.choice([1.0, 1.0, 0.5])
            # Sometimes a more specific row overrides the district's share on one small area.
            if rng.random() < 0.5:
                lad = next(l for (a, l) in boundaries if a == aid)
                inside = [x[0] for x in leaves if x[3] == lad]
                boundaries[(aid, rng.choice(inside))] = rng.choice([0.25, 1.0])
        else:
            start = rng.randrange(len(leaves))
            width = rng.randint(1, 14)
            for k in range(width):
                code = leaves[(start + k) % len(leaves)][0]
                boundaries[(aid, code)] = rng.choice([1.0] * 6 + [0.5, 0.25, 0.8])
    ids = [a[0] for a in agencies]
    rels = set()
    while len(rels) < 30:
        s, t = rng.sample(ids, 2)
        rels.add((s, t))
    return areas, agencies, boundaries, sorted(rels)


def write_folder(path, areas, agencies, boundaries, rels, with_population):
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "agencies.csv"), "w", newline="\n") as f:
        f.write("id,name,sector,type\n")
        for aid, name, t in agencies:
            f.write(f"{aid},{name},public,{t}\n")
    with open(os.path.join(path, "areas.csv"), "w", newline="\n") as f:
        f.write("code,name,population,parent\n" if with_population else "code,name,parent\n")
        for code, name, pop, parent in areas:
            f.write(f"{code},{name},{pop},{parent}\n" if with_population else f"{code},{name},{parent}\n")
    with open(os.path.join(path, "boundaries.csv"), "w", newline="\n") as f:
        f.write("agency_id,area_code,share\n")
        for (aid, code), share in sorted(boundaries.items()):
            f.write(f"{aid},{code},{share:g}\n")
    with open(os.path.join(path, "relationships.csv"), "w", newline="\n") as f:
        f.write("source,target,type\n")
        for s, t in rels:
            f.write(f"{s},{t},partnership\n")


def analyse(folder, tolerance):
    ag = pd.read_csv(os.path.join(folder, "agencies.csv"), dtype=str, keep_default_na=False)
    ar = pd.read_csv(os.path.join(folder, "areas.csv"), dtype=str, keep_default_na=False)
    bd = pd.read_csv(os.path.join(folder, "boundaries.csv"), dtype={"agency_id": str, "area_code": str})
    rl = pd.read_csv(os.path.join(folder, "relationships.csv"), dtype=str)
    ag["idx"] = np.arange(len(ag))
    parent = dict(zip(ar["code"], ar["parent"]))
    parents = set(p for p in ar["parent"] if p)
    leaves = [c for c in ar["code"] if c not in parents]
    weighted = "population" in ar.columns and all(
        ar.set_index("code").loc[leaves, "population"].str.len() > 0)
    pop_of = dict(zip(ar["code"], ar["population"])) if weighted else {}
    # Ancestor table: (leaf, ancestor, distance), distance 0 for the leaf itself.
    chain = []
    for leaf in leaves:
        cur, dist = leaf, 0
        while cur:
            chain.append((leaf, cur, dist))
            cur, dist = parent.get(cur, ""), dist + 1
    chain = pd.DataFrame(chain, columns=["leaf", "area_code", "dist"])
    cov = bd.merge(chain, on="area_code")
    cov = cov.sort_values(["agency_id", "leaf", "dist"]).drop_duplicates(["agency_id", "leaf"], keep="first")
    cov = cov.merge(ag[["id", "idx", "type"]], left_on="agency_id", right_on="id")
    cov["P"] = cov["leaf"].map(lambda c: float(pop_of[c]) if weighted else 1.0)
    cov["w"] = cov["share"] * cov["P"]
    pop = cov.groupby("idx")["w"].sum()

    j = cov[["leaf", "idx", "type", "share", "P"]].merge(
        cov[["leaf", "idx", "type", "share"]], on="leaf", suffixes=("_a", "_b"))
    j = j[(j["idx_a"] < j["idx_b"]) & (j["type_a"] != j["type_b"])]
    j["m"] = np.minimum(j["share_a"], j["share_b"]) * j["P"]
    pairs = j.groupby(["idx_a", "idx_b"], as_index=False)["m"].sum().rename(columns={"m": "shared"})
    pairs = pairs[pairs["shared"] > 0].copy()
    pairs["pop_a"] = pairs["idx_a"].map(pop)
    pairs["pop_b"] = pairs["idx_b"].map(pop)
    pairs["a_in_b"] = np.minimum(1.0, pairs["shared"] / pairs["pop_a"])
    pairs["b_in_a"] = np.minimum(1.0, pairs["shared"] / pairs["pop_b"])
    pairs["jaccard"] = pairs["shared"] / (pairs["pop_a"] + pairs["pop_b"] - pairs["shared"])
    thr = 1 - tolerance
    ia, ib = pairs["a_in_b"] >= thr, pairs["b_in_a"] >= thr
    pairs["relation"] = np.select([ia & ib, ia, ib], ["coterminous", "a_within_b", "b_within_a"], "partial")
    idx_of = dict(zip(ag["id"], ag["idx"]))
    tied = set()
    for s, t in zip(rl["source"], rl["target"]):
        a, b = idx_of[s], idx_of[t]
        if a != b:
            tied.add((min(a, b), max(a, b)))
    pairs["partners"] = [(a, b) in tied for a, b in zip(pairs["idx_a"], pairs["idx_b"])]
    pairs = pairs.sort_values(["idx_a", "idx_b"])

    # N_eff per (agency, counterpart type), both directions.
    type_of = dict(zip(ag["idx"], ag["type"]))
    half = pd.concat([
        pd.DataFrame({"agency": pairs["idx_a"], "other": pairs["idx_b"], "s": pairs["a_in_b"]}),
        pd.DataFrame({"agency": pairs["idx_b"], "other": pairs["idx_a"], "s": pairs["b_in_a"]}),
    ])
    half["otype"] = half["other"].map(type_of)
    g = half.groupby(["agency", "otype"])["s"]
    neff = pd.DataFrame({"coverage": g.sum(), "sumsq": g.apply(lambda s: (s * s).sum())}).reset_index()
    neff["neff"] = neff["coverage"] ** 2 / neff["sumsq"]
    neff["pop"] = neff["agency"].map(pop)
    neff["type"] = neff["agency"].map(type_of)
    means = neff.groupby(["type", "otype"]).apply(
        lambda d: pd.Series({"agencies": len(d), "mean": (d["pop"] * d["neff"]).sum() / d["pop"].sum()}),
        include_groups=False).reset_index()

    # Per-area distinct agencies by type: an area counts the agencies covering any leaf below it.
    up = cov[["leaf", "idx", "type"]].merge(chain.rename(columns={"area_code": "area"}), on="leaf")
    counts = up.drop_duplicates(["area", "idx"]).groupby(["area", "type"]).size()

    # People in gaps: per leaf, the largest min(s_A, s_B) over gap pairs covering it.
    gaps = pairs[pairs["relation"] == "partial"][["idx_a", "idx_b"]]  # default predicate: all gaps
    jg = j.merge(gaps, on=["idx_a", "idx_b"])
    jg["ms"] = np.minimum(jg["share_a"], jg["share_b"])
    per_leaf = jg.groupby("leaf").agg(ms=("ms", "max"), P=("P", "first"))
    in_gaps = float((per_leaf["ms"] * per_leaf["P"]).sum())

    n = len(pairs)
    rel = pairs["relation"]
    ids = list(ag["id"])
    return {
        "tolerance": tolerance,
        "population_weighted": bool(weighted),
        "agency_population": {ids[i]: float(v) for i, v in pop.items()},
        "pairs": [
            {"a": ids[r.idx_a], "b": ids[r.idx_b], "relation": r.relation, "shared": r.shared,
             "a_in_b": r.a_in_b, "b_in_a": r.b_in_a, "jaccard": r.jaccard, "partners": bool(r.partners)}
            for r in pairs.itertuples()
        ],
        "neff": [
            {"agency": ids[int(r.agency)], "type": r.otype, "coverage": r.coverage, "neff": r.neff}
            for r in neff.itertuples()
        ],
        "mean_neff": [
            {"type": r.type, "counterpart_type": r.otype, "agencies": int(r.agencies), "mean": r.mean}
            for r in means.itertuples()
        ],
        "area_counts": [{"area": a, "type": t, "count": int(c)} for (a, t), c in counts.items()],
        "summary": {
            "partner_pairs": n,
            "share_coterminous": float((rel == "coterminous").sum() / n) if n else 0.0,
            "share_nested": float(rel.isin(["a_within_b", "b_within_a"]).sum() / n) if n else 0.0,
            "share_partial": float((rel == "partial").sum() / n) if n else 0.0,
            "population_in_gaps": in_gaps,
        },
    }


def main():
    areas, agencies, boundaries, rels = make_network()
    out = {"generator": f"scripts/reference/coterminosity_reference.py (pandas {pd.__version__}, numpy {np.__version__})"}
    for name, with_pop in [("coterminosity-random", True), ("coterminosity-random-nopop", False)]:
        folder = os.path.join(FIXTURES, name)
        write_folder(folder, areas, agencies, boundaries, rels, with_pop)
        out[name] = [analyse(folder, t) for t in TOLERANCES]
    with open(os.path.join(FIXTURES, "coterminosity-random-expected.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    for name in ["coterminosity-random", "coterminosity-random-nopop"]:
        for res in out[name]:
            rel = pd.Series([p["relation"] for p in res["pairs"]]).value_counts().to_dict()
            print(name, res["tolerance"], len(res["pairs"]), rel, file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""The peer of `partnerscope-bench gaps`: the all-pairs coterminosity table computed with pandas.

A self-join of boundaries on area (the obvious, idiomatic pandas approach), then a group-by on the
agency pair: for every two agencies of different types sharing people, population_shared, a_in_b,
b_in_a, jaccard, relation (tolerance ε), population_a_only / _b_only and partners. Integer codes
are used for agencies, areas and types so that the join is as fast as pandas makes it.

Assumes, like the bench networks, that boundaries are given on leaf areas and that every area has a
population (it checks both).

Usage: gaps_pandas.py NETWORK_DIR [--repeat N] [--tolerance E]
Prints one JSON object: load_seconds, compute_seconds (best of N), pairs, relation counts and the
sum of population_shared, so that the caller can check that both tables agree.
"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd


def load(folder):
    ag = pd.read_csv(os.path.join(folder, "agencies.csv"), usecols=["id", "type"], dtype=str, keep_default_na=False)
    ar = pd.read_csv(os.path.join(folder, "areas.csv"), dtype={"code": str, "parent": str}, keep_default_na=False)
    bd = pd.read_csv(os.path.join(folder, "boundaries.csv"), dtype={"agency_id": str, "area_code": str})
    rl = pd.read_csv(os.path.join(folder, "relationships.csv"), usecols=["source", "target"], dtype=str)
    return ag, ar, bd, rl


def compute(ag, ar, bd, rl, tolerance):
    n = len(ag)
    agency_code = pd.Index(ag["id"])
    area_code = pd.Index(ar["code"])
    type_codes, _ = pd.factorize(ag["type"])
    parents = set(ar["parent"][ar["parent"] != ""])
    population = pd.to_numeric(ar["population"]).to_numpy(dtype=np.float64)

    a = agency_code.get_indexer(bd["agency_id"]).astype(np.int32)
    x = area_code.get_indexer(bd["area_code"]).astype(np.int32)
    assert not parents.intersection(bd["area_code"].unique()), "boundaries on parent areas are not supported here"
    share = bd["share"].fillna(1.0).to_numpy(dtype=np.float64) if "share" in bd else np.ones(len(bd))
    cov = pd.DataFrame({"x": x, "a": a, "t": type_codes[a].astype(np.int32), "s": share})
    cov["P"] = population[x]
    pop = np.bincount(a, weights=share * population[x], minlength=n)

    j = cov.merge(cov[["x", "a", "t", "s"]], on="x", suffixes=("_a", "_b"))
    j = j[(j["a_a"] < j["a_b"]) & (j["t_a"] != j["t_b"])]
    j["m"] = np.minimum(j["s_a"].to_numpy(), j["s_b"].to_numpy()) * j["P"].to_numpy()
    pairs = j.groupby(["a_a", "a_b"], as_index=False, sort=True)["m"].sum().rename(columns={"m": "shared"})
    pairs = pairs[pairs["shared"] > 0]
    ia, ib = pairs["a_a"].to_numpy(), pairs["a_b"].to_numpy()
    shared = pairs["shared"].to_numpy()
    pa, pb = pop[ia], pop[ib]
    a_in_b = np.minimum(1.0, shared / pa)
    b_in_a = np.minimum(1.0, shared / pb)
    jaccard = shared / (pa + pb - shared)
    thr = 1 - tolerance
    ca, cb = a_in_b >= thr, b_in_a >= thr
    relation = np.select([ca & cb, ca, cb], ["coterminous", "a_within_b", "b_within_a"], "partial")
    s = agency_code.get_indexer(rl["source"]).astype(np.int64)
    t = agency_code.get_indexer(rl["target"]).astype(np.int64)
    tie_keys = np.unique(np.minimum(s, t) * n + np.maximum(s, t))
    partners = np.isin(ia.astype(np.int64) * n + ib, tie_keys)
    return pd.DataFrame({
        "agency_a": agency_code.to_numpy()[ia], "agency_b": agency_code.to_numpy()[ib],
        "relation": relation, "jaccard": jaccard, "a_in_b": a_in_b, "b_in_a": b_in_a,
        "population_shared": shared, "population_a_only": np.maximum(0, pa - shared),
        "population_b_only": np.maximum(0, pb - shared), "partners": partners,
    })


def main():
    args = sys.argv[1:]
    folder = args[0]
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 3
    tolerance = float(args[args.index("--tolerance") + 1]) if "--tolerance" in args else 0.005
    t0 = time.perf_counter()
    data = load(folder)
    load_seconds = time.perf_counter() - t0
    best = float("inf")
    table = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        table = compute(*data, tolerance)
        best = min(best, time.perf_counter() - t0)
    counts = table["relation"].value_counts().to_dict()
    print(json.dumps({
        "peer": f"pandas {pd.__version__}, numpy {np.__version__}",
        "load_seconds": load_seconds,
        "compute_seconds": best,
        "pairs": int(len(table)),
        "relations": {k: int(v) for k, v in sorted(counts.items())},
        "population_shared_sum": float(table["population_shared"].sum()),
        "partners": int(table["partners"].sum()),
    }))


if __name__ == "__main__":
    main()

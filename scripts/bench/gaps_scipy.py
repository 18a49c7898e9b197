#!/usr/bin/env python3
"""The whole-command peer of `partnerscope gaps DIR --all --format csv --out FILE`: the same table
with scipy sparse matrices, read from and written to the same files.

shared(A,B) = sum_x min(s_A(x), s_B(x)) P(x) is a sum of sparse products: with the distinct share
values 0 = l_0 < l_1 < ... < l_K, min(s, t) = sum_k (l_k - l_{k-1}) [s >= l_k][t >= l_k], so
shared = sum_k (l_k - l_{k-1}) * I_k diag(P) I_k^T with I_k the agency x area indicator of
share >= l_k (K = 2 for shares 1 and 0.5). This is exact, and is the B.B^T of the issue when every
share is 1. Then the same columns as Partnerscope (relation at tolerance 0.005, Jaccard, shares,
population_a_only/_b_only/_misaligned, partners), sorted worst split first (misaligned descending,
then agency_a id, then agency_b id) and written with pandas' to_csv.

Assumes boundaries on leaf areas, populations on every area and no agency dates (the bench
networks; it checks the first two).

Usage: gaps_scipy.py NETWORK_DIR OUT_CSV [--tolerance E]
Prints one JSON object: seconds per phase (load, compute, sort, write), pairs, relation counts,
the sum of population_shared and the number of partner pairs, so that the caller can check that
both tables agree.
"""
import json
import os
import sys
import time

import numpy as np
import pandas as pd
import scipy
import scipy.sparse as sp


def main():
    args = sys.argv[1:]
    folder, out = args[0], args[1]
    tolerance = float(args[args.index("--tolerance") + 1]) if "--tolerance" in args else 0.005
    times = {}
    t0 = time.perf_counter()
    ag = pd.read_csv(os.path.join(folder, "agencies.csv"), usecols=["id", "type"], dtype=str, keep_default_na=False)
    ar = pd.read_csv(os.path.join(folder, "areas.csv"), dtype={"code": str, "parent": str}, keep_default_na=False)
    bd = pd.read_csv(os.path.join(folder, "boundaries.csv"), dtype={"agency_id": str, "area_code": str})
    rl = pd.read_csv(os.path.join(folder, "relationships.csv"), usecols=["source", "target", "type"], dtype=str)
    times["load"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    n = len(ag)
    ids = ag["id"].to_numpy()
    agency_code = pd.Index(ids)
    area_code = pd.Index(ar["code"])
    types, type_names = pd.factorize(ag["type"])
    parents = set(ar["parent"][ar["parent"] != ""])
    assert not parents.intersection(bd["area_code"].unique()), "boundaries on parent areas are not supported here"
    population = pd.to_numeric(ar["population"]).to_numpy(dtype=np.float64)
    a = agency_code.get_indexer(bd["agency_id"])
    x = area_code.get_indexer(bd["area_code"])
    share = bd["share"].fillna(1.0).to_numpy(dtype=np.float64) if "share" in bd else np.ones(len(bd))
    pop = np.bincount(a, weights=share * population[x], minlength=n)
    levels = np.unique(share)
    shared = None
    previous = 0.0
    for level in levels:
        keep = share >= level
        indicator = sp.csr_matrix((np.ones(int(keep.sum())), (a[keep], x[keep])), shape=(n, len(ar)))
        term = (indicator.multiply(population[np.newaxis, :]).tocsr() @ indicator.T) * (level - previous)
        shared = term if shared is None else shared + term
        previous = level
    upper = sp.triu(shared, k=1).tocoo()
    ia, ib, s = upper.row, upper.col, upper.data
    keep = (types[ia] != types[ib]) & (s > 0)
    ia, ib, s = ia[keep], ib[keep], s[keep]
    pa, pb = pop[ia], pop[ib]
    a_in_b = np.minimum(1.0, s / pa)
    b_in_a = np.minimum(1.0, s / pb)
    union = pa + pb - s
    jaccard = np.where(union > 0, np.minimum(1.0, s / np.where(union > 0, union, 1)), 0)
    thr = 1 - tolerance
    ca, cb = a_in_b >= thr, b_in_a >= thr
    relation = np.select([ca & cb, ca, cb], ["coterminous", "a_within_b", "b_within_a"], "partial")
    positive = rl["type"] != "conflict"
    src = agency_code.get_indexer(rl["source"][positive]).astype(np.int64)
    dst = agency_code.get_indexer(rl["target"][positive]).astype(np.int64)
    tie_keys = np.unique(np.minimum(src, dst) * n + np.maximum(src, dst))
    partners = np.isin(ia.astype(np.int64) * n + ib, tie_keys)
    a_only = np.maximum(0, pa - s)
    b_only = np.maximum(0, pb - s)
    misaligned = np.minimum(np.minimum(s, a_only), b_only)
    times["compute"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(ids, kind="stable")] = np.arange(n)
    order = np.lexsort((rank[ib], rank[ia], -misaligned))
    times["sort"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    type_names = np.asarray(type_names)
    table = pd.DataFrame({
        "agency_a": ids[ia[order]], "agency_b": ids[ib[order]],
        "type_a": type_names[types[ia[order]]], "type_b": type_names[types[ib[order]]],
        "relation": relation[order], "jaccard": jaccard[order], "a_in_b": a_in_b[order], "b_in_a": b_in_a[order],
        "population_shared": s[order], "population_a_only": a_only[order], "population_b_only": b_only[order],
        "population_misaligned": misaligned[order], "partners": np.where(partners[order], "true", "false"),
        "as_at": "all",
    })
    table.to_csv(out, index=False)
    times["write"] = time.perf_counter() - t0
    counts = pd.Series(relation).value_counts().to_dict()
    print(json.dumps({
        "peer": f"scipy {scipy.__version__}, pandas {pd.__version__}, numpy {np.__version__}",
        "seconds": times,
        "total_seconds": sum(times.values()),
        "pairs": int(len(s)),
        "relations": {k: int(v) for k, v in sorted(counts.items())},
        "population_shared_sum": float(s.sum()),
        "partners": int(partners.sum()),
    }))


if __name__ == "__main__":
    main()

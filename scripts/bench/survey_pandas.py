#!/usr/bin/env python3
"""The peer of `partnerscope-bench survey`: the PARTNER survey scores computed with a pandas groupby.

Reads the folder that `partnerscope-bench survey --out DIR` writes (agencies.csv, relationships.csv,
survey.csv) and computes, as SurveyAnalysis does with the mean symmetrisation (docs/quality.md):

  - each rating's trust and value: the mean of its answered items (pandas' skipna mean);
  - each relationship {a, b}: the mean of the two sides' trust (value) where answered, i.e. a groupby
    on the unordered pair; the gap |trust a->b - trust b->a| where both sides rated;
  - each agency: mean and sample sd of the trust it received, mean of the trust it gave;
  - the wave: response rate (respondents / agencies; the agencies are undated, so all are invited),
    rating reciprocity (pairs rated both ways / pairs rated), tie coverage (tied pairs rated / tied pairs).

It does not compute what SurveyAnalysis also does (the tensions against the ties' formal weight,
the sorted disagreement and low-trust lists, per-dimension summaries), so the comparison favours
the peer.

Usage: survey_pandas.py DIR [--repeat N]
Prints `name: value` lines: pandas_survey_load_seconds, pandas_survey_seconds (best of N),
pandas_survey_checksum (the sum the bench prints as survey_checksum).
"""
import os
import sys
import time

import numpy as np
import pandas as pd

TRUST = ["trust_reliability", "trust_mission", "trust_openness"]
VALUE = ["value_power", "value_involvement", "value_resources"]


def load(folder):
    ag = pd.read_csv(os.path.join(folder, "agencies.csv"), usecols=["id"], dtype=str)
    rl = pd.read_csv(os.path.join(folder, "relationships.csv"), usecols=["source", "target"], dtype=str)
    sv = pd.read_csv(os.path.join(folder, "survey.csv"), usecols=["respondent", "about"] + TRUST + VALUE,
                     dtype={"respondent": str, "about": str})
    return ag, rl, sv


def compute(ag, rl, sv):
    n = len(ag)
    index = pd.Index(ag["id"])
    r = index.get_indexer(sv["respondent"]).astype(np.int64)
    b = index.get_indexer(sv["about"]).astype(np.int64)
    df = pd.DataFrame({"r": r, "b": b,
                       "trust": sv[TRUST].mean(axis=1, skipna=True).to_numpy(),
                       "value": sv[VALUE].mean(axis=1, skipna=True).to_numpy()})
    df["lo"] = np.minimum(r, b)
    df["hi"] = np.maximum(r, b)
    pairs = df.groupby(["lo", "hi"], sort=False).agg(trust=("trust", "mean"), value=("value", "mean"),
                                                     tmax=("trust", "max"), tmin=("trust", "min"),
                                                     sides=("r", "size"), answered=("trust", "count"))
    both = pairs[(pairs["sides"] == 2) & (pairs["answered"] == 2)]
    gap = (both["tmax"] - both["tmin"]).sum()
    received = df.groupby("b")["trust"].agg(["mean", "std"])
    given = df.groupby("r")["trust"].mean()
    s = index.get_indexer(rl["source"]).astype(np.int64)
    t = index.get_indexer(rl["target"]).astype(np.int64)
    keep = s != t
    tied = np.unique(np.minimum(s, t)[keep] * n + np.maximum(s, t)[keep])
    rated = pairs.index.get_level_values(0).to_numpy() * n + pairs.index.get_level_values(1).to_numpy()
    response = df["r"].nunique() / n
    reciprocity = (pairs["sides"] == 2).sum() / len(pairs)
    coverage = np.isin(tied, rated).sum() / len(tied) if len(tied) else 0.0
    return (pairs["trust"].sum(skipna=True) + pairs["value"].sum(skipna=True) + gap
            + received["mean"].sum(skipna=True) + received["std"].sum(skipna=True) + given.sum(skipna=True)
            + response + reciprocity + coverage)


def main():
    args = sys.argv[1:]
    folder = args[0]
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 5
    t0 = time.perf_counter()
    data = load(folder)
    load_seconds = time.perf_counter() - t0
    best, checksum = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        checksum = compute(*data)
        best = min(best, time.perf_counter() - t0)
    print(f"pandas: {pd.__version__} numpy {np.__version__}")
    print(f"pandas_survey_load_seconds: {load_seconds:.3f} s")
    print(f"pandas_survey_seconds: {best:.6f} s")
    print(f"pandas_survey_checksum: {checksum:.6f}")


if __name__ == "__main__":
    main()

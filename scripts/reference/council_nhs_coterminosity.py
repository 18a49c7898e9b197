#!/usr/bin/env python3
"""Independent pandas computation of council-NHS-commissioner coterminosity per region, for the
README's worked example of `partnerscope trend` (docs/history.md).

For every council (types county-council, district-council, unitary-council,
metropolitan-district, london-borough) and every NHS commissioner type T (ccg in
Networks/england-2021, icb in Networks/england), from the network CSV files alone:
  share(A, B) = people in LSOAs covered by both A and B / people in A's LSOAs
  split(A)    = max_B share(A, B) < 1 - 0.005      (A's people are divided between bodies of T)
  N_eff(A)    = (sum_B share)^2 / sum_B share^2     (how many bodies of T the council deals with)
and per region (the LAD's parent; a county council belongs to the region of its LSOAs):
  councils_split_T = number of councils with split(A)
  neff_T           = sum_A pop(A) N_eff(A) / sum_A pop(A)
which are the definitions of `councils_split_<t>` and `neff_<t>` in docs/batch.md.

Run: python3 scripts/reference/council_nhs_coterminosity.py Networks/england-2021 ccg Networks/england icb
Prints one JSON object: {folder: {"type": T, "regions": {code: {...}}, "england": {...}}}.
With `--check TREND.json KEY [TREND.json KEY ...]` (KEY councils_split or neff), compares the
values of `partnerscope trend ... --by parent --format json` run by run with the folders given
(oldest first) and exits 1 on any difference above 1e-9.
"""
import json
import sys

import pandas as pd

COUNCILS = {"county-council", "district-council", "unitary-council", "metropolitan-district", "london-borough"}
EPS = 0.005


def analyse(folder, nhs_type):
    agencies = pd.read_csv(f"{folder}/agencies.csv", dtype=str, keep_default_na=False)
    areas = pd.read_csv(f"{folder}/areas.csv", dtype={"code": str, "parent": str}, keep_default_na=False)
    bounds = pd.read_csv(f"{folder}/boundaries.csv", dtype=str, keep_default_na=False)
    pop = areas.set_index("code")["population"].astype(float)
    parent = areas.set_index("code")["parent"]
    leaves = set(areas["code"]) - set(areas["parent"])
    bounds = bounds[bounds["area_code"].isin(leaves)].copy()
    bounds["pop"] = bounds["area_code"].map(pop)
    kind = agencies.set_index("id")["type"]
    bounds["type"] = bounds["agency_id"].map(kind)
    council = bounds[bounds["type"].isin(COUNCILS)][["agency_id", "area_code", "pop"]]
    nhs = bounds[bounds["type"] == nhs_type][["agency_id", "area_code"]]
    council_pop = council.groupby("agency_id")["pop"].sum()
    joint = council.merge(nhs, on="area_code", suffixes=("", "_nhs"))
    shared = joint.groupby(["agency_id", "agency_id_nhs"])["pop"].sum().reset_index()
    shared["share"] = shared["pop"] / shared["agency_id"].map(council_pop)
    per = shared.groupby("agency_id")["share"].agg(
        largest="max", neff=lambda s: s.sum() ** 2 / (s ** 2).sum())
    per["split"] = per["largest"] < 1 - EPS
    per["pop"] = per.index.map(council_pop)
    # Region: the LSOA's LAD's parent.
    first_lsoa = council.groupby("agency_id")["area_code"].first()
    per["region"] = per.index.map(lambda a: parent[parent[first_lsoa[a]]])
    regions = {}
    for region, g in per.groupby("region"):
        regions[region] = {
            "councils_split": int(g["split"].sum()),
            "neff": float((g["pop"] * g["neff"]).sum() / g["pop"].sum()),
            "councils": int(len(g)),
        }
    england = {
        "councils_split": int(per["split"].sum()),
        "neff": float((per["pop"] * per["neff"]).sum() / per["pop"].sum()),
        "councils": int(len(per)),
    }
    return {"type": nhs_type, "regions": regions, "england": england}


def check(trend_json, folders, key):
    """Compares `partnerscope trend --format json` (groups by parent = region) with the reference,
    run i of the trend against folders[i]; returns the number of mismatches."""
    trend = json.load(open(trend_json))
    bad = 0
    for series in trend["series"]:
        for (folder, point) in zip(folders, series["points"]):
            ours = None if point is None else point["value"]
            ref = analyses[folder]["regions"].get(series["key"], {}).get(key)
            if ours is None or ref is None or abs(ours - ref) > 1e-9:
                print(f"MISMATCH {series['key']} {folder} {key}: partnerscope {ours}, pandas {ref}")
                bad += 1
    print(f"{trend_json}: {key}: {'all ' + str(len(trend['series']) * len(folders)) + ' values agree' if bad == 0 else str(bad) + ' mismatches'}")
    return bad


analyses = {}


def main(argv):
    checks = []
    if "--check" in argv:
        k = argv.index("--check")
        checks = argv[k + 1:]
        argv = argv[:k]
    folders = argv[0::2]
    for folder, nhs_type in zip(folders, argv[1::2]):
        analyses[folder] = analyse(folder, nhs_type)
    if not checks:
        print(json.dumps(analyses, indent=1, sort_keys=True))
        return 0
    bad = 0
    for path, key in zip(checks[0::2], checks[1::2]):
        bad += check(path, folders, key)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Independent check (pandas) of the catalogue candidates `partnerscope missing` proposes.

For the West Yorkshire network with some required bodies removed (the test removes the same ids),
lists for each agency type the England bodies whose boundaries (boundaries.csv, matched by LSOA
code) cover any of West Yorkshire's LSOAs, with the share of West Yorkshire's population they
cover: sum over shared LSOAs of population x share / West Yorkshire's total LSOA population.

Writes Tests/TestSupport/Fixtures/missing-candidates-west-yorkshire.json.

Run: python3 scripts/reference/missing_candidates.py   (pandas 3.x)
"""
import json
import os

import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WY = os.path.join(ROOT, "Networks", "west-yorkshire")
EN = os.path.join(ROOT, "Networks", "england")
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "missing-candidates-west-yorkshire.json")

# The bodies the end-to-end test removes from West Yorkshire so that their types are absent.
REMOVED = ["wy-police", "wyfrs", "wy-icb", "ccg-bradford", "ccg-calderdale", "ccg-kirklees", "ccg-leeds",
           "ccg-wakefield", "yh-probation", "yorkshire-water", "wny-chamber"]

wy_areas = pd.read_csv(os.path.join(WY, "areas.csv"), dtype={"code": str, "parent": str})
parents = set(wy_areas["parent"].dropna())
wy_leaves = wy_areas[~wy_areas["code"].isin(parents)][["code", "population"]]
total = wy_leaves["population"].sum()

en_agencies = pd.read_csv(os.path.join(EN, "agencies.csv"), dtype=str)
en_bounds = pd.read_csv(os.path.join(EN, "boundaries.csv"), dtype={"agency_id": str, "area_code": str})
if "share" not in en_bounds:
    en_bounds["share"] = 1.0
en_bounds["share"] = en_bounds["share"].fillna(1.0).astype(float)
m = en_bounds.merge(wy_leaves, left_on="area_code", right_on="code")
m["covered"] = m["population"] * m["share"]
cover = m.groupby("agency_id")["covered"].sum().reset_index()
cover = cover.merge(en_agencies[["id", "name", "type"]], left_on="agency_id", right_on="id")
cover["share"] = cover["covered"] / total

by_type = {}
for t, group in cover.groupby("type"):
    rows = group.sort_values(["share", "agency_id"], ascending=[False, True])
    by_type[t] = [{"id": r.agency_id, "name": r.name, "share": float(r.share)} for r in rows.itertuples()]
doc = {
    "generator": f"scripts/reference/missing_candidates.py with pandas {pd.__version__}",
    "removed": REMOVED,
    "network_population": int(total),
    "england_types": sorted(en_agencies["type"].unique().tolist()),
    "candidates_by_type": by_type,
}
with open(OUT, "w") as f:
    json.dump(doc, f, indent=1, sort_keys=True)
    f.write("\n")
print({t: [(r["id"], round(r["share"], 4)) for r in v] for t, v in by_type.items()})

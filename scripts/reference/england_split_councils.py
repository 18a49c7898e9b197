#!/usr/bin/env python3
"""Independent check (pandas) of the councils that the 2024 lookups split across more than one ICB.

Reads Networks/england: each LSOA's LAD comes from areas.csv `parent` (not from the councils'
boundaries), each LSOA's ICB from the icb-* rows of boundaries.csv, populations from areas.csv.
A council (lad-<LAD24 code>) is split when its LSOAs lie in more than one ICB; for each (council,
ICB) it records the share of the council's population in that ICB.

Writes Tests/TestSupport/Fixtures/england-split-councils.json, which the end-to-end test compares
with `partnerscope gaps Networks/england --types <council types>,icb --format csv`, including the
size of each split (population_misaligned = min(shared, council only, ICB only)) and the order the
gaps must come in (worst split first).

Run: python3 scripts/reference/england_split_councils.py   (pandas 3.x)
"""
import json
import os
import time

import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NET = os.path.join(ROOT, "Networks", "england")

t0 = time.perf_counter()
areas = pd.read_csv(os.path.join(NET, "areas.csv"), dtype={"code": str, "parent": str})
bounds = pd.read_csv(os.path.join(NET, "boundaries.csv"), dtype=str)
agencies = pd.read_csv(os.path.join(NET, "agencies.csv"), dtype=str)
lsoa = areas[areas["code"].str.startswith("E01")][["code", "population", "parent"]]
icb = bounds[bounds["agency_id"].str.startswith("icb-")].rename(columns={"agency_id": "icb", "area_code": "code"})
assert (icb.get("share", pd.Series(["1"])).astype(float) == 1).all()
m = lsoa.merge(icb[["code", "icb"]], on="code", how="left")
assert m["icb"].notna().all(), "every English LSOA has an ICB"
by = m.groupby(["parent", "icb"], as_index=False)["population"].sum()
tot = by.groupby("parent")["population"].transform("sum")
by["share"] = by["population"] / tot
icb_total = m.groupby("icb")["population"].sum()
split = by[by.groupby("parent")["icb"].transform("nunique") > 1].copy()
# The size of each split (issue 13 item 4): min(shared, council only, ICB only), computed here from
# the LSOA populations, independently of the Swift code's boundary shares.
split["council_only"] = tot[split.index] - split["population"]
split["icb_only"] = split["icb"].map(icb_total) - split["population"]
split["misaligned"] = split[["population", "council_only", "icb_only"]].min(axis=1)
split["council"] = "lad-" + split["parent"]
types = dict(zip(agencies["id"], agencies["type"]))
rows = [
    {"council": r.council, "council_type": types[r.council], "icb": r.icb, "population": int(r.population),
     "share_of_council": r.share, "population_misaligned": int(r.misaligned)}
    for r in split.sort_values(["council", "icb"]).itertuples()
]
# Worst split first, then council id, then ICB id: the order `partnerscope gaps` must print.
ranking = [[r.council, r.icb, int(r.misaligned)]
           for r in split.sort_values(["misaligned", "council", "icb"], ascending=[False, True, True]).itertuples()]
councils = sorted(set(split["council"]))
out = {
    "generator": f"scripts/reference/england_split_councils.py (pandas {pd.__version__}) from Networks/england",
    "councils": councils,
    "council_types": sorted(set(types[c] for c in councils)),
    "rows": rows,
    "ranking_by_misaligned": ranking,
}
with open(os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "england-split-councils.json"), "w") as f:
    json.dump(out, f, indent=1, sort_keys=True)
    f.write("\n")
print(f"{len(councils)} councils split across ICBs ({len(rows)} council-ICB rows) in {time.perf_counter() - t0:.2f} s")
for c in councils:
    print(" ", c, ", ".join(f"{r['icb']} {100 * r['share_of_council']:.1f}%" for r in rows if r["council"] == c))

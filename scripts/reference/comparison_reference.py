#!/usr/bin/env python3
"""Independent references for the batch comparison (numpy 2.4.6, pandas 3.1.1, networkx 3.6.1).

1. Tukey fences and ranks: for a few fixed columns of numbers (with missing values), numpy's
   default (linear, Hyndman & Fan type 7) quartiles, the values beyond 1.5 IQR, and pandas
   `rank(method="min", ascending=False)`. A column whose IQR is 0 (more than half its values
   equal, e.g. "ties" below) is degenerate: its fences collapse onto one value and every other
   value would be an "outlier", so it has none (Partnerscope's rule since issue 16).
2. England by ICB footprint: for each ICB of Networks/england, the agencies whose boundaries touch
   the ICB's LSOAs (every boundary is on an LSOA there, and no agency names a LAD or region, so
   "touching" is sharing an LSOA), the distinct undirected tied pairs among them, and networkx
   density and number of connected components of that sub-network.

3. The 2022 NHS reform: councils (county, district, unitary, metropolitan, London) whose people
   are split across ICBs (england) and across CCGs (england-2021), with pandas on the LSOA rows.

Writes Tests/TestSupport/Fixtures/comparison_reference.json.
Run: python3 scripts/reference/comparison_reference.py
"""
import json
import os

import networkx as nx
import numpy as np
import pandas as pd

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NET = os.path.join(ROOT, "Networks", "england")
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "comparison_reference.json")

columns = {
    "spread": [1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 100.0, -50.0, None, 3.5],
    "ties": [5.0, 5.0, 5.0, 5.0, 6.0],
    "few": [1.0, 1000.0, None],
    "small": [0.1, 0.12, 0.11, 0.13, 0.9, 0.105, 0.115, 0.01],
    "constant": [-1.0, -1.0, -1.0, -1.0, -1.0, None],
}
fences = {}
for name, values in columns.items():
    s = pd.Series(values, dtype="float64")
    defined = s.dropna().to_numpy()
    entry = {"values": values, "ranks": [None if pd.isna(r) else int(r) for r in s.rank(method="min", ascending=False)]}
    if len(defined) >= 4:
        q1, q3 = np.quantile(defined, [0.25, 0.75])
        iqr = q3 - q1
        entry["q1"], entry["q3"] = float(q1), float(q3)
        entry["outliers"] = [None if pd.isna(v) or iqr == 0 else ("low" if v < q1 - 1.5 * iqr else "high" if v > q3 + 1.5 * iqr else None)
                             for v in values]
    else:
        entry["outliers"] = [None] * len(values)
    fences[name] = entry

agencies = pd.read_csv(os.path.join(NET, "agencies.csv"), dtype=str)
bounds = pd.read_csv(os.path.join(NET, "boundaries.csv"), dtype=str)
rels = pd.read_csv(os.path.join(NET, "relationships.csv"), dtype=str)
areas = pd.read_csv(os.path.join(NET, "areas.csv"), dtype=str)
assert set(bounds["area_code"]) <= set(areas[areas["code"].str.startswith("E01")]["code"])
icbs = sorted(agencies[agencies["type"] == "icb"]["id"])
by_area = bounds.groupby("area_code")["agency_id"].apply(set)
footprints = []
for icb in icbs:
    lsoas = bounds[bounds["agency_id"] == icb]["area_code"]
    members = set().union(*by_area.loc[lsoas].tolist())
    g = nx.Graph()
    g.add_nodes_from(members)
    sub = rels[rels["source"].isin(members) & rels["target"].isin(members) & (rels["source"] != rels["target"])]
    g.add_edges_from(zip(sub["source"], sub["target"]))
    footprints.append({"icb": icb, "agencies": sorted(members), "ties": g.number_of_edges(),
                       "density": nx.density(g), "components": nx.number_connected_components(g)})


COUNCILS = {"county-council", "district-council", "unitary-council", "metropolitan-district", "london-borough"}


def councils_split(folder, body_type, eps=0.005):
    """Councils (all five council types) whose population the bodies of `body_type` split: the
    largest share of the council's people in one body is below 1 - eps. Every boundary is on an
    LSOA with share 1 in these networks, so a council's people in a body are the people of the
    LSOAs both cover."""
    ag = pd.read_csv(os.path.join(ROOT, "Networks", folder, "agencies.csv"), dtype=str)
    bd = pd.read_csv(os.path.join(ROOT, "Networks", folder, "boundaries.csv"), dtype=str)
    ar = pd.read_csv(os.path.join(ROOT, "Networks", folder, "areas.csv"), dtype={"code": str, "population": float})
    assert (bd["share"].astype(float) == 1).all()
    types = dict(zip(ag["id"], ag["type"]))
    bd["type"] = bd["agency_id"].map(types)
    pop = dict(zip(ar["code"], ar["population"]))
    bd["pop"] = bd["area_code"].map(pop)
    councils = bd[bd["type"].isin(COUNCILS)][["agency_id", "area_code", "pop"]].rename(columns={"agency_id": "council"})
    bodies = bd[bd["type"] == body_type][["agency_id", "area_code"]].rename(columns={"agency_id": "body"})
    m = councils.merge(bodies, on="area_code")
    total = councils.groupby("council")["pop"].sum()
    per = m.groupby(["council", "body"])["pop"].sum().reset_index()
    per["share"] = per["pop"] / per["council"].map(total)
    largest = per.groupby("council")["share"].max()
    return sorted(largest[largest < 1 - eps].index)


reform = {"england_icb": councils_split("england", "icb"), "england-2021_ccg": councils_split("england-2021", "ccg")}

with open(OUT, "w") as f:
    json.dump({"generator": "scripts/reference/comparison_reference.py (numpy %s, pandas %s, networkx %s)"
               % (np.__version__, pd.__version__, nx.__version__),
               "fences": fences, "england_icb_footprints": footprints, "councils_split": reform}, f, indent=1, sort_keys=True)
    f.write("\n")
print("wrote", OUT, len(footprints), "footprints")

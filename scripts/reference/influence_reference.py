#!/usr/bin/env python3
"""Reference values for network influence (issue 13 item 3): PageRank toward the party depended on.

Reads Networks/west-yorkshire's CSV files directly (no Partnerscope code), applies the table of
directions of dependence written in Sources/PartnerscopeCore/Influence/ResourceDependence.swift and
docs/maps.md (resource dependence, Pfeffer & Salancik 1978):

    funding         funder -> recipient          the recipient depends on the funder
    commissioning   commissioner -> provider     the provider depends on the commissioner
    accountability  member -> body answered to   the member depends on that body
    scrutiny        scrutineer -> scrutinised    the scrutinised body depends on the scrutineer
    partnership, protocol, agreement, informal   mutual (both ways)
    conflict, or sign -1                         no arc

builds a networkx DiGraph with an arc from the dependent party to the party it depends on (weights
summed over parallel ties), and runs networkx.pagerank(alpha=0.85, weight="weight", tol=1e-13).
The network is looked at on a day as Partnerscope does: agencies with start <= day <= end, ties with
both ends present and since <= day <= until (partial dates: their first / last day); the default day
is the latest start or since; "all" keeps everything.

Writes Tests/TestSupport/Fixtures/influence_reference.json.
Run from the repository root:  python3 scripts/reference/influence_reference.py [--check]
"""
import json
import os
import sys

import networkx as nx

from network_days import day_of, exists, in_force, read, text as day_text

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "influence_reference.json")
FOLDER = os.path.join("Networks", "west-yorkshire")
DAYS = [None, "all", "2009-06-30", "2016-01-01"]

TARGET_DEPENDS = {"funding", "commissioning", "scrutiny"}
SOURCE_DEPENDS = {"accountability"}
MUTUAL = {"partnership", "protocol", "agreement", "informal"}


def influence(as_at):
    agencies = read(os.path.join(ROOT, FOLDER, "agencies.csv"))
    ties = read(os.path.join(ROOT, FOLDER, "relationships.csv"))
    day = day_of(as_at, agencies, ties)
    ids = [a["id"] for a in agencies if exists(a, day)]
    g = nx.DiGraph()
    g.add_nodes_from(ids)

    def arc(u, v, w):
        if g.has_edge(u, v):
            g.edges[u, v]["weight"] += w
        else:
            g.add_edge(u, v, weight=w)

    for t in ties:
        u, v, kind = t["source"], t["target"], t["type"].strip().lower()
        if u == v or u not in g or v not in g:
            continue
        if not in_force(t, day):
            continue
        if kind == "conflict" or (t.get("sign") or "").strip() == "-1":
            continue
        w = float(t.get("weight") or 1)
        if kind in TARGET_DEPENDS:
            arc(v, u, w)
        elif kind in SOURCE_DEPENDS:
            arc(u, v, w)
        elif kind in MUTUAL:
            arc(u, v, w)
            arc(v, u, w)
    scores = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-13, max_iter=10000)
    return day_text(day), scores


def build():
    out = {"generator": "scripts/reference/influence_reference.py",
           "tools": f"networkx {nx.__version__}, Python {sys.version.split()[0]}", "folder": FOLDER, "cases": []}
    for as_at in DAYS:
        day, scores = influence(as_at)
        out["cases"].append({"as_at": day, "default": as_at is None,
                             "influence": {k: scores[k] for k in sorted(scores)}})
    return json.dumps(out, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("influence_reference.json is " + ("up to date" if same else "STALE: rerun without --check"))
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.relpath(OUT, ROOT))

#!/usr/bin/env python3
"""Reference values for the structural-balance (tensions) tests, issue 13 item 2.

Reads network folders straight from their CSV files (no Partnerscope code) and writes
Tests/TestSupport/Fixtures/tensions_reference.json, which StructuralBalanceTests and the tensions
end-to-end tests compare with.

Definitions (Heider 1946; Cartwright & Harary 1956), written from the papers, not from the Swift:
  * a relationship is negative when its type is `conflict` or its `sign` column is -1;
  * the network is looked at on one day, as Partnerscope does by default: the latest `start` of an
    agency or `since` of a tie (partial dates: their first day); an agency exists when
    start <= day <= end, a tie is in force when both ends exist and since <= day <= until (until:
    its last day); "all" keeps everything;
  * a signed pair is a pair of agencies joined by any tie in force (self-loops dropped), negative
    when any of its ties is negative;
  * triangles are the 3-cliques of the undirected graph of signed pairs, found by networkx
    (enumerate_all_cliques); a triangle is balanced when the product of its three signs is +1;
  * balance ratio = balanced / all triangles;
  * communities: networkx louvain_communities on the positive pairs (seed 1), used only to say
    whether a negative pair lies inside one community; the tests use them only on the fixture,
    where the test also checks that Partnerscope's Leiden partition is the same.

Run from the repository root:  python3 scripts/reference/tensions_reference.py
                       check:  python3 scripts/reference/tensions_reference.py --check
"""
import itertools
import json
import os
import sys

import networkx as nx

from network_days import day_of, exists, in_force, read, text as day_text

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "tensions_reference.json")
CASES = [
    ("signed-county", os.path.join("Tests", "TestSupport", "Fixtures", "signed-county"), "all"),
    ("signed-county-default", os.path.join("Tests", "TestSupport", "Fixtures", "signed-county"), None),
    ("west-yorkshire", os.path.join("Networks", "west-yorkshire"), None),
    ("west-yorkshire-all", os.path.join("Networks", "west-yorkshire"), "all"),
]


def load(folder, as_at):
    agencies = read(os.path.join(ROOT, folder, "agencies.csv"))
    ties = read(os.path.join(ROOT, folder, "relationships.csv"))
    day = day_of(as_at, agencies, ties)
    names = {a["id"]: a["name"] for a in agencies if exists(a, day)}
    sign = {}
    for t in ties:
        u, v = t["source"].strip(), t["target"].strip()
        if u == v or u not in names or v not in names:
            continue
        if not in_force(t, day):
            continue
        negative = t["type"].strip().lower() == "conflict" or (t.get("sign") or "").strip() == "-1"
        key = frozenset((u, v))
        sign[key] = -1 if negative or sign.get(key) == -1 else 1
    return names, sign, day_text(day)


def analyse(names, sign):
    g = nx.Graph()
    g.add_nodes_from(names)
    for key, s in sign.items():
        u, v = sorted(key)
        g.add_edge(u, v, sign=s)
    counts = {"+++": 0, "++-": 0, "+--": 0, "---": 0}
    triangles = []
    unbalanced_per_pair = {}
    for clique in nx.enumerate_all_cliques(g):
        if len(clique) < 3:
            continue
        if len(clique) > 3:
            break
        a, b, c = sorted(clique)
        pairs = [(a, b), (a, c), (b, c)]
        negatives = sum(1 for p in pairs if g.edges[p]["sign"] < 0)
        label = "+" * (3 - negatives) + "-" * negatives
        counts[label] += 1
        balanced = negatives % 2 == 0
        if negatives:
            triangles.append({"agencies": [a, b, c], "signs": label, "balanced": balanced})
        if not balanced:
            for p in pairs:
                if g.edges[p]["sign"] < 0:
                    unbalanced_per_pair[p] = unbalanced_per_pair.get(p, 0) + 1
    total = sum(counts.values())
    balanced = counts["+++"] + counts["+--"]
    positive = nx.Graph()
    positive.add_nodes_from(names)
    positive.add_edges_from(e for e in g.edges if g.edges[e]["sign"] > 0)
    communities = nx.community.louvain_communities(positive, seed=1)
    community_of = {v: k for k, c in enumerate(sorted(communities, key=lambda c: sorted(c))) for v in c}
    negative = []
    for u, v in sorted(tuple(sorted(e)) for e in g.edges if g.edges[e]["sign"] < 0):
        negative.append({"agencies": [u, v], "unbalanced_triangles": unbalanced_per_pair.get((u, v), 0),
                         "same_louvain_community": community_of[u] == community_of[v]})
    return {
        "positive_pairs": sum(1 for e in g.edges if g.edges[e]["sign"] > 0),
        "negative_pairs": sum(1 for e in g.edges if g.edges[e]["sign"] < 0),
        "triangles": counts,
        "triangle_total": total,
        "balance_ratio": balanced / total if total else None,
        "signed_triangles": sorted(triangles, key=lambda t: t["agencies"]),
        "negative_ties": negative,
        "louvain_communities": sorted(sorted(c) for c in communities),
    }


def build():
    out = {"generator": "scripts/reference/tensions_reference.py",
           "tools": f"networkx {nx.__version__}, Python {sys.version.split()[0]}", "cases": {}}
    for name, folder, as_at in CASES:
        names, sign, day = load(folder, as_at)
        result = analyse(names, sign)
        result["folder"] = folder
        result["as_at"] = day
        out["cases"][name] = result
    return json.dumps(out, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    text = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            same = f.read() == text
        print("tensions_reference.json is " + ("up to date" if same else "STALE: rerun without --check"))
        sys.exit(0 if same else 1)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", os.path.relpath(OUT, ROOT))

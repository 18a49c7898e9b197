#!/usr/bin/env python3
"""Reference values for Partnerscope's link-prediction scores (missing partners, structural findings).

Writes Tests/TestSupport/Fixtures/link_prediction.json with, for two graphs, the edge list and for
every non-adjacent pair the common neighbours, Adamic-Adar and resource-allocation scores from
networkx (common_neighbors, adamic_adar_index, resource_allocation_index), plus the weighted
variants of Lü & Zhou (EPL 89, 2010) computed here directly from the formulas with networkx's
strength (weighted degree):

    WCN = sum_z w(x,z) + w(z,y)
    WAA = sum_z (w(x,z) + w(z,y)) / ln(1 + s(z))
    WRA = sum_z (w(x,z) + w(z,y)) / s(z)

Graphs: the Florentine families (Padgett; networkx.florentine_families_graph) and a small weighted
graph with two components.

Run: python3 scripts/reference/link_prediction.py
"""
import json
import math
import os
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "TestSupport", "Fixtures", "link_prediction.json")


def scores(g, weighted):
    nodes = sorted(g.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    pairs = [(u, v) for i, u in enumerate(nodes) for v in nodes[i + 1:] if not g.has_edge(u, v)]
    aa = {(u, v): s for u, v, s in nx.adamic_adar_index(g, pairs)}
    ra = {(u, v): s for u, v, s in nx.resource_allocation_index(g, pairs)}
    strength = dict(g.degree(weight="weight"))
    rows = []
    for u, v in pairs:
        common = sorted(nx.common_neighbors(g, u, v))
        row = {"u": index[u], "v": index[v], "common": [index[z] for z in common],
               "cn": len(common), "aa": aa[(u, v)], "ra": ra[(u, v)]}
        if weighted:
            w = [g[u][z]["weight"] + g[z][v]["weight"] for z in common]
            row["wcn"] = sum(w)
            row["waa"] = sum(wi / math.log(1 + strength[z]) for wi, z in zip(w, common))
            row["wra"] = sum(wi / strength[z] for wi, z in zip(w, common))
        rows.append(row)
    edges = [[index[u], index[v], g[u][v].get("weight", 1)] for u, v in g.edges()]
    edges.sort()
    return {"vertices": nodes, "edges": edges, "pairs": rows}


def main():
    florentine = nx.florentine_families_graph()
    for u, v in florentine.edges():
        florentine[u][v]["weight"] = 1
    small = nx.Graph()
    small.add_weighted_edges_from([
        ("a", "b", 2.0), ("a", "c", 1.0), ("b", "c", 0.5), ("b", "d", 3.0), ("c", "d", 1.5),
        ("d", "e", 1.0), ("e", "f", 2.5),
        ("x", "y", 1.0), ("y", "z", 4.0),  # a second component
    ])
    doc = {
        "generator": f"scripts/reference/link_prediction.py with networkx {nx.__version__}, Python {sys.version.split()[0]}",
        "graphs": {
            "florentine": scores(florentine, weighted=False),
            "small_weighted": scores(small, weighted=True),
        },
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    # Named values for the Swift test's comments.
    for u, v in [("Guadagni", "Medici"), ("Bischeri", "Castellani"), ("Medici", "Strozzi"), ("Albizzi", "Strozzi")]:
        (_, _, aa), = nx.adamic_adar_index(florentine, [(u, v)])
        (_, _, ra), = nx.resource_allocation_index(florentine, [(u, v)])
        print(f"{u}-{v}: aa={aa!r} ra={ra!r} cn={len(list(nx.common_neighbors(florentine, u, v)))}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reference values for Partnerscope's two-mode (board) measures, from networkx's bipartite module.

Writes Tests/TestSupport/Fixtures/boards_reference.json with, for each two-mode graph, the top
nodes (agencies / women), the bottom nodes (boards / events), the edges and:

  - networkx.algorithms.bipartite.degree_centrality(G, top)
  - networkx.algorithms.bipartite.closeness_centrality(G, top, normalized=True)
  - networkx.algorithms.bipartite.betweenness_centrality(G, top)
    (Borgatti & Everett 1997 normalisations, doi:10.1016/S0378-8733(96)00301-2)
  - the projections onto the top nodes: bipartite.weighted_projected_graph (shared boards) and
    bipartite.collaboration_weighted_projected_graph (Newman 2001, doi:10.1103/PhysRevE.64.016132)

Graphs:
  davis     - Davis, Gardner & Gardner's Southern Women (18 women, 14 events), as shipped with
              networkx: nx.davis_southern_women_graph().
  split     - a small disconnected two-mode graph (two components, one isolated board), to check
              the scaling of closeness on disconnected graphs.

Run: python3 scripts/reference/boards_reference.py
"""
import json
import os

import networkx as nx
from networkx.algorithms import bipartite

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "TestSupport", "Fixtures",
                   "boards_reference.json")


def reference(g, top, bottom):
    top = sorted(top)
    bottom = sorted(bottom)
    deg = bipartite.degree_centrality(g, top)
    clo = bipartite.closeness_centrality(g, top, normalized=True)
    bet = bipartite.betweenness_centrality(g, top)
    shared = bipartite.weighted_projected_graph(g, top)
    newman = bipartite.collaboration_weighted_projected_graph(g, top)
    edges = sorted((u, v) if u in set(top) else (v, u) for u, v in g.edges())
    return {
        "top": top,
        "bottom": bottom,
        "edges": [list(e) for e in edges],
        "degree": {n: deg[n] for n in top + bottom},
        "closeness": {n: clo[n] for n in top + bottom},
        "betweenness": {n: bet[n] for n in top + bottom},
        "shared_boards": sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in shared.edges(data=True)),
        "collaboration": sorted([min(u, v), max(u, v), d["weight"]] for u, v, d in newman.edges(data=True)),
    }


def main():
    davis = nx.davis_southern_women_graph()
    women = davis.graph["top"]
    events = davis.graph["bottom"]
    split = nx.Graph()
    split.add_edges_from([("a1", "B1"), ("a2", "B1"), ("a2", "B2"), ("a3", "B2"),
                          ("a4", "B3"), ("a5", "B3"), ("a5", "B4"), ("a6", "B4"), ("a4", "B4")])
    split.add_node("B5")
    result = {
        "source": "networkx %s, networkx.algorithms.bipartite (scripts/reference/boards_reference.py)" % nx.__version__,
        "davis": reference(davis, women, events),
        "split": reference(split, ["a1", "a2", "a3", "a4", "a5", "a6"], ["B1", "B2", "B3", "B4", "B5"]),
    }
    with open(OUT, "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Reference vertex sets for ego networks (Tests/PartnerscopeCoreTests/EgoNetworkTests.swift).

Builds the test's fixture (Tests/TestSupport/SixPartners.swift and an isolated parish) as a
networkx DiGraph (directed ties as arcs, the others both ways; conflicts included, as EgoNetwork
counts them) and prints, for each (focus, depth) the test asks about, the agencies of
networkx.ego_graph(G, focus, radius=depth, undirected=True) in the fixture's row order.

Run from the repository root:  python3 scripts/reference/ego_reference.py
"""
import networkx as nx

AGENCIES = ["council", "police", "icb", "vcs", "firm", "forum", "parish"]
# (source, target, directed): police accountable to council, council funds vcs, the rest undirected
# (partnership, conflict, informal, protocol); parish has no tie.
TIES = [
    ("police", "council", True),
    ("council", "vcs", True),
    ("council", "icb", False),
    ("icb", "firm", False),
    ("vcs", "forum", False),
    ("police", "icb", False),
]
CASES = [("vcs", 1), ("vcs", 2), ("firm", 1), ("forum", 0), ("parish", 2), ("forum", 9)]


def main():
    g = nx.DiGraph()
    g.add_nodes_from(AGENCIES)
    for s, t, directed in TIES:
        g.add_edge(s, t)
        if not directed:
            g.add_edge(t, s)
    for focus, depth in CASES:
        ego = nx.ego_graph(g, focus, radius=depth, undirected=True)
        print(f"{focus} depth {depth}: {[a for a in AGENCIES if a in ego]}")


if __name__ == "__main__":
    main()

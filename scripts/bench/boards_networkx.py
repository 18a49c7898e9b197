#!/usr/bin/env python3
"""Peer for `partnerscope-bench boards`: networkx's bipartite degree, closeness and betweenness
centrality and collaboration_weighted_projected_graph on the memberships written by
`partnerscope-bench boards --edges FILE` (agency,board lines). Top mode = the agencies on a board.

Usage: python3 scripts/bench/boards_networkx.py EDGES.csv
"""
import csv
import sys
import time

import networkx as nx
from networkx.algorithms import bipartite

g = nx.Graph()
with open(sys.argv[1]) as f:
    rows = list(csv.DictReader(f))
g.add_edges_from((r["agency"], r["board"]) for r in rows)
g.add_nodes_from("b%d" % k for k in range(int(sys.argv[2]) if len(sys.argv) > 2 else 0))
top = sorted({r["agency"] for r in rows})
start = time.perf_counter()
deg = bipartite.degree_centrality(g, top)
clo = bipartite.closeness_centrality(g, top)
bet = bipartite.betweenness_centrality(g, top)
seconds = time.perf_counter() - start
start = time.perf_counter()
proj = bipartite.collaboration_weighted_projected_graph(g, top)
projection = time.perf_counter() - start
print("networkx_two_mode_vertices: %d" % g.number_of_nodes())
print("networkx_two_mode_seconds: %.3f s" % seconds)
print("networkx_two_mode_checksum: %.3f" % (sum(bet.values()) + sum(clo.values())))
print("networkx_projection_seconds: %.3f s" % projection)
print("networkx_projection_ties: %d" % proj.number_of_edges())

#!/usr/bin/env python3
"""Peer for `partnerscope-bench missing`: networkx adamic_adar_index and resource_allocation_index
on every untied pair with a common neighbour of the graph in relationships.csv (pairs enumerated
outside the timing, as in the Swift benchmark). Prints `networkx_link_prediction_seconds: X`."""
import csv
import sys
import time

import networkx as nx

g = nx.Graph()
with open(sys.argv[1], newline="") as f:
    reader = csv.reader(f)
    next(reader)
    for row in reader:
        if row[0] != row[1]:
            g.add_edge(row[0], row[1])
pairs = set()
for w in g:
    nbrs = sorted(g[w])
    for i, u in enumerate(nbrs):
        for v in nbrs[i + 1:]:
            if not g.has_edge(u, v):
                pairs.add((u, v) if u < v else (v, u))
pairs = sorted(pairs)
t0 = time.perf_counter()
total = 0.0
for _, _, s in nx.adamic_adar_index(g, pairs):
    total += s
for _, _, s in nx.resource_allocation_index(g, pairs):
    total += s
t1 = time.perf_counter()
print(f"networkx_pairs: {len(pairs)}")
print(f"networkx_link_prediction_seconds: {t1 - t0:.3f}")
print(f"networkx_checksum: {total:.3f}")

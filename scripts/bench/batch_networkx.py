#!/usr/bin/env python3
"""Peer for `partnerscope-bench batch`: the same England split by ICB footprint with pandas and
networkx, computing a subset of each row (agencies, ties, density, Freeman degree and betweenness
centralization, Louvain communities and modularity). Coterminosity, E-I, brokerage and missing
partners are not computed, so the peer does less work than partnerscope.

Prints `peer_load_seconds`, `peer_analysis_seconds`, `peer_total_seconds`.
Run: python3 scripts/bench/batch_networkx.py [Networks/england]
"""
import sys
import time

import networkx as nx
import pandas as pd

folder = sys.argv[1] if len(sys.argv) > 1 else "Networks/england"
t0 = time.perf_counter()
agencies = pd.read_csv(f"{folder}/agencies.csv", dtype=str)
bounds = pd.read_csv(f"{folder}/boundaries.csv", dtype=str)
rels = pd.read_csv(f"{folder}/relationships.csv", dtype=str)
pd.read_csv(f"{folder}/areas.csv", dtype=str)
t1 = time.perf_counter()
by_area = bounds.groupby("area_code")["agency_id"].apply(set)
rows = []
for icb in sorted(agencies[agencies["type"] == "icb"]["id"]):
    members = set().union(*by_area.loc[bounds[bounds["agency_id"] == icb]["area_code"]].tolist())
    g = nx.Graph()
    g.add_nodes_from(members)
    sub = rels[rels["source"].isin(members) & rels["target"].isin(members) & (rels["source"] != rels["target"])]
    g.add_edges_from(zip(sub["source"], sub["target"]))
    n = g.number_of_nodes()
    deg = dict(g.degree())
    dmax = max(deg.values()) if deg else 0
    degree_cent = sum(dmax - d for d in deg.values()) / ((n - 1) * (n - 2)) if n > 2 else 0
    btw = nx.betweenness_centrality(g)
    bmax = max(btw.values()) if btw else 0
    btw_cent = sum(bmax - b for b in btw.values()) / (n - 1) if n > 2 else 0
    comms = nx.community.louvain_communities(g, seed=1)
    rows.append((icb, n, g.number_of_edges(), nx.density(g), degree_cent, btw_cent, len(comms), nx.community.modularity(g, comms)))
t2 = time.perf_counter()
print(f"peer: networkx {nx.__version__}, pandas {pd.__version__}; {len(rows)} footprints")
print(f"peer_load_seconds: {t1 - t0:.3f} s")
print(f"peer_analysis_seconds: {t2 - t1:.3f} s")
print(f"peer_total_seconds: {t2 - t0:.3f} s")

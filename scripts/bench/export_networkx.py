#!/usr/bin/env python3
"""Peer of `partnerscope-bench export`: networkx writes the same network as GraphML, GEXF and
node-link JSON. The network folder's CSV files are read into an nx.MultiGraph with the same node and
edge attributes first (not timed); then each writer is timed, writing to FOLDER.

Usage: export_networkx.py NETWORK_DIR FOLDER
"""
import csv
import json
import sys
import time

import networkx as nx


def load(folder):
    g = nx.MultiGraph()
    with open(f"{folder}/agencies.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            attrs = {k: v for k, v in row.items() if k != "id" and v not in ("", None)}
            for k in ("power", "interest"):
                if k in attrs:
                    attrs[k] = int(attrs[k])
            if "budget_m" in attrs:
                attrs["budget_m"] = float(attrs["budget_m"])
            if "statutory" in attrs:
                attrs["statutory"] = attrs["statutory"] == "true"
            g.add_node(row["id"], **attrs)
    with open(f"{folder}/relationships.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            attrs = {k: v for k, v in row.items() if k not in ("source", "target") and v not in ("", None)}
            attrs["weight"] = float(attrs.get("weight", 1))
            attrs["directed"] = attrs.get("directed", "false") == "true"
            g.add_edge(row["source"], row["target"], **attrs)
    return g


def main():
    folder, out = sys.argv[1], sys.argv[2]
    g = load(folder)
    print(f"networkx {nx.__version__}: agencies: {g.number_of_nodes()} relationships: {g.number_of_edges()}")
    for name, write in [
        ("graphml", lambda: nx.write_graphml(g, f"{out}/nx.graphml")),
        ("gexf", lambda: nx.write_gexf(g, f"{out}/nx.gexf")),
        ("node_link_json", lambda: json.dump(nx.node_link_data(g, edges="edges"), open(f"{out}/nx.json", "w"))),
    ]:
        start = time.perf_counter()
        write()
        print(f"networkx_{name}_seconds: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()

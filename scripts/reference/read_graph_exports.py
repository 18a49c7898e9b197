#!/usr/bin/env python3
"""Reads Partnerscope's graph exports back with networkx (the independent reader the tests trust)
and prints what survived as JSON, for the Swift tests to compare with the network they exported.

Usage: read_graph_exports.py FILE.graphml|FILE.gexf|FILE.json ...
Output: {"<path>": {"reader", "networkx", "directed", "multigraph", "nodes": {id: attrs},
                    "edges": [[source, target, attrs], ...]}, ...}
Edges come in the file's order (networkx keeps insertion order). GraphML uses nx.read_graphml,
GEXF nx.read_gexf, node-link JSON nx.node_link_graph(edges="edges").
Floats are printed as strings "float:<repr>" (Python's shortest round-trip form), so that the
reader on the other side need not parse JSON numbers exactly to compare them bit for bit.
"""
import json
import sys

import networkx as nx


def tagged(attrs):
    return {k: ("float:" + repr(v) if isinstance(v, float) else v) for k, v in attrs.items()}


def read(path):
    if path.endswith(".graphml"):
        g, reader = nx.read_graphml(path), "read_graphml"
    elif path.endswith(".gexf"):
        g, reader = nx.read_gexf(path), "read_gexf"
    else:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        g, reader = nx.node_link_graph(data, edges="edges"), "node_link_graph"
    if g.is_multigraph():
        edges = [[u, v, tagged(d)] for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        edges = [[u, v, tagged(d)] for u, v, d in g.edges(data=True)]
    return {
        "reader": reader,
        "networkx": nx.__version__,
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "nodes": {n: tagged(d) for n, d in g.nodes(data=True)},
        "edges": edges,
    }


if __name__ == "__main__":
    print(json.dumps({p: read(p) for p in sys.argv[1:]}, ensure_ascii=True, sort_keys=True))

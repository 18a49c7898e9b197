#!/usr/bin/env python3
"""Writes the centrality test fixtures and their reference values.

For each fixture network it writes Tests/TestSupport/Fixtures/centrality/<name>/agencies.csv and
relationships.csv (the project's schema), reads them back, builds each view with the same rules as
Partnerscope's `Graph` (repeated ties merged by summing weights; self-loops dropped; in a directed
view an undirected relationship counts both ways; unweighted views weigh every tie 1) and writes the
values networkx computes into Tests/TestSupport/Fixtures/centrality/<name>/centrality_reference.json.

Independent reference: networkx (version recorded in every JSON file). Run:
    python3 scripts/reference/centrality_reference.py
"""
import csv
import json
import math
import os
import random
import shutil
import sys

import networkx as nx

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIXTURES = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures", "centrality")
KNOKE = "/work/shared/data/networks"  # read only when regenerating; the copy lives in the fixture


def write_network(name, agencies, relationships, provenance):
    """agencies: [(id, name, sector, type)]; relationships: [(source, target, type, weight, directed)]."""
    folder = os.path.join(FIXTURES, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "agencies.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "sector", "type"])
        w.writerows(agencies)
    with open(os.path.join(folder, "relationships.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "type", "weight", "directed"])
        for s, t, ty, wt, d in relationships:
            w.writerow([s, t, ty, fmt_weight(wt), "true" if d else "false"])
    with open(os.path.join(folder, "PROVENANCE.md"), "w") as f:
        f.write(provenance.strip() + "\n")
    return folder


def fmt_weight(w):
    return str(int(w)) if float(w).is_integer() else repr(float(w))


def read_network(folder):
    with open(os.path.join(folder, "agencies.csv")) as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    with open(os.path.join(folder, "relationships.csv")) as f:
        rels = [(r["source"], r["target"], r["type"], float(r["weight"]), r["directed"] == "true")
                for r in csv.DictReader(f)]
    return ids, rels


def build_view(ids, rels, directed, weighted, include=None):
    """The Graph view, mirrored: parallel ties summed, self-loops dropped, weights 1 when unweighted."""
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(ids)
    for s, t, ty, w, d in rels:
        if s == t or (include is not None and ty != include):
            continue
        arcs = [(s, t)]
        if directed and not d:
            arcs.append((t, s))
        for a, b in arcs:
            if G.has_edge(a, b):
                G[a][b]["weight"] += w
            else:
                G.add_edge(a, b, weight=w)
    if not weighted:
        for a, b in G.edges():
            G[a][b]["weight"] = 1.0
    for a, b in G.edges():
        G[a][b]["distance"] = 1.0 / G[a][b]["weight"]
    return G


def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def measures(G, weighted):
    nodes = list(G.nodes())
    directed = G.is_directed()
    w = "weight" if weighted else None
    dist = "distance" if weighted else None
    out = {}
    if directed:
        out["degree"] = [len(set(G.predecessors(v)) | set(G.successors(v))) for v in nodes]
        out["in_degree"] = [G.in_degree(v) for v in nodes]
        out["out_degree"] = [G.out_degree(v) for v in nodes]
    else:
        out["degree"] = [G.degree(v) for v in nodes]
        out["in_degree"] = out["degree"]
        out["out_degree"] = out["degree"]
    out["strength"] = [G.degree(v, weight="weight") for v in nodes]
    bc = nx.betweenness_centrality(G, normalized=True, endpoints=False, weight=dist)
    out["betweenness"] = [bc[v] for v in nodes]
    cc = nx.closeness_centrality(G, distance=dist, wf_improved=True)
    out["closeness"] = [cc[v] for v in nodes]
    hc = nx.harmonic_centrality(G, distance=dist)
    out["harmonic"] = [hc[v] for v in nodes]
    try:
        ec = nx.eigenvector_centrality(G, max_iter=100000, tol=1e-15, weight=w)
        out["eigenvector"] = [ec[v] for v in nodes]
    except nx.PowerIterationFailedConvergence:
        out["eigenvector"] = None  # networkx does not converge: not compared
    if len(nodes) > 0:
        pr = nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=100000, weight=w)
        out["pagerank"] = [pr[v] for v in nodes]
    else:
        out["pagerank"] = []
    cl = nx.clustering(G, weight=w)
    out["clustering"] = [cl[v] for v in nodes]
    core = nx.core_number(G)
    out["core"] = [core[v] for v in nodes]
    con = nx.constraint(G, weight=w)
    out["constraint"] = [clean(con[v]) for v in nodes]  # None where networkx gives NaN (isolates)
    # networkx 3.6.1 has two code paths for effective_size. The per-node one (nodes=...) follows Burt:
    # the marginal strength of j's tie to q is m_jq / max_k m_jk. The all-nodes sparse-matrix one
    # divides by max_k m_qk instead (a broadcasting slip), which changes weighted results. The
    # per-node path is the reference; it returns NaN for a directed vertex with only in-ties, where the
    # matrix path (exact when unweighted) is used, and nothing is compared when weighted.
    es_burt = nx.effective_size(G, nodes=list(G), weight=w)
    es_matrix = nx.effective_size(G, weight=w)
    out["effective_size"] = [clean(es_burt[v]) if clean(es_burt[v]) is not None or weighted
                             else clean(es_matrix[v]) for v in nodes]
    out = {k: (None if v is None else [clean(x) for x in v]) for k, v in out.items()}
    out["network"] = network_measures(G, weighted, bc)
    return out


def network_measures(G, weighted, bc):
    n = G.number_of_nodes()
    directed = G.is_directed()
    dist = "distance" if weighted else None
    res = {"density": nx.density(G) if n > 1 else 0.0}
    comps = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    res["components"] = len(comps)
    if comps:
        # the largest; among equals the one holding the earliest vertex (Partnerscope's rule)
        order = {v: i for i, v in enumerate(G.nodes())}
        big = max(comps, key=lambda c: (len(c), -min(order[v] for v in c)))
        res["largest"] = len(big)
        H = G.subgraph(big)
        total, pairs, far = 0.0, 0, 0.0
        for u in H.nodes():
            lengths = nx.single_source_dijkstra_path_length(H, u, weight=dist) if weighted else \
                nx.single_source_shortest_path_length(H, u)
            for v, d in lengths.items():
                if v != u:
                    total += d
                    pairs += 1
                    far = max(far, d)
        res["average_path_length"] = total / pairs if pairs else 0.0
        if not directed and len(big) > 1:
            check = nx.average_shortest_path_length(H, weight=dist)
            assert abs(check - res["average_path_length"]) < 1e-12
        res["diameter"] = far
    else:
        res["largest"] = 0
        res["average_path_length"] = 0.0
        res["diameter"] = 0.0
    if n >= 3:
        und = G.to_undirected() if directed else G
        deg = [und.degree(v) for v in G.nodes()]
        res["freeman_degree_centralization"] = sum(max(deg) - d for d in deg) / ((n - 1) * (n - 2))
        b = list(bc.values())
        res["freeman_betweenness_centralization"] = sum(max(b) - x for x in b) / (n - 1)
    else:
        res["freeman_degree_centralization"] = 0.0
        res["freeman_betweenness_centralization"] = 0.0
    res["reciprocity"] = nx.overall_reciprocity(G) if directed and G.number_of_edges() > 0 else None
    return res


class SplitMix64:
    """Partnerscope's SplitMix64, so that networkx samples the same sources."""
    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.state = seed & self.MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & self.MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)


def sample_sources(n, k, seed):
    """Mirror of ShortestPaths.sampleSources: a partial Fisher-Yates shuffle, ascending."""
    rng = SplitMix64(seed)
    perm = list(range(n))
    for i in range(k):
        j = i + rng.next() % (n - i)
        perm[i], perm[j] = perm[j], perm[i]
    return sorted(perm[:k])


class FixedSample(random.Random):
    """A random.Random whose sample() returns the given nodes, to feed networkx our sources."""

    def __init__(self, nodes):
        super().__init__(0)
        self.nodes = nodes

    def sample(self, population, k):
        assert k == len(self.nodes)
        return list(self.nodes)


def sampled_betweenness(G, k, seed):
    nodes = list(G.nodes())
    chosen = [nodes[i] for i in sample_sources(len(nodes), k, seed)]
    bc = nx.betweenness_centrality(G, k=k, normalized=True, endpoints=False,
                                   weight="distance" if nx.is_weighted(G, weight="distance") else None,
                                   seed=FixedSample(chosen))
    return [clean(bc[v]) for v in nodes]


VIEWS = [
    ("undirected", False, False),
    ("undirected_weighted", False, True),
    ("directed", True, False),
    ("directed_weighted", True, True),
]


def emit(name, folder, views, samples=()):
    ids, rels = read_network(folder)
    doc = {"tool": "networkx", "version": nx.__version__,
           "python": sys.version.split()[0], "script": "scripts/reference/centrality_reference.py",
           "ids": ids, "views": []}
    for view_name, directed, weighted, include in views:
        G = build_view(ids, rels, directed, weighted, include)
        entry = {"name": view_name, "directed": directed, "weighted": weighted, "include": include}
        entry.update(measures(G, weighted))
        doc["views"].append(entry)
    for view_name, directed, weighted, k, seed in samples:
        G = build_view(ids, rels, directed, weighted)
        if not weighted:
            for a, b in G.edges():
                del G[a][b]["distance"]
        doc["views"].append({"name": view_name, "directed": directed, "weighted": weighted, "include": None,
                             "sample_sources": k, "seed": seed, "betweenness": sampled_betweenness(G, k, seed)})
    with open(os.path.join(folder, "centrality_reference.json"), "w") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    print(f"{name}: {len(ids)} agencies, {len(rels)} relationships, {len(doc['views'])} views")


def all_views(include=None):
    return [(n, d, w, include) for n, d, w in VIEWS]


def slug(s):
    return "".join(ch if ch.isalnum() else "-" for ch in s).strip("-").lower()


def main():
    # Zachary's karate club (networkx's copy, with Zachary's interaction counts as weights).
    K = nx.karate_club_graph()
    folder = write_network(
        "karate",
        [(f"m{v + 1:02d}", f"Member {v + 1}", "community", "person") for v in K.nodes()],
        [(f"m{u + 1:02d}", f"m{v + 1:02d}", "informal", d.get("weight", 1), False) for u, v, d in K.edges(data=True)],
        "Zachary's karate club (W. W. Zachary, J. Anthropol. Res. 33(4), 1977, doi:10.1086/jar.33.4.3629752), "
        "from networkx %s `karate_club_graph()` with its interaction-count weights; member i is m0i." % nx.__version__)
    emit("karate", folder, all_views(), samples=[("sampled_undirected_k10_seed7", False, False, 10, 7),
                                               ("sampled_undirected_weighted_k12_seed3", False, True, 12, 3)])

    F = nx.florentine_families_graph()
    folder = write_network(
        "florentine",
        [(slug(v), v, "private", "organisation") for v in F.nodes()],
        [(slug(u), slug(v), "partnership", 1, False) for u, v in F.edges()],
        "Padgett's Florentine families, marriage ties (J. F. Padgett & C. K. Ansell, Am. J. Sociol. 98(6), 1993, "
        "doi:10.1086/230190), from networkx %s `florentine_families_graph()` (15 families; Pucci, isolated, "
        "is not in networkx's copy)." % nx.__version__)
    emit("florentine", folder, all_views())

    kite = nx.krackhardt_kite_graph()
    names = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]
    folder = write_network(
        "kite",
        [(n.lower(), n, "public", "person") for n in names],
        [(names[u].lower(), names[v].lower(), "informal", 1, False) for u, v in kite.edges()],
        "Krackhardt's kite (D. Krackhardt, Adm. Sci. Q. 35(2), 1990, doi:10.2307/2393394), from networkx %s "
        "`krackhardt_kite_graph()`, vertices 0-9 named Andre..Jane as in Krackhardt's figure." % nx.__version__)
    emit("kite", folder, all_views())

    L = nx.les_miserables_graph()
    folder = write_network(
        "lesmis",
        [(slug(v), v, "community", "person") for v in L.nodes()],
        [(slug(u), slug(v), "informal", d["weight"], False) for u, v, d in L.edges(data=True)],
        "Les Misérables co-appearances (D. E. Knuth, The Stanford GraphBase, 1993, ISBN 0-201-54275-7), "
        "from networkx %s `les_miserables_graph()` with co-appearance counts as weights." % nx.__version__)
    emit("lesmis", folder, all_views())

    # Knoke & Wood bureaucracies: information (directed) and money (directed) relations.
    sector = {"GOV": "public", "VOL": "voluntary", "PVT": "private"}
    with open(os.path.join(KNOKE, "knoke_vertices.csv")) as f:
        verts = list(csv.DictReader(f))
    with open(os.path.join(KNOKE, "knoke_edges.csv")) as f:
        edges = list(csv.DictReader(f))
    label = {v["id"]: v["label"] for v in verts}
    folder = write_network(
        "knoke",
        [(v["label"].lower(), v["label"], sector[v["sector"]], "organisation") for v in verts],
        [(label[e["from_id"]].lower(), label[e["to_id"]].lower(),
          "informal" if e["relation"] == "information" else "funding", 1, True) for e in edges],
        "Knoke & Wood bureaucracies (D. Knoke & J. R. Wood, Organized for Action, Rutgers UP, 1981; "
        "Knoke & Kuklinski, Network Analysis, Sage, 1982): 10 Indianapolis organisations. Copied from "
        "/work/shared/data/networks/knoke_vertices.csv and knoke_edges.csv (themselves from "
        "rtidatascience/connected-nx-tutorial data/knokbur.dat at commit "
        "3129e3d9a2c4d60709fe512be0b69e1fd2c1682a, a copy of the Pajek mirror of UCINET's KNOKBUR). "
        "The information relation (49 arcs) is type `informal`, the money relation (22 arcs) type "
        "`funding`; all directed, weight 1. Sector GOV->public, VOL->voluntary, PVT->private.")
    for src in ["knoke_vertices.csv", "knoke_edges.csv"]:
        shutil.copy(os.path.join(KNOKE, src), os.path.join(folder, "source_" + src))
    views = [("information_" + n, d, w, "informal") for n, d, w in VIEWS] + \
            [("all_" + n, d, w, None) for n, d, w in VIEWS]
    emit("knoke", folder, views)

    # A small disconnected network with every awkward feature: mixed directed/undirected ties,
    # repeated ties (merged), weights, a self-loop (dropped), a sink, a source and an isolate.
    agencies = [(x, x.upper(), "public", "organisation") for x in "abcdefghij"]
    rels = [("a", "b", "partnership", 2, False), ("b", "c", "partnership", 1, False),
            ("c", "a", "funding", 3, True), ("a", "c", "partnership", 1, False),  # c->a also undirected a-c
            ("c", "d", "funding", 0.5, True), ("a", "b", "agreement", 1, False),   # repeated a-b: weight 3
            ("e", "f", "funding", 1, True), ("f", "g", "funding", 2, True), ("g", "e", "funding", 1, True),
            ("g", "h", "funding", 4, True), ("i", "e", "partnership", 1, False), ("j", "j", "informal", 1, False)]
    folder = write_network("disconnected", agencies, rels,
                           "Hand-made for Partnerscope's tests: two components, an isolate (j, with only a "
                           "self-loop), directed and undirected ties, repeated ties and weights.")
    emit("disconnected", folder, all_views())


if __name__ == "__main__":
    main()

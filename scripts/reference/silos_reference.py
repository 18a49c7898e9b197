#!/usr/bin/env python3
"""Reference values for the silos tests (Leiden, modularity, E-I index, brokerage, fragility).

Reads the committed fixtures Tests/TestSupport/Fixtures/centrality/knoke/source_knoke_*.csv (the
centrality fixture's byte-for-byte copies of the Knoke data) and Tests/TestSupport/Fixtures/emon/, and networkx's karate
club, and writes Tests/TestSupport/Fixtures/silos_reference.json (graphs as edge lists plus the
values the Swift tests compare with) and the Knoke network folder Tests/TestSupport/Fixtures/knoke-network/.

Sources of the values, all independent of the Swift code:
  * Leiden modularity: median (and max) over 20 seeded runs of python-igraph's
    Graph.community_leiden(objective_function="modularity", resolution=R, n_iterations=-1),
    on the undirected view (reciprocal arcs collapsed, weights summed).
  * Modularity of given partitions, articulation points, bridges: networkx.
  * Cut-off counts: networkx, removing each cut vertex and measuring the pieces.
  * E-I index and brokerage roles: direct, brute-force enumeration below (over all vertex triples),
    written from Krackhardt & Stern (1988) and Gould & Fernandez (1989) / R sna::brokerage.

Run from the repository root:  python3 scripts/reference/silos_reference.py
"""
import csv
import itertools
import json
import os
import random
import statistics
import sys

import igraph
import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(ROOT, "Tests", "TestSupport", "Fixtures")
TOOLS = f"python-igraph {igraph.__version__}, networkx {nx.__version__}, Python {sys.version.split()[0]}"


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# ----------------------------------------------------------------------------------------------
# Graph views (mirror the definitions in the Swift docs, computed with networkx / plain Python)

def merged_arcs(n, edges, directed):
    """Arcs after merging parallels (summing weights) and dropping self-loops; undirected ties both ways."""
    arcs = {}
    for u, v, w in edges:
        if u == v:
            continue
        arcs[(u, v)] = arcs.get((u, v), 0) + w
        if not directed:
            arcs[(v, u)] = arcs.get((v, u), 0) + w
    return arcs


def undirected_ties(n, edges, directed, weighted):
    """The undirected view: each arc a tie, parallels merged summing weights (1 when unweighted)."""
    arcs = merged_arcs(n, edges, directed)
    ties = {}
    for (u, v), w in arcs.items():
        key = (min(u, v), max(u, v))
        if directed:
            ties[key] = ties.get(key, 0) + w
        else:
            ties[key] = w
    if not weighted:
        ties = {k: 1.0 for k in ties}
    return ties


def nx_graph(n, edges, directed, weighted):
    arcs = merged_arcs(n, edges, directed)
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(range(n))
    for (u, v), w in arcs.items():
        g.add_edge(u, v, weight=w if weighted else 1.0)
    return g


def nx_undirected(n, edges, directed, weighted):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for (u, v), w in undirected_ties(n, edges, directed, weighted).items():
        g.add_edge(u, v, weight=w)
    return g


# ----------------------------------------------------------------------------------------------
# Reference computations

def leiden_reference(n, edges, directed, weighted, resolution, runs=20):
    ties = undirected_ties(n, edges, directed, weighted)
    g = igraph.Graph(n=n, edges=list(ties.keys()), directed=False)
    weights = list(ties.values()) if weighted else None
    qs = []
    for seed in range(runs):
        random.seed(seed)
        part = g.community_leiden(objective_function="modularity", weights=weights,
                                  resolution=resolution, n_iterations=-1)
        qs.append(g.modularity(part.membership, weights=weights, resolution=resolution))
    return {"resolution": resolution, "median": statistics.median(qs), "max": max(qs), "min": min(qs)}


def modularity_reference(n, edges, directed, weighted, membership, resolution):
    g = nx_graph(n, edges, directed, weighted)
    if g.number_of_edges() == 0:
        return None
    comms = {}
    for v, c in enumerate(membership):
        comms.setdefault(c, set()).add(v)
    return nx.community.modularity(g, list(comms.values()), weight="weight", resolution=resolution)


def fragility_reference(n, edges, directed):
    g = nx_undirected(n, edges, directed, False)
    aps = sorted(nx.articulation_points(g))
    bridges = sorted(tuple(sorted(e)) for e in nx.bridges(g))
    cut_off = []
    for v in aps:
        comp = nx.node_connected_component(g, v)
        h = g.subgraph(comp - {v})
        pieces = [len(c) for c in nx.connected_components(h)]
        cut_off.append(len(comp) - 1 - max(pieces))
    return {"articulation_points": aps, "cut_off": cut_off, "bridges": [list(b) for b in bridges]}


def ei_reference(n, edges, directed, weighted, groups):
    """E and I by brute force over the ties of the view (arcs when directed, ties when undirected)."""
    arcs = merged_arcs(n, edges, directed)
    if directed:
        ties = arcs
    else:
        ties = {(u, v): w for (u, v), w in arcs.items() if u < v}
    E = I = 0.0
    by = {}
    for g in set(groups):
        by[g] = [0.0, 0.0]
    for (u, v), w in ties.items():
        w = w if weighted else 1.0
        if groups[u] == groups[v]:
            I += w
            by[groups[u]][1] += w
        else:
            E += w
            by[groups[u]][0] += w
            by[groups[v]][0] += w
    return {"whole": [E, I], "by_group": {str(g): by[g] for g in sorted(by)}}


def brokerage_reference(n, edges, directed, groups):
    """Gould-Fernandez roles by enumerating every ordered triple (a, b, c) of distinct vertices."""
    arcs = set(merged_arcs(n, edges, directed).keys())
    roles = [[0, 0, 0, 0, 0] for _ in range(n)]  # coordinator, consultant, representative, gatekeeper, liaison
    for a, b, c in itertools.permutations(range(n), 3):
        if (a, b) in arcs and (b, c) in arcs and (a, c) not in arcs:
            ga, gb, gc = groups[a], groups[b], groups[c]
            if ga == gb == gc:
                roles[b][0] += 1
            elif ga == gc:
                roles[b][1] += 1
            elif ga == gb:
                roles[b][2] += 1
            elif gb == gc:
                roles[b][3] += 1
            else:
                roles[b][4] += 1
    return roles


def sole_links_reference(n, edges, directed, groups):
    ties = undirected_ties(n, edges, directed, False)
    pairs = {}
    for (u, v) in ties:
        if groups[u] != groups[v]:
            key = tuple(sorted((groups[u], groups[v])))
            pairs.setdefault(key, []).append((u, v))
    out = []
    for key in sorted(pairs):
        common = set(pairs[key][0])
        for t in pairs[key][1:]:
            common &= set(t)
        if common:
            out.append({"groups": list(key), "agencies": sorted(common), "ties": len(pairs[key])})
    return out


def case(name, n, edges, directed, weighted, groups, resolutions=(1.0,), note=""):
    return {
        "name": name,
        "note": note,
        "vertex_count": n,
        "directed": directed,
        "weighted": weighted,
        "edges": [[u, v, w] for u, v, w in edges],
        "groups": groups,
        "leiden": [leiden_reference(n, edges, directed, weighted, r) for r in resolutions],
        "modularity_of_groups": modularity_reference(n, edges, directed, weighted, groups, 1.0),
        "modularity_of_groups_resolution_0_5": modularity_reference(n, edges, directed, weighted, groups, 0.5),
        "fragility": fragility_reference(n, edges, directed),
        "ei": ei_reference(n, edges, directed, weighted, groups),
        "brokerage": brokerage_reference(n, edges, directed, groups),
        "sole_links": sole_links_reference(n, edges, directed, groups),
    }


# ----------------------------------------------------------------------------------------------
# Inputs

def knoke():
    vertices = read_csv(os.path.join(FIX, "centrality", "knoke", "source_knoke_vertices.csv"))
    index = {row["id"]: k for k, row in enumerate(vertices)}
    sectors = sorted({row["sector"] for row in vertices})
    groups = [sectors.index(row["sector"]) for row in vertices]
    rel = {"information": [], "money": []}
    for row in read_csv(os.path.join(FIX, "centrality", "knoke", "source_knoke_edges.csv")):
        rel[row["relation"]].append((index[row["from_id"]], index[row["to_id"]], 1.0))
    return vertices, groups, rel


def emon():
    vertices = read_csv(os.path.join(FIX, "emon", "emon_vertices.csv"))
    edges = read_csv(os.path.join(FIX, "emon", "emon_edges.csv"))
    out = []
    for net in sorted({v["network"] for v in vertices}):
        vs = [v for v in vertices if v["network"] == net]
        vs.sort(key=lambda v: int(v["vertex_id"]))
        index = {v["vertex_id"]: k for k, v in enumerate(vs)}
        kinds = sorted({v["sponsorship"] for v in vs})
        groups = [kinds.index(v["sponsorship"]) for v in vs]
        es = [(index[e["from_id"]], index[e["to_id"]], 5.0 - float(e["frequency"]))
              for e in edges if e["network"] == net]
        out.append((net, len(vs), es, groups))
    return out


def write_knoke_network(vertices, rel):
    """A Partnerscope network folder of Knoke's data for end-to-end tests."""
    folder = os.path.join(FIX, "knoke-network")
    os.makedirs(folder, exist_ok=True)
    sector = {"GOV": "public", "VOL": "voluntary", "PVT": "private"}
    kind = {"COUN": "county-council", "COMM": "chamber", "EDUC": "education-board", "INDU": "business",
            "MAYR": "mayor", "WRO": "voluntary-org", "NEWS": "business", "UWAY": "voluntary-org",
            "WELF": "welfare-department", "WEST": "community-org"}
    with open(os.path.join(folder, "agencies.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "sector", "type"])
        for v in vertices:
            w.writerow([v["label"].lower(), v["label"], sector[v["sector"]], kind[v["label"]]])
    with open(os.path.join(folder, "relationships.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "type", "weight", "directed"])
        for relation, kind_name in (("information", "informal"), ("money", "funding")):
            for u, v, _ in rel[relation]:
                w.writerow([vertices[u]["label"].lower(), vertices[v]["label"].lower(), kind_name, 1, "true"])
    with open(os.path.join(folder, "PROVENANCE.md"), "w", encoding="utf-8") as f:
        f.write("# Knoke bureaucracies as a Partnerscope network\n\n"
                "Written by scripts/reference/silos_reference.py from ../centrality/knoke/source_knoke_*.csv\n"
                "(byte-for-byte copies of the shared Knoke data; see ../centrality/knoke/PROVENANCE.md).\n"
                "Sectors GOV/VOL/PVT become public/voluntary/private; `information` arcs become directed\n"
                "`informal` relationships and `money` arcs directed `funding` relationships, weight 1.\n"
                "Agency types are the project's reading of the UCINET labels.\n")


def main():
    cases = []
    vertices, groups, rel = knoke()
    write_knoke_network(vertices, rel)
    cases.append(case("knoke-information", 10, rel["information"], True, False, groups,
                      note="Knoke information arcs, directed, groups = sector"))
    cases.append(case("knoke-money", 10, rel["money"], True, False, groups,
                      note="Knoke money arcs, directed, groups = sector"))
    cases.append(case("knoke-both-weighted", 10, rel["information"] + rel["money"], True, True, groups,
                      note="both Knoke relations as one directed weighted graph (parallel arcs sum)"))
    for net, n, es, gs in emon():
        cases.append(case(f"emon-{net}", n, es, True, True, gs,
                          note=f"EMON {net}, directed, weight 5 - frequency, groups = sponsorship"))
    karate = nx.karate_club_graph()
    kedges = [(u, v, float(d.get("weight", 1))) for u, v, d in karate.edges(data=True)]
    kgroups = [0 if karate.nodes[v]["club"] == "Mr. Hi" else 1 for v in karate.nodes]
    cases.append(case("karate", 34, kedges, False, False, kgroups, resolutions=(1.0, 0.5, 2.0),
                      note="Zachary karate club (networkx), undirected, groups = club"))
    cases.append(case("karate-weighted", 34, kedges, False, True, kgroups,
                      note="Zachary karate club (networkx weights), undirected weighted"))
    # Hand-made: two triangles joined by a path, a pendant, and an isolated agency (vertex 8).
    small = [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (2, 3, 2.0), (3, 4, 1.0), (4, 5, 1.0), (5, 6, 3.0),
             (4, 6, 1.0), (6, 7, 1.0)]
    cases.append(case("small-with-isolate", 9, small, False, True, [0, 0, 0, 1, 1, 1, 2, 2, 1],
                      note="two triangles joined by a path, a pendant and an isolated vertex 8"))
    cases.append(case("single-group", 9, small, False, False, [0] * 9,
                      note="the same graph with every agency in one group"))
    directed_small = [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 1.0), (3, 2, 1.0), (3, 4, 1.0), (4, 5, 2.0),
                      (5, 3, 1.0), (1, 6, 1.0)]
    cases.append(case("small-directed", 8, directed_small, True, True, [0, 1, 0, 1, 2, 2, 0, 2],
                      note="directed, weighted, with a reciprocated pair, a pendant and an isolated vertex 7"))
    doc = {"generated_by": "scripts/reference/silos_reference.py", "tools": TOOLS, "cases": cases}
    with open(os.path.join(FIX, "silos_reference.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")
    for c in cases:
        print(c["name"], [round(l["median"], 4) for l in c["leiden"]], c["fragility"]["articulation_points"])


if __name__ == "__main__":
    main()

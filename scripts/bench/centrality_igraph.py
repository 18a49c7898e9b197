#!/usr/bin/env python3
"""Peer for `partnerscope-bench centrality`: python-igraph (and networkit for sampled betweenness)
on the same edge list, in the same run.

usage: centrality_igraph.py EDGES [--view undirected|weighted|directed] [--exact-paths 0|1]
                            [--sample K] [--networkit 0|1] [--repeat R] [--values 0|1]

EDGES holds "n m" then one line per tie (0-based, merged, no self-loops), written by the bench:
"u v" per undirected tie (view undirected), "u v w" per weighted undirected tie (weighted), or
"u v" per arc u -> v (directed). The view sets igraph's conventions to Partnerscope's (networkx's):

- weighted: path measures (betweenness, closeness, harmonic) get weights = 1/w, a tie's length;
  strength, eigenvector, PageRank and constraint get w. igraph's weighted clustering is Barrat's,
  not networkx's geometric mean (Onnela), so clustering is timed but not compared. Weighted
  betweenness can differ slightly: igraph treats path lengths within a relative 1e-10 as equal,
  Partnerscope (as networkx) only exactly equal floating-point sums.
- directed: betweenness over directed paths; closeness and harmonic over incoming paths
  (mode="in", as networkx); eigenvector and PageRank along arcs; coreness on in + out degree.
  igraph has no directed local clustering (it ignores directions, networkx uses Fagiolo's), so
  clustering is timed but not compared.

Prints one JSON object: seconds per measure, peak memory of this process (and its baseline after
importing the libraries, before reading the graph), library versions, the values (with --values 1,
the default) converted to Partnerscope's normalisation, a note per measure saying how it was
compared or why not, and for sampled betweenness networkit's ApproxBetweenness
(Riondato-Kornaropoulos) and EstimateBetweenness (Brandes-Pich source sampling, the method
Partnerscope uses) with their errors against igraph's exact betweenness when that was computed.
The conversions are done outside the timed calls.
"""
import json
import resource
import sys
import time

import igraph as ig
import numpy as np


def peak_mib():
    """Peak resident memory of this process. VmHWM, not ru_maxrss: Linux keeps ru_maxrss across
    execve, so a child of a bigger process would report its parent's peak."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(out, name, fn, repeat=1):
    """Seconds of fn(), the best of `repeat` runs (the machine is shared)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t0)
    out[name] = best
    return value


def clean(values):
    """A list of floats with NaN (igraph's value for undefined cases) as 0, Partnerscope's value there."""
    return [0.0 if v != v else float(v) for v in values]


def main():
    path = sys.argv[1]
    args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    view = args.get("--view", "undirected")
    if view not in ("undirected", "weighted", "directed"):
        sys.exit(f"unknown view {view}")
    exact_paths = args.get("--exact-paths", "1") == "1"
    k = int(args.get("--sample", "1000"))
    r = int(args.get("--repeat", "5"))
    want_values = args.get("--values", "1") == "1"
    try:
        if args.get("--networkit", "1") != "1" or view != "undirected":
            raise ImportError
        import networkit as nk
        nk.engineering.setNumberOfThreads(2)
    except ImportError:
        nk = None
    directed = view == "directed"
    baseline = peak_mib()
    seconds = {}
    t0 = time.perf_counter()
    with open(path) as f:
        n, m = map(int, f.readline().split())
        cols = 3 if view == "weighted" else 2
        if view == "weighted":
            table = np.loadtxt(f, dtype=np.float64).reshape(-1, 3) if m > 0 else np.zeros((0, 3))
            edges = table[:, :2].astype(np.int64)
            w = table[:, 2].tolist()
        else:
            edges = np.loadtxt(f, dtype=np.int64).reshape(-1, cols) if m > 0 else np.zeros((0, 2), dtype=np.int64)
            w = None
    g = ig.Graph(n=n, edges=edges.tolist(), directed=directed)
    length = [1.0 / x for x in w] if w is not None else None  # a tie's length on the weighted view
    seconds["load"] = time.perf_counter() - t0
    res = {"igraph_version": ig.__version__, "vertices": g.vcount(), "edges": g.ecount(), "seconds": seconds,
           "view": view}
    values = {}
    notes = {}

    deg = timed(seconds, "degree", repeat=r, fn=lambda: g.degree())
    if directed:
        # igraph's degree counts arcs (a mutual pair twice); Partnerscope's counts distinct neighbours.
        values["degree"] = g.as_undirected(mode="collapse").degree()
        notes["degree"] = "timed: degree(mode=all), arcs; compared: distinct neighbours of the collapsed graph"
        values["in_degree"] = timed(seconds, "in_degree", repeat=r, fn=lambda: g.indegree())
        values["out_degree"] = timed(seconds, "out_degree", repeat=r, fn=lambda: g.outdegree())
        notes["in_degree"] = "indegree()"
        notes["out_degree"] = "outdegree()"
    else:
        values["degree"] = deg
        notes["degree"] = "degree()"
    if view == "weighted":
        values["strength"] = timed(seconds, "strength", repeat=r, fn=lambda: g.strength(weights=w))
        notes["strength"] = "strength(weights=w)"

    exact = None
    if exact_paths:
        pairs = (n - 1) * (n - 2)
        raw = timed(seconds, "betweenness", lambda: g.betweenness(directed=directed, weights=length))
        # networkx normalisation over ordered pairs: an undirected pair is counted once by igraph.
        exact = np.array(raw) * (1 if directed else 2) / pairs if pairs > 0 else np.zeros(n)
        values["betweenness"] = exact.tolist()
        notes["betweenness"] = ("raw / ((n-1)(n-2))" if directed else "raw * 2 / ((n-1)(n-2))") + \
            (", weights=1/w" if length else "")
        if length:
            # Not a slip in either tool: sums of 1/w can be equal in exact arithmetic but not in floating
            # point (1/3 + 1/6 vs 1/2). igraph counts two paths as equally short when their lengths agree
            # within IGRAPH_SHORTEST_PATH_EPSILON (1e-10, relative); Partnerscope, like networkx, only
            # when the sums are equal, so path counts, hence betweenness, can differ there.
            notes["betweenness"] += "; differs where paths tie only within igraph's 1e-10 tolerance " \
                "(Partnerscope, like networkx, ties paths on exactly equal sums of 1/w)"
        mode = "in" if directed else "all"
        close = timed(seconds, "closeness", lambda: g.closeness(mode=mode, weights=length))
        harm = timed(seconds, "harmonic", lambda: g.harmonic_centrality(mode=mode, weights=length, normalized=False))
        if want_values:
            # igraph: r / sum of distances over the r agencies that reach v; networkx (wf_improved)
            # multiplies by r / (n - 1).
            if directed:
                reach = np.array(g.neighborhood_size(order=n, mode="in", mindist=1), dtype=np.float64)
            else:
                membership = g.connected_components().membership
                sizes = np.bincount(membership, minlength=1)
                reach = sizes[membership].astype(np.float64) - 1
            c = np.nan_to_num(np.array(close, dtype=np.float64), nan=0.0)
            values["closeness"] = (c * reach / max(n - 1, 1)).tolist()
            values["harmonic"] = clean(harm)
        notes["closeness"] = "closeness(mode=%s) * r/(n-1)%s" % (mode, ", weights=1/w" if length else "")
        notes["harmonic"] = "harmonic_centrality(mode=%s, normalized=False)%s" % (mode, ", weights=1/w" if length else "")

    eig = timed(seconds, "eigenvector", repeat=r, fn=lambda: g.eigenvector_centrality(scale=False, weights=w))
    e = np.array(eig, dtype=np.float64)
    norm = np.linalg.norm(e)
    values["eigenvector"] = (e / norm).tolist() if norm > 0 else e.tolist()
    notes["eigenvector"] = "eigenvector_centrality (ARPACK), rescaled to unit norm" + (", weights=w" if w else "") + \
        (", in-ties" if directed else "")
    values["pagerank"] = timed(seconds, "pagerank", repeat=r,
                               fn=lambda: g.pagerank(damping=0.85, weights=w, directed=directed))
    notes["pagerank"] = "pagerank(damping=0.85)" + (", weights=w" if w else "")
    clustering = timed(seconds, "clustering", repeat=r,
                       fn=lambda: g.transitivity_local_undirected(mode="zero", weights=w))
    if view == "undirected":
        values["clustering"] = clean(clustering)
        notes["clustering"] = "transitivity_local_undirected(mode=zero)"
    elif view == "weighted":
        notes["clustering"] = "not compared, time only: igraph's weighted clustering is Barrat's (2004), " \
            "Partnerscope's networkx's geometric mean of normalised weights (Onnela 2005)"
    else:
        notes["clustering"] = "not compared, time only: igraph ignores directions (Watts-Strogatz on the " \
            "collapsed graph), Partnerscope uses networkx's directed clustering (Fagiolo 2007)"
    values["core"] = timed(seconds, "core", repeat=r, fn=lambda: g.coreness(mode="all"))
    notes["core"] = "coreness(mode=all)" + (": in + out degree" if directed else "")
    values["constraint"] = clean(timed(seconds, "constraint", repeat=r, fn=lambda: g.constraint(weights=w)))
    notes["constraint"] = "constraint()" + (", weights=w" if w else "")
    notes["effective_size"] = "igraph has none"
    res["peak_memory_mib"] = peak_mib()
    res["baseline_memory_mib"] = baseline
    res["notes"] = notes
    if want_values:
        res["values"] = {name: [float(x) for x in v] for name, v in values.items()}
    if nk is not None:
        res["networkit_version"] = nk.__version__
        G = nk.Graph(n)
        for u, v in edges:
            G.addEdge(int(u), int(v))
        approx = {}
        t0 = time.perf_counter()
        ab = nk.centrality.ApproxBetweenness(G, epsilon=0.05, delta=0.1)
        ab.run()
        approx["approx_seconds"] = time.perf_counter() - t0
        approx["approx_samples"] = ab.numberOfSamples()
        t0 = time.perf_counter()
        eb = nk.centrality.EstimateBetweenness(G, k, normalized=True, parallel=True)
        eb.run()
        approx["estimate_seconds"] = time.perf_counter() - t0
        if exact is not None:
            a = np.array(ab.scores())
            e = np.array(eb.scores())
            approx["approx_max_error"] = float(np.max(np.abs(a - exact)))
            approx["approx_mean_error"] = float(np.mean(np.abs(a - exact)))
            approx["estimate_max_error"] = float(np.max(np.abs(e - exact)))
            approx["estimate_mean_error"] = float(np.mean(np.abs(e - exact)))
        res["networkit"] = approx
    print(json.dumps(res))


if __name__ == "__main__":
    main()

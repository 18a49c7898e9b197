#!/usr/bin/env python3
"""Peer for `partnerscope-bench centrality`: python-igraph (and networkit for sampled betweenness)
on the same edge list, in the same run.

usage: centrality_igraph.py EDGES [--exact-paths 0|1] [--sample K] [--networkit 0|1]

EDGES holds "n m" then one "u v" line per undirected tie (0-based, merged, no self-loops), written
by the bench. Prints one JSON object: seconds per measure, peak memory of this process (and its
baseline after importing the libraries, before reading the graph), library versions, and for
sampled betweenness networkit's ApproxBetweenness (Riondato-Kornaropoulos) and EstimateBetweenness
(Brandes-Pich source sampling, the method Partnerscope uses) with their errors against igraph's
exact betweenness when that was computed.
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


def main():
    path = sys.argv[1]
    args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    exact_paths = args.get("--exact-paths", "1") == "1"
    k = int(args.get("--sample", "1000"))
    r = int(args.get("--repeat", "5"))
    try:
        if args.get("--networkit", "1") != "1":
            raise ImportError
        import networkit as nk
        nk.engineering.setNumberOfThreads(2)
    except ImportError:
        nk = None
    baseline = peak_mib()
    seconds = {}
    t0 = time.perf_counter()
    with open(path) as f:
        n, m = map(int, f.readline().split())
        edges = np.loadtxt(f, dtype=np.int64).reshape(-1, 2) if m > 0 else np.zeros((0, 2), dtype=np.int64)
    g = ig.Graph(n=n, edges=edges.tolist(), directed=False)
    seconds["load"] = time.perf_counter() - t0
    res = {"igraph_version": ig.__version__, "vertices": g.vcount(), "edges": g.ecount(), "seconds": seconds}
    timed(seconds, "degree", repeat=r, fn=lambda: g.degree())
    exact = None
    if exact_paths:
        raw = timed(seconds, "betweenness", lambda: g.betweenness(directed=False))
        exact = np.array(raw) * 2 / ((n - 1) * (n - 2))  # networkx normalisation
        timed(seconds, "closeness", lambda: g.closeness())
        timed(seconds, "harmonic", lambda: g.harmonic_centrality())
    timed(seconds, "eigenvector", repeat=r, fn=lambda: g.eigenvector_centrality(scale=False))
    timed(seconds, "pagerank", repeat=r, fn=lambda: g.pagerank(damping=0.85))
    timed(seconds, "clustering", repeat=r, fn=lambda: g.transitivity_local_undirected(mode="zero"))
    timed(seconds, "core", repeat=r, fn=lambda: g.coreness())
    timed(seconds, "constraint", repeat=r, fn=lambda: g.constraint())
    res["peak_memory_mib"] = peak_mib()
    res["baseline_memory_mib"] = baseline
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

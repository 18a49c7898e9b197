#!/usr/bin/env python3
"""Benchmark of `partnerscope-bench silos` (Leiden) against leidenalg on the same edge list, in one run.

1. Runs `.build/release/partnerscope-bench silos --edges FILE --restarts 1` (build it first with
   `swift build -c release --product partnerscope-bench`): the seeded synthetic network
   (default 100,000 agencies / 1,000,000 relationships), Partnerscope's Leiden with one run, and the
   undirected edge list it used written to FILE.
2. Runs leidenalg (Traag's reference implementation) on FILE:
   find_partition(g, ModularityVertexPartition, n_iterations=N, seed=1), N = -1 (until stable, as
   Partnerscope) unless --iterations is given.
3. Prints both modularities (igraph's Graph.modularity for leidenalg's partition) and the time ratios,
   wall and CPU (the machine may be shared, so CPU time is the fairer figure).

Usage: python3 scripts/bench/silos_bench.py [--agencies N] [--relationships M] [--iterations K] [--seed S]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import igraph
import leidenalg

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--agencies", type=int, default=100_000)
    ap.add_argument("--relationships", type=int, default=1_000_000)
    ap.add_argument("--iterations", type=int, default=-1)
    ap.add_argument("--seed", type=int, default=42)
    args = ap.parse_args()
    bench = os.path.join(ROOT, ".build", "release", "partnerscope-bench")
    with tempfile.TemporaryDirectory() as tmp:
        edges = os.path.join(tmp, "edges.txt")
        out = subprocess.run([bench, "silos", "--agencies", str(args.agencies), "--relationships",
                              str(args.relationships), "--seed", str(args.seed), "--restarts", "1", "--edges", edges],
                             check=True, capture_output=True, text=True).stdout
        print(out, end="")
        fig = dict(re.findall(r"^(\w+): ([0-9.]+)", out, re.M))
        g = igraph.Graph.Read_Edgelist(edges, directed=False)
        cpu, wall = time.process_time(), time.time()
        part = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, n_iterations=args.iterations, seed=1)
        cpu, wall = time.process_time() - cpu, time.time() - wall
    q = g.modularity(part.membership)
    print(f"peer: leidenalg {leidenalg.__version__} (python-igraph {igraph.__version__}), n_iterations={args.iterations}")
    print(f"leidenalg_seconds: {wall:.3f} s")
    print(f"leidenalg_cpu_seconds: {cpu:.3f} s")
    print(f"leidenalg_modularity: {q:.6f} communities: {len(part)}")
    ours, ours_cpu = float(fig["leiden_1run_seconds"]), float(fig["leiden_1run_cpu_seconds"])
    print(f"ratio_wall (partnerscope / leidenalg): {ours / wall:.3f}")
    print(f"ratio_cpu (partnerscope / leidenalg): {ours_cpu / cpu:.3f}")
    print(f"modularity_ratio (partnerscope / leidenalg): {float(fig['leiden_1run_modularity']) / q:.4f}")


if __name__ == "__main__":
    sys.exit(main())

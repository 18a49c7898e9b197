#!/usr/bin/env python3
"""Peer for `partnerscope-bench maps`: renders a DOT file with the Graphviz command line.

The same Graphviz library, reached through its own DOT parser in a fresh process: `dot -KENGINE
-Tsvg FILE -o OUT`, run REPEAT times. Prints JSON {"seconds": best wall-clock time, "cpu_seconds":
best user+system CPU time of the child, "version": the `dot -V` line}. The SVG of the last run is left in OUT so the caller can compare bytes.

usage: maps_dot.py ENGINE DOTFILE OUT [--repeat R] [--timeout S]
"""
import argparse
import json
import resource
import subprocess
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("engine")
    ap.add_argument("dotfile")
    ap.add_argument("out")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600)
    a = ap.parse_args()
    version = subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    best = None
    best_cpu = None
    for _ in range(max(1, a.repeat)):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        try:
            subprocess.run(["dot", "-K" + a.engine, "-Tsvg", a.dotfile, "-o", a.out], check=True,
                           timeout=a.timeout, stderr=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            print(json.dumps({"seconds": None, "timeout": a.timeout, "version": version}))
            return 0
        t = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = t if best is None else min(best, t)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    print(json.dumps({"seconds": best, "cpu_seconds": best_cpu, "version": version}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Peer for the load benchmark: python-igraph reading a relationships.csv into a graph.

Two idioms are timed, and the faster is reported as the peer:
- csv module + Graph.TupleList (pure igraph, what its tutorial shows for edge lists with names);
- pandas.read_csv + Graph.DataFrame (the C-speed CSV reader igraph's docs recommend).
Prints `name: seconds s` lines and the peak memory of this process.
"""
import csv
import resource
import sys
import time

import igraph as ig

path = sys.argv[1]

t0 = time.perf_counter()
with open(path, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = [h.strip().lower() for h in next(reader)]
    s, t, w = header.index("source"), header.index("target"), header.index("weight")
    g1 = ig.Graph.TupleList(((r[s], r[t], float(r[w])) for r in reader), directed=False, weights=True)
t1 = time.perf_counter()
print(f"igraph_tuplelist_seconds: {t1 - t0:.3f} s ({g1.vcount()} vertices, {g1.ecount()} edges)")
del g1

try:
    import pandas as pd
    t0 = time.perf_counter()
    df = pd.read_csv(path, usecols=["source", "target", "weight"])
    g2 = ig.Graph.DataFrame(df, directed=False, use_vids=False)
    t1 = time.perf_counter()
    print(f"igraph_pandas_seconds: {t1 - t0:.3f} s ({g2.vcount()} vertices, {g2.ecount()} edges)")
except ImportError:
    pass
print(f"peak_memory_mib: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB")

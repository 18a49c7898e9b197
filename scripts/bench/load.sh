#!/usr/bin/env bash
# Load benchmark (issue 2): a seeded synthetic network of 100,000 agencies and 1,000,000
# relationships, loaded by partnerscope (parse + validate + intern + both graph views) and, in the
# same run, read by python-igraph. Prints both times, the ratio and peak memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
AGENCIES=${AGENCIES:-100000}
RELATIONSHIPS=${RELATIONSHIPS:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product partnerscope-bench >/dev/null
bench=.build/release/partnerscope-bench
$bench generate "$work/full" --agencies "$AGENCIES" --relationships "$RELATIONSHIPS"
mkdir -p "$work/ties"
cp "$work/full/agencies.csv" "$work/full/relationships.csv" "$work/ties/"
echo "== partnerscope: agencies.csv + relationships.csv"
ours=$($bench load "$work/ties")
echo "$ours"
echo "== partnerscope: the full folder (with areas.csv and boundaries.csv)"
$bench load "$work/full"
echo "== python-igraph reading relationships.csv"
peer=$(python3 scripts/bench/load_igraph.py "$work/ties/relationships.csv")
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import re, sys
ours = float(re.search(r"load_and_graph_seconds: ([0-9.]+)", sys.argv[1]).group(1))
peers = [float(x) for x in re.findall(r"igraph_\w+_seconds: ([0-9.]+)", sys.argv[2])]
best = min(peers)
print(f"ratio partnerscope/igraph (best idiom): {ours / best:.2f}  (<= 1 means partnerscope is as fast or faster)")
PY

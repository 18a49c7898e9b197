#!/usr/bin/env bash
# Missing-partners benchmark (issue 6): Adamic-Adar + resource allocation for every untied pair with
# a common partner, partnerscope vs networkx 3.6.1 in the same run, on a seeded synthetic network;
# then the whole analysis on West Yorkshire with England as the catalogue.
set -euo pipefail
cd "$(dirname "$0")/../.."
AGENCIES=${AGENCIES:-20000}
RELATIONSHIPS=${RELATIONSHIPS:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product partnerscope-bench >/dev/null
bench=.build/release/partnerscope-bench
$bench generate "$work/net" --agencies "$AGENCIES" --relationships "$RELATIONSHIPS" --areas 5000
echo "== partnerscope"
ours=$($bench missing "$work/net")
echo "$ours"
echo "== networkx $(python3 -c 'import networkx; print(networkx.__version__)')"
peer=$(python3 scripts/bench/missing_networkx.py "$work/net/relationships.csv")
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import re, sys
ours = float(re.search(r"link_prediction_seconds: ([0-9.]+)", sys.argv[1]).group(1))
peer = float(re.search(r"networkx_link_prediction_seconds: ([0-9.]+)", sys.argv[2]).group(1))
n1 = int(float(re.search(r"link_prediction_pairs: ([0-9.]+)", sys.argv[1]).group(1)))
n2 = int(re.search(r"networkx_pairs: ([0-9]+)", sys.argv[2]).group(1))
assert n1 == n2, (n1, n2)
print(f"pairs: {n1}; ratio partnerscope/networkx: {ours / peer:.4f}  (networkx takes {peer / max(ours, 1e-9):.0f}x as long)")
PY
echo "== partnerscope: West Yorkshire with England as the catalogue"
$bench missing Networks/west-yorkshire --catalogue Networks/england

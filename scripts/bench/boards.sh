#!/usr/bin/env bash
# Two-mode centrality benchmark (issue 14): partnerscope's TwoModeCentrality and co-membership
# projection vs networkx's bipartite module, same seeded synthetic network (10,000 agencies,
# 2,000 boards), same run. Prints the ratio partnerscope/networkx (lower is faster).
set -euo pipefail
cd "$(dirname "$0")/../.."
AGENCIES=${AGENCIES:-10000}
BOARDS=${BOARDS:-2000}
MEMBERSHIPS=${MEMBERSHIPS:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product partnerscope-bench >/dev/null
bench=.build/release/partnerscope-bench
echo "== partnerscope"
ours=$($bench boards --agencies "$AGENCIES" --boards "$BOARDS" --memberships "$MEMBERSHIPS" --edges "$work/edges.csv")
echo "$ours"
echo "== networkx $(python3 -c 'import networkx; print(networkx.__version__)')"
peer=$(python3 scripts/bench/boards_networkx.py "$work/edges.csv" "$BOARDS")
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import re, sys
def get(name, text): return float(re.search(name + r": ([0-9.]+)", text).group(1))
ours, peer = sys.argv[1], sys.argv[2]
assert abs(get("two_mode_checksum", ours) - get("networkx_two_mode_checksum", peer)) < 1e-3 * max(1, get("two_mode_checksum", ours)), "checksums differ"
print("two-mode centrality ratio partnerscope/networkx: %.4f" % (get("two_mode_seconds", ours) / get("networkx_two_mode_seconds", peer)))
print("projection ratio partnerscope/networkx: %.4f" % (get("projection_seconds", ours) / get("networkx_projection_seconds", peer)))
PY

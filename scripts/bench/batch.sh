#!/usr/bin/env bash
# Batch benchmark (issue 8): the full England comparison by ICB footprint (42 sub-networks),
# analysis only and with one map per footprint, each in its own process (so each peak memory is
# its own), and in the same run the pandas + networkx peer on a subset of the same figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
ENGLAND=${ENGLAND:-Networks/england}
swift build -c release --product partnerscope-bench >/dev/null
bench=.build/release/partnerscope-bench
echo "== partnerscope: analysis only"
ours=$($bench batch --england "$ENGLAND" --type icb)
echo "$ours"
echo "== partnerscope: analysis, then the run recorded in a SQLite history (docs/history.md)"
$bench batch --england "$ENGLAND" --history "${TMPDIR:-/tmp}/partnerscope-bench-history.sqlite"
echo "== partnerscope: analysis and maps"
$bench batch --england "$ENGLAND" --type icb --maps yes
echo "== peer: pandas + networkx (density, centralization, Louvain only)"
peer=$(python3 scripts/bench/batch_networkx.py "$ENGLAND")
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import re, sys
ours = float(re.search(r"total_seconds: ([0-9.]+)", sys.argv[1]).group(1))
peer = float(re.search(r"peer_total_seconds: ([0-9.]+)", sys.argv[2]).group(1))
print(f"ratio partnerscope/peer (load + analysis): {ours / peer:.2f}  (< 1: partnerscope faster while computing more)")
PY

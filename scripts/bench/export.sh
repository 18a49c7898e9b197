#!/usr/bin/env bash
# Export benchmark: partnerscope's GraphML, GEXF and node-link JSON writers vs networkx's on the
# same seeded synthetic network, in the same run; then `partnerscope report` on the real networks.
set -euo pipefail
cd "$(dirname "$0")/../.."
AGENCIES=${AGENCIES:-20000}
RELATIONSHIPS=${RELATIONSHIPS:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product partnerscope-bench >/dev/null
swift build -c release --product partnerscope >/dev/null
bench=.build/release/partnerscope-bench
$bench generate "$work/net" --agencies "$AGENCIES" --relationships "$RELATIONSHIPS" --areas 5000 >/dev/null
mkdir -p "$work/ours" "$work/peer"
echo "== partnerscope"
ours=$($bench export "$work/net" --out "$work/ours")
echo "$ours"
echo "== networkx"
peer=$(python3 scripts/bench/export_networkx.py "$work/net" "$work/peer")
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import re, sys
for name in ("graphml", "gexf", "node_link_json"):
    ours = float(re.search(rf"export_{name}_seconds: ([0-9.]+)", sys.argv[1]).group(1))
    peer = float(re.search(rf"networkx_{name}_seconds: ([0-9.]+)", sys.argv[2]).group(1))
    print(f"{name}: ratio partnerscope/networkx {ours / peer:.3f} (networkx takes {peer / max(ours, 1e-9):.1f}x as long)")
PY
for net in Networks/west-yorkshire Networks/england; do
  start=$(date +%s.%N)
  .build/release/partnerscope report "$net" --out-dir "$work/report-$(basename "$net")" --quiet
  end=$(date +%s.%N)
  echo "report $(basename "$net"): $(python3 -c "print(f'{$end - $start:.2f}')") s (maps included)"
done

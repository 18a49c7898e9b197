#!/usr/bin/env bash
# The main job: set up, build, and write the analyst's report on the default network
# (Networks/west-yorkshire) to Output/west-yorkshire/: index.html (open it in a browser),
# metrics.json, the CSV tables, the maps (SVG, PNG) and the GraphML/GEXF/JSON exports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product partnerscope
bin=.build/release/partnerscope
network=${1:-Networks/west-yorkshire}
name=$(basename "$network")
out=Output/$name
"$bin" validate "$network"
"$bin" report "$network" --out-dir "$out"
echo "Wrote $out/ (open $out/index.html)"
ls -1 "$out" "$out/maps" 2>/dev/null || true

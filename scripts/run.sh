#!/usr/bin/env bash
# The main job: set up, build, and analyse the default network (Networks/west-yorkshire),
# writing everything to Output/west-yorkshire/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product partnerscope
bin=.build/release/partnerscope
network=${1:-Networks/west-yorkshire}
name=$(basename "$network")
out=Output/$name
mkdir -p "$out"
"$bin" validate "$network"
"$bin" summary "$network" --out "$out/summary.txt"
"$bin" summary "$network" --format json --out "$out/summary.json"
# Analyses that this build has (each writes its own file; see README for the commands).
has() { "$bin" help "$1" >/dev/null 2>&1; }
if has report; then "$bin" report "$network" --out "$out"; fi
if has centrality; then "$bin" centrality "$network" --format csv --out "$out/centrality.csv"; fi
if has gaps; then "$bin" gaps "$network" --format csv --out "$out/gaps.csv"; fi
if has silos; then "$bin" silos "$network" --format json --out "$out/silos.json"; fi
if has missing; then "$bin" missing "$network" --format csv --out "$out/missing.csv"; fi
if has map; then "$bin" map "$network" --kind network --format svg --out "$out/influence-map.svg"; fi
echo "Wrote $out/"
ls -1 "$out"

#!/usr/bin/env bash
# Coverage-guided fuzzing of the network loader and the analyses with libFuzzer.
#
#   bash scripts/fuzz/run.sh [libFuzzer flags...]     e.g. bash scripts/fuzz/run.sh -max_total_time=600
#   bash scripts/fuzz/run.sh crash-<hash>             replays one input (any path argument is run, not fuzzed)
#   STRUCTURED=1 bash scripts/fuzz/run.sh ...         bytes choose a well-formed network instead (see
#                                                     LoaderFuzz.swift): deeper into the analyses
#
# Not part of `swift build` or the tests: this script compiles scripts/fuzz/LoaderFuzz.swift together
# with the sources of PartnerscopeCore and PartnerscopeIO as one module (their `import
# PartnerscopeCore` lines dropped) with -sanitize=fuzzer,address. The build, the corpus and any
# crash-*/timeout-*/slow-unit-* files go to .build/fuzz/ (ignored by git). The seed corpus is made
# from the test fixtures and a slice of Networks/west-yorkshire; see LoaderFuzz.swift for the input
# format (files joined by the byte 0x1E; the survey and audit files come last). It runs one fuzzing process (no -jobs): the machine is small.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/.build/fuzz
flags=() fuzzflags=(-dict="$root/scripts/fuzz/network.dict")
if [ -n "${STRUCTURED:-}" ]; then out=$root/.build/fuzz-structured; flags=(-D STRUCTURED); fuzzflags=(); fi
mkdir -p "$out/src" "$out/corpus" "$out/seeds" "$out/artifacts"

# Sources as one module.
rm -f "$out/src"/*.swift
while IFS= read -r f; do
  sed 's/^import PartnerscopeCore$//' "$f" > "$out/src/$(echo "${f#"$root"/Sources/}" | tr / _)"
done < <(find "$root/Sources/PartnerscopeCore" "$root/Sources/PartnerscopeIO" -name '*.swift' | sort)
cp "$root/scripts/fuzz/LoaderFuzz.swift" "$out/src/"
# The default requirements, which SwiftPM embeds for PartnerscopeIO (Package.swift: .embedInCode).
{ printf 'struct PackageResources {\nstatic let requirements_csv: [UInt8] = ['
  od -An -v -tu1 "$root/Networks/requirements.csv" | tr -s ' \n' ',' | sed 's/^,//; s/,$//'
  printf ']\n}\n'; } > "$out/src/PackageResources.swift"
swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -enable-upcoming-feature ExistentialAny "${flags[@]}" \
  -Onone -g -module-name FuzzLoader "$out/src"/*.swift -o "$out/loader-fuzz" 2>&1 \
  | { grep -v "ld.gold: warning: Cannot export local symbol '__asan" || true; }

# Seeds: each fixture folder as one input (agencies RS relationships RS areas RS boundaries).
seed() {  # seed NAME DIR [LINES]: joins the folder's files, each cut to LINES lines
  local name=$1 dir=$2 lines=${3:-100000} f k=0
  : > "$out/seeds/$name"
  for f in agencies relationships areas boundaries; do
    [ -f "$dir/$f.csv" ] || break
    [ $k -gt 0 ] && printf '\036' >> "$out/seeds/$name"
    head -n "$lines" "$dir/$f.csv" >> "$out/seeds/$name"
    k=$((k + 1))
  done
}
fixtures=$root/Tests/TestSupport/Fixtures
if [ -n "${STRUCTURED:-}" ]; then
  for i in $(seq 0 255); do printf "\\$(printf %03o "$(( (i * 37 + 11) % 256 ))")"; done > "$out/seeds/bytes"
else
for d in hostile-names coterminosity-random coterminosity-random-nopop knoke-network \
         centrality/kite centrality/florentine centrality/disconnected; do
  seed "$(echo "$d" | tr / -)" "$fixtures/$d"
done
seed west-yorkshire-slice "$root/Networks/west-yorkshire" 25
# Boards: the fixture's four files, an empty requirements part, then boards.csv and memberships.csv.
seed boards-fixture "$fixtures/boards-fixture"
for f in boards memberships; do
  printf '\036' >> "$out/seeds/boards-fixture"
  [ "$f" = boards ] && printf '\036' >> "$out/seeds/boards-fixture"
  cat "$fixtures/boards-fixture/$f.csv" >> "$out/seeds/boards-fixture"
done
# Survey, audit and spend: the audit fixture (agencies given dates and budgets here), an empty
# requirements part, its boards and memberships, a survey with dated and labelled waves (fire
# answers in 2023-03 though founded in 2024), its audit and custom questions.
af=$fixtures/audit-fixture
{
  printf 'id,name,sector,type,budget_m,start,end\n'
  tail -n +2 "$af/agencies.csv" | awk -F, '{ b = (NR % 3 == 0) ? "" : NR * 10; s = ($1 == "fire") ? "2024" : ""; e = ($1 == "probation") ? "2023-06-30" : ""; print $1 "," $2 "," $3 "," $4 "," b "," s "," e }'
  for f in relationships areas boundaries; do printf '\036'; cat "$af/$f.csv"; done
  printf '\036\036'; cat "$af/boards.csv"; printf '\036'; cat "$af/memberships.csv"; printf '\036'
  printf 'respondent,about,wave,trust_reliability,trust_mission,trust_openness,value_power,value_involvement,value_resources,frequency,provenance\n'
  printf 'council1,police,2023-03,4,4,3,4,3,3,5,illustrative\npolice,council1,2023-03,2,3,,3,3,,2,illustrative\n'
  printf 'fire,icb,2023-03,1,1,1,1,1,1,0,illustrative\nprobation,council2,2023-03,3,3,3,2,2,2,,illustrative\n'
  printf 'council2,police,2024,1,2,1,4,4,4,1e9,illustrative\npolice,council2,2024,4,4,4,1,1,1,-3,illustrative\n'
  printf 'icb,council1,spring,3,3,3,3,3,3,2.5,illustrative\n\036'
  cat "$af/audit.csv"; printf '\036'; cat "$af/audit-questions.csv"
} > "$out/seeds/survey-audit"
# Time: a succession (PCT, then CCG, then ICB), ties with since and until, a conflict.
{
  printf 'id,name,sector,type,start,end,successor_of\n'
  printf 'pct,Leeds PCT,public,pct,2006-10-01,2013-03-31,\nccg,Leeds CCG,public,ccg,2013-04-01,2022-06-30,pct\n'
  printf 'icb,WY ICB,public,icb,2022-07-01,,ccg\ncouncil,Leeds City Council,public,metropolitan-district,1974,,\n'
  printf 'police,WY Police,public,police,1974-04,,\n\036'
  printf 'source,target,type,weight,directed,since,until\n'
  printf 'pct,council,partnership,2,false,2006-10-01,2013-03-31\nccg,council,partnership,2,false,2013,2022-06-30\n'
  printf 'icb,council,partnership,3,false,2022-07-01,\ncouncil,police,conflict,1,false,2020-02-29,2021-12-31\n'
  printf 'icb,police,agreement,1,false,2024,\n\036'
  printf 'code,name,population,parent\nL,Leeds,800000,\n\036'
  printf 'agency_id,area_code\npct,L\nccg,L\nicb,L\ncouncil,L\npolice,L\n'
} > "$out/seeds/dated"
fi

for a in "$@"; do
  if [ -f "$a" ]; then SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 exec "$out/loader-fuzz" "$@"; fi
done
# Leak detection is off (per input and at exit): FileManager.contents(atPath:) leaks 4 KiB each time
# it reads an empty file (swift-foundation, not this package). Swift's own crash backtracer and ASan
# get in each other's way: let ASan and libFuzzer report.
export SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0
cd "$out/artifacts"
exec "$out/loader-fuzz" -max_len=4096 -timeout=10 -rss_limit_mb=4096 \
  -detect_leaks=0 -print_final_stats=1 "${fuzzflags[@]}" "$@" "$out/corpus" "$out/seeds"

#!/usr/bin/env bash
# Relationship-survey benchmark (issue 15): SurveyAnalysis (PARTNER trust and value per rating,
# relationship, agency and wave; mean symmetrisation) vs the same scores by a pandas groupby
# (scripts/bench/survey_pandas.py), same seeded synthetic survey (1,000 agencies x 50 ratings each,
# 2,000 ties), same run. Prints the ratio partnerscope/pandas (lower is faster) after checking that
# the two checksums agree.
set -euo pipefail
cd "$(dirname "$0")/../.."
AGENCIES=${AGENCIES:-1000}
RATINGS=${RATINGS:-50}
REPEAT=${REPEAT:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product partnerscope-bench >/dev/null
bench=.build/release/partnerscope-bench
echo "== partnerscope"
ours=$($bench survey --agencies "$AGENCIES" --ratings "$RATINGS" --repeat "$REPEAT" --out "$work/net")
echo "$ours"
echo "== pandas"
peer=$(python3 scripts/bench/survey_pandas.py "$work/net" --repeat "$REPEAT")
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import re, sys
def get(name, text): return float(re.search(name + r": ([0-9.eE+-]+)", text).group(1))
ours, peer = sys.argv[1], sys.argv[2]
a, b = get("survey_checksum", ours), get("pandas_survey_checksum", peer)
assert abs(a - b) <= 1e-6 * max(1.0, abs(a)), f"checksums differ: {a} vs {b}"
print("checksums agree: %.6f" % a)
print("survey analysis ratio partnerscope/pandas: %.4f  (%.4f s vs %.4f s)" % (
    get("survey_analysis_seconds", ours) / get("pandas_survey_seconds", peer),
    get("survey_analysis_seconds", ours), get("pandas_survey_seconds", peer)))
PY

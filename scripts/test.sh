#!/usr/bin/env bash
# The test command: set up (system packages), build and run every test, then open the analyst's
# report and every other kind of page in headless Chromium (scripts/check_report_browser.py).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build --build-tests
swift test --skip-build --disable-xctest "$@"

# Browser check of `partnerscope report`: Chromium comes from Debian's packages and is needed only
# here, so it is installed on the test path rather than by setup.sh.
if ! command -v chromium >/dev/null 2>&1; then
  echo "test: installing chromium for the report's browser check" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null; } \
    || echo "test: apt-get could not install chromium" >&2
fi
if command -v chromium >/dev/null 2>&1; then
  bin="$(swift build --show-bin-path)/partnerscope"
  check=.build/report-check
  rm -rf "$check"
  "$bin" report Networks/west-yorkshire --out-dir "$check/west-yorkshire" --quiet
  "$bin" report Tests/TestSupport/Fixtures/hostile-names --out-dir "$check/hostile-names" --quiet
  python3 scripts/check_report_browser.py "$check/west-yorkshire" "$check/west-yorkshire.png"
  python3 scripts/check_report_browser.py "$check/hostile-names" "$check/hostile-names.png"
  # Every other kind of page (one HTMLPage for all): comparison and area pages, trend, board theme, diff.
  "$bin" compare Tests/TestSupport/Fixtures/hostile-names Networks/west-yorkshire --out-dir "$check/compare" \
    --history "$check/runs.sqlite" --run-label one --quiet
  "$bin" compare Tests/TestSupport/Fixtures/hostile-names Networks/west-yorkshire --no-maps --out-dir "$check/compare-again" \
    --history "$check/runs.sqlite" --run-label two --quiet
  "$bin" trend "$check/runs.sqlite" --metric density --by network --out-dir "$check/trend" --quiet
  "$bin" batch Tests/TestSupport/Fixtures/boards-fixture --by board-theme=community-safety --out-dir "$check/boards" --quiet >/dev/null
  "$bin" diff Networks/west-yorkshire --from 2009-06-30 --to 2024-06-30 --maps "$check/diff" --quiet >/dev/null
  for page in compare/index.html compare/areas/hostile-names.html trend/index.html boards/index.html diff/index.html; do
    python3 scripts/check_report_browser.py "$check/$page" "$check/$(echo "$page" | tr / -).png"
  done
else
  echo "SKIP: report browser check: chromium is not installed and could not be installed" >&2
fi

#!/usr/bin/env bash
# Installs what Partnerscope needs on a fresh Debian machine (run as root), then builds it.
# Idempotent: packages already present are not installed again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in libgraphviz-dev pkg-config graphviz libsqlite3-dev sqlite3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: Swift 6.x is required (swift not found on PATH)" >&2; exit 1; }

#!/usr/bin/env bash
# nodule serve against node's plain http server (one process, no isolation) in the same
# run. usage: bench/serve.sh [runs] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
[ -d tests/npm/node_modules/express ] || make tests/npm/node_modules/.package-lock.json
ulimit -n 4096
python3 bench/serve.py --runs "${1:-3}" --seconds "${2:-5}"

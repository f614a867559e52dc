#!/usr/bin/env bash
# HTTP serving, nodule against node: wrk requests/s and p99 latency, and memory with
# 1,000 idle keep-alive connections. usage: bench/http.sh [runs] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)"; exit 1; }
ulimit -n 4096
python3 bench/http.py --runs "${1:-3}" --seconds "${2:-10}"

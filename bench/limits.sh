#!/usr/bin/env bash
# Limits: enforcement latency and the cost of watching (see bench/limits.py).
# usage: bench/limits.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
python3 bench/limits.py "${1:-15}"

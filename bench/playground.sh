#!/usr/bin/env bash
# The browser playground in headless Chromium: navigation to an editor that edits, to
# the guest ready to run, and Run to hello world's first output; then page weight.
# usage: bench/playground.sh [loads]   (default 5 page loads, each with 10 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
make --no-print-directory playground >/dev/null
node playground/bench.mjs "${1:-5}"

#!/usr/bin/env bash
# Intl's formatters, collator and segmenter, nodule against node in the same run: time per
# operation (median of 3 runs each) and the nodule/node ratio. usage: bench/intl.sh
set -euo pipefail
cd "$(dirname "$0")/.."
NODULE=${NODULE:-target/release/nodule}
python3 bench/rows.py "$NODULE" bench/intl.js 4

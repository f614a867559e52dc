#!/usr/bin/env bash
# Bulk crypto, nodule against node: sha256 and aes-256-gcm over 100 MB (bench/crypto.js),
# the median of 3 runs each and the nodule/node ratio. usage: bench/crypto.sh
set -euo pipefail
cd "$(dirname "$0")/.."
NODULE=${NODULE:-target/release/nodule}
python3 bench/rows.py "$NODULE" bench/crypto.js 0

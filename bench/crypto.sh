#!/usr/bin/env bash
# Bulk crypto, nodule against node: sha256 and aes-256-gcm over 100 MB (bench/crypto.js),
# the median of 3 runs each and the nodule/node ratio. usage: bench/crypto.sh
set -euo pipefail
cd "$(dirname "$0")/.."
NODULE=${NODULE:-target/release/nodule}
python3 - "$NODULE" <<'PY'
import json, statistics, subprocess, sys
nodule = sys.argv[1]
def runs(command):
    samples = [json.loads(subprocess.run(command + ['bench/crypto.js'], check=True, capture_output=True, text=True).stdout) for _ in range(3)]
    return {row: statistics.median(s[row] for s in samples) for row in samples[0]}
ours, theirs = runs([nodule, '--allow-all']), runs(['node'])
print('| operation | nodule ms | node ms | ratio |')
print('|---|---:|---:|---:|')
for row in ours:
    print(f'| {row} | {ours[row]:.0f} | {theirs[row]:.0f} | {ours[row] / theirs[row]:.2f} |')
PY

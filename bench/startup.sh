#!/usr/bin/env bash
# Start-up: wall time and peak memory of a hello world and of a timer-driven script,
# nodule against node, runs alternating, medians. usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
cat >"${TMPDIR:-/tmp}/nodule-bench-timers.js" <<'JS'
let n = 0;
const tick = () => (++n < 10 ? setTimeout(tick, 1) : console.log('done', n));
setTimeout(tick, 1);
JS
python3 bench/measure.py --header --runs "$runs" --label "hello world" bench/hello.js
python3 bench/measure.py --runs "$runs" --label "10 chained 1 ms timers" "${TMPDIR:-/tmp}/nodule-bench-timers.js"

#!/usr/bin/env bash
# Every core through worker_threads: a CPU-bound job (bench/cores.js) on 1 and on 2
# workers, wall time of the whole program, nodule against node (bench/measure.py); then
# worker start-up as each runtime measures it in-process (bench/worker-startup.js); then a
# cluster HTTP hello on 1 and on 2 workers (bench/cluster.py).
# usage: bench/cores.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
python3 bench/measure.py --header --runs "$runs" --label "primes below 1e6, 1 worker" bench/cores.js 1 1e6
python3 bench/measure.py --runs "$runs" --label "primes below 1e6, 2 workers" bench/cores.js 2 1e6
echo
echo "worker start-up (new Worker to 'exit', median of 20):"
echo "  nodule: $("${NODULE:-target/release/nodule}" --allow-worker bench/worker-startup.js 20)"
echo "  node:   $(node bench/worker-startup.js 20)"
echo
python3 bench/cluster.py --runs "$runs"

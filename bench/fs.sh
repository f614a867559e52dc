#!/usr/bin/env bash
# File-system throughput, nodule against node in the same run (alternating, medians):
# readFile of 100 MB, a streaming copy of it through pipeline, 10,000 small files
# written then readdir+stat'ed, 1,000 concurrent fs.promises.readFile.
# usage: bench/fs.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d "${TMPDIR:-/tmp}/nodule-bench-fs.XXXXXX")
trap 'rm -rf "$work"' EXIT
node bench/fs-work.js setup "$work"
node bench/fs-work.js smallFiles "$work"
first=1
for workload in readFile streamCopy smallFiles concurrentReads; do
  header=""
  [ "$first" = 1 ] && header="--header" && first=0
  python3 bench/measure.py $header --runs "$runs" --label "$workload" bench/fs-work.js "$workload" "$work"
done

#!/usr/bin/env bash
# Node.js's own tests (test/parallel of v20.11.1, kept outside the repo in ../shared/node-suite)
# under Nodule, through the suite's own runner (its README.md says how a test passes).
#
#   tests/node_compat/run.sh list     # the tests in passing.txt; any failure fails (make test)
#   tests/node_compat/run.sh report   # every test; writes the per-area table to REPORT.md
#                                     # (make node-compat)
#
# NODULE (default target/release/nodule), NODE_SUITE (default ../shared/node-suite), JOBS
# (default 2) and TIMEOUT (default 30 s) may be set. A test counts for compatibility only
# where node passes it (the suite's NODE-BASELINE.tsv).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
NODULE="${NODULE:-$ROOT/target/release/nodule}"
NODE_SUITE="${NODE_SUITE:-$ROOT/../shared/node-suite}"
export JOBS="${JOBS:-2}" TIMEOUT="${TIMEOUT:-30}"
# The host executables the child_process tests run (those this machine has), and the
# OpenSSL command test/common probes beside the runtime (absent: its start fails, as the
# suite expects, instead of being refused).
executables="$(dirname "$NODULE")/openssl-cli"
for name in sh echo cat pwd head grep sed wc ls sleep true false env yes mkfifo touch date; do
  command -v "$name" >/dev/null && executables="$executables,$name"
done
export RUNTIME="$NODULE --allow-all --allow-child-process=$executables"
mode="${1:-}"

if [ ! -x "$NODE_SUITE/run.sh" ]; then
  {
    echo "################################################################################"
    echo "# node-compat SKIPPED: Node's test suite is not at $NODE_SUITE"
    echo "# (set NODE_SUITE to a checkout of it to run tests/node_compat)"
    echo "################################################################################"
  } >&2
  exit 0
fi

case "$mode" in
  list)
    results="$(mktemp -d "${TMPDIR:-/tmp}/node-compat.XXXXXX")"
    if RESULTS_DIR="$results" LIST="$HERE/passing.txt" "$NODE_SUITE/run.sh"; then
      exit 0
    fi
    # A listed test that fails runs once more, alone: the suite has tests that depend on
    # timing, and two jobs on a loaded 2-core machine can starve them. Only a second
    # failure fails the list; a test that passed only the second time is named here so
    # that it gets looked at.
    awk -F'\t' '$3 != "PASS" { print $1 }' "$results/results.tsv" > "$results/retry.txt"
    echo
    echo "running the $(wc -l < "$results/retry.txt" | tr -d ' ') failed test(s) again, one at a time"
    RESULTS_DIR="$results/retry" LIST="$results/retry.txt" JOBS=1 "$NODE_SUITE/run.sh"
    echo "PASSED ONLY ON A SECOND RUN (flaky):"
    sed 's/^/  /' "$results/retry.txt"
    ;;
  report)
    results="$(mktemp -d "${TMPDIR:-/tmp}/node-compat.XXXXXX")"
    RESULTS_DIR="$results" "$NODE_SUITE/run.sh" || true
    "$HERE/report.awk" -v command="make node-compat" -v jobs="$JOBS" -v timeout="$TIMEOUT" \
      "$NODE_SUITE/NODE-BASELINE.tsv" "$results/results.tsv" "$HERE/expected-failures.txt" \
      > "$HERE/REPORT.md"
    echo "wrote $HERE/REPORT.md (results in $results/results.tsv)"
    ;;
  *)
    echo "usage: $0 list|report" >&2
    exit 2
    ;;
esac

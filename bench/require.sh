#!/usr/bin/env bash
# Loading a large dependency tree (about 700 CommonJS modules from tests/npm's
# node_modules): wall time and peak memory, nodule against node. Needs `make test`
# (or `npm ci` in tests/npm) first. usage: bench/require.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d tests/npm/node_modules/lodash ] || { echo "run make test (it installs tests/npm) first"; exit 1; }
python3 bench/measure.py --header --runs "${1:-10}" --label "require 699 modules (lodash modular + ajv)" bench/require-tree.js

#!/usr/bin/env bash
# Records what real node prints for fixtures: `tests/record.sh tests/js/area/name.js ...`
# writes name.out, and name.err / name.status when node wrote to stderr or exited non-zero,
# with the fixture's folder written as $DIR. Run it only with the node release the
# fixtures target (v20), and read the diff before committing.
set -euo pipefail
for script in "$@"; do
  dir=$(cd "$(dirname "$script")" && pwd)
  base="${script%.*}"
  args=$(head -n 1 "$script" | sed -n 's|^// args:||p')
  flags=$(head -n 3 "$script" | sed -n 's|^// node-flags:||p')
  set +e
  # shellcheck disable=SC2086
  (cd "$dir" && node $flags "$dir/$(basename "$script")" $args) >"$base.out.tmp" 2>"$base.err.tmp"
  status=$?
  set -e
  sed "s|$dir|\$DIR|g" "$base.out.tmp" >"$base.out"
  if [ -s "$base.err.tmp" ]; then sed "s|$dir|\$DIR|g" "$base.err.tmp" >"$base.err"; else rm -f "$base.err"; fi
  if [ "$status" -ne 0 ]; then echo "$status" >"$base.status"; else rm -f "$base.status"; fi
  rm -f "$base.out.tmp" "$base.err.tmp"
  echo "recorded $script (exit $status)"
done

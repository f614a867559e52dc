#!/usr/bin/env bash
# Engine speed: the CPU-bound mix in bench/cpu.js under nodule, under native `qjs` built
# from the very QuickJS-ng source rquickjs-sys compiles into the guest, and under node;
# runs alternate, medians and ratios as a markdown table (bench/cpu.py).
#
# usage: bench/cpu.sh [rounds] [label=path/to/nodule ...]
#   Without nodule paths, $NODULE (default target/release/nodule) is measured. With
#   several, each is a column, measured in the same rounds (to compare builds; each
#   binary needs its nodule-guest*.cwasm files beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
shift || true

# The QuickJS-ng source is the one rquickjs-sys vendors, at the version Cargo.lock pins.
version=$(awk '/^name = "rquickjs-sys"$/ { getline; gsub(/[" ]/, ""); sub(/^version=/, ""); print }' Cargo.lock)
registry=${CARGO_HOME:-$HOME/.cargo}/registry/src
src=$(ls -d "$registry"/*/"rquickjs-sys-$version"/quickjs 2>/dev/null | head -1 || true)
if [ -z "$src" ]; then
	cargo fetch --quiet
	src=$(ls -d "$registry"/*/"rquickjs-sys-$version"/quickjs | head -1)
fi

# Native qjs as QuickJS-ng's own release build makes it (CMakeLists.txt, Release:
# -O3 -DNDEBUG, -funsigned-char, libc with the CLI), with gcc. Cached under target/,
# rebuilt when the source or these flags change.
qjs_dir=target/qjs-native
qjs=$qjs_dir/qjs
flags=(-O3 -DNDEBUG -funsigned-char -D_GNU_SOURCE -DQUICKJS_NG_BUILD -DQJS_BUILD_LIBC -w)
stamp="$src ${flags[*]} $(gcc --version | head -1)"
if [ ! -x "$qjs" ] || [ "$(cat "$qjs_dir/stamp" 2>/dev/null)" != "$stamp" ]; then
	echo "building native qjs from $src (gcc ${flags[*]})" >&2
	mkdir -p "$qjs_dir"
	gcc "${flags[@]}" -I"$src" -o "$qjs.tmp" \
		"$src"/{qjs.c,gen/repl.c,gen/standalone.c,quickjs-libc.c,quickjs.c,libregexp.c,libunicode.c,dtoa.c} \
		-lm -ldl -lpthread
	mv "$qjs.tmp" "$qjs"
	echo "$stamp" >"$qjs_dir/stamp"
fi

nodules=("$@")
[ ${#nodules[@]} -gt 0 ] || nodules=("nodule=${NODULE:-target/release/nodule}")
python3 bench/cpu.py ${CPU_RAW:+--raw "$CPU_RAW"} --rounds "$rounds" --qjs "$qjs" "${nodules[@]}"

#!/usr/bin/env bash
# Engine speed: the CPU-bound mix in bench/cpu.js (or $BENCH_SCRIPT) under nodule, under
# native `qjs` built from the very QuickJS-ng source the guest compiles (vendor/rquickjs-sys
# with its patches), and under node; runs alternate, medians and ratios as a markdown
# table (bench/cpu.py).
#
# usage: bench/cpu.sh [rounds] [label=path/to/nodule ...]
#   Without nodule paths, $NODULE (default target/release/nodule) is measured. With
#   several, each is a column, measured in the same rounds (to compare builds; each
#   binary needs its nodule-guest*.cwasm files beside it).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
shift || true

# Native qjs as QuickJS-ng's own release build makes it (CMakeLists.txt, Release:
# -O3 -DNDEBUG, -funsigned-char, libc with the CLI), with gcc, from vendor/rquickjs-sys's
# QuickJS-ng with the same patches the guest's build applies. Cached under target/,
# rebuilt when the source, the patches or these flags change.
qjs_dir=target/qjs-native
qjs=$qjs_dir/qjs
src=$qjs_dir/src
flags=(-O3 -DNDEBUG -funsigned-char -D_GNU_SOURCE -DQUICKJS_NG_BUILD -DQJS_BUILD_LIBC -w)
stamp="$(sha256sum vendor/rquickjs-sys/quickjs/quickjs.c vendor/rquickjs-sys/patches/*.patch | sha256sum) ${flags[*]} $(gcc --version | head -1)"
if [ ! -x "$qjs" ] || [ "$(cat "$qjs_dir/stamp" 2>/dev/null)" != "$stamp" ]; then
	echo "building native qjs from vendor/rquickjs-sys/quickjs and its patches (gcc ${flags[*]})" >&2
	rm -rf "$src"
	mkdir -p "$qjs_dir"
	cp -r vendor/rquickjs-sys/quickjs "$src"
	for patch in vendor/rquickjs-sys/patches/*.patch; do patch --batch --quiet -p1 -d "$src" -i "$PWD/$patch"; done
	gcc "${flags[@]}" -I"$src" -o "$qjs.tmp" \
		"$src"/{qjs.c,gen/repl.c,gen/standalone.c,quickjs-libc.c,quickjs.c,libregexp.c,libunicode.c,dtoa.c} \
		-lm -ldl -lpthread
	mv "$qjs.tmp" "$qjs"
	echo "$stamp" >"$qjs_dir/stamp"
fi

nodules=("$@")
[ ${#nodules[@]} -gt 0 ] || nodules=("nodule=${NODULE:-target/release/nodule}")
python3 bench/cpu.py ${CPU_RAW:+--raw "$CPU_RAW"} --script "${BENCH_SCRIPT:-bench/cpu.js}" --rounds "$rounds" --qjs "$qjs" "${nodules[@]}"

#!/usr/bin/env bash
# Promise-heavy work (bench/promises.js: awaits, then chains, Promise.all, nested async
# calls) under nodule, native qjs and node, as bench/cpu.sh runs its mix; what the engine's
# async context (vendor/rquickjs-sys/patches/async-context.patch) costs shows here first.
#
# usage: bench/promises.sh [rounds] [label=path/to/nodule ...]
BENCH_SCRIPT=bench/promises.js exec "$(dirname "$0")/cpu.sh" "$@"

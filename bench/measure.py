#!/usr/bin/env python3
"""Runs a script under nodule and under node, alternating, and prints a markdown table
of median wall time and median peak memory (max RSS) with the nodule/node ratio.

usage: measure.py --runs N --label NAME script.js [script args...]
The nodule binary comes from $NODULE (default target/release/nodule).
"""
import argparse
import os
import statistics
import subprocess
import time


def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr}")
    return elapsed * 1000, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--label", required=True)
    parser.add_argument("--header", action="store_true", help="print the table header first")
    parser.add_argument("script", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    nodule = os.environ.get("NODULE", "target/release/nodule")
    runtimes = {"nodule": [nodule, "--allow-all"], "node": ["node"]}
    results = {name: ([], []) for name in runtimes}
    run_once(runtimes["nodule"] + args.script)  # compiles and caches the guest once
    for _ in range(args.runs):
        for name, command in runtimes.items():
            wall, rss = run_once(command + args.script)
            results[name][0].append(wall)
            results[name][1].append(rss)
    med = {name: (statistics.median(w), statistics.median(m)) for name, (w, m) in results.items()}
    if args.header:
        print("| benchmark | nodule ms | node ms | time ratio | nodule MiB | node MiB | memory ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|")
    (nw, nm), (dw, dm) = med["nodule"], med["node"]
    print(f"| {args.label} | {nw:.1f} | {dw:.1f} | {nw / dw:.2f} | {nm:.1f} | {dm:.1f} | {nm / dm:.2f} |")


if __name__ == "__main__":
    main()

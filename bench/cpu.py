#!/usr/bin/env python3
"""Runs bench/cpu.js (or --script) under one or more nodule builds, native qjs and node, alternating
(the order rotates each round), and prints a markdown table of medians: each part of
the mix as the script times it, their sum, and the whole process's wall and CPU time
(user + system, which a busy machine disturbs less than wall time).

usage: cpu.py --rounds N --qjs path/to/qjs [--script bench/x.js] label=path/to/nodule [label=path ...]
Called by bench/cpu.sh (and bench/promises.sh), which builds qjs.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stdout, stderr = process.communicate()
    elapsed = (time.perf_counter() - start) * 1000
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr.decode(errors='replace')}")
    return json.loads(stdout), elapsed


def run_measured(command):
    """One run; the child's CPU time comes from the difference in RUSAGE_CHILDREN."""
    before = os.times()
    result, wall = run_once(command)
    after = os.times()
    cpu = ((after.children_user - before.children_user) + (after.children_system - before.children_system)) * 1000
    return result, wall, cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--qjs", required=True)
    parser.add_argument("--raw", help="also write every sample to this JSON file")
    parser.add_argument("--script", default="bench/cpu.js", help="a script printing {parts, checks} as bench/cpu.js does")
    parser.add_argument("nodules", nargs="+", help="label=path of a nodule binary")
    args = parser.parse_args()
    runtimes = {}
    for spec in args.nodules:
        label, _, path = spec.partition("=")
        runtimes[label] = [path, "--allow-all", args.script]
    nodule_labels = list(runtimes)
    runtimes["qjs"] = [args.qjs, args.script]
    runtimes["node"] = ["node", args.script]

    samples = {name: {} for name in runtimes}
    checks = {}
    names = list(runtimes)
    load_before = os.getloadavg()[0]
    for name in names:  # one unmeasured run each: page cache, CPU frequency
        run_once(runtimes[name])
    for round_index in range(args.rounds):
        order = names[round_index % len(names):] + names[: round_index % len(names)]
        for name in order:
            result, wall, cpu = run_measured(runtimes[name])
            rows = dict(result["parts"], **{"process wall": wall, "process CPU": cpu})
            for row, ms in rows.items():
                samples[name].setdefault(row, []).append(ms)
            checks.setdefault(json.dumps(result["checks"], sort_keys=True), set()).add(name)
        print(f"round {round_index + 1}/{args.rounds} done", file=sys.stderr)
    load_after = os.getloadavg()[0]
    if len(checks) != 1:
        print(f"warning: the runtimes computed different results: {checks}", file=sys.stderr)

    if args.raw:
        with open(args.raw, "w") as file:
            json.dump(samples, file)
    median = {name: {row: statistics.median(v) for row, v in rows.items()} for name, rows in samples.items()}
    columns = [f"{name} ms" for name in runtimes]
    ratios = [f"{label}/qjs" for label in nodule_labels] + [f"{nodule_labels[0]}/node"]
    print(f"| {args.rounds} rounds, medians | " + " | ".join(columns + ratios) + " |")
    print("|---|" + "---:|" * (len(columns) + len(ratios)))
    for row in samples[names[0]]:
        cells = [f"{median[name][row]:.0f}" for name in runtimes]
        cells += [f"{median[label][row] / median['qjs'][row]:.2f}x" for label in nodule_labels]
        cells.append(f"{median[nodule_labels[0]][row] / median['node'][row]:.2f}x")
        bold = "**" if row == "total" else ""
        print(f"| {bold}{row}{bold} | " + " | ".join(cells) + " |")
    print(f"\nload average (1 min) {load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} CPUs", file=sys.stderr)


if __name__ == "__main__":
    main()

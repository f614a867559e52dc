#!/usr/bin/env python3
"""Runs a bench script that prints one JSON object of {row: milliseconds} under nodule and
under node, 3 times each, and prints a markdown table of the medians and the
nodule/node ratio.

usage: rows.py <nodule> <script.js> <decimals>
"""
import json
import statistics
import subprocess
import sys

nodule, script, decimals = sys.argv[1], sys.argv[2], int(sys.argv[3])


def runs(command):
    samples = [json.loads(subprocess.run(command + [script], check=True, capture_output=True, text=True).stdout) for _ in range(3)]
    return {row: statistics.median(s[row] for s in samples) for row in samples[0]}


ours, theirs = runs([nodule, "--allow-all"]), runs(["node"])
print("| operation | nodule ms | node ms | ratio |")
print("|---|---:|---:|---:|")
for row in ours:
    print(f"| {row} | {ours[row]:.{decimals}f} | {theirs[row]:.{decimals}f} | {ours[row] / theirs[row]:.2f} |")

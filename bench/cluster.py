#!/usr/bin/env python3
"""A cluster HTTP hello (bench/cluster-hello.js) with 1 and with 2 workers, nodule and node
in the same run: wrk -t2 -c50, requests/s, median of the runs, and the 2-against-1 ratio.

usage: cluster.py [--runs N] [--seconds S]
The nodule binary comes from $NODULE (default target/release/nodule).
"""
import argparse
import os
import re
import socket
import statistics
import subprocess

SERVER = "bench/cluster-hello.js"
RUNTIMES = {
    "nodule": [os.environ.get("NODULE", "target/release/nodule"), "--allow-child-process", "--allow-net=127.0.0.1"],
    "node": ["node"],
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def requests_per_second(command, workers, seconds):
    port = free_port()
    server = subprocess.Popen(command + [SERVER, str(port), str(workers)], stdout=subprocess.PIPE)
    try:
        if server.stdout.readline().strip() != b"ready":
            raise SystemExit(f"{command[0]} did not start its cluster")
        out = subprocess.run(["wrk", "-t2", "-c50", f"-d{seconds}s", f"http://127.0.0.1:{port}/"],
                             check=True, capture_output=True, text=True).stdout
        return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    finally:
        server.kill()
        server.wait()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    rates = {(name, workers): [] for name in RUNTIMES for workers in (1, 2)}
    for _ in range(args.runs):
        for name, command in RUNTIMES.items():
            for workers in (1, 2):
                rates[(name, workers)].append(requests_per_second(command, workers, args.seconds))
    median = {key: statistics.median(values) for key, values in rates.items()}
    print(f"| cluster hello, wrk -t2 -c50, {args.seconds}s x {args.runs} runs | 1 worker | 2 workers | 2 against 1 |")
    print("| --- | ---: | ---: | ---: |")
    for name in RUNTIMES:
        one, two = median[(name, 1)], median[(name, 2)]
        print(f"| {name} requests/s | {one:.0f} | {two:.0f} | {two / one:.2f}x |")


if __name__ == "__main__":
    main()

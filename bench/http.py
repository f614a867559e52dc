#!/usr/bin/env python3
"""HTTP serving, nodule against node in the same run: wrk against bench/http-hello.js
and an Express hello (bench/serve/express-hello.js, from tests/npm's node_modules):
requests/s, p99 latency and the server's CPU time per request (user + system, which
other load on the machine disturbs least), medians of the runs; then the hello
server's resident memory holding 1,000 idle keep-alive connections. Prints a
markdown table.

usage: http.py [--runs N] [--seconds S] [--connections C]
The nodule binary comes from $NODULE (default target/release/nodule).
"""
import argparse
import os
import re
import socket
import statistics
import subprocess
import time

HELLO = "bench/http-hello.js"
EXPRESS = "bench/serve/express-hello.js"
NPM_MODULES = os.path.abspath("tests/npm/node_modules")


def start(command, script, port):
    env = dict(os.environ, NODE_PATH=NPM_MODULES)
    server = subprocess.Popen(command + [script, str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if server.stdout.readline().strip() != b"ready":
        raise SystemExit(f"{command[0]} did not start: {server.stderr.read().decode(errors='replace')}")
    return server


def wrk(port, seconds, connections):
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}/"],
        check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()
    p99_ms = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return rps, p99_ms, requests


def cpu_seconds(pid):
    """The process's user + system CPU time so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(command, script, port, seconds, connections):
    """wrk against `script` under `command`: requests/s, p99 ms, CPU µs per request, and the server."""
    server = start(command, script, port)
    before = cpu_seconds(server.pid)
    rps, p99, requests = wrk(port, seconds, connections)
    cpu_us = (cpu_seconds(server.pid) - before) * 1e6 / requests
    return (rps, p99, cpu_us), server


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) / 1024


def idle_connections_rss(port, server, count):
    """Opens `count` keep-alive connections, one request each, then reads the server's RSS."""
    request = b"GET / HTTP/1.1\r\nHost: bench\r\n\r\n"
    sockets = []
    for _ in range(count):
        connection = socket.create_connection(("127.0.0.1", port))
        connection.sendall(request)
        sockets.append(connection)
    for connection in sockets:
        received = b""
        while not received.endswith(b"hello world\n"):
            received += connection.recv(4096)
    time.sleep(0.5)
    rss = rss_mib(server.pid)
    for connection in sockets:
        connection.close()
    return rss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    nodule = os.environ.get("NODULE", "target/release/nodule")
    runtimes = {"nodule": [nodule, "--allow-net=127.0.0.1", "--allow-env=NODE_PATH", f"--allow-fs-read={NPM_MODULES}"], "node": ["node"]}
    results = {(name, app): {"rps": [], "p99": [], "cpu": []} for name in runtimes for app in ("hello", "express")}
    idle = {name: [] for name in runtimes}
    port = 18400
    for _ in range(args.runs):
        for name, command in runtimes.items():
            for app, script in (("hello", HELLO), ("express", EXPRESS)):
                port += 1
                (rps, p99, cpu), server = measure(command, script, port, args.seconds, args.connections)
                try:
                    for key, value in (("rps", rps), ("p99", p99), ("cpu", cpu)):
                        results[(name, app)][key].append(value)
                    if app == "hello":
                        idle[name].append(idle_connections_rss(port, server, 1000))
                finally:
                    server.kill()
                    server.wait()
    median = {key: {k: statistics.median(v) for k, v in r.items()} for key, r in results.items()}
    print("| wrk -c%d, %ds x %d runs | nodule | node | nodule/node |" % (args.connections, args.seconds, args.runs))
    print("| --- | ---: | ---: | ---: |")
    for app, label in (("hello", "hello"), ("express", "Express hello")):
        n, d = median[("nodule", app)], median[("node", app)]
        print(f"| {label}: requests/s | {n['rps']:.0f} | {d['rps']:.0f} | {n['rps'] / d['rps']:.2f}x |")
        print(f"| {label}: p99 latency | {n['p99']:.1f} ms | {d['p99']:.1f} ms | {n['p99'] / d['p99']:.2f}x |")
        print(f"| {label}: server CPU per request | {n['cpu']:.0f} µs | {d['cpu']:.0f} µs | {n['cpu'] / d['cpu']:.2f}x |")
    n_idle, d_idle = statistics.median(idle["nodule"]), statistics.median(idle["node"])
    print(f"| RSS with 1,000 idle keep-alive connections | {n_idle:.1f} MiB | {d_idle:.1f} MiB | {n_idle / d_idle:.2f}x |")


if __name__ == "__main__":
    main()

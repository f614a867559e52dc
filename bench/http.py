#!/usr/bin/env python3
"""HTTP serving, nodule against node in the same run: wrk against bench/http-hello.js
(requests/s and p99 latency, median of the runs), then the server's resident memory
holding 1,000 idle keep-alive connections. Prints a markdown table.

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

SERVER = "bench/http-hello.js"


def start(command, port):
    server = subprocess.Popen(command + [SERVER, str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if server.stdout.readline().strip() != b"ready":
        raise SystemExit(f"{command[0]} did not start: {server.stderr.read().decode(errors='replace')}")
    return server


def wrk(port, seconds, connections):
    out = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}/"],
        check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()
    p99_ms = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    return rps, p99_ms


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
    runtimes = {"nodule": [nodule, "--allow-net=127.0.0.1"], "node": ["node"]}
    results = {name: {"rps": [], "p99": [], "idle": []} for name in runtimes}
    port = 18400
    for _ in range(args.runs):
        for name, command in runtimes.items():
            port += 1
            server = start(command, port)
            try:
                rps, p99 = wrk(port, args.seconds, args.connections)
                results[name]["rps"].append(rps)
                results[name]["p99"].append(p99)
                results[name]["idle"].append(idle_connections_rss(port, server, 1000))
            finally:
                server.kill()
                server.wait()
    median = {name: {key: statistics.median(values) for key, values in r.items()} for name, r in results.items()}
    n, d = median["nodule"], median["node"]
    print("| hello world, wrk -c%d, %ds x %d runs | nodule | node | nodule/node |" % (args.connections, args.seconds, args.runs))
    print("| --- | ---: | ---: | ---: |")
    print(f"| requests/s | {n['rps']:.0f} | {d['rps']:.0f} | {n['rps'] / d['rps']:.2f}x |")
    print(f"| p99 latency | {n['p99']:.1f} ms | {d['p99']:.1f} ms | {n['p99'] / d['p99']:.2f}x |")
    print(f"| RSS with 1,000 idle keep-alive connections | {n['idle']:.1f} MiB | {d['idle']:.1f} MiB | {n['idle'] / d['idle']:.2f}x |")


if __name__ == "__main__":
    main()

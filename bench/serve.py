#!/usr/bin/env python3
"""nodule serve against node in the same run. wrk (-t2 -c50) against: node's plain
hello server and nodule serve's hello tenant in fresh and in pool isolation; Express
hello under node and as a fresh tenant. Then the p50 of a fresh request's time to its
response head as serve logs it (instance start plus handler, one request at a time),
and serve's resident memory with 1,000 tenants configured and idle, less one tenant's.
Every tenant is measured once its snapshot is ready (or refused): the first request
starts it, and serve says on stderr when it is done.

usage: serve.py [--runs N] [--seconds S]
The nodule binary comes from $NODULE (default target/release/nodule).
"""
import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import tempfile
import threading
import time

ROOT = os.getcwd()
NPM_MODULES = os.path.join(ROOT, "tests/npm/node_modules")


def wrk(url, seconds):
    out = subprocess.run(["wrk", "-t2", "-c50", f"-d{seconds}s", "--latency", url], check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", out).groups()
    return rps, float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def get(port, path):
    """One request on its own connection (urllib is out of reach: bench/http.py shadows `http`)."""
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(f"GET {path} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n".encode())
        while connection.recv(65536):
            pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def node_server(script, port):
    env = dict(os.environ, NODE_PATH=NPM_MODULES)
    server = subprocess.Popen(["node", script, str(port)], stdout=subprocess.PIPE, env=env)
    assert server.stdout.readline().strip() == b"ready"
    return server


class Serve:
    def __init__(self, tenants, log=subprocess.DEVNULL):
        self.dir = tempfile.mkdtemp(prefix="nodule-serve-bench-")
        self.port = free_port()
        with open(os.path.join(self.dir, "nodule.toml"), "w") as config:
            config.write(f'listen = "127.0.0.1:{self.port}"\n' + tenants)
        nodule = os.environ.get("NODULE", "target/release/nodule")
        self.process = subprocess.Popen([nodule, "serve", "--config", os.path.join(self.dir, "nodule.toml")],
                                        stdout=log, stderr=subprocess.PIPE)
        assert b"listening" in self.process.stderr.readline()

    def warm(self, paths):
        """Sends each path one request, then waits until serve has snapshotted each tenant."""
        for path in paths:
            get(self.port, path)
        done = 0
        while done < len(paths):
            line = self.process.stderr.readline()
            assert line, "serve ended"
            done += b"snapshot taken" in line or b"not snapshotted" in line
        # The rest of stderr (the apps' own output) is drained so that serve never blocks on it.
        threading.Thread(target=lambda: all(iter(self.process.stderr.readline, b"")), daemon=True).start()

    def stop(self):
        self.process.kill()
        self.process.wait()


def tenant(name, prefix, entry, isolation, extra=""):
    return (f'[tenants.{name}]\nprefix = "{prefix}"\ndir = "{os.path.dirname(entry)}"\n'
            f'entry = "{os.path.basename(entry)}"\nisolation = "{isolation}"\n{extra}')


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1)) / 1024


def idle_tenants_rss(count):
    hello = os.path.join(ROOT, "bench/serve/hello.js")
    serve = Serve("".join(tenant(f"t{i}", f"/t{i}", hello, "fresh") for i in range(count)))
    time.sleep(1)
    rss = rss_mib(serve.process.pid)
    serve.stop()
    return rss


def looping_neighbour(seconds):
    """p99 of the pool hello tenant alone, then beside a tenant whose every request loops
    until its time limit (one such request always in flight)."""
    hello = os.path.join(ROOT, "bench/serve/hello.js")
    looping = os.path.join(ROOT, "tests/serve/apps/looping/index.js")
    serve = Serve(tenant("pool", "/pool", hello, "pool") + tenant("looping", "/looping", looping, "fresh", "timeout-ms = 1000\n"))
    serve.warm(["/pool/", "/looping/"])
    calm = wrk(f"http://127.0.0.1:{serve.port}/pool/", seconds)[1]
    stop = time.monotonic() + seconds + 1
    looper = subprocess.Popen(["sh", "-c", f"while [ $(date +%s) -lt {int(time.time() + seconds + 1)} ]; do "
                               f"curl -s -o /dev/null http://127.0.0.1:{serve.port}/looping/; done"])
    time.sleep(0.2)
    noisy = wrk(f"http://127.0.0.1:{serve.port}/pool/", seconds)[1]
    looper.wait(timeout=max(1, stop - time.monotonic() + 5))
    serve.stop()
    return calm, noisy


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=5)
    args = parser.parse_args()
    hello = os.path.join(ROOT, "bench/serve/hello.js")
    express = os.path.join(ROOT, "bench/serve/express-hello.js")
    npm_read = f'allow-fs-read = ["{NPM_MODULES}"]\n'
    rows = {key: [] for key in ["node", "fresh", "pool", "node-express", "fresh-express"]}
    for _ in range(args.runs):
        port = free_port()
        server = node_server("bench/http-hello.js", port)
        rows["node"].append(wrk(f"http://127.0.0.1:{port}/", args.seconds))
        server.kill()
        port = free_port()
        server = node_server(express, port)
        rows["node-express"].append(wrk(f"http://127.0.0.1:{port}/", args.seconds))
        server.kill()
        serve = Serve(tenant("fresh", "/fresh", hello, "fresh") + tenant("pool", "/pool", hello, "pool")
                      + tenant("express", "/express", express, "fresh", npm_read.replace("\\", "")))
        serve.warm(["/fresh/", "/pool/", "/express/"])
        for key, path in [("fresh", "/fresh/"), ("pool", "/pool/"), ("fresh-express", "/express/")]:
            rows[key].append(wrk(f"http://127.0.0.1:{serve.port}{path}", args.seconds))
        serve.stop()
    # One request at a time: the time serve logs from a request to its response head.
    log = tempfile.NamedTemporaryFile(delete=False)
    serve = Serve(tenant("fresh", "/fresh", hello, "fresh"), log=log)
    serve.warm(["/fresh/"])
    for _ in range(200):
        get(serve.port, "/fresh/")
    serve.stop()
    with open(log.name) as lines:
        logged = [json.loads(line) for line in lines if line.startswith("{")]
    p50_total = statistics.median(row["duration_us"] for row in logged)
    p50_start = statistics.median(row["instance_us"] for row in logged)
    one, many = idle_tenants_rss(1), idle_tenants_rss(1000)
    calm, noisy = looping_neighbour(args.seconds)

    median = {key: (statistics.median(r[0] for r in v), statistics.median(r[1] for r in v)) for key, v in rows.items()}
    node_rps = median["node"][0]
    print(f"| wrk -t2 -c50, {args.seconds}s x {args.runs} runs | requests/s | vs node | p99 |")
    print("| --- | ---: | ---: | ---: |")
    labels = [("node", "node, plain `http` hello (one process)", node_rps), ("fresh", "serve, hello, fresh isolation", node_rps),
              ("pool", "serve, hello, pool isolation", node_rps), ("node-express", "node, Express hello", median["node-express"][0]),
              ("fresh-express", "serve, Express hello, fresh isolation", median["node-express"][0])]
    for key, label, reference in labels:
        rps, p99 = median[key]
        print(f"| {label} | {rps:.0f} | {rps / reference:.2f}x | {p99:.1f} ms |")
    print()
    print(f"| fresh request, one at a time (serve's log, 200 requests) | p50 |\n| --- | ---: |")
    print(f"| instance start until the app listens | {p50_start:.0f} µs |\n| request to response head (start + handler) | {p50_total:.0f} µs |")
    print()
    print(f"| resident memory | MiB |\n| --- | ---: |\n| 1 tenant | {one:.1f} |\n| 1,000 idle tenants | {many:.1f} |")
    print(f"| per idle tenant | {(many - one) / 999 * 1024:.1f} KiB |")
    print()
    print(f"| pool hello's p99 | ms |\n| --- | ---: |\n| alone | {calm:.1f} |\n| beside a tenant looping to its time limit | {noisy:.1f} ({noisy / calm:.2f}x) |")


if __name__ == "__main__":
    main()

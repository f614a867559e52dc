#!/usr/bin/env python3
"""How fast nodule enforces its limits, and what watching them costs.

usage: bench/limits.py [runs]   (the binary comes from $NODULE, default target/release/nodule)

Enforcement: the median time from crossing a limit to the process having exited,
for the CPU-time, wall-clock and memory limits. The moment of crossing is known
from outside for time limits (start-up + the limit; for CPU time, counted in the
process's own CPU time); for memory it is taken from a control run that allocates
just under the limit and exits.
Overhead: a CPU-bound script with and without --cpu-time/--max-memory (limits it
never reaches), medians and their ratio.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

NODULE = os.environ.get("NODULE", "target/release/nodule")
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
LIMIT_MS = 200
MEMORY_MIB = 64

SCRIPTS = {
    "hello": "console.log('hello')",
    "spin": "for (;;) {}",
    "idle": "setInterval(() => {}, 1000)",
    # 1 MiB at a time, kept alive: past the limit QuickJS throws, uncaught.
    "bomb": "const kept = []; for (;;) kept.push(new Uint8Array(1 << 20).fill(1));",
    "under": f"const kept = []; for (let i = 0; i < {MEMORY_MIB - 8}; i++) kept.push(new Uint8Array(1 << 20).fill(1));",
    "cpu": """
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
let total = fib(27);
const data = Array.from({ length: 20000 }, (_, i) => ({ id: i, name: 'item' + i, tags: ['a', 'b'] }));
for (let i = 0; i < 5; i++) total += JSON.parse(JSON.stringify(data)).length;
const numbers = Array.from({ length: 200000 }, (_, i) => (i * 7919) % 100003);
numbers.sort((a, b) => a - b);
console.log(total + numbers[5]);
""",
}


def run(args, script):
    """Wall time and CPU time (user + system) of one run, in ms."""
    start = time.perf_counter()
    process = subprocess.Popen([NODULE, *args, script], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return (time.perf_counter() - start) * 1000, (usage.ru_utime + usage.ru_stime) * 1000


def median_ms(args, script, clock=0):
    """The median wall time (clock 0) or CPU time (clock 1) over RUNS runs."""
    return statistics.median(run(args, script)[clock] for _ in range(RUNS))


def main():
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for name, source in SCRIPTS.items():
            paths[name] = os.path.join(folder, name + ".js")
            with open(paths[name], "w") as f:
                f.write(source)
        startup = median_ms([], paths["hello"])
        # CPU time, not wall time: on a busy machine a spinning program gets less than a core.
        cpu = median_ms([f"--cpu-time={LIMIT_MS}"], paths["spin"], 1) - median_ms([], paths["hello"], 1) - LIMIT_MS
        wall = median_ms([f"--timeout={LIMIT_MS}"], paths["idle"]) - startup - LIMIT_MS
        memory = median_ms([f"--max-memory={MEMORY_MIB}"], paths["bomb"]) - median_ms([], paths["under"])
        free = median_ms([], paths["cpu"])
        watched = median_ms(["--cpu-time=600000", "--max-memory=4096"], paths["cpu"])
    print(f"start-up (hello world, for reference): {startup:.1f} ms; {RUNS} runs each, medians")
    print()
    print("| limit | from crossing to exit |")
    print("|---|---:|")
    print(f"| --cpu-time={LIMIT_MS} (busy loop; CPU time past the limit) | {cpu:.1f} ms |")
    print(f"| --timeout={LIMIT_MS} (idle timer) | {wall:.1f} ms |")
    print(f"| --max-memory={MEMORY_MIB} (1 MiB allocations) | {memory:.1f} ms |")
    print()
    print("| CPU-bound script | no limits ms | with --cpu-time and --max-memory ms | ratio |")
    print("|---|---:|---:|---:|")
    print(f"| fib(27), JSON, sort | {free:.1f} | {watched:.1f} | {watched / free:.3f} |")


if __name__ == "__main__":
    main()

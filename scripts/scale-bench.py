#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A department's question bank: the large pack checked and imported, timed as whole processes.

Usage: scale-bench.py BUILD_DIR [ROUNDS]

Makes the large pack once with tests/bench/demarc_large_pack (5,000 questions of all five types,
500 lessons, 1,000 glossary terms extending the course; the same bytes every time) and keeps it
in the build folder. Then, ROUNDS times each: `demarc --validate-pack` of it, and `demarc
--import-pack` of it into a copy of a database that holds the course (all or nothing, the search
index rebuilt). Then start-up to the first paint and its peak memory on the store demarc_bench
made with the large pack and the long history (tests/bench/bench-large-N.sqlite), against a
database that holds only the course, alternating. Prints the medians next to their targets.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run(args, env):
    start = time.perf_counter()
    result = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {result.stderr.decode(errors='replace')}")
    return elapsed


def run_measured(args, env):
    """Wall time (ms) and peak resident memory (MiB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(args)} failed: {process.stderr.read().decode(errors='replace')}")
    return elapsed, usage.ru_maxrss / 1024


def history_size():
    if os.environ.get("DEMARC_BENCH_ATTEMPTS"):
        return int(os.environ["DEMARC_BENCH_ATTEMPTS"])
    return 100000 if os.environ.get("DEMARC_BENCH_QUICK", "0") not in ("", "0") else 1000000


def startup(demarc, build, rounds, env, work):
    """Start-up on the large store against the course alone, alternating; None without the store."""
    large = os.path.join(build, "tests", "bench", f"bench-large-{history_size()}.sqlite")
    if not os.path.exists(large):
        print(f"(no {large}: run demarc_bench first for the start-up comparison)")
        return None
    small = os.path.join(work, "small.sqlite")
    png = os.path.join(work, "shot.png")
    first_paint = dict(env, DEMARC_FIRST_PAINT_ONLY="1", HOME=work,
                       XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_DATA_HOME=os.path.join(work, "data"))
    for db in (small, large):  # the small one made, both read once
        run([demarc, "--db", db, "--screenshot", png, "--view", "diagram"], first_paint)
    figures = {"small": [], "large": []}
    for _ in range(rounds):
        for name, db in (("small", small), ("large", large)):
            figures[name].append(run_measured([demarc, "--db", db, "--screenshot", png, "--view", "diagram"],
                                              first_paint))
    return {name: (statistics.median(f[0] for f in values), statistics.median(f[1] for f in values))
            for name, values in figures.items()}


def main():
    build = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    demarc = os.path.join(build, "app", "demarc")
    pack = os.path.join(build, "tests", "bench", "large-pack.json")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if not os.path.exists(pack):
        generator = os.path.join(build, "tests", "bench", "demarc_large_pack")
        course = os.path.join(root, "resources", "content", "aws-shared-responsibility.json")
        made = run([generator, pack, course], env)
        print(f"made the large pack in {made:.0f} ms: {os.path.getsize(pack) / 1e6:.1f} MB")
    validate, imported = [], []
    with tempfile.TemporaryDirectory() as work:
        base = os.path.join(work, "base.sqlite")
        run([demarc, "--db", base, "--backup"], env)  # creates it with the course installed
        for _ in range(rounds):
            validate.append(run([demarc, "--validate-pack", pack], env))
            target = os.path.join(work, "import.sqlite")
            shutil.copyfile(base, target)
            imported.append(run([demarc, "--db", target, "--import-pack", pack], env))
            os.remove(target)
        started = startup(demarc, build, rounds * 4, env, work)
    print()
    print(f"{'large pack (5,000 questions, 500 lessons, 1,000 terms)':50} {'measured':>10} {'target':>10}  met")
    for label, values, target in (("--validate-pack, median", validate, 1000.0),
                                  ("--import-pack, median", imported, 2000.0)):
        value = statistics.median(values)
        print(f"{label:50} {value:8.0f}ms {target:8.0f}ms  {'yes' if value < target else 'NO'}")
    if started:
        (s_ms, s_mb), (l_ms, l_mb) = started["small"], started["large"]
        print(f"{'start-up to first paint, the course alone':50} {s_ms:8.1f}ms")
        print(f"{'the same, large pack + history, median':50} {l_ms:8.1f}ms {1.1 * s_ms:8.1f}ms  "
              f"{'yes' if l_ms <= 1.1 * s_ms else 'NO'} ({l_ms / s_ms:.2f}x)")
        print(f"{'peak memory, the course alone':50} {s_mb:7.1f}MiB")
        print(f"{'the same, large pack + history':50} {l_mb:7.1f}MiB {1.5 * s_mb:7.1f}MiB  "
              f"{'yes' if l_mb <= 1.5 * s_mb else 'NO'} ({l_mb / s_mb:.2f}x)")


if __name__ == "__main__":
    main()

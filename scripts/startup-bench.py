#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-process start-up of demarc against a bare Qt window, timed in one alternating run.

Usage: startup-bench.py BUILD_DIR [ROUNDS]

Each round runs, one after the other: `demarc --db EXISTING --screenshot FILE --view diagram`,
the bare window (tests/bench/BareWindow.cpp) saving its own PNG, and `demarc` on a database that
does not exist yet (the first start: creating it and importing the bundled course). Wall time is
from process start to exit; memory is the peak resident set (ru_maxrss). Both run on the
offscreen platform and stop at their first paint: DEMARC_FIRST_PAINT_ONLY makes each take its
picture without encoding the PNG, which would measure zlib on two very different images rather
than start-up. Prints medians and the ratios the targets are set in.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run(args, env):
    start = time.perf_counter()
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {process.stderr.read().decode(errors='replace')}")
    return elapsed, usage.ru_maxrss / 1024  # ms, MiB


def main():
    build = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    demarc = os.path.join(build, "app", "demarc")
    bare = os.path.join(build, "tests", "bench", "demarc_bare_window")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEMARC_FIRST_PAINT_ONLY="1")
    with tempfile.TemporaryDirectory() as work:
        env["HOME"] = work
        env["XDG_CONFIG_HOME"] = os.path.join(work, "config")
        env["XDG_DATA_HOME"] = os.path.join(work, "data")
        db = os.path.join(work, "existing.sqlite")
        png = os.path.join(work, "shot.png")
        run([demarc, "--db", db, "--screenshot", png, "--view", "diagram"], env)  # make the database once
        figures = {"demarc": [], "bare": [], "first": []}
        for i in range(rounds):
            figures["demarc"].append(run([demarc, "--db", db, "--screenshot", png, "--view", "diagram"], env))
            figures["bare"].append(run([bare, png], env))
            fresh = os.path.join(work, f"fresh-{i}.sqlite")
            figures["first"].append(run([demarc, "--db", fresh, "--screenshot", png, "--view", "diagram"], env))

    def median(name, index):
        return statistics.median(f[index] for f in figures[name])

    d_ms, b_ms, f_ms = median("demarc", 0), median("bare", 0), median("first", 0)
    d_mb, b_mb = median("demarc", 1), median("bare", 1)
    print(f"start-up, {rounds} alternating rounds, medians (offscreen):")
    print(f"  {'':44} {'measured':>12} {'target':>14}  met")
    print(f"  {'bare Qt window, start to first paint':44} {b_ms:9.1f} ms {'':>14}")
    print(f"  {'demarc --screenshot --view diagram':44} {d_ms:9.1f} ms {1.5 * b_ms:11.1f} ms  "
          f"{'yes' if d_ms <= 1.5 * b_ms else 'NO'} ({d_ms / b_ms:.2f}x)")
    print(f"  {'bare Qt window, peak memory':44} {b_mb:9.1f} MiB{'':>14}")
    print(f"  {'demarc, peak memory':44} {d_mb:9.1f} MiB{1.5 * b_mb:10.1f} MiB  "
          f"{'yes' if d_mb <= 1.5 * b_mb else 'NO'} ({d_mb / b_mb:.2f}x)")
    print(f"  {'first start (create the database, import)':44} {f_ms:9.1f} ms {300:11.1f} ms  "
          f"{'yes' if f_ms < 300 else 'NO'}")


if __name__ == "__main__":
    main()

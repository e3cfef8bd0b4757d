#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A department's question bank: the large pack checked and imported, timed as whole processes.

Usage: scale-bench.py BUILD_DIR [ROUNDS]

Makes the large pack once with tests/bench/demarc_large_pack (5,000 questions of all five types,
500 lessons, 1,000 glossary terms extending the course; the same bytes every time) and keeps it
in the build folder. Then, ROUNDS times each: `demarc --validate-pack` of it, and `demarc
--import-pack` of it into a copy of a database that holds the course (all or nothing, the search
index rebuilt). Prints the medians next to their targets.
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
    print()
    print(f"{'large pack (5,000 questions, 500 lessons, 1,000 terms)':50} {'measured':>10} {'target':>10}  met")
    for label, values, target in (("--validate-pack, median", validate, 1000.0),
                                  ("--import-pack, median", imported, 2000.0)):
        value = statistics.median(values)
        print(f"{label:50} {value:8.0f}ms {target:8.0f}ms  {'yes' if value < target else 'NO'}")


if __name__ == "__main__":
    main()

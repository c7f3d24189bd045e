# SPDX-License-Identifier: Apache-2.0
"""Benchmark the cost of obligation ``finite`` (float safety) on ``certjax check``.

Run from the repository root:  ``python benchmarks/bench_finite.py [--repeat 1] [--jobs 2]``

``python -m certjax check --json`` of the whole library in fresh processes, alternately
without the obligation (``CERTJAX_FINITE=0``) and with it, so both see the same machine
load; printed: each wall time, the medians and their ratio. Target (issue 13): <= 1.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def check(finite: bool, jobs: int) -> tuple[float, dict]:
    env = {**os.environ, "CERTJAX_FINITE": "1" if finite else "0",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "certjax", "check", "--json", "--jobs", str(jobs)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - t0
    try:
        return wall, json.loads(out.stdout)
    except json.JSONDecodeError:
        return wall, {"error": out.stderr[-500:]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    walls: dict[bool, list[float]] = {False: [], True: []}
    last = {}
    for _ in range(a.repeat):
        for finite in (False, True):
            wall, last[finite] = check(finite, a.jobs)
            walls[finite].append(wall)
            print(f"check {'with' if finite else 'without'} 'finite': {wall:6.1f} s", flush=True)
    off, on = statistics.median(walls[False]), statistics.median(walls[True])
    print(f"median without {off:.1f} s, with {on:.1f} s: ratio {on / off:.2f} (target <= 1.5)")
    rules = last[True].get("rules", []) if isinstance(last[True], dict) else []
    for r in rules:
        if isinstance(r, dict):
            print(f"  {r.get('rule', r.get('rule_id', '?')):32s} {r.get('float_safety', '')}")


if __name__ == "__main__":
    main()

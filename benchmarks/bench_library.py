# SPDX-License-Identifier: Apache-2.0
"""Benchmark the rule library: cold proving time, and import overhead with proofs up to date.

Run from the repository root:  ``python benchmarks/bench_library.py [--repeat 5]``
(also prints the median proof time per obligation; target < 50 ms)

1. Cold proof of the whole library: ``python -m certjax check`` in a fresh process (Python
   start, imports, spawned workers, every rule proved by Z3 from scratch, compared with
   ``proofs/``), with 1 worker and with one per core, side by side. Target: < 10 s.
2. Import overhead, each variant in fresh processes, alternated, median of ``--repeat``:
   ``import jax`` alone; ``+ import certjax``; ``+ certjax.rules.load_all()`` reusing the
   stored certificates (no Z3); and the same with the stored certificates ignored (every rule
   proved at import), for contrast. Target: load_all with certificates < 0.3 s beyond jax.
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

VARIANTS = {
    "import jax": "",
    "+ import certjax": "import certjax",
    "+ load_all (certificates reused)": "import certjax.rules; certjax.rules.load_all()",
    "+ load_all (certificates ignored)": (
        "import certjax._store as s; s.preload_proofs = lambda p, **k: 0; "
        "import certjax.rules; certjax.rules.load_all()"
    ),
}

TIMER = """
import time
t0 = time.perf_counter()
import jax, jax.numpy
t1 = time.perf_counter()
{stmt}
t2 = time.perf_counter()
print(t2 - t0)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def cold_check(jobs: int) -> tuple[float, dict]:
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "certjax", "check", "--json", "--jobs", str(jobs)],
                         cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - t0
    return wall, json.loads(out.stdout)


def import_times(repeat: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {k: [] for k in VARIANTS}
    for _ in range(repeat):
        for name, stmt in VARIANTS.items():
            out = subprocess.run([sys.executable, "-c", TIMER.format(stmt=stmt)], cwd=ROOT,
                                 env=_env(), capture_output=True, text=True, timeout=600,
                                 check=True)
            times[name].append(float(out.stdout.strip().splitlines()[-1]))
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")

    print("\n1. cold proof of the whole library (`python -m certjax check`, fresh process)")
    cores = os.cpu_count() or 1
    rows = []
    for jobs in dict.fromkeys([1, cores]):
        wall, rep = cold_check(jobs)
        n_rules = len(rep["rules"])
        n_obl = sum(len(r["obligations"]) for r in rep["rules"])
        solve = sum(r["seconds"] or 0.0 for r in rep["rules"])
        rows.append((jobs, wall))
        # per obligation: each rule's proof time spread evenly over its obligations
        per = [(r["seconds"] or 0.0) / max(len(r["obligations"]), 1)
               for r in rep["rules"] for _ in r["obligations"]]
        print(f"   --jobs {jobs} ({rep['jobs']} started): {wall:6.2f} s end to end "
              f"({rep['seconds']:.2f} s after startup), {n_rules} rules, {n_obl} obligations, "
              f"exit {rep['exit_code']}, "
              f"sum of per-rule proof times {solve:.2f} s, per obligation median "
              f"{1000 * statistics.median(per) if per else 0:.1f} ms (target < 50 ms)")
    best = min(w for _, w in rows)
    print(f"   best {best:.2f} s vs target 10 s: {best / 10:.2f}x of the budget")

    print(f"\n2. import time, fresh processes, {args.repeat} runs each, alternated "
          "(seconds); min is the least disturbed by other load on the machine")
    times = import_times(args.repeat)
    base = min(times["import jax"])
    base_med = statistics.median(times["import jax"])
    for name, ts in times.items():
        med = statistics.median(ts)
        extra = "" if name == "import jax" else (
            f"   extra {min(ts) - base:+.3f} (min)  {med - base_med:+.3f} (median)")
        print(f"   {name:<36}min {min(ts):6.3f}  median {statistics.median(ts):6.3f}{extra}")
    reuse = min(times["+ load_all (certificates reused)"]) - base
    cold = min(times["+ load_all (certificates ignored)"]) - base
    only = min(times["+ import certjax"]) - base
    print(f"   import certjax: {only:.3f} s extra vs target 0.3 s ({only / 0.3:.2f}x)")
    print(f"   all 26+ rules with certificates: {reuse:.3f} s extra vs target 0.3 s "
          f"({reuse / 0.3:.2f}x); proving them at import instead: {cold:.3f} s "
          f"({cold / max(reuse, 1e-9):.1f}x slower)")


if __name__ == "__main__":
    main()

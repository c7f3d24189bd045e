# SPDX-License-Identifier: Apache-2.0
"""benchmarks/bench_instances.py runs at a small shape and prints its figures; no timing asserts."""

import math
import re


def test_bench_instances_prints_its_figures(capsys, load_benchmark):
    bench = load_benchmark("bench_instances")
    res = bench.main(["--rounds", "3", "--shape", "20", "30"])
    out = capsys.readouterr().out
    assert re.search(r"first use of softplus at \[20, 30\] / at a scalar: \d+\.\d{3}", out)
    assert re.search(r"logsumexp over the last axis at \[20, 30\], first use: [\d.]+ s "
                     r"\(proxy", out)
    assert re.search(r"a re-trace of a proved instance adds -?\d+\.\d\d ms", out)
    assert re.search(r"eager call after first use, certjax / plain jax.custom_vjp: \d+\.\d{3}", out)
    assert all(math.isfinite(res[k]) for k in ("first_use_ratio", "retrace_ms", "eager_ratio"))
    assert res["same_hlo"] == 1.0  # zero run-time cost: the compiled program is plain JAX's

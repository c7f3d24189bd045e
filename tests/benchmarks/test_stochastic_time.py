# SPDX-License-Identifier: Apache-2.0
"""benchmarks/stochastic_time.py runs at tiny sizes and prints its ratio; no timing asserts."""

import math
import re


def test_stochastic_time_prints_the_ratio_and_matches_plain_jax(capsys, load_benchmark):
    bench = load_benchmark("stochastic_time")
    res = bench.main(["--batch", "16", "--rounds", "2", "--iters", "2"])
    out = capsys.readouterr().out
    assert re.search(r"step-time ratio certjax / plain JAX: \d+\.\d{3} \(ratio of medians\); "
                     r"per-round ratio median \d+\.\d{3}", out)
    assert re.search(r"step-time ratio plain JAX again / plain JAX: \d+\.\d{3}", out)
    assert re.search(r"compiled HLO instructions, certjax: \d+ \(", out)
    assert all(math.isfinite(res[r]) and res[r] > 0 for r in ("ratio", "aa_ratio"))
    # same keys, same noise: the hand-written surrogate gives the same gradient
    assert res["diff"] <= 1e-6
    # and certjax compiles to the same program (zero run-time cost)
    assert res["same_hlo"] and res["hlo"]["certjax"] == res["hlo"]["plain JAX"]

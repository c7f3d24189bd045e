# SPDX-License-Identifier: Apache-2.0
"""benchmarks/bench_vae.py runs (tiny sizes, no torch) and prints its ratios; no timing asserts."""

import re


def test_bench_vae_prints_the_ratios(capsys, load_benchmark):
    bench = load_benchmark("bench_vae")
    rc = bench.main(["--hidden", "16", "--batch", "20", "--train-size", "100", "--test-size", "40",
                     "--rounds", "2", "--steps", "2", "--no-torch"])
    out = capsys.readouterr().out
    assert re.search(r"step-time ratio certjax / plain JAX: +\d+\.\d+ \(ratio of medians", out)
    gap = float(re.search(r"\|certjax - plain JAX\| after 6 steps: (\d+\.\d+)", out).group(1))
    assert rc == 0 and gap <= 0.5  # same init, data, noise: the two JAX versions agree
    assert "| PyTorch |" not in out  # --no-torch: no PyTorch row

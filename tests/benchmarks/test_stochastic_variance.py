# SPDX-License-Identifier: Apache-2.0
"""benchmarks/stochastic_variance.py runs at tiny sizes and prints its table; no timing asserts."""

import re

import numpy as np


def test_stochastic_variance_prints_ratios_and_unbiased_means(capsys, load_benchmark):
    bench = load_benchmark("stochastic_variance")
    (res,) = bench.main(["--stages", "2", "--keys", "200", "--warmup", "2",
                         "--only", "reinforce,site-ma+prune,loo+prune"])
    out = capsys.readouterr().out
    names = [r["name"] for r in res["rows"]]
    assert names == ["REINFORCE (no baseline, no pruning)",
                     "score + per-site MA baseline + pruning", "LOO + pruning"]
    for name in names:  # one table row each: name | total var | ratio | CI | max z
        assert re.search(re.escape(name) + r" +\| +\d+\.\d+ \| \d\.\d{3} \| \[", out), name
    rows = {r["name"]: r for r in res["rows"]}
    assert rows[names[0]]["ratio"] == 1.0
    # cj.grad with every site enumerated is the exact gradient of the finite sum
    np.testing.assert_allclose(res["enumerate"], res["exact"], rtol=1e-5, atol=1e-6)
    # fixed seed, 200 keys: every MC mean within 4 standard errors of the exact gradient
    assert all(r["max_z"] < 4.0 for r in rows.values()), {n: r["max_z"] for n, r in rows.items()}
    # the per-site baseline of the last site is its own (smaller) downstream cost's average
    site = res["baselines"]["per-site"]
    assert site[0] == res["baselines"]["global"][0] and site[1] < site[0]
    assert all(0 < r["ratio"] < 1 for r in res["rows"][1:])

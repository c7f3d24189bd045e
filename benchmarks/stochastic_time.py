# SPDX-License-Identifier: Apache-2.0
"""Step time of a jit-ed ``cj.grad`` vs the same estimator written by hand in plain JAX.

The objective (the one in ``cj.value_and_grad``'s docstring)::

    z ~ Normal(mu, exp(log_sigma))     reparameterized
    b ~ Bernoulli(logits=logit)        score function (REINFORCE, no baseline)
    cost = (z - 1) ** 2 + 3 b z

By hand, a JAX user writes ``z = mu + sigma * eps`` and the surrogate
``cost + stop_gradient(cost) * (log p(b) - stop_gradient(log p(b)))`` and calls ``jax.grad``,
drawing the noise with the same ``jax.random`` calls as certjax's distributions, so on the same
keys the two gradients must agree to rounding (printed). Both are ``vmap``-ed over a batch of
``--batch`` keys and averaged, then ``jit``-ed.

Timing: ``--rounds`` rounds; in each, both versions run ``--iters`` steps (the order alternates
every round), each step timed to completion (``block_until_ready``); the figure per version is
the median over rounds of the mean step time, and the ratio is also given as the median (and
quartiles) of the per-round ratios, which cancels most of a shared machine's load drift. The
compiled (optimized) HLO of both is compared by instruction count.

Run::

    PYTHONPATH=. python benchmarks/stochastic_time.py
    PYTHONPATH=. python benchmarks/stochastic_time.py --batch 65536 --rounds 31
"""

from __future__ import annotations

import argparse
import collections
import re
import statistics
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

import certjax as cj
from certjax import distributions as cjd


def objective(params, key):
    k1, k2 = jax.random.split(key)
    z = cj.sample(k1, cjd.Normal(params["mu"], jnp.exp(params["log_sigma"])))
    b = cj.sample(k2, cjd.Bernoulli(logits=params["logit"]), estimator="score")
    return (z - 1.0) ** 2 + 3.0 * b * z


def by_hand(params, key):
    """The surrogate loss a JAX user writes (Schulman et al. 2015), no certjax."""
    k1, k2 = jax.random.split(key)
    z = params["mu"] + jnp.exp(params["log_sigma"]) * jax.random.normal(k1, (), jnp.float32)
    logit = params["logit"]
    b = jax.random.bernoulli(k2, jax.nn.sigmoid(logit)).astype(jnp.int32)
    b = jax.lax.stop_gradient(b).astype(jnp.float32)
    log_p = b * logit - jax.nn.softplus(logit)
    cost = (z - 1.0) ** 2 + 3.0 * b * z
    return cost + jax.lax.stop_gradient(cost) * (log_p - jax.lax.stop_gradient(log_p))


def batched(grad_one):
    def step(params, keys):
        g = jax.vmap(grad_one, in_axes=(None, 0))(params, keys)
        return jax.tree_util.tree_map(lambda x: jnp.mean(x, 0), g)
    return jax.jit(step)


def hlo_ops(compiled) -> list[str]:
    """The opcodes of the compiled (optimized) HLO, in program order."""
    text = compiled.as_text()
    ops = []
    for line in text.splitlines():
        m = re.match(r"\s*(?:ROOT\s+)?[%\w.\-]+ = \S+ ([\w\-]+)\(", line)
        if m:
            ops.append(m.group(1))
    return ops


def time_steps(fn, params, keys, iters):
    t = []
    for i in range(iters):
        t0 = time.perf_counter()
        jax.block_until_ready(fn(params, keys[i]))
        t.append(time.perf_counter() - t0)
    return statistics.fmean(t)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--batch", type=int, default=1024, help="keys per step (vmap)")
    p.add_argument("--rounds", type=int, default=21)
    p.add_argument("--iters", type=int, default=50, help="steps per round per version")
    a = p.parse_args(argv)
    params = {"mu": jnp.float32(0.0), "log_sigma": jnp.float32(0.0), "logit": jnp.float32(0.0)}
    check = jax.random.split(jax.random.key(7), a.batch)
    fns = {n: batched(g).lower(params, check).compile()
           for n, g in (("certjax", cj.grad(objective)), ("plain JAX", jax.grad(by_hand)))}
    print(f"jax {jax.__version__}, {jax.devices()[0].platform}; batch {a.batch}, "
          f"{a.rounds} rounds x {a.iters} steps")

    g = {n: f(params, check) for n, f in fns.items()}
    diff = max(float(jnp.max(jnp.abs(g["certjax"][k] - g["plain JAX"][k]))) for k in params)
    print(f"max |grad certjax - grad plain JAX| on the same {a.batch} keys: {diff:.3g}")
    print("mean gradient (certjax): " + ", ".join(f"{k}={float(v):+.4f}"
                                                  for k, v in g["certjax"].items()))

    seqs = {n: hlo_ops(f) for n, f in fns.items()}
    for n, ops in seqs.items():
        top = ", ".join(f"{o} {c}" for o, c in collections.Counter(ops).most_common(6))
        print(f"compiled HLO instructions, {n}: {len(ops)} ({top})")
    same = seqs["certjax"] == seqs["plain JAX"]
    print(f"same opcode sequence in the compiled HLO: {same}")

    keys = jax.random.split(jax.random.key(0), a.iters * a.batch).reshape(a.iters, a.batch)
    for f in fns.values():  # warm up
        jax.block_until_ready(f(params, keys[0]))
    per = {n: [] for n in fns}
    ratios = []
    order = list(fns)
    for r in range(a.rounds):
        for n in (order if r % 2 == 0 else order[::-1]):
            per[n].append(time_steps(fns[n], params, keys, a.iters))
        ratios.append(per["certjax"][-1] / per["plain JAX"][-1])
    med = {n: statistics.median(v) for n, v in per.items()}
    for n, m in med.items():
        print(f"median step time, {n:<9}: {m * 1e6:9.1f} us")
    q1, q2, q3 = np.percentile(ratios, [25, 50, 75])
    print(f"step-time ratio certjax / plain JAX: {med['certjax'] / med['plain JAX']:.3f} "
          f"(ratio of medians); per-round ratio median {q2:.3f} [quartiles {q1:.3f}, {q3:.3f}]")
    return {"diff": diff, "ratio": med["certjax"] / med["plain JAX"], "round_ratio": q2,
            "hlo": {n: len(o) for n, o in seqs.items()}, "same_hlo": same, "times": med}


if __name__ == "__main__":
    main(sys.argv[1:])

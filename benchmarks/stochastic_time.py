# SPDX-License-Identifier: Apache-2.0
"""Step time of a jit-ed ``cj.grad`` vs the same estimator written by hand in plain JAX.

The objective (the one in ``cj.value_and_grad``'s docstring)::

    z ~ Normal(mu, exp(log_sigma))     reparameterized
    b ~ Bernoulli(logits=logit)        score function (REINFORCE, no baseline)
    cost = (z - 1) ** 2 + 3 b z

By hand, a JAX user writes ``z = mu + sigma * eps`` and DiCE's surrogate (Foerster et al.
2018; what certjax builds, so that derivatives of every order are unbiased)
``cost + cost * (magic_box(log p(b)) - 1)``, ``magic_box(x) = exp(x - stop_gradient(x))``,
and calls ``jax.grad``,
drawing the noise with the same ``jax.random`` calls as certjax's distributions, so on the same
keys the two gradients must agree to rounding (printed). Both are ``vmap``-ed over a batch of
``--batch`` keys and averaged, then ``jit``-ed.

Timing: ``--rounds`` rounds; in each, every version runs ``--iters`` steps (the order rotates
every round), each step timed to completion (``block_until_ready``); the figure per version is
the median over rounds of the mean step time, and the ratio is also given as the median (and
quartiles) of the per-round ratios, which cancels most of a shared machine's load drift. A
second compilation of the plain program ("plain JAX again", an A/A control) shows how far noise
alone moves a ratio. The compiled (optimized) HLO of both is compared instruction by
instruction (names and source locations aside).

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
    """The DiCE surrogate loss a JAX user writes (Foerster et al. 2018), no certjax."""
    k1, k2 = jax.random.split(key)
    z = params["mu"] + jnp.exp(params["log_sigma"]) * jax.random.normal(k1, (), jnp.float32)
    logit = params["logit"]
    b = jax.random.bernoulli(k2, jax.nn.sigmoid(logit)).astype(jnp.int32)
    b = jax.lax.stop_gradient(b).astype(jnp.float32)
    log_p = b * logit - jax.nn.softplus(logit)
    cost = (z - 1.0) ** 2 + 3.0 * b * z
    magic_box = jnp.exp(log_p - jax.lax.stop_gradient(log_p))
    return cost + cost * (magic_box - 1.0)


def batched(grad_one):
    def step(params, keys):
        g = jax.vmap(grad_one, in_axes=(None, 0))(params, keys)
        return jax.tree_util.tree_map(lambda x: jnp.mean(x, 0), g)
    return jax.jit(step)


def hlo_instructions(compiled) -> list[str]:
    """The compiled (optimized) HLO's instructions, without names and source metadata."""
    out = []
    for line in compiled.as_text().splitlines():
        line = re.sub(r", metadata=\{[^}]*\}", "", line).strip()
        if re.match(r"(ROOT )?%[\w.\-]+ = ", line):
            out.append(re.sub(r"%[\w.\-]+", "%", line))
    return out


def opcode(instruction: str) -> str:
    return re.search(r"= .*? ([a-z][\w\-]*)\(", instruction).group(1)


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
    # "plain JAX again" is a second compilation of the same plain program: the A/A control
    # whose ratio to "plain JAX" shows how far this machine's noise moves a ratio
    grads = (("certjax", cj.grad(objective)), ("plain JAX", jax.grad(by_hand)),
             ("plain JAX again", jax.grad(lambda p, k: by_hand(p, k))))
    fns = {n: batched(g).lower(params, check).compile() for n, g in grads}
    print(f"jax {jax.__version__}, {jax.devices()[0].platform}; batch {a.batch}, "
          f"{a.rounds} rounds x {a.iters} steps")

    g = {n: f(params, check) for n, f in fns.items()}
    diff = max(float(jnp.max(jnp.abs(g["certjax"][k] - g["plain JAX"][k]))) for k in params)
    print(f"max |grad certjax - grad plain JAX| on the same {a.batch} keys: {diff:.3g}")
    print("mean gradient (certjax): " + ", ".join(f"{k}={float(v):+.4f}"
                                                  for k, v in g["certjax"].items()))

    seqs = {n: hlo_instructions(f) for n, f in fns.items() if n != "plain JAX again"}
    for n, ins in seqs.items():
        ops = collections.Counter(opcode(i) for i in ins)
        top = ", ".join(f"{o} {c}" for o, c in ops.most_common(6))
        print(f"compiled HLO instructions, {n}: {len(ins)} ({top})")
    same = seqs["certjax"] == seqs["plain JAX"]
    print(f"same compiled HLO instructions (names and source metadata aside): {same}")

    keys = jax.random.split(jax.random.key(0), a.iters * a.batch).reshape(a.iters, a.batch)
    for f in fns.values():  # warm up
        jax.block_until_ready(f(params, keys[0]))
    per = {n: [] for n in fns}
    order = list(fns)
    for r in range(a.rounds):  # the order rotates every round
        for n in order[r % 3:] + order[: r % 3]:
            per[n].append(time_steps(fns[n], params, keys, a.iters))
    med = {n: statistics.median(v) for n, v in per.items()}
    for n, m in med.items():
        print(f"median step time, {n:<15}: {m * 1e6:9.1f} us")
    out = {}
    for n in ("certjax", "plain JAX again"):
        rounds = np.asarray(per[n]) / np.asarray(per["plain JAX"])
        q1, q2, q3 = np.percentile(rounds, [25, 50, 75])
        out[n] = (med[n] / med["plain JAX"], q2)
        print(f"step-time ratio {n} / plain JAX: {out[n][0]:.3f} (ratio of medians); "
              f"per-round ratio median {q2:.3f} [quartiles {q1:.3f}, {q3:.3f}]")
    return {"diff": diff, "ratio": out["certjax"][0], "round_ratio": out["certjax"][1],
            "aa_ratio": out["plain JAX again"][0],
            "hlo": {n: len(o) for n, o in seqs.items()}, "same_hlo": same, "times": med}


if __name__ == "__main__":
    main(sys.argv[1:])

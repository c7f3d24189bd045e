# SPDX-License-Identifier: Apache-2.0
"""Variance of certjax's score-function gradient estimators on a multi-stage graph, in one run.

The stochastic computation graph (Schulman et al. 2015, the setting of downstream-cost
pruning) is a chain of ``K`` Bernoulli sites, each with its own cost::

    z_0 = 0 (fixed)
    z_i ~ Bernoulli(logits = theta_i + a * (2 z_{i-1} - 1)),      i = 1..K  (a = 1.0)
    c_i = (z_i + z_{i-1} - t_i) ** 2,                     t = (1.0, 1.6, 0.4, 1.6, 0.4, ...)
    objective = sum_i c_i    (each c_i added with ``cj.cost``)

so site ``i``'s parameters depend on the earlier sample and the costs ``c_1..c_{i-1}`` are
upstream of ``z_i`` (pruning drops them from its score term) while ``c_i..c_K`` are
downstream. ``theta`` (K logits, started at ``0.3 * (-1)**i``) is the parameter. Nothing is
tuned to favour an estimator: no constant offsets in the costs, the baselines are learned.

Every estimator averages ``--samples`` (default 4) replicas per gradient, i.e. the same number
of cost evaluations (``4 * K`` costs per gradient), so leave-one-out gets no extra samples:

* ``REINFORCE``: ``cje.score()`` with ``prune=False`` (the whole objective times every score).
* ``+MA baseline``: a constant baseline, the moving average (``cje.MovingAverage(0.9)``) of the
  objective over ``--warmup`` earlier steps on independent keys, then frozen.
* ``+pruning``: ``prune=True`` (the default): site ``i`` multiplies only ``c_i..c_K``.
* ``+per-site MA``: site ``i`` gets the moving average of its own downstream cost
  ``c_i + .. + c_K`` (returned as ``aux`` during warm-up), as with per-node baselines.
* ``LOO``: ``cje.loo()`` (Kool et al. 2019) over the same replicas, with and without pruning.

For each estimator the gradient is evaluated on ``--keys`` keys (fixed seed, the same keys for
all estimators); the table gives the total variance (sum over the K components of the
per-component variance over keys), its ratio to REINFORCE with a bootstrap 95% interval, and the
largest ``|MC mean - exact| / standard error`` over components. The exact gradient is the
gradient of the expectation summed over all ``2**K`` configurations in plain JAX (and also
``cj.grad`` with every site enumerated, printed as a cross-check).

Estimator ids for ``--only``: reinforce, ma, prune, ma+prune, site-ma+prune, loo, loo+prune.

Run::

    PYTHONPATH=. python benchmarks/stochastic_variance.py                 # K = 3, 4, 5
    PYTHONPATH=. python benchmarks/stochastic_variance.py --stages 4 --keys 20000
    PYTHONPATH=. python benchmarks/stochastic_variance.py --order 2 --stages 3   # Hessians

References:
    Williams (1992); Schulman, Heess, Weber, Abbeel (2015), "Gradient Estimation Using
    Stochastic Computation Graphs"; Kool, van Hoof, Welling (2019), "Buy 4 REINFORCE samples,
    get a baseline for free!".
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time

import jax
import jax.numpy as jnp
import numpy as np

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje

COUPLING = 1.0
# the programs run for milliseconds: spend little time compiling them (results unchanged)
FAST_XLA = {"xla_backend_optimization_level": 0, "xla_llvm_disable_expensive_passes": True}


def compiled(fn, *args):
    """``jax.jit(fn)`` compiled for ``args`` with XLA's cheap settings."""
    return jax.jit(fn).lower(*args).compile(FAST_XLA)


def targets(k: int) -> jax.Array:
    return jnp.asarray([1.0] + [0.4 if i % 2 else 1.6 for i in range(1, k)], jnp.float32)


def theta0(k: int) -> jax.Array:
    return jnp.asarray([0.3 * (-1) ** i for i in range(k)], jnp.float32)


def stage_logits(theta_i, z_prev):
    return theta_i + COUPLING * (2.0 * z_prev - 1.0)


def stage_cost(z, z_prev, t):
    return (z + z_prev - t) ** 2


def make_objective(k: int, estimator_for_site):
    """The chain; ``estimator_for_site(i, b)`` picks site ``i``'s estimator (``b``: baselines)."""
    t = targets(k)

    def objective(theta, key, b):
        keys = jax.random.split(key, k)
        z_prev = jnp.float32(0.0)
        stage = []
        for i in range(k):
            dist = cjd.Bernoulli(logits=stage_logits(theta[i], z_prev))
            z = cj.sample(keys[i], dist, estimator=estimator_for_site(i, b)).astype(jnp.float32)
            c = stage_cost(z, z_prev, t[i])
            cj.cost(c)
            stage.append(c)
            z_prev = z
        return None, jnp.stack(stage)

    return objective


def exact_expectation(theta, k: int):
    """``E[sum_i c_i]`` as a finite sum over the ``2**K`` configurations (plain JAX)."""
    t = targets(k)
    total = jnp.float32(0.0)
    for zs in itertools.product((0.0, 1.0), repeat=k):
        logp, cost, z_prev = jnp.float32(0.0), jnp.float32(0.0), jnp.float32(0.0)
        for i, z in enumerate(zs):
            lg = stage_logits(theta[i], z_prev)
            logp = logp + z * lg - jax.nn.softplus(lg)
            cost = cost + stage_cost(z, z_prev, t[i])
            z_prev = jnp.float32(z)
        total = total + jnp.exp(logp) * cost
    return total


def estimators():
    """id -> (printed name, estimator_for_site, prune, baseline: None / 'global' / 'per-site')."""
    score, loo = cje.score(), cje.loo()
    plain = lambda i, b: score  # noqa: E731
    const = lambda i, b: cje.score(baseline=b[i])  # noqa: E731
    return {
        "reinforce": ("REINFORCE (no baseline, no pruning)", plain, False, None),
        "ma": ("score + MA baseline", const, False, "global"),
        "prune": ("score + pruning", plain, True, None),
        "ma+prune": ("score + MA baseline + pruning", const, True, "global"),
        "site-ma+prune": ("score + per-site MA baseline + pruning", const, True, "per-site"),
        "loo": ("LOO", lambda i, b: loo, False, None),
        "loo+prune": ("LOO + pruning", lambda i, b: loo, True, None),
    }


def learn_baselines(k, n, warmup, seed):
    """Moving averages (decay 0.9) of the objective and of each site's downstream cost."""
    ma = cje.MovingAverage(decay=0.9)
    obj = make_objective(k, lambda i, b: cje.score())
    theta, zero = theta0(k), jnp.zeros(k, jnp.float32)
    vg = compiled(cj.value_and_grad(obj, has_aux=True, num_samples=n), theta,
                  jax.random.key(0), zero)
    glob = ma.init()
    site = jax.vmap(lambda _: ma.init())(jnp.arange(k))
    for key in jax.random.split(jax.random.key(seed + 1), warmup):
        (value, stages), _ = vg(theta, key, zero)           # stages: [n, K]
        downstream = jnp.cumsum(stages[:, ::-1], axis=1)[:, ::-1]
        glob = ma.update(glob, value)
        site = jax.vmap(ma.update)(site, downstream.T)
    return {"global": jnp.full(k, ma.value(glob)), "per-site": ma.value(site), None: zero}


def bootstrap_ratio(x, ref, rounds=200, seed=0):
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(rounds):
        idx = rng.integers(0, len(x), len(x))
        out.append(x[idx].var(0, ddof=1).sum() / ref[idx].var(0, ddof=1).sum())
    return np.percentile(out, [2.5, 97.5])


def _order(grad_fn, order):
    """``grad_fn(theta, key, b) -> (gradient, aux)`` as the estimate of derivative ``order``:
    the gradient itself, or its Jacobian in theta (the Hessian estimate; DiCE's surrogate is
    differentiated again, with baselines in Loaded DiCE's form), flattened."""
    if order == 1:
        return lambda th, key, b: grad_fn(th, key, b)[0]
    return lambda th, key, b: jax.jacfwd(lambda t: grad_fn(t, key, b)[0])(th).reshape(-1)


def run(k, n, n_keys, warmup, seed, only=None, order=1):
    theta = theta0(k)
    exact_fn = jax.grad(lambda th: exact_expectation(th, k))
    if order == 2:
        exact_fn = jax.hessian(lambda th: exact_expectation(th, k))
    exact = np.asarray(compiled(exact_fn, theta)(theta), np.float64).reshape(-1)
    enum_fn = _order(cj.grad(make_objective(k, lambda i, b: "enumerate"), has_aux=True), order)
    args = (theta, jax.random.key(0), jnp.zeros(k))
    enum = np.asarray(compiled(enum_fn, *args)(*args), np.float64)
    bases = learn_baselines(k, n, warmup, seed)
    keys = jax.random.split(jax.random.key(seed), n_keys)
    rows, grads = [], {}
    chosen = {i: e for i, e in estimators().items() if only is None or i in only}
    if "reinforce" not in chosen:
        raise ValueError("--only must include 'reinforce', the reference of the ratios")
    for name, est, prune, bkind in chosen.values():
        g_fn = _order(cj.grad(make_objective(k, est), has_aux=True, num_samples=n,
                              prune=prune), order)
        f = jax.vmap(g_fn, in_axes=(None, 0, None))
        g = np.asarray(compiled(f, theta, keys, bases[bkind])(theta, keys, bases[bkind]),
                       np.float64)
        grads[name] = g
    ref = grads[chosen["reinforce"][0]]
    ref_var = ref.var(0, ddof=1).sum()
    for name, g in grads.items():
        var = g.var(0, ddof=1).sum()
        lo, hi = bootstrap_ratio(g, ref)
        se = g.std(0, ddof=1) / np.sqrt(len(g))
        z = float(np.max(np.abs(g.mean(0) - exact) / se))
        rows.append({"name": name, "total_var": float(var), "ratio": float(var / ref_var),
                     "ci": (float(lo), float(hi)), "max_z": z, "mean": g.mean(0).tolist()})
    return {"stages": k, "order": order, "exact": exact.tolist(), "enumerate": enum.tolist(),
            "rows": rows,
            "baselines": {str(b): np.asarray(v).tolist() for b, v in bases.items() if b}}


def print_result(res, n, n_keys):
    k = res["stages"]
    fmt = lambda v: "[" + ", ".join(f"{x:+.4f}" for x in v) + "]"  # noqa: E731
    what = "gradient" if res["order"] == 1 else "Hessian (flattened)"
    print(f"\n== K = {k} Bernoulli stages, {what}, {n} replicas per estimate, {n_keys} keys ==")
    print(f"exact {what} (sum over 2^{k} configs): {fmt(res['exact'])}")
    print(f"cj.grad, every site enumerated:        {fmt(res['enumerate'])}")
    for b, v in res["baselines"].items():
        print(f"learned baseline ({b}): {fmt(v)}")
    w = max(len(r["name"]) for r in res["rows"])
    print(f"| {'estimator':<{w}} | total var | ratio | 95% CI (bootstrap) | max |mean-exact|/SE |")
    print(f"|{'-' * (w + 2)}|-----------|-------|--------------------|---------------------|")
    for r in res["rows"]:
        lo, hi = r["ci"]
        print(f"| {r['name']:<{w}} | {r['total_var']:9.4f} | {r['ratio']:5.3f} | "
              f"[{lo:.3f}, {hi:.3f}]     | {r['max_z']:19.2f} |")
    print("MC means per estimator (unbiasedness sanity; all should be close to exact):")
    for r in res["rows"]:
        print(f"  {r['name']:<{w}} {fmt(r['mean'])}")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--stages", default="3,4,5", help="comma-separated K values")
    p.add_argument("--samples", type=int, default=4, help="replicas per gradient")
    p.add_argument("--keys", type=int, default=4000, help="gradients per estimator")
    p.add_argument("--warmup", type=int, default=100, help="moving-average steps")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--order", type=int, default=1, choices=(1, 2),
                   help="1: gradients; 2: Hessians (jax.jacfwd of cj.grad: DiCE, baselines "
                        "in Loaded DiCE's form)")
    p.add_argument("--only", default=None,
                   help=f"comma-separated estimator ids among {', '.join(estimators())}")
    a = p.parse_args(argv)
    only = None if a.only is None else set(a.only.split(","))
    print(f"jax {jax.__version__}, {jax.devices()[0].platform}; seed {a.seed}")
    out = []
    for k in (int(s) for s in a.stages.split(",")):
        t0 = time.perf_counter()
        res = run(k, a.samples, a.keys, a.warmup, a.seed, only, a.order)
        print_result(res, a.samples, a.keys)
        print(f"({time.perf_counter() - t0:.1f} s)")
        out.append(res)
    return out


if __name__ == "__main__":
    main(sys.argv[1:])

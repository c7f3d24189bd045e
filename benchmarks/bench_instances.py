# SPDX-License-Identifier: Apache-2.0
"""Certify at use: what proving every traced instance costs, side by side in one run.

Prints (ratios measured in this process, on this machine, now):
  * first use of a fresh certified softplus at (250, 1000) / its first use at a scalar
    (elementwise: the scalar view is proved; target <= 2);
  * seconds to prove logsumexp over the last axis at (250, 1000) at first use (target < 10);
  * ms a re-trace of a proved instance adds over plain ``jax.custom_vjp`` (target < 5);
  * eager call of a certified function after first use / plain ``jax.custom_vjp`` (<= 1.2);
  * whether the HLO of ``jit(grad)`` at (250, 1000) is plain JAX's.

    python benchmarks/bench_instances.py [--rounds 21]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

import jax
import jax.numpy as jnp

import certjax
from certjax import _certify


def _softplus(cls):
    @cls
    def softplus(x):
        return jnp.logaddexp(x, 0.0)

    def softplus_fwd(x):
        return softplus(x), x

    def softplus_bwd(x, g):
        return (g * jax.nn.sigmoid(x),)

    softplus.defvjp(softplus_fwd, softplus_bwd)
    return softplus


def _logsumexp(cls):
    @cls
    def logsumexp(x):
        m = jax.lax.stop_gradient(jnp.max(x, axis=-1, keepdims=True))
        return jnp.log(jnp.sum(jnp.exp(x - m), axis=-1)) + m[..., 0]

    def lse_fwd(x):
        y = logsumexp(x)
        return y, (x, y)

    def lse_bwd(res, g):
        x, y = res
        return (g[..., None] * jnp.exp(x - y[..., None]),)

    logsumexp.defvjp(lse_fwd, lse_bwd, signature=[jax.ShapeDtypeStruct((3,), jnp.float32)])
    return logsumexp


def _first_use(shape) -> float:
    _certify._CACHE.clear()  # a cold process: nothing proved yet
    f = _softplus(certjax.custom_vjp)
    x = jnp.ones(shape)
    t = time.perf_counter()
    jax.make_jaxpr(jax.grad(lambda x: jnp.sum(f(x))))(x)
    return time.perf_counter() - t


def _median_time(fn, rounds: int, inner: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        for _ in range(inner):
            fn()
        times.append((time.perf_counter() - t) / inner)
    return statistics.median(times)


def _hlo(fn, x) -> str:
    text = jax.jit(jax.grad(lambda x: jnp.sum(fn(x)))).lower(x).as_text()
    return re.sub(r"loc\(.*?\)|#loc\d*", "", text)


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--shape", type=int, nargs=2, default=(250, 1000))
    args = ap.parse_args(argv)
    shape = tuple(args.shape)
    res: dict[str, float] = {}

    # first use, scalar vs large, interleaved (each on a cold cache)
    scalar, large = [], []
    for _ in range(max(3, args.rounds // 7)):
        scalar.append(_first_use(()))
        large.append(_first_use(shape))
    res["first_use_ratio"] = statistics.median(large) / statistics.median(scalar)
    print(f"first use of softplus at {list(shape)} / at a scalar: {res['first_use_ratio']:.3f} "
          f"(medians {statistics.median(large) * 1e3:.1f} ms / "
          f"{statistics.median(scalar) * 1e3:.1f} ms)")

    _certify._CACHE.clear()
    lse = _logsumexp(certjax.custom_vjp)
    x = jax.random.normal(jax.random.key(0), shape)
    t = time.perf_counter()
    jax.make_jaxpr(jax.grad(lambda x: jnp.sum(lse(x))))(x)
    res["logsumexp_s"] = time.perf_counter() - t
    how = [i.how for i in lse.instances if i.shapes["x"] == f"float32{list(shape)}"]
    print(f"logsumexp over the last axis at {list(shape)}, first use: "
          f"{res['logsumexp_s']:.2f} s ({how[0] if how else '?'})")

    # a re-trace of a proved instance: certjax vs plain, interleaved rounds
    ours, plain = _softplus(certjax.custom_vjp), _softplus(jax.custom_vjp)
    xs = jnp.ones(shape)
    jax.make_jaxpr(jax.grad(lambda x: jnp.sum(ours(x))))(xs)
    t_ours, t_plain = [], []
    for _ in range(args.rounds):
        t_ours.append(_median_time(
            lambda: jax.make_jaxpr(jax.grad(lambda x: jnp.sum(ours(x))))(xs), 1, 5))
        t_plain.append(_median_time(
            lambda: jax.make_jaxpr(jax.grad(lambda x: jnp.sum(plain(x))))(xs), 1, 5))
    res["retrace_ms"] = (statistics.median(t_ours) - statistics.median(t_plain)) * 1e3
    print(f"a re-trace of a proved instance adds {res['retrace_ms']:.2f} ms "
          f"(certjax {statistics.median(t_ours) * 1e3:.2f} ms, "
          f"plain {statistics.median(t_plain) * 1e3:.2f} ms)")

    # eager calls after first use
    x1 = jnp.linspace(-1.0, 1.0, 8)
    ours(x1).block_until_ready()
    plain(x1).block_until_ready()
    e_ours, e_plain, g_ours, g_plain = [], [], [], []
    grad_ours, grad_plain = (jax.grad(lambda x, f=f: jnp.sum(f(x))) for f in (ours, plain))
    grad_ours(x1)
    for _ in range(args.rounds):
        e_ours.append(_median_time(lambda: ours(x1).block_until_ready(), 1, 20))
        e_plain.append(_median_time(lambda: plain(x1).block_until_ready(), 1, 20))
        g_ours.append(_median_time(lambda: grad_ours(x1).block_until_ready(), 1, 5))
        g_plain.append(_median_time(lambda: grad_plain(x1).block_until_ready(), 1, 5))
    res["eager_ratio"] = statistics.median(e_ours) / statistics.median(e_plain)
    res["eager_grad_ratio"] = statistics.median(g_ours) / statistics.median(g_plain)
    print(f"eager call after first use, certjax / plain jax.custom_vjp: {res['eager_ratio']:.3f}")
    print(f"eager jax.grad after first use, certjax / plain: {res['eager_grad_ratio']:.3f} "
          f"({statistics.median(g_ours) * 1e3:.2f} ms / {statistics.median(g_plain) * 1e3:.2f} ms)")

    res["same_hlo"] = float(_hlo(ours, xs) == _hlo(plain, xs))
    print(f"HLO of jit(grad) at {list(shape)} identical to plain JAX: {bool(res['same_hlo'])}")
    return res


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: Apache-2.0
"""Geometric and Binomial(n): moments, validation, certified pairs, unbiased cj.grad (4 SE)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax as cj
from certjax import distributions as cjd

N = 4000
KEYS = jax.random.split(jax.random.key(7), N)


@pytest.mark.parametrize("d", [cjd.Geometric(probs=0.3), cjd.Binomial(total_count=4, probs=0.3)],
                         ids=["geometric", "binomial"])
def test_sample_moments_and_normalization(d):
    x = np.asarray(d.sample(jax.random.key(0), (20_000,)), np.float64)
    assert abs(x.mean() - float(d.mean)) <= 4 * np.sqrt(float(d.variance) / x.size)
    ks = jnp.arange(60 if isinstance(d, cjd.Geometric) else 5)
    assert float(jnp.sum(jnp.exp(d.log_prob(ks)))) == pytest.approx(1.0, abs=1e-4)


def test_validation_and_batch_shapes():
    with pytest.raises(ValueError, match="probs"):
        cjd.Geometric(probs=1.5)
    with pytest.raises(ValueError, match="total_count"):
        cjd.Binomial(total_count=100, probs=0.5)
    assert cjd.Binomial(total_count=3, probs=jnp.full((2, 3), 0.4)).batch_shape == (2, 3)


@pytest.mark.parametrize("est", ["score", "enumerate"])
def test_binomial_gradient_unbiased(est):
    def f(p, key):
        k = cj.sample(key, cjd.Binomial(total_count=3, probs=p), estimator=est)
        return (k - 1.0) ** 2

    def exact(p):  # E[(k-1)^2] = var + (mean - 1)^2
        return 3 * p * (1 - p) + (3 * p - 1) ** 2

    g = np.asarray(jax.jit(jax.vmap(cj.grad(f), in_axes=(None, 0)))(0.4, KEYS), np.float64)
    want = float(jax.grad(exact)(0.4))
    assert abs(g.mean() - want) <= 4 * g.std() / np.sqrt(N) + 1e-5, (g.mean(), want)


def test_geometric_gradient_unbiased():
    def f(p, key):
        return cj.sample(key, cjd.Geometric(probs=p), estimator="score") * 1.0

    g = np.asarray(jax.jit(jax.vmap(cj.grad(f), in_axes=(None, 0)))(0.5, KEYS), np.float64)
    want = -1 / 0.5**2  # d/dp (1 - p)/p
    assert abs(g.mean() - want) <= 4 * g.std() / np.sqrt(N), (g.mean(), want)

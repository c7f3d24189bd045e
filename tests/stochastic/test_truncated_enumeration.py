# SPDX-License-Identifier: Apache-2.0
"""``enumerate(truncate=K)`` on an infinite support (issue 14, point 4): the sum over
``z < K``, proved, with the truncation stated in the certificate.

The truths are exact finite sums (no Monte Carlo): the enumerated value and gradient must be
those of ``E[f(z) 1(z < K)]``, written out by hand with the distribution's own pmf.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje
from certjax.stochastic import UnsupportedEstimator, certify_pair

K = 30


def _site(dist, k=K):
    z = cj.sample(jax.random.key(0), dist, estimator=cje.enumerate(truncate=k))
    return z.astype(jnp.float32)


def _truncated(dist, f, k=K):
    z = jnp.arange(k, dtype=jnp.float32)
    return jnp.sum(jnp.exp(dist.log_prob(z)) * f(z))


@pytest.mark.parametrize("make, theta", [
    (lambda t: cjd.Poisson(rate=t), 2.5),
    (lambda t: cjd.Geometric(probs=t), 0.2),
])
def test_value_and_gradient_are_the_truncated_sums(make, theta):
    def f(z):
        return (z - 1.0) ** 2

    value, grad = cj.value_and_grad(lambda t: f(_site(make(t))))(theta)
    true_value, true_grad = jax.value_and_grad(lambda t: _truncated(make(t), f))(theta)
    np.testing.assert_allclose(value, true_value, rtol=1e-5)
    np.testing.assert_allclose(grad, true_grad, rtol=1e-5)


def test_a_short_truncation_is_the_truncated_sum_not_the_expectation():
    # K = 3 at rate 2: P(z < 3) = 0.68, so the truncated gradient is far from d E[z] = 1
    grad = cj.grad(lambda r: _site(cjd.Poisson(rate=r), k=3))(2.0)
    true = jax.grad(lambda r: _truncated(cjd.Poisson(rate=r), lambda z: z, k=3))(2.0)
    np.testing.assert_allclose(grad, true, rtol=1e-5)
    assert abs(float(grad) - 1.0) > 0.3


def test_a_long_truncation_approaches_the_expectation():
    # rate 3, K = 30: the tail P(z >= 30) is below 1e-18; d E[z] / d rate = 1
    grad = cj.grad(lambda r: _site(cjd.Poisson(rate=r)))(3.0)
    np.testing.assert_allclose(grad, 1.0, rtol=1e-5)


def test_certificate_proves_the_truncated_sum_and_states_the_truncation():
    cert = certify_pair(cjd.Poisson, cje.enumerate(truncate=K))
    assert cert.verdict == "proved"
    verdicts = {o.name: o.verdict for o in cert.obligations}
    assert verdicts["value"] == verdicts["unbiased"] == "proved"
    assert "normalized" not in verdicts  # a truncated sum of probabilities is not 1
    stated = [a for a in cert.assumptions if a.startswith("truncated:")]
    assert len(stated) == 1 and f"z >= {K}" in stated[0] and "biased" in stated[0]
    assert not any("proved normalized" in a for a in cert.assumptions)


def test_a_wrong_truncated_enumeration_is_refuted():
    # the same pair with the weights' derivative dropped: its gradient is not the sum's
    from certjax.estimators import _estimator

    real = _estimator.combine_enumeration

    def stopped(log_weights, values):
        return real(jax.lax.stop_gradient(log_weights), values)

    try:
        _estimator.combine_enumeration = stopped
        import certjax.stochastic._pairs as pairs

        pairs.combine_enumeration = stopped
        cert = certify_pair(cjd.Geometric, cje.enumerate(truncate=5))
    finally:
        _estimator.combine_enumeration = real
        pairs.combine_enumeration = real
    assert cert.verdict == "refuted"
    assert {o.name: o.verdict for o in cert.obligations}["unbiased"] == "refuted"


@pytest.mark.parametrize("bad", [0, -2, 2.5, True, "10"])
def test_truncate_must_be_a_positive_int(bad):
    with pytest.raises(ValueError, match="positive int"):
        cje.enumerate(truncate=bad)


def test_truncating_a_finite_support_is_refused():
    with pytest.raises(UnsupportedEstimator, match="finite: enumerate it whole"):
        cj.grad(lambda p: cj.sample(jax.random.key(0), cjd.Bernoulli(probs=p),
                                    estimator=cje.enumerate(truncate=3)).astype(float))(0.3)


def test_an_infinite_support_without_truncation_says_how_to_truncate():
    with pytest.raises(UnsupportedEstimator, match=r"enumerate\(truncate=K\)"):
        cj.grad(lambda r: cj.sample(jax.random.key(0), cjd.Poisson(rate=r),
                                    estimator=cje.enumerate()).astype(float))(2.0)


def test_truncating_a_continuous_support_is_refused():
    with pytest.raises(UnsupportedEstimator, match="not the counts"):
        cj.grad(lambda m: cj.sample(jax.random.key(0), cjd.Normal(m, 1.0),
                                    estimator=cje.enumerate(truncate=3)))(0.3)


def test_the_refusal_for_poisson_offers_truncated_enumeration():
    with pytest.raises(UnsupportedEstimator, match=r"offered for Poisson: 'score', "
                                                   r"enumerate\(truncate=K\)"):
        cj.grad(lambda r: cj.sample(jax.random.key(0), cjd.Poisson(rate=r),
                                    estimator="reparam").astype(float))(2.0)

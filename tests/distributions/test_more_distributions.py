# SPDX-License-Identifier: Apache-2.0
"""Poisson, LogNormal and OneHotCategorical: densities against scipy, moments against Monte
Carlo (fixed seed, 4 standard errors), validation, batch shapes, the certified pairs (and wrong
variants refuted), and unbiased cj.grad of an expectation with a closed form (4 SE)."""

import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest
import scipy.stats as st

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje
from certjax.stochastic import UnsupportedEstimator, certify_pair

N = 20_000
N_GRAD = 4000
KEYS = jax.random.split(jax.random.key(2026), N_GRAD)
SIGMAS = 4.0
ONE_HOT = [cjd.OneHotCategoricalLogits, cjd.OneHotCategoricalProbs]


# -- densities ----------------------------------------------------------------------------
def test_poisson_log_prob_matches_scipy():
    k = np.arange(30)
    for rate in (0.3, 2.5, 11.0):
        np.testing.assert_allclose(cjd.Poisson(rate).log_prob(k), st.poisson.logpmf(k, rate),
                                   rtol=1e-5, atol=1e-5)
    assert float(jnp.sum(jnp.exp(cjd.Poisson(2.5).log_prob(jnp.arange(60))))) == \
        pytest.approx(1.0, abs=1e-5)


def test_lognormal_log_prob_matches_scipy():
    z = np.linspace(0.05, 8.0, 50)
    for loc, scale in ((0.0, 1.0), (-0.4, 0.3), (1.2, 2.0)):
        want = st.lognorm.logpdf(z, s=scale, scale=math.exp(loc))
        np.testing.assert_allclose(cjd.LogNormal(loc, scale).log_prob(z), want,
                                   rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("by", ["logits", "probs"])
def test_one_hot_log_prob_is_the_categorical_one(by):
    p = np.array([[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]], np.float32)
    kw = {"logits": jnp.log(p) + 0.7} if by == "logits" else {"probs": p}
    d, c = cjd.OneHotCategorical(**kw), cjd.Categorical(**kw)
    for k in range(3):
        hot = jax.nn.one_hot(jnp.full((2,), k), 3, dtype=jnp.int32)
        np.testing.assert_allclose(d.log_prob(hot), np.log(p[:, k]), rtol=1e-5)
        np.testing.assert_allclose(d.log_prob(hot), c.log_prob(jnp.full((2,), k)), rtol=1e-6)


# -- moments: Monte Carlo, 4 standard errors ---------------------------------------------------
@pytest.mark.parametrize("d", [
    cjd.Poisson(rate=2.7), cjd.Poisson(rate=jnp.array([0.4, 9.0])), cjd.LogNormal(0.3, 0.5),
    cjd.OneHotCategorical(logits=jnp.array([0.1, -0.3, 0.5])),
    cjd.OneHotCategorical(probs=jnp.array([0.2, 0.5, 0.3])),
], ids=["poisson", "poisson_batch", "lognormal", "onehot_logits", "onehot_probs"])
def test_moments_match_samples_within_4_standard_errors(d):
    x = np.asarray(d.sample(jax.random.key(0), (N,)), np.float64)
    assert x.shape == (N,) + d.batch_shape + d.event_shape
    mean, var = np.asarray(d.mean, np.float64), np.asarray(d.variance, np.float64)
    assert np.all(np.abs(x.mean(0) - mean) <= SIGMAS * x.std(0) / np.sqrt(N)), (x.mean(0), mean)
    sq = (x - mean) ** 2
    assert np.all(np.abs(sq.mean(0) - var) <= SIGMAS * sq.std(0) / np.sqrt(N)), (sq.mean(0), var)


def test_one_hot_samples_are_one_hot_integers():
    x = cjd.OneHotCategorical(logits=jnp.zeros((4, 3))).sample(jax.random.key(1), (5,))
    assert x.dtype == jnp.int32 and x.shape == (5, 4, 3)
    assert np.all(np.sum(np.asarray(x), -1) == 1) and set(np.unique(np.asarray(x))) <= {0, 1}


# -- validation and batch shapes ----------------------------------------------------------
@pytest.mark.parametrize("make, message", [
    (lambda: cjd.Poisson(rate=-1.0), "rate must satisfy rate > 0"),
    (lambda: cjd.Poisson(rate=jnp.array([1.0, 0.0])), "rate must satisfy rate > 0"),
    (lambda: cjd.Poisson(rate=jnp.nan), "rate=nan"),
    (lambda: cjd.LogNormal(0.0, 0.0), "scale must satisfy > 0"),
    (lambda: cjd.LogNormal(jnp.nan, 1.0), "loc=nan"),
    (lambda: cjd.OneHotCategorical(probs=jnp.array([0.5, 0.7])), "must sum to 1"),
    (lambda: cjd.OneHotCategorical(probs=jnp.array([-0.5, 1.5])), "0 <= probs <= 1"),
    (lambda: cjd.OneHotCategorical(logits=jnp.array([0.0, jnp.nan])), "logits="),
    (lambda: cjd.OneHotCategorical(), "exactly one of logits= or probs="),
    (lambda: cjd.OneHotCategorical(logits=jnp.zeros(2), probs=jnp.ones(2) / 2), "got both"),
])
def test_invalid_concrete_parameters_raise_clear_errors(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_error_names_the_class_and_a_valid_call():
    with pytest.raises(ValueError, match=r"OneHotCategoricalProbs: probs must sum to 1"):
        cjd.OneHotCategorical(probs=jnp.array([0.5, 0.7]))
    with pytest.raises(ValueError, match=r"cjd\.Poisson\(rate=1\.0\)"):
        cjd.Poisson(rate=-1.0)


def test_batch_shapes_follow_numpyro():
    p = cjd.Poisson(rate=jnp.ones((2, 3)))
    assert p.batch_shape == (2, 3) and p.event_shape == ()
    assert p.sample(jax.random.key(0), (5,)).shape == (5, 2, 3)
    assert p.log_prob(jnp.zeros((5, 2, 3), jnp.int32)).shape == (5, 2, 3)
    ln = cjd.LogNormal(jnp.zeros((2, 1)), jnp.ones(3))
    assert ln.batch_shape == (2, 3)
    assert ln.rsample(jax.random.key(0), (4,)).shape == (4, 2, 3)
    assert ln.log_prob(jnp.ones((4, 2, 3))).shape == (4, 2, 3)
    assert ln.mean.shape == ln.variance.shape == (2, 3)
    oh = cjd.OneHotCategorical(logits=jnp.zeros((4, 3)))
    assert oh.batch_shape == (4,) and oh.event_shape == (3,)
    assert oh.sample(jax.random.key(0), (2,)).shape == (2, 4, 3)
    assert oh.log_prob(jnp.zeros((2, 4, 3), jnp.int32).at[..., 0].set(1)).shape == (2, 4)
    assert oh.mean.shape == oh.variance.shape == (4, 3)


def test_distributions_are_pytrees_and_jit():
    for d, x in ((cjd.Poisson(2.0), 3), (cjd.LogNormal(0.2, 0.7), 1.5),
                 (cjd.OneHotCategorical(logits=jnp.array([0.1, 0.2])), jnp.array([0, 1]))):
        assert len(jax.tree_util.tree_leaves(d)) == len(d.param_names)
        np.testing.assert_allclose(jax.jit(lambda d, x: d.log_prob(x))(d, x), d.log_prob(x),
                                   rtol=1e-6)


# -- certificates --------------------------------------------------------------------------
OFFERED = [
    (cjd.Poisson, [cje.score(), cje.score(baseline=0.5), cje.loo()]),
    (cjd.LogNormal, [cje.reparam(), cje.score(), cje.score(baseline=0.5), cje.loo()]),
    *[(c, [cje.score(), cje.score(baseline=0.5), cje.loo(), cje.enumerate()]) for c in ONE_HOT],
]


@pytest.mark.parametrize("cls, ests", OFFERED, ids=lambda x: getattr(x, "__name__", ""))
def test_every_offered_estimator_is_proved(cls, ests):
    for est in ests:
        cert = certify_pair(cls, est)
        assert cert.verdict == "proved", (est.label, [(o.name, o.verdict, o.reason)
                                                      for o in cert.obligations])
        required = [o for o in cert.obligations if not o.name.startswith("second_order")]
        assert required and all(o.verdict == "proved" for o in required)


@pytest.mark.parametrize("cls, est, why", [
    (cjd.Poisson, cje.reparam(), "no reparameterized sampler"),
    (cjd.Poisson, cje.enumerate(), "no finite support"),
    (cjd.OneHotCategoricalLogits, cje.reparam(), "no reparameterized sampler"),
    (cjd.LogNormal, cje.enumerate(), "no finite support"),
])
def test_estimators_not_offered_are_refused(cls, est, why):
    with pytest.raises(UnsupportedEstimator, match=why):
        certify_pair(cls, est)


def test_lognormal_reparam_certificate_proves_the_right_inverse():
    """exp(loc + scale * (log z - loc) / scale) == z is proved by Z3 (the quotient by the
    monomial scale cancels in the exponent): no derived step, no assumption item for it."""
    cert = certify_pair(cjd.LogNormal, cje.reparam())
    proved = {o.name for o in cert.obligations if o.verdict == "proved"}
    assert {"left_inverse", "right_inverse", "maps_base", "maps_support", "jacobian_positive",
            "density", "defined"} <= proved
    assert not any(a.startswith("right inverse, derived") for a in cert.assumptions)


class LogNormalNoJacobian(cjd.LogNormal):
    def log_prob(self, value):
        return self.base_log_prob(self.inverse(value)) - jnp.log(self.scale)


class OneHotUnnormalized(cjd.OneHotCategoricalLogits):
    def _log_p(self):
        return self.logits  # log_softmax forgotten


def test_wrong_variants_are_refuted_with_a_counterexample():
    cert = certify_pair(LogNormalNoJacobian, cje.reparam())
    bad = next(o for o in cert.obligations if o.verdict == "refuted")
    assert cert.verdict == "refuted" and bad.name == "density" and bad.counterexample
    for est in (cje.score(), cje.enumerate()):
        cert = certify_pair(OneHotUnnormalized, est)
        bad = next(o for o in cert.obligations if o.verdict == "refuted")
        assert cert.verdict == "refuted" and bad.name == "normalized" and bad.counterexample


# -- unbiased gradients (Monte Carlo over N_GRAD keys, fixed seed, 4 SE) ------------------------
def mc_check(objective, theta, exact):
    g = jax.jit(jax.vmap(cj.grad(objective), in_axes=(None, 0)))(theta, KEYS)
    x = np.asarray(g, np.float64).reshape(N_GRAD, -1)
    mean, se = x.mean(0), x.std(0) / np.sqrt(N_GRAD)
    want = np.asarray(exact, np.float64).reshape(-1)
    assert np.all(np.abs(mean - want) <= SIGMAS * se), (mean, se, want)
    return mean, se


@pytest.mark.parametrize("est", ["score", cje.score(baseline=3.0)], ids=["score", "baseline"])
def test_poisson_gradient_unbiased(est):
    def f(rate, key):
        k = cj.sample(key, cjd.Poisson(rate), estimator=est).astype(jnp.float32)
        return k * k  # E = rate + rate**2

    mc_check(f, 1.7, 1 + 2 * 1.7)


@pytest.mark.parametrize("est", ["reparam", "score"])
def test_lognormal_gradient_unbiased(est):
    def f(theta, key):
        return cj.sample(key, cjd.LogNormal(theta[0], theta[1]), estimator=est)

    theta = jnp.array([0.1, 0.4])
    exact = jax.grad(lambda t: jnp.exp(t[0] + t[1] ** 2 / 2))(theta)  # E z
    mc_check(f, theta, exact)


COST = jnp.array([1.0, -2.0, 3.0])


@pytest.mark.parametrize("est", ["score", cje.loo()], ids=["score", "loo"])
def test_one_hot_gradient_unbiased(est):
    n = 4 if not isinstance(est, str) else 1

    def f(logits, key):
        z = cj.sample(key, cjd.OneHotCategorical(logits=logits), estimator=est)
        return jnp.sum(z * COST) ** 2

    logits = jnp.array([0.2, -0.4, 0.1])
    exact = jax.grad(lambda t: jnp.sum(jax.nn.softmax(t) * COST**2))(logits)
    g = jax.jit(jax.vmap(cj.grad(f, num_samples=n), in_axes=(None, 0)))(logits, KEYS)
    x = np.asarray(g, np.float64)
    mean, se = x.mean(0), x.std(0) / np.sqrt(N_GRAD)
    assert np.all(np.abs(mean - np.asarray(exact)) <= SIGMAS * se), (mean, se, exact)


def test_one_hot_enumeration_is_exact_over_a_batch():
    """Enumeration sums over the 3**2 joint one-hot configurations of a batch of 2."""
    def f(probs, key):
        z = cj.sample(key, cjd.OneHotCategorical(probs=probs), estimator="enumerate")
        return jnp.sum(z * COST) ** 2 + jnp.prod(jnp.sum(z * COST, -1))

    probs = jnp.array([[0.2, 0.5, 0.3], [0.6, 0.1, 0.3]])

    def exact(p):
        q = p / jnp.sum(p, -1, keepdims=True)
        m1, m2 = q @ COST, q @ COST**2  # per row E[c_k], E[c_k^2]
        return m2[0] + m2[1] + 2 * m1[0] * m1[1] + m1[0] * m1[1]

    v, g = cj.value_and_grad(f)(probs, jax.random.key(0))
    assert float(v) == pytest.approx(float(exact(probs)), rel=1e-5)
    np.testing.assert_allclose(g, jax.grad(exact)(probs), rtol=1e-4, atol=1e-5)

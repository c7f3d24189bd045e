# SPDX-License-Identifier: Apache-2.0
"""MultivariateNormal(loc, scale_tril): a vector event. log_prob against jax.scipy, batch
shapes, validation, the vector change-of-variables certificate (determinant of the
triangular Jacobian, d = 2) with mutants refuted, score pairs first order only, and
gradients by Monte Carlo (N = 20,000 keys, fixed seed, 4 standard errors) against closed
forms."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax.scipy import stats

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje
from certjax.stochastic import HigherOrderUnsupported, certify_pair

N = 20_000
KEYS = jax.random.split(jax.random.key(31), N)
L = jnp.array([[1.0, 0.0], [0.6, 0.8]])
LOC = jnp.array([0.5, -1.0])


def test_log_prob_moments_shapes_validation():
    d = cjd.MultivariateNormal(LOC, L)
    z = jnp.array([[0.1, 0.2], [2.0, -3.0]])
    np.testing.assert_allclose(d.log_prob(z), stats.multivariate_normal.logpdf(z, LOC, L @ L.T),
                               rtol=1e-5)
    x = np.asarray(d.sample(jax.random.key(0), (N,)), np.float64)
    np.testing.assert_allclose(np.cov(x.T), L @ L.T, atol=0.05)
    assert np.all(np.abs(x.mean(0) - np.asarray(d.mean)) <= 4 * np.sqrt(np.asarray(d.variance) / N))
    np.testing.assert_allclose(d.covariance_matrix, L @ L.T, rtol=1e-6)
    b = cjd.MultivariateNormal(jnp.zeros((3, 2)), L)
    assert (b.batch_shape, b.event_shape) == ((3,), (2,))
    assert b.rsample(jax.random.key(1), (4,)).shape == (4, 3, 2)
    assert b.log_prob(jnp.zeros((4, 3, 2))).shape == (4, 3)
    with pytest.raises(ValueError, match="lower triangular with a positive diagonal"):
        cjd.MultivariateNormal(LOC, jnp.array([[1.0, 0.3], [0.0, 1.0]]))
    with pytest.raises(ValueError, match="lower triangular with a positive diagonal"):
        cjd.MultivariateNormal(LOC, jnp.array([[1.0, 0.0], [0.3, -1.0]]))
    with pytest.raises(ValueError, match=r"\(\.\.\., d, d\)"):
        cjd.MultivariateNormal(LOC, jnp.eye(3))


def test_reparam_certificate_is_the_vector_change_of_variables():
    cert = certify_pair(cjd.MultivariateNormal, cje.reparam())
    assert cert.verdict == "proved"
    assert {o.name.split("[")[0] for o in cert.obligations} == {
        "left_inverse", "right_inverse", "maps_support", "maps_base", "jacobian_positive",
        "density", "defined"}
    assert cert.shapes["z"] == "float32[2]" and cert.shapes["scale_tril"] == "float32[2, 2]"
    assert "det(d inverse/dz)" in next(o for o in cert.obligations if o.name == "density").statement


class MVNNoJacobian(cjd.MultivariateNormal):
    def log_prob(self, value):  # the log-determinant term forgotten
        return self.base_log_prob(self.inverse(value))


class MVNUpperTriangle(cjd.MultivariateNormal):
    def transform(self, eps):  # reads the (unvalidated) upper triangle the inverse ignores
        return self.loc + jnp.einsum("...ij,...j->...i", self.scale_tril, eps)


@pytest.mark.parametrize("cls, obligation", [(MVNNoJacobian, "density"),
                                             (MVNUpperTriangle, "left_inverse")])
def test_wrong_multivariate_normal_is_refuted(cls, obligation):
    cert = certify_pair(cls, cje.reparam())
    assert cert.verdict == "refuted"
    assert next(o for o in cert.obligations if o.verdict == "refuted").name.startswith(obligation)


@pytest.mark.parametrize("est", ["reparam", "score"])
def test_gradient_unbiased(est):
    def f(p, key):
        z = cj.sample(key, cjd.MultivariateNormal(p["loc"], p["L"]), estimator=est)
        return jnp.sum(z**2) + z[0] * z[1]

    def exact(p):  # E[z z^T] = loc loc^T + L L^T
        S = jnp.outer(p["loc"], p["loc"]) + jnp.tril(p["L"]) @ jnp.tril(p["L"]).T
        return jnp.trace(S) + S[0, 1]

    p = {"loc": LOC, "L": L}
    g = jax.jit(jax.vmap(cj.grad(f), in_axes=(None, 0)))(p, KEYS)
    want = jax.grad(exact)(p)
    for k in p:
        gk = np.asarray(g[k], np.float64).reshape(N, -1)
        mean, se = gk.mean(0), gk.std(0) / np.sqrt(N)
        w = np.asarray(want[k], np.float64).reshape(-1)
        assert np.all(np.abs(mean - w) <= 4 * se + 1e-6), (k, mean, w, se)


def test_second_order_pathwise_and_score_refused():
    def f(loc, key, est):
        z = cj.sample(key, cjd.MultivariateNormal(loc, L), estimator=est)
        return jnp.sum(z**2)

    h = jax.jacfwd(cj.grad(lambda loc, key: f(loc, key, "reparam")))(LOC, jax.random.key(0))
    np.testing.assert_allclose(h, 2 * np.eye(2), rtol=1e-5)  # exact for every sample
    cert = certify_pair(cjd.MultivariateNormal, cje.score())
    so = [o for o in cert.obligations if o.name.startswith("second_order")]
    assert cert.verdict == "proved" and [o.verdict for o in so] == ["unproved"]
    assert "SECOND_ORDER_MAX_PARAMS" in so[0].reason
    with pytest.raises(HigherOrderUnsupported):
        jax.jacfwd(cj.grad(lambda loc, key: f(loc, key, "score")))(LOC, jax.random.key(0))

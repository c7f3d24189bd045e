# SPDX-License-Identifier: Apache-2.0
"""A user's own distributions, written the natural way against the ``Distribution`` interface:
correct ones prove and register, wrong ones (Jacobian term missing) are refuted, and an
unproved one gets advice fitting a distribution. Gradients of the registered ones are checked
by Monte Carlo (N = 20,000 keys, fixed seed, 4 standard errors) against closed-form means."""

import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax as cj
from certjax import estimators as cje
from certjax.distributions import Distribution
from certjax.distributions._base import Support, positive
from certjax.stochastic import _registry, certify_pair

N = 20_000


class Rayleigh(Distribution):
    """``z = scale * sqrt(2 e)``, ``e ~ Exponential(1)``."""

    param_names = ("scale",)
    support = positive
    has_rsample = True
    base_name = "jax.random.exponential: density exp(-eps) on eps > 0"

    def __init__(self, scale=1.0, *, validate_args=True):
        super().__init__(scale, validate_args=validate_args)

    def base_sample(self, key, shape):
        return jax.random.exponential(key, shape)

    def base_log_prob(self, eps):
        return -eps

    def base_support(self, eps):
        return eps > 0

    def transform(self, eps):
        return self.scale * jnp.sqrt(2.0 * eps)

    def inverse(self, z):
        return z * z / (2.0 * self.scale**2)

    def log_prob(self, z):
        return self.base_log_prob(self.inverse(z)) + jnp.log(z / self.scale**2)

    @staticmethod
    def param_domain(scale):
        return scale > 0


class RayleighNoJacobian(Rayleigh):
    def log_prob(self, z):
        return self.base_log_prob(self.inverse(z)) - 2.0 * jnp.log(self.scale)


class LogNormal(Distribution):
    """``z = exp(loc + scale * eps)``, ``eps ~ N(0, 1)``."""

    param_names = ("loc", "scale")
    support = positive
    has_rsample = True
    base_name = "jax.random.normal: standard normal"

    def __init__(self, loc=0.0, scale=1.0, *, validate_args=True):
        super().__init__(loc, scale, validate_args=validate_args)

    def base_sample(self, key, shape):
        return jax.random.normal(key, shape)

    def base_log_prob(self, eps):
        return -0.5 * eps * eps - 0.5 * math.log(2 * math.pi)

    def transform(self, eps):
        return jnp.exp(self.loc + self.scale * eps)

    def inverse(self, z):
        return (jnp.log(z) - self.loc) / self.scale

    def log_prob(self, z):
        return self.base_log_prob(self.inverse(z)) - jnp.log(self.scale) - jnp.log(z)

    @staticmethod
    def param_domain(loc, scale):
        return scale > 0


class LogNormalNoJacobian(LogNormal):
    def log_prob(self, z):
        return self.base_log_prob(self.inverse(z)) - jnp.log(self.scale)


class LogNormal1p(LogNormal):
    """Scale ``1 + s``: Z3 leaves ``exp(loc + (1 + s) * ((log z - loc) / (1 + s))) == z``
    undecided (the quotient by a sum is not cancelled in exponents)."""

    param_names = ("loc", "s")

    def __init__(self, loc=0.0, s=0.0, *, validate_args=True):
        Distribution.__init__(self, loc, s, validate_args=validate_args)

    def transform(self, eps):
        return jnp.exp(self.loc + (1 + self.s) * eps)

    def inverse(self, z):
        return (jnp.log(z) - self.loc) / (1 + self.s)

    def log_prob(self, z):
        return self.base_log_prob(self.inverse(z)) - jnp.log(1 + self.s) - jnp.log(z)

    @staticmethod
    def param_domain(loc, s):
        return s > -1


class LogNormal1pOwnSupport(LogNormal1p):
    """The user's own support predicate: not known to be an interval."""

    support = Support("z > 0 (user's)", lambda d, z: z > 0)


@pytest.fixture
def fresh_registry():
    saved = (dict(_registry._DISTRIBUTIONS), dict(_registry._ESTIMATORS), dict(_registry._CERTS))
    yield
    for reg, old in zip((_registry._DISTRIBUTIONS, _registry._ESTIMATORS, _registry._CERTS),
                        saved, strict=True):
        reg.clear()
        reg.update(old)


@pytest.mark.parametrize("cls", [Rayleigh, LogNormal])
def test_correct_user_distribution_proves_and_registers(fresh_registry, cls):
    for est in (cje.reparam(), cje.score()):
        cert = certify_pair(cls, est)
        assert cert.verdict == "proved", [(o.name, o.verdict, o.reason) for o in
                                          cert.obligations]
        cj.stochastic.register_estimator(est)
    assert cj.stochastic.register_distribution(cls) is cls


def test_lognormal_right_inverse_is_proved_by_z3():
    # exp(loc + scale * ((log z - loc) / scale)) == z: the quotient by the monomial scale
    # cancels in the exponent (``_lower``), so no derived step is needed
    cert = certify_pair(LogNormal, cje.reparam())
    rec = {o.name: o.verdict for o in cert.obligations}
    assert rec["right_inverse"] == "proved"
    assert not any(a.startswith("right inverse") for a in cert.assumptions)


def test_right_inverse_z3_leaves_open_is_derived_and_the_step_is_listed():
    cert = certify_pair(LogNormal1p, cje.reparam())
    assert cert.verdict == "proved"
    assert "right_inverse" not in {o.name for o in cert.obligations}
    assert any(a.startswith("right inverse, derived") for a in cert.assumptions)
    assert {"left_inverse", "maps_base", "maps_support", "jacobian_positive"} <= {
        o.name for o in cert.obligations if o.verdict == "proved"}
    # Rayleigh needs no such step
    assert not any(a.startswith("right inverse") for a in
                   certify_pair(Rayleigh, cje.reparam()).assumptions)


@pytest.mark.parametrize("cls", [RayleighNoJacobian, LogNormalNoJacobian])
def test_user_distribution_missing_its_jacobian_is_refuted(fresh_registry, cls):
    cert = certify_pair(cls, cje.reparam())
    assert cert.verdict == "refuted"
    bad = next(o for o in cert.obligations if o.verdict == "refuted")
    assert bad.name == "density" and bad.counterexample
    cj.stochastic.register_estimator(cje.reparam())
    with pytest.raises(cj.RuleRejected):
        cj.stochastic.register_distribution(cls)
    assert cls.__name__ not in _registry._DISTRIBUTIONS


def test_unproved_distribution_gets_distribution_advice(fresh_registry):
    cj.stochastic.register_estimator(cje.reparam())
    with pytest.raises(cj.RuleUnproven) as e:
        cj.stochastic.register_distribution(LogNormal1pOwnSupport)
    msg = str(e.value)
    assert "right_inverse" in msg and "defvjp" not in msg and "trust=" not in msg
    assert "base_log_prob(inverse(z))" in msg


def mc_mean(g):
    x = np.asarray(g, np.float64).reshape(N, -1)
    return x.mean(0), x.std(0) / np.sqrt(N)


def test_user_distributions_give_unbiased_gradients(fresh_registry):
    keys = jax.random.split(jax.random.key(11), N)

    def ray(s, key):
        return cj.sample(key, Rayleigh(s))

    def lgn(theta, key):
        return cj.sample(key, LogNormal(theta[0], theta[1]))

    g = jax.jit(jax.vmap(cj.grad(ray), in_axes=(None, 0)))(1.3, keys)
    mean, se = mc_mean(g)
    assert abs(mean[0] - math.sqrt(math.pi / 2)) <= 4 * se[0], (mean, se)
    theta = jnp.array([0.1, 0.4])
    g = jax.jit(jax.vmap(cj.grad(lgn), in_axes=(None, 0)))(theta, keys)
    exact = jax.grad(lambda t: jnp.exp(t[0] + t[1] ** 2 / 2))(theta)
    mean, se = mc_mean(g)
    assert np.all(np.abs(mean - np.asarray(exact)) <= 4 * se), (mean, se, exact)


class LogNormalUnnormalized(LogNormal):
    """log_prob without ``-log(scale)``: off by a factor that depends on a parameter."""

    def log_prob(self, z):
        return self.base_log_prob(self.inverse(z)) - jnp.log(z)


class LogNormalScaledBase(LogNormal):
    """The missing ``-log(scale)`` hidden in a base density that reads ``scale``: the change of
    variables holds between the two methods, but the sampler's eps is N(0, 1) regardless."""

    def base_log_prob(self, eps):
        return super().base_log_prob(eps) + jnp.log(self.scale)

    def log_prob(self, z):
        return self.base_log_prob(self.inverse(z)) - jnp.log(self.scale) - jnp.log(z)


def test_score_pair_needs_the_density_proof(fresh_registry):
    # the score identity holds for any log_prob code, so 'score x' alone proves this wrong
    # log_prob; its gradient in scale would be biased (E[f * d/ds log p] misses -f/s)
    assert certify_pair(LogNormalUnnormalized, cje.score()).verdict == "proved"
    with pytest.raises(cj.RuleRejected) as e:
        _registry.certificate(LogNormalUnnormalized, cje.score())
    assert "density" in str(e.value) and "score x LogNormalUnnormalized rests on" in str(e.value)
    assert e.value.obligation == "density"
    key = jax.random.key(0)

    def f(theta, key):
        return cj.sample(key, LogNormalUnnormalized(theta[0], theta[1]), estimator=cje.score())

    with pytest.raises(cj.RuleRejected):
        cj.grad(f)(jnp.array([0.1, 0.4]), key)
    # the correct one still proves through the same path
    assert _registry.certificate(LogNormal, cje.score()).verdict == "proved"


def test_base_methods_must_not_read_the_parameters():
    with pytest.raises(cj.stochastic.UnsupportedEstimator, match="base_log_prob reads the "
                       "parameters"):
        certify_pair(LogNormalScaledBase, cje.score())
    with pytest.raises(cj.stochastic.UnsupportedEstimator, match="base_log_prob"):
        certify_pair(LogNormalScaledBase, cje.reparam())

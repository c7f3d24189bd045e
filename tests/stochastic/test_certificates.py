# SPDX-License-Identifier: Apache-2.0
"""Certificates of estimator x distribution pairs: proved obligations, listed assumptions, and
wrong distributions / estimators refuted at registration."""

import jax
import jax.numpy as jnp
import pytest

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje
from certjax.estimators._estimator import Estimator
from certjax.stochastic import _registry, certificate, certify_pair


@pytest.fixture
def fresh_registry():
    """Snapshot and restore the stochastic registries around a test."""
    saved = (dict(_registry._DISTRIBUTIONS), dict(_registry._ESTIMATORS), dict(_registry._CERTS))
    yield
    for reg, old in zip((_registry._DISTRIBUTIONS, _registry._ESTIMATORS, _registry._CERTS),
                        saved, strict=True):
        reg.clear()
        reg.update(old)


def names(cert):
    """Obligation names, an element-wise split ``score_identity[0]`` counted as its claim."""
    return {o.name.split("[")[0] for o in cert.obligations}


def assert_all_proved(cert):
    assert cert.verdict == "proved"
    assert cert.obligations
    for o in cert.obligations:
        assert o.verdict == "proved", (o.name, o.verdict, o.reason)
        assert o.statement


def has(cert, *words):
    return any(all(w in a for w in words) for a in cert.assumptions)


def test_score_x_normal_certificate_lists_obligations_and_assumptions():
    cert = certificate(cjd.Normal, cje.score())
    assert cert.rule == "score x Normal" and cert.kind == "estimator"
    assert_all_proved(cert)
    assert {"value", "score_identity", "defined"} <= names(cert)
    assert {"score_identity[0]", "score_identity[1]"} <= {o.name for o in cert.obligations}
    stmt = {o.name.split("[")[0]: o.statement for o in cert.obligations}
    assert stmt["score_identity"] == "p(z) * grad(surrogate) == (f - b) * grad p(z)"
    # the step from the pointwise identity to unbiasedness is assumed, and said so
    assert has(cert, "differentiation under the integral")
    assert has(cert, "sampler:", "rsample = transform(eps) has density exp(log_prob)")
    assert has(cert, "support 'all reals' does not depend on the parameters")
    assert has(cert, "keys:", "distinct key objects with equal values are not")
    assert has(cert, "pruning")
    # the first-order symbols, and the second-order cost 2-jet: value f2, gradient g2 and
    # Hessian h2 in the 2 parameters (loc, scale)
    assert cert.shapes == {"loc": "float32[]", "scale": "float32[]", "z": "float32[]",
                           "f": "float32[]", "f2": "float32[]", "g2": "float32[2]",
                           "h2": "float32[2, 2]"}
    assert cert.versions["z3"]


def test_reparam_x_normal_certificate_is_change_of_variables():
    cert = certificate(cjd.Normal, cje.reparam())
    assert_all_proved(cert)
    assert {"left_inverse", "right_inverse", "maps_support", "maps_base", "jacobian_positive",
            "density", "defined"} <= names(cert)
    assert has(cert, "sampler: the base sampler jax.random.normal")
    assert has(cert, "checked not to read the parameters")
    assert has(cert, "pathwise:")
    assert not has(cert, "differentiation under the integral")


def test_enumerate_x_bernoulli_certificate_assumes_no_integral():
    cert = certificate(cjd.BernoulliLogits, cje.enumerate())
    assert_all_proved(cert)
    assert {"normalized", "value", "unbiased", "defined"} <= names(cert)
    assert not has(cert, "differentiation under the integral")
    assert has(cert, "sampler:", "sum to 1")
    assert has(cert, "enumeration of several sites")


def test_score_with_constant_baseline_x_bernoulli_proves_unbiasedness_itself():
    cert = certificate(cjd.BernoulliLogits, cje.score(baseline=0.5))
    assert_all_proved(cert)
    assert {"normalized", "score_identity@0", "score_identity@1", "mass_conserved",
            "unbiased"} <= names(cert)
    assert has(cert, "baseline:", "independent of z")
    assert cert.rule in cj.stochastic.certificates()


# -- wrong pairs are refused -------------------------------------------------------------------
class ShiftedNormal(cjd.Normal):
    """log_prob off by a parameter-dependent term: not a density (integrates to exp(0.1 loc))."""

    def log_prob(self, value):
        return super().log_prob(value) + 0.1 * self.loc


class BiasedTransform(cjd.Normal):
    """transform off by a constant: rsample is no longer distributed as log_prob says."""

    def transform(self, eps):
        return self.loc + self.scale * eps + 0.1


class LopsidedBernoulli(cjd.BernoulliLogits):
    """log_prob off by a parameter-dependent term: probabilities no longer sum to 1."""

    def log_prob(self, value):
        return super().log_prob(value) + 0.05 * self.logits


@pytest.mark.parametrize("dist_cls, estimator, obligation", [
    (ShiftedNormal, cje.reparam(), "density"),
    (BiasedTransform, cje.reparam(), "left_inverse"),
    (LopsidedBernoulli, cje.enumerate(), "normalized"),
    (LopsidedBernoulli, cje.score(), "normalized"),
])
def test_wrong_distribution_is_refuted_at_registration(fresh_registry, dist_cls, estimator,
                                                       obligation):
    cert = certify_pair(dist_cls, estimator)
    assert cert.verdict == "refuted"
    bad = next(o for o in cert.obligations if o.verdict == "refuted")
    assert bad.name == obligation and bad.counterexample
    cj.stochastic.register_estimator(estimator)
    with pytest.raises(cj.RuleRejected) as info:
        cj.stochastic.register_distribution(dist_cls)
    assert info.value.obligation == obligation
    assert f"x {dist_cls.__name__}: obligation '{obligation}' false when calling" in str(
        info.value)
    assert dist_cls.__name__ not in _registry._DISTRIBUTIONS


def test_correct_distribution_registers(fresh_registry):
    cj.stochastic.register_estimator(cje.reparam())
    assert cj.stochastic.register_distribution(cjd.Normal) is cjd.Normal
    assert "Normal" in _registry._DISTRIBUTIONS


def doubled_term(log_prob, cost, baseline):
    """Score term with twice the gradient: biased."""
    lp2 = 2.0 * log_prob
    return jnp.sum(jax.lax.stop_gradient(cost - baseline) * (lp2 - jax.lax.stop_gradient(lp2)))


def test_wrong_estimator_is_refuted_at_registration(fresh_registry):
    cj.stochastic.register_distribution(cjd.BernoulliLogits)
    cj.stochastic.register_distribution(cjd.Normal)
    bad = Estimator("score2x", "score", term=doubled_term)
    with pytest.raises(cj.RuleRejected) as info:
        cj.stochastic.register_estimator(bad)
    assert info.value.obligation.startswith("score_identity")
    assert "score2x" not in _registry._ESTIMATORS
    # and it cannot be used at a sample site either
    with pytest.raises(cj.RuleRejected):
        cj.sample(jax.random.key(0), cjd.Normal(0.0, 1.0), estimator=bad)


def test_baselines_differing_only_in_a_captured_constant_get_their_own_verdicts():
    """Regression: jaxprs print constants by name, so ``a * z`` with a = 2 and a = 0 must not
    share a cached certificate (the first is biased, the second is the zero baseline)."""
    a, b = jnp.array(2.0), jnp.array(0.0)
    c1 = certify_pair(cjd.BernoulliLogits, cje.score(baseline=lambda z: a * z))
    c2 = certify_pair(cjd.BernoulliLogits, cje.score(baseline=lambda z: b * z))
    assert c1.verdict == "refuted"
    assert c2.verdict == "proved"

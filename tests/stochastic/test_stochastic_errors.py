# SPDX-License-Identifier: Apache-2.0
"""Bad input to cj.sample / cj.grad: each error names what was wrong, and the fix."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax as cj
from certjax import distributions as cjd
from certjax import estimators as cje
from certjax.stochastic import KeyReuseError, StochasticError, UnsupportedEstimator, _plan


# -- unsupported estimator x distribution ---------------------------------------------------------
@pytest.mark.parametrize("make, estimator, dist_name, offered", [
    (lambda p: cjd.Bernoulli(logits=p), "reparam", "BernoulliLogits", "'score', 'enumerate'"),
    (lambda p: cjd.Categorical(logits=jnp.stack([p, -p])), "reparam", "CategoricalLogits",
     "'score', 'enumerate'"),
    (lambda p: cjd.Normal(p, 1.0), "enumerate", "Normal", "'reparam', 'score'"),
    (lambda p: cjd.Exponential(p + 2.0), "enumerate", "Exponential", "'reparam', 'score'"),
    (lambda p: cjd.Uniform(p, p + 1.0), "score", "Uniform", "'reparam'"),
])
def test_unsupported_estimator_names_distribution_and_estimator(make, estimator, dist_name,
                                                                 offered):
    def objective(p, key):
        return cj.sample(key, make(p), estimator=estimator) * 1.0

    calls = [
        lambda: cj.sample(jax.random.key(0), make(0.3), estimator=estimator),  # outside grad
        lambda: cj.grad(objective)(0.3, jax.random.key(0)),
        lambda: jax.jit(cj.grad(objective))(0.3, jax.random.key(0)),
    ]
    for call in calls:
        with pytest.raises(UnsupportedEstimator) as info:
            call()
        msg = str(info.value)
        assert f"estimator '{estimator}'" in msg
        assert f"distribution {dist_name}" in msg
        assert f"Estimators offered for {dist_name}: {offered}" in msg


def test_unknown_estimator_name_lists_the_known_ones():
    with pytest.raises(StochasticError, match=r"unknown estimator 'pathwise' for Normal.*"
                                              r"'enumerate', 'loo', 'reparam', 'score'"):
        cj.sample(jax.random.key(0), cjd.Normal(0.0, 1.0), estimator="pathwise")
    with pytest.raises(StochasticError, match="needs a certjax.distributions distribution"):
        cj.sample(jax.random.key(0), 0.5)


# -- reused keys -------------------------------------------------------------------------------
def reuse_same_key(mu, key):
    a = cj.sample(key, cjd.Normal(mu, 1.0))
    b = cj.sample(key, cjd.Bernoulli(logits=mu))
    return a * b


def test_same_key_object_at_two_sites_is_caught_eager_and_under_jit():
    key, keys = jax.random.key(0), jax.random.split(jax.random.key(0), 2)
    for run, k in ((cj.grad(reuse_same_key), key), (jax.jit(cj.grad(reuse_same_key)), key),
                   (jax.vmap(cj.grad(reuse_same_key), in_axes=(None, 0)), keys)):
        with pytest.raises(KeyReuseError) as info:
            run(0.2, k)
        msg = str(info.value)
        assert "sites 0 and 1" in msg and "jax.random.split" in msg


def test_equal_valued_distinct_keys_are_documented_not_caught():
    """Documented limit: only one key *object* used twice is detected (A_KEYS assumption)."""
    def objective(mu, key):
        a = cj.sample(jax.random.split(key)[0], cjd.Normal(mu, 1.0))
        b = cj.sample(jax.random.split(key)[0], cjd.Normal(mu, 1.0))
        return a * b

    v, _ = cj.value_and_grad(objective)(0.2, jax.random.key(0))
    a = cjd.Normal(0.2, 1.0).sample(jax.random.split(jax.random.key(0))[0])
    np.testing.assert_allclose(v, a * a, rtol=1e-6)  # the two "samples" are equal
    cert = cj.stochastic.certificate(cjd.Normal, cje.reparam())
    assert any("distinct key objects with equal values are not" in a for a in cert.assumptions)


# -- baselines ---------------------------------------------------------------------------------
def same_key_baseline(logit, key):
    # a draw with the site's own key *is* the sample: b == 3 z, so (C - b) == 0 always
    base = 3.0 * jax.random.bernoulli(key, jax.nn.sigmoid(logit)).astype(jnp.float32)
    z = cj.sample(key, cjd.Bernoulli(logits=logit), estimator=cje.score(baseline=base))
    return 3.0 * z


def test_array_baseline_reading_its_own_sample_is_rejected():
    for run in (cj.grad(same_key_baseline), jax.jit(cj.grad(same_key_baseline)),
                cj.grad(same_key_baseline, prune=False)):
        with pytest.raises(StochasticError) as info:
            run(0.3, jax.random.key(0))
        msg = str(info.value)
        assert "baseline of sample site 0 (BernoulliLogits) depends on that sample" in msg
        assert "MovingAverage" in msg


def test_array_baseline_from_an_earlier_independent_sample_is_accepted():
    def objective(p, key):
        k1, k2 = jax.random.split(key)
        x = cj.sample(k1, cjd.Normal(0.0, 1.0))  # parameter-free: a valid, independent baseline
        z = cj.sample(k2, cjd.Bernoulli(logits=p), estimator=cje.score(baseline=x))
        return 3.0 * z

    key = jax.random.key(4)
    g = cj.grad(objective)(0.3, key)
    k1, k2 = jax.random.split(key)
    x = jax.random.normal(k1, ())
    z = jax.random.bernoulli(k2, jax.nn.sigmoid(0.3)).astype(jnp.float32)
    np.testing.assert_allclose(g, (3.0 * z - x) * (z - jax.nn.sigmoid(0.3)), rtol=1e-5)


def test_callable_baseline_depending_on_z_is_refuted_with_a_counterexample():
    biased = cje.score(baseline=lambda z: 2.0 * z)

    def objective(logit, key):
        return cj.sample(key, cjd.Bernoulli(logits=logit), estimator=biased) * 1.0

    with pytest.raises(cj.RuleRejected) as info:
        cj.grad(objective)(0.3, jax.random.key(0))
    err = info.value
    assert err.rule == "score[baseline=callable] x BernoulliLogits"
    assert "false when calling" in str(err)
    # a callable that ignores z is a constant baseline: proved and accepted
    fine = cje.score(baseline=lambda z: 0.5 + 0.0 * z)
    g = cj.grad(lambda p, k: cj.sample(k, cjd.Bernoulli(logits=p), estimator=fine) * 1.0)(
        0.3, jax.random.key(0))
    assert np.isfinite(g)


# -- enumeration -------------------------------------------------------------------------------
def test_too_many_enumeration_configurations_is_an_error():
    def objective(logits, key):
        k1, k2 = jax.random.split(key)
        a = cj.sample(k1, cjd.Bernoulli(logits=logits), estimator="enumerate")  # 2**9
        b = cj.sample(k2, cjd.Categorical(logits=jnp.zeros(3)), estimator="enumerate")  # 3
        return jnp.sum(a) * b

    logits = jnp.zeros(9)
    assert 2 ** 9 * 3 > _plan.MAX_CONFIGS
    with pytest.raises(StochasticError) as info:
        cj.grad(objective)(logits, jax.random.key(0))
    msg = str(info.value)
    assert f"evaluate the objective {2 ** 9 * 3} times" in msg
    assert f"the limit is {_plan.MAX_CONFIGS}" in msg and 'estimator="score"' in msg


def test_loo_needs_several_samples():
    def objective(p, key):
        return cj.sample(key, cjd.Bernoulli(logits=p), estimator="loo") * 1.0

    with pytest.raises(StochasticError, match=r"num_samples=4\)   # n >= 2"):
        cj.grad(objective)(0.0, jax.random.key(0))


def test_objective_without_cost_is_a_type_error():
    def objective(p, key):
        cj.sample(key, cjd.Normal(p, 1.0))

    with pytest.raises(TypeError, match="returned no cost"):
        cj.grad(objective)(0.0, jax.random.key(0))


# -- invalid parameters ------------------------------------------------------------------------
BAD = [
    ("Normal", lambda p: cjd.Normal(0.0, p), -1.0, "reparam",
     "Normal: invalid parameter scale=-1.0: scale must satisfy > 0"),
    ("Normal-score", lambda p: cjd.Normal(0.0, p), -1.0, "score",
     "Normal: invalid parameter scale=-1.0: scale must satisfy > 0"),
    ("BernoulliProbs", lambda p: cjd.Bernoulli(probs=p), 1.5, "score",
     "BernoulliProbs: invalid parameter probs=1.5: probs must satisfy 0 <= probs <= 1"),
    ("BernoulliLogits", lambda p: cjd.Bernoulli(logits=p), jnp.nan, "enumerate",
     "BernoulliLogits: invalid parameter logits=nan: logits must satisfy not NaN"),
    ("Exponential", lambda p: cjd.Exponential(p), 0.0, "score",
     "Exponential: invalid parameter rate=0.0: rate must satisfy > 0"),
    ("Uniform", lambda p: cjd.Uniform(p, 0.0), 1.0, "reparam",
     "Uniform: invalid parameters low=1.0, high=0.0: low must be < high"),
    ("CategoricalProbs", lambda p: cjd.Categorical(probs=jnp.stack([p, 0.5])), 0.7, "score",
     "CategoricalProbs: probs must sum to 1 along the last axis"),
]


@pytest.mark.parametrize("label, make, bad, estimator, message", BAD, ids=[b[0] for b in BAD])
def test_invalid_parameters_raise_when_known_and_are_nan_under_jit(label, make, bad, estimator,
                                                                    message):
    def objective(p, key):
        return jnp.sum(cj.sample(key, make(p), estimator=estimator) * 1.0)

    key = jax.random.key(0)
    with pytest.raises(ValueError) as info:  # concrete: when the distribution is built
        cj.sample(key, make(jnp.float32(bad)), estimator=estimator)
    assert message in str(info.value)
    assert "Example of a valid call" in str(info.value) or "e.g. cjd." in str(info.value)
    with pytest.raises(ValueError) as info:  # inside cj.grad without jit: values still known
        cj.grad(objective)(jnp.float32(bad), key)
    assert message.split(":")[0] in str(info.value)
    # under jit nothing can raise: with cj.enable_validation() the gradient is NaN (not a
    # meaningless number); by default nothing is added to the compiled program
    good = {"Normal": 1.0, "Normal-score": 1.0, "BernoulliProbs": 0.5, "BernoulliLogits": 0.0,
            "Exponential": 1.0, "Uniform": -1.0, "CategoricalProbs": 0.5}[label]
    plain = jax.jit(cj.grad(objective)).lower(jnp.float32(good), key).as_text()
    cj.enable_validation()
    try:
        g = jax.jit(cj.grad(objective))(jnp.float32(bad), key)
        assert np.isnan(g), g
        # and a valid value on the same compiled function is finite
        assert np.isfinite(jax.jit(cj.grad(objective))(jnp.float32(good), key))
        checked = jax.jit(cj.grad(objective)).lower(jnp.float32(good), key).as_text()
    finally:
        cj.enable_validation(False)
    assert checked != plain  # the check is in the program only when asked for


@pytest.mark.parametrize("where", ["scan", "vmap", "cond", "jit"])
def test_a_site_under_a_transformation_inside_the_objective_is_a_clear_error(where):
    # under scan the site's tracers leaked out and JAX raised a raw UnexpectedTracerError
    def site(theta, k):
        return cj.sample(k, cjd.Normal(theta, 1.0), estimator=cje.score())

    def objective(theta, key):
        keys = jax.random.split(key, 3)
        if where == "scan":
            return jax.lax.scan(lambda c, k: (c + site(theta, k) ** 2, None), 0.0, keys)[0]
        if where == "vmap":
            return jnp.sum(jax.vmap(lambda k: site(theta, k))(keys) ** 2)
        if where == "cond":
            return jax.lax.cond(theta > 0, lambda: site(theta, keys[0]), lambda: 0.0)
        return jax.jit(site)(theta, keys[0]) ** 2

    for grad in (cj.grad(objective), jax.jit(cj.grad(objective))):
        with pytest.raises(StochasticError, match="under a JAX transformation inside"):
            grad(0.7, jax.random.key(0))

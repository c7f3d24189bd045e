# SPDX-License-Identifier: Apache-2.0
"""The user contract of cj.grad / cj.value_and_grad / cj.sample (issue 3), end to end.

The objective is the contract example: a Normal site (reparameterized by default) and a
Bernoulli site (score function by default). Its expectation has a closed form,

    E[(z - 1)^2 + 3 b z] = sigma^2 + (mu - 1)^2 + 3 sigmoid(l) mu,

so the exact gradient is ``(2 (mu - 1) + 3 p, 2 sigma^2, 3 mu p (1 - p))`` with
``sigma = exp(log_sigma)`` and ``p = sigmoid(logit)``.
"""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax as cj
from certjax import distributions as cjd

N = 2000
PARAMS = {"mu": jnp.float32(0.5), "log_sigma": jnp.float32(-0.3), "logit": jnp.float32(0.4)}


def objective(params, key):
    k1, k2 = jax.random.split(key)
    z = cj.sample(k1, cjd.Normal(params["mu"], jnp.exp(params["log_sigma"])))  # reparam default
    b = cj.sample(k2, cjd.Bernoulli(logits=params["logit"]))  # score default
    return (z - 1.0) ** 2 + 3.0 * b * z


def exact_grad(params):
    mu, s, p = params["mu"], np.exp(params["log_sigma"]), jax.nn.sigmoid(params["logit"])
    return {"mu": 2 * (mu - 1) + 3 * p, "log_sigma": 2 * s**2, "logit": 3 * mu * p * (1 - p)}


def draws(key, params):
    """The noise cj.sample draws for this key: eps of the Normal site, b of the Bernoulli site."""
    k1, k2 = jax.random.split(key)
    eps = jax.random.normal(k1, ())
    b = jax.random.bernoulli(k2, jax.nn.sigmoid(params["logit"])).astype(jnp.float32)
    return eps, b


def test_contract_example_mc_mean_within_4_standard_errors():
    keys = jax.random.split(jax.random.key(2024), N)
    g = jax.jit(jax.vmap(cj.grad(objective), in_axes=(None, 0)))(PARAMS, keys)
    exact = exact_grad(PARAMS)
    for name in PARAMS:
        x = np.asarray(g[name], np.float64)
        assert x.shape == (N,)
        mean, se = x.mean(), x.std() / np.sqrt(N)
        assert se > 0, name
        assert abs(mean - float(exact[name])) <= 4 * se, (name, mean, float(exact[name]), se)


def test_contract_example_one_key_matches_hand_derived_estimator():
    """Per sample: pathwise for (mu, log_sigma), (total cost) * d log p(b) for the logit."""
    key = jax.random.key(7)
    g = cj.grad(objective)(PARAMS, key)
    eps, b = draws(key, PARAMS)
    s, p = np.exp(PARAMS["log_sigma"]), jax.nn.sigmoid(PARAMS["logit"])
    z = PARAMS["mu"] + s * eps
    dz = 2 * (z - 1) + 3 * b
    cost = (z - 1) ** 2 + 3 * b * z
    np.testing.assert_allclose(g["mu"], dz, rtol=1e-5)
    np.testing.assert_allclose(g["log_sigma"], dz * s * eps, rtol=1e-5)
    np.testing.assert_allclose(g["logit"], cost * (b - p), rtol=1e-5, atol=1e-6)


def test_value_and_grad_value_is_the_objective_at_the_same_samples():
    for seed in range(3):
        key = jax.random.key(seed)
        v, g = cj.value_and_grad(objective)(PARAMS, key)
        np.testing.assert_allclose(v, objective(PARAMS, key), rtol=1e-6)
        g2 = cj.grad(objective)(PARAMS, key)
        for name in PARAMS:
            np.testing.assert_allclose(g[name], g2[name], rtol=1e-6)


def test_jit_and_vmap_over_keys_agree_with_eager():
    keys = jax.random.split(jax.random.key(3), 4)
    batched = jax.jit(jax.vmap(cj.value_and_grad(objective), in_axes=(None, 0)))(PARAMS, keys)
    for i in range(4):
        v, g = cj.value_and_grad(objective)(PARAMS, keys[i])
        np.testing.assert_allclose(batched[0][i], v, rtol=1e-5)
        for name in PARAMS:
            np.testing.assert_allclose(batched[1][name][i], g[name], rtol=1e-5, atol=1e-6)
    # distinct keys give distinct samples, hence distinct gradients
    assert len(set(np.round(np.asarray(batched[1]["mu"]), 5).tolist())) == 4


def split_objective(mu, log_sigma, key, logit):
    return objective({"mu": mu, "log_sigma": log_sigma, "logit": logit}, key)


def test_argnums_int_and_tuple_match_the_dict_version():
    key = jax.random.key(11)
    ref = cj.grad(objective)(PARAMS, key)
    args = (PARAMS["mu"], PARAMS["log_sigma"], key, PARAMS["logit"])
    g_tuple = cj.grad(split_objective, argnums=(0, 1, 3))(*args)
    assert isinstance(g_tuple, tuple) and len(g_tuple) == 3
    for got, name in zip(g_tuple, ("mu", "log_sigma", "logit"), strict=True):
        np.testing.assert_allclose(got, ref[name], rtol=1e-6)
    g_int = cj.grad(split_objective, argnums=1)(*args)
    assert jnp.shape(g_int) == ()
    np.testing.assert_allclose(g_int, ref["log_sigma"], rtol=1e-6)
    g_logit = cj.grad(split_objective, argnums=3)(*args)
    np.testing.assert_allclose(g_logit, ref["logit"], rtol=1e-6)
    v, (g0, g3) = cj.value_and_grad(split_objective, argnums=(0, 3))(*args)
    np.testing.assert_allclose(v, objective(PARAMS, key), rtol=1e-6)
    np.testing.assert_allclose(g0, ref["mu"], rtol=1e-6)
    np.testing.assert_allclose(g3, ref["logit"], rtol=1e-6)


def test_has_aux_returns_aux_and_the_same_gradient():
    def with_aux(params, key):
        k1, k2 = jax.random.split(key)
        z = cj.sample(k1, cjd.Normal(params["mu"], jnp.exp(params["log_sigma"])))
        b = cj.sample(k2, cjd.Bernoulli(logits=params["logit"]))
        return (z - 1.0) ** 2 + 3.0 * b * z, {"z": z, "b": b}

    key = jax.random.key(5)
    g, aux = cj.grad(with_aux, has_aux=True)(PARAMS, key)
    ref = cj.grad(objective)(PARAMS, key)
    for name in PARAMS:
        np.testing.assert_allclose(g[name], ref[name], rtol=1e-6)
    eps, b = draws(key, PARAMS)
    np.testing.assert_allclose(aux["z"], PARAMS["mu"] + np.exp(PARAMS["log_sigma"]) * eps,
                               rtol=1e-6)
    assert int(aux["b"]) == int(b)
    (v, aux2), g2 = jax.jit(cj.value_and_grad(with_aux, has_aux=True))(PARAMS, key)
    np.testing.assert_allclose(v, objective(PARAMS, key), rtol=1e-6)
    np.testing.assert_allclose(aux2["z"], aux["z"], rtol=1e-6)
    with pytest.raises(TypeError, match="has_aux=True"):
        cj.grad(objective, has_aux=True)(PARAMS, key)


def test_pytree_params_nested_dict_and_tuple():
    def nested(params, key):
        loc, scale = params["normal"]
        flat = {"mu": loc, "log_sigma": scale["log"], "logit": params["bern"][0]}
        return objective(flat, key)

    params = {"normal": (PARAMS["mu"], {"log": PARAMS["log_sigma"]}), "bern": [PARAMS["logit"]]}
    key = jax.random.key(9)
    g = cj.grad(nested)(params, key)
    assert jax.tree_util.tree_structure(g) == jax.tree_util.tree_structure(params)
    ref = cj.grad(objective)(PARAMS, key)
    np.testing.assert_allclose(g["normal"][0], ref["mu"], rtol=1e-6)
    np.testing.assert_allclose(g["normal"][1]["log"], ref["log_sigma"], rtol=1e-6)
    np.testing.assert_allclose(g["bern"][0], ref["logit"], rtol=1e-6)
    gj = jax.jit(cj.grad(nested))(params, key)
    np.testing.assert_allclose(gj["bern"][0], ref["logit"], rtol=1e-5)


@pytest.mark.parametrize("make, estimator", [
    (lambda: cjd.Normal(jnp.zeros(3), 2.0), None),
    (lambda: cjd.Normal(jnp.zeros(3), 2.0), "score"),
    (lambda: cjd.Bernoulli(logits=jnp.array([[0.1, -2.0]])), None),
    (lambda: cjd.Bernoulli(probs=0.3), "enumerate"),
    (lambda: cjd.Categorical(logits=jnp.zeros((2, 4))), "score"),
    (lambda: cjd.Exponential(jnp.ones(2)), "reparam"),
])
def test_sample_outside_grad_is_dist_sample(make, estimator):
    d = make()
    key = jax.random.key(42)
    for sample_shape in ((), (5,)):
        z = cj.sample(key, d, estimator=estimator, sample_shape=sample_shape)
        assert z.shape == d.shape(sample_shape) == sample_shape + d.batch_shape
        np.testing.assert_array_equal(z, d.sample(key, sample_shape))
    # a different key draws something else (the key is really used)
    big = cj.sample(jax.random.key(1), d, estimator=estimator, sample_shape=(64,))
    assert not np.array_equal(big, d.sample(key, (64,)))
    # no gradient path outside cj.grad: plain jax.grad of a sampled value sees none
    if isinstance(d, cjd.Normal):
        g = jax.grad(lambda loc: jnp.sum(cj.sample(key, cjd.Normal(loc, 2.0))))(0.0)
        assert float(g) == 0.0

# SPDX-License-Identifier: Apache-2.0
import re

import jax
import jax.numpy as jnp
import numpy as np
import optax
import pytest
import vae_lib

import certjax as cj


def reference_loss(params, key, x):
    """The negative ELBO written with plain jax.nn functions (no custom rules of ours)."""
    mu, sigma = vae_lib.encode(params, x, jax.nn.softplus)
    z = mu + sigma * jax.random.normal(key, mu.shape, mu.dtype)
    logits = vae_lib.decode(params, z, jax.nn.softplus)
    nll = jnp.sum(optax.sigmoid_binary_cross_entropy(logits, x))
    kl = 0.5 * jnp.sum(mu**2 + sigma**2 - 1.0 - jnp.log(sigma**2))
    return (nll + kl) / len(x)


@pytest.fixture
def batch():
    return (jax.random.uniform(jax.random.key(5), (20, 784)) < 0.3).astype(jnp.float32)


def test_every_certified_part_is_proved():
    parts = vae_lib.certified_parts()
    assert set(parts.certified) >= {"softplus", "bernoulli_neglogpdf", "mvn_kl"}
    for name, fn in parts.certified.items():
        assert fn.certificate.verdict == "proved", (name, fn.certificate.summary())
        assert {o.name for o in fn.certificate.obligations} == {"fwd", "vjp", "defined",
                                                                "finite"}


def test_the_sample_uses_the_proved_reparam_normal_estimator():
    cert = vae_lib.certified_parts().estimator
    assert (cert.rule, cert.kind, cert.verdict) == ("reparam x Normal", "estimator", "proved")
    assert {o.name for o in cert.obligations} >= {"left_inverse", "right_inverse",
                                                  "jacobian_positive", "density", "defined"}
    assert all(o.verdict == "proved" for o in cert.obligations if o.name != "finite")
    assert any(a.startswith("pathwise:") for a in cert.assumptions)


def test_loss_and_gradient_agree_with_plain_jax(tiny_cfg, batch):
    params = vae_lib.init_params(jax.random.key(0), tiny_cfg)
    parts = vae_lib.certified_parts()
    loss = vae_lib.make_loss(parts)
    key = jax.random.key(1)
    v, g = jax.jit(cj.value_and_grad(loss))(params, key, batch)
    v_ref, g_ref = jax.jit(jax.value_and_grad(reference_loss))(params, key, batch)
    np.testing.assert_allclose(v, v_ref, rtol=1e-5)
    for a, b in zip(jax.tree_util.tree_leaves(g), jax.tree_util.tree_leaves(g_ref), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)


def test_train_step_equals_plain_jax_step(tiny_cfg, batch):
    def fresh():  # the step donates its inputs: each call gets its own copies
        params = vae_lib.init_params(jax.random.key(0), tiny_cfg)
        return params, vae_lib.make_optimizer(tiny_cfg).init(params)

    out = vae_lib.make_train_step(tiny_cfg)(*fresh(), jax.random.key(2), batch)
    ref = vae_lib.make_train_step(tiny_cfg, loss=reference_loss)(
        *fresh(), jax.random.key(2), batch)
    np.testing.assert_allclose(out[2], ref[2], rtol=1e-5)
    for a, b in zip(jax.tree_util.tree_leaves(out[0]), jax.tree_util.tree_leaves(ref[0]),
                    strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-4, atol=1e-6)


def test_train_step_improves_the_elbo(tiny_cfg, mnist):
    cfg = vae_lib.Config(hidden=32, latent=4, batch_size=50)
    images = jnp.asarray(mnist.train.images[:50])
    step = vae_lib.make_train_step(cfg)
    evaluate = vae_lib.make_eval()
    params = vae_lib.init_params(jax.random.key(0), cfg)
    opt_state = vae_lib.make_optimizer(cfg).init(params)
    x = (images > 0.5).astype(jnp.float32)
    before = float(evaluate(params, jax.random.key(9), x))
    for i in range(60):
        params, opt_state, _ = step(params, opt_state, jax.random.key(i), images)
    after = float(evaluate(params, jax.random.key(9), x))
    # 60 Adam steps on one batch: the negative ELBO (~540 nats at init) drops by > 100 nats
    assert after < before - 100, (before, after)


def test_init_is_xavier_uniform(tiny_cfg):
    params = vae_lib.init_params(jax.random.key(0), tiny_cfg)
    assert set(params) == set(vae_lib.LAYERS)
    for name, (fan_in, fan_out) in vae_lib.layer_sizes(tiny_cfg).items():
        w, b = params[name]["w"], params[name]["b"]
        assert w.shape == (fan_in, fan_out) and not np.any(b)
        bound = np.sqrt(6.0 / (fan_in + fan_out))
        assert np.abs(w).max() <= bound and np.abs(w).max() > 0.5 * bound


def test_audit_finds_every_rule_and_flags_uncertified_ones(tiny_cfg, batch):
    params = vae_lib.init_params(jax.random.key(0), tiny_cfg)
    loss = vae_lib.make_loss(vae_lib.certified_parts())
    uses = vae_lib.custom_rules_in(loss, params, jax.random.key(1), batch)
    assert all(u.certified is not None for u in uses)
    names = [u.name for u in uses]
    assert names.count("softplus") == 4
    assert {"bernoulli_neglogpdf", "mvn_kl"} <= set(names)
    # jax.nn.softplus is JAX's own (uncertified) custom_jvp of logaddexp: it must be flagged
    flagged = vae_lib.custom_rules_in(reference_loss, params, jax.random.key(1), batch)
    assert flagged and all(u.certified is None for u in flagged)
    assert {u.kind for u in flagged} == {"custom_jvp"}


def test_config_from_env():
    cfg = vae_lib.config_from_env({"VAE_EPOCHS": "3", "VAE_LR": "0.01", "OTHER": "x"})
    assert (cfg.epochs, cfg.learning_rate, cfg.hidden) == (3, 0.01, 1000)
    with pytest.raises(ValueError, match="VAE_HIDDEN='big': expected a int"):
        vae_lib.config_from_env({"VAE_HIDDEN": "big"})


def test_compiled_step_does_the_work_of_the_plain_jax_step(tiny_cfg, batch):
    """cj.value_and_grad with a reparam sample compiles to the hand-written JAX program's work:
    the same matmuls, no more exponentials/logs, no extra random draws."""
    params = vae_lib.init_params(jax.random.key(0), tiny_cfg)
    opt_state = vae_lib.make_optimizer(tiny_cfg).init(params)
    args = (params, opt_state, jax.random.key(2), batch)

    def ops(step):
        hlo = step.lower(*args).compile().as_text()
        names = re.findall(r"= \S+ ([\w-]+)\(", hlo)
        return {op: names.count(op) for op in ("dot", "exponential", "log", "log-plus-one",
                                               "rng-bit-generator", "custom-call")}

    mine = ops(vae_lib.make_train_step(tiny_cfg))
    plain = ops(vae_lib.make_train_step(tiny_cfg, loss=reference_loss))
    assert mine["dot"] == plain["dot"] and mine["rng-bit-generator"] == plain["rng-bit-generator"]
    for op in ("exponential", "log", "log-plus-one", "custom-call"):
        assert mine[op] <= plain[op], (op, mine, plain)

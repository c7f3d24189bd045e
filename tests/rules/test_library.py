# SPDX-License-Identifier: Apache-2.0
"""Every library rule, numerically: its VJP equals JAX's VJP of its own primal, at the shape
it was proved at *and* at other shapes (rules run at any shape), inside its domain."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax.rules

RULES = certjax.rules.load_all()
RNG_SEED = 0


def _pos(key, shape):  # sigma, x for log/sqrt
    return jax.random.uniform(key, shape, minval=0.2, maxval=3.0)


def _neg(key, shape):  # log1mexp
    return -jax.random.uniform(key, shape, minval=0.05, maxval=4.0)


def _prob(key, shape):
    return jax.random.uniform(key, shape, minval=0.05, maxval=0.95)


def _any(key, shape):
    return 3.0 * jax.random.normal(key, shape)


# rule -> argument makers and two shape sets (the proved one, another one)
CASES = {
    "elementwise.neg": ([_any], [[()], [(4, 5)]]),
    "elementwise.exp": ([_any], [[()], [(4, 5)]]),
    "elementwise.log": ([_pos], [[()], [(4, 5)]]),
    "elementwise.sqrt": ([_pos], [[()], [(4, 5)]]),
    "elementwise.sigmoid": ([_any], [[()], [(4, 5)]]),
    "elementwise.softplus": ([_any], [[()], [(4, 5)]]),
    "elementwise.log_sigmoid": ([_any], [[()], [(4, 5)]]),
    "elementwise.log1mexp": ([_neg], [[()], [(4, 5)]]),
    "arithmetic.scale": ([_any, _any], [[(), (2,)], [(), (3, 4)]]),
    "arithmetic.add": ([_any, _any], [[(), ()], [(3, 4), (3, 4)]]),
    "arithmetic.sub": ([_any, _any], [[(), ()], [(3, 4), (3, 4)]]),
    "arithmetic.mul": ([_any, _any], [[(), ()], [(3, 4), (3, 4)]]),
    "arithmetic.div": ([_any, _pos], [[(), ()], [(3, 4), (3, 4)]]),
    "arithmetic.mul_add": ([_any, _any, _any], [[(), (), ()], [(3, 4)] * 3]),
    "arithmetic.sum": ([_any], [[(3,)], [(2, 3, 4)]]),
    "arithmetic.gemm": ([_any, _any], [[(2, 3), (3, 2)], [(4, 5), (5, 3)]]),
    "reductions.logsumexp": ([_any], [[(3,)], [(2, 6)]]),
    "reductions.log_softmax": ([_any], [[(3,)], [(2, 6)]]),
    "reductions.logaddexp": ([_any, _any], [[(), ()], [(3, 4), (3, 4)]]),
    "reductions.safe_norm": ([_any], [[(3,)], [(2, 6)]]),
    "losses.bernoulli_neglogpdf_logits": ([_any, _prob], [[(), ()], [(3, 4), (3, 4)]]),
    "losses.bernoulli_neglogpdf_probs": ([_prob, _prob], [[(), ()], [(3, 4), (3, 4)]]),
    "losses.sigmoid_cross_entropy": ([_any, _prob], [[(), ()], [(3, 4), (3, 4)]]),
    "losses.softmax_cross_entropy": ([_any, _prob], [[(3,), (3,)], [(2, 5), (2, 5)]]),
    "gaussian.mvn_kl": ([_any, _pos], [[(3,), (3,)], [(2, 5), (2, 5)]]),
    "gaussian.gaussian_logpdf": ([_any, _any, _pos], [[(), (), ()], [(3, 4)] * 3]),
}


def _vjp(fn, args, g):
    out, pull = jax.vjp(fn, *args)
    return out, pull(g)


def test_every_library_rule_is_proved_and_has_a_case():
    # estimator pairs are tested by their Monte-Carlo means in tests/stochastic, their proofs
    # by tests/test_proofs.py (`certjax check`; reading their certificates here traces ~1700
    # claims, ~40 s)
    custom = {k for k in RULES if not k.startswith("estimators.")}
    assert set(CASES) == custom and len(RULES) > len(custom)
    assert all(RULES[k].certificate.verdict == "proved" for k in custom)


@pytest.mark.parametrize("rule_id", sorted(CASES))
@pytest.mark.parametrize("which", [0, 1], ids=["proved_shape", "other_shape"])
def test_rule_vjp_matches_jax_on_its_primal(rule_id, which):
    f = RULES[rule_id]
    makers, shapes = CASES[rule_id]
    keys = jax.random.split(jax.random.key(RNG_SEED), len(makers) + 1)
    args = [m(k, s) for m, k, s in zip(makers, keys[:-1], shapes[which], strict=True)]
    g = jax.random.normal(keys[-1], jax.eval_shape(f.fun, *args).shape)
    # one compiled program per rule and shape: the rule's VJP (as jit runs it) and JAX's
    out, got_ct, ref_out, ref_ct = jax.jit(lambda *a: (
        *_vjp(f, a, g), *_vjp(f.fun, a, g)))(*args)
    np.testing.assert_allclose(out, ref_out, rtol=1e-5, atol=1e-6)
    for got, want in zip(got_ct, ref_ct, strict=True):
        np.testing.assert_allclose(got, want, rtol=2e-4, atol=1e-5)


def test_safe_norm_gradient_is_zero_not_nan_at_the_origin():
    f = RULES["reductions.safe_norm"]
    assert np.all(np.isnan(jax.grad(lambda x: f.fun(x))(jnp.zeros(3))))
    np.testing.assert_array_equal(jax.grad(f)(jnp.zeros(3)), np.zeros(3))

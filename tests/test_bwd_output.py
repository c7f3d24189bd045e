# SPDX-License-Identifier: Apache-2.0
"""bwd's output read as JAX reads it: one cotangent leaf may stand for a whole subtree."""

import jax
import jax.numpy as jnp
import pytest

import certjax


def _pair_sum(bwd):
    @certjax.custom_vjp
    def pair_sum(p, y):
        return (p[0] + p[1]) * y

    def pair_sum_fwd(p, y):
        return pair_sum(p, y), (p, y)

    pair_sum.defvjp(pair_sum_fwd, bwd)
    return pair_sum


def test_a_leaf_cotangent_for_a_pytree_argument_is_replicated_to_its_leaves():
    def bwd(res, g):
        p, y = res
        return g * y, (p[0] + p[1]) * g  # one leaf for the pair p: both leaves get it

    f = _pair_sum(bwd)
    gp, gy = jax.grad(f, argnums=(0, 1))((1.0, 2.0), 4.0)
    assert [float(c) for c in gp] == [4.0, 4.0] and float(gy) == 3.0


def test_a_replicated_leaf_cotangent_that_is_wrong_is_refuted():
    def bwd(res, g):
        p, y = res
        return 2.0 * g * y, (p[0] + p[1]) * g  # twice the cotangent of each leaf of p

    f = _pair_sum(bwd)
    with pytest.raises(certjax.RuleRejected, match="obligation 'vjp' false"):
        jax.grad(f, argnums=(0, 1))((1.0, 2.0), 4.0)


def test_a_leaf_cotangent_of_the_wrong_shape_for_a_subtree_is_malformed():
    def bwd(res, g):
        p, y = res
        return jnp.zeros(3), (p[0] + p[1]) * g

    f = _pair_sum(bwd)
    with pytest.raises(TypeError):
        jax.grad(f, argnums=(0, 1))((1.0, 2.0), 4.0)

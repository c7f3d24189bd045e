# SPDX-License-Identifier: Apache-2.0
"""A ``SymbolicZero`` tangent a jvp rule returns stays symbolic, as JAX keeps it."""

import jax
import jax.numpy as jnp
import pytest

import certjax

SZ = jax.custom_derivatives.SymbolicZero


def _second(seen):
    @certjax.custom_jvp
    def second(x, y):
        return y

    def second_jvp(primals, tangents):
        (_, y), (_, y_dot) = primals, tangents
        seen.append(type(y_dot) is SZ)
        return y, y_dot

    second.defjvp(second_jvp, symbolic_zeros=True)
    return second


def test_a_returned_symbolic_zero_reaches_the_next_rule_as_a_symbolic_zero():
    seen = []
    f = _second(seen)
    seen.clear()  # (the registration proof traced it with dense tangents)
    out, tan = jax.jvp(jax.vmap(lambda x: f(x, f(x, 1.0))), (jnp.ones(3),), (jnp.ones(3),))
    assert out.tolist() == [1.0, 1.0, 1.0] and tan.tolist() == [0.0, 0.0, 0.0]
    assert seen and all(seen)  # the outer call saw the inner one's zero as symbolic


def test_a_symbolic_zero_returned_without_symbolic_zeros_is_read_as_zero():
    @certjax.custom_jvp
    def const(x):
        return 0.0 * x + 2.0

    @const.defjvp
    def const_jvp(primals, tangents):
        (x,), _ = primals, tangents
        return const(x), jax.custom_derivatives.zero_from_primal(x, symbolic_zeros=True)

    _, tan = jax.jvp(const, (jnp.arange(3.0),), (jnp.ones(3),))
    assert tan.tolist() == [0.0, 0.0, 0.0]
    assert any(i.verdict == "proved" for i in const.instances)


def test_a_wrong_symbolic_zero_tangent_is_refuted():
    @certjax.custom_jvp
    def shift(x):
        return x + 1.0

    def shift_jvp(primals, tangents):
        (x,), _ = primals, tangents
        return shift(x), jax.custom_derivatives.zero_from_primal(x, symbolic_zeros=True)

    with pytest.raises(certjax.RuleRejected, match="obligation 'jvp' false"):
        shift.defjvp(shift_jvp)  # refuted where it is defined (at a float32 scalar)

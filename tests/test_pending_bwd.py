# SPDX-License-Identifier: Apache-2.0
"""A bwd that can only be checked when JAX calls it: proved then, never earlier, never skipped.

JAX checks bwd's output (and calls bwd at all) only when a cotangent reaches it: with the
zero pattern known then under ``symbolic_zeros``, never under forward mode or for a primal
without outputs. certjax's proof of such a rule waits for bwd; meanwhile the primal output
that runs is the primal's own.
"""

import jax
import jax.numpy as jnp
import pytest

import certjax


def test_bwd_never_called_for_an_output_free_primal_is_not_traced():
    @certjax.custom_vjp
    def nothing(x, y):
        del x, y

    def nothing_fwd(x, y):
        return None, y

    def nothing_bwd(res, g):
        raise AssertionError("bwd must not run")

    nothing.defvjp(nothing_fwd, nothing_bwd)
    out, pullback = jax.vjp(lambda x, y: nothing(x, y), 1.0, 2.0)
    assert out is None
    assert [float(c) for c in pullback(None)] == [0.0, 0.0]


def test_malformed_bwd_is_an_error_only_when_bwd_is_called():
    @certjax.custom_vjp
    def shift(x):
        return x + 1.0

    def shift_fwd(x):
        return shift(x), ()

    def shift_bwd(_, g):
        return g  # not a tuple

    shift.defvjp(shift_fwd, shift_bwd)
    x = jnp.array([4.0])
    # forward mode only stages bwd (custom_lin): JAX never checks it, nor does certjax
    text = str(jax.make_jaxpr(lambda x: jax.jvp(shift, (x,), (x,)))(x))
    assert "custom_lin" in text and "bwd=shift_bwd" in text
    with pytest.raises(TypeError, match="Custom VJP bwd rule must produce an output"):
        jax.grad(lambda x: shift(x).sum())(x)


def test_pending_fwd_runs_the_primal_and_a_wrong_fwd_is_refuted_at_bwd_time():
    @certjax.custom_vjp
    def double(x):
        return 2.0 * x

    def double_fwd(x):
        return 3.0 * x, x  # wrong primal output

    def double_bwd(_, g):
        return g  # malformed at fwd time: the proof waits for bwd

    double.defvjp(double_fwd, double_bwd)
    y, _ = jax.vjp(double, 1.5)
    assert float(y) == 3.0  # the primal's value, not fwd's unproved 4.5
    with pytest.raises(certjax.CertificationError):
        jax.grad(double)(1.5)


def test_symbolic_zero_bwd_shape_error_is_worded_as_jax_at_the_zero_pattern_given():
    @certjax.custom_vjp
    def three(x, y, z):
        return x, y, z

    def three_fwd(x, y, z):
        return three(x.value, y.value, z.value), None

    def three_bwd(_, gs):
        gx, gy, gz = gs
        return gy, gx, gz  # x's and y's cotangents exchanged (different shapes)

    three.defvjp(three_fwd, three_bwd, symbolic_zeros=True)
    with pytest.raises(ValueError, match="SymbolicZero with a shape/dtype") as info:
        jax.grad(lambda x, y, z: three(x, y, z)[2].sum())(jnp.ones(1), jnp.ones(2), jnp.ones(3))
    assert isinstance(info.value, certjax.CertificationError)
    assert "certjax: The bwd rule 'three_bwd'" in str(info.value)


def test_symbolic_zero_bwd_right_at_the_pattern_given_is_proved_then():
    @certjax.custom_vjp
    def pair(x, y):
        return x * y, y

    def pair_fwd(x, y):
        return pair(x.value, y.value), (x.value, y.value)

    def pair_bwd(res, gs):
        x, y = res
        g0, g1 = gs
        if type(g1) is jax.custom_derivatives.SymbolicZero:
            return g0 * y, g0 * x
        return g0 * y, g0 * x + g1

    pair.defvjp(pair_fwd, pair_bwd, symbolic_zeros=True)
    gx, gy = jax.grad(lambda x, y: pair(x, y)[0], argnums=(0, 1))(2.0, 3.0)
    assert (float(gx), float(gy)) == (3.0, 2.0)
    assert any(i.verdict == "proved" for i in pair.instances)

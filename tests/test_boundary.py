# SPDX-License-Identifier: Apache-2.0
"""Smooth split boundaries are checked against the one-sided derivatives; kinks are excluded.

Real bugs that lived exactly on a boundary certjax used to exclude: softplus written with
``max`` (slope 0 at 0, true 0.5; jax #2107), ``xlogy``'s d/dx at x = 0 (jax #15598),
``logsumexp(a, b=b)``'s d/db_i at b_i = 0 (jax #22398).
"""

import jax
import jax.numpy as jnp
import jax.scipy.special as jss
import pytest

import certjax

V2 = jax.ShapeDtypeStruct((2,), jnp.float32)


def ob(cert, name):
    return next(o for o in cert.obligations if o.name == name)


def softplus_max(x):
    return jnp.maximum(x, 0.0) + jnp.log1p(jnp.exp(-jnp.abs(x)))


def softplus_bwd_buggy(x, g):
    # d max(x, 0) = [x > 0] and d|x| = sign(x): right off 0, and 0 at x = 0 (true 0.5)
    e = jnp.exp(-jnp.abs(x))
    return (g * (jnp.where(x > 0, 1.0, 0.0) - jnp.sign(x) * e / (1.0 + e)),)


def softplus_bwd(x, g):
    return (g * jax.nn.sigmoid(x),)


def test_softplus_with_max_wrong_at_zero_is_refuted_at_zero():
    cert = certjax.certify_vjp(softplus_max, lambda x: (softplus_max(x), x), softplus_bwd_buggy)
    assert cert.verdict == "refuted", cert.summary()
    vjp = ob(cert, "vjp")
    assert vjp.counterexample["x"] == 0.0
    assert vjp.checked_boundaries == ["x == 0"]


def test_softplus_with_max_right_is_proved_on_the_boundary():
    cert = certjax.certify_vjp(softplus_max, lambda x: (softplus_max(x), x), softplus_bwd)
    assert cert.verdict == "proved", cert.summary()
    vjp = ob(cert, "vjp")
    assert vjp.checked_boundaries == ["x == 0"]
    assert vjp.excluded_boundaries == []  # smooth: nothing excluded


@pytest.mark.parametrize("primal,factor", [
    (lambda x: jnp.maximum(x, 0.0), lambda x: jnp.where(x > 0, 1.0, 0.0)),
    (jnp.abs, jnp.sign),
])
def test_kinks_are_still_excluded_and_listed(primal, factor):
    cert = certjax.certify_vjp(primal, lambda x: (primal(x), x), lambda x, g: (g * factor(x),))
    assert cert.verdict == "proved", cert.summary()
    vjp = ob(cert, "vjp")
    assert vjp.excluded_boundaries == ["x == 0"]
    assert vjp.checked_boundaries == []  # the sides differ everywhere on it
    assert "kinks" in cert.summary()


def xlogy(x, y):
    return jss.xlogy(x, y)


def xlogy_bwd_buggy(res, g):
    x, y = res
    return (g * jnp.where(x == 0, 0.0, jnp.log(y)), g * x / y)


def xlogy_bwd(res, g):
    x, y = res
    return (g * jnp.log(y), g * x / y)


@pytest.mark.parametrize("bwd,verdict", [(xlogy_bwd_buggy, "refuted"), (xlogy_bwd, "proved")])
def test_xlogy_dx_at_zero(bwd, verdict):
    # JAX's own JVP of xlogy's body gives 0 at x = 0 too: the counterexample is confirmed
    # against JAX's derivative at points either side of the boundary
    cert = certjax.certify_vjp(xlogy, lambda x, y: (xlogy(x, y), (x, y)), bwd,
                               assume=lambda x, y: y > 0)
    assert cert.verdict == verdict, cert.summary()
    vjp = ob(cert, "vjp")
    assert "x == 0" in vjp.checked_boundaries
    if verdict == "refuted":
        assert vjp.counterexample["x"] == 0.0
        assert vjp.counterexample["y"] != 1.0  # log(y) != 0 there


def lse(a, b):
    return jax.nn.logsumexp(a, b=b)


def lse_bwd_jax(res, g):
    return jax.vjp(lse, *res)[1](g)  # JAX 0.10.2: d/db_i = 0 at b_i = 0


def lse_bwd(res, g):
    a, b = res
    e = jnp.exp(a)
    s = jnp.sum(b * e)
    return (g * b * e / s, g * e / s)


@pytest.mark.parametrize("bwd,verdict", [(lse_bwd_jax, "refuted"), (lse_bwd, "proved")])
def test_logsumexp_weights_at_zero(bwd, verdict):
    cert = certjax.certify_vjp(lse, lambda a, b: (lse(a, b), (a, b)), bwd, signature=[V2, V2],
                               assume=lambda a, b: jnp.all(b >= 0) & (jnp.sum(b) > 0))
    assert cert.verdict == verdict, cert.summary()
    vjp = ob(cert, "vjp")
    assert vjp.checked_boundaries
    if verdict == "refuted":
        assert 0.0 in vjp.counterexample["b"]


def test_fwd_is_checked_exactly_on_a_boundary():
    # fwd differs from the primal only at x == 0: a real difference in the value that runs
    def primal(x):
        return jnp.where(x > 0, 1.0, 0.0)

    def fwd(x):
        return jnp.where(x >= 0, 1.0, 0.0), x

    cert = certjax.certify_vjp(primal, fwd, lambda x, g: (0.0 * g,))
    assert cert.verdict == "refuted", cert.summary()
    assert ob(cert, "fwd").counterexample["x"] == 0.0

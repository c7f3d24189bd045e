# SPDX-License-Identifier: Apache-2.0
"""Second order: ``jax.grad(jax.grad(f))`` through a certified rule, or certjax says it is not.

A fwd whose residual goes through ``stop_gradient`` (grad(grad(x*x)) = 0, true 2), a wrong
plain ``jax.custom_jvp`` used inside bwd (second derivative 5, true 2), TF's softmax
cross-entropy whose bwd used a stop_gradient'd softmax (Hessian 0): each is proved at first
order and marked first-order only; differentiating it again warns, or raises under strict.
"""

import jax
import jax.numpy as jnp
import pytest
from jax import lax

import certjax
from certjax._instance import CertjaxWarning

V2 = jax.ShapeDtypeStruct((2,), jnp.float32)


def square(x):
    return x * x


def fwd_stop(x):
    return x * x, lax.stop_gradient(x)


def fwd(x):
    return x * x, x


def bwd(x, g):
    return (2.0 * g * x,)


@jax.custom_jvp
def twice(x):
    return 2.0 * x


twice.defjvp(lambda p, t: (2.0 * p[0], 5.0 * t[0]))  # wrong: the slope is 2


def bwd_nested(x, g):
    return (g * twice(x),)


@pytest.mark.parametrize("f,b", [(fwd_stop, bwd), (fwd, bwd_nested)])
def test_first_order_only_rules_are_marked(f, b):
    cert = certjax.certify_vjp(square, f, b)
    assert cert.verdict == "proved", cert.summary()
    assert cert.second_order["verdict"] == "refuted"
    assert cert.first_order_only
    assert "first-order only" in cert.summary()


def test_right_rule_is_proved_at_second_order():
    cert = certjax.certify_vjp(square, fwd, bwd)
    assert cert.second_order["verdict"] == "proved"
    assert not cert.first_order_only


def _rule(f, b, **kw):
    @certjax.custom_vjp
    def sq(x):
        return x * x

    sq.defvjp(f, b, **kw)
    return sq


@pytest.mark.parametrize("f,b,got", [(fwd_stop, bwd, 0.0), (fwd, bwd_nested, 5.0)])
def test_differentiating_again_warns(f, b, got):
    sq = _rule(f, b)
    assert jax.grad(sq)(3.0) == 6.0  # first order: no warning
    with pytest.warns(CertjaxWarning, match="first order only"):
        assert jax.grad(jax.grad(sq))(3.0) == got


def test_differentiating_again_raises_under_strict():
    sq = _rule(fwd_stop, bwd, strict=True)
    assert jax.grad(sq)(3.0) == 6.0
    with pytest.raises(certjax.RuleUnproven, match="second order"):
        jax.grad(jax.grad(sq))(3.0)
    with pytest.raises(certjax.RuleUnproven, match="second order"):
        jax.hessian(sq)(3.0)


def test_right_rule_is_differentiated_again_silently():
    sq = _rule(fwd, bwd, strict=True)
    assert jax.grad(jax.grad(sq))(3.0) == 2.0
    assert jax.jit(jax.hessian(sq))(3.0) == 2.0


def cross_entropy(z, y):
    return -jnp.sum(y * jax.nn.log_softmax(z))


def ce_bwd_tf(res, g):  # TF's bug: the softmax in the gradient is a constant
    z, y = res
    p = lax.stop_gradient(jax.nn.softmax(z))
    return (g * (p * jnp.sum(y) - y), -g * jax.nn.log_softmax(z))


def ce_bwd(res, g):
    z, y = res
    p = jax.nn.softmax(z)
    return (g * (p * jnp.sum(y) - y), -g * jax.nn.log_softmax(z))


@pytest.mark.parametrize("b,second", [(ce_bwd_tf, "refuted"), (ce_bwd, "proved")])
def test_softmax_cross_entropy_hessian(b, second):
    cert = certjax.certify_vjp(cross_entropy, lambda z, y: (cross_entropy(z, y), (z, y)), b,
                               signature=[V2, V2])
    assert cert.verdict == "proved", cert.summary()
    assert cert.second_order["verdict"] == second, cert.second_order


@pytest.mark.parametrize("tangent,second", [
    (lambda x, t: 2.0 * lax.stop_gradient(x) * t, "refuted"),
    (lambda x, t: 2.0 * x * t, "proved"),
])
def test_jvp_rule_second_order(tangent, second):
    cert = certjax.certify_jvp(square, lambda p, t: (p[0] * p[0], tangent(p[0], t[0])))
    assert cert.verdict == "proved", cert.summary()
    assert cert.second_order["verdict"] == second, cert.second_order

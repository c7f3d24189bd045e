# SPDX-License-Identifier: Apache-2.0
"""The reference is cross-checked against certjax's own table of derivatives.

Four of twenty shipped gradient bugs were in JAX's own primitive JVP rules, certjax's
reference. With JAX's pre-fix ``integer_pow`` JVP (``x ** 0`` had slope 1) patched in, the
rule that agrees with it is not proved: the certificate names the primitive and the point.
"""

import jax
import jax.numpy as jnp
import pytest
from jax import lax
from jax._src.interpreters import ad

import certjax
from certjax._derivatives import PARTIALS
from certjax._reference import check_reference


def p0(x):
    return lax.integer_pow(x, 0) + x * x


def bwd_agreeing_with_bug(x, g):
    return (g * (1.0 + 2.0 * x),)


def bwd(x, g):
    return (g * 2.0 * x,)


def _buggy_integer_pow_jvp(primals, tangents, *, y):
    (x,), (t,) = primals, tangents
    return lax.integer_pow(x, y), t * (1.0 if y == 0 else y * lax.integer_pow(x, y - 1))


def test_wrong_primitive_jvp_is_reported_not_proved(monkeypatch):
    monkeypatch.setitem(ad.primitive_jvps, lax.integer_pow_p, _buggy_integer_pow_jvp)
    cert = certjax.certify_vjp(p0, lambda x: (p0(x), x), bwd_agreeing_with_bug)
    assert cert.verdict == "unproved", cert.summary()
    vjp = next(o for o in cert.obligations if o.name == "vjp")
    assert "JAX's derivative of primitive integer_pow differs from its mathematical " \
           "derivative at x = " in vjp.reason
    assert cert.reference["verdict"] == "unproved"


def test_right_primitive_jvp_is_checked():
    cert = certjax.certify_vjp(p0, lambda x: (p0(x), x), bwd)
    assert cert.verdict == "proved", cert.summary()
    assert {"integer_pow", "mul", "add"} <= set(cert.reference["checked"])


ELEMENTWISE = [
    (name, fn) for name, fn in [
        ("exp", jnp.exp), ("log", jnp.log), ("log1p", jnp.log1p), ("expm1", jnp.expm1),
        ("logistic", jax.nn.sigmoid), ("tanh", jnp.tanh), ("sqrt", jnp.sqrt),
        ("rsqrt", lax.rsqrt), ("sin", jnp.sin), ("cos", jnp.cos), ("atan", jnp.arctan),
        ("sinh", jnp.sinh), ("cosh", jnp.cosh), ("asinh", jnp.arcsinh), ("abs", jnp.abs),
        ("integer_pow", lambda x: x ** 3), ("square", jnp.square),
        ("max", lambda x: jnp.maximum(x, 1.0)), ("div", lambda x: 1.0 / (x * x + 1.0)),
        ("pow", lambda x: jnp.exp(x) ** 1.5),
    ]
]


@pytest.mark.parametrize("name,fn", ELEMENTWISE, ids=[n for n, _ in ELEMENTWISE])
def test_table_agrees_with_jax(name, fn):
    closed = jax.make_jaxpr(fn)(jax.ShapeDtypeStruct((), jnp.float32))
    out = check_reference(closed)
    assert out["verdict"] == "proved", out
    assert name in out["checked"]
    assert name in PARTIALS or name in ("div",)


def test_a_wrong_table_entry_is_caught(monkeypatch):
    # the check can fail: a wrong textbook entry disagrees with JAX's (right) JVP
    monkeypatch.setitem(PARTIALS, "sin", ("wrong", lambda x: (-lax.cos(x),)))
    closed = jax.make_jaxpr(jnp.sin)(jax.ShapeDtypeStruct((), jnp.float32))
    out = check_reference(closed)
    assert out["verdict"] == "unproved"
    assert "primitive sin differs" in out["reason"]


REDUCE = [("reduce_max", lambda x: jnp.max(x, axis=-1), (2, 3)),
          ("reduce_min", jnp.min, (3,)),
          ("reduce_prod", lambda x: jnp.prod(x, axis=0), (3, 2))]


@pytest.mark.parametrize("name,fn,shape", REDUCE, ids=[n for n, _, _ in REDUCE])
def test_reductions_are_checked_against_the_table(name, fn, shape):
    # they kept JAX's JVP as their only reference ("trusted") before the table had them
    out = check_reference(jax.make_jaxpr(fn)(jax.ShapeDtypeStruct(shape, jnp.float32)))
    assert out["verdict"] == "proved", out
    assert name in out["checked"] and name not in out["trusted"]


def _summing_max_jvp(primals, tangents, *, axes, **params):  # every tangent, not the max's
    (x,), (t,) = primals, tangents
    return lax.reduce_max_p.bind(x, axes=axes, **params), jnp.sum(t, axis=axes)


def test_a_wrong_reduction_jvp_is_reported(monkeypatch):
    from certjax import _reference

    monkeypatch.setitem(ad.primitive_jvps, lax.reduce_max_p, _summing_max_jvp)
    monkeypatch.setattr(_reference, "_CHECKED", {})
    out = check_reference(jax.make_jaxpr(jnp.max)(jax.ShapeDtypeStruct((3,), jnp.float32)))
    assert out["verdict"] == "unproved"
    assert "primitive reduce_max differs from its mathematical derivative" in out["reason"]

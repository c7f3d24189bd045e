# SPDX-License-Identifier: Apache-2.0
"""The jaxpr walker: call-like primitives, literals, constants, the translation table."""

from __future__ import annotations

from fractions import Fraction

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax
from certjax import _translate
from certjax._ir import Builder
from certjax._translate import Context, simplest_rational, symbols, translate_jaxpr


def _translate_fn(fn, *shapes, opaque=True):
    closed = jax.make_jaxpr(fn)(*[jax.ShapeDtypeStruct(s, np.float32) for s in shapes])
    ctx = Context(Builder(), opaque_stop_gradient=opaque)
    X = [symbols(ctx, f"a{i}", s) for i, s in enumerate(shapes)]
    return ctx, X, translate_jaxpr(ctx, closed, X)


def test_call_like_primitives_are_entered():
    @jax.custom_vjp
    def cv(x):
        return x * x

    cv.defvjp(lambda x: (cv(x), x), lambda x, g: (2 * g * x,))

    def fn(x):
        inner = jax.jit(lambda y: y + 1.0)(x)
        return jax.checkpoint(lambda z: z * 3.0)(jax.nn.relu(inner)) + cv(x)

    ctx, (x,), (out,) = _translate_fn(fn, ())
    assert {"jit", "custom_jvp_call", "custom_vjp_call"} <= ctx.primitives
    # custom rules contribute their primal bodies: relu is max(x + 1, 0), cv is x * x
    assert "max" in ctx.primitives and "mul" in ctx.primitives


def test_structurally_equal_terms_are_one_node():
    ctx, (x, y), (a, b) = _translate_fn(lambda x, y: (x * y + 1.0, y * x + 1.0), (), ())
    assert a[()] is b[()]


def test_stop_gradient_is_generalised_or_kept():
    ctx, (x,), (out,) = _translate_fn(lambda x: jax.lax.stop_gradient(x * 2.0), ())
    assert out[()].op == "var" and out[()].value.startswith("sg!")
    ctx, (x,), (out,) = _translate_fn(lambda x: jax.lax.stop_gradient(x * 2.0), (), opaque=False)
    assert out[()].op == "mul"


def test_closed_over_constants_are_literals():
    w = np.array([0.5, -0.25, 2.0], np.float32)
    ctx, (x,), (out,) = _translate_fn(lambda x: jnp.sum(x * w), (3,))
    consts = {n.value for n in ctx.b._table.values() if n.op == "const"}
    assert {Fraction(1, 2), Fraction(-1, 4), Fraction(2)} <= consts


def test_unsupported_primitive_error():
    with pytest.raises(certjax.UnsupportedPrimitive) as info:
        _translate_fn(jax.lax.cbrt, ())
    assert info.value.primitive == "cbrt"
    assert '@certjax.register_translation("cbrt")' in str(info.value)


def test_register_translation_as_call_and_decorator():
    saved = dict(_translate.TRANSLATIONS)
    try:
        certjax.register_translation("sin", lambda ctx, x, **_: x)  # a wrong one, on purpose
        ctx, (x,), (out,) = _translate_fn(jnp.sin, ())
        assert out[()] is x[()]

        @certjax.register_translation("cos")
        def _cos(ctx, x, **_):
            return np.vectorize(lambda a: ctx.b.neg(a), otypes=[object])(x)

        ctx, (x,), (out,) = _translate_fn(jnp.cos, ())
        assert out[()].op == "neg"
    finally:
        _translate.TRANSLATIONS.clear()
        _translate.TRANSLATIONS.update(saved)


def test_translation_returning_the_wrong_shape_is_caught():
    saved = dict(_translate.TRANSLATIONS)
    try:
        certjax.register_translation("sin", lambda ctx, x, **_: np.stack([x, x]))
        with pytest.raises(certjax.CertificationError, match="translation of sin gave shape"):
            _translate_fn(jnp.sin, (3,))
    finally:
        _translate.TRANSLATIONS.clear()
        _translate.TRANSLATIONS.update(saved)


@pytest.mark.parametrize("value, want", [
    (0.1, Fraction(1, 10)), (1 / 3, Fraction(1, 3)), (-0.01, Fraction(-1, 100)),
    (2.5, Fraction(5, 2)), (3.0, Fraction(3)), (2.0**30, Fraction(2**30)), (0.0, Fraction(0)),
])
def test_simplest_rational_examples(value, want):
    assert simplest_rational(np.float32(value)) == want


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_simplest_rational_rounds_back_to_the_literal(dtype):
    rng = np.random.RandomState(0)
    values = np.concatenate([rng.normal(size=300), 1e-5 * rng.normal(size=300),
                             1e3 * rng.normal(size=300)]).astype(dtype)
    for v in values:
        r = simplest_rational(v)
        # exactly inside the open rounding interval of v: never further than half an ulp
        lo = Fraction(float(np.nextafter(v, dtype(-np.inf))))
        hi = Fraction(float(np.nextafter(v, dtype(np.inf))))
        assert (Fraction(float(v)) + lo) / 2 < r < (Fraction(float(v)) + hi) / 2
        assert dtype(float(r)) == v


def test_simplest_rational_is_simplest():
    # no fraction with a smaller denominator rounds to float32(0.7) than 7/10
    v = np.float32(0.7)
    assert simplest_rational(v) == Fraction(7, 10)
    assert all(np.float32(k / q) != v for q in range(1, 10) for k in range(q + 1))

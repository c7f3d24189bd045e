# SPDX-License-Identifier: Apache-2.0
"""Each primitive translation agrees with JAX: translate a small jaxpr, evaluate the IR.

The IR evaluator below is deliberately tiny and lives in the test, not in the package: it
gives the IR's meaning independently of the Z3 lowering. Each function is traced to a jaxpr
in float32, translated symbolically, and the IR is evaluated at random points in float64
arithmetic; JAX evaluates the same function in float64 at the same points.
"""

from __future__ import annotations

import math
from fractions import Fraction

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

from certjax._ir import Builder, Node
from certjax._translate import Context, symbols, translate_jaxpr

N_POINTS = 5


# the special functions of ``_lax_special`` (``app`` nodes), by the float64 library
APPS = {
    "pi": lambda: math.pi, "sin": math.sin, "cos": math.cos, "atan": math.atan,
    "asin": math.asin, "erf": math.erf, "atan2": math.atan2, "lgamma": math.lgamma,
    "erf_inv": lambda u: float(jax.scipy.special.erfinv(np.float64(u))),
    "floor": math.floor, "trunc": math.trunc, "round": lambda x: float(np.round(x)),
}


def evaluate(n: Node, env: dict[str, float], memo: dict[int, object] | None = None):
    """The value of IR node ``n`` when every ``var`` takes its value from ``env``."""
    memo = {} if memo is None else memo
    if id(n) in memo:
        return memo[id(n)]
    op, a = n.op, n.args
    ev = lambda k: evaluate(a[k], env, memo)  # noqa: E731
    if op == "const":
        out = float(n.value)
    elif op == "inf":
        out = math.inf * n.value
    elif op == "var":
        # an ``unknown`` (a float overflow that may happen, ``_special``): not at these points
        out = 1.0 if n.value.startswith("unknown!") else env[n.value]
    elif op == "bool":
        out = n.value
    elif op == "add":
        out = ev(0) + ev(1)
    elif op == "mul":
        out = ev(0) * ev(1)
    elif op == "neg":
        out = -ev(0)
    elif op == "div":
        out = ev(0) / ev(1)
    elif op == "pow":
        out = ev(0) ** n.value
    elif op == "exp":
        out = math.exp(ev(0))
    elif op == "log":
        out = math.log(ev(0))
    elif op == "sqrt":
        out = math.sqrt(ev(0))
    elif op == "select":
        out = ev(2) if ev(0) else ev(1)
    elif op == "cmp":
        x, y = ev(0), ev(1)
        out = {"lt": x < y, "le": x <= y, "eq": x == y}[n.value]
    elif op == "and":
        out = ev(0) and ev(1)
    elif op == "or":
        out = ev(0) or ev(1)
    elif op == "not":
        out = not ev(0)
    elif op == "app":
        out = APPS[n.value](*(ev(k) for k in range(len(a))))
    else:
        raise AssertionError(f"unknown IR op {op}")
    memo[id(n)] = out
    return out


def check(fn, *shapes, seed=0, scale=1.0, rtol=1e-9):
    """Translate ``fn`` at float32 ``shapes`` and compare the IR with JAX at random points."""
    sig = [jax.ShapeDtypeStruct(s, np.float32) for s in shapes]
    closed = jax.make_jaxpr(fn)(*sig)
    ctx = Context(Builder(), opaque_stop_gradient=False)
    names = [f"a{i}" for i in range(len(shapes))]
    X = [symbols(ctx, nm, s) for nm, s in zip(names, shapes, strict=True)]
    outs = translate_jaxpr(ctx, closed, X)
    rng = np.random.RandomState(seed)
    for _ in range(N_POINTS):
        args = [scale * rng.normal(size=s) for s in shapes]
        env = {}
        for x, v in zip(X, args, strict=True):
            for idx in np.ndindex(x.shape):
                env[x[idx].value] = float(v[idx])
        with jax.enable_x64(True):
            want = jax.tree_util.tree_leaves(fn(*[jnp.asarray(v) for v in args]))
        assert len(want) == len(outs)
        for o, w in zip(outs, want, strict=True):
            got = np.vectorize(lambda nd, env=env: float(evaluate(nd, env)), otypes=[float])(o)
            np.testing.assert_allclose(got, np.asarray(w, np.float64), rtol=rtol, atol=1e-12)
    return ctx


# -- structural primitives --------------------------------------------------------------
def test_dot_general_matmul_and_batched():
    ctx = check(lambda W, x: W @ x, (2, 3), (3,))
    assert "dot_general" in ctx.primitives
    check(lambda a, b: jnp.einsum("bij,bjk->bik", a, b), (2, 2, 3), (2, 3, 2))
    check(lambda a, b: jnp.tensordot(a, b, axes=2), (2, 3), (2, 3))
    check(lambda a, b: jnp.outer(a, b).T @ a, (2,), (3,))


@pytest.mark.parametrize("config", [
    [(1, 2, 0)], [(1, 2, 1)], [(-1, 1, 0)], [(0, -2, 1)], [(2, 0, 2)],
])
def test_pad_1d(config):
    ctx = check(lambda x, v: lax.pad(x, v, config), (4,), ())
    assert "pad" in ctx.primitives


def test_pad_2d_and_jnp_pad():
    check(lambda x, v: lax.pad(x, v, [(1, 0, 1), (-1, 2, 0)]), (2, 3), ())
    check(lambda x: jnp.pad(x, ((1, 0), (0, 2))), (2, 2))


def test_reductions():
    ctx = check(lambda x: jnp.max(x, axis=1), (2, 3))
    assert "reduce_max" in ctx.primitives
    check(lambda x: jnp.min(x, axis=0), (2, 3))
    check(lambda x: jnp.sum(x, axis=(0, 2)), (2, 2, 2))
    check(lambda x: jnp.prod(x), (3,))
    check(lambda x: jnp.max(x), (2, 2))


def test_select_n_boolean_and_integer_selector():
    ctx = check(lambda x, y: jnp.where(x > y, x, 2.0 * y), (3,), (3,))
    assert "select_n" in ctx.primitives

    def three_way(x, a, b, c):
        which = (x > 0).astype(jnp.int32) + (x > 1).astype(jnp.int32)
        return lax.select_n(which, a, b, c)

    check(three_way, (4,), (4,), (4,), (4,), scale=2.0)


def test_broadcast_in_dim():
    ctx = check(lambda x, y: x[:, None] * y[None, :], (2,), (3,))
    assert "broadcast_in_dim" in ctx.primitives
    check(lambda x: jnp.broadcast_to(x, (2, 3)), (3,))
    check(lambda x: x + jnp.float32(1.5), (2, 2))


def test_concatenate_stack_split_tile():
    ctx = check(lambda x, y: jnp.concatenate([x, 2.0 * y], axis=0), (2,), (3,))
    assert "concatenate" in ctx.primitives
    check(lambda x, y: jnp.concatenate([x, y], axis=1), (2, 1), (2, 3))
    check(lambda x, y: jnp.stack([x, y], axis=1), (3,), (3,))
    ctx = check(lambda x: jnp.split(x, [1], axis=0), (4,))
    assert "split" in ctx.primitives
    check(lambda x: jnp.tile(x, 2), (3,))


def test_slice_transpose_reshape_rev():
    ctx = check(lambda x: x[1:3], (4,))
    assert "slice" in ctx.primitives
    check(lambda x: x[::2], (5,))
    check(lambda x: x[:, 1:], (2, 3))
    check(lambda x: lax.slice(x, (0, 1), (2, 3), (1, 2)), (2, 3))
    ctx = check(lambda x: x.T, (2, 3))
    assert "transpose" in ctx.primitives
    check(lambda x: jnp.transpose(x, (2, 0, 1)), (2, 3, 2))
    check(lambda x: x.reshape(3, 2)[None].squeeze(0), (2, 3))
    check(lambda x: jnp.expand_dims(x, 1) * jnp.ones((1, 2)), (3,))
    check(lambda x: jnp.flip(x), (3,))
    check(lambda x: x * jnp.arange(3.0), (3,))


def test_cumulative_and_arg_extrema():
    check(jnp.cumsum, (4,))
    check(lambda x: jnp.cumsum(x, axis=1), (2, 3))
    check(lambda x: lax.cummax(x, reverse=True), (4,))
    check(lambda x: lax.cummin(x), (4,))
    check(lambda x: lax.cumprod(x), (3,))
    check(lambda x: jnp.argmax(x).astype(jnp.float32), (4,))
    check(lambda x: jnp.argmin(x, axis=1).astype(jnp.float32), (2, 3))
    check(lambda x: jax.nn.one_hot(jnp.argmax(x), 3), (3,))


def test_dynamic_slice_and_update_with_symbolic_index():
    ctx = check(lambda x: x[jnp.argmax(x)], (4,))
    assert "dynamic_slice" in ctx.primitives
    check(lambda x: lax.dynamic_slice(x, (jnp.argmin(x),), (2,)), (4,))
    check(lambda x: lax.dynamic_slice(x, (1,), (2,)), (4,))
    check(lambda x: lax.dynamic_slice(x, (7,), (2,)), (4,))  # clamped like XLA
    check(lambda x: lax.dynamic_update_slice(x, x[:2] * 3.0, (jnp.argmax(x),)), (4,))
    check(lambda x: lax.dynamic_update_slice(x, x[:1], (2,)), (3,))


def test_infinite_literals():
    check(lambda x: jnp.maximum(x, -jnp.inf), (3,))
    check(lambda x: jnp.minimum(x, jnp.inf), (3,))
    check(lambda x: jnp.where(x == jnp.inf, 0.0, x), (3,))
    check(lambda x: jnp.where(jnp.isfinite(x), x, 0.0), (3,))
    check(lambda x: jnp.max(jnp.where(x > 0, x, -jnp.inf)) + 0.0 * x, (3,), scale=3.0)
    check(jax.nn.logsumexp, (3,))
    check(lambda x: jnp.where(jnp.isnan(x), 1.0, x), (2,))


# -- elementwise primitives --------------------------------------------------------------
@pytest.mark.parametrize("fn", [
    jnp.exp, jnp.exp2, jnp.expm1, jnp.tanh, jax.nn.sigmoid, jnp.sinh, jnp.cosh, jnp.arcsinh,
    jnp.abs, jnp.sign, jnp.square, lambda x: x**3, lambda x: x**-2,
    lambda x: jnp.log(x * x + 0.5), lambda x: jnp.log1p(x * x), lambda x: jnp.sqrt(x * x + 1),
    lambda x: lax.rsqrt(x * x + 1), lambda x: (x * x + 1) ** 2.5, lambda x: jnp.power(2.0, x),
    lambda x: jnp.arctanh(jnp.tanh(x) * 0.9), lambda x: jnp.arccosh(x * x + 1.5),
    lambda x: jnp.clip(x, -0.5, 0.5), lambda x: lax.clamp(-0.5, x, 0.25),
    lambda x: jnp.maximum(x, 0.0) - jnp.minimum(x, 0.1), lambda x: x / (1.0 + x * x),
    lambda x: lax.stop_gradient(x) * 2.0, lambda x: jax.nn.relu(x), jax.nn.softplus,
    lambda x: jnp.logaddexp(x, 0.3),
], ids=lambda f: getattr(f, "__name__", "fn"))
def test_elementwise(fn):
    check(fn, (3,), scale=1.5)


def test_float32_literals_are_read_as_simple_rationals():
    # gelu's constants are float32 literals in the jaxpr (sqrt(2/pi) -> 0.7978846f); JAX in
    # float64 uses the float64 constants, so the two agree to float32 precision only
    check(lambda x: jax.nn.gelu(x, approximate=True), (3,), rtol=1e-6)
    ctx = check(lambda x: x * 0.1, ())
    assert any(n.op == "const" and n.value == Fraction(1, 10) for n in ctx.b._table.values())


@pytest.mark.parametrize("fn", [
    jnp.sin, jnp.cos, jnp.tan, jnp.arctan, lax.erf, lax.erfc, lax.lgamma, jnp.floor, jnp.ceil,
    lambda x: jnp.round(x), lambda x: jnp.sinc(x), lambda x: jnp.arcsin(jnp.tanh(x)),
    lambda x: jnp.arccos(jnp.tanh(x)), lambda x: lax.erf_inv(jnp.tanh(x) / 2),
    lambda x: lax.rem(x * 3, 1.7), lambda x: x * jnp.pi + 2 / jnp.sqrt(jnp.pi),
])
def test_special_functions_translate_like_jax(fn):
    check(fn, (3,), scale=2.0, rtol=1e-6)


def test_atan2_translates_like_jax():
    check(jnp.arctan2, (3,), (3,), rtol=1e-6)


def test_comparisons_and_booleans():
    def f(x, y):
        c = ((x < y) & (x >= -1.0)) | ~(y != 0.5) | (x == y)
        return jnp.where(c ^ False, x, y) + (x <= y).astype(jnp.float32)

    check(f, (4,), (4,))


def test_jvp_jaxprs_translate_like_jax():
    """The reference derivative of an obligation is a JVP jaxpr: check a few end to end."""
    for fn in (jax.nn.softplus, jnp.tanh, jax.nn.logsumexp, jnp.linalg.norm, jax.nn.softmax):
        def tangent(x, t, fn=fn):
            return jax.jvp(fn, (x,), (t,))[1]

        check(tangent, (3,), (3,))

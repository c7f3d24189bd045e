# SPDX-License-Identifier: Apache-2.0
"""Rules that close over tracers of an enclosing jit/vmap/grad (certjax/_closed_over.py).

The tracer is an unknown of the proof; a counterexample is confirmed on the traced jaxprs in
float64 with the model's value for it, and names that value. A wrong rule is refused with
such a counterexample; a right one is proved and gives JAX's gradients.
"""

import re
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from jax import lax

import certjax
from certjax._closed_over import eval64
from certjax._confirm import _float64


def _closed(msg: str, name: str) -> float:
    m = re.search(rf"with closed-over .*\b{name}=(-?[0-9.e+-]+)", msg)
    assert m, msg
    return float(m.group(1))


def _point(exc: certjax.RuleRejected) -> dict:
    return exc.counterexample


# -- vjp: bwd reads a tracer of the enclosing jit / vmap ----------------------------------------
def _sin_rule(make, y, right: bool):
    @make
    def f(x):
        return y * jnp.sin(x)

    def fwd(x):
        return f(x), x

    def bwd(x, g):
        return ((y * jnp.cos(x) if right else y * jnp.cos(y)) * g,)  # captures y

    f.defvjp(fwd, bwd)
    return f


@pytest.mark.parametrize("transform", ["jit", "vmap"])
def test_wrong_bwd_closing_over_a_tracer_is_refused_naming_its_value(transform):
    def loss(y):
        return jax.grad(_sin_rule(certjax.custom_vjp, y, right=False))(1.0)

    run = jax.jit(loss) if transform == "jit" else jax.vmap(loss)
    arg = 2.0 if transform == "jit" else jnp.arange(1.0, 4.0)
    with pytest.raises(certjax.RuleRejected, match="with closed-over y=") as e:
        run(arg)
    # the counterexample is real: bwd at (x, g, y) differs from y cos(x) g
    p, y = _point(e.value), _closed(str(e.value), "y")
    x, g = p["x"], p["g"]
    assert abs(y * np.cos(y) * g - y * np.cos(x) * g) > 1e-6


@pytest.mark.parametrize("transform", ["jit", "vmap"])
def test_right_bwd_closing_over_a_tracer_is_proved_with_jax_gradients(transform):
    # (a custom_vjp cannot be differentiated with respect to a closed-over value, in JAX)
    def loss(make, y):
        return jax.grad(_sin_rule(make, y, right=True))(1.0)

    run = jax.jit if transform == "jit" else jax.vmap
    y = 2.0 if transform == "jit" else jnp.arange(1.0, 4.0)
    got, want = (run(partial(loss, m))(y) for m in (certjax.custom_vjp, jax.custom_vjp))
    np.testing.assert_allclose(got, want, rtol=1e-6)


def test_fwd_residual_from_a_closed_over_tracer_wrong_is_refused():
    def loss(y):
        @certjax.custom_vjp
        def f(x):
            return 2.0 * jnp.sin(x)

        def fwd(x):
            return f(x), y  # the residual is the enclosing jit's tracer

        def bwd(r, g):
            return (2.0 * jnp.cos(r) * g,)

        f.defvjp(fwd, bwd)
        return jax.grad(f)(1.0)

    with pytest.raises(certjax.RuleRejected, match="with closed-over y="):
        jax.jit(loss)(2.0)


# -- jvp: the rule reads a vmap tracer ----------------------------------------------------------
def _scaled_exp(y, right: bool, make=certjax.custom_jvp):
    @make
    def f(x):
        return y * jnp.exp(x)

    @f.defjvp
    def f_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        return f(x), (y * jnp.exp(x) if right else jnp.exp(x)) * t

    return f


def test_wrong_jvp_closing_over_a_vmap_tracer_is_refused():
    with pytest.raises(certjax.RuleRejected, match="with closed-over y=") as e:
        jax.vmap(lambda y: jax.jvp(_scaled_exp(y, False), (0.5,), (1.0,))[1])(
            jnp.arange(2.0, 5.0))
    y, p = _closed(str(e.value), "y"), _point(e.value)
    assert abs(y * np.exp(p["x"]) * p["v"] - np.exp(p["x"]) * p["v"]) > 1e-6


@pytest.mark.parametrize("transform", ["vmap", "jit"])
def test_right_jvp_closing_over_a_tracer_is_proved_with_jax_gradients(transform):
    # (a rule closing over a value the enclosing grad differentiates is an error in JAX)
    def d(make, y):
        return jax.grad(_scaled_exp(y, True, make))(0.5)

    run = jax.vmap if transform == "vmap" else jax.jit
    y = jnp.arange(2.0, 5.0) if transform == "vmap" else 2.0
    got, want = (run(partial(d, m))(y) for m in (certjax.custom_jvp, jax.custom_jvp))
    np.testing.assert_allclose(got, want, rtol=1e-6)
    assert np.all(np.asarray(got) != 0)


# -- closure_convert: a static function evaluating a float32 jaxpr -----------------------------
def _cos_after_rule(right: bool):
    @partial(certjax.custom_vjp, nondiff_argnums=(0,))
    def cos_after(fn, x, *args):
        return jnp.cos(fn(x, *args))

    def fwd(fn, x, *args):
        return cos_after(fn, x, *args), (x, args)

    def bwd(fn, res, g):
        x, args = res
        if not right:
            return (17.0 * x, *[42.0 * a for a in args])
        _, pull = jax.vjp(lambda x, *a: jnp.cos(fn(x, *a)), x, *args)
        return pull(g)

    cos_after.defvjp(fwd, bwd)

    def solve(c, x):
        converted, consts = jax.closure_convert(lambda x: jnp.sum((x - c) ** 2.0), x)
        return cos_after(converted, x, *consts)

    return solve


def test_closure_convert_wrong_rule_is_refused():
    c, x = 2.0 * jnp.ones(2), jnp.ones(2)
    with pytest.raises(certjax.RuleRejected, match="false when calling bwd"):
        jax.grad(_cos_after_rule(False), argnums=(0, 1))(c, x)


def test_closure_convert_right_rule_gives_jax_gradients():
    c, x = 2.0 * jnp.ones(2), jnp.ones(2)
    got = jax.grad(_cos_after_rule(True), argnums=(0, 1))(c, x)
    want = jax.grad(lambda c, x: jnp.cos(jnp.sum((x - c) ** 2.0)), argnums=(0, 1))(c, x)
    np.testing.assert_allclose(np.concatenate(got), np.concatenate(want), rtol=1e-6)


# -- the float64 evaluator itself ---------------------------------------------------------------
def test_eval64_widens_literals_dtypes_and_nested_jaxprs():
    def f(x, n):
        y = lax.cond(x > 0, lambda v: v * 0.1, lambda v: v.astype(jnp.float32) - 1.0, x)
        z, _ = lax.scan(lambda c, _: (c * 1.1, None), y, None, length=3)
        return z + n.astype(jnp.float32) / 3.0

    closed = jax.make_jaxpr(f)(jnp.float32(0), jnp.int32(0))
    with _float64():
        (out,) = eval64(closed, {}, np.float64(0.3), np.int32(2))
    assert out.dtype == np.float64
    # literals read as the proof reads them (0.1 is 1/10, not float32's 0.1000000015)
    want = 0.3 * 0.1 * 1.1 ** 3 + 2 / 3
    assert abs(float(out) - want) < 1e-12  # float32 would be off by ~1e-8
    with _float64():
        (neg,) = eval64(closed, {}, np.float64(-0.5), np.int32(0))
    assert abs(float(neg) - (-1.5 * 1.1 ** 3)) < 1e-12


def test_eval64_reads_closed_over_tracers_from_values():
    seen = {}

    def outer(y):
        closed = jax.make_jaxpr(lambda x: x * y + 0.5)(jnp.float32(0))
        seen["jaxpr"] = closed
        return y

    jax.jit(outer)(1.0)
    closed = seen["jaxpr"]
    (tracer,) = closed.consts
    with _float64():
        (out,) = eval64(closed, {id(tracer): np.float64(3.0)}, np.float64(2.0))
    assert float(out) == 6.5
    with _float64(), pytest.raises(ValueError, match="no value"):
        eval64(closed, {}, np.float64(2.0))


def test_twin_rules_show_their_own_closed_over_names():
    # the same jaxprs (a cache hit on the proof) but another free variable's name
    def make(name):
        src = f"""
def loss({name}):
    @certjax.custom_vjp
    def f(x):
        return 2.0 * jnp.sin(x)
    f.defvjp(lambda x: (f(x), x), lambda x, g: (2.0 * jnp.cos({name}) * g,))
    return jax.grad(f)(1.0)
"""
        env = {"certjax": certjax, "jnp": jnp, "jax": jax}
        exec(src, env)  # noqa: S102 - two twins differing only in a name
        return env["loss"]

    for name in ("alpha", "beta"):
        with pytest.raises(certjax.RuleRejected, match=f"with closed-over {name}="):
            jax.jit(make(name))(2.0)

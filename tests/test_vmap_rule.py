# SPDX-License-Identifier: Apache-2.0
"""certjax/_vmap_rule.py: a custom_vmap inside a rule is proved with its body, and its vmap
rule when JAX batches it (the rule is what runs then)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax
from certjax import _vmap_rule

X = jnp.linspace(0.0, 1.0, 5)
Y = jnp.linspace(2.0, 5.0, 5)


def _rule(scale: float, *, cls=certjax.custom_vjp):
    """sin(x) * y with a fwd that is a custom_vmap whose vmap rule scales the output."""

    @cls
    def f(x, y):
        return jnp.sin(x) * y

    @jax.custom_batching.custom_vmap
    def f_fwd(x, y):
        return f(x, y), (jnp.cos(x), jnp.sin(x), y)

    @f_fwd.def_vmap
    def f_fwd_vmap(axis_size, in_batched, x, y):
        x = x if in_batched[0] else jnp.broadcast_to(x, (axis_size,))
        y = y if in_batched[1] else jnp.broadcast_to(y, (axis_size,))
        return (scale * jnp.sin(x) * y, (jnp.cos(x), jnp.sin(x), y)), (True, (True,) * 3)

    def f_bwd(res, g):
        cos_x, sin_x, y = res
        return (cos_x * g * y, sin_x * g)

    f.defvjp(f_fwd, f_bwd)
    return f


def _plain(x, y):
    return jnp.sin(x) * y


def test_a_right_vmap_rule_is_proved_and_runs_under_vmap():
    f = _rule(1.0)
    got = jax.jit(jax.vmap(jax.grad(f, argnums=(0, 1))))(X, Y)
    want = jax.vmap(jax.grad(_plain, argnums=(0, 1)))(X, Y)
    np.testing.assert_allclose(np.asarray(got), np.asarray(want), rtol=1e-6)
    out, vjp = jax.vjp(jax.vmap(f), X, Y)  # fwd batched: its primal output from the rule
    np.testing.assert_allclose(np.asarray(out), np.asarray(_plain(X, Y)), rtol=1e-6)
    np.testing.assert_allclose(np.asarray(vjp(jnp.ones(5))[0]), np.cos(X) * Y, rtol=1e-6)


def test_a_wrong_vmap_rule_is_refused_when_batched():
    f = _rule(2.0)
    assert float(jax.grad(f)(0.5, 2.0)) == pytest.approx(np.cos(0.5) * 2.0)  # unbatched: body
    with pytest.raises(certjax.RuleRejected) as e:
        jax.vjp(jax.vmap(f), X, Y)
    msg = str(e.value)
    assert "f at instance (x: float32[], y: float32[])" in msg
    assert "custom_vmap rule f_fwd_vmap at axis size 5 (batched: x, y)" in msg
    assert "false when calling f_fwd_vmap(x=" in msg
    # the counterexample is real: the rule's primal output differs from vmap of the body
    cex = e.value.counterexample
    xs, ys = (jnp.asarray(cex[k], jnp.float32) for k in ("x", "y"))
    assert not np.allclose(2.0 * np.sin(xs) * ys, np.sin(xs) * ys)


def test_only_the_unbatched_input_is_named_batched_none():
    f = _rule(1.0)
    got = jax.vmap(jax.grad(f, argnums=(0, 1)), in_axes=(0, None))(X, 3.0)
    want = jax.vmap(jax.grad(_plain, argnums=(0, 1)), in_axes=(0, None))(X, 3.0)
    np.testing.assert_allclose(np.asarray(got), np.asarray(want), rtol=1e-6)
    bad = _rule(2.0)
    with pytest.raises(certjax.RuleRejected, match=r"\(batched: x\)"):
        jax.vjp(jax.vmap(bad, in_axes=(0, None)), X, 3.0)


def test_sequential_vmap_in_fwd_and_bwd():
    @jax.custom_batching.sequential_vmap
    def fwd(x, y):
        return jnp.sin(x) * y, (x, y)

    @jax.custom_batching.sequential_vmap
    def bwd_right(res, ct):
        x, y = res
        return jnp.cos(x) * y * ct, jnp.sin(x) * ct

    @jax.custom_batching.sequential_vmap
    def bwd_wrong(res, ct):  # JAX's own test of this pattern: deliberately not the VJP
        x, y = res
        return x * ct, y * ct

    for bwd, ok in ((bwd_right, True), (bwd_wrong, False)):
        fun = certjax.custom_vjp(lambda *a: fwd(*a)[0])
        fun.defvjp(fwd, bwd)
        f = jax.vmap(jax.jit(fun), in_axes=(0, None))
        if not ok:
            with pytest.raises(certjax.RuleRejected, match="obligation 'vjp' false"):
                jax.vjp(f, X, 0.5)
            continue
        out, f_vjp = jax.vjp(f, X, 0.5)
        gx, gy = f_vjp(jnp.ones(5))
        np.testing.assert_allclose(np.asarray(gx), np.cos(X) * 0.5, rtol=1e-6)
        np.testing.assert_allclose(float(gy), float(jnp.sum(jnp.sin(X))), rtol=1e-5)


def test_a_primal_custom_vmap_is_read_by_its_body():
    # the primal's vmap rule is the user's definition of the batched primal (JAX's test)
    @certjax.custom_vjp
    @jax.custom_batching.custom_vmap
    def f(x, y):
        return jnp.sin(x) * y

    @f.def_vmap
    def f_vmap_rule(axis_size, in_batched, xs, ys):
        return jnp.cos(xs) * ys, True

    def f_fwd(x, y):
        return f(x, y), (jnp.cos(x), jnp.sin(x), y)

    def f_bwd(res, g):
        cos_x, sin_x, y = res
        return (cos_x * g * y, sin_x * g)

    f.defvjp(f_fwd, f_bwd)
    np.testing.assert_allclose(np.asarray(jax.vmap(f)(X, Y)), np.cos(X) * Y, rtol=1e-6)
    assert float(jax.grad(f)(0.5, 2.0)) == pytest.approx(np.cos(0.5) * 2.0, rel=1e-6)


def test_a_batch_too_large_to_prove_is_unproven(monkeypatch):
    monkeypatch.setattr(_vmap_rule, "MAX_SCALARS", 4)
    monkeypatch.setattr(_vmap_rule, "_PROVED", {})  # (not proved in an earlier test)
    f = _rule(1.0)
    with pytest.raises(certjax.RuleUnproven, match="more than MAX_SCALARS = 4"):
        jax.vjp(jax.vmap(f), X, Y)


def test_the_compiled_program_is_plain_jaxs():
    f, p = _rule(1.0), _rule(1.0, cls=jax.custom_vjp)
    hlo = [jax.jit(jax.vmap(jax.grad(h))).lower(X, Y).as_text() for h in (f, p)]
    strip = [h.split("\n", 1)[1] for h in hlo]  # (the module's name differs)
    assert strip[0] == strip[1]


def test_guarded_leaves_a_jaxpr_without_custom_vmap_alone():
    closed = jax.make_jaxpr(lambda x: jnp.sin(x) * 2.0)(1.0)
    assert _vmap_rule.guarded(closed, "demo") is closed


def test_a_closed_over_constant_is_part_of_what_is_proved():
    # two vmap rules that differ only in an array they close over: each proved on its own
    for k, ok in ((np.ones(5, np.float32), True), (np.full(5, 2.0, np.float32), False)):
        @certjax.custom_vjp
        def f(x):
            return jnp.sin(x)

        @jax.custom_batching.custom_vmap
        def f_fwd(x):
            return jnp.sin(x), jnp.cos(x)

        @f_fwd.def_vmap
        def f_fwd_vmap(axis_size, in_batched, x, k=k):
            return (jnp.asarray(k) * jnp.sin(x), jnp.cos(x)), (True, True)

        f.defvjp(f_fwd, lambda c, g: (c * g,))
        if ok:
            jax.vjp(jax.vmap(f), X)
        else:
            with pytest.raises(certjax.RuleRejected, match="custom_vmap rule f_fwd_vmap"):
                jax.vjp(jax.vmap(f), X)

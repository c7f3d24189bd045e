# SPDX-License-Identifier: Apache-2.0
"""Rules with Python control flow on values: proved at each concrete point JAX runs them at."""

import functools
import warnings

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax
from certjax._point import MSG_FIRST_ORDER, MSG_POINT


def _branchy_jvp(slope_pos=None):
    """sin for x > 0, cos otherwise; the jvp's positive branch has ``slope_pos`` if given."""
    @certjax.custom_jvp
    def f(x):
        if x > 0:
            return jnp.sin(x)
        return jnp.cos(x)

    @f.defjvp
    def f_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        if x > 0:
            return f(x), (jnp.cos(x) if slope_pos is None else slope_pos) * t
        return f(x), -jnp.sin(x) * t

    return f


def test_jvp_rule_branching_on_values_is_proved_at_each_point():
    f = _branchy_jvp()
    for x in (2.0, -2.0):
        want = np.cos(x) if x > 0 else -np.sin(x)
        np.testing.assert_allclose(jax.grad(f)(x), want, rtol=1e-6)
        _, tan = jax.jvp(f, (x,), (3.0,))
        np.testing.assert_allclose(tan, 3 * want, rtol=1e-6)
    insts = list(f.instances)
    assert [i.shapes for i in insts] == [{"x": "float32[] at 2"}, {"x": "float32[] at -2"}]
    assert all(i.verdict == "proved" and i.how.startswith("at a point") for i in insts)
    cert = insts[0].certificate
    assert MSG_POINT.format(point="x=2") in cert.assumptions
    assert cert.second_order == {"verdict": "unproved", "reason": MSG_FIRST_ORDER}


def test_wrong_branch_is_refused_at_the_point_it_is_used():
    f = _branchy_jvp(slope_pos=2.0)  # JAX's test_python_control_flow: 2 * g for sin
    np.testing.assert_allclose(jax.grad(f)(-2.0), -np.sin(-2.0), rtol=1e-6)  # right branch
    with pytest.raises(certjax.RuleRejected) as e:
        jax.grad(f)(2.0)
    msg = str(e.value)
    assert "f at instance (x: float32[] at 2)" in msg and "obligation 'jvp'" in msg
    assert "f_jvp(x=2, v=" in msg  # the point's value, not the placeholder's
    assert e.value.counterexample["x"] == 2.0


def test_vjp_rule_with_value_branches_in_fwd_and_bwd():
    @certjax.custom_vjp
    def f(x):
        return jax.lax.cond(x > 0, jnp.sin, jnp.cos, x)

    def f_fwd(x):
        if x > 0:
            return jnp.sin(x), x
        return jnp.cos(x), x

    def f_bwd(x, g):  # branches on a residual's value
        if x > 0:
            return (jnp.cos(x) * g,)
        return (-jnp.sin(x) * g,)

    f.defvjp(f_fwd, f_bwd)
    for x in (2.0, -2.0):
        v, d = jax.value_and_grad(f)(x)
        np.testing.assert_allclose(v, np.sin(x) if x > 0 else np.cos(x), rtol=1e-6)
        np.testing.assert_allclose(d, np.cos(x) if x > 0 else -np.sin(x), rtol=1e-6)
    assert [i.verdict for i in f.instances] == ["proved", "proved"]


def test_wrong_vjp_names_point_and_cotangent():
    @certjax.custom_vjp
    def f(x):
        if x > 0:
            return jnp.sin(x)
        return jnp.cos(x)

    f.defvjp(lambda x: (f(x), x), lambda x, g: (2 * g,) if x > 0 else (3 * g,))
    with pytest.raises(certjax.RuleRejected, match=r"at instance \(x: float32\[\] at 2\).*"
                       r"obligation 'vjp'.*\(x=2, g="):
        jax.value_and_grad(f)(2.0)


def test_pytree_and_static_nondiff_argument():
    @functools.partial(certjax.custom_vjp, nondiff_argnums=(0,))
    def f(n, p):
        if p["a"] > 0:
            return n * p["a"] ** 2 + p["b"]
        return p["b"]

    def f_bwd(n, p, g):
        if p["a"] > 0:
            return ({"a": 2 * n * p["a"] * g, "b": g},)
        return ({"a": 0.0 * g, "b": g},)

    f.defvjp(lambda n, p: (f(n, p), p), f_bwd)
    d = jax.grad(f, argnums=1)(3, {"a": 2.0, "b": 1.0})
    assert float(d["a"]) == 12.0 and float(d["b"]) == 1.0
    (inst,) = f.instances
    assert inst.shapes == {"p['a']": "float32[] at 2", "p['b']": "float32[] at 1",
                           "n": "static 3"}
    f.defvjp(lambda n, p: (f(n, p), p), lambda n, p, g: ({"a": 3 * n * p["a"] * g, "b": g},))
    with pytest.raises(certjax.RuleRejected, match=r"\(n=3, p=\{'a': 2, 'b': 1\}, g="):
        jax.grad(f, argnums=1)(3, {"a": 2.0, "b": 1.0})


def test_under_jit_the_trace_error_stands():
    f = _branchy_jvp()
    with pytest.raises(certjax.RuleNotTraceable, match="TracerBoolConversionError"):
        jax.jit(jax.grad(f))(2.0)
    # a constant point inside jit: JAX stages the primal's operations there, so plain JAX
    # cannot branch on them either
    with pytest.raises(certjax.RuleNotTraceable, match="TracerBoolConversionError"):
        jax.jit(lambda y: jax.grad(f)(2.0) * y)(3.0)


def test_a_rule_branching_on_the_tangent_is_not_traceable():
    @certjax.custom_jvp
    def f(x):
        return jnp.sin(x) if x > 0 else jnp.cos(x)

    @f.defjvp
    def f_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        return f(x), (jnp.cos(x) * t if t > 0 else jnp.cos(x) * t)

    with pytest.raises(certjax.RuleNotTraceable):
        jax.jvp(f, (2.0,), (1.0,))


def test_first_order_only():
    f = _branchy_jvp()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a first-order use: no warning
        jax.grad(f)(2.0)
    with pytest.raises(certjax.RuleNotTraceable):  # the primal is a tracer of the outer grad
        jax.grad(jax.grad(f))(2.0)


def test_constants_rounded_otherwise_than_jax_are_unproved_not_refuted():
    @certjax.custom_jvp
    def f(x):
        return jax.nn.sigmoid(x) if x > 0 else x

    @f.defjvp
    def f_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        if x > 0:  # the sigmoid's derivative, rounded otherwise than JAX's at the point
            return f(x), jnp.exp(-x) / (1 + jnp.exp(-x)) ** 2 * t
        return f(x), t

    with pytest.raises(certjax.RuleUnproven, match="not confirmed by JAX in float64"):
        jax.grad(f)(0.7)
    np.testing.assert_allclose(jax.grad(f)(-0.7), 1.0)


def test_nondiff_argument_after_the_differentiable_one():
    @functools.partial(certjax.custom_vjp, nondiff_argnums=(1,))
    def f(x, n):
        if x > 0:
            return x ** n
        return 0.0 * x

    def f_fwd(x, n):  # fwd takes the primal's arguments in their order
        return f(x, n), x

    def f_bwd(n, x, g):  # bwd takes the nondiff ones first
        if x > 0:
            return (n * x ** (n - 1) * g,)
        return (0.0 * g,)

    f.defvjp(f_fwd, f_bwd)
    assert float(jax.grad(f)(2.0, 3)) == 12.0
    assert [i.shapes for i in f.instances] == [{"x": "float32[] at 2", "n": "static 3"}]


def _sampler(jvp_tangent):
    @functools.partial(certjax.custom_jvp, nondiff_argnums=(0, 2))
    def sample(shape, param, seed):
        return jax.random.uniform(seed, shape, minval=param, maxval=param + 2.0)

    @sample.defjvp
    def sample_jvp(shape, seed, primals, tangents):
        (param,), (dparam,) = primals, tangents
        out = sample(shape, param, seed)
        return out, jvp_tangent(out, jnp.broadcast_to(dparam, shape))

    return sample


def test_prng_key_nondiff_argument_is_proved_at_the_point():
    # JAX's test_nondiff_argnums_vmap_tracer: no symbol stands for a key, so a keyed rule
    # is proved at the point; the random bits are values there
    key = jax.random.key(1)
    right = _sampler(lambda out, t: t)  # d/dparam of param + 2u is 1
    _, tan = jax.jvp(lambda p: right((2, 3), p, key), (0.5,), (3.0,))
    np.testing.assert_allclose(tan, np.full((2, 3), 3.0))
    (inst,) = right.instances
    assert inst.verdict == "proved" and inst.shapes["seed"] == "key<fry>[] (a PRNG key)"
    wrong = _sampler(lambda out, t: out * t)  # JAX's "dummy jvp for proof of concept"
    with pytest.raises(certjax.RuleRejected, match=r"at instance \(param: float32\[\] at 0.5, "
                       r"shape: static \(2, 3\), seed: key<fry>\[\] \(a PRNG key\)\)"):
        jax.jvp(lambda p: wrong((2, 3), p, key), (0.5,), (1.0,))
    with pytest.raises(certjax.CertificationError):  # a traced key: nothing to fix it at
        jax.jit(lambda p, k: jax.jvp(lambda q: right((2, 3), q, k), (p,), (1.0,))[1])(0.5, key)


def test_a_primal_output_rounded_otherwise_is_judged_at_the_point():
    # the rule's primal output differs from the primal's by rounding only: over the reals the
    # constants differ, but at the point (the only place a model may be) JAX does not confirm it
    @certjax.custom_jvp
    def f(x):
        return jnp.exp(x) if x > 0 else x

    @f.defjvp
    def f_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        if x > 0:
            return jnp.exp(x / 3) ** 3, jnp.exp(x) * t
        return x, t

    x = np.float32(0.1)
    assert jnp.exp(x / 3) ** 3 != jnp.exp(x)  # (they do round otherwise there)
    with pytest.raises(certjax.RuleUnproven, match="obligation 'primal'"):
        jax.grad(f)(x)

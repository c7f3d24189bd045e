# SPDX-License-Identifier: Apache-2.0
"""Integer arguments: ``k == 1`` is no null set when ``k`` is an integer (soundness)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax

SIG = [jax.ShapeDtypeStruct((), jnp.int32), 1.0]


def f(k, x):
    return jnp.where(k == 1, 2 * x, x)


def verdicts(cert):
    return {o.name: o.verdict for o in cert.obligations}


@pytest.mark.parametrize("right", [True, False])
def test_vjp_over_an_integer_comparison_keeps_its_boundary(right):
    def bwd(k, res, g):
        return (jnp.where(k == 1, 2 * g, g) if right else g,)

    cert = certjax.certify_vjp(f, lambda k, x: (f(k, x), None), bwd, nondiff_argnums=(0,),
                               signature=SIG)
    if right:
        assert cert.verdict == "proved", verdicts(cert)
    else:
        ob = next(o for o in cert.obligations if o.name == "vjp")
        assert ob.verdict == "refuted"
        assert ob.counterexample["k"] == 1 and isinstance(ob.counterexample["k"], int)


def test_jvp_over_an_integer_comparison_keeps_its_boundary():
    def g(k, x):
        return jnp.where(k >= 1, 2 * x, x)

    def jvp(k, p, t):  # wrong exactly at k == 1
        return g(k, *p), jnp.where(k > 1, 2 * t[0], t[0])

    cert = certjax.certify_jvp(g, jvp, nondiff_argnums=(0,), signature=SIG)
    ob = next(o for o in cert.obligations if o.name == "jvp")
    assert ob.verdict == "refuted" and ob.counterexample["k"] == 1


@pytest.mark.parametrize("int_ct", [None, "float0", "float"])
@pytest.mark.parametrize("right", [True, False])
def test_vjp_integer_argument_in_a_differentiable_position(int_ct, right):
    """As ``jax.grad`` reads it: no tangent for ``k``; bwd's cotangent there (None, float0
    zeros or even floats) is dropped; the float argument's cotangent is proved."""

    def bwd(res, g):
        k, = res
        ct_k = {None: None, "float0": np.zeros((), jax.dtypes.float0), "float": g}[int_ct]
        return ct_k, (jnp.where(k == 1, 2 * g, g) if right else g)

    fwd = lambda k, x: (f(k, x), (k,))  # noqa: E731
    cert = certjax.certify_vjp(f, fwd, bwd, signature=SIG)
    ob = next(o for o in cert.obligations if o.name == "vjp")
    assert ob.verdict == ("proved" if right else "refuted"), verdicts(cert)
    if not right:
        assert ob.counterexample["k"] == 1
    rule = certjax.custom_vjp(f)
    if right:
        rule.defvjp(fwd, bwd, signature=SIG)
        assert float(jax.grad(rule, argnums=1)(1, 3.0)) == 2.0
        got = jax.jit(jax.grad(lambda k, x: jnp.sum(rule(k, x)), argnums=1))(
            jnp.array([0, 1]), jnp.ones(2))
        assert np.array_equal(np.asarray(got), [1.0, 2.0])


@pytest.mark.parametrize("right", [True, False])
def test_jvp_integer_argument_in_a_differentiable_position(right):
    # as JAX calls it: k's tangent is float0 (zeros); x's tangent is proved (it was refused)
    def jvp(p, t):
        k, x = p
        tk, tx = t
        assert tk.dtype == jax.dtypes.float0
        return f(k, x), (jnp.where(k == 1, 2 * tx, tx) if right else tx)

    cert = certjax.certify_jvp(f, jvp, signature=SIG)
    ob = next(o for o in cert.obligations if o.name == "jvp")
    assert ob.verdict == ("proved" if right else "refuted"), verdicts(cert)
    if not right:
        assert ob.counterexample["k"] == 1
        return
    rule = certjax.custom_jvp(f)
    rule.defjvp(jvp)
    got = jax.jit(jax.grad(lambda k, x: jnp.sum(rule(k, x)), argnums=1))(
        jnp.array([0, 1]), jnp.ones(2))
    assert np.array_equal(np.asarray(got), [1.0, 2.0])


@pytest.mark.parametrize("right", [True, False])
def test_none_optional_argument_is_an_empty_pytree(right):
    def h(x, m):
        return x * 2 if m is None else x * m

    rule = certjax.custom_vjp(h)
    bwd = lambda res, g: ((2 if right else 3) * g, None)  # noqa: E731
    if right:
        rule.defvjp(lambda x, m: (h(x, m), None), bwd, signature=[1.0, None])
        assert rule.certificate.verdict == "proved"
        assert float(jax.grad(rule)(1.0, None)) == 2.0
    else:
        with pytest.raises(certjax.RuleRejected) as e:
            rule.defvjp(lambda x, m: (h(x, m), None), bwd, signature=[1.0, None])
        assert e.value.counterexample["m"] is None


HINGE_SIG = [jax.ShapeDtypeStruct((), jnp.int32), 1.0]


def hinge(y, x):
    return jnp.maximum(0.0, 1.0 - y * x)


@pytest.mark.parametrize("right", [True, False])
def test_kink_mixing_an_integer_and_a_real_is_not_a_refutation(right):
    """At ``y * x == 1`` JAX's JVP of ``maximum`` is not the derivative: a rule that differs
    only there is unproved, never refuted; a rule wrong on an open set is still refuted."""

    def bwd(y, res, g):
        slope = -y.astype(jnp.float32) if right else -1.0  # wrong for y != 1
        return (g * jnp.where(y * res[1] < 1, slope, 0.0),)

    cert = certjax.certify_vjp(hinge, lambda y, x: (hinge(y, x), (y, x)), bwd,
                               nondiff_argnums=(0,), signature=HINGE_SIG)
    ob = next(o for o in cert.obligations if o.name == "vjp")
    if right:
        assert ob.verdict == "unproved" and "mixing integer and real" in ob.reason, ob
    else:
        assert ob.verdict == "refuted" and ob.counterexample["y"] != 1


def test_a_bool_mask_of_a_jvp_rule_gets_a_float0_tangent():
    # jax.nn.softmax(where=mask)'s own rule: the mask is a differentiable argument of a
    # custom_jvp (JAX gives it a float0 tangent); it was refused ("holds integers")
    import functools

    def softmax(x, axis=-1, where=None, initial=-jnp.inf):
        x_max = jnp.max(x, axis, where=where, initial=initial, keepdims=True)
        x_safe = x if where is None else jnp.where(where, x, initial)
        un = jnp.exp(x_safe - jax.lax.stop_gradient(x_max))
        out = un / jnp.sum(un, axis, where=where, keepdims=True)
        return out if where is None else jnp.where(where, out, 0)

    x, m = jnp.array([1.0, 2.0, 3.0]), jnp.array([True, True, False])
    for right in (True, False):
        f = functools.partial(certjax.custom_jvp, nondiff_argnums=(1,))(softmax)

        @f.defjvp
        def f_jvp(axis, primals, tangents, right=right, f=f):
            (x, where, initial), (x_dot, _, _) = primals, tangents
            y = f(x, axis, where, initial)
            if not right:
                return y, y * x_dot
            return y, y * (x_dot - (y * x_dot).sum(axis, where=where, keepdims=True))

        grad = lambda f=f: jax.grad(lambda x: f(x, -1, m, -jnp.inf)[0])(x)  # noqa: E731
        if right:
            want = jax.grad(lambda x: jax.nn.softmax(x, where=m)[0])(x)
            np.testing.assert_allclose(np.asarray(grad()), np.asarray(want), rtol=1e-5)
            assert any("bool[3]" in str(i.shapes) for i in f.instances)
        else:
            with pytest.raises(certjax.RuleRejected, match="obligation 'jvp' false"):
                grad()

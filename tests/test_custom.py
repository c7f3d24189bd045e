# SPDX-License-Identifier: Apache-2.0
"""The drop-in API: proving at defvjp/defjvp, rejection, trust, JAX behaviour, HLO identity."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax


def _softplus_pair(sign: float):
    @certjax.custom_vjp
    def softplus(x):
        return jnp.logaddexp(x, 0.0)

    def softplus_fwd(x):
        return softplus(x), x

    def softplus_bwd(x, g):
        return (g * jax.nn.sigmoid(sign * x),)

    return softplus, softplus_fwd, softplus_bwd


def test_custom_vjp_proves_and_behaves_like_jax():
    f, fwd, bwd = _softplus_pair(1.0)
    f.defvjp(fwd, bwd)
    assert f.certificate.verdict == "proved"
    assert {o.name for o in f.certificate.obligations} == {"fwd", "vjp", "defined", "finite"}
    x = jnp.linspace(-3.0, 3.0, 7)
    np.testing.assert_allclose(jax.vmap(jax.grad(f))(x), jax.nn.sigmoid(x), rtol=1e-6)
    v, g = jax.jit(jax.value_and_grad(f))(1.0)
    np.testing.assert_allclose([v, g], [jax.nn.softplus(1.0), jax.nn.sigmoid(1.0)], rtol=1e-6)


def test_custom_vjp_rejects_wrong_rule_with_confirmed_counterexample():
    f, fwd, bwd = _softplus_pair(-1.0)
    with pytest.raises(certjax.RuleRejected) as info:
        f.defvjp(fwd, bwd)
    e = info.value
    assert e.rule == "softplus" and e.obligation == "vjp"
    assert set(e.counterexample) == {"x", "g"}
    assert ("softplus at instance (x: float32[]): obligation 'vjp' false when calling "
            "softplus_bwd(x=") in str(e)
    x, g = e.counterexample["x"], e.counterexample["g"]
    assert abs(g * jax.nn.sigmoid(-x) - g * jax.nn.sigmoid(x)) > 1e-6
    with pytest.raises(AttributeError):  # nothing was installed
        jax.grad(f)(1.0)


def test_rejected_rule_keeps_previous_rule():
    f, fwd, bwd = _softplus_pair(1.0)
    f.defvjp(fwd, bwd)
    def bad_bwd(x, g):
        return (g * jax.nn.sigmoid(-x),)

    with pytest.raises(certjax.RuleRejected):
        f.defvjp(fwd, bad_bwd)
    np.testing.assert_allclose(jax.grad(f)(2.0), jax.nn.sigmoid(2.0), rtol=1e-6)


def test_unknown_is_never_proved():
    f, fwd, bwd = _softplus_pair(1.0)
    with pytest.raises(certjax.RuleUnproven) as info:
        f.defvjp(fwd, bwd, rlimit=1)
    assert "could not be proved" in str(info.value)


def test_trusted_rule_warns_and_is_usable():
    f, fwd, bwd = _softplus_pair(1.0)
    with pytest.warns(certjax.CertjaxWarning, match="used on trust: unit test"):
        f.defvjp(fwd, bwd, rlimit=1, trust="unit test")
    assert f.certificate.verdict == "trusted"
    assert f.certificate.trust_reason == "unit test"
    np.testing.assert_allclose(jax.grad(f)(0.0), 0.5)


def test_custom_jvp_decorator_proves():
    @certjax.custom_jvp
    def log1pexp(x):
        return jnp.log1p(jnp.exp(x))

    @log1pexp.defjvp
    def log1pexp_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        return log1pexp(x), t * jax.nn.sigmoid(x)

    assert log1pexp.certificate.verdict == "proved"
    np.testing.assert_allclose(jax.grad(log1pexp)(0.3), jax.nn.sigmoid(0.3), rtol=1e-6)


def test_custom_jvp_rejects_nonlinear_tangent():
    @certjax.custom_jvp
    def square(x):
        return x * x

    def square_jvp(primals, tangents):
        (x,), (t,) = primals, tangents
        return square(x), 2.0 * x * t * t

    with pytest.raises(certjax.RuleRejected) as info:
        square.defjvp(square_jvp)
    assert set(info.value.counterexample) == {"x", "v"}
    assert "square_jvp(x=" in str(info.value)


def test_lowered_hlo_identical_to_plain_jax():
    f, fwd, bwd = _softplus_pair(1.0)
    f.defvjp(fwd, bwd)
    plain = jax.custom_vjp(f.fun)
    plain.defvjp(fwd, bwd)
    x = jnp.ones(3)

    def text(fn):
        return jax.jit(fn).lower(x).as_text(debug_info=False)

    assert text(jax.vmap(f)) == text(jax.vmap(plain))
    loss_c = lambda x: jax.vmap(f)(x).sum()  # noqa: E731
    loss_p = lambda x: jax.vmap(plain)(x).sum()  # noqa: E731
    assert text(jax.grad(loss_c)) == text(jax.grad(loss_p))


def test_bwd_cotangent_of_a_pytree_that_refuses_none_children():
    class Box(list):
        pass

    def unflatten(_, children):
        assert children[0] is not None  # this pytree cannot hold a None
        return Box(children)

    jax.tree_util.register_pytree_node(Box, lambda b: (list(b), None), unflatten)

    @certjax.custom_vjp
    def first(b):
        return b[0] * b[0]

    first.defvjp(lambda b: (first(b), b[0]), lambda x, g: (Box([2 * g * x]),))
    (g,) = jax.grad(first)(Box([3.0]))
    assert float(g) == 6.0
    bad = certjax.custom_vjp(lambda b: b[0] * b[0])
    bad.defvjp(lambda b: (b[0] * b[0], b[0]), lambda x, g: (Box([3 * g * x]),))
    with pytest.raises(certjax.RuleRejected):
        jax.grad(bad)(Box([3.0]))


def test_wrong_rule_registered_inside_jit_is_refused_with_a_counterexample():
    # the registration proof runs while JAX traces the enclosing jit: its point checks and
    # the counterexample's values must be computed eagerly, not staged into that trace
    def loss(y):
        @certjax.custom_vjp
        def f(x):
            return 2.0 * jnp.sin(x)

        f.defvjp(lambda x: (f(x), x), lambda x, g: (2.0 * g,))
        return jax.grad(f)(y)

    with pytest.raises(certjax.RuleRejected, match="false when calling") as e:
        jax.jit(loss)(1.0)
    p = e.value.counterexample
    assert abs(2.0 * p["g"] - 2.0 * np.cos(p["x"]) * p["g"]) > 1e-6

# SPDX-License-Identifier: Apache-2.0
"""certify_vjp / certify_jvp on rule shapes beyond scalars: pytrees, statics, many outputs."""

import functools

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax


def _lin_rule(bias_factor):
    def lin(p, x):
        return jnp.tanh(p["w"] * x + p["b"])

    def lin_fwd(p, x):
        y = lin(p, x)
        return y, (p, x, y)

    def lin_bwd(res, g):
        p, x, y = res
        d = g * (1 - y**2)
        return ({"w": d * x, "b": bias_factor * d}, d * p["w"])

    return lin, lin_fwd, lin_bwd


PYTREE_SIG = [{"w": jnp.zeros(2), "b": jnp.zeros(2)}, jnp.zeros(2)]


def test_pytree_arguments_proved():
    cert = certjax.certify_vjp(*_lin_rule(1.0), signature=PYTREE_SIG)
    assert cert.verdict == "proved"
    assert cert.shapes == {"p['b']": "float32[2]", "p['w']": "float32[2]", "x": "float32[2]"}


def test_pytree_mutant_counterexample_keeps_structure():
    cert = certjax.certify_vjp(*_lin_rule(2.0), signature=PYTREE_SIG)
    assert cert.verdict == "refuted"
    cex = next(o for o in cert.obligations if o.verdict == "refuted").counterexample
    assert set(cex) == {"p", "x", "g"} and set(cex["p"]) == {"w", "b"}
    lin, fwd, bwd = _lin_rule(2.0)
    p = {k: jnp.asarray(v) for k, v in cex["p"].items()}
    x, g = jnp.asarray(cex["x"]), jnp.asarray(cex["g"])
    got = bwd(fwd(p, x)[1], g)[0]["b"]
    want = jax.vjp(lambda b: lin({"w": p["w"], "b": b}, x), p["b"])[1](g)[0]
    assert not np.allclose(got, want, rtol=1e-4)


def test_static_nondiff_callable_is_fixed_not_quantified():
    @functools.partial(certjax.custom_vjp, nondiff_argnums=(0,))
    def apply(f, x):
        return f(x)

    def apply_fwd(f, x):
        return apply(f, x), x

    def apply_bwd(f, x, g):
        return (g * jax.grad(f)(x),)

    apply.defvjp(apply_fwd, apply_bwd, signature=[jnp.tanh, jnp.float32(0)])
    assert apply.certificate.verdict == "proved"
    assert apply.certificate.shapes["f"].startswith("static")
    np.testing.assert_allclose(jax.grad(apply, 1)(jnp.tanh, 0.5), 1 - jnp.tanh(0.5) ** 2,
                               rtol=1e-6)


def test_static_value_for_differentiable_argument_is_an_error():
    def f(x, y):
        return x * y

    with pytest.raises(certjax.RuleMalformed, match="only nondiff_argnums may be static"):
        certjax.certify_vjp(f, lambda x, y: (f(x, y), (x, y)), lambda r, g: (g, g),
                            signature=[jnp.tanh, 1.0])


def test_two_outputs_and_none_cotangent():
    def two(x, y):
        return jnp.exp(x), x * x

    def two_fwd(x, y):
        return two(x, y), x

    def two_bwd(x, g):
        g1, g2 = g
        return (g1 * jnp.exp(x) + 2 * x * g2, None)

    cert = certjax.certify_vjp(two, two_fwd, two_bwd)
    assert cert.verdict == "proved"


def test_jvp_rule_with_two_arguments():
    def f(x, y):
        return x * jnp.exp(y)

    def f_jvp(primals, tangents):
        (x, y), (tx, ty) = primals, tangents
        e = jnp.exp(y)
        return f(x, y), tx * e + x * e * ty

    assert certjax.certify_jvp(f, f_jvp).verdict == "proved"

    def bad_jvp(primals, tangents):
        (x, y), (tx, ty) = primals, tangents
        e = jnp.exp(y)
        return f(x, y), tx * e + e * ty

    cert = certjax.certify_jvp(f, bad_jvp)
    assert cert.verdict == "refuted"
    cex = next(o for o in cert.obligations if o.verdict == "refuted").counterexample
    assert set(cex) == {"x", "y", "v_x", "v_y"}


def test_fwd_calling_the_primal_is_one_term_proved_without_splitting():
    # fwd(x)[0] is the primal's own term (hash-consed): nothing to split on, even with a
    # max inside (log_softmax), and no time spent
    import certjax as cj

    f = cj.custom_vjp(lambda x: jnp.sum(jax.nn.log_softmax(x) * jnp.arange(3.0)))
    f.defvjp(lambda x: (f(x), x),
             lambda x, g: (g * (jnp.arange(3.0) - 3.0 * jax.nn.softmax(x)),),
             signature=[jax.ShapeDtypeStruct((3,), jnp.float32)])
    fwd = next(o for o in f.certificate.obligations if o.name == "fwd")
    assert f.certificate.verdict == "proved" and fwd.verdict == "proved"
    assert fwd.paths == 0


def test_obligations_after_a_refuted_one_are_skipped_and_say_why():
    cert = certjax.certify_vjp(lambda x: x * x, lambda x: (x * x, x), lambda x, g: (3 * g * x,),
                               name="sq_bad", signature=[np.float32(0)])
    assert cert.verdict == "refuted"
    names = [o.name for o in cert.obligations]
    first = next(i for i, o in enumerate(cert.obligations) if o.verdict == "refuted")
    assert names[first] == "vjp" and first < len(names) - 1
    for o in cert.obligations[first + 1:]:
        assert o.verdict == "skipped" and "obligation 'vjp' is refuted" in o.reason


def test_rule_that_is_jax_s_own_vjp_is_still_checked_on_smooth_boundaries():
    # bwd = JAX's VJP of softplus written with max: the same term as the reference, yet
    # wrong at x = 0 (jax #2107): identical sides are no proof of a derivative there
    sp = lambda x: jnp.maximum(x, 0) + jnp.log1p(jnp.exp(-jnp.abs(x)))  # noqa: E731
    cert = certjax.certify_vjp(sp, lambda x: (sp(x), x), lambda x, g: jax.vjp(sp, x)[1](g),
                               name="sp_max", signature=[np.float32(0)])
    assert cert.verdict == "refuted"
    assert next(o for o in cert.obligations if o.name == "vjp").verdict == "refuted"


def test_unproved_rule_whose_models_agree_in_float64_says_so():
    # gelu (tanh form) with 3 * 0.044715 folded by hand into 0.134145: not exactly the
    # derivative over the reals (the literals round differently), so never proved; the models
    # Z3 finds agree with JAX's derivative in float64, and the reason says so
    def gelu(x):
        return 0.5 * x * (1 + jnp.tanh(0.7978845608 * (x + 0.044715 * x ** 3)))

    def gelu_jvp(primals, tangents):
        (x,), (v,) = primals, tangents
        th = jnp.tanh(0.7978845608 * (x + 0.044715 * x ** 3))
        du = 0.7978845608 * (1 + 0.134145 * x ** 2)
        return gelu(x), v * (0.5 * (1 + th) + 0.5 * x * (1 - th * th) * du)

    cert = certjax.certify_jvp(gelu, gelu_jvp)
    jvp = next(o for o in cert.obligations if o.name == "jvp")
    assert jvp.verdict == "unproved", cert.summary()
    assert "agree exactly in float64" in jvp.reason or "agree within" in jvp.reason, jvp.reason

# SPDX-License-Identifier: Apache-2.0
"""Obligation 'finite': float bugs flagged with a point confirmed in the dtype, fixes proved."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from certjax._certify import certify_jvp, certify_vjp


def _elu(x):
    return jnp.where(x > 0, x, jnp.expm1(x))


def _elu_fwd(x):
    return _elu(x), x


def _elu_bwd_double_where(x, g):  # JAX's own VJP of the where: 0 * exp(1e4) = NaN
    return (jax.vjp(_elu, x)[1](g)[0],)


def _elu_bwd_fixed(x, g):
    return (g * jnp.where(x > 0, 1.0, jnp.exp(jnp.minimum(x, 0.0))),)


def _replay(cert):
    """The confirmed point really gives a non-finite value in float32."""
    rec = next(o for o in cert.obligations if o.name == "finite")
    return rec


def test_finite_double_where_elu_flagged_with_a_float32_point():
    cert = certify_vjp(_elu, _elu_fwd, _elu_bwd_double_where)
    assert cert.verdict == "proved"  # right over the reals
    assert cert.float_safety == "refuted"
    cex = _replay(cert).counterexample
    x = np.float32(cex["x"])
    g = np.float32(cex["g"])
    (ct,) = _elu_bwd_double_where(jnp.asarray(x), jnp.asarray(g))
    assert not np.isfinite(np.asarray(ct))
    assert "(float32)" in cert.float_note and "_elu_bwd_double_where(" in cert.float_note


def test_finite_fixed_elu_proved_float_safe():
    cert = certify_vjp(_elu, _elu_fwd, _elu_bwd_fixed)
    assert cert.verdict == "proved"
    assert cert.float_safe, cert.float_text()
    assert "float_range" in cert.trusted_facts


def _softplus(x):
    return jnp.logaddexp(x, 0.0)


def _softplus_bwd(x, g):
    return (g * jax.nn.sigmoid(x),)


def test_finite_naive_sigmoid_in_softplus_bwd_overflows():
    def bwd(x, g):  # exp(x) / (1 + exp(x)) = inf / inf for x > 88.7 in float32
        return (g * jnp.exp(x) / (1 + jnp.exp(x)),)

    cert = certify_vjp(_softplus, lambda x: (_softplus(x), x), bwd)
    assert cert.verdict == "proved"  # right over the reals
    assert cert.float_safety == "refuted", cert.float_text()
    cex = _replay(cert).counterexample
    x, g = np.float32(cex["x"]), np.float32(cex["g"])
    assert x > 88 and not np.isfinite(np.asarray(bwd(jnp.asarray(x), jnp.asarray(g))[0]))


def test_finite_stable_softplus_proved():
    cert = certify_vjp(_softplus, lambda x: (_softplus(x), x), _softplus_bwd)
    assert cert.float_safe, cert.float_text()


def test_finite_xlogy_jvp_at_zero_flagged():
    def f(x, y):
        return jnp.where(x == 0, 0.0, x * jnp.log(jnp.where(x == 0, 1.0, y)))

    def jvp_bad(primals, tangents):
        x, y = primals
        dx, dy = tangents
        return f(x, y), dx * jnp.where(x == 0, 0.0, jnp.log(y) + 1.0) * 0 + dy * x / y

    cert = certify_jvp(f, jvp_bad, assume=lambda x, y: (x >= 0) & (y >= 0))
    assert cert.float_safety in ("refuted", "unproved")
    assert not cert.float_safe


@pytest.mark.parametrize("dtype", [np.float16, np.float64])
def test_finite_is_per_dtype(dtype):
    sig = [jax.ShapeDtypeStruct((), dtype)]
    with jax.enable_x64(dtype == np.float64):
        cert = certify_vjp(_elu, _elu_fwd, _elu_bwd_double_where, signature=sig)
    assert cert.float_dtypes == [np.dtype(dtype).name]
    assert cert.float_safety == "refuted"
    assert f"({np.dtype(dtype).name})" in cert.float_note


def test_finite_budget_spent_is_unproved_and_leaves_the_verdict():
    def f(a, b):
        return a @ b

    sig = [jax.ShapeDtypeStruct((4, 4), np.float32)] * 2
    cert = certify_vjp(f, lambda a, b: (a @ b, (a, b)),
                       lambda r, g: (g @ r[1].T, r[0].T @ g), signature=sig)
    assert cert.verdict == "proved"
    assert cert.float_safety == "unproved" and "budget" in cert.float_note
    assert "float safety" in cert.summary() and not cert.float_safe


def _elu_rule(**kw):
    import certjax

    f = certjax.custom_vjp(_elu)
    f.defvjp(_elu_fwd, _elu_bwd_double_where, **kw)
    return f


def test_float_unsafe_rule_warns_with_its_point():
    import certjax

    with pytest.warns(certjax.FloatSafetyWarning, match=r"not float-safe at float32: .*nan"):
        f = _elu_rule()
    assert f.certificate.verdict == "proved" and f.certificate.float_opt_out is None
    assert issubclass(certjax.FloatSafetyWarning, certjax.CertjaxWarning)


def test_float_unsafe_opt_out_is_recorded_and_not_refused():
    from certjax._check import float_problem

    f = _elu_rule(float_safe=False)  # no warning (pyproject: warnings are errors)
    cert = f.certificate
    assert cert.float_safety == "refuted" and cert.float_opt_out == "float_safe=False"
    assert "opted out" in cert.summary()
    assert float_problem(cert) is None
    import dataclasses

    assert "not float-safe" in float_problem(dataclasses.replace(cert, float_opt_out=None))


def test_strict_refuses_a_float_unsafe_rule():
    import certjax

    with pytest.warns(certjax.FloatSafetyWarning):
        f = _elu_rule()
    with pytest.warns(certjax.FloatSafetyWarning), pytest.raises(  # warned at the instance too
            certjax.UnprovedRules, match="not float-safe"):
        jax.grad(certjax.strict(lambda x: f(x)))(1.0)


# -- the shipped float bugs of issue 13 (buggy flagged with a point, fixed float-safe) ------
def _celu(x):  # jax.nn.celu with alpha = 2
    return jnp.where(x > 0, x, 2.0 * jnp.expm1(x / 2.0))


def test_finite_celu_double_where_flagged_and_fixed():
    def bwd_bad(x, g):  # JAX's VJP of celu: 0 * exp(x / 2) = NaN for x > 177.4 in float32
        return (jax.vjp(_celu, x)[1](g)[0],)

    def bwd_fixed(x, g):
        return (g * jnp.where(x > 0, 1.0, jnp.exp(jnp.minimum(x, 0.0) / 2.0)),)

    bad = certify_vjp(_celu, lambda x: (_celu(x), x), bwd_bad)
    assert bad.verdict == "proved" and bad.float_safety == "refuted", bad.float_text()
    x, g = (np.float32(_replay(bad).counterexample[k]) for k in ("x", "g"))
    assert not np.isfinite(np.asarray(bwd_bad(jnp.asarray(x), jnp.asarray(g))[0]))
    fixed = certify_vjp(_celu, lambda x: (_celu(x), x), bwd_fixed)
    assert fixed.verdict == "proved" and fixed.float_safe, fixed.float_text()


def test_finite_focal_pow_jvp_flagged():
    def f(p):  # focal-loss factor (1 - p) ** gamma, gamma = 1.5, at p -> 1 (logit -> inf)
        return jnp.where(p < 1, (1 - p) ** 1.5, 0.0)

    def jvp_bad(primals, tangents):  # a pow JVP term gamma * 0 ** (gamma - 2) times 0: NaN
        (p,), (dp,) = primals, tangents
        return f(p), -1.5 * (1 - p) ** 0.5 * dp * jnp.where(p < 1, 1.0, 0.0) + 0 * (
            1 - p) ** -0.5 * dp

    def jvp_fixed(primals, tangents):
        (p,), (dp,) = primals, tangents
        q = jnp.where(p < 1, 1 - p, 1.0)
        return f(p), jnp.where(p < 1, -1.5 * q ** 0.5 * dp, 0.0)

    dom = dict(assume=lambda p: (p >= 0) & (p <= 1))
    bad = certify_jvp(f, jvp_bad, **dom)
    assert bad.float_safety == "refuted", bad.float_text()
    p, v = (np.float32(_replay(bad).counterexample[k]) for k in ("p", "v"))
    assert not np.isfinite(np.asarray(jvp_bad((jnp.asarray(p),), (jnp.asarray(v),))[1]))
    fixed = certify_jvp(f, jvp_fixed, **dom)
    assert fixed.verdict == "proved" and fixed.float_safety != "refuted", fixed.float_text()

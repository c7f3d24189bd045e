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


def test_finite_naive_softplus_fwd_overflows():
    def fwd(x):
        return jnp.log1p(jnp.exp(x)), x

    cert = certify_vjp(_softplus, fwd, _softplus_bwd)
    assert cert.verdict == "proved"
    assert cert.float_safety == "refuted"
    x = np.float32(_replay(cert).counterexample["x"])
    assert x > 88 and not np.isfinite(np.log1p(np.exp(x)))


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

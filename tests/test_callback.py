# SPDX-License-Identifier: Apache-2.0
"""Primals JAX cannot differentiate: a clear error, and ``reference=`` proved against."""

import warnings

import jax
import jax.numpy as jnp
import numpy as np
import pytest

import certjax


def callback(fn):
    def primal(x):
        return jax.pure_callback(fn, jax.ShapeDtypeStruct(x.shape, x.dtype), x)

    primal.__name__ = f"np_{fn.__name__}"
    return primal


def verdicts(cert):
    # (obligation 'finite', float safety, is a verdict of its own: tests/test_finite.py)
    return {o.name: o.verdict for o in cert.obligations if o.name != "finite"}


def test_no_reference_derivative_is_a_clear_error():
    f = certjax.custom_vjp(callback(np.sin))
    with pytest.raises(certjax.NoReferenceDerivative,
                       match=r"(?s)primal uses the primitive\s+'pure_callback'.*reference=") as e:
        f.defvjp(lambda x: (f(x), x), lambda x, g: (g * jnp.cos(x),))
    assert e.value.primitive == "pure_callback"
    assert isinstance(e.value, certjax.CertificationError)


def test_no_reference_derivative_for_a_custom_jvp():
    f = certjax.custom_jvp(callback(np.sin))
    with pytest.raises(certjax.NoReferenceDerivative, match="pure_callback"):
        f.defjvp(lambda p, t: (f(p[0]), t[0] * jnp.cos(p[0])))


@pytest.mark.parametrize("fn,ref,bwd", [
    (np.sin, jnp.sin, lambda x, g: (g * jnp.cos(x),)),
    (np.exp, jnp.exp, lambda x, g: (g * jnp.exp(x),)),
])
def test_reference_used_for_the_derivative(fn, ref, bwd):
    f = certjax.custom_vjp(callback(fn))
    # Z3 cannot read the callback: reference == primal stays unproved, hence not used...
    with pytest.raises(certjax.RuleUnproven, match="obligation 'reference'"):
        f.defvjp(lambda x: (f(x), x), bwd, reference=ref)
    f = certjax.custom_vjp(callback(fn))
    with pytest.warns(certjax.CertjaxWarning, match="reference"):
        f.defvjp(lambda x: (f(x), x), bwd, reference=ref, trust="numpy's function is jnp's")
    cert = f.certificate
    assert cert.verdict == "trusted"
    v = verdicts(cert)
    # ... while the rule is proved against the reference's derivative
    assert v == {"reference": "unproved", "fwd": "proved", "vjp": "proved", "defined": "proved"}
    assert "reference derivative" in cert.stated
    assert "pure_callback" in cert.obligations[0].statement
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", certjax.CertjaxWarning)
        got = jax.jit(jax.grad(lambda x: jnp.sum(f(x))))(jnp.array([0.5, 1.0]))
    assert np.allclose(got, jax.grad(lambda x: jnp.sum(ref(x)))(jnp.array([0.5, 1.0])), rtol=1e-6)


def test_bwd_using_the_callback_residual_is_proved_given_the_reference():
    """bwd reads exp(x) from the callback's output: true only given reference == primal."""
    f = certjax.custom_vjp(callback(np.exp))
    with pytest.warns(certjax.CertjaxWarning):
        f.defvjp(lambda x: (f(x), f(x)), lambda y, g: (g * y,), reference=jnp.exp,
                 trust="np.exp is exp")
    assert verdicts(f.certificate)["vjp"] == "proved"
    assert "given obligation 'reference'" in f.certificate.obligations[2].statement


@pytest.mark.parametrize("ref", [jnp.cos, lambda x: 2 * jnp.sin(x)])
def test_wrong_reference_is_refuted(ref):
    f = certjax.custom_vjp(callback(np.sin))
    with pytest.raises(certjax.RuleRejected, match="obligation 'reference'") as e:
        f.defvjp(lambda x: (f(x), x), lambda x, g: (g * jnp.cos(x),), reference=ref,
                 trust="not enough for a refutation")
    assert "x" in e.value.counterexample


def test_wrong_bwd_against_the_reference_is_refuted():
    f = certjax.custom_vjp(callback(np.sin))
    with pytest.raises(certjax.RuleRejected, match="obligation 'vjp'"):
        f.defvjp(lambda x: (f(x), x), lambda x, g: (g * jnp.sin(x),), reference=jnp.sin,
                 trust="np.sin is sin")


def test_reference_proved_when_z3_can_decide_it():
    """The callback's value is not needed (multiplied by 0): reference == primal is proved."""
    cb = callback(np.sin)

    def primal(x):
        return jnp.sin(x) + 0.0 * cb(x)

    f = certjax.custom_vjp(primal)
    f.defvjp(lambda x: (f(x), x), lambda x, g: (g * jnp.cos(x),), reference=jnp.sin)
    assert f.certificate.verdict == "proved", verdicts(f.certificate)
    assert verdicts(f.certificate)["reference"] == "proved"


def test_reference_for_a_custom_jvp():
    f = certjax.custom_jvp(callback(np.sin))
    with pytest.warns(certjax.CertjaxWarning):
        f.defjvp(lambda p, t: (f(p[0]), t[0] * jnp.cos(p[0])), reference=jnp.sin,
                 trust="np.sin is sin")
    assert verdicts(f.certificate) == {"reference": "unproved", "primal": "proved",
                                       "jvp": "proved", "defined": "proved"}
    g = certjax.custom_jvp(callback(np.sin))
    with pytest.raises(certjax.RuleRejected, match="obligation 'jvp'"):
        g.defjvp(lambda p, t: (g(p[0]), -t[0] * jnp.cos(p[0])), reference=jnp.sin,
                 trust="np.sin is sin")

# SPDX-License-Identifier: Apache-2.0
"""Integer arguments: ``k == 1`` is no null set when ``k`` is an integer (soundness)."""

import jax
import jax.numpy as jnp
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


def test_integer_argument_not_in_nondiff_argnums_is_a_clear_error():
    with pytest.raises(certjax.RuleMalformed, match=r"(?s)'k'.*int32.*nondiff_argnums=\(0,\)"):
        certjax.certify_vjp(f, lambda k, x: (f(k, x), None), lambda r, g: (None, g),
                            signature=SIG)


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

# SPDX-License-Identifier: Apache-2.0
"""Regression tests for the exp/log lowering (certjax/_lower.py)."""

import jax.numpy as jnp
import numpy as np
import z3

import certjax
from certjax._ir import Builder
from certjax._lower import Lowering


def test_lower_atoms_have_distinct_variables_when_exponent_holds_a_log():
    # exp(x * log 2): building the exponent creates the atom of log 2 first; both atoms
    # used to receive the name exp!0 and so became one Z3 variable (exp(x log 2) == 2).
    b = Builder()
    x = b.var("x")
    e = b.exp(b.mul(x, b.log(b.const(2))))
    low = Lowering(z3.Context())
    low.prepare([e])
    low.term(e)
    names = [str(a) for a, _, _ in low.atoms.values()]
    assert len(names) == 2
    assert len(set(names)) == len(names), names


def test_lower_rule_true_only_for_the_irrational_constant_is_not_proved():
    # c is the float 1/ln 2, a rational: over the reals c * ln 2 != 1, so the rule's
    # derivative 2**x * (1 + 2**x) ** (-c ln 2) differs (by ~1e-8) from the primal's
    # c ln 2 * 2**x / (1 + 2**x). It must not be "proved" (it is unproved: no float64
    # counterexample is visible). This was proved before the atom-name fix.
    # (not 1/ln 2 itself: that literal is read as the named constant 1/log(2), below)
    c = float(1 / np.log(2)) * (1 + 2**-20)  # a float32 literal of its own

    def g(x):
        return c * jnp.log1p(jnp.exp2(x))

    def g_jvp(primals, tangents):
        (x,), (v,) = primals, tangents
        y = g(x)
        return y, v * jnp.exp2(x - y)

    cert = certjax.certify_jvp(g, g_jvp)
    jvp = next(o for o in cert.obligations if o.name == "jvp")
    assert jvp.verdict != "proved", cert.summary()


def test_lower_literal_of_one_over_ln2_is_the_named_constant():
    c = float(1 / np.log(2))

    def g(x):
        return c * jnp.log1p(jnp.exp2(x))

    def g_jvp(primals, tangents):
        (x,), (v,) = primals, tangents
        y = g(x)
        return y, v * jnp.exp2(x - y)

    cert = certjax.certify_jvp(g, g_jvp)
    assert cert.verdict == "proved", cert.summary()
    assert "named_constant" in cert.trusted_facts

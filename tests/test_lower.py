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



def _exp_equal(build, x_positive=False):
    """Whether Z3 proves ``lhs == rhs`` (built by ``build(b, x, s)``) wherever ``s != 0``."""
    b = Builder()
    x, s = b.var("x"), b.var("s")
    lhs, rhs = build(b, x, s)
    low = Lowering(z3.Context())
    low.prepare([lhs, rhs])
    solver = z3.Solver(ctx=low.ctx)
    hyps = [low.term(s) != 0] + ([low.term(x) > 0] if x_positive else [])
    lhs_t, rhs_t = low.term(lhs), low.term(rhs)
    solver.add(*low.facts, *hyps, lhs_t != rhs_t)
    return solver.check() == z3.unsat


def test_lower_quotient_by_a_monomial_cancels_in_an_exponent():
    # exp(s * (x / s)) == exp(x) for s != 0
    assert _exp_equal(lambda b, x, s: (b.exp(b.mul(s, b.div(x, s))), b.exp(x)))
    # (2 s) * (x / (2 s)): a constant times a base
    assert _exp_equal(lambda b, x, s: (
        b.exp(b.mul(b.mul(b.const(2), s), b.div(x, b.mul(b.const(2), s)))), b.exp(x)))
    # LogNormal's right inverse: exp(loc + s * ((log x - loc) / s)) == x for x > 0 (loc = s)
    assert _exp_equal(lambda b, x, s: (
        b.exp(b.add(s, b.mul(s, b.div(b.add(b.log(x), b.neg(s)), s)))), x), x_positive=True)


def test_lower_quotient_does_not_prove_a_false_identity():
    # exp(x / s) == exp(x) is false (s = 2, x = 1): the quotient must not be dropped
    assert not _exp_equal(lambda b, x, s: (b.exp(b.div(x, s)), b.exp(x)))
    # exp(s * (x / s**2)) == exp(x) is false too
    assert not _exp_equal(lambda b, x, s: (b.exp(b.mul(s, b.div(x, b.mul(s, s)))), b.exp(x)))
    # without x > 0, exp(log x) == x is not claimed (log of a non-positive)
    assert not _exp_equal(lambda b, x, s: (
        b.exp(b.mul(s, b.div(b.log(x), s))), x))

# SPDX-License-Identifier: Apache-2.0
"""An obligation's budget is counted in work (``certjax/_budget.py``): its verdict does not
depend on the machine's speed, nor on how long the obligations before it took."""

import time

import jax
import jax.numpy as jnp
import pytest

import certjax._discharge as discharge
import certjax._obligation as obl
import certjax._second_order as second
from certjax._budget import Budget, BudgetSpent
from certjax._certify import certify_vjp


def _elu(x):
    return jnp.where(x > 0, x, jnp.expm1(x))


def _elu_bwd_double_where(x, g):  # JAX's own VJP of the where: 0 * exp(1e4) = NaN
    return (jax.vjp(_elu, x)[1](g)[0],)


def _elu_bwd_fixed(x, g):
    return (g * jnp.where(x > 0, 1.0, jnp.exp(jnp.minimum(x, 0.0))),)


def test_float_safety_is_not_charged_for_the_obligations_before_it(monkeypatch):
    # a clock on which every other obligation takes 100 CPU seconds: 'finite' is built first
    # and proved last, and must still get its whole budget (it used to be charged from its
    # building, so any slow rule lost its float-safety verdict, on slow machines first)
    offset = [0.0]
    real_clock = time.process_time
    monkeypatch.setattr(time, "process_time", lambda: real_clock() + offset[0])
    real_prove = discharge.prove

    def slow_prove(ob, *a, **k):
        if ob.kind != "finite":
            offset[0] += 100.0
        return real_prove(ob, *a, **k)

    monkeypatch.setattr(discharge, "prove", slow_prove)
    cert = certify_vjp(_elu, lambda x: (_elu(x), x), _elu_bwd_double_where)
    assert offset[0] >= 300  # fwd, vjp and defined ran on the slow clock
    assert cert.verdict == "proved"
    assert cert.float_safety == "refuted", cert.float_text()  # NaN at x = -1e4-ish


def test_a_work_budget_makes_the_verdict_unproved_with_its_reason(monkeypatch):
    def square(x):
        return x * x

    def fwd(x):
        return x * x, x

    def bwd(x, g):
        return (2.0 * x * g,)

    assert certify_vjp(square, fwd, bwd).second_order["verdict"] == "proved"
    monkeypatch.setattr(second, "WORK", 1)  # one rlimit unit for all its queries
    so = certify_vjp(square, fwd, bwd).second_order
    assert so["verdict"] == "unproved" and "1 rlimit units of solver work" in so["reason"], so


def test_budget_counts_queries_and_work_not_time():
    b = Budget(queries=3, deadline=time.process_time() + 1e6, work=100, what="'x'")
    assert b.take(600_000) == 100  # a query never gets more rlimit than the work left
    b.work = 0
    with pytest.raises(BudgetSpent, match=r"'x' budget spent \(100 rlimit units"):
        b.take(600_000)
    b = Budget(queries=1, deadline=time.process_time() + 1e6)
    b.take(10)
    with pytest.raises(BudgetSpent, match=r"float-safety budget spent \(1 solver queries\)"):
        b.take(10)
    b = Budget(queries=5, deadline=time.process_time() - 1, backstop_s=20.0)
    with pytest.raises(BudgetSpent, match=r"backstop reached \(20 CPU s"):
        b.take(10)


def test_default_backstop_is_read_when_proving(monkeypatch):
    # BACKSTOP_S is looked up at proof time (an Obligation's default is None), so it can be
    # configured; at 0 s the float-safety verdict is unproved with the backstop as its reason
    monkeypatch.setattr(obl, "BACKSTOP_S", 0.0)
    # (the fixed rule: the buggy one is refuted by the points tested before any query)
    cert = certify_vjp(_elu, lambda x: (_elu(x), x), _elu_bwd_fixed)
    assert cert.verdict == "proved" and cert.float_safety == "unproved"
    assert "backstop reached (0 CPU s" in cert.float_text(), cert.float_text()

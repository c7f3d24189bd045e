# SPDX-License-Identifier: Apache-2.0
"""The goal of obligation 'finite' narrowed before the whole query (``_finite_goal``)."""

import z3

from certjax._budget import Budget
from certjax._finite_goal import SPLIT_QUERIES, narrow
from certjax._obligation import Result, check


def _res(queries=10):
    return Result("finite", "unproved", budget=Budget(queries=queries, deadline=float("inf")))


def test_a_flag_that_is_a_float_hypothesis_is_left_out_and_the_rest_decided_alone():
    x, y = z3.Reals("x y")
    f_primal = x * x > 100  # "the primal may overflow": a float-model hypothesis is its negation
    f_rule = y * y > 4  # a rule's flag false under the region's hypotheses alone
    res = _res()
    out = narrow(check, z3.main_ctx(), res, [y <= 1, y >= -1], [z3.Not(f_primal)],
                 [f_primal, f_rule], [], keep_smt2=True)
    assert out == [] and len(res.smt2) == 1
    assert res.budget.queries == 10  # its own allowance: counted, and given back


def test_a_flag_that_needs_the_float_hypotheses_is_kept():
    x = z3.Real("x")
    f_primal = x * x > 100
    f_rule = x * x * x > 2000  # false only where the primal is finite: kept for the whole query
    out = narrow(check, z3.main_ctx(), _res(), [], [z3.Not(f_primal)],
                 [f_rule, x < -1000], [], keep_smt2=False)
    assert [str(f) for f in out] == [str(f_rule), str(x < -1000)]


def test_the_goal_stays_whole_unless_every_flag_is_false():
    x, y = z3.Reals("x y")
    f1, f2 = x * y > 1, x * y < -1  # each false under the hypotheses, not their sum
    hyps = [x * y <= 1, x * y >= -1]
    out = narrow(check, z3.main_ctx(), _res(), hyps, [], [f1, f2], [], keep_smt2=False)
    assert out == []
    f3 = y > 1  # not false: the goal stays whole (all or nothing)
    out = narrow(check, z3.main_ctx(), _res(), hyps, [], [f1, f3], [], keep_smt2=False)
    assert [str(f) for f in out] == [str(f1), str(f3)]


def test_the_narrowing_queries_have_an_allowance_per_obligation():
    y = z3.Real("y")
    hyps, flag = [y <= 1, y >= -1], y * y > 4  # false under hyps: narrowed away when asked
    res = _res()
    assert narrow(check, z3.main_ctx(), res, hyps, [], [flag], [], keep_smt2=False) == []
    assert res.split_left == SPLIT_QUERIES - 1  # one query asked, counted on the result
    res.split_left = 0  # the allowance spent: the goal is left for the whole query
    assert narrow(check, z3.main_ctx(), res, hyps, [], [flag], [], keep_smt2=False) == [flag]

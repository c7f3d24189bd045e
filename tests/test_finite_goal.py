# SPDX-License-Identifier: Apache-2.0
"""The goal of obligation 'finite' narrowed before the whole query (``_finite_goal``)."""

import dataclasses

import z3

from certjax._budget import Budget
from certjax._finite_goal import narrow
from certjax._obligation import check


@dataclasses.dataclass
class _Res:
    budget: Budget
    smt2: list = dataclasses.field(default_factory=list)


def _res(queries=10):
    return _Res(Budget(queries=queries, deadline=float("inf")))


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

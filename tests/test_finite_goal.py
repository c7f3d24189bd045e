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


def test_each_flag_alone_when_not_all_together():
    x, y = z3.Reals("x y")
    f1, f2 = x > 1, y > 1  # f1 false under the hypotheses, f2 not: f1 left out
    out = narrow(check, z3.main_ctx(), _res(), [x <= 0], [], [f1, f2], [], keep_smt2=False)
    assert [str(f) for f in out] == [str(f2)]

# SPDX-License-Identifier: Apache-2.0
"""_obligation.add asserts exactly what z3py's Solver.add asserts, in the same order."""

import pytest
import z3

from certjax._obligation import add


def _assertions(fill) -> list[str]:
    ctx = z3.Context()
    x, y = z3.Real("x", ctx), z3.Real("y", ctx)
    s = z3.Solver(ctx=ctx)
    fill(s, [x > 0, z3.Implies(y > x, y * y > x), True, z3.ForAll([y], y * y >= 0), x == y])
    return [a.sexpr() for a in s.assertions()]


def test_add_asserts_what_solver_add_asserts():
    fast = _assertions(add)
    plain = _assertions(lambda s, q: s.add(*q))
    assert fast == plain and len(fast) == 5  # a Python bool and a quantifier included


def test_add_keeps_z3py_checks_for_a_term_of_another_context():
    other = z3.Real("z", z3.Context()) > 0
    s = z3.Solver(ctx=z3.Context())
    with pytest.raises(z3.Z3Exception):
        add(s, [other])

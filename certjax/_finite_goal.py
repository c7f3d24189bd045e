# SPDX-License-Identifier: Apache-2.0
"""Obligation ``finite``, one region: its goal narrowed before the whole query is asked.

The goal is "some output flag of the rule is true" (``_finite``: an output may be NaN or
+-inf) under the region's hypotheses ``hyps`` and the float model's own hypotheses
``floats`` ("the primal, JAX's derivative are finite in the dtype": ``not F`` each).
Two steps, each sound (a flag left out is false wherever the full hypotheses hold):

1. a flag that *is* one of the ``F`` (fwd's primal output is the primal's own) is false
   under ``not F``: left out (a syntactic identity; Z3's nlsat does not always see it);
2. under ``hyps`` only (fewer hypotheses: a stronger claim, often far easier), all the
   remaining flags together, then, if that is not unsat, each alone (one flag's
   polynomials instead of all of them): unsat leaves them out. These queries have an
   allowance of their own, :data:`SPLIT_QUERIES` per obligation at :data:`SPLIT_RLIMIT`
   each, counted like every query of the float-safety budget.

Unless every flag left is unsat in step 2, the goal of step 1 is asked whole, under all
the hypotheses, by ``_obligation._prove_path``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import z3

SPLIT_QUERIES = 24  # per obligation, over all its regions
SPLIT_RLIMIT = 600_000  # per query, as the float-safety budget's FINITE_RLIMIT


def narrow(check: Callable, zctx: Any, res: Any, hyps: list, floats: list, flags: list,
           facts: list, keep_smt2: bool) -> list:
    """The flags still to be decided with all the hypotheses (see the module docstring);
    the unsat queries that left flags out are kept in ``res.smt2``."""
    known = {h.arg(0).get_id() for h in floats if z3.is_not(h)}
    flags = [f for f in flags if f.get_id() not in known]
    if res.split_left is None:
        res.split_left = SPLIT_QUERIES
    if not flags or res.split_left <= 0 or res.budget is None:
        return flags

    def ask(goal) -> Any:
        res.split_left -= 1
        res.budget.queries += 1  # this step's own allowance (still counted)
        query = [*hyps, goal, *facts]
        r, _ = check(zctx, SPLIT_RLIMIT, query, fallback=False, budget=res.budget)
        if r == z3.unsat and keep_smt2:
            q = z3.Solver(ctx=zctx)
            q.add(*query)
            res.smt2.append(q.to_smt2())
        return r

    def false(goal) -> bool:
        return ask(goal) == z3.unsat

    whole = ask(z3.Or(flags))
    if whole == z3.unsat:
        return []
    if whole == z3.sat or len(flags) < 2 or len(flags) > res.split_left:
        return flags  # (sat: some flag is not false, one by one would not help)
    # all or nothing: a goal narrowed only in part is a different query for Z3, which may
    # then miss a counterexample it finds with the whole goal (measured)
    return [] if all(false(f) for f in flags) else flags

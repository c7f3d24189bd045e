# SPDX-License-Identifier: Apache-2.0
"""Which outputs of a jaxpr can depend on which inputs (forward dataflow, over-approximated).

Used for downstream-cost pruning (a score term multiplies only the costs that depend on its
sample), to refuse baselines that depend on their own sample, and to check that a support
predicate does not read the parameters. The analysis enters ``jit``/``custom_*_call``/
``remat`` bodies; any other equation makes every output depend on every input, which can only
add dependencies. Adding a dependency keeps pruning unbiased (a cost is kept that could have
been dropped); missing one would not, so the analysis never guesses.
"""

from __future__ import annotations

from typing import Any

from jax.extend import core as jcore

from .._translate import CALL_PARAMS


def dependencies(closed: Any, seeds: dict[Any, frozenset[int]] | None = None
                 ) -> list[frozenset[int]]:
    """For each output of ``closed``, the set of tags it may depend on.

    Input ``i`` has tag ``i``; ``seeds`` adds tags to top-level variables of ``closed``'s own
    jaxpr (an input, a constant or an equation output: e.g. the PRNG key a sample site was
    drawn with), so that whatever is computed from such a variable carries its tag too.
    """
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    ins = [frozenset({i}) for i in range(len(jaxpr.invars))]
    seeds = {v: t for v, t in (seeds or {}).items() if isinstance(v, jcore.Var)}
    return _run(jaxpr, ins, seeds)


def reads_var(closed: Any, source: Any) -> list[bool]:
    """For each output of ``closed``, whether it may depend on the top-level variable ``source``.

    ``source`` is an input, constant or equation output of ``closed``'s own jaxpr (not of a
    nested one); a literal (or anything else) is read by nothing.
    """
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    ins = [frozenset() for _ in jaxpr.invars]
    seeds = {source: frozenset({0})} if isinstance(source, jcore.Var) else {}
    return [bool(d) for d in _run(jaxpr, ins, seeds)]


def producer(closed: Any, var: Any) -> Any:
    """The top-level equation that defines ``var``, or None (an input, constant or literal)."""
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    for eqn in jaxpr.eqns:
        if any(v is var for v in eqn.outvars):
            return eqn
    return None


def _run(jaxpr: Any, ins: list[frozenset[int]],
         seeds: dict[Any, frozenset[int]] | None = None) -> list[frozenset[int]]:
    env: dict[Any, frozenset[int]] = {}
    empty: frozenset[int] = frozenset()
    seeds = seeds or {}

    def write(v: Any, s: frozenset[int]) -> None:
        env[v] = s | seeds[v] if v in seeds else s

    def read(v: Any) -> frozenset[int]:
        if isinstance(v, jcore.Literal):
            return empty
        return env.get(v, empty)

    for v in jaxpr.constvars:
        write(v, empty)
    for v, s in zip(jaxpr.invars, ins, strict=True):
        write(v, s)
    for eqn in jaxpr.eqns:
        invals = [read(v) for v in eqn.invars]
        name = eqn.primitive.name
        sub = eqn.params.get(CALL_PARAMS[name]) if name in CALL_PARAMS else None
        if sub is not None:
            inner = sub.jaxpr if hasattr(sub, "consts") else sub
            if len(inner.invars) == len(invals):
                outs = _run(inner, invals)
                for v, s in zip(eqn.outvars, outs, strict=True):
                    write(v, s)
                continue
        everything = frozenset().union(*invals) if invals else empty
        for v in eqn.outvars:
            write(v, everything)
    return [read(v) for v in jaxpr.outvars]

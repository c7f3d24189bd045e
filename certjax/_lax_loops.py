# SPDX-License-Identifier: Apache-2.0
"""Loops with a trip count known at trace time: ``scan`` and ``while``, unrolled.

``scan[jaxpr, length, reverse, num_consts, num_carry](*consts, *init, *xs)`` runs its body
``length`` times, on ``xs[t]`` for ``t = 0 .. length-1`` (``length-1 .. 0`` when
``reverse``), threading the carries, and stacks the per-step outputs ``ys[t]`` at position
``t`` (``unroll`` only changes how XLA compiles it). ``fori_loop`` with concrete bounds is
such a scan, or a ``while`` whose predicate tests a counter.

``while[cond_jaxpr, body_jaxpr](*cond_consts, *body_consts, *init)``: the predicate is
translated on the current state; when it folds to a constant (it depends only on values
fixed at trace time: the counter of a ``fori_loop``) the loop continues or stops exactly as
XLA's would. A predicate that depends on the data is refused (no trip count), and so is a
loop running more than :data:`LOOP_CAP` iterations. Unrolling is the loops' semantics, not
an approximation: the certificate records it as fact ``loop_unrolled``.
"""

from __future__ import annotations

import numpy as np

from ._errors import MSG_LOOP, UnsupportedLoop
from ._translate import Context, register_translation, translate_jaxpr

LOOP_CAP = 64  # iterations unrolled at most, per loop


def _refuse(name: str, why: str) -> UnsupportedLoop:
    label = f"{name}[{why}]"
    return UnsupportedLoop(MSG_LOOP.format(name=name, why=why, cap=LOOP_CAP), primitive=label)


@register_translation("scan")
def _scan(ctx: Context, *args, jaxpr, length, reverse, num_consts, num_carry, **_):
    if length > LOOP_CAP:
        raise _refuse("scan", f"unproved: more than {LOOP_CAP} iterations ({length})")
    ys_avals = [v.aval for v in ctx.eqn.outvars[num_carry:]]  # before the body resets ctx.eqn
    ctx.b.facts.add("loop_unrolled")
    consts = list(args[:num_consts])
    carry = list(args[num_consts:num_consts + num_carry])
    xs = args[num_consts + num_carry:]
    steps: list[list[np.ndarray]] = [[] for _ in range(length)]
    for t in (range(length - 1, -1, -1) if reverse else range(length)):
        outs = translate_jaxpr(ctx, jaxpr, [*consts, *carry, *(x[t, ...] for x in xs)])
        carry, steps[t] = list(outs[:num_carry]), list(outs[num_carry:])
    ys = []
    for k, aval in enumerate(ys_avals):
        if length == 0:
            ys.append(np.empty(tuple(aval.shape), dtype=object))
        else:
            ys.append(np.stack([steps[t][k] for t in range(length)]))
    return carry + ys


@register_translation("while")
def _while(ctx: Context, *args, cond_jaxpr, body_jaxpr, cond_nconsts, body_nconsts, **_):
    b = ctx.b
    cconsts = list(args[:cond_nconsts])
    bconsts = list(args[cond_nconsts:cond_nconsts + body_nconsts])
    state = list(args[cond_nconsts + body_nconsts:])
    b.facts.add("loop_unrolled")
    for it in range(LOOP_CAP + 1):
        (pred,) = translate_jaxpr(ctx, cond_jaxpr, [*cconsts, *state])
        # a vmapped loop has one predicate per lane; XLA runs while any lane's holds, only
        # updating those lanes: modelled when every lane agrees (one trip count)
        if any(p.op != "bool" for p in pred.flat):
            raise _refuse("while", "its predicate depends on values known only at run time "
                                   "(the trip count is not fixed at trace time)")
        values = {p.value for p in pred.flat}
        if len(values) > 1:
            raise _refuse("while", "its lanes (vmap) run different numbers of iterations")
        if values != {True}:
            return state
        if it == LOOP_CAP:
            break
        state = list(translate_jaxpr(ctx, body_jaxpr, [*bconsts, *state]))
    raise _refuse("while", f"unproved: more than {LOOP_CAP} iterations")

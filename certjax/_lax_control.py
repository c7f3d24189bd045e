# SPDX-License-Identifier: Apache-2.0
"""Translation of ``cond`` (``lax.cond``, ``lax.switch``): a select over the branches.

``cond[branches=(b_0, ..., b_{n-1})](i, *ops)`` runs ``b_i(*ops)``; XLA's ``Case`` runs the
last branch for an index outside ``[0, n-1]`` (``lax.switch`` clamps the index before it
binds ``cond``; the clamp is an equation of its own). Every branch is translated on the same
operands and the outputs are combined as ``b_0 if i == 0 else (b_1 if i == 1 else ...
b_{n-1})``, exactly XLA's choice for every integer ``i``.

Definedness: only the branch taken runs. The obligations' path splitting decides every
``select`` before definedness conditions are collected (``_paths``/``_obligation``), so on
each region only the taken branch's conditions are required, as at run time.
"""

from __future__ import annotations

import numpy as np

from ._translate import Context, register_translation, translate_jaxpr


@register_translation("cond")
def _cond(ctx: Context, index, *ops, branches, **_):
    b = ctx.b
    i = index[()] if isinstance(index, np.ndarray) else index
    if i.is_bool:  # a boolean predicate: branch 1 when true
        i = b.select(i, b.const(0), b.const(1))
    outs = [translate_jaxpr(ctx, br, list(ops)) for br in branches]
    n = len(branches)
    result = []
    for j in range(len(outs[0])):
        acc = outs[n - 1][j]
        for k in range(n - 2, -1, -1):
            taken = b.cmp("eq", i, b.const(k))
            acc = _select(b, taken, acc, outs[k][j])
        result.append(acc)
    return result


@register_translation("platform_index")
def _platform_index(ctx: Context, *_args, platforms, **_):
    """``lax.platform_dependent``'s index (its ``cond`` picks the branch of the platform that
    runs): any of ``0 .. len(platforms) - 1``, chosen by unknown booleans, so every branch is
    proved (fact ``platform_any``); a model in another platform's branch does not reproduce
    here and is blocked."""
    b = ctx.b
    b.facts.add("platform_any")
    n = len(platforms)
    acc = b.const(n - 1)
    for k in range(n - 2, -1, -1):
        acc = b.select(b.unknown(), acc, b.const(k))
    out = np.empty((), dtype=object)
    out[()] = acc
    return out


def _select(b, cond, if_false: np.ndarray, if_true: np.ndarray) -> np.ndarray:
    out = np.empty(np.shape(if_true), dtype=object)
    for idx in np.ndindex(out.shape):
        out[idx] = b.select(cond, if_false[idx], if_true[idx])
    return out

# SPDX-License-Identifier: Apache-2.0
"""``pure_callback`` as an uninterpreted function of its operands.

Z3 cannot read the Python code a ``jax.pure_callback`` runs, but JAX's contract for it is
that the callback is a *pure function* of its operands (JAX may elide or repeat calls). So
each output element is translated as an application of a fresh function symbol to every
operand element, the same symbol for the same callback (``_FlatCallback`` compares by the
user's callable and the argument tree) and output position: two calls on equal operands
give equal results (fact ``app_function``), and nothing else is known. That
over-approximates the callback (any function of the operands), so a proof holds for the real
one; a claim that needs its values (``reference(x) == primal(x)``) stays unproved unless a
counterexample is confirmed by running the callback in float64.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ._translate import Context, check_dtype, register_translation

# callback (as JAX compares them) -> a small number naming its function symbol
_SYMBOLS: dict[Any, int] = {}


def _symbol(callback: Any, result_avals: Any) -> int:
    key = (callback, tuple((tuple(a.shape), str(a.dtype)) for a in result_avals))
    try:
        return _SYMBOLS.setdefault(key, len(_SYMBOLS))
    except TypeError:  # an unhashable callback: a symbol of its own (weaker, still sound)
        return len(_SYMBOLS) + id(callback)


@register_translation("pure_callback")
def _pure_callback(ctx: Context, *operands: np.ndarray, callback: Any, result_avals: Any,
                   **_: Any) -> list[np.ndarray]:
    for k in range(len(operands)):
        check_dtype(ctx.in_dtype(k), "an operand of pure_callback", "pure_callback")
    args = [x for op in operands for x in np.asarray(op, dtype=object).flat]
    n = _symbol(callback, result_avals)
    outs = []
    for k, aval in enumerate(result_avals):
        check_dtype(aval.dtype, "a result of pure_callback", "pure_callback")
        out = np.empty(tuple(aval.shape), dtype=object)
        for idx in np.ndindex(out.shape):
            out[idx] = ctx.b.app(f"pure_callback#{n}.{k}{list(idx)}", *args)
        outs.append(out)
    return outs

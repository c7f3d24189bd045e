# SPDX-License-Identifier: Apache-2.0
"""Evaluate a jaxpr with every custom derivative rule replaced by its primal body.

The reference derivative of an obligation must come from JAX's *primitive* JVP rules, not
from custom rules inside the primal (``jax.nn.softplus`` is itself a ``custom_jvp``), so the
reference is ``jax.jvp`` of this evaluator, which enters call-like equations instead of
binding them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jax.extend import core as jcore

from ._translate import CALL_PARAMS


def _bind(eqn: Any, invals: list[Any]) -> list[Any]:
    out = eqn.primitive.bind(*invals, **eqn.params)
    return list(out) if eqn.primitive.multiple_results else [out]


def eval_inlined(closed: Any, *args: Any, bind: Callable = _bind,
                 const: Callable = lambda c: c, library: bool = True) -> list[Any]:
    """``jax.core.eval_jaxpr`` that enters ``jit``/``custom_*_call``/``remat`` bodies.

    ``bind(eqn, operands)`` evaluates one equation (default: binds its primitive) and
    ``const`` maps each constant before use, at every depth. With ``library``, a call of
    JAX's implementation of a ``_library.LIBRARY`` function is not entered but called with
    the table's derivative (:func:`certjax._library.function`).
    """
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    consts = closed.consts if hasattr(closed, "consts") else []
    env: dict[Any, Any] = {}

    def read(v: Any) -> Any:
        return v.val if isinstance(v, jcore.Literal) else env[v]

    for v, c in zip(jaxpr.constvars, consts, strict=True):
        env[v] = const(c)
    for v, a in zip(jaxpr.invars, args, strict=True):
        env[v] = a
    for eqn in jaxpr.eqns:
        invals = [read(v) for v in eqn.invars]
        name = eqn.primitive.name
        table = _library_call(eqn, invals) if library and name == "custom_jvp_call" else None
        if table is not None:
            outvals = table
        elif name in CALL_PARAMS:
            outvals = eval_inlined(eqn.params[CALL_PARAMS[name]], *invals, bind=bind,
                                   const=const, library=library)
        else:
            outvals = bind(eqn, invals)
        for v, val in zip(eqn.outvars, outvals, strict=True):
            env[v] = val
    return [read(v) for v in jaxpr.outvars]


def _library_call(eqn: Any, invals: list[Any]) -> list[Any] | None:
    """JAX's implementation of a ``_library.LIBRARY`` function, called with the table's JVP."""
    from ._library import function
    from ._library_match import identify_or_refuse

    hit = identify_or_refuse(eqn, invals)  # never JAX's approximation as a reference
    if hit is None:
        return None
    out = function(hit.entry.name)(*hit.args(invals))
    return list(out) if len(hit.entry.apps) > 1 else [out]


def has_custom_rules(closed: Any) -> list[str]:
    """Names of custom JVP/VJP calls inside ``closed`` (recursively)."""
    found: list[str] = []
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    for eqn in jaxpr.eqns:
        name = eqn.primitive.name
        if name in ("custom_jvp_call", "custom_vjp_call"):
            found.append(str(eqn.params.get("name", name)))
        if name in CALL_PARAMS:
            found += has_custom_rules(eqn.params[CALL_PARAMS[name]])
    return found

# SPDX-License-Identifier: Apache-2.0
"""The float model: where a jaxpr's float values may be NaN, +-inf or 0, in their own dtypes.

:func:`shadow` evaluates a closed jaxpr on *shadow states* ``S(v, nan, pinf, ninf, z)``: ``v``
is the value over the reals (float64 JAX arrays, so the result is traced into a jaxpr that the
ordinary translator reads), and four boolean arrays say what the float value may be instead:
NaN, +inf, -inf, or (``z``) zero / a tiny number of either sign. The flags are computed, per
equation, from the operands' flags and from the real result against the *output dtype's*
thresholds (largest finite value, smallest normal, eps), by the table :data:`FLOAT_RULES`.
Where rounding could go either way (a real result within the band around a threshold, a
cancellation) the flag is a fresh unknown boolean (primitive ``certjax_unknown``, read by the
translator as ``Builder.unknown()``): every float execution is one assignment of the unknowns,
so "no assignment makes an output non-finite" holds for the program in that dtype, up to the
modelling assumption stated in the certificate (errors accumulated over several operations
beyond the bands are not modelled). ``None`` is a flag that is false everywhere (no trace).

Facts: ``float_range``, ``float_ieee``, ``float_cancellation``, ``float_functions`` in
``_facts.FACTS``. A primitive without a float rule raises :class:`NoFloatModel`: the
obligation is then unproved, never proved.
"""


from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
from jax import lax
from jax.extend import core as jcore

from ._float_rules import FLOAT_RULES, _compare
from ._float_state import (
    BAND_EPS,
    THETA,
    Limits,
    NoFloatModel,
    S,
    _arr,
    _bind,
    const_state,
    is_float,
    limits,
    nonfinite,
    rounding_dtype,
    unknown,
)
from ._translate import CALL_PARAMS

__all__ = ["BAND_EPS", "FLOAT_RULES", "THETA", "Limits", "NoFloatModel", "S", "const_state",
           "is_float", "limits", "nonfinite", "shadow", "unknown"]


# -- the interpreter -----------------------------------------------------------------------
_STRUCTURAL = {  # primitive -> how many leading operands are data (the rest: indices)
    "broadcast_in_dim": 1, "reshape": 1, "squeeze": 1, "expand_dims": 1, "transpose": 1,
    "rev": 1, "slice": 1, "concatenate": None, "pad": 2, "dynamic_slice": 1,
    "dynamic_update_slice": 2, "gather": 1, "copy": 1, "copy_p": 1, "split": 1,
}
_CMP = ("lt", "le", "gt", "ge", "eq", "ne")


def shadow(closed: Any, ins: list[S]) -> list[S]:
    """Evaluate ``closed`` on shadow states (see the module docstring)."""
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    consts = closed.consts if hasattr(closed, "consts") else []
    env: dict[Any, S] = {}

    def read(v: Any) -> S:
        return const_state(v.val) if isinstance(v, jcore.Literal) else env[v]

    for v, c in zip(jaxpr.constvars, consts, strict=True):
        if isinstance(c, jax.core.Tracer):
            raise NoFloatModel("a closed-over traced value")
        env[v] = const_state(c)
    for v, a in zip(jaxpr.invars, ins, strict=True):
        env[v] = a
    for eqn in jaxpr.eqns:
        ins_ = [read(v) for v in eqn.invars]
        name = eqn.primitive.name
        if name in CALL_PARAMS:
            outs = shadow(eqn.params[CALL_PARAMS[name]], ins_)
        else:
            outs = _equation(eqn, name, ins_)
        for v, s in zip(eqn.outvars, outs, strict=True):
            env[v] = s
    return [read(v) for v in jaxpr.outvars]


def _equation(eqn: Any, name: str, ins: list[S]) -> list[S]:
    out_float = [is_float(v.aval.dtype) for v in eqn.outvars]
    flagged = any(f is not None for s in ins for f in s[1:])
    if name == "cond":
        return _cond(eqn, ins)
    if name in _STRUCTURAL:
        n = _STRUCTURAL[name] or len(ins)
        vals = _bind(eqn, [s.v for s in ins])
        fields = []
        for k in range(1, 5):
            if all(s[k] is None for s in ins[:n]):
                fields.append([None] * len(vals))
            else:
                fl = [_arr(s[k], jnp.shape(s.v)) for s in ins[:n]] + [s.v for s in ins[n:]]
                fields.append(_bind(eqn, fl))
        return [S(v, *(f[i] for f in fields)) for i, v in enumerate(vals)]
    if name == "select_n":
        pred, *cases = ins
        vals = _bind(eqn, [pred.v, *[c.v for c in cases]])
        fl = []
        for k in range(1, 5):
            if all(c[k] is None for c in cases):
                fl.append(None)
            else:
                shp = jnp.shape(vals[0])
                fl.append(lax.select_n(pred.v, *[_arr(c[k], shp) for c in cases]))
        return [S(vals[0], *fl)]
    if name in _CMP:
        (r,) = _bind(eqn, [s.v for s in ins])
        return [_compare(eqn, ins[0], ins[1], r)]
    if name == "is_finite":
        return [S(_arr(ins[0].fin, jnp.shape(ins[0].v)))]
    if not any(out_float):
        if flagged and name not in ("convert_element_type", "stop_gradient"):
            raise NoFloatModel(f"'{name}' of a value that may be NaN or infinite")
        return [S(v) for v in _bind(eqn, [s.v for s in ins])]
    rule = FLOAT_RULES.get(name)
    if rule is None:
        raise NoFloatModel(f"no float model of primitive '{name}'")
    lim = limits(eqn.outvars[0].aval.dtype)
    token = rounding_dtype.set(lim.name)
    try:
        return rule(eqn, ins, lim)
    finally:
        rounding_dtype.reset(token)


def _cond(eqn: Any, ins: list[S]) -> list[S]:
    index, *ops = ins
    branches = [shadow(br, ops) for br in eqn.params["branches"]]
    outs = []
    for k in range(len(branches[0])):
        cases = [b[k] for b in branches]
        shp = jnp.shape(cases[0].v)
        vals = lax.select_n(index.v, *[c.v for c in cases]) if len(cases) > 1 else cases[0].v
        fl = [None if all(c[j] is None for c in cases) else
              lax.select_n(index.v, *[_arr(c[j], shp) for c in cases]) for j in range(1, 5)]
        outs.append(S(vals, *fl))
    return outs

# SPDX-License-Identifier: Apache-2.0
"""Identify a ``custom_jvp_call`` as JAX's implementation of a ``_library.LIBRARY`` function.

The proof reads such a call as the mathematical function (an app node) only when it *is*
JAX's implementation: its primal body, applied to its constant operands, has the same
normal form as the function itself traced at the same argument types. The normal form is a
re-trace (:func:`_canonical`) that inlines every call, folds every computation on
constants and re-traces every ``cond`` branch and loop body closing over its constants:
which constants JAX hoists into operands, or computed before tracing, depends on its trace
caches, and the normal form does not. Two normal forms are the same when their jaxpr texts
and their constants, at every depth, are equal. A body that copies JAX's text with other
coefficients, another ``series_order`` or another dtype is not identified: it is translated
as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import jax
import numpy as np
from jax.extend import core as jcore

from ._library import LIBRARY, LibraryFunction


@dataclasses.dataclass(frozen=True)
class Hit:
    """A ``custom_jvp_call`` that computes ``entry`` of its last operands (static put back)."""

    entry: LibraryFunction
    static: tuple[tuple[int, Any], ...] = ()  # (position, value) of static arguments

    def args(self, operands: list, const: Callable = lambda v: v) -> list:
        """The function's arguments: the last operands, static values put back in place."""
        n_dyn = self.entry.arity - len(self.static)
        dyn = iter(operands[len(operands) - n_dyn:])
        fixed = dict(self.static)
        return [const(fixed[i]) if i in fixed else next(dyn) for i in range(self.entry.arity)]


_UNKNOWN = object()
_REFS: dict[tuple, Any] = {}  # (name, static, operand types) -> normal form of JAX's, or None
_MET: dict[tuple, tuple[Any, Any]] = {}  # (id(call_jaxpr), ...) -> (call_jaxpr, normal form)


def identify(eqn: Any, values: list[Any]) -> Hit | None:
    """The table entry that ``eqn`` is JAX's implementation of, or None.

    ``values`` holds, per operand, its concrete value or ``_library.UNKNOWN``: every operand
    before the function's own arguments must be a known constant (JAX hoists literals of the
    body into such operands, how many depends on its trace caches). The equation is the
    function when its primal body, applied to those constants, traces (every ``jit``
    inlined) to the same jaxpr with the same constants as the function itself at the same
    argument types: a normal form that trace caches do not change.
    """
    if eqn.primitive.name != "custom_jvp_call":
        return None
    fname = getattr(eqn.params["call_jaxpr"].jaxpr.debug_info, "func_name", "") or ""
    for entry in LIBRARY.values():
        if fname != entry.attr:
            continue
        for static in _static_choices(entry):
            n_dyn = entry.arity - len(static)
            lead = values[: len(values) - n_dyn]
            if len(values) < n_dyn or any(
                    v is UNKNOWN or isinstance(v, jax.core.Tracer) for v in lead):
                continue
            avals = tuple(v.aval for v in eqn.invars[len(values) - n_dyn:])
            ref = _reference(entry, static, avals)
            if ref is not None and _same(ref, _met(eqn.params["call_jaxpr"], lead, avals)):
                return Hit(entry, static)
    return None


UNKNOWN = _UNKNOWN


def is_library(found: Any) -> bool:
    """Whether a discovered rule (``_discover.FoundRule``) is a table function's own rule."""
    if found.kind != "jvp" or found.consts is None:
        return False
    return identify(found.eqn, [*found.consts, *[UNKNOWN] * len(found.shapes)]) is not None


def _static_choices(entry: LibraryFunction):
    yield ()
    for pos, values in entry.static.items():
        for v in values:
            yield ((pos, v),)


def _sds(avals: tuple) -> list:
    return [jax.ShapeDtypeStruct(a.shape, a.dtype, weak_type=a.weak_type) for a in avals]


def _aval_key(avals: tuple) -> tuple:
    return tuple((tuple(a.shape), str(a.dtype), a.weak_type) for a in avals)


def _normal(call: Any, lead: list, avals: tuple) -> Any:
    """``call`` on the constants ``lead`` and abstract arguments, every call inlined."""

    try:
        return jax.make_jaxpr(lambda *dyn: _canonical(call, *lead, *dyn))(*_sds(avals))
    except Exception:  # noqa: BLE001 - not traceable so: nothing is identified
        return None


def _canonical(closed: Any, *args: Any) -> list[Any]:
    """Re-trace ``closed``: calls inlined, loop and branch bodies re-traced from scratch.

    Which constants JAX hoists into operands of a call, a ``cond`` branch or a loop body, and
    which it computed before tracing, depends on its trace caches; re-traced here, every
    computation on constants folded and every body closing over its constants, the jaxpr
    is the same whatever the history of the original trace.
    """
    from ._inline import eval_inlined

    return eval_inlined(closed, *args, library=False, const=_numpy, bind=_canonical_bind)


def _canonical_bind(eqn: Any, invals: list[Any]) -> list[Any]:
    name, p = eqn.primitive.name, dict(eqn.params)
    if not any(_traced(v) for v in invals):  # constants folded, however they were traced
        with jax.ensure_compile_time_eval():
            out = eqn.primitive.bind(*invals, **p)
        out = out if eqn.primitive.multiple_results else [out]
        return [np.asarray(o) for o in out]
    if name == "cond":
        index, *ops = invals
        dyn = [v for v in ops if _traced(v)]
        p["branches"] = tuple(_retrace(br, ops, []) for br in p["branches"])
        invals = [index, *dyn]
    elif name == "while":
        nc, nb = p["cond_nconsts"], p["body_nconsts"]
        cc, bc, init = invals[:nc], invals[nc:nc + nb], invals[nc + nb:]
        p["cond_jaxpr"] = _retrace(p["cond_jaxpr"], cc, init)
        p["body_jaxpr"] = _retrace(p["body_jaxpr"], bc, init)
        cc, bc = [v for v in cc if _traced(v)], [v for v in bc if _traced(v)]
        p["cond_nconsts"], p["body_nconsts"] = len(cc), len(bc)
        invals = [*cc, *bc, *init]
    elif name == "scan":
        k = p["num_consts"]
        consts, rest = invals[:k], invals[k:]
        p["jaxpr"] = _retrace(p["jaxpr"], consts, rest)
        consts = [v for v in consts if _traced(v)]
        p["num_consts"] = len(consts)
        if "linear" in p:
            p["linear"] = (False,) * (len(consts) + len(rest))
        invals = [*consts, *rest]
    out = eqn.primitive.bind(*invals, **p)
    return list(out) if eqn.primitive.multiple_results else [out]


def _traced(v: Any) -> bool:
    return isinstance(v, jax.core.Tracer)


def _retrace(closed: Any, lead: list[Any], rest: list[Any]) -> Any:
    """``closed`` re-traced: the constant ones of ``lead`` closed over, then ``rest``."""
    avals = closed.in_avals
    k = len(lead)
    dyn_avals = [a for a, v in zip(avals[:k], lead, strict=True) if _traced(v)] + list(avals[k:])

    def f(*a):
        it = iter(a)
        full = [next(it) if _traced(v) else v for v in lead]
        return _canonical(closed, *full, *it)

    new = jax.make_jaxpr(f)(*[jax.ShapeDtypeStruct(a.shape, a.dtype, weak_type=a.weak_type)
                              for a in dyn_avals])
    return new


def _numpy(c: Any) -> Any:
    """A constant as NumPy (a 0-d one then traces as a literal, wherever JAX hoisted it)."""
    return c if isinstance(c, jax.core.Tracer) else np.asarray(c)


def _met(call: Any, lead: list, avals: tuple) -> Any:
    key = (id(call), tuple(_const_key(c) for c in lead), _aval_key(avals))
    hit = _MET.get(key)
    if hit is None or hit[0] is not call:
        if len(_MET) > 512:
            _MET.clear()
        hit = _MET[key] = (call, _normal(call, [np.asarray(c) for c in lead], avals))
    return hit[1]


def _const_key(c: Any) -> tuple:
    a = np.asarray(c)
    return (str(a.dtype), a.shape, a.tobytes())


def _reference(entry: LibraryFunction, static: tuple, avals: tuple) -> Any:
    """The normal form of ``entry`` itself at ``avals``: its one ``custom_jvp_call``'s body."""
    key = (entry.name, static, _aval_key(avals))
    if key in _REFS:
        return _REFS[key]
    _REFS[key] = None
    fixed = dict(static)

    def call(*dyn):
        it = iter(dyn)
        return entry.raw()(*[fixed[i] if i in fixed else next(it) for i in range(entry.arity)])

    try:
        closed = jax.make_jaxpr(call)(*_sds(avals))
    except Exception:  # noqa: BLE001 - not traceable there: nothing is identified
        return None
    known: dict[Any, Any] = {v: np.asarray(c)
                             for v, c in zip(closed.jaxpr.constvars, closed.consts, strict=True)}
    args: dict[Any, int] = {v: i for i, v in enumerate(closed.jaxpr.invars)}
    calls = []
    for e in closed.jaxpr.eqns:  # the arguments (stop_gradient'ed), then the one call
        if e.primitive.name == "stop_gradient" and e.invars[0] in args and not calls:
            args[e.outvars[0]] = args[e.invars[0]]
        elif e.primitive.name == "custom_jvp_call" and not calls:
            calls.append(e)
        else:
            return None
    if len(calls) != 1 or list(closed.jaxpr.outvars) != list(calls[0].outvars):
        return None
    ops = calls[0].invars
    n_dyn = len(avals)
    lead = []
    for v in ops[: len(ops) - n_dyn]:
        c = np.asarray(v.val) if isinstance(v, jcore.Literal) else known.get(v, _UNKNOWN)
        if c is _UNKNOWN:
            return None
        lead.append(c)
    if [args.get(v) for v in ops[len(ops) - n_dyn:]] != list(range(n_dyn)):
        return None
    _REFS[key] = _normal(calls[0].params["call_jaxpr"], lead, avals)
    return _REFS[key]


def _all_consts(closed: Any) -> list[Any]:
    """The constants of ``closed`` and of every closed jaxpr in its equations, in order."""
    out = list(closed.consts)
    for eqn in closed.jaxpr.eqns:
        for sub in jcore.jaxprs_in_params(eqn.params):
            out += _all_consts(sub) if hasattr(sub, "consts") else []
    return out


def _same(a: Any, b: Any) -> bool:
    """Two normal forms: the same jaxpr text and the same constants (at every depth)."""
    if a is None or b is None or str(a.jaxpr) != str(b.jaxpr):
        return False
    ca, cb = _all_consts(a), _all_consts(b)
    if len(ca) != len(cb):
        return False
    for x, y in zip(ca, cb, strict=True):
        if isinstance(x, jax.core.Tracer) or isinstance(y, jax.core.Tracer):
            return False
        x, y = np.asarray(x), np.asarray(y)
        if x.dtype != y.dtype or x.shape != y.shape or not np.array_equal(x, y, equal_nan=True):
            return False
    return True


def unidentified(eqn: Any) -> LibraryFunction | None:
    """The table entry whose own source ``eqn``'s body comes from, when it was not identified.

    JAX's implementation that fails identification (its normal form at a batched shape can
    depend on earlier traces) is refused rather than translated: its series or loop would
    be proved against the table's identity, which it only approximates.
    """
    import inspect

    dbg = eqn.params["call_jaxpr"].jaxpr.debug_info
    src = getattr(dbg, "func_src_info", "") or ""
    for entry in LIBRARY.values():
        if getattr(dbg, "func_name", "") != entry.attr:
            continue
        try:
            path = inspect.getsourcefile(inspect.unwrap(getattr(entry.raw(), "fun", entry.raw())))
        except (TypeError, OSError):
            continue
        if path and src.rpartition(" at ")[2].rpartition(":")[0] == path:
            return entry
    return None


def identify_or_refuse(eqn: Any, values: list[Any]) -> Hit | None:
    """:func:`identify`, but JAX's own table function that is not identified is refused.

    Raises:
        UnsupportedPrimitive: the call comes from a table function's own source yet its
            normal form differs: its approximation would be proved against the identity.
    """
    hit = identify(eqn, values)
    if hit is None:
        entry = unidentified(eqn)
        if entry is not None:
            from ._errors import MSG_UNIDENTIFIED, UnsupportedPrimitive

            shapes = ", ".join(str(v.aval) for v in eqn.invars)
            raise UnsupportedPrimitive(MSG_UNIDENTIFIED.format(name=entry.name, shapes=shapes),
                                       primitive=f"{entry.name} (not identified)")
    return hit


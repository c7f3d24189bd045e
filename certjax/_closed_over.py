# SPDX-License-Identifier: Apache-2.0
"""Confirming a counterexample of a rule that closes over tracers, on the jaxprs that run.

A rule defined inside a traced function (``jit``, ``vmap``, ``grad``, ``jvp``, the consts of
``closure_convert``) may read a value of the enclosing trace: its jaxprs then hold that tracer
as a constant, which the proof quantifies as an unknown like an input
(``_translate.Context.closure``). Its Python functions cannot be called at a solver's point:
the tracer has no value there. So such a counterexample is confirmed on the traced jaxprs
themselves -- exactly what was proved, and what runs -- evaluated in float64, with each
closed-over tracer replaced by the model's value for its unknown. The counterexample then
names those values (``f_bwd(x=0, g=1) with closed-over c=2``).

Float64 evaluation of a jaxpr traced at float32: every float literal, constant and operand is
widened to float64, and so is every float dtype in a parameter (``convert_element_type``'s
``new_dtype``, ``dot_general``'s ``preferred_element_type``...) and every nested jaxpr (``cond``
branches, ``scan``/``while`` bodies: re-traced at the widened types). Call-like equations
(``jit``, custom rules, ``remat``) are entered, as for the reference (``_inline``). A jaxpr
that cannot be widened (``bitcast_convert_type`` of a float) raises, and a confirmation that
raises confirms nothing: the obligation stays unproved, never refuted.
"""

from __future__ import annotations

import dataclasses
import math
import types
from collections.abc import Callable
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend import core as jcore

from ._constants import _TABLE
from ._inline import eval_inlined
from ._translate import simplest_rational

F64 = np.dtype(np.float64)
# JAX's float0 (the tangent of an integer) is no float: never widened
_FLOAT0 = np.dtype([("float0", np.void, 0)])


def has_tracers(jaxprs: dict[str, Any]) -> bool:
    """Whether any of ``jaxprs`` (by role; None allowed) holds a closed-over tracer."""
    return any(isinstance(c, jax.core.Tracer) for j in jaxprs.values() if j is not None
               for c in _all_consts(j))


def _all_consts(closed: Any) -> list[Any]:
    out = list(getattr(closed, "consts", []))
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    for eqn in jaxpr.eqns:
        for sub in jcore.jaxprs_in_params(eqn.params):
            out += _all_consts(sub)
    return out


# -- the unknowns and their names ------------------------------------------------------------
@dataclasses.dataclass
class ClosedOver:
    """The closed-over tracers of one proof: the symbols standing for each, and the name the
    rule's code gives it (``closure0``... where none is found)."""

    items: list[tuple[Any, np.ndarray, str]]

    @classmethod
    def of(cls, closures: list[tuple[Any, np.ndarray]], t: Any) -> ClosedOver:
        """``closures`` as ``Context.closed_over`` lists them, named from the free variables
        of ``t``'s functions (and of its static callable arguments) that hold them."""
        names = _cell_names(_rule_functions(t))
        items, used = [], set()
        for k, (tracer, syms) in enumerate(closures):
            name = names.get(id(tracer), f"closure{k}")
            name = name if name not in used else f"{name}#{k}"
            used.add(name)
            items.append((tracer, syms, name))
        return cls(items)

    def __bool__(self) -> bool:
        return bool(self.items)

    def inputs(self) -> list[str]:
        """The symbol names, to be read from a model with the rule's inputs."""
        return [n.value for _, syms, _ in self.items for n in syms.flat]

    def values(self, point: dict[str, float]) -> dict[int, np.ndarray]:
        """id(tracer) -> its value at ``point``, in the dtype the program computes it in."""
        out = {}
        for tracer, syms, _ in self.items:
            dt = _wide(tracer.dtype)
            vals = [point.get(n.value, 0.0) for n in syms.flat]
            out[id(tracer)] = np.asarray(vals, dtype=dt).reshape(tuple(tracer.shape))
        return out

    def shown(self, point: dict[str, float]) -> dict[str, Any]:
        """name -> value (nested lists), for the counterexample's text."""
        vals = self.values(point)
        return {name: vals[id(tr)].tolist() for tr, _, name in self.items}


def _rule_functions(t: Any) -> dict[str, Any]:
    return {**t.fns, "orig_fun": t.extra.get("orig_fun"),
            **{f"static{i}": v for i, v in t.spec.statics.items() if callable(v)}}


def shown_names(t: Any) -> list[str]:
    """The names a counterexample gives ``t``'s closed-over tracers, jaxpr by jaxpr (part of
    the proof cache key: a twin rule with other names must not show these)."""
    tracers = [c for j in t.jaxprs.values() if j is not None for c in _all_consts(j)
               if isinstance(c, jax.core.Tracer)]
    if not tracers:
        return []
    names = _cell_names(_rule_functions(t))
    return [names.get(id(c), "") for c in tracers]


def _cell_names(fns: dict[str, Any], depth: int = 4) -> dict[int, str]:
    """id(tracer) -> the free variable of the rule's functions that holds it."""
    found: dict[int, str] = {}
    seen: set[int] = set()
    todo = [(f, 0) for f in fns.values() if f is not None]
    while todo:
        f, d = todo.pop(0)
        if id(f) in seen or d > depth:
            continue
        seen.add(id(f))
        if isinstance(f, jax.tree_util.Partial | types.MethodType) or hasattr(f, "func"):
            todo += [(x, d + 1) for x in (getattr(f, "func", None), *getattr(f, "args", ()))
                     if callable(x)]
        wrapped = getattr(f, "__wrapped__", None)
        if wrapped is not None:
            todo.append((wrapped, d + 1))
        code, cells = getattr(f, "__code__", None), getattr(f, "__closure__", None)
        for name, cell in zip(code.co_freevars if code else (), cells or (), strict=False):
            try:
                v = cell.cell_contents
            except ValueError:  # an empty cell
                continue
            if isinstance(v, jax.core.Tracer):
                found.setdefault(id(v), name)
            elif callable(v):
                todo.append((v, d + 1))
    return found


# -- float64 evaluation of a traced jaxpr ------------------------------------------------------
def _wide(dtype: Any) -> np.dtype:
    dt = np.dtype(dtype)
    if dt != _FLOAT0 and jnp.issubdtype(dt, jnp.floating) and dt.itemsize < 8:
        return F64
    return dt


def _widen_value(x: Any) -> Any:
    if isinstance(x, jax.Array):  # (tracers included)
        dt = np.dtype(x.dtype)
        return x if _wide(dt) == dt else jax.lax.convert_element_type(x, F64)
    # (a literal may be a typed Python scalar: its ``dtype``, not NumPy's reading of it)
    dt = np.dtype(getattr(x, "dtype", None) or np.asarray(x).dtype)
    return np.asarray(x, dtype=F64) if _wide(dt) != dt else x


def _read_constant(c: Any) -> Any:
    """A literal or constant as the proof reads it (``_translate.literal``), in float64: a
    float32 ``0.1`` is ``1/10``, the rounding of ``pi`` is pi (``_constants``)."""
    a = np.asarray(c)
    dt = np.dtype(getattr(c, "dtype", None) or a.dtype)
    if _wide(dt) == dt:
        return c
    out = np.empty(a.shape, F64)
    for idx in np.ndindex(a.shape):
        out[idx] = _as_read(a[idx].astype(dt))
    return out


def _as_read(v: np.generic) -> float:
    f = float(v)
    for named, _ in _TABLE:
        if float(np.asarray(named, v.dtype)) == abs(f):
            return math.copysign(named, f)
    return float(simplest_rational(v))


def _widen_param(v: Any, values: dict[int, np.ndarray]) -> Any:
    if isinstance(v, jcore.ClosedJaxpr):
        return widen_jaxpr(v, values)
    if isinstance(v, jcore.Jaxpr):
        closed = widen_jaxpr(jcore.ClosedJaxpr(v, []), values)
        if closed.consts:
            raise ValueError("a nested open jaxpr took constants when widened to float64")
        return closed.jaxpr
    if isinstance(v, tuple) and any(isinstance(x, jcore.ClosedJaxpr | jcore.Jaxpr) for x in v):
        return tuple(_widen_param(x, values) for x in v)
    if isinstance(v, np.dtype) or (isinstance(v, type) and issubclass(v, np.generic)):
        return _wide(v)
    return v


def widen_jaxpr(closed: Any, values: dict[int, np.ndarray]) -> Any:
    """``closed`` re-traced at float64 (see the module docstring)."""
    avals = [jax.ShapeDtypeStruct(v.aval.shape, _wide(v.aval.dtype))
             for v in closed.jaxpr.invars]
    return jax.make_jaxpr(lambda *a: eval64(closed, values, *a))(*avals)


def eval64(closed: Any, values: dict[int, np.ndarray], *args: Any) -> list[Any]:
    """Evaluate ``closed`` in float64, each closed-over tracer read from ``values`` (by id)."""

    def const(c: Any) -> Any:
        if isinstance(c, jax.core.Tracer):
            if id(c) not in values:
                raise ValueError("a closed-over tracer with no value at this point")
            return values[id(c)]
        return _read_constant(c)

    def bind(eqn: Any, invals: list[Any]) -> list[Any]:
        if eqn.primitive.name == "bitcast_convert_type":
            raise ValueError("bitcast_convert_type has no float64 reading")
        invals = [_read_constant(v.val) if isinstance(v, jcore.Literal) else _widen_value(x)
                  for v, x in zip(eqn.invars, invals, strict=True)]
        params = {k: _widen_param(v, values) for k, v in eqn.params.items()}
        out = eqn.primitive.bind(*invals, **params)
        return list(out) if eqn.primitive.multiple_results else [out]

    outs = eval_inlined(closed, *[_widen_value(a) for a in args], bind=bind, const=const)
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    return [_read_constant(v.val) if isinstance(v, jcore.Literal) else o
            for v, o in zip(jaxpr.outvars, outs, strict=True)]


def jaxpr_function(closed: Any, out_shape: Any, values: dict[int, np.ndarray]) -> Callable:
    """The function ``closed`` was traced from (pytrees in, ``out_shape``'s pytree out),
    evaluated in float64 with the closed-over ``values``."""
    tree = jax.tree_util.tree_structure(out_shape)

    def f(*a: Any) -> Any:
        return jax.tree_util.tree_unflatten(
            tree, eval64(closed, values, *jax.tree_util.tree_leaves(a)))

    return f


def on_rule(t: Any, co: ClosedOver, run: Callable[[Callable], Any]) -> Any:
    """``run(view)``, ``view(point)`` giving the ``(spec, t)`` to evaluate the rule with at a
    point: ``t``'s own functions, or its jaxprs where those cannot run there (see
    :func:`at_point`)."""
    if co:
        return run(lambda p: at_point(t, co, p, jaxprs=True))
    try:
        return run(lambda p: at_point(t, co, p))
    except Exception:  # noqa: BLE001 - e.g. a function evaluating a float32 jaxpr
        pass
    return run(lambda p: at_point(t, co, p, jaxprs=True))


def confirmed(t: Any, co: ClosedOver, run: Callable[[Callable], tuple[bool, str]]
              ) -> tuple[bool, str]:
    """A confirmation (see :func:`on_rule`) in float64; an error confirms nothing."""
    from ._confirm import _float64

    with _float64():
        try:
            return on_rule(t, co, run)
        except Exception as e:  # noqa: BLE001 - an evaluation that fails confirms nothing
            return False, f"error: {e}"


def at_point(t: Any, co: ClosedOver, point: dict[str, float], *, jaxprs: bool = False
             ) -> tuple[Any, Any]:
    """``(spec, t)`` to evaluate the rule with at ``point``: ``t``'s own functions, or with
    ``jaxprs`` its traced jaxprs in float64 at ``point``'s closed-over values (always, when
    tracers are closed over: the functions cannot run). A function that cannot run in
    float64 (``closure_convert``'s, evaluating a float32 jaxpr) is also replaced by its
    jaxpr: the jaxprs are what was proved and what runs."""
    if not (co or jaxprs):
        return t.spec, t
    values = co.values(point)
    primal = t.shapes["primal"]
    by_role = {"fun": ("primal", primal), "fwd_c": ("fwd", t.shapes.get("fwd")),
               "bwd_c": ("bwd", t.shapes.get("bwd")), "rule_fn": ("jvp", t.shapes.get("jvp")),
               "surrogate": ("surrogate", primal), "reference": ("reference", primal),
               "tangent": ("tangent", primal)}
    fns = dict(t.fns)
    for name, (role, shape) in by_role.items():
        if name in fns and t.jaxprs.get(role) is not None and shape is not None:
            fns[name] = jaxpr_function(t.jaxprs[role], shape, values)
    spec = _copy_spec(t.spec)
    spec.fun = fns["fun"]
    if t.jaxprs.get("assume") is not None:
        assume = t.jaxprs["assume"]
        spec.assume = lambda *a: eval64(assume, values, *jax.tree_util.tree_leaves(a))[0]
    return spec, dataclasses.replace(t, spec=spec, fns=fns)


def _copy_spec(spec: Any) -> Any:
    new = object.__new__(type(spec))
    new.__dict__.update(spec.__dict__)
    return new


def shown_text(co: ClosedOver, point: dict[str, float] | None) -> str:
    """`` with closed-over c=2`` for a counterexample's message; empty when none."""
    if not co or point is None:
        return ""
    from ._confirm import _fmt

    return " with closed-over " + ", ".join(
        f"{k}={_fmt(v)}" for k, v in co.shown(point).items())


__all__ = ["ClosedOver", "at_point", "confirmed", "eval64", "has_tracers", "on_rule",
           "shown_names", "shown_text"]

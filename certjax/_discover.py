# SPDX-License-Identifier: Apache-2.0
"""Find the custom JVP/VJP rules inside a traced function, and rebuild each as functions.

:func:`find_rules` walks a closed jaxpr the way ``jax.core.eval_jaxpr`` does, entering every
sub-jaxpr held in an equation's params (``jit``, ``closed_call``, ``remat``, ``scan``,
``while``, ``cond`` branches and the primal body of each custom rule). Every
``custom_jvp_call``/``custom_vjp_call`` equation met becomes a :class:`FoundRule`.

The rule itself is not a jaxpr in the equation: JAX keeps it as thunks (jax 0.10.2 names)

* ``custom_jvp_call``: ``call_jaxpr`` (primal body, ``num_consts`` leading closed-over
  operands) and ``jvp_jaxpr_fun``: ``call_wrapped(*in_zeros) -> (jaxpr, consts, out_zeros)``,
  the jaxpr taking ``(*primals, *nonzero_tangents)`` (consts excluded) and returning
  ``(*primals_out, *nonzero_tangents_out)``;
* ``custom_vjp_call``: ``call_jaxpr``, ``fwd_jaxpr_thunk``: ``call_wrapped(*perturbed) ->
  (jaxpr, consts)`` returning ``(*residuals_not_forwarded, *primals_out)``, ``out_trees()`` ->
  ``(out_tree, res_tree, input_forwards)`` and ``bwd``: ``call_wrapped(*res, *cts)`` -> one
  cotangent (or a ``Zero``) per input.

:func:`rule_functions` turns these back into plain Python callables with the signatures
:func:`certjax.certify_jvp`/:func:`certjax.certify_vjp` take, so the audit reuses the core
unchanged: tracing a callable built with ``jaxpr_as_fun`` re-binds exactly the equations of
the jaxpr that runs. Each callable holds the float32 jaxprs (what runs, what is proved) and,
when the function could be re-traced at float64, the float64 ones (for confirming
counterexamples); called on float64 values it uses the latter, or raises if there are none,
which leaves a model unconfirmed (never "refuted").
"""

from __future__ import annotations

import dataclasses
import inspect
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend import core as jcore

CUSTOM = ("custom_jvp_call", "custom_vjp_call")
LINEAR_SOLVE = "custom_linear_solve"
_CALLS = {"jit": "jaxpr", "pjit": "jaxpr", "closed_call": "call_jaxpr", "core_call": "call_jaxpr",
          "remat": "jaxpr", "checkpoint": "jaxpr"}


@dataclasses.dataclass
class FoundRule:
    """One custom-rule equation met in a jaxpr.

    Attributes:
        kind: ``"jvp"`` or ``"vjp"``.
        name: the primal function's name (``logaddexp``).
        rule: the rule functions' names (``_logaddexp_jvp``, ``f_fwd/f_bwd``).
        source: ``file:line`` of the primal's definition, when JAX recorded it.
        module: the module defining it, when it is imported.
        where: the chain of calls enclosing the equation (``jit(softplus)``).
        nested: inside another custom rule's primal body (unused by first-order AD).
        shapes: one ``ShapeDtypeStruct`` per operand after the closed-over constants.
        arg_names: a parameter name per shape.
        consts: the closed-over constants' values, or None when they are traced values.
        eqn: the equation.
    """

    kind: str
    name: str
    rule: str
    source: str
    module: str
    where: str
    nested: bool
    shapes: list[jax.ShapeDtypeStruct]
    arg_names: list[str]
    consts: list[Any] | None
    eqn: Any
    pieces: dict[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def nondiff(self) -> tuple[int, ...]:
        """Operands JAX gives no tangent (integer/bool): proved as fixed, not differentiated."""
        return tuple(i for i, s in enumerate(self.shapes)
                     if not jnp.issubdtype(s.dtype, jnp.inexact))

    def shape_text(self) -> str:
        return ", ".join(f"{np.dtype(s.dtype).name}{list(s.shape)}" for s in self.shapes)


# -- walking -------------------------------------------------------------------------------
def find_rules(closed: Any) -> list[FoundRule]:
    """Every custom-rule equation in ``closed``, depth first, in equation order."""
    out: list[FoundRule] = []
    known = dict(zip(closed.jaxpr.constvars, closed.consts, strict=True))
    _walk(closed.jaxpr, known, (), False, out)
    return out


def _walk(jaxpr: Any, known: dict, where: tuple[str, ...], nested: bool, out: list) -> None:
    def value(v: Any) -> Any:
        if isinstance(v, jcore.Literal):
            return v.val
        return known.get(v, _UNKNOWN)

    for eqn in jaxpr.eqns:
        name = eqn.primitive.name
        if name in CUSTOM:
            found = _found(eqn, [value(v) for v in eqn.invars], where, nested)
            out.append(found)
            sub = eqn.params["call_jaxpr"]
            _walk(sub.jaxpr, _enter(sub, eqn.invars, value), (*where, f"{name[:10]}({found.name})"),
                  True, out)
            continue
        if name == LINEAR_SOLVE:
            out.append(_found_solve(eqn, [value(v) for v in eqn.invars], where, nested))
        label = f"{name}({eqn.params['name']})" if "name" in eqn.params else name
        for key, param in eqn.params.items():
            for sub in param if isinstance(param, tuple | list) else (param,):
                if isinstance(sub, jcore.ClosedJaxpr):
                    entered = _enter(sub, eqn.invars, value) if _CALLS.get(name) == key else \
                        dict(zip(sub.jaxpr.constvars, sub.consts, strict=True))
                    _walk(sub.jaxpr, entered, (*where, label), nested, out)
                elif isinstance(sub, jcore.Jaxpr):
                    _walk(sub, {}, (*where, label), nested, out)


_UNKNOWN = object()


def _enter(sub: Any, invars: Sequence[Any], value: Callable) -> dict:
    known = dict(zip(sub.jaxpr.constvars, sub.consts, strict=True))
    for inner, outer in zip(sub.jaxpr.invars, invars, strict=True):
        val = value(outer)
        if val is not _UNKNOWN:
            known[inner] = val
    return known


def _found(eqn: Any, values: list[Any], where: tuple[str, ...], nested: bool) -> FoundRule:
    p = eqn.params
    call = p["call_jaxpr"]
    n_consts = p["num_consts"]
    dbg = call.jaxpr.debug_info
    name, source, module = _origin(getattr(dbg, "func_src_info", None))
    if eqn.primitive.name == "custom_jvp_call":
        kind, rule = "jvp", _fname(p["jvp_jaxpr_fun"])
    else:
        kind = "vjp"
        rule = f"{_fname(p['fwd_jaxpr_thunk'])}/{_fname(p['bwd'])}"
    consts = values[:n_consts]
    shapes = [jax.ShapeDtypeStruct(v.aval.shape, v.aval.dtype, weak_type=v.aval.weak_type)
              for v in call.jaxpr.invars[n_consts:]]
    names = list(getattr(dbg, "arg_names", None) or ())
    if len(names) == n_consts + len(shapes):
        names = names[n_consts:]
    if not any(names) and kind == "vjp":  # custom_vjp traces its primal with unknown names
        names = list(getattr(p["fwd_jaxpr_thunk"].debug_info, "arg_names", None) or ())
    return FoundRule(
        kind=kind, name=name or "<unnamed>", rule=rule, source=source, module=module,
        where="/".join(where), nested=nested, shapes=shapes, arg_names=_identifiers(names, shapes),
        consts=None if any(c is _UNKNOWN or isinstance(c, jax.core.Tracer) for c in consts)
        else consts, eqn=eqn,
    )


def _found_solve(eqn: Any, values: list[Any], where: tuple[str, ...], nested: bool
                 ) -> FoundRule:
    """A ``custom_linear_solve``: its claims are proved by :mod:`certjax._linear_solve`."""
    p = eqn.params
    n_consts = sum(p["const_lengths"])
    solve = p["jaxprs"].solve
    _, source, module = _origin(getattr(solve.jaxpr.debug_info, "func_src_info", None))
    consts = values[:n_consts]
    shapes = [jax.ShapeDtypeStruct(v.aval.shape, v.aval.dtype) for v in eqn.invars[n_consts:]]
    symmetric = p["jaxprs"].transpose_solve is solve
    return FoundRule(
        kind="linear_solve", name=LINEAR_SOLVE, rule="symmetric" if symmetric else
        "matvec/solve" + ("/transpose_solve" if p["jaxprs"].transpose_solve else ""),
        source=source, module=module, where="/".join(where), nested=nested, shapes=shapes,
        arg_names=[f"b{i}" for i in range(len(shapes))],
        consts=None if any(c is _UNKNOWN or isinstance(c, jax.core.Tracer) for c in consts)
        else consts, eqn=eqn)


def _fname(wrapped: Any) -> str:
    dbg = getattr(wrapped, "debug_info", None)
    return getattr(dbg, "func_name", None) or "<unnamed>"


def _origin(src_info: str | None) -> tuple[str, str, str]:
    """``"f at /path/mod.py:12"`` -> (``f``, ``path/mod.py:12`` shortened, module name)."""
    if not src_info:
        return "", "", ""
    name, _, loc = src_info.rpartition(" at ")
    if not name:
        return src_info, "", ""
    path, _, line = loc.rpartition(":")
    if not line.isdigit():
        path, line = loc, ""
    module = _module_of(path)
    short = _short_path(path)
    return name, f"{short}:{line}" if line else short, module


def _module_of(path: str) -> str:
    real = os.path.realpath(path)
    for modname, mod in list(sys.modules.items()):
        f = getattr(mod, "__file__", None)
        if f and os.path.realpath(f) == real:
            return modname
    return ""


def _short_path(path: str) -> str:
    real = os.path.realpath(path)
    best = ""
    for entry in sys.path:
        base = os.path.realpath(entry or os.getcwd())
        if real.startswith(base + os.sep) and len(base) > len(best):
            best = base
    return os.path.relpath(real, best) if best else path


def _identifiers(names: list[str], shapes: list[Any]) -> list[str]:
    out: list[str] = []
    for i in range(len(shapes)):
        raw = names[i] if i < len(names) and names[i] else f"arg{i}"
        ident = re.sub(r"\W+", "_", raw).strip("_") or f"arg{i}"
        if ident[0].isdigit() or ident in out:
            ident = f"{ident}_{i}" if not ident[0].isdigit() else f"arg{i}"
        out.append(ident)
    return out


# -- the rule as functions -----------------------------------------------------------------
def resolve(found: FoundRule) -> None:
    """Trace the rule's thunks now (in the current x64 mode), keeping the jaxprs."""
    p = found.eqn.params
    consts = found.consts or []
    found.pieces["primal"] = (p["call_jaxpr"], list(consts))
    if found.kind == "jvp":
        zeros = [i in found.nondiff for i in range(len(found.shapes))]
        jaxpr, jconsts, out_zeros = p["jvp_jaxpr_fun"].call_wrapped(*zeros)
        if any(isinstance(c, jax.core.Tracer) for c in jconsts):
            raise ValueError("the jvp rule closes over traced values")
        found.pieces["jvp"] = (jcore.ClosedJaxpr(jaxpr, list(jconsts)), list(out_zeros))
    else:
        perturbed = [i not in found.nondiff for i in range(len(found.shapes))]
        jaxpr, fconsts = p["fwd_jaxpr_thunk"].call_wrapped(*perturbed)
        if any(isinstance(c, jax.core.Tracer) for c in fconsts):
            raise ValueError("the fwd rule closes over traced values")
        out_tree, res_tree, forwards = p["out_trees"]()
        found.pieces["fwd"] = (jcore.ClosedJaxpr(jaxpr, list(fconsts)), res_tree.num_leaves,
                               list(forwards), out_tree.num_leaves)
        found.pieces["bwd"] = p["bwd"]


def rule_functions(f32: FoundRule, f64: FoundRule | None) -> dict[str, Callable]:
    """``primal`` and ``jvp`` (or ``fwd``, ``bwd``) of the rule as plain callables.

    Signatures are those of :func:`certjax.certify_jvp`/:func:`certjax.certify_vjp`: the
    primal returns a tuple of its outputs; ``jvp(*nondiff, primals, tangents)``;
    ``fwd(*args) -> (outs, residual_leaves)``; ``bwd(*nondiff, res, g)``.
    """
    from ._library_match import is_library

    library = is_library(f32)
    nondiff = f32.nondiff
    n = len(f32.shapes)
    diff = [i for i in range(n) if i not in nondiff]

    def pick(args: Sequence[Any]) -> FoundRule:
        wide = any(np.dtype(jnp.result_type(a)) == np.float64
                   for a in jax.tree_util.tree_leaves(args))
        if not wide:
            return f32
        if f64 is None or not f64.pieces:
            raise RuntimeError(
                f"no float64 trace of rule '{f32.name}': its counterexample cannot be confirmed")
        return f64

    def primal(*xs):
        found = pick(xs)
        closed, consts = found.pieces["primal"]
        if library:  # the call itself, so that the proof reads it as the table's function
            eqn = found.eqn
            out = eqn.primitive.bind(*consts, *xs, **eqn.primitive.get_bind_params(eqn.params))
            return tuple(out)
        return tuple(jcore.jaxpr_as_fun(closed)(*consts, *xs))

    fns: dict[str, Callable] = {"primal": primal}
    if f32.kind == "jvp":
        def jvp(*a):
            *nd, primals, tangents = a
            xs = _merge(nondiff, nd, primals, n)
            found = pick(xs)
            closed, out_zeros = found.pieces["jvp"]
            outs = jcore.jaxpr_as_fun(closed)(*xs, *tangents)
            prim, tans = outs[: len(out_zeros)], iter(outs[len(out_zeros):])
            return tuple(prim), tuple(jnp.zeros_like(p) if z else next(tans)
                                      for p, z in zip(prim, out_zeros, strict=True))

        fns["jvp"] = jvp
    else:
        def fwd(*xs):
            found = pick(xs)
            closed, n_res, forwards, n_out = found.pieces["fwd"]
            consts = found.pieces["primal"][1]
            outs = jcore.jaxpr_as_fun(closed)(*xs)
            pruned, prim = iter(outs[: len(outs) - n_out]), outs[len(outs) - n_out:]
            full = [*consts, *xs]
            res = tuple(full[k] if k is not None else next(pruned) for k in forwards)
            assert len(res) == n_res
            return tuple(prim), res

        def bwd(*a):
            *_, res, g = a
            found = pick((res, g))
            cts = found.pieces["bwd"].call_wrapped(*res, *g)
            out = []
            for i in diff:
                ct = cts[i]
                if type(ct).__name__ in ("Zero", "SymbolicZero"):
                    ct = jnp.zeros(f32.shapes[i].shape, _float_of(g))
                out.append(ct)
            return tuple(out)

        fns["fwd"], fns["bwd"] = fwd, bwd
    params = [inspect.Parameter(nm, inspect.Parameter.POSITIONAL_OR_KEYWORD)
              for nm in f32.arg_names]
    real = dict(zip(("fwd", "bwd"), f32.rule.split("/"), strict=True)) if f32.kind == "vjp" else {
        "jvp": f32.rule}
    for key, fn in fns.items():
        name = f32.name if key == "primal" else real.get(key, "")
        fn.__name__ = fn.__qualname__ = name if name.isidentifier() else f"{f32.name}_{key}"
        if key in ("primal", "fwd"):
            fn.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    return fns


def _merge(nondiff: tuple[int, ...], nd: Sequence[Any], diff: Sequence[Any], n: int) -> list:
    nd_it, d_it = iter(nd), iter(diff)
    return [next(nd_it) if i in nondiff else next(d_it) for i in range(n)]


def _float_of(tree: Any) -> Any:
    for leaf in jax.tree_util.tree_leaves(tree):
        dt = getattr(leaf, "dtype", None)
        if dt is not None and jnp.issubdtype(dt, jnp.floating):
            return dt
    return jnp.float32

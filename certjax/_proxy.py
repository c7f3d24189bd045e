# SPDX-License-Identifier: Apache-2.0
"""A large instance proved at a proxy shape, and the check that the proxy's jaxprs are its own.

An instance with many scalar inputs that is not elementwise is proved with every dimension
cut to ``PROXY_DIM``; that the rule is right at the larger shapes because it is at the proxy
is *not proved* and the certificate lists it. What is checked is that the jaxprs are the same
program up to the sizes: traced at the shapes used, at the proxy and at a second proxy
(dimensions cut to ``PROXY_DIM + 1``), they have the same equations in the same order, on
the same operands, with the same dtypes and ranks, the same parameters and literals, and the
same constants, except values that are one function of the dimensions in all three traces:
``prod(dims) + c``, its reciprocal or square root (a ``mean``'s divisor, a slice's limit,
attention's ``1 / sqrt(d)``). So a Python
branch on a shape, or a literal chosen by one (``1.5 if n > 50 else 1.0``), makes the
instance unproved rather than proved at a program that does not run.

Example:
    >>> dims = [(100,), (2,), (3,)]
    >>> _related([100.0, 2.0, 3.0], dims), _related([1.5, 1.0, 1.0], dims)
    (True, False)
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from typing import Any

import jax
import numpy as np
from jax.extend import core as jcore

from ._certify import Traced, trace_jvp, trace_vjp
from ._errors import CertificationError
from ._spec import Static

PROXY_DIM = 2
MSG_PROXY = (
    "shapes: proved at the proxy shapes {proxy} and used at {used}; the jaxprs at both (and "
    "at a second proxy) are the same program up to the sizes (checked: equations, operands, "
    "parameters, literals and constants, sizes aside), but that the rule is right at the "
    "larger shapes because it is at the proxy is NOT proved")
MSG_PROXY_DIFFERS = "the jaxprs at the proxy shapes are not the program used ({why}): "
# dimension-derived values: prod(dims) + c for |c| <= _OFFSET over at most _FACTORS dimensions
_OFFSET, _FACTORS = 2, 3


def proxy(t: Traced, rlimit: int, dim: int = PROXY_DIM) -> Traced | None:
    """``t``'s rule traced again with every dimension cut to ``dim``."""
    spec = t.spec
    sig: list[Any] = []
    for i in range(len(spec.all_names)):
        if i in spec.statics:
            sig.append(Static(spec.statics[i]))
        else:
            sig.append(jax.tree_util.tree_map(
                lambda s: jax.ShapeDtypeStruct(tuple(min(d, dim) for d in s.shape),
                                               s.dtype, weak_type=s.weak_type),
                spec.sig[spec.dyn.index(i)]))
    fun, assume = t.extra["orig_fun"], t.extra["assume"]
    try:
        if t.kind == "vjp":
            # (the symbolic zeros of the instance, as JAX passes them: the same at every size)
            return trace_vjp(fun, t.fns["fwd"], t.fns["bwd"], nondiff_argnums=spec.orig_nondiff,
                             signature=sig, assume=assume, rlimit=rlimit, name=t.rule,
                             stated=t.extra.get("stated"), perturbed=t.extra.get("perturbed"),
                             cot_zeros=t.extra.get("cot_zeros"))
        return trace_jvp(fun, t.fns["jvp"], nondiff_argnums=spec.orig_nondiff, signature=sig,
                         assume=assume, rlimit=rlimit, name=t.rule, stated=t.extra.get("stated"),
                         zeros=t.extra.get("zeros"))
    except CertificationError:
        return None


ORDERINGS = ("sort", "top_k")  # their branch regions are the orderings: n! of n elements


def long_ordering(t: Traced) -> bool:
    """Whether a jaxpr of ``t`` sorts more than ``PROXY_DIM + 1`` elements along an axis:
    proved as traced, its regions grow as the factorial (a simplex projection of 5: more
    than 1024 paths), so such a rule is proved at the proxy shape even when it is small."""
    def long(jaxpr: Any) -> bool:
        for eqn in jaxpr.eqns:
            if eqn.primitive.name in ORDERINGS:
                shape = eqn.invars[0].aval.shape
                axis = eqn.params.get("dimension", len(shape) - 1)
                if shape and shape[axis] > PROXY_DIM + 1:
                    return True
            for v in eqn.params.values():
                for sub in v if isinstance(v, (tuple, list)) else (v,):
                    if isinstance(sub, (jcore.ClosedJaxpr, jcore.Jaxpr)) and long(
                            getattr(sub, "jaxpr", sub)):
                        return True
        return False

    return any(long(c.jaxpr) for c in t.jaxprs.values() if c is not None)


def differs(traces: list[Traced | None]) -> str:
    """Why the traces (the instance first, then its proxies) are not one program up to the
    sizes; "" when they are."""
    if any(u is None for u in traces):
        return "the rule could not be traced at a second proxy shape"
    dims = [tuple(d for _, _, s in u.spec.leaves for d in s.shape) for u in traces]
    if len({len(d) for d in dims}) != 1:
        return "the arguments' ranks differ"
    forms = [structure(u) for u in traces]
    return _compare(forms, dims, "jaxprs") or index_literal(traces[1:])


# where an index enters a jaxpr: iota and argmax/argmin make one; the start indices of a
# dynamic slice or update, a gather's or scatter's indices are one (operand positions)
_INDEX_MAKERS = ("iota", "argmax", "argmin")
_INDEX_OPERANDS = {"dynamic_slice": slice(1, None), "dynamic_update_slice": slice(2, None),
                   "gather": slice(1, 2), "scatter": slice(1, 2), "scatter-add": slice(1, 2),
                   "scatter-mul": slice(1, 2),
                   "scatter-min": slice(1, 2), "scatter-max": slice(1, 2)}
MSG_INDEX_LITERAL = ("the literal {value!r} meets an index in '{prim}' at the proxy, whose "
                     "dimensions are {dim}: an index the proxy shapes do not have (the proof "
                     "there never reaches it)")


def index_literal(proxies: list[Traced]) -> str:
    """Why the proxies cannot stand for larger shapes on account of an index: a literal of
    magnitude at least ``PROXY_DIM``, the same at both proxies (no function of the sizes),
    compared or combined with an index (``arange(n) == 5``, ``argmax(x) < 3``) or given as one
    (``x[5]`` through a dynamic slice); "" if none."""
    found = [_index_literals(u) for u in proxies]
    for hit in found[0]:
        if all(hit in other for other in found[1:]):
            (role, _), value, prim = hit
            return f"{role}: " + MSG_INDEX_LITERAL.format(value=value, prim=prim,
                                                          dim=PROXY_DIM)
    return ""


def _big(x: Any) -> Any:
    if not isinstance(x, jcore.Literal) or np.size(x.val) != 1:
        return None
    v = np.asarray(x.val).reshape(-1)[0].item()
    return v if math.isfinite(v) and abs(v) >= PROXY_DIM else None


def _index_literals(t: Traced) -> list[tuple[Any, Any, str]]:
    """``((role, equation path), value, primitive)`` per literal meeting an index in ``t``."""
    out: list[tuple[Any, Any, str]] = []

    def walk(role: str, jaxpr: Any, index: set[Any], path: tuple[int, ...]) -> None:
        for k, eqn in enumerate(jaxpr.eqns):
            name = eqn.primitive.name
            pos = _INDEX_OPERANDS.get(name)
            touched = any(not isinstance(x, jcore.Literal) and x in index for x in eqn.invars)
            at = [_big(x) for x in (eqn.invars[pos] if pos is not None else [])]
            if touched:
                at += [_big(x) for x in eqn.invars]
            out.extend(((role, (*path, k)), v, name) for v in at if v is not None)
            for j, sub in enumerate(jcore.jaxprs_in_params(eqn.params)):
                inner = sub.jaxpr if hasattr(sub, "jaxpr") else sub
                seed = {v for v, x in zip(inner.invars, eqn.invars, strict=False)
                        if not isinstance(x, jcore.Literal) and x in index}
                walk(role, inner, seed, (*path, k, j))
                touched = touched or any(v in seed for v in inner.outvars)
            if touched or name in _INDEX_MAKERS:
                index.update(eqn.outvars)

    for role in sorted(t.jaxprs):
        c = t.jaxprs[role]
        if c is not None:
            walk(role, c.jaxpr, set(), ())
    return out


def structure(t: Traced) -> list[Any]:
    """The jaxprs of ``t`` as nested lists: variables by definition order, literals, dtypes,
    ranks, parameters and constants kept, shapes reduced to their sizes (compared apart)."""
    return [(role, _jaxpr(t.jaxprs[role])) for role in sorted(t.jaxprs)
            if t.jaxprs[role] is not None]


def _jaxpr(j: Any) -> list[Any]:
    closed = hasattr(j, "consts")
    jaxpr = j.jaxpr if closed else j
    ids: dict[Any, int] = {}

    def define(v: Any) -> list[Any]:
        ids[v] = len(ids)
        return _aval(v.aval)

    def ref(x: Any) -> Any:
        if isinstance(x, jcore.Literal):
            return ("literal", _value(x.val))
        return f"var {ids.get(x, -1)}"  # text: an operand is matched exactly, never by size

    out: list[Any] = [("in", [define(v) for v in jaxpr.invars]),
                      ("const", [define(v) for v in jaxpr.constvars])]
    if closed:
        out.append(("const values", [_value(c) for c in j.consts]))
    for eqn in jaxpr.eqns:
        ins = [ref(x) for x in eqn.invars]
        params = sorted((k, _param(v)) for k, v in eqn.params.items()
                        if k not in ("sharding", "out_sharding"))
        out.append((eqn.primitive.name, ins, params, [define(v) for v in eqn.outvars]))
    out.append(("out", [ref(x) for x in jaxpr.outvars]))
    return out


def _aval(a: Any) -> Any:
    shape = tuple(getattr(a, "shape", ()))
    return ("aval", str(getattr(a, "dtype", type(a).__name__)), len(shape), shape)


def _value(c: Any) -> Any:
    """A constant or literal: a number, or an array as (dtype, shape, its values)."""
    if isinstance(c, jax.core.Tracer):
        return ("tracer", id(c))
    try:
        a = np.asarray(c)
    except Exception:  # noqa: BLE001 - an opaque value (a key...): compared by its text
        return ("opaque", repr(c))
    if a.ndim == 0 and a.dtype.kind in "biuf":
        return _nan_named(a.item())
    flat = a.reshape(-1)
    uniform = flat.size > 0 and bool(np.all((flat == flat[0]) | (flat != flat)))
    # a uniform array's values stand for it at every size; any other is compared whole
    values = ("uniform", _nan_named(flat[0].item())) if uniform else ("values", a.tobytes())
    return ("array", str(a.dtype), a.ndim, a.shape, values)


def _nan_named(v: Any) -> Any:
    """A NaN as the text ``"nan"``: one NaN literal at the proxy and at the shapes used is the
    same literal (as numbers, NaN != NaN)."""
    return "nan" if isinstance(v, float) and v != v else v


def _param(v: Any) -> Any:
    if isinstance(v, (jcore.ClosedJaxpr, jcore.Jaxpr)):
        return ("jaxpr", _jaxpr(v))
    if isinstance(v, (tuple, list)):
        return ("seq", [_param(x) for x in v])
    if isinstance(v, (bool, np.bool_)) or v is None:
        return v
    if isinstance(v, (int, float, np.integer, np.floating)):
        return v.item() if hasattr(v, "item") else v
    if callable(v) and not isinstance(v, type):
        # a nested rule's Python callables (proved at their own instances): compared by name
        return ("callable", getattr(v, "__qualname__", type(v).__name__))
    return ("text", repr(v))


def _compare(forms: list[Any], dims: list[tuple[int, ...]], where: str) -> str:
    """Walk the forms together; numbers may differ only as one function of the sizes."""
    first = forms[0]
    if all(_is_number(f) for f in forms):
        return "" if _related(forms, dims) else f"{where}: {forms[1]!r} at the proxy, " \
                                                f"{first!r} at the shapes used"
    if isinstance(first, (tuple, list)):
        if not all(isinstance(f, (tuple, list)) and len(f) == len(first) for f in forms):
            return f"{where}: another structure"
        if first and first[0] == "aval":  # ("aval", dtype, rank, shape): sizes per axis
            if any(f[1:3] != first[1:3] for f in forms):
                return f"{where}: another dtype or rank"
            for axis in zip(*(f[3] for f in forms), strict=True):
                if not _related(list(axis), dims):
                    return f"{where}: a size that is no function of the arguments' sizes"
            return ""
        label = first[0] if first and isinstance(first[0], str) else where
        for items in zip(*forms, strict=True):
            why = _compare(list(items), dims, label)
            if why:
                return why
        return ""
    return "" if all(f == first for f in forms) else f"{where}: {forms[1]!r} at the proxy, " \
                                                      f"{first!r} at the shapes used"


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _related(values: list[Any], dims: list[tuple[int, ...]]) -> bool:
    """Whether ``values`` (one per trace) are equal, or ``prod(d[S]) + c`` (or its reciprocal)
    for one set ``S`` of argument dimensions and one offset ``c`` in every trace."""
    if all(v == values[0] for v in values):
        return True
    if not all(math.isfinite(v) for v in values):
        return False
    positions = range(len(dims[0]))
    for k in range(1, _FACTORS + 1):
        for subset in itertools.combinations(positions, k):
            prods = [math.prod(d[i] for i in subset) for d in dims]
            if any(_fits(values, prods, form) for form in _FORMS):
                return True
    return False


# prod + c, its reciprocal (a mean), its square root and the root's reciprocal (attention's
# 1 / sqrt(d))
_FORMS: tuple[Callable[[int, int], float], ...] = (
    lambda p, c: p + c,
    lambda p, c: 1.0 / (p + c) if p + c else math.inf,
    lambda p, c: math.sqrt(p + c) if p + c >= 0 else math.inf,
    lambda p, c: 1.0 / math.sqrt(p + c) if p + c > 0 else math.inf,
)


def _fits(values: list[Any], prods: list[int], form: Callable[[int, int], float]) -> bool:
    for c in range(-_OFFSET, _OFFSET + 1):
        if all(math.isclose(v, form(p, c), rel_tol=1e-6) for v, p in zip(values, prods,
                                                                           strict=True)):
            return True
    return False

# SPDX-License-Identifier: Apache-2.0
"""The scalar view of an elementwise rule: one proof at the scalar covers every shape.

A jaxpr whose every value has the argument shape ``S`` or is a scalar, and whose every
equation is an elementwise primitive (or a broadcast of a scalar to ``S``, or a call of such
a jaxpr), computes ``out[i] = e(x[i])`` for one scalar program ``e``: its *scalar view*.
A scalar value there depends on no input (every primitive's output has the broadcast shape
of its operands), so scalars and constants that are the same at every element (checked) are
uniform. Then for a VJP rule, ``bwd(res(x), g)[i] = b(r(x[i]), g[i])`` and the reference
``sum_j g[j] d out[j] / d x[i] = g[i] e'(x[i])``: the obligations at ``S`` hold iff they
hold for the scalar view, which is what is proved. The view is built *from the jaxprs that
run*, not by tracing the user's functions again at a scalar.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.custom_derivatives import SymbolicZero
from jax.extend import core as jcore

from ._certificate import Certificate
from ._certify import Traced, jvp_rule_fn, prove_traced, traced_key
from ._inline import eval_inlined
from ._second_order import prove_second_order
from ._spec import Static, _shape_text, _Spec
from ._stated import lifted
from ._translate import CALL_PARAMS

# Primitives that act element by element, with no parameter that depends on the shape
# (``sharding`` parameters are dropped: they place data, they do not change values).
ELEMENTWISE = frozenset("""
    abs acos acosh add add_any and asin asinh atan atan2 atanh cbrt ceil clamp convert_element_type
    copy copy_p cos cosh div eq erf erf_inv erfc exp exp2 expm1 floor ge gt imag integer_pow
    is_finite le lgamma digamma log log1p logistic lt max min mul ne neg nextafter not or pow
    real reduce_precision rem round rsqrt select_n sign sin sinh sqrt square stop_gradient sub
    tan tanh xor
""".split())


class _NotElementwise(Exception):
    pass


def _uniform(c: Any) -> Any:
    a = np.asarray(c)
    if a.ndim == 0:
        return a
    flat = a.reshape(-1)
    same = flat == flat[0]
    if np.issubdtype(flat.dtype, np.inexact):
        same = same | (np.isnan(flat) & np.isnan(flat[0]))
    if flat.size == 0 or not np.all(same):
        raise _NotElementwise
    return flat[0]


def _check(jaxpr: Any, shape: tuple) -> None:
    def ok(aval: Any) -> bool:
        return tuple(getattr(aval, "shape", (None,))) in ((), shape)

    for v in [*jaxpr.invars, *jaxpr.constvars]:
        if not ok(v.aval):
            raise _NotElementwise
    for eqn in jaxpr.eqns:
        name = eqn.primitive.name
        if any(not ok(v.aval) for v in eqn.outvars) or any(
                not isinstance(v, jcore.Literal) and not ok(v.aval) for v in eqn.invars):
            raise _NotElementwise
        if name in CALL_PARAMS:
            sub = eqn.params[CALL_PARAMS[name]]
            _check(sub.jaxpr if hasattr(sub, "jaxpr") else sub, shape)
        elif name == "broadcast_in_dim":
            if tuple(eqn.invars[0].aval.shape) not in ((), shape):
                raise _NotElementwise
        elif name not in ELEMENTWISE:
            raise _NotElementwise


def _scalar_bind(eqn: Any, invals: list[Any]) -> list[Any]:
    """One equation of an elementwise jaxpr on scalars (its shape-only steps dropped)."""
    if eqn.primitive.name == "broadcast_in_dim":
        return [invals[0]]
    params = {k: (None if k == "sharding" else v) for k, v in eqn.params.items()}
    out = eqn.primitive.bind(*invals, **params)
    return list(out) if eqn.primitive.multiple_results else [out]


def _scalarize(closed: Any, shape: tuple) -> Any:
    _check(closed.jaxpr, shape)
    for c in closed.consts:
        if isinstance(c, jax.core.Tracer):
            raise _NotElementwise
        _uniform(c)
    avals = [jax.ShapeDtypeStruct((), v.aval.dtype) for v in closed.jaxpr.invars]
    return jax.make_jaxpr(
        lambda *a: eval_inlined(closed, *a, bind=_scalar_bind, const=_uniform))(*avals)


def scalar_view(t: Traced, rlimit: int) -> Traced | None:
    """``t`` on the scalar view of its jaxprs, or None when they are not all elementwise."""
    # A JVP may take scalars beside the arrays (the same scalar at every element: each output
    # tangent is still one scalar program of its element's operands); a VJP may not (the
    # cotangent of a broadcast scalar sums over the elements).
    if any(t.extra.get(k) is not None for k in ("zeros", "perturbed", "cot_zeros")):
        return None  # symbolic zeros: the rule's own functions take wrapped leaves
    shapes = {tuple(s.shape) for _, _, s in t.spec.leaves}
    if t.kind == "jvp" and len(shapes) > 1:
        shapes.discard(())
    if len(shapes) != 1:
        return None
    (shape,) = shapes
    # (at the scalar shape too: the view is then the same program with nested rules inlined,
    # keyed like every other view of it, so a proof at one shape is found at all of them)
    if any(isinstance(c, jax.core.Tracer) for j in t.jaxprs.values()
                          if j is not None for c in j.consts):
        return None
    try:
        jaxprs = {r: None if j is None else _scalarize(j, shape) for r, j in t.jaxprs.items()}
    except (_NotElementwise, TypeError, ValueError):
        return None
    if any(tuple(v.aval.shape) != shape for r in ("primal",) for v in t.jaxprs[r].jaxpr.outvars):
        return None
    spec = t.spec
    sig = []
    for i in range(len(spec.all_names)):
        if i in spec.statics:
            sig.append(Static(spec.statics[i]))
        else:
            k = spec.dyn.index(i)
            sig.append(jax.tree_util.tree_map(
                lambda s: jax.ShapeDtypeStruct((), s.dtype, weak_type=s.weak_type), spec.sig[k]))
    # The functions a counterexample is confirmed with: the rule's own, run at the shapes it
    # was used at on arguments equal at every element, read at element 0.
    args_o = [None if i in spec.statics else spec.sig[spec.dyn.index(i)]
              for i in range(len(spec.all_names))]
    nd_o = [args_o[i] for i in spec.orig_nondiff]
    diff_o = tuple(args_o[i] for i in range(len(args_o)) if i not in spec.orig_nondiff)
    lift = functools.partial(_lifted, shape=shape)
    assume = t.extra.get("assume")
    try:
        spec2 = _Spec(t.rule, lift(t.extra["orig_fun"], args_o), sig, spec.orig_nondiff,
                      None if assume is None else lift(assume, args_o))
    except Exception:  # noqa: BLE001 - no view rather than a failure
        return None
    fns = dict(t.fns)
    fns["fun"] = spec2.fun
    if t.kind == "vjp":
        res_o, g_o = t.shapes["fwd"][1], t.shapes["primal"]
        fns["fwd_c"] = spec2.close(lift(t.fns["fwd"], args_o))
        bwd = t.fns.get("bwd_n", t.fns["bwd"])  # (leaf cotangents for subtrees spread)
        fns["bwd_c"] = spec2.close_nondiff(lift(bwd, [*nd_o, res_o, g_o]), 2)
    else:
        fns["rule_fn"] = jvp_rule_fn(spec2, lift(t.fns["jvp"], [*nd_o, diff_o, diff_o]),
                                     t.extra.get("zeros"))
    fns.update(lifted(t, spec2, lift, args_o, nd_o, diff_o, t.shapes["primal"]))
    shapes_ = {r: _scalar_shape(s) for r, s in t.shapes.items()}
    extra = dict(t.extra, view=f"scalar view of {list(shape)}")
    view = dataclasses.replace(t, spec=spec2, jaxprs=jaxprs, shapes=shapes_, fns=fns,
                               extra=extra, key="")
    view.key = traced_key(view, rlimit)
    return view


_SECOND_ORDER_OF: set[str] = set()  # instance keys whose second order is being checked
VIEW_NOTE = "elementwise: proved on the scalar view of these jaxprs (covers every element)"


def prove_canonical(t: Traced, rlimit: int, keep_smt2: bool = False, prove: Any = None,
                    as_traced: bool = True, eager: Any = None) -> tuple[Certificate, str] | None:
    """Prove ``t`` on its scalar view when there is one (cached under the view's key, shared by
    every shape), else as traced; returns the certificate, at ``t``'s shapes, and how.

    ``prove(traced)`` proves one trace (default :func:`prove_traced`); ``_instance`` passes one
    that runs outside JAX's trace state, and ``eager(thunk)`` runs ``thunk`` there too.
    ``as_traced=False``: None when there is no view.
    """
    prove = prove or (lambda u: prove_traced(u, rlimit=rlimit, keep_smt2=keep_smt2))
    view = scalar_view(t, rlimit)
    if view is None:
        return (prove(t), "as traced") if as_traced else None
    cert = prove(view)
    shapes = {nm: _shape_text(s) for _, nm, s in t.spec.leaves}
    shapes.update({t.spec.all_names[i]: f"static {v!r}" for i, v in t.spec.statics.items()})
    # The second order is about what JAX differentiates: the jaxprs that run, with the JVPs of
    # the custom rules nested in them, which the view has replaced by their bodies.
    second: dict[str, Any] = {}
    if cert.verdict == "proved" and t.key not in _SECOND_ORDER_OF:
        # (checking it traces the rule again, which may call this very instance: it then
        # finds the check under way instead of starting it again)
        _SECOND_ORDER_OF.add(t.key)
        try:
            second = (eager or (lambda f: f()))(lambda: prove_second_order(t, rlimit))
        finally:
            _SECOND_ORDER_OF.discard(t.key)
    return dataclasses.replace(cert, shapes=shapes, second_order=second, assumptions=[
        *cert.assumptions, "none for the shapes: " + VIEW_NOTE]), VIEW_NOTE


def _lifted(f: Any, orig: list[Any], *, shape: tuple) -> Any:
    """``f`` on scalars: each argument leaf that had ``shape`` broadcast to it, every output
    leaf of ``shape`` read at its first element."""

    def up(x: Any, o: Any) -> Any:
        return jnp.broadcast_to(x, o.shape) if hasattr(o, "shape") and o.shape == shape else x

    def down(y: Any) -> Any:
        if isinstance(y, SymbolicZero):  # a zero tangent a rule returned: zero at the scalar
            return jnp.zeros((), y.aval.dtype) if y.aval.shape == shape else y
        return y[(0,) * len(shape)] if getattr(y, "shape", None) == shape else y

    @functools.wraps(f)
    def g(*args: Any) -> Any:
        args = [a if o is None else jax.tree_util.tree_map(up, a, o)
                for a, o in zip(args, orig, strict=True)]
        return jax.tree_util.tree_map(down, f(*args),
                                      is_leaf=lambda y: isinstance(y, SymbolicZero))

    return g


def _scalar_shape(tree: Any) -> Any:
    return jax.tree_util.tree_map(
        lambda s: jax.ShapeDtypeStruct((), s.dtype) if hasattr(s, "shape") else s, tree)

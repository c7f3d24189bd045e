# SPDX-License-Identifier: Apache-2.0
"""Rules that branch on their arguments' values (``if x > 0:``): proved at the point of use.

Such a rule cannot be traced at an abstract signature (nor proved at one when it takes PRNG
keys as nondiff arguments: no symbol stands for a key, and the random bits are values of the
point), and JAX itself runs it only where the primal arguments are concrete (eagerly, under
``grad``/``jvp``/``vjp`` of concrete values).
There each call is its own instance: the rule's ``jvp`` (or its ``fwd``, then its ``bwd`` at
fwd's residuals) is traced with the primal values fixed, over the tangents (cotangents) only,
and JAX's linearization of the primal at the same values, ``y0, lin``, is the reference. The
obligations are certjax's usual ones, stated on a *point rule* built from those jaxprs, over
placeholder primal inputs ``u`` of the rule's shapes, assumed 0 (so a counterexample, and its
confirmation in float64, is at the point itself):

* primal ``P(u) = y0 + lin(u)``: its value at ``u = 0`` is the primal's at the point, and its
  derivative (anywhere) is the primal's derivative at the point;
* jvp ``(u; t) -> (p + lin(u), T(t))``, where ``(p, T(t))`` is the rule's jaxpr at the point;
  fwd ``u -> (out + lin(u), ())`` and bwd ``(_, g) -> B(g)`` likewise.

So ``primal``/``fwd`` prove ``p == y0`` (``out == y0``), ``jvp`` proves ``T(t) == lin(t)`` for
every ``t`` and ``vjp`` ``B(g)_i == sum_j g_j lin(e_i)_j`` for every ``g``: the rule at that
point against JAX's derivative of the primal at that point. What then runs is the rule's jaxpr
at the point, the one proved. A counterexample is shown at the point's values. The certificate
lists the point as an assumption item, and says the instance is first-order only.

>>> import jax, jax.numpy as jnp, certjax
>>> @certjax.custom_jvp
... def f(x):
...     return jnp.sin(x) if x > 0 else jnp.cos(x)
>>> @f.defjvp
... def f_jvp(primals, tangents):
...     (x,), (t,) = primals, tangents
...     return f(x), (jnp.cos(x) if x > 0 else -jnp.sin(x)) * t
>>> round(float(jax.grad(f)(2.0)), 4), [i.shapes for i in f.instances]
(-0.4161, [{'x': 'float32[] at 2'}])
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.extend.core import jaxpr_as_fun

from ._certificate import Certificate
from ._certify import Traced, trace_jvp, trace_vjp
from ._confirm import _fmt
from ._spec import _shape_text, _trace, param_names
from ._vmap_rule import guarded

MSG_POINT = (
    "proved at the point {point} only: the rule branches on its arguments' values (Python "
    "control flow), so each point JAX runs it at is an instance of its own; the reference is "
    "JAX's linearization of the primal there (its primitives' derivatives are not "
    "cross-checked with certjax's table)")
MSG_FIRST_ORDER = "a rule proved at a point (Python control flow on values) is first-order only"


def is_key(x: Any) -> bool:
    """Whether ``x`` is a PRNG key array (``jax.random.key``): no symbol stands for one."""
    return hasattr(x, "dtype") and jax.dtypes.issubdtype(x.dtype, jax.dtypes.prng_key)


def _shown(v: Any) -> Any:
    """A nondiff value as a counterexample shows it: arrays in float64, keys by their type."""
    leaves = jax.tree_util.tree_leaves(v)
    if any(is_key(x) for x in leaves):
        return jax.typeof(v).str_short() if is_key(v) else "PRNG keys"
    if leaves and hasattr(leaves[0], "shape"):
        return jax.tree_util.tree_map(lambda a: np.asarray(a, np.float64), v)
    return v


def concrete(tree: Any) -> bool:
    """Whether no leaf of ``tree`` is a tracer: JAX gives the rule values, not abstractions."""
    return not any(isinstance(x, jax.core.Tracer) for x in jax.tree_util.tree_leaves(tree))


def _named(fn: Callable, names: Sequence[str]) -> Callable:
    """``fn`` with this positional signature: the proof names its inputs after the rule's."""
    kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
    fn.__signature__ = inspect.Signature([inspect.Parameter(n, kind) for n in names])
    return fn


def _at(what: str, rule: str, fn: Callable, sig: Sequence[Any]) -> tuple[Any, Any]:
    """``fn``'s jaxpr over ``sig``; what it closes over is concrete, so Python control flow
    on those values is decided while tracing (the branch taken is the one proved)."""
    with jax.ensure_compile_time_eval():
        return _trace(what, rule, fn, sig, sig)


def _sds(x: Any) -> jax.ShapeDtypeStruct:
    aval = jax.typeof(x)
    return jax.ShapeDtypeStruct(aval.shape, aval.dtype, weak_type=aval.weak_type)


def _unflatten(shape: Any, flat: Sequence[Any]) -> Any:
    return jax.tree_util.tree_unflatten(jax.tree_util.tree_structure(shape), flat)


def _add(a: Any, b: Any) -> Any:
    return jax.tree_util.tree_map(jnp.add, a, b)


def _at_zero(names: Sequence[str]) -> Callable:
    """The point rule's domain: its placeholders are 0, so every model Z3 gives, and every
    confirmation of one, is at the point itself (``P(0) = y0``, the rule's own values)."""
    return _named(lambda *u: jnp.all(jnp.stack(
        [jnp.all(x == 0) for x in jax.tree_util.tree_leaves(u)])), names)


@dataclasses.dataclass
class Point:
    """A rule's arguments fixed at one point, and JAX's linearization of its primal there."""

    names: list[str]  # the differentiable arguments' names
    x0: list[Any]  # their values
    y0: Any  # the primal's value there
    lin: Callable  # JAX's linearization of the primal there
    sig: list[Any]  # the differentiable arguments' abstract values (and their tangents')
    nondiff: dict[str, Any]  # the nondiff arguments' values by name, in order
    order: list[str]  # all arguments' names, in order
    args: list[Any]  # all arguments, in order

    def values(self) -> dict[str, Any]:
        """Each array leaf of the point by its symbol name (``x``, ``xs[0]``), in float64."""
        out = {}
        for name, v in zip(self.names, self.x0, strict=True):
            for path, leaf in jax.tree_util.tree_flatten_with_path(v)[0]:
                out[name + jax.tree_util.keystr(path)] = np.asarray(leaf, np.float64)
        return out

    def shapes(self) -> dict[str, str]:
        """``x: float32[] at 2``, for the instance's description."""
        sds = [s for x in self.sig for s in jax.tree_util.tree_leaves(x)]
        out = {k: f"{_shape_text(s)} at {_fmt(v)}"
               for (k, v), s in zip(self.values().items(), sds, strict=True)}
        for k, v in self.nondiff.items():
            if is_key(v):
                out[k] = f"{jax.typeof(v).str_short()} (a PRNG key)"
            else:
                out[k] = (f"{_shape_text(_sds(v))} at {_fmt(v)}" if hasattr(v, "shape")
                          else f"static {v!r}")
        return out


def point(fun: Callable, args: Sequence[Any], nondiff_argnums: Sequence[int]) -> Point:
    """JAX's linearization of ``fun`` at ``args`` (concrete), w.r.t. the differentiable ones."""
    diff = [i for i in range(len(args)) if i not in nondiff_argnums]
    names = param_names(fun, len(args))

    def at(*d: Any) -> Any:
        full = list(args)
        for i, v in zip(diff, d, strict=True):
            full[i] = v
        return fun(*full)

    x0 = [args[i] for i in diff]
    y0, lin = jax.linearize(at, *x0)
    return Point([names[i] for i in diff], x0, y0, lin,
                 [jax.tree_util.tree_map(_sds, x) for x in x0],
                 {names[i]: args[i] for i in sorted(nondiff_argnums)}, names, list(args))


def trace_jvp_at(pt: Point, jvp: Callable, rule: str, rlimit: int) -> tuple[Traced, Callable]:
    """The point rule of a JVP rule (see the module), and what runs: tangents -> (p, T(t))."""
    jvp_j, shape = _at("jvp", rule, lambda *t: jvp(*pt.nondiff.values(), tuple(pt.x0), tuple(t)),
                       pt.sig)
    run_j = jaxpr_as_fun(guarded(jvp_j, f"{rule} at its point"))  # (tangents may be batched)
    run = lambda *t: _unflatten(shape, run_j(*jax.tree_util.tree_leaves(t)))  # noqa: E731

    def primal(*u: Any) -> Any:
        return _add(pt.y0, pt.lin(*u))

    def rule_at(primals: tuple, tangents: tuple) -> Any:
        out = run(*tangents)
        if not (isinstance(out, tuple | list) and len(out) == 2):
            return out  # (malformed: trace_jvp says so)
        return _add(out[0], pt.lin(*primals)), out[1]

    rule_at.__name__ = getattr(jvp, "__name__", "jvp")
    t = trace_jvp(_named(primal, pt.names), rule_at, signature=pt.sig, rlimit=rlimit,
                  name=rule, assume=_at_zero(pt.names))
    return t, run


def trace_vjp_at(pt: Point, fwd: Callable, bwd: Callable, rule: str, rlimit: int
                 ) -> tuple[Traced, Any, Callable]:
    """The point rule of a VJP rule (see the module); fwd's output there, and what runs at
    bwd time: cotangent -> bwd's output at fwd's residuals."""
    fwd_j, fwd_shape = _at("fwd", rule, lambda: fwd(*pt.args), [])
    done = _unflatten(fwd_shape, jaxpr_as_fun(fwd_j)())
    if not (isinstance(done, tuple | list) and len(done) == 2):
        done = (done, ())  # (malformed: trace_vjp says so, on the point rule)
    out0, res0 = done
    g_sig = jax.tree_util.tree_map(_sds, pt.y0)
    bwd_j, bwd_shape = _at("bwd", rule, lambda g: bwd(*pt.nondiff.values(), res0, g), [g_sig])
    run_j = jaxpr_as_fun(guarded(bwd_j, f"{rule} at its point"))  # (cotangents may be batched)
    run = lambda g: _unflatten(bwd_shape, run_j(*jax.tree_util.tree_leaves(g)))  # noqa: E731

    def primal(*u: Any) -> Any:
        return _add(pt.y0, pt.lin(*u))

    def fwd_at(*u: Any) -> Any:
        out, _ = _unflatten(fwd_shape, jaxpr_as_fun(fwd_j)())
        return _add(out, pt.lin(*u)), ()

    def bwd_at(_: Any, g: Any) -> Any:
        return run(g)

    fwd_at.__name__ = getattr(fwd, "__name__", "fwd")
    bwd_at.__name__ = getattr(bwd, "__name__", "bwd")
    t = trace_vjp(_named(primal, pt.names), _named(fwd_at, pt.names), bwd_at,
                  signature=pt.sig, rlimit=rlimit, name=rule, assume=_at_zero(pt.names))
    return t, out0, run


def at_point(cert: Certificate, pt: Point) -> Certificate:
    """``cert`` of a point rule, as the rule's at that point: the placeholders' values in a
    counterexample are the point's, the point is an assumption item, second order unproved."""
    args = {**dict(zip(pt.names, pt.x0, strict=True)), **pt.nondiff}
    args = {k: _shown(args[k]) for k in pt.order}
    obs = []
    for o in cert.obligations:
        if o.counterexample:
            old = ", ".join(f"{k}={_fmt(v)}" for k, v in o.counterexample.items())
            rest = {k: v for k, v in o.counterexample.items() if k not in args}
            cex = {**args, **rest}
            new = ", ".join(f"{k}={_fmt(v)}" for k, v in cex.items())
            o = dataclasses.replace(o, counterexample=cex, reason=o.reason.replace(old, new))
        obs.append(o)
    text = ", ".join(f"{k}={_fmt(v)}" for k, v in pt.values().items())
    return dataclasses.replace(
        cert, obligations=obs, shapes=pt.shapes(),
        assumptions=[*cert.assumptions, MSG_POINT.format(point=text)],
        second_order={"verdict": "unproved", "reason": MSG_FIRST_ORDER})

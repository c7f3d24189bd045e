# SPDX-License-Identifier: Apache-2.0
"""Cross-check the reference: JAX's JVP of each primitive against certjax's table.

An obligation's reference derivative is JAX's JVP of the primal body. For every equation of
the primal (inside ``jit``, ``cond``, custom rules' bodies: at every depth) whose primitive
has an entry in ``_derivatives``, the obligation ``reference`` is proved once per primitive
instance (name, parameters, operand types; an elementwise one at scalar operands):

    jvp(P)(x, t) == sum_k dP/dx_k(x) t_k      (the table's derivative)

over every ``x`` where both sides are defined, kinks excluded. A disagreement is reported as
"JAX's derivative of primitive P differs from its mathematical derivative at x = ...", and
the rule is then *unproved*, never proved against the wrong reference. Instances are cached
by the text of JAX's traced JVP (a patched JVP rule gives another text, hence a new check).
"""

from __future__ import annotations

import inspect
import math
from typing import Any

import jax
import jax.extend
import jax.numpy as jnp
import numpy as np

from ._confirm import _float64
from ._derivatives import BILINEAR, LINEAR, PARTIALS, REDUCTIONS
from ._ir import Builder
from ._library_match import UNKNOWN, identify
from ._obligation import DEFAULT_RLIMIT, Obligation, fresh_context, prove
from ._translate import CALL_PARAMS, Context, symbols, translate_jaxpr

MAX_LINEAR_SIZE = 64  # larger linear/bilinear instances are not checked (listed as trusted)
_CHECKED: dict[str, tuple[str, str]] = {}  # jvp jaxpr text -> (verdict, reason)
_NAMES = ("x", "y", "z")


def _float(aval: Any) -> bool:
    return np.issubdtype(np.dtype(aval.dtype), np.floating)


def _eqns(closed: Any, known: list[Any] | None = None):
    """Every equation, at every depth, but the bodies of ``_library`` functions' calls.

    Such a call is read as the function and differentiated by the table's identity, so its
    body's primitives are no part of the reference (``known``: the arguments' constant
    values, as ``translate_jaxpr`` tracks them, to identify the call).
    """
    jaxpr = closed.jaxpr if hasattr(closed, "consts") else closed
    concrete = dict(zip(jaxpr.constvars, getattr(closed, "consts", []), strict=True))
    concrete.update({v: c for v, c in zip(jaxpr.invars, known or [], strict=False)
                     if c is not UNKNOWN})

    def value(v: Any) -> Any:
        if isinstance(v, jax.extend.core.Literal):
            return v.val
        return concrete.get(v, UNKNOWN)

    for eqn in jaxpr.eqns:
        name = eqn.primitive.name
        values = [value(v) for v in eqn.invars]
        if name == "custom_jvp_call" and identify(eqn, values) is not None:
            continue
        yield eqn
        if name in CALL_PARAMS:
            yield from _eqns(eqn.params[CALL_PARAMS[name]], values)
            continue
        for sub in jax.extend.core.jaxprs_in_params(eqn.params):
            yield from _eqns(sub)


def check_reference(primal_j: Any, rlimit: int = DEFAULT_RLIMIT) -> dict[str, Any]:
    """``{"verdict", "reason", "checked", "trusted"}`` for the primitives of ``primal_j``."""
    checked: set[str] = set()
    trusted: set[str] = set()
    for eqn in _eqns(primal_j):
        name = eqn.primitive.name
        avals = [v.aval for v in eqn.invars]
        if not any(_float(a) for a in avals) or not all(_float(v.aval) for v in eqn.outvars):
            continue  # no tangent flows through (comparisons, integer arithmetic)
        if not any(name in table for table in (PARTIALS, LINEAR, BILINEAR, REDUCTIONS)):
            if not jax.extend.core.jaxprs_in_params(eqn.params):
                trusted.add(name)
            continue
        if name in PARTIALS:
            avals = [jax.core.ShapedArray((), a.dtype, weak_type=a.weak_type) for a in avals]
        elif sum(math.prod(a.shape) for a in avals) > MAX_LINEAR_SIZE:
            trusted.add(name)
            continue
        verdict, reason = _check(eqn.primitive, dict(eqn.params), avals, rlimit)
        if verdict in ("proved", "skipped"):
            (checked if verdict == "proved" else trusted).add(name)
            continue
        return {"verdict": verdict, "reason": reason, "checked": sorted(checked),
                "trusted": sorted(trusted)}
    return {"verdict": "proved", "reason": "", "checked": sorted(checked),
            "trusted": sorted(trusted)}


def _bind(prim: Any, params: dict, args: list[Any]) -> Any:
    return prim.bind(*args, **params)


def _check(prim: Any, params: dict, avals: list[Any], rlimit: int) -> tuple[str, str]:
    name = prim.name
    diff = [k for k, a in enumerate(avals) if _float(a)]
    sds = [jax.ShapeDtypeStruct(a.shape, a.dtype, weak_type=a.weak_type) for a in avals]

    def jvp_of(*a):
        xs, ts = list(a[: len(avals)]), a[len(avals):]

        def f(*d):
            full = list(xs)
            for k, v in zip(diff, d, strict=True):
                full[k] = v
            return _bind(prim, params, full)

        return jax.jvp(f, [xs[k] for k in diff], list(ts))[1]

    def math_of(*a):
        xs, ts = list(a[: len(avals)]), list(a[len(avals):])
        if name in PARTIALS:
            fn = PARTIALS[name][1]
            kw = [p.name for p in inspect.signature(fn).parameters.values()
                  if p.kind == p.KEYWORD_ONLY]
            parts = fn(*xs, **{k: params[k] for k in kw})
            out = None
            for k, t in zip(diff, ts, strict=True):
                if parts[k] is None:
                    continue
                term = parts[k] * t
                out = term if out is None else out + term
            return out if out is not None else jnp.zeros_like(_bind(prim, params, xs))
        if name in REDUCTIONS:
            return REDUCTIONS[name][1](xs[0], ts[0], axes=tuple(params["axes"]))
        if name in LINEAR:
            full = list(xs)
            for k, t in zip(diff, ts, strict=True):
                full[k] = t
            return _bind(prim, params, full)
        a0 = list(xs)
        a0[diff[0]] = ts[0]
        out = _bind(prim, params, a0)
        for k, t in zip(diff[1:], ts[1:], strict=True):
            ak = list(xs)
            ak[k] = t
            out = out + _bind(prim, params, ak)
        return out

    tsds = [sds[k] for k in diff]
    try:
        jvp_j = jax.make_jaxpr(jvp_of)(*sds, *tsds)
        math_j = jax.make_jaxpr(math_of)(*sds, *tsds)
    except Exception as e:  # noqa: BLE001 - cannot form the check: say so, trust JAX
        return "skipped", f"not checked ({type(e).__name__})"
    key = str(jvp_j) + "\0" + str(math_j)
    if key in _CHECKED:
        return _CHECKED[key]
    b = Builder()
    ctx = Context(b, opaque_stop_gradient=False)
    names = [_NAMES[k] if k < len(_NAMES) else f"x{k}" for k in range(len(avals))]
    X = [symbols(ctx, nm, a.shape) for nm, a in zip(names, avals, strict=True)]
    T = [symbols(ctx, "d" + names[k], avals[k].shape) for k in diff]
    try:
        (J,) = translate_jaxpr(ctx, jvp_j, [*X, *T])
        (M,) = translate_jaxpr(ctx, math_j, [*X, *T])
    except Exception as e:  # noqa: BLE001 - e.g. a primitive the table's formula needs
        out = ("skipped", f"not checked ({type(e).__name__})")
        _CHECKED[key] = out
        return out
    pairs = list(zip(np.ravel(J), np.ravel(M), strict=True))
    inputs = [n for nm, a in zip(names, avals, strict=True) for n in _flat_names(nm, a.shape)]
    inputs += [n for k in diff for n in _flat_names("d" + names[k], avals[k].shape)]
    discrete = frozenset(n for nm, a in zip(names, avals, strict=True) if not _float(a)
                         for n in _flat_names(nm, a.shape))

    def values(point, at):
        with _float64():
            xs = [_arr(point, nm, a) for nm, a in zip(names, avals, strict=True)]
            xr = [_arr(at, nm, a) for nm, a in zip(names, avals, strict=True)]
            ts = [_arr(point, "d" + names[k], avals[k]) for k in diff]
            return [jvp_of(*xs, *ts)], [math_of(*xr, *ts)]

    def confirm(point):
        try:
            got, ref = values(point, point)
        except Exception as e:  # noqa: BLE001
            return False, f"error: {e}"
        a, c = np.asarray(got[0], np.float64), np.asarray(ref[0], np.float64)
        if not (np.all(np.isfinite(a)) and np.all(np.isfinite(c))):
            return False, "non-finite"
        return bool(np.any(np.abs(a - c) > 1e-6 * (np.abs(a) + np.abs(c)) + 1e-9)), ""

    ob = Obligation("reference", "equal", pairs, [], [t for _, t in pairs],
                    [t for t, _ in pairs], inputs, confirm,
                    f"JAX's JVP of {name} == its derivative in certjax's table",
                    discrete=discrete, boundary="derivative", values=values)
    r = prove(ob, b, rlimit=rlimit, zctx=fresh_context())
    if r.verdict == "refuted" and r.point is not None:
        at = ", ".join(f"{k} = {v:.6g}" for k, v in r.point.items())
        out = ("unproved", f"JAX's derivative of primitive {name} differs from its "
               f"mathematical derivative at {at}" + _params_text(params))
    elif r.verdict == "proved":
        out = ("proved", "")
    else:
        out = ("unproved", f"JAX's derivative of primitive {name} not shown equal to its "
               f"mathematical derivative ({r.reason})")
    _CHECKED[key] = out
    return out


def _params_text(params: dict) -> str:
    small = {k: v for k, v in params.items() if isinstance(v, int | float | bool)}
    return f" ({', '.join(f'{k}={v}' for k, v in small.items())})" if small else ""


def _flat_names(base: str, shape: tuple[int, ...]) -> list[str]:
    if not shape:
        return [base]
    return [base + "[" + ",".join(map(str, idx)) + "]" for idx in np.ndindex(shape)]


def _arr(point: dict[str, float], name: str, aval: Any) -> Any:
    dt = np.float64 if _float(aval) else np.dtype(aval.dtype)
    vals = np.asarray([point.get(n, 0.0) for n in _flat_names(name, aval.shape)])
    return jnp.asarray(vals.astype(dt).reshape(aval.shape))


def reference_failed(cert: Any) -> Any:
    """``cert`` with its derivative obligation unproved: its reference is not the derivative."""
    import dataclasses

    reason = cert.reference["reason"]
    obs = [dataclasses.replace(o, verdict="unproved", reason=reason)
           if o.name in ("vjp", "jvp") else o for o in cert.obligations]
    return dataclasses.replace(cert, obligations=obs, verdict="unproved")

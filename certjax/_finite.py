# SPDX-License-Identifier: Apache-2.0
"""Obligation ``finite``: a rule's outputs are finite in its dtype wherever the primal is.

Over every input that is finite in its dtype and at which the primal's value and its
reference derivative (``g . J`` for a VJP rule, ``J . v`` for a JVP rule) are at most
``THETA * max`` of their dtypes in magnitude (and defined), no float execution of the rule
gives a NaN or +-inf: not in fwd's primal output, not in any cotangent bwd returns (computed
from the residuals as fwd's float execution left them), not in a JVP rule's primal or
tangent output. The rule's float executions are those of the float model
(``_float_model.shadow``), in the dtypes its jaxprs compute in; a ``where`` keeps a NaN of a
discarded branch only if IEEE propagation brings it to an output.

A counterexample is confirmed by running the rule's own functions **in its dtype** (and the
primal and reference derivative in float64) before it is reported; a model that does not
reproduce is blocked and Z3 asked again, and then an ``unsat`` is no proof (``unproved``).
``CERTJAX_FINITE=0`` in the environment leaves the obligation out (benchmarks).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import jax
import numpy as np
from jax.extend import core as jcore

from ._float_model import (
    _STRUCTURAL,
    THETA,
    NoFloatModel,
    S,
    is_float,
    limits,
    nonfinite,
    shadow,
)
from ._float_state import _arr
from ._obligation import Obligation
from ._translate import Context, translate_jaxpr

ASSUMPTION = (
    "float model (obligation 'finite'): each intermediate's float value is its real value "
    "within the rounding bands of facts float_range/float_cancellation (4 eps relative); "
    "errors accumulated over several operations beyond those bands are not modelled; the "
    "same operations on the same values round alike in the primal and in the rule")


LOST_QUERIES = 4  # the search for a lost derivative: solver queries (a finding, not a proof)
# a lost derivative: JAX's is at least this many smallest normals (away from gradual underflow)
LOST_MARGIN = 2.0
# part of the obligation's budget (``_obligation.FINITE_*``): the float model's jaxpr is
# traced and translated at about 30 us an equation (arithmetic.gemm's 9876: 0.3 s)
MAX_SHADOW_EQNS = 12_000
MAX_SCALAR_OPS = 48  # scalar operations of the rule's jaxprs (estimated before the shadow)


def scalar_ops(closed: Any, seen: set[str] | None = None) -> int:
    """About how many scalar float operations ``closed`` performs (a dot: m * n * k).

    Moving data (a transpose, a broadcast...) is no float operation; a jaxpr already in
    ``seen`` (fwd calling the primal: the same operations on the same values, one float
    model) is counted once."""
    jaxpr = closed.jaxpr if hasattr(closed, "jaxpr") else closed
    if seen is not None:
        key = str(jaxpr)
        if key in seen:
            return 0
        seen.add(key)
    n = 0
    for eqn in jaxpr.eqns:
        for sub in jcore.jaxprs_in_params(eqn.params):
            n += scalar_ops(sub, seen)
        if eqn.primitive.name in _STRUCTURAL or not any(
                is_float(v.aval.dtype) for v in eqn.outvars):
            continue
        size = max((int(np.prod(v.aval.shape)) for v in eqn.outvars), default=1)
        if eqn.primitive.name == "dot_general":
            (lc, _), _ = eqn.params["dimension_numbers"]
            size *= int(np.prod([eqn.invars[0].aval.shape[d] for d in lc]))
        elif eqn.primitive.name.startswith("reduce_"):
            size = int(np.prod(eqn.invars[0].aval.shape))
        n += size
    return n


def enabled() -> bool:
    return os.environ.get("CERTJAX_FINITE", "1") != "0"


def dtypes_of(avals: list[Any]) -> list[str]:
    """The float dtypes among ``avals``, in order, once each."""
    out: list[str] = []
    for a in avals:
        if is_float(a.dtype) and np.dtype(a.dtype).name not in out:
            out.append(np.dtype(a.dtype).name)
    return out


def _within(b, nodes, dtype, theta: float = 1.0) -> list:
    m = Fraction(limits(dtype).max) * Fraction(theta)
    lo, hi = b.const(-m), b.const(m)
    return [c for n in nodes for c in (b.cmp("le", lo, n), b.cmp("le", n, hi))]


def _unit(b, n) -> list:
    return [b.cmp("le", b.const(-1), n), b.cmp("le", n, b.const(1))]


def _normal(b, n, dtype) -> list:
    """``n == 0`` or ``|n| >= smallest normal`` (subnormal inputs are not claimed)."""
    if n.op != "var":
        return []
    t = Fraction(limits(dtype).tiny)
    return [b.or_(b.cmp("eq", n, b.const(0)), b.or_(b.cmp("le", b.const(t), n),
                                                    b.cmp("le", n, b.const(-t))))]


def _shadow_flags(ctx: Context, fn: Callable, avals: list[Any], args: list) -> list:
    """``fn`` (shadow states in, flag arrays out) traced in float64 and translated."""
    sds = [jax.ShapeDtypeStruct(a.shape, np.float64 if is_float(a.dtype) else a.dtype)
           for a in avals]
    with jax.enable_x64(True):
        closed = jax.make_jaxpr(fn)(*sds)
    if len(closed.jaxpr.eqns) > MAX_SHADOW_EQNS:  # (its translation: see MAX_SHADOW_EQNS)
        raise NoFloatModel(f"float-safety budget spent: a float model of "
                           f"{len(closed.jaxpr.eqns)} equations (budget {MAX_SHADOW_EQNS})")
    ctx.b.facts |= {"float_range", "float_ieee", "float_cancellation", "float_functions"}
    return [n for out in translate_jaxpr(ctx, closed, args) for n in out.flat]


def _input(v) -> S:
    return S(v, None, None, None, v == 0 if is_float(v.dtype) else None)


def obligation(ctx: Context, *, kind: str, jaxprs: dict[str, Any], avals: list[Any],
               args: list, split: Callable, n_out: int, primal: list, out_avals: list,
               refs: list, ref_dtypes: list, assume: list, inputs: list[str],
               confirm: Callable, discrete: frozenset[str], ref_j: Any, n_x: int,
               ref_tangents: Callable, find_lost: Callable | None = None) -> Obligation | None:
    """The ``finite`` obligation of one instance, or None when it is switched off.

    ``args``: the IR inputs (primal leaves, then cotangents or tangents) and ``avals`` their
    abstract values; ``split(leaves)`` gives ``(fwd operands, bwd operands before the
    residuals, cotangents)`` for a VJP rule (``(jvp operands,)`` for a JVP rule).
    """
    if not enabled():
        return None
    started = time.process_time()
    b = ctx.b

    n_hyp, n_fin = [], []

    def fn(*leaves):
        ins = [_input(x) for x in leaves]
        parts = split(ins)
        hyp = [nonfinite(s) for s in shadow(jaxprs["primal"], parts[0][:n_x])]
        n_p = len(ref_j.jaxpr.outvars) // 2
        ref_vals = []  # JAX's derivative over the reals, per element of the rule's derivative
        for tangents in ref_tangents(ins):  # JAX's derivative, in float, per basis tangent
            col = shadow(ref_j, [*parts[0][:n_x], *tangents])
            hyp += [nonfinite(s) for s in col]
            if kind == "vjp":  # g . J, one element per basis tangent
                ref_vals.append(sum(jax.numpy.sum(g.v * c.v) for g, c in
                                    zip(parts[2], col[n_p:], strict=True)))
            else:
                ref_vals += [jax.numpy.ravel(c.v) for c in col[n_p:]]
        if kind == "vjp":
            fwd_in, nd, gs = parts
            F = shadow(jaxprs["fwd"], fwd_in)
            B = shadow(jaxprs["bwd"], [*nd, *F[n_out:], *gs])
            outs, derivs = F[:n_out] + B, B
            d_dt = [v.aval.dtype for v in jaxprs["bwd"].jaxpr.outvars]
        else:
            outs = shadow(jaxprs["jvp"], parts[0])
            derivs = outs[n_out:]
            d_dt = [v.aval.dtype for v in jaxprs["jvp"].jaxpr.outvars[n_out:]]
        n_hyp[:] = [sum(int(np.prod(jax.numpy.shape(h))) for h in hyp)]
        fin = [nonfinite(s) for s in outs]
        n_fin[:] = [sum(int(np.prod(jax.numpy.shape(h))) for h in fin)]
        return hyp + fin + _lost(derivs, d_dt, ref_vals)

    names = dtypes_of(avals + out_avals)
    # primal inputs: any finite float; cotangents / tangents: in [-1, 1] (a rule is linear in
    # them, so a larger one scales the outputs; an overflow that needs |g| near max is no bug
    # of the rule)
    hyps = [c for k, (a, x) in enumerate(zip(avals, args, strict=True)) if is_float(a.dtype)
            for n in x.flat for c in (_within(b, [n], a.dtype) if k < n_x else _unit(b, n))
            + _normal(b, n, a.dtype)]
    hyps += [c for p, a in zip(primal, out_avals, strict=True) if is_float(a.dtype)
             for c in _within(b, list(p.flat), a.dtype, THETA)]
    hyps += [c for r, d in zip(refs, ref_dtypes, strict=True) for c in _within(b, [r], d, THETA)]
    statement = (f"outputs finite in {', '.join(names) or 'no float dtype'} wherever the "
                 "inputs are 0 or normal floats (cotangents, tangents in [-1, 1]), the primal "
                 f"and JAX's derivative are finite there and |primal|, |derivative| <= "
                 f"{THETA} max")
    try:
        seen: set[str] = set()
        ops = sum(scalar_ops(jaxprs[k], seen) for k in ("primal", "fwd", "bwd", "jvp")
                  if k in jaxprs)
        if ops > MAX_SCALAR_OPS:
            raise NoFloatModel(f"float-safety budget spent: about {ops} scalar operations "
                               f"(budget {MAX_SCALAR_OPS})")
        flags = _shadow_flags(ctx, fn, avals, args)
        reason = ""
    except NoFloatModel as e:
        flags, n_hyp = [b.boolean(True)], [0]
        reason = str(e) if "budget" in str(e) else f"no float model: {e}"
    except Exception as e:  # noqa: BLE001 - float safety never breaks the rule's own verdict
        flags, n_hyp = [b.boolean(True)], [0]
        reason = f"float model failed: {type(e).__name__}: {str(e).splitlines()[0][:200]}"
    lowered = [b.not_(f) for f in flags[:n_hyp[0]]]
    n_f = n_hyp[0] + (n_fin[0] if n_fin else len(flags))
    ob = Obligation("finite", "finite", [], assume + hyps, primal_nodes(primal) + refs,
                    flags[n_hyp[0]:n_f], inputs, confirm, statement, discrete=discrete,
                    lowered=lowered)
    ob.unsupported = reason
    ob.built_s = time.process_time() - started  # its own building, charged to its backstop
    ob.float_dtypes = names  # type: ignore[attr-defined]
    # point 3 of issue 13: a derivative that rounds to 0 (or subnormal) where JAX's is a
    # normal number of the dtype: searched for (a finding, never a refusal)
    ob.lost = None  # type: ignore[attr-defined]
    if not reason and flags[n_f:] and find_lost is not None:
        ob.lost = Obligation(  # type: ignore[attr-defined]
            "lost", "finite", [], assume + hyps, primal_nodes(primal) + refs, flags[n_f:],
            inputs, find_lost, "a derivative of the rule is 0 or subnormal in its dtype where "
            "JAX's derivative is a normal number", discrete=discrete, lowered=lowered)
    return ob


def _lost(derivs: list[S], dtypes: list[Any], ref_vals: list) -> list:
    """Per element of the rule's derivative outputs: "may round to 0 or a subnormal, where
    JAX's derivative (over the reals) is at least the dtype's smallest normal" (empty when
    the rule's outputs do not line up with JAX's derivative element by element)."""
    import jax.numpy as jnp

    if not ref_vals:
        return []
    ref = jnp.concatenate([jnp.ravel(jnp.asarray(r)) for r in ref_vals])
    if len(derivs) != len(dtypes) or sum(
            int(np.prod(jnp.shape(d.v))) for d in derivs) != ref.shape[0]:
        return []
    out, k = [], 0
    for d, dt in zip(derivs, dtypes, strict=True):
        n = int(np.prod(jnp.shape(d.v)))
        if is_float(dt) and d.z is not None:
            lim = limits(dt)
            r = ref[k : k + n].reshape(jnp.shape(d.v))
            t = LOST_MARGIN * lim.tiny
            out.append(_arr(d.zero, jnp.shape(d.v)) & ((r > t) | (r < -t)))
        k += n
    return out


def primal_nodes(primal: list) -> list:
    return [t for p in primal for t in p.flat]


def float_fields(records: list, obs: list, lost: str = "") -> dict[str, Any]:
    """The certificate's float-safety fields from the ``finite`` record (if any)."""
    for rec, ob in zip(records, obs, strict=False):
        if rec.name == "finite":
            names = list(getattr(ob, "float_dtypes", []))
            note = rec.reason if rec.verdict != "proved" else ""
            return {"float_safety": rec.verdict, "float_dtypes": names, "float_note": note,
                    "float_finding": lost}
    return {}


def find_lost(obs: list, results: list, b: Any, rlimit: int, zctx: Any) -> str:
    """Point 3 of issue 13: the confirmed point where a derivative of the rule is 0 or
    subnormal in its dtype while JAX's derivative is a normal number ("" if none found
    within :data:`LOST_QUERIES`). Searched only where obligation ``finite`` was decided."""
    from ._obligation import prove

    for ob, r in zip(obs, results, strict=False):
        lost = getattr(ob, "lost", None)
        if ob.name != "finite" or lost is None or r.verdict not in ("proved", "refuted"):
            continue
        lost.queries = LOST_QUERIES
        found = prove(lost, b, rlimit=rlimit, keep_smt2=False, zctx=zctx)
        if found.verdict == "refuted" and found.point is not None:
            return found.detail
    return ""

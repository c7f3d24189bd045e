# SPDX-License-Identifier: Apache-2.0
"""Discharge the obligations of one traced rule (``_certify.Traced``) into a certificate.

``_prove_vjp`` builds, for a VJP rule, ``fwd``, ``vjp`` and ``defined`` (and ``finite``, float
safety); ``_prove_jvp`` builds ``primal``, ``jvp`` and ``defined`` (and ``finite``) for a JVP
rule; :func:`_discharge` proves them with Z3, confirms counterexamples by running the rule
(``_confirm``, ``_closed_over``) and assembles the :class:`~certjax._certificate.Certificate`.
The obligations themselves are stated in ``_certify``'s module docstring.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import jax
import numpy as np

from . import (
    _lax_rules,  # noqa: F401  (fills the translation table)
    _stated,
)
from ._certificate import (
    BASE_ASSUMPTIONS,
    Certificate,
    ObligationRecord,
    facts_table,
    versions,
)
from ._closed_over import ClosedOver, confirmed, on_rule, shown_text
from ._confirm import _call, _compare, _finite, _float64
from ._errors import (
    UnsupportedPrimitive,
)
from ._finite import ASSUMPTION as FLOAT_ASSUMPTION
from ._finite import find_lost, float_fields
from ._finite_instance import jvp_obligation, vjp_obligation
from ._inline import eval_inlined, has_custom_rules
from ._ir import Builder
from ._obligation import Obligation, Result, fresh_context, prove
from ._spec import (
    _names,
    _shape_text,
    _Spec,
    _trace,
    float0_tangent,
)
from ._translate import Context, symbols, translate_jaxpr

if TYPE_CHECKING:
    from ._certify import Traced


def _defined_statement(rule: str) -> str:
    return (f"{rule} and its derivative defined => rule defined "
            "(on a split boundary: where both sides' formulas are)")


def _prove_vjp(t: Traced, rlimit: int, keep_smt2: bool) -> Certificate:
    rule, spec, key, t0 = t.rule, t.spec, t.key, t.t0
    sig = spec.sig
    primal_j, fwd_j, bwd_j = t.jaxprs["primal"], t.jaxprs["fwd"], t.jaxprs["bwd"]
    assume_j, assume = t.jaxprs["assume"], t.extra["assume"]
    fwd, bwd = t.fns["fwd"], t.fns["bwd"]  # (evaluated through ``_closed_over.on_rule``)
    bwd_entries = t.extra["bwd_entries"]
    out_leaves, out_tree = jax.tree_util.tree_flatten(t.shapes["primal"])
    diff_sig = [sig[i] for i in spec.diff]
    ref_j = _stated.derivative_jaxpr(t, lambda src: _trace(
        "the primal", rule, _ref_fn(spec, src), [*sig, *diff_sig], sig)[0])
    t_trace = time.perf_counter() - t0

    g_names = ["g"] if len(out_leaves) == 1 else [f"g{k}" for k in range(len(out_leaves))]
    bwd_name = getattr(bwd, "__name__", "bwd")
    fwd_name = getattr(fwd, "__name__", "fwd")

    def g_values(point):
        gs = [jax.numpy.asarray(np.asarray([point.get(n, 0.0) for n in _names(gn, o.shape)],
                                           dtype=np.float64).reshape(o.shape))
              for gn, o in zip(g_names, out_leaves, strict=True)]
        return jax.tree_util.tree_unflatten(out_tree, gs)

    def cot_of(point):
        g = jax.tree_util.tree_map(lambda x: np.asarray(x).tolist(), g_values(point))
        return {"g": g}

    def build(opaque: bool):
        b = Builder()
        ctx = Context(b, opaque_stop_gradient=opaque)
        Xs = spec.symbols(ctx)
        X = [x for arg in Xs for x in arg]
        P = _translate(ctx, "the primal", rule, primal_j, X)
        F = _translate(ctx, f"fwd '{fwd_name}'", rule, fwd_j, X)
        Fout, Fres = F[: len(P)], F[len(P):]
        cot_zeros = t.extra.get("cot_zeros") or [False] * len(out_leaves)
        G = [np.full(o.shape, b.const(0), dtype=object) if z else symbols(ctx, gn, o.shape)
             for gn, o, z in zip(g_names, out_leaves, cot_zeros, strict=True)]
        nd_leaves = [x for i in spec.nondiff for x in Xs[i]]
        B = _translate(ctx, f"bwd '{bwd_name}'", rule, bwd_j, [*nd_leaves, *Fres, *G])
        B_it = iter(B)
        zero = b.const(0)
        Bfull = [  # per diff argument, per leaf
            [next(B_it) if present else np.full(s.shape, zero, dtype=object)
             for present, (_, s) in zip(entry, spec.arg_leaves(i), strict=True)]
            for entry, i in zip(bwd_entries, spec.diff, strict=True)
        ]
        A = _assume_nodes(ctx, assume_j, X, rule)
        pairs_fwd = [(x, y) for fo, p in zip(Fout, P, strict=True)
                     for x, y in zip(fo.flat, p.flat, strict=True)]
        C = None  # a stated cotangent map: compared with bwd as it is, no dot product
        if "cotangent" in t.jaxprs:
            C_it = iter(_translate(ctx, "the stated cotangent map", rule, t.jaxprs["cotangent"],
                                   [*X, *G]))
            C = [[next(C_it) if present else np.full(s.shape, zero, dtype=object)
                  for present, (_, s) in zip(entry, spec.arg_leaves(i), strict=True)]
                 for entry, i in zip(t.extra["stated_entries"], spec.diff, strict=True)]
        # refs: JAX's derivative (g . J) per cotangent; fin_refs/ref_dt: those of them that
        # bound obligation 'finite' (not a stated cotangent map)
        pairs_vjp, refs, fin_refs, ref_dt = [], [], [], []
        diff_leaves = [(k, j, s) for k, i in enumerate(spec.diff)
                       for j, (_, s) in enumerate(spec.arg_leaves(i))]
        pert = t.extra.get("perturbed")
        for k, j, s in diff_leaves:
            if pert is not None and not pert[spec.diff[k]][j]:
                continue  # JAX drops the cotangent of an input it does not differentiate
            if not jax.numpy.issubdtype(s.dtype, jax.numpy.inexact):
                continue  # an integer input: no tangent, its cotangent is dropped by JAX
            for idx in np.ndindex(s.shape):
                if C is not None:
                    refs.append(C[k][j][idx])
                    pairs_vjp.append((Bfull[k][j][idx], C[k][j][idx]))
                    continue
                V = [np.full(s2.shape, zero, dtype=object) for _, _, s2 in diff_leaves]
                pos = diff_leaves.index((k, j, s))
                V[pos][idx] = b.const(1)
                T = _translate(ctx, "JAX's derivative of the primal", rule, ref_j, [*X, *V])
                acc = zero
                for gk, tk in zip(G, T, strict=True):
                    for gv, tv in zip(gk.flat, tk.flat, strict=True):
                        acc = b.add(acc, b.mul(gv, tv))
                refs.append(acc)
                fin_refs.append(acc)
                ref_dt.append(s.dtype)
                pairs_vjp.append((Bfull[k][j][idx], acc))
        x_names = spec.input_names()
        g_vars = [v.value for gk in G for v in gk.flat if v.op == "var"]
        Pf = [t for p in P for t in p.flat]
        Ff = [t for f in F for t in f.flat]
        Bf = [t for bb in B for t in bb.flat]

        # tracers of an enclosing trace the jaxprs close over: unknowns of the proof, and a
        # model is confirmed on the jaxprs with the model's values for them (_closed_over)
        co = ClosedOver.of(ctx.closed_over(), t)

        def nd_args(args):
            return [args[i] for i in spec.nondiff]

        def confirm_fwd(point):
            def run(view):
                sp, tp = view(point)
                args = sp.args64(point)
                if not sp.in_domain(args):
                    return False, "outside domain"
                return _compare(tp.fns["fwd_c"](*args)[0], tp.fns["fun"](*args))
            return confirmed(t, co, run)

        def cotangents(args, g, fns):
            _, res = fns["fwd_c"](*args)
            return spec.cotangent_leaves(fns["bwd_c"](*nd_args(args), res, g))

        def values_vjp(point, at):  # the rule at ``point``, JAX's derivative at ``at``
            def run(view):
                (sp, tp), (sa, _) = view(point), view(at)
                args, g, ref_args = sp.args64(point), g_values(point), sa.args64(at)
                if not (sp.in_domain(args) and sa.in_domain(ref_args)):
                    return None
                return cotangents(args, g, tp.fns), jax.tree_util.tree_leaves(
                    sa.reference_vjp(ref_args, g))
            with _float64():
                return on_rule(t, co, run)

        def confirm_vjp(point):
            def run(view):
                sp, tp = view(point)
                args, g = sp.args64(point), g_values(point)
                if not sp.in_domain(args):
                    return False, "outside domain"
                ct = cotangents(args, g, tp.fns)
                ref = _stated.reference_vjp(tp, sp, args, g)
                return _compare(_floats(ct, spec), _floats(ref, spec))
            return confirmed(t, co, run)

        def confirm_defined(point):
            def run(view):
                sp, tp = view(point)
                args, g = sp.args64(point), g_values(point)
                if not sp.in_domain(args):
                    return False, "outside domain"
                if not _finite(_floats(_stated.reference_vjp(tp, sp, args, g), spec)):
                    return False, "reference not finite"
                out = tp.fns["fwd_c"](*args)
                return not (_finite(out) and _finite(_floats(
                    cotangents(args, g, tp.fns), spec))), "rule not finite"
            return confirmed(t, co, run)

        obs = [
            Obligation("fwd", "equal", pairs_fwd, A, Pf, Ff, x_names + co.inputs(), confirm_fwd,
                       f"{fwd_name}(x)[0] == {rule}(x)", discrete=spec.discrete,
                       boundary="exact"),
            Obligation("vjp", "equal", pairs_vjp, A, Pf + refs, Ff + Bf,
                       x_names + g_vars + co.inputs(),
                       confirm_vjp, _stated.vjp_statement(t, bwd_name, rule),
                       discrete=spec.discrete, boundary="derivative", values=values_vjp),
            Obligation("defined", "defined", [], A, Pf + refs, Ff + Bf,
                       x_names + g_vars + co.inputs(), confirm_defined, _defined_statement(rule),
                       discrete=spec.discrete),
        ]
        calls = {"fwd": fwd_name, "vjp": bwd_name, "defined": bwd_name, "finite": bwd_name}
        if "reference" in t.jaxprs:
            _stated.given_reference(obs, _stated.reference_obligation(ctx, t, X, P, A, _translate))
            calls["reference"] = getattr(t.extra["stated"].reference, "__name__", "reference")
        obs += [o for o in [vjp_obligation(
            ctx, spec, t, Xs=Xs, G=G, P=P, refs=fin_refs, ref_dtypes=ref_dt, A=A,
            inputs=x_names + g_vars, g_names=g_names, out_leaves=out_leaves, out_tree=out_tree,
            cotangents=cotangents, ref_j=ref_j)] if o is not None]
        return b, ctx, obs, calls, co

    return _discharge("vjp", rule, spec, build, key, t0, t_trace, rlimit, keep_smt2, primal_j,
                      assume, cot_of, source=_source(bwd), stated=t.extra.get("stated"))


def _prove_jvp(t: Traced, rlimit: int, keep_smt2: bool) -> Certificate:
    rule, spec, key, t0 = t.rule, t.spec, t.key, t.t0
    sig = spec.sig
    primal_j, jvp_j, assume_j = t.jaxprs["primal"], t.jaxprs["jvp"], t.jaxprs["assume"]
    jvp, assume = t.fns["jvp"], t.extra["assume"]
    out_leaves, _ = jax.tree_util.tree_flatten(t.shapes["primal"])
    diff_sig = [sig[i] for i in spec.diff]
    ref_j = _stated.derivative_jaxpr(t, lambda src: _trace(
        "the primal", rule, _ref_fn(spec, src), [*sig, *diff_sig], sig)[0])
    ref_j = t.jaxprs["tangent"] if ref_j is None else ref_j  # a stated tangent map
    t_trace = time.perf_counter() - t0
    single = len(spec.diff) == 1
    v_base = {i: "v" if single else f"v_{spec.names[i]}" for i in spec.diff}
    jvp_name = getattr(jvp, "__name__", "jvp")
    nout = len(out_leaves)

    def v_leaf_names(i):
        leaves = spec.arg_leaves(i)
        return [v_base[i] + nm[len(spec.names[i]):] for nm, _ in leaves]

    def tangents64(point):
        ts = []
        for i in spec.diff:
            arrs = [jax.numpy.asarray(np.asarray([point.get(x, 0.0) for x in _names(vn, s.shape)],
                                                 dtype=np.float64).reshape(s.shape))
                    for vn, (_, s) in zip(v_leaf_names(i), spec.arg_leaves(i), strict=True)]
            ts.append(jax.tree_util.tree_unflatten(spec.treedefs[i], arrs))
        return ts

    def cot_of(point):
        ts = tangents64(point)
        return {v_base[i]: jax.tree_util.tree_map(lambda x: np.asarray(x).tolist(), t)
                for i, t in zip(spec.diff, ts, strict=True)}

    def build(opaque: bool):
        b = Builder()
        ctx = Context(b, opaque_stop_gradient=opaque)
        X = [x for arg in spec.symbols(ctx) for x in arg]
        zeros = t.extra.get("zeros") or [[False] * len(spec.arg_leaves(i)) for i in spec.diff]
        # (an integer leaf's tangent is float0: no variable, the zero it stands for)
        V = [np.full(s.shape, b.const(0), dtype=object)
             if z or not jax.numpy.issubdtype(s.dtype, jax.numpy.inexact)
             else symbols(ctx, vn, s.shape)
             for i, zi in zip(spec.diff, zeros, strict=True)
             for vn, (_, s), z in zip(v_leaf_names(i), spec.arg_leaves(i), zi, strict=True)]
        P = _translate(ctx, "the primal", rule, primal_j, X)
        R = _translate(ctx, f"jvp '{jvp_name}'", rule, jvp_j, [*X, *V])
        T = _translate(ctx, "JAX's derivative of the primal", rule, ref_j, [*X, *V])
        A = _assume_nodes(ctx, assume_j, X, rule)
        pairs_p = [(x, y) for r, p in zip(R[:nout], P, strict=True)
                   for x, y in zip(r.flat, p.flat, strict=True)]
        pairs_t = [(x, y) for r, t in zip(R[nout:], T, strict=True)
                   for x, y in zip(r.flat, t.flat, strict=True)]
        x_names = spec.input_names()
        v_vars = [v.value for vk in V for v in vk.flat if v.op == "var"]
        Pf = [t for p in P for t in p.flat]
        Tf = [t for p in T for t in p.flat]
        Rf = [t for p in R for t in p.flat]

        co = ClosedOver.of(ctx.closed_over(), t)

        def confirm(which):
            def check(point):
                def run(view):
                    sp, tp = view(point)
                    args, ts = sp.args64(point), tangents64(point)
                    if not sp.in_domain(args):
                        return False, "outside domain"
                    out, tan = tp.fns["rule_fn"](*args, *ts)
                    if which == "primal":
                        return _compare(out, tp.fns["fun"](*args))
                    ref = _stated.reference_jvp(tp, sp, args, ts)
                    if which == "jvp":
                        return _compare(tan, ref)
                    if not _finite(ref):
                        return False, "reference not finite"
                    return not _finite((out, tan)), "rule not finite"
                return confirmed(t, co, run)
            return check

        def values_jvp(point, at):  # the rule at ``point``, JAX's derivative at ``at``
            def run(view):
                (sp, tp), (sa, _) = view(point), view(at)
                args, ts, ref_args = sp.args64(point), tangents64(point), sa.args64(at)
                if not (sp.in_domain(args) and sa.in_domain(ref_args)):
                    return None
                return (jax.tree_util.tree_leaves(tp.fns["rule_fn"](*args, *ts)[1]),
                        jax.tree_util.tree_leaves(sa.reference_jvp(ref_args, ts)))
            with _float64():
                return on_rule(t, co, run)

        obs = [
            Obligation("primal", "equal", pairs_p, A, Pf, Rf[: len(pairs_p)],
                       x_names + co.inputs(),
                       confirm("primal"), f"{jvp_name}(x, v)[0] == {rule}(x)",
                       discrete=spec.discrete, boundary="exact"),
            Obligation("jvp", "equal", pairs_t, A, Pf + Tf, Rf, x_names + v_vars + co.inputs(),
                       confirm("jvp"), _stated.jvp_statement(t, jvp_name, rule),
                       discrete=spec.discrete, boundary="derivative", values=values_jvp),
            Obligation("defined", "defined", [], A, Pf + Tf, Rf, x_names + v_vars + co.inputs(),
                       confirm("defined"), _defined_statement(rule),
                       discrete=spec.discrete),
        ]
        v_named = [(vn, s) for i in spec.diff
                   for vn, (_, s) in zip(v_leaf_names(i), spec.arg_leaves(i), strict=True)]
        calls = {"primal": jvp_name, "jvp": jvp_name, "defined": jvp_name, "finite": jvp_name}
        if "reference" in t.jaxprs:
            _stated.given_reference(obs, _stated.reference_obligation(ctx, t, X, P, A, _translate))
            calls["reference"] = getattr(t.extra["stated"].reference, "__name__", "reference")
        obs += [o for o in [jvp_obligation(
            ctx, spec, t, X=X, V=V, v_names=v_named, P=P, T=T, A=A, inputs=x_names + v_vars,
            out_leaves=out_leaves, rule_fn=t.fns["rule_fn"], ref_j=ref_j)] if o is not None]
        return b, ctx, obs, calls, co

    return _discharge("jvp", rule, spec, build, key, t0, t_trace, rlimit, keep_smt2, primal_j,
                      assume, cot_of, source=_source(jvp), stated=t.extra.get("stated"))


def _floats(leaves: list[Any], spec: _Spec) -> list[Any]:
    """The cotangent leaves (one per diff leaf, in order) of the float inputs only."""
    kinds = [jax.numpy.issubdtype(s.dtype, jax.numpy.inexact)
             for i in spec.diff for _, s in spec.arg_leaves(i)]
    return [x for x, f in zip(leaves, kinds, strict=True) if f]


def _ref_fn(spec: _Spec, primal_j):
    n = len(spec.sig)

    def ref(*a):
        args, tangents = list(a[:n]), a[n:]
        tangents = [jax.tree_util.tree_map(float0_tangent, args[i], tg)
                    for i, tg in zip(spec.diff, tangents, strict=True)]

        def f(*d):
            full = list(args)
            for i, x in zip(spec.diff, d, strict=True):
                full[i] = x
            return eval_inlined(primal_j, *jax.tree_util.tree_leaves(full))

        return jax.jvp(f, tuple(args[i] for i in spec.diff), tuple(tangents))[1]

    return ref


def _translate(ctx: Context, what: str, rule: str, closed: Any, args: list) -> list:
    try:
        return translate_jaxpr(ctx, closed, args)
    except UnsupportedPrimitive as e:  # same class (UnsupportedDtype...), message with context
        e.args = (f"In {what} of rule '{rule}': {e}", *e.args[1:])
        raise e from None


def _assume_nodes(ctx: Context, assume_j, X, rule: str = "rule") -> list:
    if assume_j is None:
        return []
    (out,) = _translate(ctx, "the `assume` predicate", rule, assume_j, X)
    return list(out.flat)


def _source(fn: Callable) -> str:
    try:
        fn = inspect.unwrap(fn)
        return f"{inspect.getsourcefile(fn)}:{inspect.getsourcelines(fn)[1]}"
    except (TypeError, OSError):
        return ""


def _discharge(kind, rule, spec, build, key, t0, t_trace, rlimit, keep_smt2, primal_j, assume,
               cot_of, *, source: str, stated: _stated.Stated | None = None) -> Certificate:
    t1 = time.perf_counter()
    results: list[Result] = []
    facts: set[str] = set()
    primitives: set[str] = set()
    calls: dict[str, str] = {}
    t_translate = 0.0
    generalised = True
    for opaque in (True, False):
        t_tr = time.perf_counter()
        b, ctx, obs, calls, co = build(opaque)
        t_translate += time.perf_counter() - t_tr
        zctx = fresh_context()  # one per rule, shared by its obligations
        results = []
        for ob in obs:
            wrong = next((r.name for r in results if r.verdict == "refuted"), None)
            if wrong is None:
                results.append(prove(ob, b, rlimit=rlimit, keep_smt2=keep_smt2, zctx=zctx))
            else:  # the rule is refused whatever the rest says: no time spent on it
                results.append(Result(ob.name, "skipped", reason=(
                    f"not checked: obligation '{wrong}' is refuted")))
        primitives |= ctx.primitives
        for r in results:
            facts |= set(r.facts)
        generalised = opaque
        uses_sg = "stop_gradient" in ctx.primitives
        if not uses_sg or all(r.verdict in ("proved", "refuted", "skipped") for r in results
                              if r.name != "finite"):  # float safety: never a second pass
            break
    lost = find_lost(obs, results, b, rlimit, zctx)  # a finding of obligation 'finite'
    t_solve = time.perf_counter() - t1 - t_translate
    verdicts = {r.verdict for r in results if r.name != "finite"}
    verdict = ("refuted" if "refuted" in verdicts
               else "unproved" if "unproved" in verdicts else "proved")
    assumptions = list(BASE_ASSUMPTIONS)
    if assume is not None:
        assumptions.append(f"domain: inputs satisfy `assume` ({_assume_text(assume)})")
    if generalised and "stop_gradient" in primitives:
        assumptions.append("none beyond the above for stop_gradient: its values were generalised "
                           "to arbitrary reals, which proves more than needed")
    stated_text = _stated.describe(stated, kind, rule)
    if stated_text:
        assumptions.append("stated derivative: " + stated_text)
    inner = has_custom_rules(primal_j)
    if inner:
        assumptions.append(
            "custom rules inside the primal (" + ", ".join(sorted(set(inner))) + ") were replaced "
            "by their primal bodies for the reference derivative"
        )
    records = []
    for ob, r in zip(obs, results, strict=True):
        cex = spec.counterexample(r.point, cot_of(r.point)) if r.point is not None else None
        records.append(ObligationRecord(
            name=r.name, verdict=r.verdict, statement=ob.statement, paths=r.paths,
            excluded_boundaries=r.excluded, checked_boundaries=r.checked, trusted_facts=r.facts,
            solve_seconds=round(r.solve_s, 4),
            reason=r.reason, counterexample=cex, spurious_models=r.spurious_models, smt2=r.smt2,
        ))
        if cex is not None:
            records[-1].reason = (f"false when calling {_call(calls[r.name], cex)}"
                                  + shown_text(co, r.point))
        if r.name == "finite":
            records[-1].reason = r.detail if cex is not None else r.reason
    if any(r.name == "finite" for r in results):
        assumptions.append(FLOAT_ASSUMPTION)
    shapes = {nm: _shape_text(s) for _, nm, s in spec.leaves}
    shapes.update({spec.all_names[i]: f"static {v!r}" for i, v in spec.statics.items()})
    return Certificate(
        rule=rule, kind=kind, verdict=verdict, obligations=records,
        trusted_facts=facts_table(facts), assumptions=assumptions, shapes=shapes,
        timings={"trace_s": round(t_trace, 4), "translate_s": round(t_translate, 4),
                 "solve_s": round(t_solve, 4), "total_s": round(time.perf_counter() - t0, 4)},
        fingerprint=key,
        versions=versions(), source=source, primitives=sorted(primitives), stated=stated_text,
        **float_fields(records, obs, lost),
    )


def _assume_text(assume) -> str:
    try:
        return inspect.getsource(assume).strip()
    except (TypeError, OSError):
        return getattr(assume, "__name__", repr(assume))

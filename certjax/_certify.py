# SPDX-License-Identifier: Apache-2.0
"""Build and discharge the obligations of one custom VJP or JVP rule.

For a VJP rule (``fwd``, ``bwd``) of ``primal``, over every primal input ``x`` satisfying
``assume`` and every cotangent ``g``:

* ``fwd``: ``fwd(x)[0] == primal(x)``;
* ``vjp``: ``bwd(res(x), g)[i] == sum_j g_j * jvp_primal(x, e_i)_j`` for every input element
  ``i`` (the symbolic dot-product test against JAX's own JVP, one basis tangent at a time);
* ``defined``: where the primal and its reference derivative are defined, so is the rule.

For a JVP rule: ``primal`` (the rule's primal output equals the primal), ``jvp`` (its tangent
equals JAX's JVP of the primal body for every tangent ``v``) and ``defined``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import inspect
import time
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
from jax.custom_derivatives import CustomVJPPrimal, SymbolicZero

from . import (
    _lax_rules,  # noqa: F401  (fills the translation table)
    _stated,
)
from ._certificate import (
    BASE_ASSUMPTIONS,
    TRANSLATOR_VERSION,
    Certificate,
    ObligationRecord,
    facts_table,
    fingerprint,
    jaxpr_text,
    versions,
)
from ._closed_over import ClosedOver, confirmed, on_rule, shown_names, shown_text
from ._confirm import _call, _differs, _finite, _float64, _fmt, _jnp  # noqa: F401 (re-exported)
from ._errors import (
    MSG_BAD_BWD,
    MSG_BAD_FWD,
    MSG_BAD_JVP,
    MSG_CANNOT_HANDLE,
    CertificationError,
    RuleMalformed,
    RuleNotHandled,
    RuleOutputMalformed,
    UnsupportedPrimitive,
)
from ._finite import ASSUMPTION as FLOAT_ASSUMPTION
from ._finite import find_lost, float_fields, jvp_obligation, vjp_obligation
from ._inline import eval_inlined, has_custom_rules
from ._ir import Builder, render
from ._obligation import DEFAULT_RLIMIT, Obligation, Result, fresh_context, prove, z3_version
from ._reference import check_reference, reference_failed
from ._second_order import prove_second_order
from ._spec import (  # noqa: F401 (re-exported)
    _names,
    _shape_text,
    _sig_text,
    _Spec,
    _trace,
    _tree_text,
    as_signature,
    expand_leaf_cotangents,
    param_names,
)
from ._translate import Context, symbols, translate_jaxpr

_CACHE: dict[str, Certificate] = {}


def _defined_statement(rule: str) -> str:
    return (f"{rule} and its derivative defined => rule defined "
            "(on a split boundary: where both sides' formulas are)")


# -- the two rule kinds ------------------------------------------------------------------
@contextlib.contextmanager
def handled(rule: str, where: str = ""):
    """Turn an exception certjax did not foresee into a :class:`RuleNotHandled` naming it."""
    try:
        yield
    except (CertificationError, KeyboardInterrupt):
        raise
    except RecursionError:
        raise RuleNotHandled(MSG_CANNOT_HANDLE.format(
            rule=rule, where=where, error="RecursionError: the obligation is too deep to "
            "build; prove at smaller shapes")) from None
    except Exception as e:  # noqa: BLE001 - re-raised as a CertificationError
        raise RuleNotHandled(MSG_CANNOT_HANDLE.format(
            rule=rule, where=where, error=f"{type(e).__name__}: {e}")) from e


@dataclasses.dataclass
class Traced:
    """One rule traced at one signature: the exact jaxprs a proof is about, and its key.

    ``jaxprs`` holds the closed jaxprs by role (``primal``, ``fwd``, ``bwd`` or ``jvp``,
    ``assume``); they take the dynamic arguments' leaves, in order. ``shapes`` holds the traced
    output structures by role. ``key`` is the proof cache key, derived from all of them.
    """

    kind: str
    rule: str
    spec: _Spec
    key: str
    jaxprs: dict[str, Any]
    shapes: dict[str, Any]
    fns: dict[str, Callable]
    extra: dict[str, Any]
    t0: float


def certify_vjp(
    fun: Callable, fwd: Callable, bwd: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False, name: str | None = None,
    stated: _stated.Stated | None = None,
) -> Certificate:
    """Prove a custom VJP rule; returns its certificate (verdict inside, nothing raised).

    Args:
        fun, fwd, bwd, nondiff_argnums: as for :func:`jax.custom_vjp` and its ``defvjp``.
        signature: per primal argument, a ``jax.ShapeDtypeStruct``, an example array or a
            pytree of those (default: float32 scalars); a ``nondiff_argnums`` entry may be a
            static value (an int, a callable...), which is then fixed, not quantified.
        assume: a JAX predicate on the primal arguments: the domain.
        rlimit: Z3's deterministic resource limit per query.
        stated: what bwd computes instead of the primal's VJP (``certjax.custom_vjp.defvjp``'s
            ``surrogate``/``cotangent``/``reference``; see ``_stated``).
    """
    with handled(name or getattr(fun, "__name__", "rule")):
        t = trace_vjp(fun, fwd, bwd, nondiff_argnums=nondiff_argnums, signature=signature,
                      assume=assume, rlimit=rlimit, name=name, stated=stated)
    from ._elementwise import prove_canonical  # (it builds on this module)

    return prove_canonical(t, rlimit, keep_smt2)[0]


def prove_traced(t: Traced, *, rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False
                 ) -> Certificate:
    """The certificate of a traced rule: from the proof cache, or proved now (and cached)."""
    if t.key in _CACHE and not keep_smt2:
        return _CACHE[t.key]
    with handled(t.rule):
        cert = (_prove_vjp if t.kind == "vjp" else _prove_jvp)(t, rlimit, keep_smt2)
    if cert.verdict == "proved":  # JAX's JVP of each primitive against certjax's table
        cert.reference = check_reference(t.jaxprs["primal"], rlimit)
        if cert.reference["verdict"] != "proved":
            cert = reference_failed(cert)
    # cached before the second order is checked: tracing ``jvp(x -> bwd(res(x), g))`` may
    # call this very rule again (a fwd that calls the primal), and must find it proved
    _CACHE[t.key] = cert
    if cert.verdict == "proved":  # what differentiating the rule again computes
        cert.second_order = prove_second_order(t, rlimit)
    return cert


def trace_vjp(
    fun: Callable, fwd: Callable, bwd: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, name: str | None = None, cotangent: Any = None,
    perturbed: list[list[bool]] | None = None, cot_zeros: list[bool] | None = None,
    skip_bwd: bool = False, stated: _stated.Stated | None = None,
) -> Traced:
    """Trace a VJP rule at ``signature`` (see :func:`certify_vjp`); ``cotangent`` overrides
    the shapes of the output cotangent ``bwd`` is traced at (default: the primal output's).

    ``symbolic_zeros=True`` rules: ``perturbed`` (per dynamic argument, per leaf) is what fwd
    is told in its ``CustomVJPPrimal`` leaves, and only perturbed inputs' cotangents are
    checked; ``cot_zeros`` (per output leaf) marks the cotangents bwd gets as ``SymbolicZero``
    (0 in the obligation). A ``SymbolicZero`` bwd returns is the zero it stands for.
    ``skip_bwd``: bwd is not traced (nothing can be proved from the result; see ``_instance``).
    ``stated``: what bwd computes instead of the primal's VJP (see ``_stated``).
    """
    t0 = time.perf_counter()
    rule = name or getattr(fun, "__name__", "rule")
    spec = _Spec(rule, fun, signature, nondiff_argnums, assume)
    orig_fun = fun
    fun, fwd_c = spec.fun, spec.close(fwd)
    bwd_c = _drop_int_cotangents(spec, expand_leaf_cotangents(spec, spec.close_nondiff(bwd, 2)))
    if perturbed is not None:
        fwd_c, bwd_c = _symbolic_vjp(fwd_c, bwd_c, perturbed, cot_zeros)
    sig = spec.sig
    primal_j, out_shape = _trace("the primal", rule, fun, sig, sig)
    fwd_j, fwd_shape = _trace("fwd", rule, fwd_c, sig, sig)
    if not (isinstance(fwd_shape, tuple) and len(fwd_shape) == 2):
        raise RuleOutputMalformed(MSG_BAD_FWD.format(
            rule=rule, fwd=getattr(fwd, "__name__", "fwd"), got=_tree_text(fwd_shape),
            expected=f"({_tree_text(out_shape)}, residuals)"))
    out_leaves, out_tree = jax.tree_util.tree_flatten(out_shape)
    fwd_leaves, fwd_tree = jax.tree_util.tree_flatten(fwd_shape[0])
    if fwd_tree != out_tree or any(
        tuple(a.shape) != tuple(o.shape) for a, o in zip(fwd_leaves, out_leaves, strict=True)
    ):
        raise RuleOutputMalformed(MSG_BAD_FWD.format(
            rule=rule, fwd=getattr(fwd, "__name__", "fwd"),
            got=f"({_tree_text(fwd_shape[0])}, residuals)",
            expected=f"({_tree_text(out_shape)}, residuals)"))
    res_shape = fwd_shape[1]
    nd_sig = [sig[i] for i in spec.nondiff]
    g_shape = out_shape if cotangent is None else cotangent
    bwd_j = bwd_shape = bwd_entries = None
    if not skip_bwd:
        bwd_j, bwd_shape = _trace("bwd", rule, bwd_c, [*nd_sig, res_shape, g_shape], sig)
        bwd_entries = _check_bwd(rule, bwd, bwd_shape, spec)
    assume_j = _trace_assume(rule, spec.assume, sig)
    st_j, st_fns, st_entries = _stated.trace(stated, "vjp", rule, spec, out_shape, g_shape,
                                             _check_bwd)
    # the reference jaxpr is a function of primal_j, the trust base and JAX's JVP rules:
    # JAX's version stands for it, so a cache hit needs no trace of the reference. Which
    # arguments a ``None`` cotangent stands for is part of the obligation, hence of the key.
    t = Traced(
        "vjp", rule, spec, "",
        {"primal": primal_j, "fwd": fwd_j, "bwd": bwd_j, "assume": assume_j, **st_j},
        {"primal": out_shape, "fwd": fwd_shape, "bwd": bwd_shape},
        {"fun": fun, "fwd": fwd, "bwd": bwd, "fwd_c": fwd_c, "bwd_c": bwd_c,
         "bwd_n": expand_leaf_cotangents(spec, bwd), **st_fns},
        {"bwd_entries": bwd_entries, "assume": assume, "orig_fun": orig_fun,
         "perturbed": perturbed, "cot_zeros": cot_zeros, "stated": stated,
         "stated_entries": st_entries}, t0)
    t.key = traced_key(t, rlimit)
    return t


def _drop_int_cotangents(spec: _Spec, bwd_c: Callable) -> Callable:
    """bwd with the cotangents of integer/bool inputs replaced by ``None``: JAX drops them
    (whatever bwd returns there, ``None``, ``float0`` zeros or floats), so does the proof."""
    ints = {k for k, _, _ in spec.int_diff_leaves()}
    if not ints:
        return bwd_c

    def drop(c: Any, s: Any) -> Any:
        if c is None or not hasattr(s, "dtype"):
            return c
        return c if jax.numpy.issubdtype(s.dtype, jax.numpy.inexact) else None

    def g(*a: Any) -> Any:
        out = bwd_c(*a)
        if not isinstance(out, tuple | list) or len(out) != len(spec.diff):
            return out  # malformed: reported by _check_bwd
        new = []
        for c, k in zip(out, spec.diff, strict=True):
            if k in ints and c is not None:
                try:
                    c = jax.tree_util.tree_map(drop, c, spec.sig[k], is_leaf=lambda x: x is None)
                except (ValueError, TypeError):
                    pass  # malformed: reported by _check_bwd
            new.append(c)
        return type(out)(new)

    return functools.wraps(bwd_c)(g)


def _closure_pattern(jaxprs: list[Any]) -> str:
    """Which closed-over tracers are the same one, across the jaxprs (they share a symbol)."""
    seen: dict[int, int] = {}
    pattern = [seen.setdefault(id(c), len(seen)) for j in jaxprs if j is not None
               for c in j.consts if isinstance(c, jax.core.Tracer)]
    return repr(pattern)


def _shown_names(t: Traced) -> str:
    """What a certificate's messages name (arguments, their pytrees, the rule's functions):
    two rules with the same jaxprs but other names must not show each other's."""
    fns = [getattr(t.fns.get(r), "__name__", "") for r in ("fwd", "bwd", "jvp")]
    return repr((t.spec.all_names, [str(d) for d in t.spec.treedefs], fns, shown_names(t)))


def traced_key(t: Traced, rlimit: int) -> str:
    """The proof cache key of ``t``: everything its obligations are built from."""
    roles = ("primal", "fwd", "bwd", "assume") if t.kind == "vjp" else ("primal", "jvp", "assume")
    stated = tuple(r for r in _stated.ROLES if r in t.jaxprs)  # what the rule says it computes
    roles += stated
    # (a scalar view is keyed like a scalar trace: same jaxprs, same obligations)
    extra = repr([t.extra.get(k) for k in ("bwd_entries", "zeros", "perturbed", "cot_zeros")]
                 ) + (repr((stated, t.extra.get("stated_entries"))) if stated else ""
                      ) + _closure_pattern(
        [t.jaxprs[r] for r in roles])
    return fingerprint(
        t.kind, *(jaxpr_text(t.jaxprs[r]) for r in roles), repr(t.spec.orig_nondiff),
        _shown_names(t),
        repr(sorted((i, repr(v)) for i, v in t.spec.statics.items())), extra,
        TRANSLATOR_VERSION, jax.__version__, z3_version(), str(rlimit),
    )


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
              for gn, o in zip(g_names, out_leaves)]
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
             for present, (_, s) in zip(entry, spec.arg_leaves(i))]
            for entry, i in zip(bwd_entries, spec.diff)
        ]
        A = _assume_nodes(ctx, assume_j, X, rule)
        pairs_fwd = [(x, y) for fo, p in zip(Fout, P, strict=True)
                     for x, y in zip(fo.flat, p.flat, strict=True)]
        C = None  # a stated cotangent map: compared with bwd as it is, no dot product
        if "cotangent" in t.jaxprs:
            C_it = iter(_translate(ctx, "the stated cotangent map", rule, t.jaxprs["cotangent"],
                                   [*X, *G]))
            C = [[next(C_it) if present else np.full(s.shape, zero, dtype=object)
                  for present, (_, s) in zip(entry, spec.arg_leaves(i))]
                 for entry, i in zip(t.extra["stated_entries"], spec.diff)]
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
                for gk, tk in zip(G, T):
                    for gv, tv in zip(gk.flat, tk.flat):
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
                bad, fin = _differs(tp.fns["fwd_c"](*args)[0], tp.fns["fun"](*args))
                return bad, "" if fin else "non-finite"
            return confirmed(t, co, run)

        def cotangents(args, g, fns):
            _, res = fns["fwd_c"](*args)
            ct = fns["bwd_c"](*nd_args(args), res, g)
            out = []
            for c, i in zip(ct, spec.diff):
                leaves = spec.arg_leaves(i)
                if c is None:
                    out += [np.zeros(s.shape) for _, s in leaves]
                    continue
                flat = jax.tree_util.tree_flatten(c, is_leaf=lambda x: x is None)[0]
                out += [np.zeros(s.shape) if x is None else x
                        for x, (_, s) in zip(flat, leaves, strict=True)]
            return out

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
                bad, fin = _differs(_floats(ct, spec), _floats(ref, spec))
                return bad, "" if fin else "non-finite"
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


def jvp_rule_fn(spec: _Spec, jvp: Callable, zeros: list[list[bool]] | None) -> Callable:
    """``jvp`` as a function of ``(*dynamic primals, *tangents)`` (see :func:`trace_jvp`)."""
    jvp_c = spec.close_nondiff(jvp, 2)
    n = len(spec.sig)

    def rule_fn(*a):
        primals, tangents = a[:n], a[n:]
        if zeros is not None:
            tangents = tuple(_symbolic(tg, z) for tg, z in zip(tangents, zeros, strict=True))
        res = jvp_c(*[primals[i] for i in spec.nondiff],
                    tuple(primals[i] for i in spec.diff), tuple(tangents))
        if not (isinstance(res, tuple | list) and len(res) == 2):
            return res  # malformed: reported by trace_jvp
        out, tan = res
        # which output tangents the rule returned as ``SymbolicZero`` (JAX keeps them
        # symbolic; the obligation reads them as the zeros they stand for)
        rule_fn.out_zeros = [isinstance(x, SymbolicZero) for x in jax.tree_util.tree_leaves(
            tan, is_leaf=lambda x: isinstance(x, SymbolicZero))]
        return out, _dense(tan)

    rule_fn.out_zeros = None
    return rule_fn


def _symbolic(tree: Any, zeros: list[bool]) -> Any:
    """``tree`` with ``SymbolicZero`` objects at the leaves marked in ``zeros``."""
    leaves, tdef = jax.tree_util.tree_flatten(tree)
    return jax.tree_util.tree_unflatten(tdef, [
        SymbolicZero(jax.core.ShapedArray(x.shape, x.dtype)) if z else x
        for x, z in zip(leaves, zeros, strict=True)])


def _symbolic_vjp(fwd_c: Callable, bwd_c: Callable, perturbed: list[list[bool]],
                  cot_zeros: list[bool] | None) -> tuple[Callable, Callable]:
    """fwd/bwd as JAX calls them under ``symbolic_zeros=True`` (see :func:`trace_vjp`)."""

    def fwd_s(*dyn):
        return fwd_c(*[_primal_leaves(a, m) for a, m in zip(dyn, perturbed, strict=True)])

    def bwd_s(*a):
        *nd, res, g = a
        if cot_zeros is not None:
            g = _symbolic(g, cot_zeros)
        return _dense(bwd_c(*nd, res, g))

    return fwd_s, bwd_s


def _primal_leaves(tree: Any, perturbed: list[bool]) -> Any:
    leaves, tdef = jax.tree_util.tree_flatten(tree)
    return jax.tree_util.tree_unflatten(
        tdef, [CustomVJPPrimal(x, p) for x, p in zip(leaves, perturbed, strict=True)])


def _dense(tree: Any) -> Any:
    """``SymbolicZero`` leaves of a rule's output as the zero arrays they stand for."""
    return jax.tree_util.tree_map(
        lambda x: jnp.zeros(x.aval.shape, x.aval.dtype) if isinstance(x, SymbolicZero) else x,
        tree, is_leaf=lambda x: isinstance(x, SymbolicZero))


def _check_bwd(rule: str, bwd: Callable, bwd_shape: Any, spec: _Spec) -> list[list[bool]]:
    """Per diff argument, which leaves bwd returned: as JAX reads bwd's output, a list of the
    right length is a tuple and a ``None`` in place of any subtree is a zero cotangent there."""
    expected = "(" + ", ".join(
        _sig_text(spec.sig[i]).strip("()") for i in spec.diff) + ")"
    out = bwd_shape
    if isinstance(out, list) and len(out) == len(spec.diff):
        out = tuple(out)
    entries: list[list[bool]] | None = None
    if isinstance(out, tuple) and len(out) == len(spec.diff):
        entries = []
        for got, i in zip(out, spec.diff, strict=True):
            mask: list[bool] = []

            def leaf(g: Any, w: Any, mask: list[bool] = mask) -> None:
                n = len(jax.tree_util.tree_leaves(w))
                if g is None:
                    mask.extend([False] * n)
                elif n == 1 and hasattr(w, "shape") and tuple(g.shape) == tuple(w.shape):
                    mask.append(True)
                else:
                    raise ValueError

            try:  # (tree_map's own pairing, without building an output tree: a user's
                # pytree may refuse to be unflattened with None children)
                gs, tree = jax.tree_util.tree_flatten(got, is_leaf=lambda x: x is None)
                for g, w in zip(gs, tree.flatten_up_to(spec.sig[i]), strict=True):
                    leaf(g, w)
            except ValueError:
                entries = None
                break
            entries.append(mask)
    if entries is None:
        got = _tree_text(bwd_shape)
        if not isinstance(bwd_shape, tuple):
            got = f"{got} (not a tuple)"
        raise RuleOutputMalformed(MSG_BAD_BWD.format(
            rule=getattr(bwd, "__name__", "bwd"), got=got, primal=rule, expected=expected))
    return entries


def certify_jvp(
    fun: Callable, jvp: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False, name: str | None = None,
    stated: _stated.Stated | None = None,
) -> Certificate:
    """Prove a custom JVP rule; returns its certificate (verdict inside, nothing raised).

    Arguments as for :func:`certify_vjp`; ``jvp`` as for :meth:`jax.custom_jvp.defjvp`.
    """
    with handled(name or getattr(fun, "__name__", "rule")):
        t = trace_jvp(fun, jvp, nondiff_argnums=nondiff_argnums, signature=signature,
                      assume=assume, rlimit=rlimit, name=name, stated=stated)
    from ._elementwise import prove_canonical  # (it builds on this module)

    return prove_canonical(t, rlimit, keep_smt2)[0]


def trace_jvp(
    fun: Callable, jvp: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, name: str | None = None,
    zeros: list[list[bool]] | None = None, stated: _stated.Stated | None = None,
) -> Traced:
    """Trace a JVP rule at ``signature`` (see :func:`certify_jvp`); ``stated``: what its
    tangent is instead of the primal's JVP (see ``_stated``).

    ``zeros`` (``symbolic_zeros=True`` rules): per differentiable argument, which tangent
    leaves are symbolic zeros. The rule is traced with ``SymbolicZero`` objects there (so the
    branch it takes on them is the one proved), those tangents are 0 in the obligation, and a
    ``SymbolicZero`` the rule returns is read as the zero it stands for.
    """
    t0 = time.perf_counter()
    rule = name or getattr(fun, "__name__", "rule")
    spec = _Spec(rule, fun, signature, nondiff_argnums, assume)
    spec.refuse_int_diff()  # (a float0 tangent: not modelled for JVP rules yet)
    orig_fun = fun
    fun = spec.fun
    sig = spec.sig
    primal_j, out_shape = _trace("the primal", rule, fun, sig, sig)
    diff_sig = [sig[i] for i in spec.diff]

    rule_fn = jvp_rule_fn(spec, jvp, zeros)
    jvp_j, jvp_shape = _trace("jvp", rule, rule_fn, [*sig, *diff_sig], sig)
    out_leaves, out_tree = jax.tree_util.tree_flatten(out_shape)
    ok = (isinstance(jvp_shape, tuple | list) and len(jvp_shape) == 2
          and all(jax.tree_util.tree_structure(p) == out_tree for p in jvp_shape)
          and all(tuple(a.shape) == tuple(o.shape) for p in jvp_shape
                  for a, o in zip(jax.tree_util.tree_leaves(p), out_leaves)))
    if not ok:
        raise RuleOutputMalformed(MSG_BAD_JVP.format(
            rule=getattr(jvp, "__name__", "jvp"), got=_tree_text(jvp_shape),
            expected=_tree_text(out_shape)))
    assume_j = _trace_assume(rule, spec.assume, sig)
    st_j, st_fns, _ = _stated.trace(stated, "jvp", rule, spec, out_shape,
                                    jvp_rule_fn=jvp_rule_fn)
    t = Traced(
        "jvp", rule, spec, "", {"primal": primal_j, "jvp": jvp_j, "assume": assume_j, **st_j},
        {"primal": out_shape, "jvp": jvp_shape},
        {"fun": fun, "jvp": jvp, "rule_fn": rule_fn, **st_fns},
        {"assume": assume, "orig_fun": orig_fun, "zeros": zeros, "stated": stated,
         "out_zeros": rule_fn.out_zeros}, t0)
    t.key = traced_key(t, rlimit)  # see trace_vjp for why JAX's version stands for the reference
    return t


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
                    for vn, (_, s) in zip(v_leaf_names(i), spec.arg_leaves(i))]
            ts.append(jax.tree_util.tree_unflatten(spec.treedefs[i], arrs))
        return ts

    def cot_of(point):
        ts = tangents64(point)
        return {v_base[i]: jax.tree_util.tree_map(lambda x: np.asarray(x).tolist(), t)
                for i, t in zip(spec.diff, ts)}

    def build(opaque: bool):
        b = Builder()
        ctx = Context(b, opaque_stop_gradient=opaque)
        X = [x for arg in spec.symbols(ctx) for x in arg]
        zeros = t.extra.get("zeros") or [[False] * len(spec.arg_leaves(i)) for i in spec.diff]
        V = [np.full(s.shape, b.const(0), dtype=object) if z else symbols(ctx, vn, s.shape)
             for i, zi in zip(spec.diff, zeros, strict=True)
             for vn, (_, s), z in zip(v_leaf_names(i), spec.arg_leaves(i), zi, strict=True)]
        P = _translate(ctx, "the primal", rule, primal_j, X)
        R = _translate(ctx, f"jvp '{jvp_name}'", rule, jvp_j, [*X, *V])
        T = _translate(ctx, "JAX's derivative of the primal", rule, ref_j, [*X, *V])
        A = _assume_nodes(ctx, assume_j, X, rule)
        pairs_p = [(x, y) for r, p in zip(R[:nout], P) for x, y in zip(r.flat, p.flat)]
        pairs_t = [(x, y) for r, t in zip(R[nout:], T) for x, y in zip(r.flat, t.flat)]
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
                        bad, fin = _differs(out, tp.fns["fun"](*args))
                        return bad, "" if fin else "non-finite"
                    ref = _stated.reference_jvp(tp, sp, args, ts)
                    if which == "jvp":
                        bad, fin = _differs(tan, ref)
                        return bad, "" if fin else "non-finite"
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


# -- shared pieces -------------------------------------------------------------------------

def _floats(leaves: list[Any], spec: _Spec) -> list[Any]:
    """The cotangent leaves (one per diff leaf, in order) of the float inputs only."""
    kinds = [jax.numpy.issubdtype(s.dtype, jax.numpy.inexact)
             for i in spec.diff for _, s in spec.arg_leaves(i)]
    return [x for x, f in zip(leaves, kinds, strict=True) if f]


def _float0(p: Any, t: Any) -> Any:
    """The tangent JAX takes for primal ``p``: ``t``, or ``float0`` zeros for an integer."""
    if jax.numpy.issubdtype(p.dtype, jax.numpy.inexact):
        return t
    return np.zeros(np.shape(p), jax.dtypes.float0)


def _ref_fn(spec: _Spec, primal_j):
    n = len(spec.sig)

    def ref(*a):
        args, tangents = list(a[:n]), a[n:]
        tangents = [jax.tree_util.tree_map(_float0, args[i], tg)
                    for i, tg in zip(spec.diff, tangents, strict=True)]

        def f(*d):
            full = list(args)
            for i, x in zip(spec.diff, d):
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


def _trace_assume(rule: str, assume: Callable | None, sig):
    if assume is None:
        return None
    closed, shape = _trace("the `assume` predicate", rule, assume, sig, sig)
    leaves = jax.tree_util.tree_leaves(shape)
    if len(leaves) != 1 or np.dtype(leaves[0].dtype) != np.bool_:
        raise RuleMalformed(
            f"`assume` of rule '{rule}' must return one boolean array, got {shape}; "
            "write e.g. `assume=lambda x: x > 0`"
        )
    return closed


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
        results = [prove(ob, b, rlimit=rlimit, keep_smt2=keep_smt2, zctx=zctx) for ob in obs]
        primitives |= ctx.primitives
        for r in results:
            facts |= set(r.facts)
        generalised = opaque
        uses_sg = "stop_gradient" in ctx.primitives
        if not uses_sg or all(r.verdict in ("proved", "refuted") for r in results
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
    for ob, r in zip(obs, results):
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





__all__ = ["certify_vjp", "certify_jvp", "render"]

# SPDX-License-Identifier: Apache-2.0
"""Second order: what ``jax.grad(jax.grad(f))`` through a certified rule computes.

Differentiating a VJP rule again, JAX differentiates ``x -> bwd(res(x), g)`` with its own
rules: residuals passed through ``stop_gradient`` have no derivative, and every custom rule
nested inside ``fwd``/``bwd`` (a plain ``jax.custom_jvp`` included) contributes *its* JVP. So
the first-order proof says nothing about it. The obligation ``second order`` is, for every
input ``x``, cotangent ``g`` and tangent ``dx``:

    jvp(x -> bwd(res(x), g), dx)[i] == sum_j g_j * d/dx[jvp(primal)(x, e_i)_j] . dx

the left side traced exactly as JAX will compute it (the proved fwd and bwd jaxprs under
``jax.jvp``, nested rules' JVPs included), the right side the reference's second derivative
(JAX's primitive rules on the primal body, custom rules replaced by their bodies). For a JVP
rule: the derivative of the rule's outputs ``(primal, tangent)`` w.r.t. ``x`` equals the
reference's first and second derivatives.

A rule proved at first order whose second order is refuted or not proved is **first-order
only**: its certificate says so (``Certificate.second_order``), and differentiating it again
warns, or raises under ``strict`` (:func:`check_use`). Not covered: a rule differentiated
again *after* it was compiled into a ``jit`` (``jax.grad(jax.jit(jax.grad(f)))``): JAX then
differentiates the jaxpr, and certjax's rule is not called again.
"""

from __future__ import annotations

import math
import warnings
from typing import Any

import jax
import numpy as np
from jax.extend.core import jaxpr_as_fun

from ._confirm import _float64
from ._ir import Builder
from ._obligation import DEFAULT_RLIMIT, Obligation, fresh_context, prove
from ._spec import _names
from ._translate import Context, symbols, translate_jaxpr

NAME = "second order"
_DIFF_TRACERS = ("JVPTracer", "LinearizeTracer")
MAX_INPUTS = 4  # differentiable scalar inputs of an instance checked at second order
RLIMIT = 2_000_000  # per query: a second order not decided cheaply is "unproved", not slow
# all its queries together: Z3's rlimit units (the same on every machine; the proved second
# orders of the library and the corpus use under 1% of it), and a CPU backstop, as nlsat
# does not count all its work (softmax on (3,): 180 s spent before answering unknown). The
# verdict only ever moves towards "unproved" (first-order only, a warning), never to proved.
WORK = 8_000_000
BACKSTOP_S = 5.0
_ACTIVE = [0]  # second-order checks in progress (in any thread)


def differentiated(tree: Any) -> bool:
    """Whether some leaf of ``tree`` is being differentiated by an enclosing JVP/linearize."""
    for x in jax.tree_util.tree_leaves(tree):
        for _ in range(6):  # a BatchTracer around a JVPTracer: look inside
            if type(x).__name__ in _DIFF_TRACERS:
                return True
            x = getattr(x, "val", None)
            if x is None:
                break
    return False


def check_use(cert: Any, rule: str, where: str, strict: bool, warned: set[str]) -> None:
    """At a second-order use: warn (default) or raise (strict) unless second order is proved."""
    so = getattr(cert, "second_order", None) or {}
    if so.get("verdict") == "proved" or _ACTIVE[0]:
        return  # (while a second order is checked, nested rules are traced under a JVP)
    why = so.get("reason") or "not checked"
    msg = (f"{rule}{where} is differentiated again, but it is proved at first order only: "
           f"obligation '{NAME}' {so.get('verdict', 'not checked')} ({why}); jax.grad of its "
           "gradient may not be the second derivative")
    if strict:
        from ._errors import RuleUnproven

        raise RuleUnproven(msg, rule=rule, obligation=NAME, certificate=cert)
    if "2:" + cert.fingerprint not in warned:
        warned.add("2:" + cert.fingerprint)
        from ._instance import CertjaxWarning

        warnings.warn(msg, CertjaxWarning, stacklevel=5)


def _split(spec: Any, X: list[Any]) -> tuple[list[int], list[int]]:
    """Positions in the flat leaf list of the diff and of the nondiff leaves."""
    pos_diff, pos_nd = [], []
    for p, (k, _, _) in enumerate(spec.leaves):
        (pos_diff if k in spec.diff else pos_nd).append(p)
    return pos_diff, pos_nd


def _merge(X: list[Any], pos: list[int], D: Any) -> list[Any]:
    full = list(X)
    for p, d in zip(pos, D, strict=True):
        full[p] = d
    return full


def _ref_fns(spec: Any, primal_j: Any):
    """The reference's first (``ref1``) and second (``ref2``) derivatives on flat leaves."""
    from ._inline import eval_inlined

    def f_of(X, pos):
        return lambda *D: eval_inlined(primal_j, *_merge(X, pos, D))

    return f_of


def prove_second_order(t: Any, rlimit: int = DEFAULT_RLIMIT) -> dict[str, Any]:
    """The ``second order`` verdict of a traced rule (see the module docstring)."""
    _ACTIVE[0] += 1
    try:
        return _prove(t, rlimit)
    except Exception as e:  # noqa: BLE001 - any failure: not checked, said why
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        return {"verdict": "unproved", "reason": f"not checked: {type(e).__name__}: {msg}"[:300]}
    finally:
        _ACTIVE[0] -= 1


def _prove(t: Any, rlimit: int) -> dict[str, Any]:
    spec = t.spec
    if t.extra.get("perturbed") is not None or t.extra.get("zeros") is not None:
        return {"verdict": "unproved", "reason": "not checked: symbolic_zeros rule"}
    leaf_s = [s for _, _, s in spec.leaves]
    pos_diff, pos_nd = _split(spec, [None] * len(leaf_s))
    if any(not np.issubdtype(leaf_s[p].dtype, np.floating) for p in pos_diff):
        return {"verdict": "unproved", "reason": "not checked: non-float differentiable input"}
    n_diff = sum(math.prod(leaf_s[p].shape) for p in pos_diff)
    if n_diff > MAX_INPUTS:
        return {"verdict": "unproved", "reason": f"not checked: {n_diff} differentiable scalar "
                f"inputs (at most {MAX_INPUTS}: the obligation grows with their square)"}
    rlimit = min(rlimit, RLIMIT)
    primal_j = t.jaxprs["primal"]
    out_leaves = jax.tree_util.tree_leaves(t.shapes["primal"])
    nout = len(out_leaves)
    nx = len(leaf_s)
    f_of = _ref_fns(spec, primal_j)
    dsig = [leaf_s[p] for p in pos_diff]
    vjp = t.kind == "vjp"

    # the rule as JAX differentiates it: on flat leaves (X, G or U, V) -> tangents
    if vjp:
        fwd_j, bwd_j = t.jaxprs["fwd"], t.jaxprs["bwd"]
        entries = [e for entry in t.extra["bwd_entries"] for e in entry]

        def rule_flat(X, G):
            def h(*D):
                Xf = _merge(X, pos_diff, D)
                res = jaxpr_as_fun(fwd_j)(*Xf)[nout:]
                return jaxpr_as_fun(bwd_j)(*[Xf[p] for p in pos_nd], *res, *G)
            return h

        def rule2(*a):
            X, G, V = a[:nx], a[nx:nx + nout], a[nx + nout:]
            return jax.jvp(rule_flat(list(X), list(G)), [X[p] for p in pos_diff], list(V))[1]

        rule2_j = jax.make_jaxpr(rule2)(*leaf_s, *out_leaves, *dsig)
    else:
        jvp_j = t.jaxprs["jvp"]

        def rule2(*a):
            X, U, V = a[:nx], a[nx:nx + len(dsig)], a[nx + len(dsig):]
            h = lambda *D: jaxpr_as_fun(jvp_j)(*_merge(list(X), pos_diff, D), *U)  # noqa: E731
            return jax.jvp(h, [X[p] for p in pos_diff], list(V))[1]

        rule2_j = jax.make_jaxpr(rule2)(*leaf_s, *dsig, *dsig)

    def ref2(*a):
        X, U, V = list(a[:nx]), a[nx:nx + len(dsig)], a[nx + len(dsig):]
        inner = lambda *D: jax.jvp(f_of(X, pos_diff), list(D), list(U))[1]  # noqa: E731
        return jax.jvp(inner, [X[p] for p in pos_diff], list(V))

    ref2_j = jax.make_jaxpr(ref2)(*leaf_s, *dsig, *dsig)

    b = Builder()
    ctx = Context(b, opaque_stop_gradient=False)
    X = [x for arg in spec.symbols(ctx) for x in arg]
    V = [symbols(ctx, "d" + spec.leaves[p][1], leaf_s[p].shape) for p in pos_diff]
    zero, one = b.const(0), b.const(1)
    pairs, refs, rules = [], [], []
    assume = []
    if t.jaxprs.get("assume") is not None:
        (out,) = translate_jaxpr(ctx, t.jaxprs["assume"], X)
        assume = list(out.flat)
    P = [n for p in translate_jaxpr(ctx, primal_j, X) for n in p.flat]
    g_names: list[str] = []
    if vjp:
        g_names = ["g"] if nout == 1 else [f"g{k}" for k in range(nout)]
        G = [symbols(ctx, gn, o.shape) for gn, o in zip(g_names, out_leaves, strict=True)]
        R = translate_jaxpr(ctx, rule2_j, [*X, *G, *V])
        it = iter(R)
        Rfull = [next(it) if present else None for present in entries]
        for q, p in enumerate(pos_diff):
            for idx in np.ndindex(leaf_s[p].shape):
                U = [np.full(s.shape, zero, dtype=object) for s in dsig]
                U[q][idx] = one
                _, T2 = _halves(translate_jaxpr(ctx, ref2_j, [*X, *U, *V]), nout)
                acc = zero
                for gk, tk in zip(G, T2, strict=True):
                    for gv, tv in zip(gk.flat, tk.flat, strict=True):
                        acc = b.add(acc, b.mul(gv, tv))
                lhs = zero if Rfull[q] is None else Rfull[q][idx]
                pairs.append((lhs, acc))
                refs.append(acc)
                rules.append(lhs)
        extra_names = [n for gn, o in zip(g_names, out_leaves, strict=True)
                       for n in _names(gn, o.shape)]
    else:
        Uv = [symbols(ctx, "u" + spec.leaves[p][1], leaf_s[p].shape) for p in pos_diff]
        R = translate_jaxpr(ctx, rule2_j, [*X, *Uv, *V])
        T1, T2 = _halves(translate_jaxpr(ctx, ref2_j, [*X, *Uv, *V]), nout)
        # d(rule's primal)/dx . dx == jvp(primal)(x, dx); d(rule's tangent)/dx . dx == ref2
        T1v, _ = _halves(translate_jaxpr(ctx, ref2_j, [*X, *V, *V]), nout)
        for r, ref in zip(R, [*T1v, *T2], strict=True):
            for x, y in zip(r.flat, ref.flat, strict=True):
                pairs.append((x, y))
                refs.append(y)
                rules.append(x)
        del T1
        extra_names = [n for p in pos_diff for n in _names("u" + spec.leaves[p][1],
                                                          leaf_s[p].shape)]
    x_names = spec.input_names()
    v_names = [n for p in pos_diff for n in _names("d" + spec.leaves[p][1], leaf_s[p].shape)]
    inputs = x_names + extra_names + v_names

    def values(point, at):  # Python functions in float64, as JAX runs them
        with _float64():
            args, ref_args = spec.args64(point), spec.args64(at)
            if not (spec.in_domain(args) and spec.in_domain(ref_args)):
                return None
            dv = [_tree(spec, i, point, "d") for i in spec.diff]
            leaves = jax.tree_util.tree_leaves
            if vjp:
                g = jax.tree_util.tree_unflatten(
                    jax.tree_util.tree_structure(t.shapes["primal"]),
                    [_arr(point, gn, o.shape) for gn, o in zip(g_names, out_leaves, strict=True)])

                def h(*d):
                    full = _put(spec, args, d)
                    _, res = t.fns["fwd_c"](*full)
                    ct = t.fns["bwd_c"](*[full[i] for i in spec.nondiff], res, g)
                    return [x for c, i in zip(ct, spec.diff, strict=True) for x in (
                        [np.zeros(s.shape) for _, s in spec.arg_leaves(i)] if c is None
                        else leaves(c))]

                def r(*d):
                    return leaves(spec.reference_vjp(_put(spec, ref_args, d), g))

                diff = [args[i] for i in spec.diff]
                ref_diff = [ref_args[i] for i in spec.diff]
                return jax.jvp(h, diff, dv)[1], jax.jvp(r, ref_diff, dv)[1]
            u = [_tree(spec, i, point, "u") for i in spec.diff]
            rule_fn = t.fns["rule_fn"]
            diff = [args[i] for i in spec.diff]
            ref_diff = [ref_args[i] for i in spec.diff]
            got = jax.jvp(lambda *d: leaves(rule_fn(*_put(spec, args, d), *u)), diff, dv)[1]
            t1 = leaves(spec.reference_jvp(ref_args, dv))
            t2 = jax.jvp(lambda *d: leaves(spec.reference_jvp(_put(spec, ref_args, d), u)),
                         ref_diff, dv)[1]
            return list(got), [*t1, *t2]

    def confirm(point):
        try:
            got = values(point, point)
        except Exception as e:  # noqa: BLE001
            return False, f"error: {e}"
        if got is None:
            return False, "outside domain"
        a = np.concatenate([np.ravel(np.asarray(x, np.float64)) for x in got[0]] or [[]])
        c = np.concatenate([np.ravel(np.asarray(x, np.float64)) for x in got[1]] or [[]])
        if not (np.all(np.isfinite(a)) and np.all(np.isfinite(c))):
            return False, "non-finite"
        return bool(np.any(np.abs(a - c) > 1e-6 * (np.abs(a) + np.abs(c)) + 1e-9)), ""

    what = "jvp(x -> bwd(res(x), g), dx)" if vjp else "jvp(x -> jvp_rule(x, u), dx)"
    ob = Obligation(NAME, "equal", pairs, assume, P + refs, rules, inputs, confirm,
                    f"{what} == second derivative of {t.rule} . dx", discrete=spec.discrete,
                    boundary="derivative", values=values, work=WORK,
                    backstop_s=BACKSTOP_S)
    r = prove(ob, b, rlimit=rlimit, zctx=fresh_context())
    out: dict[str, Any] = {"verdict": r.verdict, "reason": r.reason, "statement": ob.statement,
                           "paths": r.paths, "excluded_boundaries": r.excluded}
    if r.point is not None:
        out["counterexample"] = {k: r.point[k] for k in inputs if k in r.point}
        out["reason"] = ("false at " + ", ".join(f"{k}={v:.6g}" for k, v in
                                                 out["counterexample"].items()))
    return out


def _halves(out: list[Any], nout: int) -> tuple[list[Any], list[Any]]:
    return list(out[:nout]), list(out[nout:])


def _arr(point: dict[str, float], name: str, shape: tuple[int, ...]) -> Any:
    return jax.numpy.asarray(np.asarray([point.get(n, 0.0) for n in _names(name, shape)],
                                        dtype=np.float64).reshape(shape))


def _tree(spec: Any, i: int, point: dict[str, float], prefix: str) -> Any:
    """Dynamic argument ``i``'s tangent pytree named ``prefix + leaf name`` in ``point``."""
    return jax.tree_util.tree_unflatten(
        spec.treedefs[i], [_arr(point, prefix + nm, s.shape) for nm, s in spec.arg_leaves(i)])


def _put(spec: Any, args: list[Any], d: Any) -> list[Any]:
    full = list(args)
    for i, x in zip(spec.diff, d, strict=True):
        full[i] = x
    return full

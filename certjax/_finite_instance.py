# SPDX-License-Identifier: Apache-2.0
"""Obligation ``finite`` of one VJP or JVP instance: its inputs, reference and confirmer.

``_finite.obligation`` states the obligation over IR inputs; this module assembles those
inputs for the two rule kinds (called from ``_certify``): the leaves and their names, JAX's
derivative column by column in float64 (its JVP per basis tangent, not its VJP, which has the
double-where NaN itself), and the functions that run the rule in its dtype for
:func:`certjax._finite_confirm.confirmer`.
"""

from __future__ import annotations

from typing import Any

import jax
import numpy as np

from ._finite import obligation
from ._finite_confirm import _first_bad, confirmer
from ._float_model import const_state
from ._obligation import Obligation


def _tree_args(spec, arrs: list, ks) -> list:
    import jax.numpy as jnp

    it, out = iter(arrs), []
    for k in ks:
        leaves = [jnp.asarray(next(it)) for _ in spec.arg_leaves(k)]
        out.append(jax.tree_util.tree_unflatten(spec.treedefs[k], leaves))
    return out


def _leaf_names(spec) -> list[tuple[list[str], Any]]:
    from ._spec import _names

    return [(_names(nm, s.shape), s) for _, nm, s in spec.leaves]


def vjp_obligation(ctx, spec, t, *, Xs, G, P, refs, ref_dtypes, A, inputs, g_names,
                   out_leaves, out_tree, cotangents, ref_j) -> Obligation | None:
    """The ``finite`` obligation of a VJP instance (see :func:`obligation`)."""
    from ._spec import _names

    X = [x for arg in Xs for x in arg]
    starts = np.cumsum([0] + [len(a) for a in Xs])
    nd_pos = [j for i in spec.nondiff for j in range(starts[i], starts[i + 1])]
    nx = len(X)
    x_leaves = _leaf_names(spec)
    g_leaves = [(_names(gn, o.shape), o) for gn, o in zip(g_names, out_leaves, strict=True)]
    leaves = x_leaves + g_leaves
    ks = range(len(spec.treedefs))

    def build(arrs):
        import jax.numpy as jnp

        g = jax.tree_util.tree_unflatten(out_tree, [jnp.asarray(a) for a in arrs[nx:]])
        return _tree_args(spec, arrs[:nx], ks), g

    def columns(args):
        """JAX's JVP per basis tangent of the differentiated leaves (the Jacobian's columns;
        not its VJP, which has the double-where NaN itself)."""
        import jax.numpy as jnp

        trees = [spec.treedefs[i] for i in spec.diff]
        shapes = [[(np.shape(x), np.asarray(x).dtype) for x in jax.tree_util.tree_leaves(
            args[i])] for i in spec.diff]  # the call's dtypes (float64 for the reference)
        for k, sh in enumerate(shapes):
            for j, (shp, _) in enumerate(sh):
                for idx in np.ndindex(shp):
                    ts = []
                    for k2, sh2 in enumerate(shapes):
                        leaves = []
                        for j2, (s2, d2) in enumerate(sh2):
                            e = np.zeros(s2, d2)
                            if (k2, j2) == (k, j):
                                e[idx] = 1
                            leaves.append(jnp.asarray(e))
                        ts.append(jax.tree_util.tree_unflatten(trees[k2], leaves))
                    yield spec.reference_jvp(args, ts)

    def reference(a):  # float64: the primal and g . J, column by column
        args, g = a
        if not spec.in_domain(args):
            return None
        gl = [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(g)]
        cols = list(columns(args))
        deriv = [sum(float(np.sum(gi * np.asarray(c, np.float64))) for gi, c in
                     zip(gl, jax.tree_util.tree_leaves(col), strict=False))
                 for col in cols]
        return t.fns["fun"](*args), deriv

    def run(a):
        args, g = a
        return t.fns["fwd_c"](*args)[0], cotangents(args, g, t.fns)

    def in_claim(a):  # the primal and JAX's JVP per basis tangent, finite in the dtype
        args, _ = a
        if _first_bad(t.fns["fun"](*args)) is not None:
            return False
        return all(_first_bad(col) is None for col in columns(args))

    diff_dt = [s.dtype for i in spec.diff for _, s in spec.arg_leaves(i)]
    confirm, find_lost = (confirmer(
        leaves=leaves, build=build, reference=reference, run=run,
        call=getattr(t.fns["bwd"], "__name__", "bwd"), out_dtypes=[o.dtype for o in out_leaves],
        ref_dtypes=diff_dt, names=[nm for _, nm, _ in spec.leaves] + list(g_names),
        in_claim=in_claim, n_x=nx, lost=lost) for lost in (False, True))
    diff_shapes = [s.shape for i in spec.diff for _, s in spec.arg_leaves(i)]

    def basis(ins):
        for k, shp in enumerate(diff_shapes):
            for idx in np.ndindex(shp):
                e = [np.zeros(s2, np.float64) for s2 in diff_shapes]
                e[k][idx] = 1.0
                yield [const_state(a) for a in e]

    return obligation(
        ctx, kind="vjp", jaxprs=t.jaxprs, avals=[s for _, s in leaves], args=[*X, *G],
        ref_j=ref_j, n_x=nx, ref_tangents=basis,
        split=lambda ls: (ls[:nx], [ls[j] for j in nd_pos], ls[nx:]), n_out=len(out_leaves),
        primal=P, out_avals=list(out_leaves), refs=refs, ref_dtypes=ref_dtypes, assume=A,
        inputs=inputs, confirm=confirm, discrete=spec.discrete, find_lost=find_lost)


def jvp_obligation(ctx, spec, t, *, X, V, v_names, P, T, A, inputs, out_leaves, rule_fn,
                   ref_j) -> Obligation | None:
    """The ``finite`` obligation of a JVP instance (see :func:`obligation`)."""
    from ._spec import _names

    x_leaves = _leaf_names(spec)
    v_leaves = [(_names(vn, s.shape), s) for vn, s in v_names]
    nx = len(x_leaves)
    leaves = x_leaves + v_leaves

    def build(arrs):
        return (_tree_args(spec, arrs[:nx], range(len(spec.treedefs))),
                _tree_args(spec, arrs[nx:], spec.diff))

    def reference(a):
        args, ts = a
        if not spec.in_domain(args):
            return None
        return t.fns["fun"](*args), spec.reference_jvp(args, ts)

    def run(a):
        args, ts = a
        return rule_fn(*args, *ts)

    def in_claim(a):  # in the domain, the primal and JAX's JVP finite in the dtype
        ref = reference(a)
        return ref is not None and _first_bad(ref) is None

    confirm, find_lost = (confirmer(
        leaves=leaves, build=build, reference=reference, run=run,
        call=getattr(t.fns["jvp"], "__name__", "jvp"), out_dtypes=[o.dtype for o in out_leaves],
        ref_dtypes=[o.dtype for o in out_leaves],
        names=[nm for _, nm, _ in spec.leaves] + [vn for vn, _ in v_names],
        in_claim=in_claim, n_x=nx, lost=lost) for lost in (False, True))
    Tf = [n for p in T for n in p.flat]
    t_dt = [o.dtype for o, p in zip(out_leaves, T, strict=True) for _ in p.flat]
    return obligation(
        ctx, kind="jvp", jaxprs=t.jaxprs, avals=[s for _, s in leaves], args=[*X, *V],
        ref_j=ref_j, n_x=nx, ref_tangents=lambda ins: [ins[nx:]],
        split=lambda ls: (ls,), n_out=len(out_leaves), primal=P, out_avals=list(out_leaves),
        refs=Tf, ref_dtypes=t_dt, assume=A, inputs=inputs, confirm=confirm,
        discrete=spec.discrete, find_lost=find_lost)

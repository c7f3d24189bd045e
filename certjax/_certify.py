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
import functools
import inspect
import math
import time
import warnings
from collections.abc import Callable, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from . import _lax_rules  # noqa: F401  (fills the translation table)
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
from ._errors import (
    MSG_BAD_BWD,
    MSG_BAD_FWD,
    MSG_BAD_JVP,
    MSG_INT_DIFF,
    MSG_NOT_TRACEABLE,
    MSG_SIDE_EFFECTS,
    RuleMalformed,
    UnsupportedPrimitive,
)
from ._inline import eval_inlined, has_custom_rules
from ._ir import Builder, render
from ._obligation import DEFAULT_RLIMIT, Obligation, Result, fresh_context, prove, z3_version
from ._translate import Context, symbols, translate_jaxpr

_CACHE: dict[str, Certificate] = {}
RTOL, ATOL = 1e-6, 1e-9


# -- signatures and names ---------------------------------------------------------------
def param_names(fun: Callable, n: int | None = None) -> list[str]:
    try:
        params = list(inspect.signature(fun).parameters.values())
    except (TypeError, ValueError):
        params = []
    names = [p.name for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    if n is None:
        return names
    return (names + [f"arg{i}" for i in range(len(names), n)])[:n]


def as_signature(fun: Callable, signature: Sequence[Any] | None) -> list[jax.ShapeDtypeStruct]:
    if signature is None:
        return [jax.ShapeDtypeStruct((), np.float32) for _ in param_names(fun)]
    out = []
    for s in signature:
        if isinstance(s, jax.ShapeDtypeStruct):
            out.append(s)
        else:
            a = np.asarray(s)
            out.append(jax.ShapeDtypeStruct(a.shape, a.dtype))
    return out


def _trace(what: str, rule: str, fn: Callable, sig: Sequence[Any], shown: Any):
    try:
        closed, shape = jax.make_jaxpr(fn, return_shape=True)(*sig)
    except Exception as e:  # noqa: BLE001 - re-raised with context
        msg = MSG_NOT_TRACEABLE.format(
            what=what, rule=rule, signature=_sig_text(shown), error=f"{type(e).__name__}: {e}"
        )
        raise RuleMalformed(msg) from e
    if closed.effects:
        effects = ", ".join(sorted(type(e).__name__ for e in closed.effects))
        raise RuleMalformed(MSG_SIDE_EFFECTS.format(what=what, rule=rule, effects=effects))
    return closed, shape


def _sig_text(sig: Any) -> str:
    leaves = jax.tree_util.tree_leaves(sig)
    return "(" + ", ".join(f"{np.dtype(s.dtype).name}{list(s.shape)}" for s in leaves) + ")"


def _shape_text(s: Any) -> str:
    if s is None:
        return "None"
    return f"{np.dtype(s.dtype).name}{list(s.shape)}"


def _tree_text(t: Any) -> str:
    """``float32[3]``, ``(float32[], None)``, ``[...]``, ``{'a': ...}`` for traced outputs."""
    if t is None or hasattr(t, "shape") and hasattr(t, "dtype"):
        return _shape_text(t)
    if isinstance(t, tuple):
        return "(" + ", ".join(map(_tree_text, t)) + ("," if len(t) == 1 else "") + ")"
    if isinstance(t, list):
        return "[" + ", ".join(map(_tree_text, t)) + "]"
    if isinstance(t, dict):
        return "{" + ", ".join(f"{k!r}: {_tree_text(v)}" for k, v in t.items()) + "}"
    return type(t).__name__


# -- float64 evaluation for counterexamples ----------------------------------------------
@contextlib.contextmanager
def _float64():
    """Evaluate JAX in float64; warnings raised by the rule at a bad point are not errors.

    Op by op (``disable_jit``): the same primitives run, and a point check then costs no XLA
    compilation of each rule's jitted helpers (primitives compile once per process).
    """
    with jax.enable_x64(True), jax.disable_jit(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _jnp(arrays: list[np.ndarray]) -> list[jax.Array]:
    # JAX arrays, not NumPy ones: a rule written with operators (``g * x / x``) must run as
    # the JAX program it is, not as NumPy code
    return [jnp.asarray(a) for a in arrays]


def _fmt(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {_fmt(x)}" for k, x in v.items()) + "}"
    if isinstance(v, tuple):
        return "(" + ", ".join(_fmt(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if callable(v) or isinstance(v, str):
        return getattr(v, "__name__", repr(v))
    a = np.asarray(v, dtype=np.float64)
    if a.shape == ():
        return f"{float(a):.6g}"
    return np.array2string(a, precision=6, separator=", ").replace("\n", "")


def _differs(a: Any, b: Any) -> tuple[bool, bool]:
    """(differs, finite) for two pytrees of float64 arrays."""
    la = [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(a)]
    lb = [np.asarray(x, np.float64) for x in jax.tree_util.tree_leaves(b)]
    finite = all(np.all(np.isfinite(x)) for x in la + lb)
    if not finite:
        return False, False
    bad = any(
        np.any(np.abs(x - y) > RTOL * (np.abs(x) + np.abs(y)) + ATOL) for x, y in zip(la, lb)
    )
    return bad, True


def _finite(tree: Any) -> bool:
    leaves = jax.tree_util.tree_leaves(tree)
    return all(np.all(np.isfinite(np.asarray(x, np.float64))) for x in leaves)


def _is_static(leaf: Any) -> bool:
    """A signature leaf that is a value, not an array to prove for all of (ints, callables...)."""
    if isinstance(leaf, jax.ShapeDtypeStruct):
        return False
    if isinstance(leaf, bool | int) and not isinstance(leaf, np.generic):
        return True
    if isinstance(leaf, float | np.floating | np.integer | np.bool_):
        return False
    return not (hasattr(leaf, "shape") and hasattr(leaf, "dtype"))


def _to_sds(leaf: Any) -> jax.ShapeDtypeStruct:
    if isinstance(leaf, jax.ShapeDtypeStruct):
        return leaf
    a = np.asarray(leaf)
    dt = np.float32 if a.dtype == np.float64 and not jax.config.jax_enable_x64 else a.dtype
    return jax.ShapeDtypeStruct(a.shape, dt)


class _Spec:
    """The primal's arguments as the proof sees them: static values, and pytrees of arrays.

    Static arguments (only allowed among ``nondiff_argnums``) are closed over; the functions
    ``fun``, ``fwd``, ``bwd``, ``jvp`` and ``assume`` kept here take the dynamic ones only.
    Every array leaf of every dynamic argument becomes one symbol array, named after the
    parameter (``x``, ``x[0]``, ``params['w'][1,2]``).
    """

    def __init__(self, rule: str, fun, signature, nondiff_argnums, assume):
        n = len(signature) if signature is not None else len(param_names(fun))
        all_names = param_names(fun, n)
        raw = (
            [jax.ShapeDtypeStruct((), np.float32) for _ in range(n)]
            if signature is None else list(signature)
        )
        self.statics: dict[int, Any] = {}
        for i, s in enumerate(raw):
            leaves = jax.tree_util.tree_leaves(s)
            if any(_is_static(x) for x in leaves) or not leaves:
                if i not in nondiff_argnums:
                    raise RuleMalformed(
                        f"argument '{all_names[i]}' of rule '{rule}' is given the non-array "
                        f"value {s!r} in `signature`; only nondiff_argnums may be static values"
                    )
                self.statics[i] = s
        self.dyn = [i for i in range(n) if i not in self.statics]
        self.names = [all_names[i] for i in self.dyn]
        self.all_names = all_names
        self.sig = [jax.tree_util.tree_map(_to_sds, raw[i]) for i in self.dyn]
        self.nondiff = tuple(k for k, i in enumerate(self.dyn) if i in nondiff_argnums)
        self.diff = [k for k in range(len(self.dyn)) if k not in self.nondiff]
        self.orig_nondiff = tuple(sorted(nondiff_argnums))
        # flattened leaves: (arg position, leaf name, ShapeDtypeStruct)
        self.leaves: list[tuple[int, str, jax.ShapeDtypeStruct]] = []
        self.treedefs = []
        for k, s in enumerate(self.sig):
            paths, tdef = jax.tree_util.tree_flatten_with_path(s)
            self.treedefs.append(tdef)
            for path, leaf in paths:
                self.leaves.append((k, self.names[k] + jax.tree_util.keystr(path), leaf))
                if k in self.diff and not np.issubdtype(leaf.dtype, np.inexact):
                    raise RuleMalformed(MSG_INT_DIFF.format(
                        arg=self.names[k], rule=rule, dtype=np.dtype(leaf.dtype).name,
                        pos=self.dyn[k]))
        # integer/bool inputs: constrained to integers, their comparisons keep the boundary
        self.discrete = frozenset(
            n for _, nm, s in self.leaves if not np.issubdtype(s.dtype, np.inexact)
            for n in _names(nm, s.shape))
        self.fun = self.close(fun)
        self.assume = self.close(assume) if assume is not None else None

    # -- closing over static arguments ---------------------------------------------------
    def merge(self, dyn_args) -> list[Any]:
        full: list[Any] = []
        it = iter(dyn_args)
        for i in range(len(self.all_names)):
            full.append(self.statics[i] if i in self.statics else next(it))
        return full

    def close(self, f):
        if not self.statics:
            return f
        return functools.wraps(f)(lambda *d: f(*self.merge(d)))

    def close_nondiff(self, f, n_rest: int):
        """``f(*nondiff_all, *rest)`` as a function of ``(*nondiff_dynamic, *rest)``."""
        if not self.statics:
            return f

        def g(*a):
            nd_dyn, rest = a[: len(a) - n_rest], a[len(a) - n_rest:]
            it = iter(nd_dyn)
            nd_all = [self.statics[i] if i in self.statics else next(it) for i in self.orig_nondiff]
            return f(*nd_all, *rest)

        return functools.wraps(f)(g)

    # -- symbols and points ----------------------------------------------------------------
    def arg_leaves(self, k: int) -> list[tuple[str, jax.ShapeDtypeStruct]]:
        return [(nm, s) for kk, nm, s in self.leaves if kk == k]

    def symbols(self, ctx: Context) -> list[list[np.ndarray]]:
        """Per dynamic argument, the list of symbol arrays of its leaves."""
        return [[symbols(ctx, nm, s.shape) for nm, s in self.arg_leaves(k)]
                for k in range(len(self.sig))]

    def input_names(self) -> list[str]:
        return [n for _, nm, s in self.leaves for n in _names(nm, s.shape)]

    def args64(self, point: dict[str, float]) -> list[Any]:
        out = []
        for k, tdef in enumerate(self.treedefs):
            arrs = []
            for nm, s in self.arg_leaves(k):
                dt = np.float64 if np.dtype(s.dtype).kind == "f" else s.dtype
                vals = np.asarray([point.get(n, 0.0) for n in _names(nm, s.shape)], dtype=dt)
                arrs.append(jax.numpy.asarray(vals.reshape(s.shape)))
            out.append(jax.tree_util.tree_unflatten(tdef, arrs))
        return out

    def in_domain(self, args: list[Any]) -> bool:
        if not _finite(self.fun(*args)):
            return False
        if self.assume is not None:
            return bool(np.all(np.asarray(self.assume(*args))))
        return True

    def _diff_fn(self, args):
        primal64 = jax.make_jaxpr(self.fun)(*args)

        def f(*d):
            full = list(args)
            for i, x in zip(self.diff, d):
                full[i] = x
            return eval_inlined(primal64, *jax.tree_util.tree_leaves(full))

        return f

    def reference_vjp(self, args, g):
        _, pull = jax.vjp(self._diff_fn(args), *[args[i] for i in self.diff])
        return pull(list(jax.tree_util.tree_leaves(g)))

    def reference_jvp(self, args, tangents):
        f = self._diff_fn(args)
        return jax.jvp(f, tuple(args[i] for i in self.diff), tuple(tangents))[1]

    def counterexample(self, point: dict[str, float], cot: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        args = self.args64(point)
        for i, nm in enumerate(self.all_names):
            if i in self.statics:
                out[nm] = self.statics[i]
            else:
                a = args[self.dyn.index(i)]
                out[nm] = jax.tree_util.tree_map(lambda x: np.asarray(x).tolist(), a)
        out.update(cot)
        return out


def _defined_statement(rule: str) -> str:
    return (f"{rule} and its derivative defined => rule defined "
            "(on a split boundary: where both sides' formulas are)")


# -- the two rule kinds ------------------------------------------------------------------
def certify_vjp(
    fun: Callable, fwd: Callable, bwd: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False, name: str | None = None,
) -> Certificate:
    """Prove a custom VJP rule; returns its certificate (verdict inside, nothing raised).

    Args:
        fun, fwd, bwd, nondiff_argnums: as for :func:`jax.custom_vjp` and its ``defvjp``.
        signature: per primal argument, a ``jax.ShapeDtypeStruct``, an example array or a
            pytree of those (default: float32 scalars); a ``nondiff_argnums`` entry may be a
            static value (an int, a callable...), which is then fixed, not quantified.
        assume: a JAX predicate on the primal arguments: the domain.
        rlimit: Z3's deterministic resource limit per query.
    """
    t0 = time.perf_counter()
    rule = name or getattr(fun, "__name__", "rule")
    spec = _Spec(rule, fun, signature, nondiff_argnums, assume)
    fun, fwd_c = spec.fun, spec.close(fwd)
    bwd_c = spec.close_nondiff(bwd, 2)
    sig = spec.sig
    primal_j, out_shape = _trace("the primal", rule, fun, sig, sig)
    fwd_j, fwd_shape = _trace("fwd", rule, fwd_c, sig, sig)
    if not (isinstance(fwd_shape, tuple) and len(fwd_shape) == 2):
        raise RuleMalformed(MSG_BAD_FWD.format(
            rule=rule, fwd=getattr(fwd, "__name__", "fwd"), got=_tree_text(fwd_shape),
            expected=f"({_tree_text(out_shape)}, residuals)"))
    out_leaves, out_tree = jax.tree_util.tree_flatten(out_shape)
    fwd_leaves, fwd_tree = jax.tree_util.tree_flatten(fwd_shape[0])
    if fwd_tree != out_tree or any(
        tuple(a.shape) != tuple(o.shape) for a, o in zip(fwd_leaves, out_leaves, strict=True)
    ):
        raise RuleMalformed(MSG_BAD_FWD.format(
            rule=rule, fwd=getattr(fwd, "__name__", "fwd"),
            got=f"({_tree_text(fwd_shape[0])}, residuals)",
            expected=f"({_tree_text(out_shape)}, residuals)"))
    res_shape = fwd_shape[1]
    nd_sig = [sig[i] for i in spec.nondiff]
    bwd_j, bwd_shape = _trace("bwd", rule, bwd_c, [*nd_sig, res_shape, out_shape], sig)
    bwd_entries = _check_bwd(rule, bwd, bwd_shape, spec)
    diff_sig = [sig[i] for i in spec.diff]
    assume_j = _trace_assume(rule, spec.assume, sig)
    # the reference jaxpr is a function of primal_j, the trust base and JAX's JVP rules:
    # JAX's version stands for it, so a cache hit needs no trace of the reference
    key = fingerprint(
        "vjp", *map(jaxpr_text, (primal_j, fwd_j, bwd_j, assume_j)), repr(spec.orig_nondiff),
        repr(sorted((i, repr(v)) for i, v in spec.statics.items())),
        TRANSLATOR_VERSION, jax.__version__, z3_version(), str(rlimit),
    )
    if key in _CACHE and not keep_smt2:
        return _CACHE[key]
    ref_j, _ = _trace("the primal", rule, _ref_fn(spec, primal_j), [*sig, *diff_sig], sig)
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
        G = [symbols(ctx, gn, o.shape) for gn, o in zip(g_names, out_leaves)]
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
        pairs_vjp, refs = [], []
        diff_leaves = [(k, j, s) for k, i in enumerate(spec.diff)
                       for j, (_, s) in enumerate(spec.arg_leaves(i))]
        for k, j, s in diff_leaves:
            for idx in np.ndindex(s.shape):
                V = [np.full(s2.shape, zero, dtype=object) for _, _, s2 in diff_leaves]
                pos = diff_leaves.index((k, j, s))
                V[pos][idx] = b.const(1)
                T = _translate(ctx, "JAX's derivative of the primal", rule, ref_j, [*X, *V])
                acc = zero
                for gk, tk in zip(G, T):
                    for gv, tv in zip(gk.flat, tk.flat):
                        acc = b.add(acc, b.mul(gv, tv))
                refs.append(acc)
                pairs_vjp.append((Bfull[k][j][idx], acc))
        x_names = spec.input_names()
        g_vars = [v.value for gk in G for v in gk.flat]
        Pf = [t for p in P for t in p.flat]
        Ff = [t for f in F for t in f.flat]
        Bf = [t for bb in B for t in bb.flat]

        def nd_args(args):
            return [args[i] for i in spec.nondiff]

        def confirm_fwd(point):
            with _float64():
                args = spec.args64(point)
                try:
                    if not spec.in_domain(args):
                        return False, "outside domain"
                    bad, fin = _differs(fwd_c(*args)[0], fun(*args))
                except Exception as e:  # noqa: BLE001
                    return False, f"error: {e}"
            return bad, "" if fin else "non-finite"

        def cotangents(args, g):
            _, res = fwd_c(*args)
            ct = bwd_c(*nd_args(args), res, g)
            out = []
            for c, i in zip(ct, spec.diff):
                if c is None:
                    out += [np.zeros(s.shape) for _, s in spec.arg_leaves(i)]
                else:
                    out += jax.tree_util.tree_leaves(c)
            return out

        def confirm_vjp(point):
            with _float64():
                args, g = spec.args64(point), g_values(point)
                try:
                    if not spec.in_domain(args):
                        return False, "outside domain"
                    ct = cotangents(args, g)
                    ref = jax.tree_util.tree_leaves(spec.reference_vjp(args, g))
                    bad, fin = _differs(ct, ref)
                except Exception as e:  # noqa: BLE001
                    return False, f"error: {e}"
            return bad, "" if fin else "non-finite"

        def confirm_defined(point):
            with _float64():
                args, g = spec.args64(point), g_values(point)
                try:
                    if not spec.in_domain(args):
                        return False, "outside domain"
                    if not _finite(spec.reference_vjp(args, g)):
                        return False, "reference not finite"
                    out = fwd_c(*args)
                    return not (_finite(out) and _finite(cotangents(args, g))), "rule not finite"
                except Exception as e:  # noqa: BLE001
                    return False, f"error: {e}"

        obs = [
            Obligation("fwd", "equal", pairs_fwd, A, Pf, Ff, x_names, confirm_fwd,
                       f"{fwd_name}(x)[0] == {rule}(x)", discrete=spec.discrete),
            Obligation("vjp", "equal", pairs_vjp, A, Pf + refs, Ff + Bf, x_names + g_vars,
                       confirm_vjp, f"{bwd_name}(res(x), g) == g . d{rule}(x)",
                       discrete=spec.discrete),
            Obligation("defined", "defined", [], A, Pf + refs, Ff + Bf, x_names + g_vars,
                       confirm_defined, _defined_statement(rule), discrete=spec.discrete),
        ]
        calls = {"fwd": fwd_name, "vjp": bwd_name, "defined": bwd_name}
        return b, ctx, obs, calls

    cert = _discharge("vjp", rule, spec, build, key, t0, t_trace, rlimit, keep_smt2, primal_j,
                      assume, cot_of, source=_source(bwd))
    _CACHE[key] = cert
    return cert


def _check_bwd(rule: str, bwd: Callable, bwd_shape: Any, spec: _Spec) -> list[list[bool]]:
    """Per diff argument, which leaves bwd returned (None = a zero cotangent)."""
    expected = "(" + ", ".join(
        _sig_text(spec.sig[i]).strip("()") for i in spec.diff) + ")"
    entries: list[list[bool]] | None = None
    if isinstance(bwd_shape, tuple) and len(bwd_shape) == len(spec.diff):
        entries = []
        for got, i in zip(bwd_shape, spec.diff):
            want = spec.arg_leaves(i)
            if got is None:
                entries.append([False] * len(want))
                continue
            leaves, tdef = jax.tree_util.tree_flatten(got)
            if tdef != spec.treedefs[i] or any(
                tuple(g.shape) != tuple(s.shape) for g, (_, s) in zip(leaves, want)
            ):
                entries = None
                break
            entries.append([True] * len(want))
    if entries is None:
        got = _tree_text(bwd_shape)
        if not isinstance(bwd_shape, tuple):
            got = f"{got} (not a tuple)"
        raise RuleMalformed(MSG_BAD_BWD.format(
            rule=getattr(bwd, "__name__", "bwd"), got=got, primal=rule, expected=expected))
    return entries


def certify_jvp(
    fun: Callable, jvp: Callable, *, nondiff_argnums: Sequence[int] = (),
    signature: Sequence[Any] | None = None, assume: Callable | None = None,
    rlimit: int = DEFAULT_RLIMIT, keep_smt2: bool = False, name: str | None = None,
) -> Certificate:
    """Prove a custom JVP rule; returns its certificate (verdict inside, nothing raised).

    Arguments as for :func:`certify_vjp`; ``jvp`` as for :meth:`jax.custom_jvp.defjvp`.
    """
    t0 = time.perf_counter()
    rule = name or getattr(fun, "__name__", "rule")
    spec = _Spec(rule, fun, signature, nondiff_argnums, assume)
    fun = spec.fun
    jvp_c = spec.close_nondiff(jvp, 2)
    sig = spec.sig
    primal_j, out_shape = _trace("the primal", rule, fun, sig, sig)
    diff_sig = [sig[i] for i in spec.diff]
    n = len(sig)

    def rule_fn(*a):
        primals, tangents = a[:n], a[n:]
        return jvp_c(*[primals[i] for i in spec.nondiff],
                     tuple(primals[i] for i in spec.diff), tuple(tangents))

    jvp_j, jvp_shape = _trace("jvp", rule, rule_fn, [*sig, *diff_sig], sig)
    out_leaves, out_tree = jax.tree_util.tree_flatten(out_shape)
    ok = (isinstance(jvp_shape, tuple | list) and len(jvp_shape) == 2
          and all(jax.tree_util.tree_structure(p) == out_tree for p in jvp_shape)
          and all(tuple(a.shape) == tuple(o.shape) for p in jvp_shape
                  for a, o in zip(jax.tree_util.tree_leaves(p), out_leaves)))
    if not ok:
        raise RuleMalformed(MSG_BAD_JVP.format(
            rule=getattr(jvp, "__name__", "jvp"), got=_tree_text(jvp_shape),
            expected=_tree_text(out_shape)))
    assume_j = _trace_assume(rule, spec.assume, sig)
    key = fingerprint(  # see certify_vjp for why JAX's version stands for the reference
        "jvp", *map(jaxpr_text, (primal_j, jvp_j, assume_j)), repr(spec.orig_nondiff),
        repr(sorted((i, repr(v)) for i, v in spec.statics.items())),
        TRANSLATOR_VERSION, jax.__version__, z3_version(), str(rlimit),
    )
    if key in _CACHE and not keep_smt2:
        return _CACHE[key]
    ref_j, _ = _trace("the primal", rule, _ref_fn(spec, primal_j), [*sig, *diff_sig], sig)
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
        V = [symbols(ctx, vn, s.shape) for i in spec.diff
             for vn, (_, s) in zip(v_leaf_names(i), spec.arg_leaves(i))]
        P = _translate(ctx, "the primal", rule, primal_j, X)
        R = _translate(ctx, f"jvp '{jvp_name}'", rule, jvp_j, [*X, *V])
        T = _translate(ctx, "JAX's derivative of the primal", rule, ref_j, [*X, *V])
        A = _assume_nodes(ctx, assume_j, X, rule)
        pairs_p = [(x, y) for r, p in zip(R[:nout], P) for x, y in zip(r.flat, p.flat)]
        pairs_t = [(x, y) for r, t in zip(R[nout:], T) for x, y in zip(r.flat, t.flat)]
        x_names = spec.input_names()
        v_vars = [v.value for vk in V for v in vk.flat]
        Pf = [t for p in P for t in p.flat]
        Tf = [t for p in T for t in p.flat]
        Rf = [t for p in R for t in p.flat]

        def confirm(which):
            def check(point):
                with _float64():
                    args, ts = spec.args64(point), tangents64(point)
                    try:
                        if not spec.in_domain(args):
                            return False, "outside domain"
                        out, tan = rule_fn(*args, *ts)
                        if which == "primal":
                            bad, fin = _differs(out, fun(*args))
                            return bad, "" if fin else "non-finite"
                        ref = spec.reference_jvp(args, ts)
                        if which == "jvp":
                            bad, fin = _differs(tan, ref)
                            return bad, "" if fin else "non-finite"
                        if not _finite(ref):
                            return False, "reference not finite"
                        return not _finite((out, tan)), "rule not finite"
                    except Exception as e:  # noqa: BLE001
                        return False, f"error: {e}"
            return check

        obs = [
            Obligation("primal", "equal", pairs_p, A, Pf, Rf[: len(pairs_p)], x_names,
                       confirm("primal"), f"{jvp_name}(x, v)[0] == {rule}(x)",
                       discrete=spec.discrete),
            Obligation("jvp", "equal", pairs_t, A, Pf + Tf, Rf, x_names + v_vars,
                       confirm("jvp"), f"{jvp_name}(x, v)[1] == d{rule}(x) . v",
                       discrete=spec.discrete),
            Obligation("defined", "defined", [], A, Pf + Tf, Rf, x_names + v_vars,
                       confirm("defined"), _defined_statement(rule),
                       discrete=spec.discrete),
        ]
        return b, ctx, obs, {"primal": jvp_name, "jvp": jvp_name, "defined": jvp_name}

    cert = _discharge("jvp", rule, spec, build, key, t0, t_trace, rlimit, keep_smt2, primal_j,
                      assume, cot_of, source=_source(jvp))
    _CACHE[key] = cert
    return cert


# -- shared pieces -------------------------------------------------------------------------
def _names(base: str, shape) -> list[str]:
    if not shape:
        return [base]
    return [base + "[" + ",".join(map(str, idx)) + "]" for idx in np.ndindex(shape)]


def _ref_fn(spec: _Spec, primal_j):
    n = len(spec.sig)

    def ref(*a):
        args, tangents = list(a[:n]), a[n:]

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
               cot_of, *, source: str) -> Certificate:
    t1 = time.perf_counter()
    results: list[Result] = []
    facts: set[str] = set()
    primitives: set[str] = set()
    calls: dict[str, str] = {}
    t_translate = 0.0
    generalised = True
    for opaque in (True, False):
        t_tr = time.perf_counter()
        b, ctx, obs, calls = build(opaque)
        t_translate += time.perf_counter() - t_tr
        zctx = fresh_context()  # one per rule, shared by its obligations
        results = [prove(ob, b, rlimit=rlimit, keep_smt2=keep_smt2, zctx=zctx) for ob in obs]
        primitives |= ctx.primitives
        for r in results:
            facts |= set(r.facts)
        generalised = opaque
        uses_sg = "stop_gradient" in ctx.primitives
        if not uses_sg or all(r.verdict in ("proved", "refuted") for r in results):
            break
    t_solve = time.perf_counter() - t1 - t_translate
    verdicts = {r.verdict for r in results}
    verdict = ("refuted" if "refuted" in verdicts
               else "unproved" if "unproved" in verdicts else "proved")
    assumptions = list(BASE_ASSUMPTIONS)
    if assume is not None:
        assumptions.append(f"domain: inputs satisfy `assume` ({_assume_text(assume)})")
    if generalised and "stop_gradient" in primitives:
        assumptions.append("none beyond the above for stop_gradient: its values were generalised "
                           "to arbitrary reals, which proves more than needed")
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
            excluded_boundaries=r.excluded, trusted_facts=r.facts,
            solve_seconds=round(r.solve_s, 4),
            reason=r.reason, counterexample=cex, spurious_models=r.spurious_models, smt2=r.smt2,
        ))
        if cex is not None:
            records[-1].reason = f"false when calling {_call(calls[r.name], cex)}"
    shapes = {nm: _shape_text(s) for _, nm, s in spec.leaves}
    shapes.update({spec.all_names[i]: f"static {v!r}" for i, v in spec.statics.items()})
    return Certificate(
        rule=rule, kind=kind, verdict=verdict, obligations=records,
        trusted_facts=facts_table(facts), assumptions=assumptions, shapes=shapes,
        timings={"trace_s": round(t_trace, 4), "translate_s": round(t_translate, 4),
                 "solve_s": round(t_solve, 4), "total_s": round(time.perf_counter() - t0, 4)},
        fingerprint=key,
        versions=versions(), source=source, primitives=sorted(primitives),
    )


def _assume_text(assume) -> str:
    try:
        return inspect.getsource(assume).strip()
    except (TypeError, OSError):
        return getattr(assume, "__name__", repr(assume))


def _call(fn_name: str, cex: dict[str, Any]) -> str:
    return f"{fn_name}(" + ", ".join(f"{k}={_fmt(v)}" for k, v in cex.items()) + ")"


def finite(x: float) -> bool:
    return math.isfinite(x)


__all__ = ["certify_vjp", "certify_jvp", "render"]

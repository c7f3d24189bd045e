# SPDX-License-Identifier: Apache-2.0
"""The primal's arguments as a proof sees them: signatures, static values, symbol names."""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable, Sequence
from typing import Any

import jax
import numpy as np

from ._confirm import _finite
from ._errors import (
    MSG_NOT_TRACEABLE,
    MSG_SIDE_EFFECTS,
    RuleMalformed,
    RuleNotTraceable,
    not_traceable,
)
from ._inline import eval_inlined
from ._translate import Context, symbols


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
        # a fresh function each time: make_jaxpr caches traces by function identity, and a
        # rule reading a global that changed since must be traced (and proved) again
        closed, shape = jax.make_jaxpr(lambda *a: fn(*a), return_shape=True)(*sig)
    except Exception as e:  # noqa: BLE001 - re-raised with context
        msg = MSG_NOT_TRACEABLE.format(
            what=what, rule=rule, signature=_sig_text(shown), error=f"{type(e).__name__}: {e}"
        )
        value_dependent = isinstance(e, (
            jax.errors.ConcretizationTypeError, jax.errors.TracerIntegerConversionError,
            jax.errors.TracerArrayConversionError))
        if value_dependent:
            raise RuleNotTraceable(msg, value_dependent=True, what=what) from e
        raise not_traceable(msg, e, what=what) from e  # (also of the class the rule raised)
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
    try:
        name = np.dtype(s.dtype).name
    except TypeError:  # an extended dtype: a PRNG key array (``key<fry>``)
        name = str(s.dtype)
    return f"{name}{list(s.shape)}"


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


@dataclasses.dataclass(frozen=True)
class Static:
    """A signature entry that is this value, fixed (not quantified) in the proof."""

    value: Any


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
            # an argument without array leaves (``None``, ``()``) in a differentiable position
            # is an empty pytree, as JAX reads it (its cotangent is ``None``)
            if any(_is_static(x) for x in leaves) or (not leaves and i in nondiff_argnums):
                if i not in nondiff_argnums:
                    raise RuleMalformed(
                        f"argument '{all_names[i]}' of rule '{rule}' is given the non-array "
                        f"value {s!r} in `signature`; only nondiff_argnums may be static values"
                    )
                self.statics[i] = s.value if isinstance(s, Static) else s
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
        self.rule = rule
        # integer/bool inputs: constrained to integers, their comparisons keep the boundary
        self.discrete = frozenset(
            n for _, nm, s in self.leaves if not jax.numpy.issubdtype(s.dtype, jax.numpy.inexact)
            for n in _names(nm, s.shape))
        self.fun = self.close(fun)
        self.assume = self.close(assume) if assume is not None else None

    def int_diff_leaves(self) -> list[tuple[int, str, Any]]:
        """Integer/bool leaves of differentiable arguments: JAX gives them no tangent (a
        ``float0`` one) and drops any cotangent bwd returns for them."""
        return [(k, nm, s) for k, nm, s in self.leaves
                if k in self.diff and not jax.numpy.issubdtype(s.dtype, jax.numpy.inexact)]

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

    def cotangent_leaves(self, cts: Any) -> list[Any]:
        """Cotangents per differentiable argument, as one array per leaf (None: zeros)."""
        out = []
        for c, i in zip(cts, self.diff, strict=True):
            leaves = self.arg_leaves(i)
            if c is None:
                out += [np.zeros(s.shape) for _, s in leaves]
                continue
            flat = jax.tree_util.tree_flatten(c, is_leaf=lambda x: x is None)[0]
            out += [np.zeros(s.shape) if x is None else x
                    for x, (_, s) in zip(flat, leaves, strict=True)]
        return out

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
                dt = np.float64 if jax.numpy.issubdtype(s.dtype, jax.numpy.floating) else s.dtype
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
            for i, x in zip(self.diff, d, strict=True):
                full[i] = x
            return eval_inlined(primal64, *jax.tree_util.tree_leaves(full))

        return f

    def reference_vjp(self, args, g):
        f, primals = self._diff_fn(args), [args[i] for i in self.diff]
        try:
            _, pull = jax.vjp(f, *primals)
            return pull(list(jax.tree_util.tree_leaves(g)))
        except ValueError:  # no reverse mode (a while_loop): the same VJP by forward mode
            return _vjp_by_jvp(f, primals, g)

    def reference_jvp(self, args, tangents):
        f = self._diff_fn(args)
        primals = tuple(args[i] for i in self.diff)
        tangents = tuple(jax.tree_util.tree_map(float0_tangent, p, t)
                         for p, t in zip(primals, tangents, strict=True))
        return jax.jvp(f, primals, tangents)[1]

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



def float0_tangent(p: Any, t: Any) -> Any:
    """The tangent JAX takes for primal ``p``: ``t``, or ``float0`` zeros for an integer or
    bool ``p`` (an integer leaf of a differentiable argument: ``softmax(where=mask)``)."""
    dtype = p.dtype if hasattr(p, "dtype") else np.result_type(p)
    if jax.numpy.issubdtype(dtype, jax.numpy.inexact):
        return t
    return np.zeros(np.shape(p), jax.dtypes.float0)


def expand_leaf_cotangents(spec: _Spec, bwd_c: Callable) -> Callable:
    """bwd with a single cotangent leaf given for a whole argument subtree replicated to each
    of its leaves, as JAX reads bwd's output (every leaf then type-checked on its own)."""
    if all(len(jax.tree_util.tree_leaves(spec.sig[k])) <= 1 and not spec.treedefs[k].children()
           for k in spec.diff):
        return bwd_c
    from jax.custom_derivatives import SymbolicZero

    def is_leaf(x: Any) -> bool:
        return x is None or isinstance(x, SymbolicZero)

    def spread(x: Any, d: Any) -> Any:
        if x is None or isinstance(d, jax.ShapeDtypeStruct):
            return x
        return jax.tree_util.tree_map(lambda _: x, d)

    def g(*a: Any) -> Any:
        out = bwd_c(*a)
        if not isinstance(out, tuple | list) or len(out) != len(spec.diff):
            return out  # malformed: reported by the caller's check
        new = []
        for c, k in zip(out, spec.diff, strict=True):
            try:
                c = jax.tree_util.tree_map(spread, c, spec.sig[k], is_leaf=is_leaf)
            except (ValueError, TypeError):
                pass  # malformed: reported by the caller's check
            new.append(c)
        return type(out)(new)

    return functools.wraps(bwd_c)(g)


def _vjp_by_jvp(f, primals: list, g) -> list:
    """``<g, J e_i>`` for every basis tangent ``e_i`` of the primals: the VJP, by ``jax.jvp``."""
    g_leaves = [np.asarray(x) for x in jax.tree_util.tree_leaves(g)]
    flat, tree = jax.tree_util.tree_flatten(primals)
    cts = []
    for k, leaf in enumerate(flat):
        leaf = np.asarray(leaf)
        ct = np.zeros(leaf.shape, dtype=leaf.dtype)
        for idx in np.ndindex(leaf.shape):
            tangents = [np.zeros(np.shape(x), np.asarray(x).dtype) for x in flat]
            tangents[k][idx] = 1
            out = jax.jvp(f, tuple(primals), tuple(jax.tree_util.tree_unflatten(tree, tangents)))[1]
            ct[idx] = sum(float(np.vdot(a, np.asarray(t)))
                          for a, t in zip(g_leaves, jax.tree_util.tree_leaves(out), strict=True))
        cts.append(ct)
    return jax.tree_util.tree_unflatten(tree, cts)


def _names(base: str, shape) -> list[str]:
    if not shape:
        return [base]
    return [base + "[" + ",".join(map(str, idx)) + "]" for idx in np.ndindex(shape)]

